import Benchmark
import Catalog
import Composite
import Foundation

/// The composite ranking of the region's provinces with rank intervals.
enum CompositePage {
  static let slug = "composite"

  static func build(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> Page {
    let l = ctx.localizer
    let vi = ctx.language == .vi
    let spec = analysis.spec
    let specName = vi ? spec.name : spec.nameEn
    let input = analysis.input
    let result = analysis.result
    let uncertainty = analysis.uncertainty
    let runs = CompositeAnalysis.runs
    let seed = CompositeAnalysis.seed
    let framework = result.framework
    let indicators = Array(framework.indicators.map(\.code))
    let pillars = framework.nodes.filter { $0.level > 1 && $0.level < framework.levelCount }
    guard let top = framework.topLevelCodes.first, let ranks = result.ranks(top),
      let scores = result.scores(top)
    else {
      return Page(slug: slug, title: l(.compositeTitle), language: ctx.language, blocks: [])
    }
    let order = analysis.rankOrder
    let stats = Dictionary(uncertainty.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
    func coverage(_ unit: String) -> Int {
      guard let row = input.data.unitCodes.firstIndex(of: unit) else { return 0 }
      return indicators.indices.filter { !input.data.values[$0 * input.data.unitCount + row].isNaN }
        .count
    }
    let header =
      [
        l(.rank), l(.province),
        vi ? (framework.nodes.last?.name ?? top) : (spec.englishNames[top] ?? top),
      ]
      + pillars.map { vi ? $0.name : (spec.englishNames[$0.code] ?? $0.name) } + [
        vi ? "Số chỉ tiêu có số liệu" : "Indicators with data",
        vi ? "Khoảng thứ hạng (Q5–Q95)" : "Rank interval (Q5–Q95)",
      ]
    let rows: [[Cell]] = order.map { unit in
      let code = result.unitCodes[unit]
      let s = stats[code]
      return [
        Cell(ranks[unit].map(String.init) ?? "—", sortKey: ranks[unit].map(Double.init)),
        ctx.geoCell(code),
        Cell(score(scores[scores.startIndex + unit], l), sortKey: scores[scores.startIndex + unit]),
      ]
        + pillars.map { pillar in
          let value = result.scores(pillar.code).map { $0[$0.startIndex + unit] } ?? .nan
          return Cell(score(value, l), sortKey: value.isNaN ? nil : value)
        }
        + [
          Cell("\(coverage(code))/\(indicators.count)", sortKey: Double(coverage(code))),
          Cell(
            s.map { "\(l.number($0.q5Rank))–\(l.number($0.q95Rank))" } ?? "—",
            sortKey: s?.medianRank),
        ]
    }
    let whiskers = analysis.rankWhiskers(ctx)
    let removed = result.removedUnits.map { ctx.geoName($0) }.joined(separator: ", ")
    let method =
      vi
      ? "Phương pháp theo COINr (JRC): chuẩn hóa, gộp theo trọng số qua các tầng; phân tích bất định \(runs) lần (hạt giống \(seed)) thay đổi cách chuẩn hóa, cách gộp và trọng số ±25%. \(uncertainty.failedRuns) lần không tính được (trung bình nhân gặp giá trị 0) được loại."
      : "Method as in COINr (JRC): normalise, aggregate with weights level by level; uncertainty over \(runs) runs (seed \(seed)) varying normalisation, aggregation and weights ±25%. \(uncertainty.failedRuns) runs that could not be computed (a geometric mean met a zero) are left out."
    var blocks: [Block] = [
      ctx.membershipNotice,
      .notice(
        [
          .text(
            vi
              ? "Số liệu còn mỏng: chỉ các tỉnh có ít nhất 30% chỉ tiêu được xếp hạng; thứ hạng chỉ mang tính tham khảo."
              : "Coverage is thin: only provinces with at least 30% of the indicators are ranked; ranks are indicative."
          )
        ], .warning),
      .paragraph([.text(method)]),
      .table(Table(id: "composite", caption: specName, header: header, rows: rows)),
      .chart(.rankWhiskers(whiskers)),
      .paragraph([
        .text(
          vi
            ? "Độ tin cậy của thứ hạng, tương quan giữa các chỉ tiêu và độ nhạy với từng giả định: "
            : "How far the ranks can be trusted, how the indicators correlate, which assumption matters: "
        ),
        .link(
          text: vi ? "kiểm định thống kê của chỉ số" : "the index's statistical audit",
          slug: AuditPage.slug),
      ]),
    ]
    if !removed.isEmpty {
      blocks.append(
        .paragraph([
          .strong(vi ? "Không xếp hạng (thiếu số liệu): " : "Not ranked (too little data): "),
          .text(removed),
        ]))
    }
    let unscored = result.indicatorsWithoutScores.map {
      l.indicatorName(ctx.catalog.indicator(id: $0)).isEmpty
        ? $0 : l.indicatorName(ctx.catalog.indicator(id: $0))
    }
    if !unscored.isEmpty {
      blocks.append(
        .paragraph([
          .strong(
            vi
              ? "Chỉ tiêu không có điểm (thiếu số liệu, hoặc mọi tỉnh cùng một giá trị nên không chuẩn hóa được), không góp vào chỉ số: "
              : "Indicators without any score (missing, or one value everywhere, which cannot be normalised), contributing nothing: "
          ),
          .text(unscored.joined(separator: "; ")),
        ]))
    }
    blocks.append(.heading(level: 2, text: l(.indicators), anchor: "indicators"))
    blocks.append(
      .bullets(
        framework.nodes.filter { $0.level == 1 }.map { node in
          [
            .text(
              "\(l.indicatorName(ctx.catalog.indicator(id: node.code))) → \(framework.nodes.first { $0.code == node.parent }.map { vi ? $0.name : (spec.englishNames[$0.code] ?? $0.name) } ?? "")"
            )
          ]
        }))
    return Page(
      slug: slug, title: "\(l(.compositeTitle)): \(specName)", language: ctx.language,
      blocks: blocks)
  }

  static func score(_ x: Double, _ l: Localizer) -> String {
    x.isNaN ? "—" : l.number(x, decimals: 1)
  }
}
