import Catalog
import Support

/// The rows and source texts of the nation and of one province.
extension SyntheticGenerator {
  /// The national resolution, its source text and one national target per indicator.
  mutating func writeNation(_ documents: SyntheticFile, _ targets: SyntheticFile) throws {
    let document = "vn-57"
    try documents.write(
      CSVWriter.row([
        document, "VN", "Bộ Chính trị", "57-NQ/TW", "22/12/2024", "resolution",
        "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
          + " quốc gia (tổng hợp)", "", "\(document).txt", "", "vi", "primary", "synthetic",
      ]))
    counts.documents += 1
    var source = SourceBuilder(heading: "BỘ CHÍNH TRỊ\nNGHỊ QUYẾT SỐ 57-NQ/TW\nII. MỤC TIÊU\n")
    for indicator in indicators {
      let statement = SyntheticStatement.draw(indicator, qualitativePercent: 0, &random)
      let quote =
        "Chỉ tiêu \(indicator.number) của cả nước \(period(indicator)) \(statement.words(indicator))"
      source.add(quote, breakLine: false)
      try targets.write(
        targetRow("vn-\(indicator.id)", "VN", indicator, statement, document, quote))
    }
    try write(source, "\(document).txt")
  }

  /// A province's documents, targets, source texts and observations.
  mutating func writeProvince(
    _ unit: Int, _ documents: SyntheticFile, _ targets: SyntheticFile,
    _ observations: SyntheticFile
  ) throws {
    let geo = geo(unit)
    let name = "Tỉnh Thử Nghiệm \(unit)"
    let program = "\(geo)-ctr"
    let yearbook = "\(geo)-ng"
    let conflicted = unit % Self.conflictEvery == Self.conflictEvery / 2
    try documents.write(
      CSVWriter.row([
        program, geo, "Ủy ban nhân dân \(name)", "\(unit)/CTr-UBND", "15/3/2025",
        "action-program", "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW", "57-NQ/TW",
        "\(program).txt", "", "vi", "primary", "synthetic",
      ]))
    try documents.write(
      CSVWriter.row([
        yearbook, geo, "Cục Thống kê \(name)", "", "2025", "report",
        "Niên giám thống kê \(name) 2024", "", "", "https://synthetic.invalid/\(geo)/nien-giam",
        "vi", "primary", "synthetic: observations cite it by URL",
      ]))
    counts.documents += 2
    var source = SourceBuilder(
      heading: "ỦY BAN NHÂN DÂN\n\(name.uppercased())\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        + "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nII. MỤC TIÊU\n")
    var statements: [SyntheticStatement] = []
    for indicator in indicators {
      let statement = SyntheticStatement.draw(
        indicator, qualitativePercent: Self.qualitativePercent, &random)
      statements.append(statement)
      let quote = "Chỉ tiêu \(indicator.number) \(period(indicator)) \(statement.words(indicator))"
      source.add(quote, breakLine: random.chance(8))
      try targets.write(
        targetRow("\(geo)-\(indicator.id)", geo, indicator, statement, program, quote))
      for year in Self.observedYears {
        let value = indicator.figure(&random)
        let approximate = random.chance(5)
        let words =
          "Chỉ tiêu \(indicator.number) năm \(year) đạt \(approximate ? "khoảng " : "")"
          + SyntheticText.figure(value, decimals: indicator.decimals, separator: ",")
          + indicator.suffix
        try observations.write(
          observationRow(
            "\(geo)-\(indicator.id)-\(year % 100)", geo, indicator.id, indicator.unit, year,
            approximate ? "~" : "=", SyntheticText.figure(value, decimals: indicator.decimals),
            yearbook, words))
      }
    }
    try writeWeights(geo, yearbook, observations)
    try write(source, "\(program).txt")
    if conflicted {
      try writePlan(geo, name, statements, documents, targets)
    }
  }

  /// GRDP and population of both observed years.
  private mutating func writeWeights(_ geo: String, _ yearbook: String, _ file: SyntheticFile)
    throws
  {
    for year in Self.observedYears {
      let grdp = random.int(in: 200...4000)
      let population = random.int(in: 30...300)
      try file.write(
        observationRow(
          "\(geo)-grdp-\(year % 100)", geo, "grdp", .vndTrillion, year, "=",
          SyntheticText.figure(grdp, decimals: 1), yearbook,
          "GRDP năm \(year) đạt \(SyntheticText.figure(grdp, decimals: 1, separator: ",")) nghìn tỷ đồng"
        ))
      try file.write(
        observationRow(
          "\(geo)-pop-\(year % 100)", geo, "population", .millionPeople, year, "=",
          SyntheticText.figure(population, decimals: 2), yearbook,
          "Dân số năm \(year) là \(SyntheticText.figure(population, decimals: 2, separator: ",")) triệu người"
        ))
    }
  }

  /// A second plan restating the first four targets, the first two with another figure.
  private mutating func writePlan(
    _ geo: String, _ name: String, _ statements: [SyntheticStatement], _ documents: SyntheticFile,
    _ targets: SyntheticFile
  ) throws {
    let plan = "\(geo)-kh"
    try documents.write(
      CSVWriter.row([
        plan, geo, "Ủy ban nhân dân \(name)", "", "2025", "plan",
        "Kế hoạch phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030", "57-NQ/TW",
        "\(plan).txt", "", "vi", "primary", "synthetic: disagrees with the action program",
      ]))
    counts.documents += 1
    var source = SourceBuilder(heading: "KẾ HOẠCH\n\(name.uppercased())\n")
    for (indicator, statement) in zip(indicators, statements).prefix(4) {
      let restated = statement.restated(differently: indicator.number <= 2, indicator)
      let quote = "Chỉ tiêu \(indicator.number) \(period(indicator)) \(restated.words(indicator))"
      source.add(quote, breakLine: false)
      try targets.write(targetRow("\(plan)-\(indicator.id)", geo, indicator, restated, plan, quote))
    }
    try write(source, "\(plan).txt")
  }

  private func period(_ indicator: SyntheticIndicator) -> String {
    indicator.isPeriod ? "bình quân giai đoạn 2021-\(Self.horizon)" : "đến năm \(Self.horizon)"
  }

  private mutating func targetRow(
    _ id: String, _ geo: String, _ indicator: SyntheticIndicator,
    _ statement: SyntheticStatement, _ document: String, _ quote: String
  ) -> String {
    counts.targets += 1
    let year = indicator.isPeriod ? "2021-\(Self.horizon)" : "\(Self.horizon)"
    return CSVWriter.row(
      [id, geo, indicator.id, indicator.unit.rawValue, year] + statement.columns(indicator) + [
        document, "Mục II.\(indicator.group)", quote,
        "\(indicator.name) \(statement.words(indicator))",
        statement.kind == .qualitative ? "no figure: a standing stated in words" : "",
      ])
  }

  private mutating func observationRow(
    _ id: String, _ geo: String, _ indicator: String, _ unit: Unit, _ year: Int,
    _ comparator: String, _ value: String, _ source: String, _ quote: String
  ) -> String {
    counts.observations += 1
    return CSVWriter.row([
      id, geo, indicator, unit.rawValue, String(year), comparator, value, source, quote,
      "primary", "",
    ])
  }

  private mutating func write(_ source: SourceBuilder, _ name: String) throws {
    let file = try SyntheticFile(directory, "sources/\(name)")
    try file.write(source.text)
    counts.sources += 1
    counts.sourceBytes += try file.close().bytes
  }
}

/// A source text: a heading, then one numbered line per quote; some quotes are broken over
/// two lines, as PDF-to-text output is (quotes are compared with white space collapsed).
struct SourceBuilder {
  private(set) var text: String
  private var line = 0

  init(heading: String) {
    text = heading
  }

  mutating func add(_ quote: String, breakLine: Bool) {
    line += 1
    var body = quote
    if breakLine, let space = quote.firstIndex(of: " ") {
      body.replaceSubrange(space...space, with: "\n  ")
    }
    text += "\(line). \(body).\n"
  }
}
