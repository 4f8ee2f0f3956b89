import Catalog
import Testing

@testable import Benchmark

@Suite struct RegionalStatisticTests {
  let de = Fixture.indicator("de", unit: .percentOfGRDP, weight: .by("grdp"))

  func statistic(_ catalog: Catalog, _ indicator: String = "de") -> RegionalStatistic? {
    catalog.regionalStatistic(indicator: indicator, year: 2030, region: "R", geography: .before2025)
  }

  @Test func intervalsAverageToAnIntervalWithCoverage() throws {
    let catalog = Fixture.catalog(
      provinces: ["a", "b", "c", "d"], indicators: [de],
      targets: [
        Fixture.target("ta", "a", "de", .atLeast, 40, unit: .percentOfGRDP),
        Fixture.target("tb", "b", "de", .approximately, 9, high: 10, unit: .percentOfGRDP),
        Fixture.target("tc", "c", "de", .range, 20, high: 30, unit: .percentOfGRDP),
        Fixture.target("to", "outside", "de", .equal, 99, unit: .percentOfGRDP),
      ])
    let s = try #require(statistic(catalog))
    #expect(s.mean == FigureRange(23, 80.0 / 3))  // (40+9+20)/3 … (40+10+30)/3
    #expect(s.median == FigureRange(20, 30))
    #expect(s.coverage == (3, 4) || (s.coverage.n == 3 && s.coverage.m == 4))
    #expect(s.missing == ["d"])
    #expect(s.contributions.map(\.geo) == ["a", "b", "c"], "the outside province is not averaged")
    #expect(s.weighted == nil)
    #expect(s.weightingNote == "unweighted: grdp is not observed for a, b, c")
  }

  @Test func weightedByTheIndicatorsWeightInACommonYear() throws {
    let catalog = Fixture.catalog(
      provinces: ["a", "b"], indicators: [de, Fixture.indicator("grdp", unit: .vndTrillion)],
      targets: [
        Fixture.target("ta", "a", "de", .atLeast, 40, unit: .percentOfGRDP),
        Fixture.target("tb", "b", "de", .atLeast, 10, unit: .percentOfGRDP),
      ],
      observations: [
        Fixture.observation("a", "grdp", 2023, 100, unit: .vndTrillion),
        Fixture.observation("b", "grdp", 2023, 300, unit: .vndTrillion),
        Fixture.observation("b", "grdp", 2024, 999, unit: .vndTrillion),
      ])
    let s = try #require(statistic(catalog))
    #expect(s.mean == FigureRange(25, 25))
    #expect(s.weighted?.figure == FigureRange(17.5, 17.5))
    #expect(s.weighted?.year == 2023)
    #expect(
      s.weightingNote == "weighted by grdp (2023); they carry 100% of the region's grdp in 2023")
  }

  func weightedCatalog(cWeight2024: Double?) -> Catalog {
    let grdp = Fixture.indicator("grdp", unit: .vndTrillion)
    var observations = [
      Fixture.observation("a", "grdp", 2024, 100, unit: .vndTrillion),
      Fixture.observation("b", "grdp", 2024, 300, unit: .vndTrillion),
      Fixture.observation("c", "grdp", 2023, 50, unit: .vndTrillion),
      Fixture.observation("d", "grdp", 2024, 600, unit: .vndTrillion),
    ]
    if let cWeight2024 {
      observations.append(Fixture.observation("c", "grdp", 2024, cWeight2024, unit: .vndTrillion))
    }
    return Fixture.catalog(
      provinces: ["a", "b", "c", "d"], indicators: [de, grdp],
      targets: [
        Fixture.target("ta", "a", "de", .atLeast, 40, unit: .percentOfGRDP),
        Fixture.target("tb", "b", "de", .atLeast, 10, unit: .percentOfGRDP),
        Fixture.target("tc", "c", "de", .atLeast, 20, unit: .percentOfGRDP),
      ],
      observations: observations)
  }

  /// Weights of one year only: c's 2023 GRDP is not mixed with a's and b's 2024 GRDP; the
  /// weighted mean covers a and b and says so.
  @Test func partlyWeightedInTheYearMostContributorsShare() throws {
    let s = try #require(statistic(weightedCatalog(cWeight2024: nil)))
    let w = try #require(s.weighted)
    #expect(w.year == 2024)
    #expect(w.figure == FigureRange(17.5, 17.5))  // (40 × 100 + 10 × 300) / 400
    #expect(w.weights == ["a": 100, "b": 300])
    #expect(w.isPartial && w.contributors == 3)
    #expect(w.regionShare == nil && w.membersWeighted == 3)
    #expect(
      s.weightingNote
        == "weighted by grdp (2024) over 2 of 3 provinces; no grdp for 2024 for c; the region's "
        + "total grdp in 2024 is not known (observed for 3 of 4 members)")
  }

  /// Every member's weight observed: the weighted provinces' share of the region's weight.
  @Test func shareOfTheRegionsWeight() throws {
    let s = try #require(statistic(weightedCatalog(cWeight2024: 100)))
    let w = try #require(s.weighted)
    #expect(w.figure == FigureRange(18, 18))  // (4000 + 3000 + 2000) / 500
    #expect(!w.isPartial)
    #expect(w.regionShare == 500.0 / 1100)  // d (600) has no target
    #expect(
      s.weightingNote == "weighted by grdp (2024); they carry 45.5% of the region's grdp in 2024")
  }

  /// Disagreeing targets of one province: one is used by the documented order, the others
  /// stay listed and the contribution is marked conflicting.
  @Test func aProvinceWithConflictingTargetsContributesThePreferredOne() throws {
    let catalog = Fixture.catalog(
      provinces: ["a"], indicators: [Fixture.indicator("ent")],
      targets: [
        Fixture.target("t1", "a", "ent", .greaterThan, 40),
        Fixture.target("t2", "a", "ent", .equal, 38),
      ])
    let s = try #require(statistic(catalog, "ent"))
    let c = try #require(s.contributions.first)
    #expect(c.figure == FigureRange(40, 40), "same documents: the first in the file")
    #expect(c.conflicting && c.sources == ["t1", "t2"])
    #expect(c.quantity == Quantity(.greaterThan, 40))
    #expect(c.choice.hasPrefix("t1 > 40 used (adopted over draft"))
    #expect(c.choice.hasSuffix("; also t2 = 38"))
    #expect(s.standardDeviation == nil)
  }

  func preferred(_ documents: [Document], _ targets: [Target]) throws -> Contribution {
    var catalog = Fixture.catalog(
      provinces: ["a"], indicators: [Fixture.indicator("x")], targets: targets)
    catalog.documents = documents
    return try #require(statistic(catalog, "x")?.contributions.first)
  }

  func target(_ id: String, _ value: Double, _ document: String, _ confidence: Confidence)
    -> Target
  {
    var t = Fixture.target(id, "a", "x", .atLeast, value)
    t.provenance.source = document
    t.provenance.confidence = confidence
    return t
  }

  /// Adopted over draft (even a later draft), primary over secondary over translation, later
  /// document over earlier.
  @Test func theOrderOfPreferenceAmongDisagreeingTargets() throws {
    let docs = [
      Fixture.document("plan-2023", date: "18/9/2023"),
      Fixture.document("congress-2020", date: "2020"),
      Fixture.document("draft-2025", date: "14/7/2025", status: .draft),
      Fixture.document("plan-2024", date: "3/2024"),
    ]
    let draftLater = try preferred(
      docs,
      [target("d", 190, "draft-2025", .primary), target("p", 125, "plan-2023", .secondary)])
    #expect(draftLater.sources.first == "p", "adopted over draft")
    let press = try preferred(
      docs,
      [target("s", 90, "plan-2023", .secondary), target("o", 125, "congress-2020", .primary)])
    #expect(press.sources.first == "o", "primary over secondary")
    let later = try preferred(
      docs,
      [
        target("old", 90, "congress-2020", .primary), target("mid", 100, "plan-2023", .primary),
        target("new", 110, "plan-2024", .primary),
      ])
    #expect(later.sources == ["new", "old", "mid"], "later over earlier; the others listed")
    #expect(later.figure == FigureRange(110, 110))
  }

  @Test func ranksTiesAndLowerIsBetter() throws {
    let rate = Fixture.indicator("rate", polarity: .lower)
    let catalog = Fixture.catalog(
      provinces: ["a", "b", "c"], indicators: [rate],
      targets: [
        Fixture.target("ta", "a", "rate", .atMost, 5),
        Fixture.target("tb", "b", "rate", .atMost, 5),
        Fixture.target("tc", "c", "rate", .atMost, 9),
      ])
    let s = try #require(statistic(catalog, "rate"))
    #expect(
      s.rank(of: "a", polarity: .lower)
        == RegionalRank(position: 1, ranked: 3, members: 3, tiedWith: ["b"]))
    #expect(s.rank(of: "c", polarity: .lower)?.position == 3)
    #expect(s.rank(of: "a", polarity: .lower)?.description == "=1 of 3 (3 members)")
    #expect(s.leaders(polarity: .lower).map(\.geo) == ["a", "b"])
    #expect(s.mark(of: "c", polarity: .lower) == .weakness)
    #expect(s.mark(of: "a", polarity: .lower) == .strength)
  }

  @Test func oneProvinceRegion() throws {
    let catalog = Fixture.catalog(
      provinces: ["a"], indicators: [de],
      targets: [Fixture.target("ta", "a", "de", .atLeast, 40, unit: .percentOfGRDP)])
    let s = try #require(statistic(catalog))
    #expect(s.mean == FigureRange(40, 40) && s.median == FigureRange(40, 40))
    #expect(s.rank(of: "a", polarity: .higher)?.position == 1)
    #expect(s.zScore(of: "a", polarity: .higher) == nil)
    #expect(s.percentile(of: "a", polarity: .higher) == 50)
    #expect(s.mark(of: "a", polarity: .higher) == .tooFew)
    #expect(statistic(Fixture.catalog(provinces: ["a"], indicators: [de], targets: [])) == nil)
  }

  @Test func strengthAndWeaknessFollowTheOneStandardDeviationRule() throws {
    let x = Fixture.indicator("x")
    let values: [Double] = [10, 11, 12, 13, 30]
    let names = ["a", "b", "c", "d", "e"]
    let catalog = Fixture.catalog(
      provinces: names, indicators: [x],
      targets: zip(names, values).map { Fixture.target("t\($0)", $0, "x", .equal, $1) })
    let s = try #require(statistic(catalog, "x"))
    // mean 15.2, sd = sqrt((27.04+17.64+10.24+4.84+219.04)/4) = sqrt(69.7) ≈ 8.35
    let z = try #require(s.zScore(of: "e", polarity: .higher))
    #expect(abs(z - (30 - 15.2) / 69.7.squareRoot()) < 1e-12)
    #expect(s.mark(of: "e", polarity: .higher) == .strength)
    #expect(s.mark(of: "a", polarity: .higher) == .neither, "z of a is only −0.62")
    #expect(s.mark(of: "e", polarity: .lower) == .weakness)
  }

  @Test func observationsUseEachMembersLatestValue() throws {
    let catalog = Fixture.catalog(
      provinces: ["a", "b"], indicators: [de],
      targets: [],
      observations: [
        Fixture.observation("a", "de", 2020, 6, unit: .percentOfGRDP),
        Fixture.observation("a", "de", 2022, 8, unit: .percentOfGRDP),
        Fixture.observation("a", "de", 2031, 50, unit: .percentOfGRDP),
        Fixture.observation("b", "de", 2021, 12, unit: .percentOfGRDP),
      ])
    let s = try #require(
      catalog.regionalStatistic(
        indicator: "de", year: 2030, region: "R", geography: .before2025, subject: .observations))
    #expect(s.contributions.map(\.figure.low) == [8, 12])
    #expect(s.contributions.map(\.year) == [2022, 2021])
  }
}
