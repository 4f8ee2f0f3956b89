// libFuzzer harness: the CSV reader on arbitrary bytes (scripts/fuzz CSVReader).
//
// Beyond "no crash", it checks what the reader promises: every error is one located
// diagnostic, every record has a position per field, positions move forward, and writing the
// table back out (every field quoted) and reading it again gives the same table. The loader's
// fast scanner must agree: the same records, lines and (worked out again) positions, and
// `.malformed` exactly when the reader throws.
import Foundation

@testable import Catalog
@testable import Support

let file = "fuzz.csv"

/// libFuzzer's entry: reads `size` bytes at `data` as CSV and traps on a broken promise.
/// Returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let table: CSVTable
  do {
    table = try CSVReader.read(bytes, file: file)
  } catch let error as SupportError {
    checkLocated(error, lines: lineCount(bytes))
    checkScanner(bytes, agreesWith: nil)
    return 0
  } catch {
    fatalError("CSVReader threw a non-Support error: \(error)")
  }
  check(table, lines: lineCount(bytes))
  checkScanner(bytes, agreesWith: table)
  let again: CSVTable
  do {
    again = try CSVReader.read(write(table), file: file)
  } catch {
    fatalError("the table written back does not read again: \(error)")
  }
  guard again.header == table.header, again.records.map(\.fields) == table.records.map(\.fields)
  else { fatalError("the table written back reads differently") }
  return 0
}

/// Upper bound for a line number in `bytes`.
func lineCount(_ bytes: [UInt8]) -> Int {
  bytes.reduce(1) { $1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? $0 + 1 : $0 }
}

func checkLocated(_ error: SupportError, lines: Int) {
  guard case .invalidData(let diagnostics) = error, diagnostics.count == 1,
    let only = diagnostics.first
  else { fatalError("expected one located diagnostic, got \(error)") }
  guard only.severity == .error, only.location.file == file,
    (1...lines).contains(only.location.line), only.location.column >= 1
  else { fatalError("badly located diagnostic: \(only)") }
}

func check(_ table: CSVTable, lines: Int) {
  guard table.header.count == table.headerPositions.count else { fatalError("header positions") }
  var previous = CSVPosition(line: 0, column: 0)
  for record in [CSVRecord(fields: table.header, positions: table.headerPositions)]
    + table.records
  {
    guard !record.fields.isEmpty, record.fields.count == record.positions.count else {
      fatalError("a record needs one position per field: \(record)")
    }
    for position in record.positions {
      guard (1...lines).contains(position.line), position.column >= 1,
        (position.line, position.column) > (previous.line, previous.column)
      else { fatalError("position \(position) after \(previous)") }
      previous = position
    }
  }
}

/// The table as CSV with every field quoted.
func write(_ table: CSVTable) -> [UInt8] {
  func line(_ fields: [String]) -> String {
    fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      .joined(separator: ",")
  }
  let text = ([table.header] + table.records.map(\.fields)).map(line).joined(separator: "\n")
  return Array(text.utf8)
}

/// The streaming path of the loader (`CSVScanner`, `CSVReader.positions`) against the reader.
func checkScanner(_ bytes: [UInt8], agreesWith table: CSVTable?) {
  let stored = CSVBytes(copying: bytes)
  var scanner = CSVScanner(stored.buffer)
  var fields: [String] = []
  var index = 0
  while true {
    switch scanner.next(&fields) {
    case .malformed:
      guard table == nil else { fatalError("the scanner rejects what the reader reads") }
      return
    case .end:
      guard let table else {
        guard index == 0 else { fatalError("the scanner accepts what the reader rejects") }
        return  // an empty file: the reader's "file is empty"
      }
      guard index == table.records.count + 1 else {
        fatalError("the scanner found \(index) records, the reader \(table.records.count + 1)")
      }
      return
    case .record(let offset, let line):
      guard let table else { continue }  // the scanner may stop later than the reader
      guard index <= table.records.count else { fatalError("the scanner found extra records") }
      let record =
        index == 0
        ? CSVRecord(fields: table.header, positions: table.headerPositions)
        : table.records[index - 1]
      let scanned = index == 0 ? fields.map(Text.trimmed) : fields
      guard scanned == record.fields, line == record.line,
        CSVReader.positions(in: stored, recordAt: offset, line: line) == record.positions
      else { fatalError("record \(index) differs: \(fields) at line \(line), \(record)") }
      index += 1
    }
  }
}
