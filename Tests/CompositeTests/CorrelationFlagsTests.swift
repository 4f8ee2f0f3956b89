import Testing

@testable import Composite

@Suite struct CorrelationFlagsTests {
  /// `get_corr_flags(dset = "Normalised")` at group levels 2 and 3: the same pairs, the same
  /// correlations. ASEM has no collinear pair above 0.9, so the negative ones carry the test.
  @Test func flagsMatchCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    func key(_ level: Int, _ kind: String, _ a: String, _ b: String) -> String {
      "\(level) \(kind) " + [a, b].sorted().joined(separator: "/")
    }
    let ours = Dictionary(
      uniqueKeysWithValues: audit.flags.map {
        (key($0.groupLevel, $0.kind.rawValue, $0.first, $0.second), $0)
      })
    let rows = try AuditFixtures.rows("corr_flags.csv")
    #expect(rows.count == ours.count)
    for row in rows {
      let flag = ours[key(Int(row["GroupLevel"]) ?? 0, row["Type"], row["Ind1"], row["Ind2"])]
      #expect(flag?.group == row["Group"], "\(row["Ind1"])/\(row["Ind2"])")
      #expect(agree(flag?.correlation, row.number("Corr")), "\(row["Ind1"])/\(row["Ind2"])")
    }
  }

  @Test func collinearPairsAreFlaggedAboveTheThreshold() throws {
    let framework = try CompositeFramework([
      IndicatorMeta(code: "a", level: 1, parent: "g"),
      IndicatorMeta(code: "b", level: 1, parent: "g"),
      IndicatorMeta(code: "c", level: 1, parent: "h"),
      IndicatorMeta(code: "g", level: 2, parent: "i"),
      IndicatorMeta(code: "h", level: 2, parent: "i"),
      IndicatorMeta(code: "i", level: 3, parent: nil),
    ])
    let columns: [[Double]] = [[1, 2, 3, 4], [1, 2, 3, 5], [4, 3, 2, 1]]
    let level2 = CorrelationFlag.find(indicators: columns, framework: framework, groupLevel: 2)
    #expect(level2.map(\.kind) == [.collinear] && level2.first?.group == "g")
    let level3 = CorrelationFlag.find(indicators: columns, framework: framework, groupLevel: 3)
    #expect(level3.map(\.kind) == [.collinear, .negative, .negative])
  }
}
