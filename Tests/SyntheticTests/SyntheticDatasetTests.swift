import Foundation
import Testing

@testable import Catalog
@testable import Synthetic

@Suite struct SyntheticDatasetTests {
  func write(_ options: SyntheticDataset.Options) throws -> (URL, SyntheticDataset.Summary) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("synthetic-\(UUID().uuidString)")
    let summary = try SyntheticDataset.write(options, to: directory, displayPath: "synthetic")
    return (directory, summary)
  }

  @Test func aDatasetLoadsWithoutErrorsOrWarnings() throws {
    let (directory, summary) = try write(.init(units: 120, indicators: 12, seed: 3))
    defer { try? FileManager.default.removeItem(at: directory) }
    let loaded = try CatalogLoader.load(from: directory, displayPath: "synthetic")
    #expect(loaded.warnings.isEmpty)
    let catalog = loaded.catalog
    #expect(catalog.provinces.count == 120 && summary.provinces == 120)
    #expect(catalog.indicators.count == 14)  // 12 and the weights grdp, population
    #expect(catalog.targets.count == summary.targets)
    #expect(catalog.observations.count == summary.observations)
    #expect(catalog.targets.count == 120 * 12 + 12 + 4)  // provinces, nation, one second plan
    #expect(catalog.observations.count == 120 * (12 + 2) * 2)
    #expect(catalog.targets.contains { $0.kind == .qualitative })
    #expect(catalog.targets.contains { $0.quantity?.comparator == .range })
    #expect(catalog.targets.contains { $0.quantity?.comparator == .approximately })
    #expect(!catalog.conflicts(geo: "p00050").isEmpty)
    #expect(catalog.targets.allSatisfy { catalog.quoteLines(of: $0) != nil || $0.geo == "VN" })
  }

  @Test func oneSeedGivesByteIdenticalFiles() throws {
    let options = SyntheticDataset.Options(units: 30, indicators: 7, seed: 42)
    let (first, _) = try write(options)
    let (second, _) = try write(options)
    let (other, _) = try write(.init(units: 30, indicators: 7, seed: 43))
    defer { for url in [first, second, other] { try? FileManager.default.removeItem(at: url) } }
    let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
    #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: second.path)).sorted())
    for file in files {
      let a = FileManager.default.contents(atPath: first.appendingPathComponent(file).path)
      let b = FileManager.default.contents(atPath: second.appendingPathComponent(file).path)
      #expect(a == b, "\(file)")
    }
    let targets = { (url: URL) in
      FileManager.default.contents(atPath: url.appendingPathComponent("targets.csv").path)
    }
    #expect(targets(first) != targets(other))
  }

  @Test func anExistingDirectoryIsRefused() throws {
    let (directory, _) = try write(.init(units: 1, indicators: 1, seed: 1))
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: SyntheticDataset.WriteError.self) {
      try SyntheticDataset.write(
        .init(units: 1, indicators: 1, seed: 1), to: directory, displayPath: "d")
    }
  }
}
