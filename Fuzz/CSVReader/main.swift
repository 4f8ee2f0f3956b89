// libFuzzer harness: the CSV reader on arbitrary bytes (scripts/fuzz CSVReader).
//
// Beyond "no crash", it checks what the reader promises: every error is one located
// diagnostic, every record has a position per field, positions move forward, and writing the
// table back out (every field quoted) and reading it again gives the same table.
import Foundation

@testable import Catalog

let file = "fuzz.csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let table: CSVTable
  do {
    table = try CSVReader.read(bytes, file: file)
  } catch let error as CatalogError {
    checkLocated(error, lines: lineCount(bytes))
    return 0
  } catch {
    fatalError("CSVReader threw a non-catalog error: \(error)")
  }
  check(table, lines: lineCount(bytes))
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

func checkLocated(_ error: CatalogError, lines: Int) {
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
