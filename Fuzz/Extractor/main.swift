// libFuzzer harness: the OCR-robust target extractor (scripts/fuzz Extractor).
//
// The bytes go through `UTF8Text.decode` as `provbench extract` reads a plan; bytes that are
// not UTF-8 must give a located error, and are then also extracted from as decoded with
// replacement characters, so every input reaches the extractor. The extractor uses the
// shipped lexicon and indicators. Each candidate must be well formed: unique id, lines inside
// the text, a finite figure, a confidence in 0…1.
import Foundation

@testable import Catalog
@testable import Extraction
@testable import Support

let extractor: TargetExtractor = {
  let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets")
  do {
    let indicators = try CatalogLoader.load(from: datasets, displayPath: "datasets").catalog
      .indicators
    let lexicon = try Lexicon.load(
      from: datasets.appendingPathComponent("lexicon.csv"), displayPath: "datasets/lexicon.csv",
      indicators: indicators)
    return TargetExtractor(lexicon: lexicon.lexicon, indicators: indicators)
  } catch {
    fatalError("cannot load the lexicon and indicators from \(datasets.path): \(error)")
  }
}()

/// libFuzzer's entry: extracts targets from `size` bytes at `data`, trapping on a bad candidate.
/// Returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let text: String
  do {
    text = try UTF8Text.decode(bytes, file: "plan.txt")
  } catch let error as CatalogError {
    guard case .invalidData(let diagnostics) = error, diagnostics.count == 1,
      let only = diagnostics.first, only.location.line >= 1, only.location.column >= 1
    else { fatalError("expected one located diagnostic, got \(error)") }
    text = String(decoding: bytes, as: UTF8.self)
  } catch {
    fatalError("UTF8Text.decode threw a non-catalog error: \(error)")
  }
  let lines = text.unicodeScalars.count(where: { $0 == "\n" || $0 == "\r" }) + 1
  let candidates = extractor.extract(text, geo: "fuzz", document: "fuzz-doc")
  var ids: Set<String> = []
  for candidate in candidates {
    guard ids.insert(candidate.id).inserted else { fatalError("duplicate id \(candidate.id)") }
    guard candidate.lines.lowerBound >= 1, candidate.lines.upperBound <= lines else {
      fatalError("lines \(candidate.linesText) outside 1...\(lines)")
    }
    guard candidate.quantity.value.isFinite,
      candidate.quantity.valueHigh.map({ $0.isFinite && $0 >= candidate.quantity.value }) ?? true,
      candidate.confidence.isFinite, (0...1).contains(candidate.confidence)
    else { fatalError("bad figure or confidence in \(candidate)") }
    guard candidate.csvFields.count == CandidateTarget.csvColumns.count else {
      fatalError(
        "\(candidate.csvFields.count) fields for \(CandidateTarget.csvColumns.count) columns")
    }
  }
  return 0
}
