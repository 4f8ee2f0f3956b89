import Foundation
import Testing

@testable import Composite

@Suite struct ReferenceFixturesTests {
  static let names = [
    "idata.csv", "imeta.csv", "raw.csv", "denominated.csv", "imputed.csv", "screened.csv",
    "treated.csv", "treated_details.csv", "normalised.csv", "aggregated.csv", "results_full.csv",
  ]

  @Test func referenceFilesAreFound() throws {
    let directory = try ReferenceFixtures.directory()
    for name in Self.names {
      #expect(
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path),
        "\(name) in \(directory.path)")
    }
  }

  /// The copies in Fixtures/ are the peer's files byte for byte (checked when the peer
  /// directory is next to the repository, as on the development machine).
  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: ReferenceFixtures.peer.path)))
  func fixtureCopiesMatchThePeerDirectory() throws {
    for name in Self.names {
      let copy = FileManager.default.contents(
        atPath: ReferenceFixtures.fixtures.appendingPathComponent(name).path)
      let peer = FileManager.default.contents(
        atPath: ReferenceFixtures.peer.appendingPathComponent(name).path)
      #expect(copy != nil && copy == peer, "\(name)")
    }
  }

  @Test func rawDataMatchesTheLoadedInput() throws {
    let input = try ReferenceFixtures.asem.get()
    let raw = try ReferenceFixtures.table("raw.csv", unitCodes: input.data.unitCodes)
    let (worst, mismatches) = ReferenceFixtures.compare(input.data.table, raw)
    #expect(mismatches.isEmpty && worst == 0, "\(mismatches.prefix(3))")
  }
}
