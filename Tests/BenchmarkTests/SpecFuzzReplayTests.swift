import Foundation
import TestSupport
import Testing

@testable import Benchmark
@testable import Catalog
@testable import Composite
@testable import Synthetic

/// Replays the inputs of the spec harness (`Fuzz/Spec`, see `scripts/fuzz`): every crasher it
/// found and every seed, through the same calls and with the same checks, so a crash there is
/// a crash here and a wrong answer fails the test.
@Suite struct SpecFuzzReplayTests {
  static let fuzz = Paths.fuzz
  static let specPath = "composite/spec.json"

  static func files(_ folder: String) -> [URL] {
    let directory = fuzz.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map {
      directory.appendingPathComponent($0)
    }
  }

  static let coinr: Result<CompositeInput, any Error> = Result {
    try CompositeLoader.load(
      idata: fuzz.appendingPathComponent("Spec/data/idata.csv"),
      imeta: fuzz.appendingPathComponent("Spec/data/imeta.csv"), displayPaths: nil)
  }

  /// The harness's synthetic catalog: 8 provinces × 6 indicators, seed 7.
  static let catalog: Result<Catalog, any Error> = Result {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("provbench-spec-replay-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try SyntheticDataset.write(
      SyntheticDataset.Options(units: 8, indicators: 6, seed: 7), to: directory,
      displayPath: "synthetic")
    return try CatalogLoader.load(from: directory, displayPath: "synthetic").catalog
  }

  /// What happened to one input: refused at reading, refused by the engine, or built.
  enum Outcome: Equatable { case refused, failedInEngine, built }

  /// Runs `text` as the harness does and checks what it checks.
  @discardableResult
  static func replay(_ text: String) throws -> Outcome {
    let spec: CompositeSpecFile
    do {
      spec = try CompositeSpecFile.parse(
        text, directory: fuzz.appendingPathComponent("Spec"), displayPath: specPath)
    } catch {
      expectRefusal(error)
      return .refused
    }
    do {
      let input: CompositeInput
      switch spec.source {
      case .coinr: input = try coinr.get()
      case .catalog: input = try spec.locating { try spec.input(catalog: try catalog.get()) }
      }
      let result = try spec.locating { try CompositePipeline.run(input, spec: spec.build) }
      #expect(result.aggregated.unitCodes.count <= input.data.unitCodes.count)
      #expect(!result.aggregated.values.contains { $0.isInfinite })
      let uncertainty = try spec.locating {
        try UncertaintyAnalysis.run(
          input, nominal: spec.build, uncertainty: spec.uncertainty(runs: 3, seed: 1, jobs: 1))
      }
      let n = Double(uncertainty.units.count)
      for unit in uncertainty.units {
        for value in [unit.meanRank, unit.medianRank, unit.q5Rank, unit.q95Rank] {
          #expect(value.isFinite && value >= 1 && value <= n, "\(unit.unit): \(value)")
        }
        #expect(!unit.nominalScore.isInfinite)
      }
      return .built
    } catch {
      expectRefusal(error)
      return .failedInEngine
    }
  }

  static func expectRefusal(_ error: any Error) {
    switch error {
    case CompositeError.invalidSpec(let diagnostics):
      #expect(!diagnostics.isEmpty)
      for diagnostic in diagnostics {
        #expect(diagnostic.location.file == specPath, "\(diagnostic)")
        #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        #expect(!diagnostic.message.isEmpty && !diagnostic.message.contains("\n"))
      }
    case let error as CompositeError:
      #expect(!error.description.isEmpty && !error.description.contains("\n"))
    default:
      Issue.record("unexpected error type: \(error)")
    }
  }

  @Test(arguments: files("Crashers/Spec"))
  func crasherIsHandled(_ url: URL) throws {
    try Self.replay(String(decoding: try Data(contentsOf: url), as: UTF8.self))
  }

  /// The replay works: the shipped specs and the seeds for every setting build, on COINr data
  /// and on the catalog.
  @Test func seedsReplay() throws {
    let seeds = Self.files("Corpus/Spec")
    #expect(seeds.count >= 30)
    var outcomes: [String: Outcome] = [:]
    for url in seeds {
      outcomes[url.lastPathComponent] = try Self.replay(
        String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
    #expect(outcomes["coinr-00.json"] == .built)
    #expect(outcomes["catalog-00.json"] == .built)
    #expect(outcomes.values.filter { $0 == .built }.count >= 20, "\(outcomes)")
  }

  /// A spec broken in each way the format can be reaches the checks as a located refusal.
  @Test func brokenSpecsAreRefusedWithALocation() throws {
    for text in [
      "", "[]", "{\"source\": {}}", "{\"source\": {\"coinr\": {\"idata\": 1}}}",
      "{\"source\": {\"coinr\": {\"idata\": \"a\", \"imeta\": \"b\"}},"
        + " \"build\": {\"winsorisation\": {\"max_points\": 9.3e18}}}",
    ] {
      #expect(try Self.replay(text) == .refused, "\(text)")
    }
  }
}
