import Support
import TestSupport
import Testing

@testable import Catalog

/// One document, one answer: a repeated row is a warning, two figures for one question an
/// error unless the later row's note names the earlier one.
@Suite struct TargetConsistencyTests {
  func diagnostics(_ targets: [Target]) -> [(Diagnostic.Severity, String)] {
    var log = DiagnosticLog()
    TargetConsistency.check(targets, &log)
    return log.entries.map { ($0.severity, $0.message) }
  }

  func target(
    _ id: String, _ value: Double, geo: String = "a", year: Int = 2030,
    document: String = "doc", note: String = ""
  ) -> Target {
    var target = TestCatalog.target(
      id, geo: geo, "x", year: year, .atLeast, value, document: document)
    target.note = note
    return target
  }

  @Test func twoFiguresInOneDocumentAreAnError() {
    let found = diagnostics([target("t1", 40), target("t2", 30)])
    #expect(found.count == 1)
    #expect(found.first?.0 == .error)
    #expect(found.first?.1.hasPrefix("contradictory targets: 't2' and 't1'") == true)
  }

  @Test func aRepeatedFigureIsAWarning() {
    let found = diagnostics([target("t1", 40), target("t2", 40)])
    #expect(found.map(\.0) == [.warning])
    #expect(found.first?.1.contains("repeats target 't1'") == true)
  }

  @Test func anAcknowledgedRestatementIsAccepted() {
    #expect(
      diagnostics([target("t1", 40), target("t2", 30, note: "Restates t1 (mid-term).")]).isEmpty)
  }

  @Test func aNoteNamingAnotherIdDoesNotAcknowledge() {
    let found = diagnostics([target("t1", 40), target("t2", 30, note: "see t10 and t1x")])
    #expect(found.map(\.0) == [.error])
  }

  @Test func differentDocumentsGeosOrYearsAreNotChecked() {
    #expect(diagnostics([target("t1", 40), target("t2", 30, document: "other")]).isEmpty)
    #expect(diagnostics([target("t1", 40), target("t2", 30, geo: "b")]).isEmpty)
    #expect(diagnostics([target("t1", 40), target("t2", 30, year: 2045)]).isEmpty)
  }

  @Test func aDocumentSplitByOtherRowsIsStillOneDocument() {
    let found = diagnostics([
      target("t1", 40), target("o1", 5, document: "other"), target("t2", 30),
    ])
    #expect(found.map(\.0) == [.error])
  }

  @Test func qualitativeTargetsAreNotCompared() {
    let qualitative = TestCatalog.target("q", geo: "a", "x", nil, nil)
    #expect(diagnostics([qualitative, target("t1", 40), qualitative]).isEmpty)
  }
}
