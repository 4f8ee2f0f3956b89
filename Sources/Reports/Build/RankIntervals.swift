import Composite

extension CompositeAnalysis {
  /// The units in rank order (unranked last), ties by code: the order of every table and
  /// chart of the composite pages.
  var rankOrder: [Int] {
    let result = self.result
    guard let top = result.framework.topLevelCodes.first, let ranks = result.ranks(top) else {
      return Array(result.unitCodes.indices)
    }
    return result.unitCodes.indices.sorted {
      (ranks[$0] ?? .max, result.unitCodes[$0]) < (ranks[$1] ?? .max, result.unitCodes[$1])
    }
  }

  /// The rank interval (Q5–Q95 over the uncertainty runs) of every ranked unit, with its
  /// nominal and median rank, as whiskers.
  func rankWhiskers(_ ctx: ReportContext) -> RankWhiskers {
    let vi = ctx.language == .vi
    let l = ctx.localizer
    let runs = uncertainty.runs
    let stats = Dictionary(
      uncertainty.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
    let codes = rankOrder.map { result.unitCodes[$0] }
    return RankWhiskers(
      id: "rank-intervals",
      title: vi ? "Khoảng thứ hạng qua \(runs) lần mô phỏng" : "Rank intervals over \(runs) runs",
      description: codes.compactMap { code -> String? in
        guard let s = stats[code], let nominal = s.nominalRank else { return nil }
        return
          "\(ctx.geoName(code)): \(nominal), Q5–Q95 \(l.number(s.q5Rank))–\(l.number(s.q95Rank))"
      }.joined(separator: "; "),
      rows: codes.compactMap { code in
        guard let s = stats[code], let nominal = s.nominalRank, !s.q5Rank.isNaN else { return nil }
        return RankWhiskers.Row(
          label: ctx.geoName(code), nominal: Double(nominal), q5: s.q5Rank, q95: s.q95Rank,
          median: s.medianRank)
      })
  }
}
