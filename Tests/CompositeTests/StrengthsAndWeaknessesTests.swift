import Testing

@testable import Composite

@Suite struct StrengthsAndWeaknessesTests {
  /// `get_str_weak(topN = 5, bottomN = 5, sig_figs = NULL)` of every ASEM unit, on the raw
  /// data (direction-adjusted, with missing values), on the aggregated data, and on the raw
  /// data with `unq_discard = 0.5`.
  @Test(arguments: [
    ("str_weak_raw.csv", true, nil as Double?),
    ("str_weak_aggregated.csv", false, nil),
    ("str_weak_raw_unq05.csv", true, 0.5),
  ])
  func everyUnitMatchesCOINr(file: String, raw: Bool, uniqueShare: Double?) throws {
    let input = try AuditFixtures.asem.get()
    let audit = try AuditFixtures.audit.get()
    let table = raw ? input.data.table : audit.build.aggregated
    let options = StrengthsAndWeaknesses.Options(uniqueShare: uniqueShare, adjustDirection: raw)
    let rows = try AuditFixtures.quotedRows(file)
    let byUnit = Dictionary(grouping: rows, by: { $0["uCode"] })
    #expect(byUnit.count == 51)
    for (unit, expected) in byUnit {
      let found = try StrengthsAndWeaknesses(
        unit: unit, in: table, framework: input.framework, options: options)
      for (kind, items) in [("strength", found.strengths), ("weakness", found.weaknesses)] {
        let reference = expected.filter { $0["Kind"] == kind }
        #expect(items.map(\.code) == reference.map { $0["Code"] }, "\(file) \(unit) \(kind)")
        #expect(items.map(\.name) == reference.map { $0["Name"] }, "\(unit) \(kind)")
        #expect(items.map(\.group) == reference.map { $0["Group"] }, "\(unit) \(kind)")
        #expect(items.map { Double($0.rank) } == reference.map { $0.number("Rank") })
        for (item, row) in zip(items, reference) {
          #expect(agree(item.value, row.number("Value"), within: 0), "\(unit) \(item.code)")
        }
      }
    }
  }

  /// Ties keep metadata order, the worst rank is discarded, a missing value is left out, and
  /// fewer indicators than asked give shorter lists.
  @Test func handMadeUnit() throws {
    let framework = try CompositeFramework([
      IndicatorMeta(code: "a", level: 1, parent: "p"),
      IndicatorMeta(code: "b", level: 1, parent: "p"),
      IndicatorMeta(code: "c", level: 1, parent: "q", direction: .negative),
      IndicatorMeta(code: "d", level: 1, parent: "q"),
      IndicatorMeta(code: "e", level: 1, parent: "q"),
      IndicatorMeta(code: "p", level: 2, parent: "i"),
      IndicatorMeta(code: "q", level: 2, parent: "i"),
      IndicatorMeta(code: "i", level: 3, parent: nil),
    ])
    // u1: a rank 2; b rank 1, tied with u3; c rank 1 once its direction turns it (lowest
    // value); d the worst rank; e missing. In rank order, ties in metadata order: b, c, a.
    let table = CompositeTable(
      unitCodes: ["u1", "u2", "u3"], columnCodes: ["a", "b", "c", "d", "e"],
      values: [5, 9, 1, 4, 1, 4, 1, 2, 3, 0, 1, 2, .nan, 1, 2])
    let options = StrengthsAndWeaknesses.Options(top: 2, bottom: 2, adjustDirection: true)
    let found = try StrengthsAndWeaknesses(
      unit: "u1", in: table, framework: framework, options: options)
    #expect(found.strengths.map(\.code) == ["b", "c"])
    #expect(found.strengths.map(\.rank) == [1, 1])
    #expect(found.strengths.map(\.group) == ["p", "q"])
    #expect(found.weaknesses.map(\.code) == ["c", "a"])
    // values as in the table, not direction-adjusted
    #expect(found.weaknesses.map(\.value) == [1, 5])
    var keepLast = options
    keepLast.discardLast = false
    let all = try StrengthsAndWeaknesses(
      unit: "u1", in: table, framework: framework, options: keepLast)
    #expect(all.weaknesses.map(\.code) == ["a", "d"])
    #expect(all.weaknesses.last?.rankedUnits == 3)
    var level3 = options
    level3.reportLevel = 3
    #expect(
      try StrengthsAndWeaknesses(unit: "u1", in: table, framework: framework, options: level3)
        .strengths.map(\.group) == ["i", "i"])
  }

  @Test func badInputThrows() throws {
    let input = try AuditFixtures.asem.get()
    let table = input.data.table
    #expect(throws: CompositeError.self) {
      try StrengthsAndWeaknesses(unit: "XXX", in: table, framework: input.framework)
    }
    #expect(throws: CompositeError.self) {
      try StrengthsAndWeaknesses(
        unit: "AUS", in: table, framework: input.framework,
        options: .init(reportLevel: 1))
    }
  }
}
