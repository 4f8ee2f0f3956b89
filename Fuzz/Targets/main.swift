// libFuzzer harness: target rows through the catalog loader (scripts/fuzz Targets).
//
// The input is the body of a targets.csv after the fixed header below, in a scratch copy of
// the tests' small valid dataset (Tests/CatalogTests/Fixtures/valid): `CatalogLoader.load`
// reads it exactly as `provbench` would, so the CSV reader, the header check, the decoding of
// quantity, comparator, year and numbers, the reference and quote checks and the consistency
// check all see it. Either the load fails with located errors, or every non-empty row became
// a well-formed target: no row is lost silently.
import Foundation

@testable import Catalog
@testable import Support

let header =
  "id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,label,"
  + "confidence,caveat,note\n"

/// A scratch dataset directory: the valid fixture without its targets.csv; removed at exit.
let scratch: URL = {
  let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/CatalogTests/Fixtures/valid")
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("provbench-fuzz-targets-\(ProcessInfo.processInfo.processIdentifier)")
  do {
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.copyItem(at: fixture, to: directory)
  } catch {
    fatalError("cannot copy \(fixture.path) to \(directory.path): \(error)")
  }
  atexit { try? FileManager.default.removeItem(at: scratch) }
  return directory
}()

/// libFuzzer's entry: loads `size` bytes at `data` as targets.csv rows, trapping on a lost row.
/// Returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTargets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(header.utf8) + Array(UnsafeBufferPointer(start: data, count: size))
  let file = scratch.appendingPathComponent("targets.csv")
  guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes)) else {
    fatalError("cannot write \(file.path)")
  }
  do {
    let loaded = try CatalogLoader.load(from: scratch, displayPath: "datasets")
    checkLocated(loaded.warnings)
    // Every record with a non-blank field is a target.
    let table = try CSVReader.read(bytes, file: "datasets/targets.csv")
    let rows = table.records.filter { !$0.fields.allSatisfy { Text.trimmed($0).isEmpty } }
    guard loaded.catalog.targets.count == rows.count else {
      fatalError("\(rows.count) rows but \(loaded.catalog.targets.count) targets, and no error")
    }
    loaded.catalog.targets.forEach(check)
  } catch let error as CatalogError {
    guard case .invalidData(let diagnostics) = error,
      diagnostics.contains(where: { $0.severity == .error })
    else { fatalError("expected located errors, got \(error)") }
    checkLocated(diagnostics)
  } catch {
    fatalError("the loader threw a non-catalog error: \(error)")
  }
  return 0
}

/// Each diagnostic names a dataset file, a line and a column, on one line.
func checkLocated(_ diagnostics: [Diagnostic]) {
  for diagnostic in diagnostics {
    guard diagnostic.location.file.hasPrefix("datasets/"), diagnostic.location.line >= 1,
      diagnostic.location.column >= 1, !diagnostic.description.contains("\n"),
      !diagnostic.description.contains("\r")
    else { fatalError("badly located or multi-line diagnostic: \(diagnostic)") }
  }
}

/// What a loaded target promises whatever the input.
func check(_ target: Target) {
  guard !target.id.isEmpty, !target.geo.isEmpty, !target.indicator.isEmpty else {
    fatalError("empty id, geo or indicator in \(target)")
  }
  if let quantity = target.quantity {
    guard quantity.value.isFinite,
      quantity.valueHigh.map({ $0.isFinite && $0 >= quantity.value }) ?? true
    else { fatalError("bad quantity \(quantity)") }
    _ = quantity.interval
  } else if target.kind != .qualitative {
    fatalError("a \(target.kind) target without a quantity")
  }
  if let horizon = target.horizon, Horizon(csv: horizon.csv) != horizon {
    fatalError("horizon \(horizon) does not read back")
  }
}
