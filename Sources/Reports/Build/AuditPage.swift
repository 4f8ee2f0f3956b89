import Catalog
import Composite
import Foundation

/// The statistical audit of the report set's composite index, as the JRC/OECD Handbook and
/// COINr make it: correlations and their flags, Cronbach's alpha and principal components per
/// group, the variance-based sensitivity of the ranks and the rank intervals. Every number is
/// the library's (`CompositeAudit`, `SensitivityAnalysis`, `UncertaintyAnalysis`); the page
/// only chooses, formats and explains, and says so where too few provinces make a statistic
/// meaningless instead of printing it.
enum AuditPage {
  static let slug = "composite-audit"
  /// Statistics across units (correlations, alpha, principal components) are shown only over
  /// at least this many units: below it, one unit moves them across most of their range.
  static let minimumUnits = 10

  static func build(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> Page {
    let vi = ctx.language == .vi
    let framework = analysis.result.framework
    let units = analysis.result.unitCodes.count
    let specName = vi ? analysis.spec.name : analysis.spec.nameEn
    let scored = framework.indicatorCount - analysis.result.indicatorsWithoutScores.count
    var blocks: [Block] = [
      .paragraph(
        vi
          ? [
            .text("Trang này kiểm định "),
            .link(text: specName, slug: CompositePage.slug),
            .text(
              " theo Sổ tay xây dựng chỉ số tổng hợp của JRC/OECD và gói COINr: các chỉ tiêu trong một nhóm có cùng chiều không, có chỉ tiêu nào lấn át, và giả định nào làm thứ hạng thay đổi. \(units) tỉnh được xếp hạng; \(scored)/\(framework.indicatorCount) chỉ tiêu có điểm."
            ),
          ]
          : [
            .text("This page audits "),
            .link(text: specName, slug: CompositePage.slug),
            .text(
              " as the JRC/OECD Handbook on Constructing Composite Indicators and the COINr package do: whether the indicators of a group point the same way, whether one dominates, and which assumptions move the ranks. \(units) provinces are ranked; \(scored) of \(framework.indicatorCount) indicators have a score."
            ),
          ])
    ]
    if units < minimumUnits {
      blocks.append(
        .notice(
          [
            .text(
              vi
                ? "Chỉ có \(units) tỉnh được xếp hạng. Các thống kê giữa các tỉnh (tương quan, hệ số alpha của Cronbach, thành phần chính) cần ít nhất \(minimumUnits) tỉnh mới có ý nghĩa: với \(units) điểm, một hệ số tương quan bất kỳ từ −1 đến 1 đều có thể chỉ do ngẫu nhiên. Trang không in các số đó; phân tích độ nhạy và khoảng thứ hạng, vốn nói về các giả định của chỉ số, vẫn được trình bày."
                : "Only \(units) provinces are ranked. Statistics across provinces (correlations, Cronbach's alpha, principal components) need at least \(minimumUnits) to mean anything: over \(units) points any correlation between −1 and 1 can arise by chance. The page does not print them; the sensitivity analysis and the rank intervals, which are about the index's assumptions, are shown."
            )
          ], .warning))
    }
    blocks += correlations(analysis, ctx)
    blocks += AuditGroups.reliability(analysis, ctx)
    blocks += AuditGroups.components(analysis, ctx)
    blocks += AuditSensitivity.blocks(analysis, ctx)
    return Page(
      slug: slug, title: "\(vi ? "Kiểm định thống kê" : "Statistical audit"): \(specName)",
      language: ctx.language, blocks: blocks)
  }

  /// The nodes of the heat map: every node below the top when they are few, else the
  /// aggregates only (a 60 × 60 matrix is unreadable).
  static func heatMapCodes(_ framework: CompositeFramework) -> [String] {
    let below = framework.nodes.filter { $0.level < framework.levelCount }
    return below.count <= 15 ? below.map(\.code) : below.filter { $0.level > 1 }.map(\.code)
  }

  /// The Pearson heat map (cells over too few units blank) and the flagged pairs.
  static func correlations(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> [Block] {
    let vi = ctx.language == .vi
    let audit = analysis.audit
    let framework = analysis.result.framework
    var blocks: [Block] = [
      .heading(level: 2, text: vi ? "Tương quan" : "Correlations", anchor: "correlations"),
      .paragraph([
        .text(
          vi
            ? "Hệ số tương quan Pearson r giữa hai chỉ tiêu (đã chuẩn hóa) hoặc hai nhóm, trên các tỉnh có cả hai số liệu: gần 1 là cùng tăng cùng giảm, gần 0 là không liên quan, âm là ngược chiều. Trong một nhóm, các chỉ tiêu nên tương quan dương; r trên 0,9 là gần như đo hai lần một điều, r âm là một sự đánh đổi mà điểm của nhóm che đi."
            : "Pearson's r between two (normalised) indicators or two groups, over the provinces with both values: near 1 they rise and fall together, near 0 they are unrelated, negative they pull apart. Within a group, indicators should correlate positively; r above 0.9 nearly measures one thing twice, and a negative r is a trade-off that the group's score hides."
        )
      ]),
    ]
    guard let pearson = audit.correlations.first(where: { $0.method == .pearson }) else {
      return blocks
    }
    let codes = heatMapCodes(framework)
    let positions = codes.compactMap { pearson.codes.firstIndex(of: $0) }
    let values = positions.map { i in
      positions.map { j in pearson.pairs[i][j] >= minimumUnits ? pearson.values[i][j] : nil }
    }
    let shown = values.joined().compactMap { $0 }.count
    let fewer = vi ? "dưới \(minimumUnits) tỉnh" : "fewer than \(minimumUnits) provinces"
    if shown == 0 {
      blocks.append(
        .paragraph([
          .text(
            vi
              ? "Không có cặp nào có số liệu ở từ \(minimumUnits) tỉnh trở lên, nên không in hệ số tương quan nào và không xét cặp nào cộng tuyến hay ngược chiều."
              : "No pair has values for \(minimumUnits) or more provinces, so no correlation is printed and no pair is checked for collinearity or opposite directions."
          )
        ]))
      return blocks
    } else {
      let labels = codes.map { analysis.name($0, ctx) }
      blocks.append(
        .chart(
          .heatMap(
            HeatMap(
              id: "correlation-heat-map",
              title: vi
                ? "Tương quan Pearson giữa các chỉ tiêu và nhóm"
                : "Pearson correlations of indicators and groups",
              description: vi
                ? "Ma trận tương quan \(codes.count) × \(codes.count); ô trống: \(fewer) có cả hai số liệu."
                : "A \(codes.count) × \(codes.count) correlation matrix; blank cells: \(fewer) with both values.",
              labels: labels, values: values, blankMeaning: fewer))))
    }
    blocks.append(
      .heading(
        level: 3, text: vi ? "Cặp chỉ tiêu cần xem lại" : "Pairs to look at", anchor: "flags"))
    let index = Dictionary(
      pearson.codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    // pairs within the groups just above the indicators: COINr also searches every higher
    // level, whose groups hold most indicators and so list most pairs of the whole index
    let flags = audit.flags.filter { flag in
      guard flag.groupLevel == 2, let i = index[flag.first], let j = index[flag.second] else {
        return false
      }
      return pearson.pairs[i][j] >= minimumUnits
    }
    if flags.isEmpty {
      blocks.append(
        .paragraph([
          .text(
            vi
              ? "Không có cặp chỉ tiêu nào trong cùng một nhóm tương quan trên 0,9 hoặc âm (trên các cặp có từ \(minimumUnits) tỉnh trở lên)."
              : "No two indicators of one group correlate above 0.9 or negatively (among pairs with \(minimumUnits) or more provinces)."
          )
        ]))
    } else {
      blocks.append(
        .table(
          Table(
            id: "correlation-flags",
            caption: vi
              ? "Cặp cộng tuyến (r > 0,9) và ngược chiều (r < 0)"
              : "Collinear (r > 0.9) and negatively correlated (r < 0) pairs",
            header: vi
              ? ["Nhóm", "Chỉ tiêu", "Chỉ tiêu", "r", "Loại"]
              : ["Group", "Indicator", "Indicator", "r", "Kind"],
            rows: flags.map { flag in
              [
                Cell(analysis.name(flag.group, ctx)), Cell(analysis.name(flag.first, ctx)),
                Cell(analysis.name(flag.second, ctx)),
                Cell(
                  ctx.localizer.number(flag.correlation, decimals: 3), sortKey: flag.correlation),
                Cell(
                  [
                    .badge(
                      flag.kind == .collinear
                        ? (vi ? "cộng tuyến" : "collinear") : (vi ? "ngược chiều" : "negative"),
                      .warning)
                  ]),
              ]
            })))
    }
    return blocks
  }
}
