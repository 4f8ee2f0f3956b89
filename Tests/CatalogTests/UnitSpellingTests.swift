import Foundation
import Testing

@testable import Catalog

/// The CSV spellings of the US-dollar and visit units, read back from a catalog on disk.
@Suite struct UnitSpellingTests {
  @Test func dollarAndVisitSpellingsAreTheirUnits() {
    #expect(Unit(rawValue: "usd_billion") == .usdBillion)
    #expect(Unit(rawValue: "usd_million") == .usdMillion)
    #expect(Unit(rawValue: "million_visits") == .millionVisits)
    #expect(Unit(rawValue: "visits") == .visits)
    #expect(Unit(rawValue: "billion_usd") == nil)
  }

  /// An observation of export value in `usd_billion` loads with that unit and its figure; the
  /// shipped indicators give export value, FDI attracted and tourist arrivals their units.
  @Test func aCatalogRowInBillionDollarsRoundTrips() throws {
    let dir = try ReferenceOnlyDataset.make("provbench-units")
    defer { try? FileManager.default.removeItem(at: dir) }
    try ReferenceOnlyDataset.writeObservations(
      "o1,son-la,export_value,usd_billion,2025,=,8.2,https://example.org,,"
        + "\"kim ngạch xuất khẩu đạt 8,2 tỷ USD\",secondary,\n", in: dir)
    let catalog = try CatalogLoader.load(from: dir, displayPath: "d").catalog
    let row = try #require(catalog.observations.first)
    #expect(row.unit == .usdBillion && row.value == 8.2)
    let units = Dictionary(
      catalog.indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
    #expect(units["export_value"] == .usdBillion)
    #expect(units["fdi_attracted"] == .usdBillion)
    #expect(units["tourist_arrivals"] == .millionVisits)
  }
}
