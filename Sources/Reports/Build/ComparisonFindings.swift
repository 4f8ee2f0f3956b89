import Benchmark
import Catalog

/// The sentences that open a comparison of two provinces: how many targets line up, who asks
/// for more, the largest differences, and what cannot be compared and why.
///
/// Figures are written as the aligned table writes them (`Localizer.figure` of the first
/// target, `Localizer.range` of the difference), each target's figure with its note.
enum ComparisonFindings {
  /// How many rows the largest-differences sentence names at most.
  static let listed = 2

  /// The findings heading and sentences of the comparison of `c.first` and `c.second`.
  static func blocks(_ c: ProvinceComparison, _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    let (a, b) = (ctx.geoName(c.first), ctx.geoName(c.second))
    var sentences: [[Inline]] = [ambition(c, a, b, l)]
    if let largest = largest(c, a, b, ctx) { sentences.append(largest) }
    sentences.append(unmatched(c, l))
    sentences.append(
      [
        .text(
          c.conflicts.isEmpty
            ? (l.vi
              ? "Không có mục tiêu mâu thuẫn trong văn bản của hai tỉnh."
              : "Neither province's documents contradict each other.")
            : (l.vi
              ? "\(c.conflicts.count) trường hợp văn bản của cùng một tỉnh đặt mục tiêu khác nhau "
                + "hoặc lồng nhau (xem mục cuối trang)."
              : "\(c.conflicts.count) cases where one province's documents set different or "
                + "nested targets (see the end of the page)."))
      ])
    return [
      .heading(level: 2, text: l(.findings), anchor: "findings"), .bullets(sentences),
    ]
  }

  /// "n pairs of targets line up (k with a caveat): A asks for more in x, B in y, z equal, w
  /// overlapping."
  static func ambition(_ c: ProvinceComparison, _ a: String, _ b: String, _ l: Localizer)
    -> [Inline]
  {
    func count(_ side: FigureComparison.Ambition) -> Int {
      c.rows.filter { $0.figures.ambition == side }.count
    }
    let caveated = c.rows.filter {
      if case .comparableWithCaveat = $0.verdict { return true }
      return false
    }.count
    let (first, second, same, overlapping) = (
      count(.first), count(.second), count(.same), count(.overlapping)
    )
    return [
      .text(
        l.vi
          ? "\(c.rows.count) cặp mục tiêu so sánh được (\(caveated) có lưu ý): \(a) đặt cao hơn ở "
            + "\(first), \(b) đặt cao hơn ở \(second), \(same) cùng con số, \(overlapping) chồng "
            + "lấn (theo chiều tốt hơn của từng chỉ tiêu)."
          : "\(c.rows.count) pairs of targets can be compared (\(caveated) with a caveat): \(a) asks "
            + "for more in \(first), \(b) in \(second), \(same) are the same figure and "
            + "\(overlapping) overlap (in each indicator's better direction).")
    ]
  }

  /// The rows whose difference is largest relative to the figures compared.
  static func largest(_ c: ProvinceComparison, _ a: String, _ b: String, _ ctx: ReportContext)
    -> [Inline]?
  {
    let l = ctx.localizer
    func relative(_ row: ProvinceComparison.Row) -> Double {
      let d = row.figures.difference
      let scale = max(
        abs(row.first.first?.quantity?.value ?? 0), abs(row.second.first?.quantity?.value ?? 0))
      let mid = abs((d.lowerBound + d.upperBound) / 2)
      return scale > 0 ? mid / scale : 0
    }
    let chosen = c.rows.filter { relative($0) > 0 }.sorted { relative($0) > relative($1) }
      .prefix(listed)
    guard !chosen.isEmpty else { return nil }
    var parts: [Inline] = [
      .text(l.vi ? "Chênh lệch lớn nhất: " : "Largest differences: ")
    ]
    for (index, row) in chosen.enumerated() {
      guard let x = row.first.first, let y = row.second.first else { continue }
      let name = l.indicatorName(ctx.catalog.indicator(id: row.indicator))
      parts.append(.text("\(name) (\(row.year)): \(a) "))
      parts.append(.text(l.figure(x.quantity)))
      parts += row.first.map { .note($0.id) }
      parts.append(.text(l.vi ? " so với \(b) " : " against \(b) "))
      parts.append(.text(l.figure(y.quantity)))
      parts += row.second.map { .note($0.id) }
      parts.append(
        .text(
          (l.vi ? ", chênh lệch " : ", difference ")
            + l.range(FigureRangeView.range(row.figures.difference))
            + (index == chosen.count - 1 ? "." : "; ")))
    }
    return parts
  }

  /// The targets without a comparable counterpart, grouped by kind of reason.
  static func unmatched(_ c: ProvinceComparison, _ l: Localizer) -> [Inline] {
    var counts: [(String, Int)] = []
    for item in c.notComparable {
      let kind = reasonKind(item.reason, l)
      if let index = counts.firstIndex(where: { $0.0 == kind }) {
        counts[index].1 += 1
      } else {
        counts.append((kind, 1))
      }
    }
    let grouped = counts.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
      .map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    let text =
      l.vi
      ? "\(c.notComparable.count) mục tiêu không so sánh được"
        + (grouped.isEmpty ? "" : " (\(grouped))")
        + "; \(c.oneSided.count) mục tiêu chỉ một tỉnh đặt, nên không có gì để so sánh."
      : "\(c.notComparable.count) targets cannot be compared"
        + (grouped.isEmpty ? "" : " (\(grouped))")
        + "; \(c.oneSided.count) targets are set by one province only, with nothing to compare."
    return [.text(text)]
  }

  /// A reason without its particulars, to group by: "khác mẫu số", "different denominator".
  static func reasonKind(_ r: NotComparableReason, _ l: Localizer) -> String {
    let vi = l.vi
    switch r {
    case .qualitative: return vi ? "định tính" : "qualitative"
    case .rankVersusFigure: return vi ? "thứ hạng với con số" : "a rank against a figure"
    case .missingYear: return vi ? "không nêu năm" : "without a year"
    case .differentHorizon: return vi ? "khác mốc thời gian" : "different horizon"
    case .differentDenominator: return vi ? "khác mẫu số" : "different denominator"
    case .differentUnit: return vi ? "khác đơn vị" : "different unit"
    case .differentScope: return vi ? "khác phạm vi" : "different scope"
    case .differentIndicator: return vi ? "khác chỉ tiêu" : "different indicator"
    case .noCounterpart: return vi ? "không có mục tiêu đối ứng" : "no counterpart"
    }
  }
}
