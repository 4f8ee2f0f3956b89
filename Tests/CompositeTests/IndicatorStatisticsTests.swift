import Testing

@testable import Composite

@Suite struct IndicatorStatisticsTests {
  @Test func handComputedColumn() {
    let s = IndicatorStatistics(code: "x", values: [0, 2, 2, .nan, 4])
    #expect(s.available == 4 && s.unitCount == 5 && s.nonZero == 3)
    #expect(s.unique == 3 && s.same == 2)
    #expect(s.minimum == 0 && s.maximum == 4 && s.mean == 2 && s.median == 2)
    #expect(agree(s.standardDeviation, (8.0 / 3).squareRoot(), within: 1e-15))
    #expect(s.skew == 0)
    #expect(s.availableShare == 0.8 && s.nonZeroShare == 0.75)
    let empty = IndicatorStatistics(code: "y", values: [.nan, .nan])
    #expect(empty.mean == nil && empty.standardDeviation == nil && empty.skew == nil)
    #expect(empty.nonZeroShare == nil && empty.lowAvailability())
  }

  /// `get_stats(coin, dset = "Raw", nsignif = NULL)`, every column.
  @Test func rawStatisticsMatchCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    let ours = Dictionary(uniqueKeysWithValues: audit.statistics.map { ($0.code, $0) })
    let rows = try AuditFixtures.rows("stats_raw.csv")
    #expect(rows.count == ours.count)
    for row in rows {
      guard let s = ours[row["iCode"]] else {
        Issue.record("no statistics for \(row["iCode"])")
        continue
      }
      let pairs: [(String, Double?)] = [
        ("Min", s.minimum), ("Max", s.maximum), ("Mean", s.mean), ("Median", s.median),
        ("Std", s.standardDeviation), ("Skew", s.skew), ("Kurt", s.kurtosis),
        ("N.Avail", Double(s.available)), ("N.NonZero", Double(s.nonZero)),
        ("N.Unique", Double(s.unique)), ("N.Same", Double(s.same)),
        ("Frc.Avail", s.availableShare), ("Frc.NonZero", s.nonZeroShare),
        ("Frc.Unique", s.uniqueShare), ("Frc.Same", s.sameShare),
      ]
      for (column, got) in pairs {
        let want = row.number(column)
        let tolerance = 1e-12 * max(1, abs(want ?? 0))
        #expect(
          agree(got, want, within: tolerance),
          "\(s.code) \(column): \(got as Any) vs \(want as Any)")
      }
      #expect((row["Flag.Avail"] == "LOW") == s.lowAvailability(), "\(s.code)")
      #expect((row["Flag.NonZero"] == "LOW") == s.fewNonZero(), "\(s.code)")
      #expect((row["Flag.Unique"] == "LOW") == s.fewUnique(), "\(s.code)")
      #expect((row["Flag.SkewKurt"] == "OUT") == s.outliers(), "\(s.code)")
    }
  }
}
