import Support

/// The columns a CSV file must and may have.
package struct Schema: Sendable {
  package var required: [String]
  package var optional: [String] = []

  package init(required: [String], optional: [String] = []) {
    self.required = required
    self.optional = optional
  }
}

/// Reads the named fields of one CSV record and logs located errors for bad values.
///
/// Fields are named by their header spelling (`"value_high"`) or, on the hot paths of the
/// loader, by `Column` (`.valueHigh`), which is an array index instead of a hash lookup.
package struct RowReader {
  package let file: String
  /// The record's fields as written (unquoted, `""` turned into `"`).
  package let fields: [String]
  package let columns: ColumnMap
  /// The line on which the record starts.
  package let line: Int
  package let positions: RecordPositions
  /// Bit i set: field i is known to be trimmed and in NFC already (see `UTF8Scan.form`).
  package var clean: UInt64 = 0

  /// The field's text, trimmed and in NFC; empty if the column is absent.
  package func text(_ column: String) -> String { text(at: columns[column]) }
  package func text(_ column: Column) -> String { text(at: columns[column]) }

  private func text(at index: Int?) -> String {
    guard let index, index < fields.count else { return "" }
    if index < 64 && clean & (1 << UInt64(index)) != 0 { return fields[index] }
    return Text.nfc(Text.trimmed(fields[index]))
  }

  /// The field's text exactly as written, in NFC (quotes keep their inner white space).
  package func raw(_ column: String) -> String {
    guard let index = columns[column], index < fields.count else { return "" }
    return Text.nfc(fields[index])
  }

  package func location(_ column: String) -> SourceLocation {
    location(field: columns[column] ?? 0)
  }
  package func location(_ column: Column) -> SourceLocation {
    location(field: columns[column] ?? 0)
  }

  /// The location of field `index` (or of the record's last field if it has fewer).
  package func location(field index: Int) -> SourceLocation {
    if index == 0 { return rowLocation }
    let all = positions.resolve()
    let position = index < all.count ? all[index] : (all.last ?? CSVPosition(line: 0, column: 1))
    return SourceLocation(file: file, line: position.line, column: position.column)
  }

  /// Where the record starts: a record always starts a line.
  package var rowLocation: SourceLocation { SourceLocation(file: file, line: line, column: 1) }

  /// A non-empty field, or an error.
  package func required(_ column: String, _ log: inout DiagnosticLog) -> String? {
    required(text(column), column, location(column), &log)
  }

  package func required(_ column: Column, _ log: inout DiagnosticLog) -> String? {
    let value = text(column)
    if value.isEmpty { return required(value, column.name, location(column), &log) }
    // a quote keeps its source's characters; everything else is printed as a name or an id
    if column != .quote, let bad = Text.firstControlCharacter(value) {
      log.error(location(column), Text.controlCharacterMessage(bad, column.name))
      return nil
    }
    return value
  }

  /// An optional text field that is printed as a name (`label`, `name_en`, `issuer`):
  /// control characters are an error, as in required fields.
  package func printable(_ column: Column, _ log: inout DiagnosticLog) -> String {
    let value = text(column)
    if let bad = Text.firstControlCharacter(value) {
      log.error(location(column), Text.controlCharacterMessage(bad, column.name))
      return ""
    }
    return value
  }

  private func required(
    _ value: String, _ name: String, _ at: @autoclosure () -> SourceLocation,
    _ log: inout DiagnosticLog
  ) -> String? {
    if value.isEmpty {
      log.error(at(), "missing value in column '\(name)'")
      return nil
    }
    return value
  }

  /// A number written with a decimal point; explains what to write for `37,6` or `1.234,5`.
  package func number(_ column: String, _ log: inout DiagnosticLog) -> Double? {
    number(text(column), column, location(column), &log)
  }

  package func number(_ column: Column, _ log: inout DiagnosticLog) -> Double? {
    number(text(column), column.name, location(column), &log)
  }

  private func number(
    _ value: String, _ name: String, _ at: @autoclosure () -> SourceLocation,
    _ log: inout DiagnosticLog
  ) -> Double? {
    if value.isEmpty { return nil }
    if let number = Self.parseNumber(value) { return number }
    log.error(at(), Self.numberAdvice(value, column: name))
    return nil
  }

  /// A value of a closed set, or an error listing the allowed spellings.
  package func choice<T>(
    _ column: String, _ log: inout DiagnosticLog, allowed: @autoclosure () -> [String],
    parse: (String) -> T?
  ) -> T? {
    choice(text(column), column, location(column), &log, allowed: allowed(), parse: parse)
  }

  package func choice<T>(
    _ column: Column, _ log: inout DiagnosticLog, allowed: @autoclosure () -> [String],
    parse: (String) -> T?
  ) -> T? {
    choice(text(column), column.name, location(column), &log, allowed: allowed(), parse: parse)
  }

  private func choice<T>(
    _ value: String, _ name: String, _ at: @autoclosure () -> SourceLocation,
    _ log: inout DiagnosticLog, allowed: @autoclosure () -> [String], parse: (String) -> T?
  ) -> T? {
    if let parsed = parse(value) { return parsed }
    let allowed = allowed()
    let hint =
      Text.nearest(to: value, in: allowed, key: { $0.lowercased() })
      .map { " (did you mean '\($0)'?)" } ?? ""
    let what = value.isEmpty ? "missing value" : "invalid value \(Text.quoted(value))"
    log.error(
      at(),
      "\(what) in column '\(name)'\(hint); expected one of: \(allowed.joined(separator: ", "))")
    return nil
  }

  /// A decimal number of ASCII digits, `.` and `-` only, finite.
  package static func parseNumber(_ s: String) -> Double? {
    var digits = false
    for byte in s.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits = true
      } else if byte != 0x2E && byte != 0x2D {
        return nil
      }
    }
    guard digits, let number = Double(s), number.isFinite else { return nil }
    return number
  }

  package static func numberAdvice(_ value: String, column: String) -> String {
    let base = "invalid number \(Text.quoted(value)) in column '\(column)'"
    if value.contains(",") {
      let commaAsDecimal = value.filter { $0 == "," }.count == 1 && !value.contains(".")
      let suggestion = value.replacingOccurrences(of: ",", with: ".")
      if commaAsDecimal, parseNumber(suggestion) != nil {
        return base + ": write '\(suggestion)' (a decimal point, not a comma)"
      }
      return base + ": use a decimal point and no thousands separators"
    }
    if value.hasSuffix("%") {
      return base + ": write the number without '%' (the unit is in column 'unit')"
    }
    return base + ": write digits with a decimal point, e.g. '37.6'"
  }
}

/// The positions of a record's fields: known, or worked out again from the file's bytes
/// when a message needs one (the loader's streaming path keeps none).
package enum RecordPositions {
  case known([CSVPosition])
  case recorded(CSVBytes, offset: Int, line: Int)

  package func resolve() -> [CSVPosition] {
    switch self {
    case .known(let positions): positions
    case .recorded(let bytes, let offset, let line):
      CSVReader.positions(in: bytes, recordAt: offset, line: line)
    }
  }
}

/// Header checks and row-shape checks shared by tables and streams.
package struct RowShape {
  package let file: String
  package let header: [String]
  package let columns: ColumnMap

  /// Checks the header against `schema`; logs duplicate and unknown columns and returns nil
  /// (with an error) when a required column is missing.
  package init?(
    file: String, header: [String], headerPositions: [CSVPosition], _ schema: Schema,
    _ log: inout DiagnosticLog
  ) {
    var columns: [String: Int] = [:]
    let known = schema.required + schema.optional
    for (index, name) in header.enumerated() {
      let at = SourceLocation(
        file: file, line: headerPositions[index].line, column: headerPositions[index].column)
      if columns[name] != nil {
        log.error(at, "duplicate column \(Text.quoted(name))")
      } else if !known.contains(name) {
        let hint = Text.nearest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        log.warning(at, "unknown column \(Text.quoted(name)) is ignored\(hint)")
      }
      columns[name] = columns[name] ?? index
    }
    let missing = schema.required.filter { columns[$0] == nil }
    if !missing.isEmpty {
      log.error(
        SourceLocation(file: file, line: 1, column: 1),
        "missing column\(missing.count > 1 ? "s" : "") "
          + missing.map { "'\($0)'" }.joined(separator: ", "))
      return nil
    }
    self.file = file
    self.header = header
    self.columns = ColumnMap(columns)
  }

  /// A reader for a record of the right shape; nil (after a warning or an error) for an empty
  /// row or a row with the wrong number of fields, whose id then goes to `rejected`.
  package func reader(
    _ fields: [String], line: Int, positions: RecordPositions, clean: UInt64 = 0,
    _ log: inout DiagnosticLog, rejected: inout Set<String>
  ) -> RowReader? {
    let row = RowReader(
      file: file, fields: fields, columns: columns, line: line, positions: positions,
      clean: clean)
    if fields.allSatisfy({ Text.trimmed($0).isEmpty }) {
      log.warning(row.rowLocation, "empty row is ignored")
      return nil
    }
    guard fields.count == header.count else {
      log.error(
        row.location(field: fields.count > header.count ? header.count : fields.count - 1),
        "row has \(fields.count) field\(fields.count == 1 ? "" : "s"),"
          + " the header has \(header.count)")
      if let index = columns["id"], index < fields.count {
        rejected.insert(Text.nfc(Text.trimmed(fields[index])))
      }
      return nil
    }
    return row
  }
}

extension CSVTable {
  /// Checks the header against `schema` and yields a reader per record with the right
  /// number of fields; logs missing and unknown columns and short or long rows.
  package func rows(_ schema: Schema, _ log: inout DiagnosticLog) -> ReadRows? {
    guard
      let shape = RowShape(
        file: file, header: header, headerPositions: headerPositions, schema, &log)
    else { return nil }
    var readers: [RowReader] = []
    var rejected: Set<String> = []
    for record in records {
      if let row = shape.reader(
        record.fields, line: record.line, positions: .known(record.positions), &log,
        rejected: &rejected)
      {
        readers.append(row)
      }
    }
    return ReadRows(rows: readers, rejectedIDs: rejected)
  }
}

/// The usable rows of a file, and the ids of rows rejected for their shape.
package struct ReadRows {
  package var rows: [RowReader]
  package var rejectedIDs: Set<String>
}
