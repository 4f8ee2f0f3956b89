import Composite

/// A province's place in the report set's composite index, for its profile: its score and
/// rank on the index and each group (COINr's `get_unit_summary`) and the indicators it ranks
/// best and worst on (`get_str_weak`), named in the page's language.
enum AmbitionProfile {
  /// How many strengths and weaknesses at most.
  static let listed = 3

  static func blocks(_ province: String, _ ctx: ReportContext) -> [Block] {
    guard let analysis = ctx.composite else { return [] }
    let vi = ctx.language == .vi
    let result = analysis.result
    let framework = result.framework
    let top = framework.topLevelCodes.first ?? ""
    let indexName = analysis.name(top, ctx)
    var blocks: [Block] = [
      .heading(
        level: 2,
        text: vi
          ? "Điểm mạnh và điểm yếu trong \(indexName)"
          : "Strengths and weaknesses in the \(indexName)",
        anchor: "composite-profile")
    ]
    guard result.unitCodes.contains(province) else {
      let screened = result.removedUnits.contains(province)
      guard screened else { return [] }
      blocks.append(
        .paragraph([
          .text(
            vi
              ? "Tỉnh không được xếp hạng trong chỉ số: có số liệu ở quá ít chỉ tiêu. "
              : "The province is not ranked in the index: too few of its indicators have a figure. "
          ),
          .link(text: vi ? "Xem chỉ số" : "See the index", slug: CompositePage.slug),
        ]))
      return blocks
    }
    guard
      let summary = try? UnitSummary(
        unit: province, in: result, levels: Set(2...max(2, framework.levelCount)))
    else { return [] }
    let l = ctx.localizer
    blocks.append(
      .table(
        Table(
          id: "composite-profile-summary", caption: indexName,
          header: vi
            ? ["Chỉ số, nhóm", "Điểm (0–100)", "Hạng"] : ["Index, group", "Score (0–100)", "Rank"],
          rows: summary.lines.map { line in
            [
              Cell(
                line.level == framework.levelCount
                  ? [.strong(analysis.name(line.code, ctx))]
                  : [.text(analysis.name(line.code, ctx))]),
              Cell(line.score.map { l.number($0, decimals: 1) } ?? "—", sortKey: line.score),
              Cell(
                line.rank.map { l.count($0, of: line.rankedUnits) } ?? "—",
                sortKey: line.rank.map(Double.init)),
            ]
          }, sortable: false)))
    // COINr's order of every eligible indicator; the page names at most `listed` from each
    // end, a strength only in the upper half of the ranks and a weakness only in the lower
    // half, so a province ranked 1 of 2 everywhere has no "weakness"
    let every = framework.indicatorCount
    guard
      let found = try? StrengthsAndWeaknesses(
        unit: province, in: result.aggregated, framework: framework,
        options: StrengthsAndWeaknesses.Options(top: every, bottom: every))
    else { return blocks }
    let strengths = found.strengths.filter { Double($0.rank) <= Double($0.rankedUnits) / 2 }
      .prefix(listed)
    let weaknesses = found.weaknesses.reversed()
      .filter { Double($0.rank) > Double($0.rankedUnits + 1) / 2 }.prefix(listed)
    func item(_ item: StrengthsAndWeaknesses.Item) -> [Inline] {
      let rank = l.count(item.rank, of: item.rankedUnits)
      return [
        .text(analysis.name(item.code, ctx)),
        .text(
          vi
            ? " — hạng \(rank) (\(analysis.name(item.group, ctx)))"
            : " — rank \(rank) (\(analysis.name(item.group, ctx)))"),
      ]
    }
    if found.strengths.isEmpty {
      blocks.append(
        .paragraph([
          .text(
            vi
              ? "Không liệt kê điểm mạnh, điểm yếu: ở mọi chỉ tiêu có số liệu, tỉnh đứng cuối hoặc đồng hạng cuối, và như COINr (get_str_weak), các chỉ tiêu đó không được tính. "
              : "No strengths or weaknesses listed: the province is last or tied last on every indicator it has a figure for, and, as in COINr (get_str_weak), those are left out. "
          ),
          .link(text: vi ? "Kiểm định chỉ số" : "Audit of the index", slug: AuditPage.slug),
        ]))
      return blocks
    }
    blocks.append(
      .paragraph([.strong(vi ? "Điểm mạnh (hạng cao nhất):" : "Strengths (best ranks):")]))
    blocks.append(
      strengths.isEmpty
        ? .paragraph([.text(vi ? "Không có chỉ tiêu nào ở nửa trên." : "None in the upper half.")])
        : .bullets(strengths.map(item)))
    blocks.append(
      .paragraph([.strong(vi ? "Điểm yếu (hạng thấp nhất):" : "Weaknesses (worst ranks):")]))
    blocks.append(
      weaknesses.isEmpty
        ? .paragraph([.text(vi ? "Không có chỉ tiêu nào ở nửa dưới." : "None in the lower half.")])
        : .bullets(weaknesses.map(item)))
    blocks.append(
      .paragraph([
        .text(
          vi
            ? "Hạng trên các tỉnh có số liệu, theo điểm đã chuẩn hóa, chọn như hàm get_str_weak của COINr: chỉ tiêu tỉnh đứng cuối hoặc đồng hạng cuối không được tính (một giá trị thấp nhất nhiều tỉnh cùng có không nói lên điều gì riêng); điểm mạnh chỉ lấy ở nửa trên của thứ hạng, điểm yếu ở nửa dưới, mỗi bên nhiều nhất \(listed). "
            : "Ranks among the provinces with a figure, on normalised scores, chosen as COINr's get_str_weak does: indicators on which the province is last or tied last are left out (a lowest value many share says nothing of one province); strengths are taken only from the upper half of the ranks, weaknesses from the lower half, at most \(listed) each. "
        ),
        .link(text: vi ? "Kiểm định chỉ số" : "Audit of the index", slug: AuditPage.slug),
      ]))
    return blocks
  }
}
