import TestSupport
import Testing

@testable import Catalog

@Suite struct InheritanceTests {
  let provinces = [
    TestCatalog.province("a", to: TestCatalog.june30, successor: "ab"),
    TestCatalog.province("b", to: TestCatalog.june30, successor: "ab"),
    TestCatalog.province("c"),
    TestCatalog.province("x", region: nil, to: TestCatalog.june30, successor: "xy"),
    TestCatalog.province("ab", from: TestCatalog.july1),
    TestCatalog.province("xy", region: nil, from: TestCatalog.july1),
  ]
  let indicators = [
    TestCatalog.indicator("de", unit: .percentOfGRDP, denominator: "grdp", weight: .by("grdp")),
    TestCatalog.indicator("cnt", unit: .count),
    TestCatalog.indicator("grdp", unit: .vndTrillion),
  ]

  @Test func membershipFollowsTheGeographyVersion() {
    let catalog = Catalog(provinces: provinces)
    #expect(catalog.members(of: "R", in: .before2025).map(\.id) == ["a", "b", "c"])
    #expect(catalog.members(of: "R", in: .from2025).map(\.id) == ["c", "ab"])
    #expect(catalog.predecessors(of: "ab").map(\.id) == ["a", "b"])
    #expect(catalog.predecessors(of: "c").isEmpty)
  }

  @Test func solePredecessorTargetIsInheritedAndLabelled() {
    let catalog = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [TestCatalog.target("t", geo: "a", "cnt", unit: .count, .equal, 3)])
    let (inherited, left) = catalog.inheritance(of: "ab")
    #expect(left.isEmpty)
    #expect(inherited.count == 1)
    #expect(inherited.first?.target.geo == "ab")
    #expect(inherited.first?.target.id == "t@ab")
    #expect(inherited.first?.rule == .solePredecessor("a"))
    #expect(inherited.first?.sources.map(\.id) == ["t"])
  }

  @Test func successorsOwnTargetWins() {
    let catalog = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [
        TestCatalog.target("old", geo: "a", "cnt", unit: .count, .equal, 3),
        TestCatalog.target("own", geo: "ab", "cnt", unit: .count, .equal, 5),
      ])
    let (inherited, left) = catalog.inheritance(of: "ab")
    #expect(inherited.isEmpty)
    #expect(left.map(\.target.id) == ["old"])
    #expect(left.first?.reason == "ab sets its own target")
  }

  @Test func severalPredecessorsCombineByTheIndicatorsWeight() throws {
    let catalog = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [
        TestCatalog.target("ta", geo: "a", "de", unit: .percentOfGRDP, .atLeast, 40),
        TestCatalog.target("tb", geo: "b", "de", unit: .percentOfGRDP, .atLeast, 10),
      ],
      observations: [
        TestCatalog.observation("a", "grdp", 2023, 100),
        TestCatalog.observation("b", "grdp", 2023, 300),
        TestCatalog.observation("a", "grdp", 2024, 100),
      ])
    let (inherited, left) = catalog.inheritance(of: "ab")
    #expect(left.isEmpty)
    let combined = try #require(inherited.first)
    #expect(combined.target.quantity == Quantity(.atLeast, 17.5), "(40·100 + 10·300) / 400")
    #expect(combined.rule == .weighted(by: "grdp", year: 2023, weights: ["a": 100, "b": 300]))
    #expect(combined.sources.map(\.id) == ["ta", "tb"])
  }

  @Test(arguments: [
    (
      "no weights observed", [Observation](),
      "no year in which 'grdp' is observed for every predecessor"
    )
  ])
  func combinationRefusesWithoutWeights(
    _ label: String, _ observations: [Observation], _ reason: String
  ) {
    let catalog = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [
        TestCatalog.target("ta", geo: "a", "de", unit: .percentOfGRDP, .atLeast, 40),
        TestCatalog.target("tb", geo: "b", "de", unit: .percentOfGRDP, .atLeast, 10),
      ], observations: observations)
    let (inherited, left) = catalog.inheritance(of: "ab")
    #expect(inherited.isEmpty, "\(label)")
    #expect(left.map(\.reason) == [reason, reason])
  }

  @Test func unweightedIndicatorsAndMixedComparatorsAreNotCombined() {
    let counts = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [
        TestCatalog.target("ta", geo: "a", "cnt", unit: .count, .equal, 2),
        TestCatalog.target("tb", geo: "b", "cnt", unit: .count, .equal, 3),
      ])
    #expect(counts.inheritance(of: "ab").left.first?.reason.contains("no regional weight") == true)
    let mixed = Catalog(
      provinces: provinces, indicators: indicators,
      targets: [
        TestCatalog.target("ta", geo: "a", "de", unit: .percentOfGRDP, .atLeast, 40),
        TestCatalog.target("tb", geo: "b", "de", unit: .percentOfGRDP, .equal, 10),
      ])
    #expect(
      mixed.inheritance(of: "ab").left.first?.reason.contains("different comparators") == true)
  }
}
