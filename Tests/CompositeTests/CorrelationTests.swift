import Testing

@testable import Composite

@Suite struct CorrelationTests {
  @Test func handComputedPearsonAndSpearmanSkipIncompletePairs() {
    let x = [1.0, 2, 3, 4, .nan]
    let y = [2.0, 4, 5, .nan, 9]
    // complete pairs (1,2), (2,4), (3,5): r = 3 / √(2 · 4.666…)
    let r = Correlation.pairwise(x, y, method: .pearson)
    #expect(agree(r, 3 / (2 * 14.0 / 3).squareRoot(), within: 1e-15))
    #expect(agree(Correlation.pairwise(x, y, method: .spearman), 1, within: 1e-15))
    #expect(Correlation.averageRanks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
    #expect(Correlation.pairwise([1, 1, 1], [1, 2, 3], method: .pearson) == nil)
    #expect(Correlation.pairwise([1, .nan], [1, 2], method: .pearson) == nil)
  }

  /// `stats::cor(use = "pairwise.complete.obs")` over every node of the aggregated data set
  /// and over the raw indicators (with their missing values).
  @Test(arguments: CorrelationMethod.allCases)
  func matricesMatchCOINr(method: CorrelationMethod) throws {
    let build = try AuditFixtures.audit.get().build
    let input = try AuditFixtures.asem.get()
    let sets: [(String, CompositeTable)] = [
      ("aggregated", build.aggregated), ("raw", input.data.table),
    ]
    for (name, table) in sets {
      let expected = try AuditFixtures.matrix("corr_\(method.rawValue)_\(name).csv")
      #expect(expected.count == table.columnCodes.count)
      var worst = 0.0
      for (rowCode, line) in expected {
        for (columnCode, want) in line {
          guard let x = table.column(rowCode), let y = table.column(columnCode) else {
            Issue.record("\(rowCode) or \(columnCode) missing")
            continue
          }
          let got = Correlation.pairwise(x, y, method: method)
          #expect(
            agree(got, want), "\(name) \(rowCode)/\(columnCode): \(got as Any) vs \(want as Any)")
          if let got, let want { worst = max(worst, abs(got - want)) }
        }
      }
      #expect(worst < 1e-12, "\(name): largest difference \(worst)")
    }
  }

  @Test(arguments: CorrelationMethod.allCases)
  func parentCorrelationsMatchCOINr(method: CorrelationMethod) throws {
    let audit = try AuditFixtures.audit.get()
    let rows = try AuditFixtures.rows("corr_parent_\(method.rawValue).csv")
    let ours = Dictionary(
      uniqueKeysWithValues: audit.parentCorrelations.map { ("\($0.parent)/\($0.code)", $0) })
    #expect(rows.count == ours.count)
    for row in rows {
      let mine = ours["\(row["Var1"])/\(row["Var2"])"]
      let got = method == .pearson ? mine?.pearson : mine?.spearman
      #expect(agree(got, row.number("Correlation")), "\(row["Var1"])/\(row["Var2"])")
    }
  }

  @Test(arguments: CorrelationMethod.allCases)
  func denominatorCorrelationsMatchCOINr(method: CorrelationMethod) throws {
    let input = try AuditFixtures.asem.get()
    let ours = DenominatorCorrelation.all(in: input.data, method: method)
    let rows = try AuditFixtures.rows("denom_corr_\(method.rawValue).csv")
    #expect(ours.count == rows.count)
    let byPair = Dictionary(
      uniqueKeysWithValues: ours.map { ("\($0.indicator)/\($0.denominator)", $0.correlation) })
    for row in rows {
      #expect(agree(byPair["\(row["Ind"])/\(row["Denom"])"], row.number("Corr")), "\(row["Ind"])")
    }
  }

  /// The sample behind each correlation: units with both values, and the fewest over a set.
  @Test func completePairsCountUnitsWithBothValues() throws {
    let nan = Double.nan
    #expect(Correlation.completePairs([1, 2, nan, 4], [nan, 1, 2, 3]) == 2)
    #expect(Correlation.fewestPairs([[1, 2, 3], [1, nan, 3], [nan, nan, 1]]) == 1)
    #expect(Correlation.fewestPairs([]) == 0)
    let audit = try AuditFixtures.audit.get()
    let pearson = try #require(audit.correlations.first)
    // ASEM's aggregated data set has no missing value: 51 units behind every entry
    #expect(pearson.pairs.allSatisfy { $0.allSatisfy { $0 == 51 } })
    #expect(audit.reliability.allSatisfy { $0.fewestPairsOfChildren == 51 })
    let light = try CompositeAudit.run(
      try AuditFixtures.asem.get(), spec: .coinrASEM, optimisingWeights: false)
    #expect(light.optimisedWeights.isEmpty && audit.optimisedWeights.count == 2)
    #expect(light.reliability == audit.reliability)
  }
}
