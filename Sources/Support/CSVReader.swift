import Foundation

/// One record of a CSV file with the position of each field, for located messages.
public struct CSVRecord: Sendable, Hashable {
  /// The field values, unquoted, `""` turned into `"`.
  public var fields: [String]
  /// Line and column (1-based, Unicode scalars) where each field starts.
  public var positions: [CSVPosition]

  /// The line on which the record starts.
  public var line: Int { positions.first?.line ?? 0 }

  /// A record of `fields`, each starting at the position of the same index.
  public init(fields: [String], positions: [CSVPosition]) {
    self.fields = fields
    self.positions = positions
  }
}

/// A line and column inside a CSV file.
public struct CSVPosition: Sendable, Hashable {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counted in Unicode scalars.
  public var column: Int

  /// The position at `line` and `column`, both from 1.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// A parsed CSV file: the header and the records after it.
public struct CSVTable: Sendable {
  /// The path used in messages.
  public var file: String
  /// The header's field names, trimmed.
  public var header: [String]
  /// Where each header field starts, for messages about a column.
  public var headerPositions: [CSVPosition]
  /// The records after the header; blank lines are not records.
  public var records: [CSVRecord]

  /// The table of file `file`: its header, where each header field starts, and its records.
  public init(
    file: String, header: [String], headerPositions: [CSVPosition], records: [CSVRecord]
  ) {
    self.file = file
    self.header = header
    self.headerPositions = headerPositions
    self.records = records
  }

  /// The location of field `index` of `record` (or of the record start if it has fewer fields).
  public func location(of record: CSVRecord, field index: Int) -> SourceLocation {
    let position =
      index < record.positions.count
      ? record.positions[index] : (record.positions.last ?? CSVPosition(line: 0, column: 1))
    return SourceLocation(file: file, line: position.line, column: position.column)
  }
}

/// An RFC 4180 reader: UTF-8 (optional BOM), LF, CRLF or CR line ends, quoted fields
/// with embedded commas, quotes and newlines.
///
/// It is strict where a spreadsheet would silently guess: a quote inside an unquoted field,
/// text after a closing quote, an unterminated quote and invalid UTF-8 are errors with a
/// location.
public enum CSVReader {
  /// Parses `bytes` as CSV whose first record is the header.
  /// - Parameters:
  ///   - bytes: the file content.
  ///   - file: the path used in messages.
  /// - Returns: the table; an empty file gives an error, not an empty table.
  /// - Throws: `SupportError.invalidData` with one located diagnostic.
  /// - Complexity: O(n) in the number of bytes.
  public static func read(_ bytes: [UInt8], file: String) throws -> CSVTable {
    try bytes.withUnsafeBufferPointer { try read($0, file: file) }
  }

  package static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> CSVTable {
    try validateUTF8(bytes, file: file)
    var parser = Parser(bytes: bytes, file: file)
    var records = try parser.parseAll()
    guard !records.isEmpty else {
      throw SupportError.invalidData([
        Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "file is empty")
      ])
    }
    let header = records.removeFirst()
    return CSVTable(
      file: file, header: header.fields.map(Text.trimmed), headerPositions: header.positions,
      records: records)
  }

  /// The field positions of the record that starts at byte `offset` on `line`.
  /// - Precondition: a record of a file that parses without error starts there.
  package static func positions(in bytes: CSVBytes, recordAt offset: Int, line: Int)
    -> [CSVPosition]
  {
    var parser = Parser(bytes: bytes.buffer, file: "", index: offset, line: line)
    return (try? parser.parseRecord().positions) ?? [CSVPosition(line: line, column: 1)]
  }

  /// Reads and parses the file at `url`, naming it `displayPath` in messages.
  public static func read(contentsOf url: URL, displayPath: String) throws -> CSVTable {
    try read(FileInput.bytes(of: url, displayPath: displayPath), file: displayPath)
  }

  private static func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
    if UTF8Scan.isValid(bytes) { return }  // the fast check; the loop below locates an error
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    var afterCarriageReturn = false
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" && afterCarriageReturn {
          column = 1  // the LF of a CRLF: the CR already started the line
        } else if scalar == "\n" || scalar == "\r" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        afterCarriageReturn = scalar == "\r"
      case .emptyInput:
        return
      case .error:
        throw SupportError.invalidData([
          Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column),
            "invalid UTF-8 byte sequence (save the file as UTF-8)")
        ])
      }
    }
  }
}

private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// The byte-level state machine behind `CSVReader`; it keeps line and column as it goes so
/// positions cost nothing extra.
private struct Parser {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  var index = 0
  var line = 1
  var column = 1

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// A parser positioned at the start of a record.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String, index: Int, line: Int) {
    self.bytes = bytes
    self.file = file
    self.index = index
    self.line = line
  }

  mutating func parseAll() throws -> [CSVRecord] {
    var records: [CSVRecord] = []
    while index < bytes.count {
      if atLineEnd() {
        consumeLineEnd()  // a blank line carries nothing: it is not a record
        continue
      }
      records.append(try parseRecord())
    }
    return records
  }

  private func atLineEnd() -> Bool {
    bytes[index] == newline || bytes[index] == carriageReturn
  }

  private mutating func consumeLineEnd() {
    if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == newline {
      index += 1
    }
    index += 1
    line += 1
    column = 1
  }

  private mutating func advance() {
    if bytes[index] & 0xC0 != 0x80 { column += 1 }
    index += 1
  }

  mutating func parseRecord() throws -> CSVRecord {
    var fields: [String] = []
    var positions: [CSVPosition] = []
    while true {
      positions.append(CSVPosition(line: line, column: column))
      fields.append(try parseField())
      if index >= bytes.count { break }
      if bytes[index] == comma {
        advance()
        continue
      }
      consumeLineEnd()
      break
    }
    return CSVRecord(fields: fields, positions: positions)
  }

  private mutating func parseField() throws -> String {
    guard index < bytes.count, bytes[index] == quote else { return try parseUnquoted() }
    let opening = SourceLocation(file: file, line: line, column: column)
    advance()
    var content: [UInt8] = []
    while true {
      guard index < bytes.count else {
        throw SupportError.invalidData([
          Diagnostic(.error, at: opening, "quoted field is never closed (missing '\"')")
        ])
      }
      let byte = bytes[index]
      if byte == quote {
        if index + 1 < bytes.count, bytes[index + 1] == quote {
          content.append(quote)
          advance()
          advance()
          continue
        }
        advance()
        break
      }
      if byte == newline || byte == carriageReturn {
        content.append(byte)
        let isCRLF =
          byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == newline
        if isCRLF { content.append(newline) }
        consumeLineEnd()
        continue
      }
      content.append(byte)
      advance()
    }
    if index < bytes.count, bytes[index] != comma, !atLineEnd() {
      throw SupportError.invalidData([
        Diagnostic(
          .error, at: SourceLocation(file: file, line: line, column: column),
          "unexpected text after a closing quote (a quote inside a field is written '\"\"')")
      ])
    }
    return String(decoding: content, as: UTF8.self)
  }

  private mutating func parseUnquoted() throws -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == comma || byte == newline || byte == carriageReturn { break }
      if byte == quote {
        throw SupportError.invalidData([
          Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column),
            "quote inside an unquoted field (quote the whole field and write '\"\"')")
        ])
      }
      advance()
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }
}
