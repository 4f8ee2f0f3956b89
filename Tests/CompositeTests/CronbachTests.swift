import Testing

@testable import Composite

@Suite struct CronbachTests {
  @Test func handComputedAlpha() {
    // two identical columns are perfectly consistent; variance 1 each, covariance 1
    #expect(agree(Cronbach.alpha([[1, 2, 3], [1, 2, 3]]), 1, within: 1e-15))
    // k = 2, var 1 and 1, cov −1: α = 4 · (−1) / 0 → undefined
    #expect(Cronbach.alpha([[1, 2, 3], [3, 2, 1]]) == nil)
    #expect(Cronbach.alpha([[1, 2, 3]]) == nil)
    // k = 2, var(x) = 1, var(y) = 4, cov = 1: α = 4 · 1 / 7
    #expect(agree(Cronbach.alpha([[1, 2, 3], [1, 5, 3]]), 4.0 / 7, within: 1e-15))
  }

  /// `get_cronbach(dset = "Aggregated")` over every aggregate's children and indicators.
  @Test func alphaMatchesCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    let ours = Dictionary(uniqueKeysWithValues: audit.reliability.map { ($0.group, $0) })
    let rows = try AuditFixtures.rows("cronbach.csv")
    #expect(rows.count == ours.count)
    for row in rows {
      let mine = ours[row["Group"]]
      #expect(
        agree(mine?.alphaOfChildren, row.number("AlphaChildren"), within: 1e-12), "\(row["Group"])")
      #expect(
        agree(mine?.alphaOfIndicators, row.number("AlphaIndicators"), within: 1e-12),
        "\(row["Group"])")
    }
  }
}
