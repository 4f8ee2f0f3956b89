import Testing

@testable import Composite

@Suite struct UnitSummaryTests {
  /// `get_unit_summary(Levels = 1:4, dset = "Aggregated", nround = NULL)` of every ASEM unit.
  @Test func everyUnitMatchesCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    let rows = try AuditFixtures.quotedRows("unit_summary.csv")
    let byUnit = Dictionary(grouping: rows, by: { $0["uCode"] })
    #expect(byUnit.count == audit.build.unitCodes.count)
    #expect(byUnit.count == 51)
    for (unit, expected) in byUnit {
      let summary = try UnitSummary(unit: unit, in: audit.build)
      #expect(summary.lines.map(\.code) == expected.map { $0["Code"] }, "\(unit)")
      #expect(summary.lines.map(\.name) == expected.map { $0["Name"] }, "\(unit)")
      for (line, row) in zip(summary.lines, expected) {
        #expect(agree(line.score, row.number("Score")), "\(unit) \(line.code)")
        #expect(line.rank.map(Double.init) == row.number("Rank"), "\(unit) \(line.code)")
      }
    }
  }

  @Test func levelsAreChosenAndRankedUnitsCounted() throws {
    let audit = try AuditFixtures.audit.get()
    let summary = try UnitSummary(unit: "AUS", in: audit.build, levels: [2, 4])
    #expect(summary.lines.map(\.level) == [4, 2, 2, 2, 2, 2, 2, 2, 2])
    #expect(summary.lines.first?.code == "Index")
    #expect(summary.lines.allSatisfy { $0.rankedUnits == 51 })
  }

  @Test func badInputThrows() throws {
    let audit = try AuditFixtures.audit.get()
    #expect(
      throws: CompositeError.unknownCompositeName(kind: "unit", name: "AUSS", suggestion: "AUS")
    ) {
      try UnitSummary(unit: "AUSS", in: audit.build)
    }
    #expect(throws: CompositeError.self) {
      try UnitSummary(unit: "AUS", in: audit.build, levels: [5])
    }
  }

  /// Ties share the best rank, a missing score has no rank and is not counted.
  @Test func tiesAndMissingScores() throws {
    let framework = try CompositeFramework([
      IndicatorMeta(code: "a", level: 1, parent: "i"),
      IndicatorMeta(code: "i", level: 2, parent: nil),
    ])
    let data = CompositeData(
      unitCodes: ["u1", "u2", "u3", "u4"], indicatorCodes: ["a"], rows: [[5], [7], [5], [nil]])
    let result = try CompositePipeline.run(
      data, framework: framework, spec: CompositeSpec(normalisation: .none))
    let u1 = try UnitSummary(unit: "u1", in: result, levels: [1])
    let u4 = try UnitSummary(unit: "u4", in: result, levels: [1])
    #expect(u1.lines.map(\.rank) == [2])
    #expect(u1.lines.map(\.rankedUnits) == [3])
    #expect(u4.lines.map(\.rank) == [nil])
    #expect(u4.lines.map(\.score) == [nil])
  }
}
