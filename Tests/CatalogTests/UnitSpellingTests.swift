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
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-units-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets")
    for file in ["provinces.csv", "regions.csv", "indicators.csv"] {
      try FileManager.default.copyItem(
        at: shipped.appendingPathComponent(file), to: dir.appendingPathComponent(file))
    }
    try "id,geo,issuer,number,date,kind,title,implements,file,url,language,confidence,note\n"
      .write(to: dir.appendingPathComponent("documents.csv"), atomically: true, encoding: .utf8)
    try
      "id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,label,note\n"
      .write(to: dir.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
    try
      ("id,geo,indicator,unit,year,comparator,value,source,section,quote,confidence,note\n"
      + "o1,son-la,export_value,usd_billion,2025,=,8.2,https://example.org,,"
      + "\"kim ngạch xuất khẩu đạt 8,2 tỷ USD\",secondary,\n").write(
        to: dir.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
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
