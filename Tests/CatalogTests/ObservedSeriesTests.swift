import Foundation
import TestSupport
import Testing

@testable import Catalog

/// One observed value per year by the documented rule, conflicts reported, period averages
/// kept apart.
@Suite struct ObservedSeriesTests {
  func observation(
    _ id: String, _ year: Int, _ value: Double, _ confidence: Confidence = .primary,
    approximate: Bool = false, firstYear: Int? = nil
  ) -> Observation {
    var o = TestCatalog.observation("a", "x", year, value)
    o.id = id
    o.provenance.confidence = confidence
    o.isApproximate = approximate
    o.firstYear = firstYear
    return o
  }

  func catalog(_ observations: [Observation]) -> Catalog {
    Catalog(indicators: [TestCatalog.indicator("x")], observations: observations)
  }

  @Test func primaryOverSecondaryOverTranslationThenExactThenFileOrder() {
    let c = catalog([
      observation("press", 2024, 30, .secondary),
      observation("translated", 2024, 31, .translation),
      observation("official-estimate", 2024, 29, approximate: true),
      observation("official", 2024, 28),
      observation("second-official", 2024, 27),
      observation("only", 2023, 20, .translation),
    ])
    let series = c.observedSeries(geo: "a", indicator: "x")
    #expect(series.map(\.year) == [2023, 2024])
    #expect(series[0].chosen.id == "only" && series[0].others.isEmpty && series[0].rule.isEmpty)
    #expect(series[1].chosen.id == "official")
    #expect(
      series[1].others.map(\.id) == ["press", "translated", "official-estimate", "second-official"])
    #expect(series[1].isConflicting)
    #expect(
      series[1].rule
        == "2024: official = 28 used (primary over secondary over translation, exact over "
        + "approximate, then the first in the file); also press = 30, translated = 31, "
        + "official-estimate = 29, second-official = 27")
    #expect(c.latestObserved(geo: "a", indicator: "x", upTo: 2023)?.chosen.id == "only")
  }

  @Test func conflictsListOnlyDisagreeingSources() {
    let c = catalog([
      observation("a1", 2024, 30, .secondary), observation("a2", 2024, 30),
      observation("b1", 2023, 10), observation("b2", 2023, 11, .secondary),
    ])
    let conflicts = c.observationConflicts()
    #expect(conflicts.map(\.chosen.id) == ["b1"], "the same figure twice is no conflict")
    #expect(conflicts.first?.others.map(\.id) == ["b2"])
    #expect(c.observationConflicts(geo: "elsewhere").isEmpty)
  }

  @Test func periodAveragesAreNotAYearsValue() {
    let c = catalog([
      observation("avg", 2025, 5.12, firstYear: 2021), observation("y2024", 2024, 6),
    ])
    #expect(c.observedSeries(geo: "a", indicator: "x").map(\.chosen.id) == ["y2024"])
    #expect(c.periodAverages(geo: "a", indicator: "x").map(\.id) == ["avg"])
    #expect(c.periodAverages(geo: "a", indicator: "x").first?.yearText == "2021–2025")
  }

  /// `2021-2025` in observations.csv is a period; a reversed or malformed one is an error.
  @Test func periodYearsAreReadFromTheFile() throws {
    let dir = try ReferenceOnlyDataset.make("provbench-period")
    defer { try? FileManager.default.removeItem(at: dir) }
    func load(_ year: String) throws -> Result<Catalog, Error> {
      try ReferenceOnlyDataset.writeObservations(
        "o1,son-la,grdp_growth_rate,percent_per_year,\(year),=,5.12,https://example.org,,"
          + "\"bình quân đạt 5,12%/năm\",secondary,\n", in: dir)
      return Result { try CatalogLoader.load(from: dir, displayPath: "d").catalog }
    }
    let period = try load("2021-2025").get().observations.first
    #expect(period?.year == 2025 && period?.firstYear == 2021 && period?.isPeriodAverage == true)
    #expect(try load("2024").get().observations.first?.firstYear == nil)
    for bad in ["2025-2021", "2021-", "2021-2025-2030", "21-25"] {
      #expect(throws: (any Error).self, "\(bad)") { try load(bad).get() }
    }
  }
}
