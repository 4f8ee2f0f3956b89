import TestSupport
import Testing

@testable import Catalog

@Suite struct NationalBenchmarkTests {
  func catalog(_ national: [Target], documents: [Document] = []) -> Catalog {
    Catalog(
      documents: documents + [TestCatalog.document("prov", implements: ["57-NQ/TW"])],
      indicators: [TestCatalog.indicator("de"), TestCatalog.indicator("rate", polarity: .lower)],
      targets: national)
  }

  func status(_ mine: Target, _ national: [Target], documents: [Document] = []) -> NationalStanding
  {
    catalog(national, documents: documents).nationalStanding(of: mine)
  }

  @Test func classifiesAgainstTheNationalFigure() {
    let vn = TestCatalog.target("vn", geo: "VN", "de", .atLeast, 30)
    let cases: [(Target, NationalStanding.Status)] = [
      (TestCatalog.target("p", geo: "p", "de", .atLeast, 40, document: "prov"), .above),
      (TestCatalog.target("p", geo: "p", "de", .atLeast, 30, document: "prov"), .equal),
      (TestCatalog.target("p", geo: "p", "de", .equal, 30, document: "prov"), .sameFigure),
      (
        TestCatalog.target("p", geo: "p", "de", .approximately, 9, high: 10, document: "prov"),
        .below
      ),
      (
        TestCatalog.target("p", geo: "p", "de", .range, 25, high: 35, document: "prov"),
        .overlapping
      ),
      (
        TestCatalog.target("p", geo: "p", "de", year: 2045, .atLeast, 50, document: "prov"),
        .noCounterpart
      ),
      (TestCatalog.target("p", geo: "p", "de", nil, nil, document: "prov"), .notComparable),
    ]
    for (mine, expected) in cases {
      #expect(
        status(mine, [vn]).status == expected,
        "\(mine.quantity.map(String.init(describing:)) ?? "qualitative")")
    }
  }

  @Test func lowerIsBetterIndicatorsReverseAboveAndBelow() {
    let vn = TestCatalog.target("vn", geo: "VN", "rate", .atMost, 10)
    let mine = TestCatalog.target("p", geo: "p", "rate", .atMost, 5, document: "prov")
    #expect(status(mine, [vn]).status == .above)
  }

  @Test func prefersTheNationalTargetOfTheImplementedDocument() {
    let old = TestCatalog.target("vn52", geo: "VN", "de", .greaterThan, 30, document: "nq52")
    let new = TestCatalog.target("vn57", geo: "VN", "de", .atLeast, 30, document: "nq57")
    let documents = [
      TestCatalog.document("nq52", number: "52-NQ/TW"),
      TestCatalog.document("nq57", number: "57-NQ/TW"),
    ]
    let mine = TestCatalog.target("p", geo: "p", "de", .atLeast, 30, document: "prov")
    let standing = status(mine, [old, new], documents: documents)
    #expect(standing.national?.id == "vn57")
    #expect(standing.status == .equal)
    #expect(standing.note.contains("57-NQ/TW"))
  }

  /// Two texts of the implemented document: the resolution's own (primary) text is used, not
  /// the press paraphrase or translation listed first; both stay linked in the note.
  @Test func prefersThePrimaryTextOfTheImplementedDocument() {
    let press = TestCatalog.target(
      "vn57-press", geo: "VN", "de", .atLeast, 30, document: "nq57-press",
      confidence: .secondary)
    let translated = TestCatalog.target(
      "vn57-en", geo: "VN", "de", .greaterThan, 30, document: "nq57-en", confidence: .translation)
    let primary = TestCatalog.target("vn57", geo: "VN", "de", .atLeast, 30, document: "nq57")
    let documents = [
      TestCatalog.document("nq57-press", number: "57-NQ/TW"),
      TestCatalog.document("nq57-en", number: "57-NQ/TW"),
      TestCatalog.document("nq57", number: "57-NQ/TW"),
    ]
    let mine = TestCatalog.target("p", geo: "p", "de", .atLeast, 40, document: "prov")
    let standing = status(mine, [press, translated, primary], documents: documents)
    #expect(standing.national?.id == "vn57")
    #expect(standing.note.contains("vn57-press, vn57-en"))
    #expect(standing.note.contains("primary over secondary over translation"))
  }
}
