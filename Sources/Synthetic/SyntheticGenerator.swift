import Catalog
import Foundation
import Support

/// Writes the files of one synthetic dataset (see `SyntheticDataset`).
struct SyntheticGenerator {
  let options: SyntheticDataset.Options
  let directory: URL
  var random: SplitMix64
  let unitWidth: Int
  var indicators: [SyntheticIndicator] = []
  var counts = (documents: 0, targets: 0, observations: 0, sources: 0, sourceBytes: 0)

  static let region = "NMM"
  static let horizon = 2030
  static let observedYears = [2023, 2024]
  static let qualitativePercent = 3
  /// One province in `conflictEvery` has a second plan that disagrees with its program.
  static let conflictEvery = 100

  init(options: SyntheticDataset.Options, directory: URL) {
    self.options = options
    self.directory = directory
    random = SplitMix64(seed: options.seed)
    unitWidth = max(5, String(options.units).count)
    let indicatorWidth = max(4, String(options.indicators).count)
    for number in 1...options.indicators {
      indicators.append(SyntheticIndicator(number: number, width: indicatorWidth, random: &random))
    }
  }

  mutating func run() throws -> SyntheticDataset.Summary {
    var files: [SyntheticDataset.File] = []
    files.append(try small("regions.csv", regionRows()))
    files.append(try small("indicators.csv", indicatorRows()))
    files.append(try small("provinces.csv", provinceRows()))
    let documents = try SyntheticFile(directory, "documents.csv")
    let targets = try SyntheticFile(directory, "targets.csv")
    let observations = try SyntheticFile(directory, "observations.csv")
    try documents.write(
      CSVWriter.row([
        "id", "geo", "issuer", "number", "date", "kind", "title", "implements", "file", "url",
        "language", "confidence", "note",
      ]))
    try targets.write(
      CSVWriter.row([
        "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
        "document", "section", "quote", "label", "note",
      ]))
    try observations.write(
      CSVWriter.row([
        "id", "geo", "indicator", "unit", "year", "comparator", "value", "source", "quote",
        "confidence", "note",
      ]))
    try writeNation(documents, targets)
    for unit in 1...options.units {
      try writeProvince(unit, documents, targets, observations)
    }
    files += [try documents.close(), try targets.close(), try observations.close()]
    files.append(try small("composite/spec.json", compositeSpec()))
    return SyntheticDataset.Summary(
      provinces: options.units, indicators: indicators.count + 2, documents: counts.documents,
      targets: counts.targets, observations: counts.observations, files: files,
      sourceFiles: counts.sources, sourceBytes: counts.sourceBytes)
  }

  private func small(_ path: String, _ text: String) throws -> SyntheticDataset.File {
    let file = try SyntheticFile(directory, path)
    try file.write(text)
    return try file.close()
  }

  func geo(_ unit: Int) -> String { "p" + SyntheticText.padded(unit, width: unitWidth) }

  private func regionRows() -> String {
    let name = "Trung du và miền núi phía Bắc"
    let english = "Northern Midlands and Mountains"
    return [
      ["id", "name", "name_en", "geography", "basis", "members_source"],
      [Self.region, name, english, "2024", "official", "synthetic: every generated province"],
      [Self.region, name, english, "2025", "inferred", "synthetic: every generated province"],
      ["VN", "Việt Nam", "Viet Nam", "national", "official", "the whole country"],
    ].map(CSVWriter.row).joined()
  }

  private func indicatorRows() -> String {
    var rows = [
      [
        "id", "name", "name_en", "unit", "polarity", "group", "denominator", "regional_weight",
        "description",
      ]
    ]
    for indicator in indicators {
      rows.append([
        indicator.id, indicator.name, indicator.nameEn, indicator.unit.rawValue,
        indicator.polarity.rawValue, "group-\(indicator.group)", indicator.denominator,
        indicator.weight, "Synthetic indicator in \(indicator.unit.rawValue).",
      ])
    }
    rows.append([
      "grdp", "Tổng sản phẩm trên địa bàn (GRDP)", "Gross regional domestic product",
      Unit.vndTrillion.rawValue, "higher", "weights", "none", "none", "Weight variable.",
    ])
    rows.append([
      "population", "Dân số trung bình", "Average population", Unit.millionPeople.rawValue,
      "higher", "weights", "none", "none", "Weight variable.",
    ])
    return rows.map(CSVWriter.row).joined()
  }

  private func provinceRows() -> String {
    var text = CSVWriter.row([
      "id", "code", "name", "name_en", "region", "valid_from", "valid_to", "successor", "source",
    ])
    for unit in 1...options.units {
      text += CSVWriter.row([
        geo(unit), "S" + SyntheticText.padded(unit, width: unitWidth), "Tỉnh Thử Nghiệm \(unit)",
        "Test Province \(unit)", Self.region, "", "", "", "synthetic",
      ])
    }
    return text
  }

  private func compositeSpec() -> String {
    var items: [String] = []
    for indicator in indicators {
      items.append(#"{"code": "\#(indicator.id)", "parent": "pillar-\#(indicator.group)"}"#)
    }
    for group in 1...(indicators.last?.group ?? 1) {
      items.append(
        #"{"code": "pillar-\#(group)", "name": "Trụ cột \#(group)", "level": 2, "parent": "index"}"#
      )
    }
    items.append(#"{"code": "index", "name": "Chỉ số tổng hợp thử nghiệm", "level": 3}"#)
    return """
      {
        "name": "Chỉ số tổng hợp thử nghiệm (\(options.units) × \(options.indicators))",
        "source": {"catalog": {"subject": "targets", "year": \(Self.horizon), "geography": "2024", "region": "\(Self.region)"}},
        "framework": [
          \(items.joined(separator: ",\n    "))
        ],
        "build": {
          "imputation": "none",
          "screening": {"threshold": 0.5},
          "normalisation": {"method": "min-max", "lower": 0, "upper": 100},
          "aggregation": {"method": "arithmetic", "threshold": 0.5}
        }
      }

      """
  }
}
