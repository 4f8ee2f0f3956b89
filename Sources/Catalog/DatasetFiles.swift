import Foundation
import Support

/// Opens the CSV files of a dataset directory, logging unreadable ones.
struct DatasetFiles {
  let directory: URL
  let base: String

  /// The rows of one file, or nil if the file could not be used at all (the log says why).
  func rows(
    _ name: String, _ schema: Schema, _ log: inout DiagnosticLog, optional: Bool = false,
    displayPath: String? = nil
  ) -> ReadRows? {
    var rows: [RowReader] = []
    let rejected = stream(
      name, schema, &log, optional: optional, displayPath: displayPath,
      rollback: { rows.removeAll() }, { row, _ in rows.append(row) })
    return rejected.map { ReadRows(rows: rows, rejectedIDs: $0) }
  }

  /// Reads one file record by record, handing each row of the right shape to `body`.
  ///
  /// A file that turns out to be malformed half-way (a stray quote, invalid UTF-8) is
  /// reported exactly as `CSVReader.read` reports it, and nothing from it counts: the log is
  /// put back as it was and `rollback` must undo whatever `body` did.
  /// - Returns: the ids of rows rejected for their shape, or nil if the file could not be
  ///   used at all (the log says why).
  @discardableResult
  func stream(
    _ name: String, _ schema: Schema, _ log: inout DiagnosticLog, optional: Bool = false,
    displayPath: String? = nil, expect: (Int) -> Void = { _ in }, rollback: () -> Void,
    _ body: (RowReader, inout DiagnosticLog) -> Void
  ) -> Set<String>? {
    let url = directory.appendingPathComponent(name)
    let path = displayPath ?? "\(base)/\(name)"
    if optional && !FileManager.default.fileExists(atPath: url.path) { return [] }
    let bytes: CSVBytes
    do {
      bytes = try CSVBytes(contentsOf: url, displayPath: path, within: directory)
    } catch let error as SupportError {
      if case .unreadableFile(_, let reason) = error {
        log.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file: \(reason)")
      } else {
        log.append(contentsOf: error.diagnostics)
      }
      return nil
    } catch {
      log.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file: \(error)")
      return nil
    }
    let mark = log.count
    if let rejected = scan(bytes, path, schema, &log, expect, body) { return rejected }
    log.truncate(to: mark)
    rollback()
    return reread(bytes, path, schema, &log, body)
  }

  /// The fast path; `.none` when the file is malformed (nothing is rolled back here).
  private func scan(
    _ bytes: CSVBytes, _ path: String, _ schema: Schema, _ log: inout DiagnosticLog,
    _ expect: (Int) -> Void, _ body: (RowReader, inout DiagnosticLog) -> Void
  ) -> Set<String>?? {
    var scanner = CSVScanner(bytes.buffer)
    var fields: [String] = []
    guard case .record(let headerOffset, let headerLine) = scanner.next(&fields) else {
      return .none
    }
    let header = fields.map(Text.trimmed)
    let shape = RowShape(
      file: path, header: header,
      headerPositions: CSVReader.positions(in: bytes, recordAt: headerOffset, line: headerLine),
      schema, &log)
    var rejected: Set<String> = []
    var records = 0
    while true {
      switch scanner.next(&fields) {
      case .malformed: return .none
      case .end: return .some(shape == nil ? nil : rejected)
      case .record(let offset, let line):
        records += 1
        if records == 4096 {  // reserve room for the rest, estimated from the first records
          expect(Int(Double(bytes.buffer.count) / Double(max(1, offset)) * 4096 * 1.05))
        }
        guard let shape else { continue }  // still checked for being well-formed
        if let row = shape.reader(
          fields, line: line, positions: .recorded(bytes, offset: offset, line: line),
          clean: scanner.clean, &log, rejected: &rejected)
        {
          body(row, &log)
        }
        bytes.release(before: offset)
      }
    }
  }

  /// The reference path: reads the whole file with `CSVReader.read`.
  private func reread(
    _ bytes: CSVBytes, _ path: String, _ schema: Schema, _ log: inout DiagnosticLog,
    _ body: (RowReader, inout DiagnosticLog) -> Void
  ) -> Set<String>? {
    do {
      let table = try CSVReader.read(bytes.buffer, file: path)
      guard let read = table.rows(schema, &log) else { return nil }
      for row in read.rows { body(row, &log) }
      return read.rejectedIDs
    } catch let error as SupportError {
      log.append(contentsOf: error.diagnostics)
    } catch {
      log.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file: \(error)")
    }
    return nil
  }
}
