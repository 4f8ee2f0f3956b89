import Benchmark
import Catalog

/// The sentences that open a profile: where the province stands, in words a reader takes in
/// before the tables.
///
/// Every figure is written by the same `Localizer` call, from the same value, as the table
/// cell it summarises (`ProfilePage.ownFigure`, `meanText`, `Localizer.gap`), so a sentence
/// and the table cannot disagree; a target's or a national target's figure carries the note
/// of its source. Each indicator's part of a sentence is its own clause (ended by `;` or `.`),
/// naming the indicator and year of its row.
enum ProfileFindings {
  /// Fewer provinces than this with a target leave a comparison too thin to call a strength.
  static let thinBelow = 3
  /// How many indicators a sentence names at most.
  static let listed = 2

  /// The findings heading and sentences of `province`'s profile.
  static func blocks(_ gaps: ProvinceGaps, _ province: String, _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    let name = ctx.geoName(province)
    var sentences: [[Inline]] = []
    if gaps.rows.isEmpty {
      sentences.append([
        .text(
          l.vi
            ? "\(name) chưa đặt mục tiêu nào so sánh được với các tỉnh trong vùng."
            : "\(name) sets no target that can be compared with the region's.")
      ])
    } else {
      sentences.append(standing(gaps.rows, name, l))
      if let gapsSentence = largestGaps(gaps.rows, l) { sentences.append(gapsSentence) }
      if let national = national(gaps.rows, l) { sentences.append(national) }
      if let marks = marks(gaps.rows, l) { sentences.append(marks) }
    }
    sentences.append(delivery(gaps, l))
    sentences.append(missing(province, gaps, ctx))
    return [
      .heading(level: 2, text: l(.findings), anchor: "findings"),
      .bullets(Array(sentences.prefix(6))),
    ]
  }

  /// "Against the regional mean, a of n targets are more ambitious, b less, c level; k rest on
  /// one or two provinces; e.g. X (2030): only 2 of 14 provinces set this."
  static func standing(_ rows: [GapRow], _ name: String, _ l: Localizer) -> [Inline] {
    let above = rows.filter { $0.toMean.absolute.low > 0 }.count
    let below = rows.filter { $0.toMean.absolute.high < 0 }.count
    let level = rows.count - above - below
    let thin = rows.filter { $0.region.coverage.n < thinBelow }
    var text =
      l.vi
      ? "So với trung bình vùng, \(above)/\(rows.count) mục tiêu của \(name) cao hơn, \(below) "
        + "thấp hơn và \(level) ngang bằng hoặc chồng lấn (chênh lệch đã định hướng: dương là tốt hơn)"
      : "Against the regional mean, \(above) of \(name)'s \(rows.count) targets are higher, "
        + "\(below) lower and \(level) level or overlapping (gaps oriented: positive is better)"
    // the thin comparison that would mislead most if read as a verdict: the largest gap
    let example = thin.max {
      abs($0.toMean.relative?.mid ?? 0) < abs($1.toMean.relative?.mid ?? 0)
    }
    guard let example else {
      return [.text(text + ".")]
    }
    let (n, m) = example.region.coverage
    text +=
      l.vi
      ? "; \(thin.count)/\(rows.count) so sánh quá mỏng để kết luận vì chỉ một hoặc hai tỉnh đặt "
        + "mục tiêu; \(title(example, l)): chỉ \(n)/\(m) tỉnh đặt mục tiêu này."
      : "; \(thin.count) of the \(rows.count) comparisons are too thin to conclude, as only one "
        + "or two provinces set a target; \(title(example, l)): only \(n) of \(m) provinces set "
        + "this."
    return [.text(text)]
  }

  /// The largest gaps to the regional mean, relative to the mean, among comparisons of at
  /// least three provinces (all comparisons when none has three).
  static func largestGaps(_ rows: [GapRow], _ l: Localizer) -> [Inline]? {
    let solid = rows.filter { $0.region.coverage.n >= thinBelow && $0.toMean.relative != nil }
    let pool = solid.isEmpty ? rows.filter { $0.toMean.relative != nil } : solid
    let below = pool.filter { $0.toMean.absolute.high < 0 }
      .sorted { ($0.toMean.relative?.mid ?? 0) < ($1.toMean.relative?.mid ?? 0) }
    let above = pool.filter { $0.toMean.absolute.low > 0 }
      .sorted { ($0.toMean.relative?.mid ?? 0) > ($1.toMean.relative?.mid ?? 0) }
    let chosen = Array(below.prefix(listed)) + Array(above.prefix(listed))
    guard !chosen.isEmpty else { return nil }
    var parts: [Inline] = [
      .text(l.vi ? "Khoảng cách lớn nhất so với trung bình vùng: " : "Largest gaps to the mean: ")
    ]
    for (index, row) in chosen.enumerated() {
      parts.append(.text("\(title(row, l)): "))
      parts += ownFigure(row, l)
      parts.append(
        .text(
          (l.vi ? " so với trung bình " : " against a mean of ")
            + "\(ProfilePage.meanText(row.region, l)), "
            + (l.vi ? "chênh lệch " : "gap ") + l.gap(row.toMean)
            + (index == chosen.count - 1 ? "." : "; ")))
    }
    return parts
  }

  /// The targets against the national ones: how many higher, lower, level, and the furthest
  /// below.
  static func national(_ rows: [GapRow], _ l: Localizer) -> [Inline]? {
    let compared = rows.filter { $0.toNational != nil && $0.national?.quantity != nil }
    guard !compared.isEmpty else {
      return [
        .text(
          l.vi
            ? "Không mục tiêu nào của tỉnh có mục tiêu quốc gia tương ứng để so sánh."
            : "None of the province's targets has a national counterpart to compare with.")
      ]
    }
    let above = compared.filter { ($0.toNational?.absolute.low ?? 0) > 0 }.count
    let below = compared.filter { ($0.toNational?.absolute.high ?? 0) < 0 }
    let level = compared.count - above - below.count
    var parts: [Inline] = [
      .text(
        l.vi
          ? "So với mục tiêu quốc gia (\(compared.count)/\(rows.count) chỉ tiêu có mục tiêu "
            + "tương ứng): \(above) cao hơn, \(below.count) thấp hơn, \(level) ngang bằng"
          : "Against the national targets (\(compared.count) of \(rows.count) indicators have "
            + "one): \(above) higher, \(below.count) lower, \(level) level")
    ]
    let furthest = below.sorted {
      ($0.toNational?.relative?.mid ?? 0) < ($1.toNational?.relative?.mid ?? 0)
    }.first
    guard let row = furthest, let target = row.national else {
      parts.append(.text("."))
      return parts
    }
    parts.append(
      .text((l.vi ? "; thấp hơn nhiều nhất: " : "; furthest below: ") + "\(title(row, l)): "))
    parts += ownFigure(row, l)
    parts += [
      .text(l.vi ? " so với " : " against "), .text(l.figure(target.quantity)), .note(target.id),
      .text(
        (l.vi ? " của quốc gia, chênh lệch " : " nationally, gap ") + l.gap(row.toNational) + "."),
    ]
    return parts
  }

  /// The strengths and weaknesses of the targets table (given only where three or more
  /// provinces set a target).
  static func marks(_ rows: [GapRow], _ l: Localizer) -> [Inline]? {
    let strengths = rows.filter { $0.mark == .strength }.map { title($0, l) }
    let weaknesses = rows.filter { $0.mark == .weakness }.map { title($0, l) }
    let none = l.vi ? "không có" : "none"
    func list(_ items: [String]) -> String {
      items.isEmpty ? none : items.joined(separator: "; ")
    }
    if strengths.isEmpty && weaknesses.isEmpty {
      return [
        .text(
          l.vi
            ? "Chưa xác định được điểm mạnh hay điểm yếu nào về mục tiêu: cần ít nhất ba tỉnh đặt "
              + "mục tiêu cho cùng một chỉ tiêu."
            : "No target is a strength or a weakness yet: that needs at least three provinces "
              + "with a target for the indicator.")
      ]
    }
    return [
      .text(
        l.vi
          ? "Điểm mạnh về mục tiêu: \(list(strengths)). Điểm yếu: \(list(weaknesses))."
          : "Strengths among the targets: \(list(strengths)). Weaknesses: \(list(weaknesses)).")
    ]
  }

  /// Delivery against the targets where observations exist, else the observed values'
  /// strengths and weaknesses against the region.
  static func delivery(_ gaps: ProvinceGaps, _ l: Localizer) -> [Inline] {
    let delivered = gaps.rows.filter { $0.latestObservation != nil }
    var parts: [Inline] = []
    if delivered.isEmpty {
      parts.append(
        .text(
          l.vi
            ? "Chưa có số liệu thực tế nào để đo tiến độ thực hiện các mục tiêu"
            : "No observed value yet measures progress towards the targets"))
    } else {
      parts.append(
        .text(
          l.vi
            ? "Tiến độ (\(delivered.count)/\(gaps.rows.count) mục tiêu có số liệu thực tế)"
            : "Delivery (\(delivered.count) of \(gaps.rows.count) targets have observations)"))
      for row in delivered.prefix(listed) {
        guard let latest = row.latestObservation else { continue }
        parts.append(.text("; \(title(row, l)): "))
        parts += [
          .text((latest.isApproximate ? "~ " : "") + l.number(latest.value)), .note(latest.id),
          .text(" (\(latest.year))" + (l.vi ? " so với mục tiêu " : " against the target ")),
        ]
        parts += ownFigure(row, l)
        parts.append(.text(", " + l.pace(row.pace.status).0))
      }
    }
    let weak = gaps.observed.filter { $0.mark == .weakness }
    let strong = gaps.observed.filter { $0.mark == .strength }
    for (rows, word) in [
      (strong, l.vi ? "điểm mạnh" : "strength"), (weak, l.vi ? "điểm yếu" : "weakness"),
    ] {
      for row in rows.prefix(listed) {
        let chosen = row.own.chosen
        parts += [
          .text(
            "; "
              + (l.vi
                ? "số liệu thực tế là \(word) so với vùng: "
                : "observed value a \(word) against the region: ")
              + "\(l.indicatorName(row.indicator)) (\(row.own.year)): "),
          .text((chosen.isApproximate ? "~ " : "") + l.number(chosen.value)), .note(chosen.id),
          .text(
            (l.vi ? " so với trung bình " : " against a mean of ")
              + ProfilePage.meanText(row.region, l)),
        ]
      }
    }
    parts.append(.text("."))
    return parts
  }

  /// The core indicators without a target, and the targets that could not be benchmarked.
  static func missing(_ province: String, _ gaps: ProvinceGaps, _ ctx: ReportContext)
    -> [Inline]
  {
    let l = ctx.localizer
    let missing = ctx.catalog.coreIndicatorsWithoutTarget(province: province)
    let names = missing.map(l.indicatorName).joined(separator: "; ")
    var text: String
    if missing.isEmpty {
      text =
        l.vi
        ? "Tỉnh đã có mục tiêu cho mọi chỉ tiêu cốt lõi của Nghị quyết 57-NQ/TW"
        : "The province has a target for every core indicator of Resolution 57-NQ/TW"
    } else {
      text =
        l.vi
        ? "Còn thiếu mục tiêu cho \(missing.count) chỉ tiêu cốt lõi của Nghị quyết 57-NQ/TW: "
          + names
        : "Missing: a target for \(missing.count) core indicators of Resolution 57-NQ/TW: "
          + names
    }
    let excluded = gaps.notBenchmarked.count
    if excluded > 0 {
      text +=
        l.vi
        ? "; \(excluded) mục tiêu không so sánh được với vùng (định tính, không có năm hoặc khác "
          + "chỉ tiêu)"
        : "; \(excluded) targets cannot be compared with the region (qualitative, without a "
          + "year or of another indicator)"
    }
    return [.text(text + ".")]
  }

  /// "Indicator (2030)": the name and year a clause is about, as the table names its row.
  static func title(_ row: GapRow, _ l: Localizer) -> String {
    "\(l.indicatorName(row.indicator)) (\(row.year))"
  }

  /// The province's figure as the targets table writes it, with its source notes.
  static func ownFigure(_ row: GapRow, _ l: Localizer) -> [Inline] {
    [.text(ProfilePage.ownFigure(row, l))] + row.own.sources.map { .note($0) }
  }
}
