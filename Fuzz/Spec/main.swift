// libFuzzer harness: composite spec JSON through validation and the engine (scripts/fuzz Spec).
//
// The input is a spec file's text. It is read as `index` and `uncertainty` read it; a spec
// that reads is then run: a COINr source on the small data beside this file (Fuzz/Spec/data:
// 8 units, 6 indicators with a missing value, a zero, a constant column, a denominator and a
// group; the spec's own paths are replaced so every input reaches the engine), a catalog
// source on a synthetic dataset of 8 provinces × 6 indicators made once at start. The index is
// built and an uncertainty analysis of 3 runs is made.
//
// Checks: every refusal is a located error in the spec (line and column from 1, one line) or
// a `CompositeError` about the data; no other error, no trap; every score is finite, every
// rank within 1…units, every rank statistic finite.
import Foundation

@testable import Benchmark
@testable import Catalog
@testable import Composite
@testable import Support
@testable import Synthetic

let specPath = "composite/spec.json"

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The COINr input every COINr spec is run on.
let coinr: CompositeInput = {
  do {
    return try CompositeLoader.load(
      idata: here.appendingPathComponent("data/idata.csv"),
      imeta: here.appendingPathComponent("data/imeta.csv"), displayPaths: nil)
  } catch {
    fatalError("cannot load Fuzz/Spec/data: \(error)")
  }
}()

/// A synthetic catalog (8 provinces × 6 indicators i0001…i0006, region NMM, seed 7).
let catalog: Catalog = {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("provbench-fuzz-spec-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: directory) }
  do {
    try? FileManager.default.removeItem(at: directory)
    _ = try SyntheticDataset.write(
      SyntheticDataset.Options(units: 8, indicators: 6, seed: 7), to: directory,
      displayPath: "synthetic")
    return try CatalogLoader.load(from: directory, displayPath: "synthetic").catalog
  } catch {
    fatalError("cannot make the synthetic catalog: \(error)")
  }
}()

/// libFuzzer's entry: reads `size` bytes at `data` as a spec and runs it, trapping on a failure.
/// Returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let spec: CompositeSpecFile
  do {
    spec = try CompositeSpecFile.parse(text, directory: here, displayPath: specPath)
  } catch {
    checkRefusal(error)
    return 0
  }
  do {
    let input: CompositeInput
    switch spec.source {
    case .coinr: input = coinr
    case .catalog: input = try spec.locating { try spec.input(catalog: catalog) }
    }
    let result = try spec.locating { try CompositePipeline.run(input, spec: spec.build) }
    check(result.aggregated, units: input.data.unitCodes.count)
    let uncertainty = try spec.locating {
      try UncertaintyAnalysis.run(
        input, nominal: spec.build, uncertainty: spec.uncertainty(runs: 3, seed: 1, jobs: 1))
    }
    check(uncertainty)
  } catch {
    checkRefusal(error)
  }
  return 0
}

/// A refusal is located errors in the spec, or an engine error about the data.
func checkRefusal(_ error: any Error) {
  switch error {
  case CompositeError.invalidSpec(let diagnostics):
    guard !diagnostics.isEmpty else { fatalError("invalidSpec without a diagnostic") }
    for diagnostic in diagnostics {
      guard diagnostic.location.file == specPath, diagnostic.location.line >= 1,
        diagnostic.location.column >= 1, !diagnostic.message.contains("\n"),
        !diagnostic.message.isEmpty
      else { fatalError("badly located or worded diagnostic: \(diagnostic)") }
    }
  case let error as CompositeError:
    let text = error.description
    guard !text.isEmpty, !text.contains("\n") else { fatalError("badly worded error: \(text)") }
  default:
    fatalError("unexpected error type: \(error)")
  }
}

/// Scores are finite or missing (NaN marks missing in a table only where data are missing:
/// an aggregate of nothing); a table never holds an infinity.
func check(_ table: CompositeTable, units: Int) {
  guard table.unitCodes.count <= units else { fatalError("more units out than in") }
  for value in table.values where value.isInfinite {
    fatalError("an infinite score in \(table.columnCodes)")
  }
}

func check(_ result: UncertaintyResult) {
  let n = Double(result.units.count)
  for unit in result.units {
    for value in [unit.meanRank, unit.medianRank, unit.q5Rank, unit.q95Rank] {
      guard value.isFinite, value >= 1, value <= n else {
        fatalError("rank statistic \(value) of \(unit.unit) outside 1…\(n)")
      }
    }
    if let rank = unit.nominalRank, !(1...result.units.count).contains(rank) {
      fatalError("nominal rank \(rank) outside 1…\(result.units.count)")
    }
    guard unit.nominalScore.isFinite || unit.nominalScore.isNaN else {
      fatalError("infinite nominal score of \(unit.unit)")
    }
  }
}
