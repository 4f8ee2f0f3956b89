/// The columns a CSV file must and may have.
struct Schema: Sendable {
  var required: [String]
  var optional: [String] = []
}

/// Reads the named fields of one CSV record and logs located errors for bad values.
struct RowReader {
  let table: CSVTable
  let record: CSVRecord
  let columns: [String: Int]

  /// The field's text, trimmed and in NFC; empty if the column is absent.
  func text(_ column: String) -> String {
    guard let index = columns[column], index < record.fields.count else { return "" }
    return Text.nfc(Text.trimmed(record.fields[index]))
  }

  /// The field's text exactly as written, in NFC (quotes keep their inner white space).
  func raw(_ column: String) -> String {
    guard let index = columns[column], index < record.fields.count else { return "" }
    return Text.nfc(record.fields[index])
  }

  func location(_ column: String) -> SourceLocation {
    table.location(of: record, field: columns[column] ?? 0)
  }

  var rowLocation: SourceLocation { table.location(of: record, field: 0) }

  /// A non-empty field, or an error.
  func required(_ column: String, _ log: inout DiagnosticLog) -> String? {
    let value = text(column)
    if value.isEmpty {
      log.error(location(column), "missing value in column '\(column)'")
      return nil
    }
    return value
  }

  /// A number written with a decimal point; explains what to write for `37,6` or `1.234,5`.
  func number(_ column: String, _ log: inout DiagnosticLog) -> Double? {
    let value = text(column)
    if value.isEmpty { return nil }
    if let number = Self.parseNumber(value) { return number }
    log.error(location(column), Self.numberAdvice(value, column: column))
    return nil
  }

  /// A value of a closed set, or an error listing the allowed spellings.
  func choice<T>(
    _ column: String, _ log: inout DiagnosticLog, allowed: [String], parse: (String) -> T?
  ) -> T? {
    let value = text(column)
    if let parsed = parse(value) { return parsed }
    let hint =
      Text.nearest(to: value, in: allowed, key: { $0.lowercased() })
      .map { " (did you mean '\($0)'?)" } ?? ""
    let what = value.isEmpty ? "missing value" : "invalid value \(Text.quoted(value))"
    log.error(
      location(column),
      "\(what) in column '\(column)'\(hint); expected one of: \(allowed.joined(separator: ", "))")
    return nil
  }

  static func parseNumber(_ s: String) -> Double? {
    let allowed = s.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
    guard allowed, s.contains(where: \.isNumber), let number = Double(s), number.isFinite else {
      return nil
    }
    return number
  }

  static func numberAdvice(_ value: String, column: String) -> String {
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

extension CSVTable {
  /// Checks the header against `schema` and yields a reader per record with the right
  /// number of fields; logs missing and unknown columns and short or long rows.
  func rows(_ schema: Schema, _ log: inout DiagnosticLog) -> ReadRows? {
    var columns: [String: Int] = [:]
    for (index, name) in header.enumerated() {
      let at = SourceLocation(
        file: file, line: headerPositions[index].line,
        column: headerPositions[index].column)
      if columns[name] != nil {
        log.error(at, "duplicate column \(Text.quoted(name))")
      } else if !(schema.required + schema.optional).contains(name) {
        let hint =
          Text.nearest(to: name, in: schema.required + schema.optional)
          .map { " (did you mean '\($0)'?)" } ?? ""
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
    var readers: [RowReader] = []
    var rejected: Set<String> = []
    for record in records {
      if record.fields.allSatisfy({ Text.trimmed($0).isEmpty }) {
        log.warning(location(of: record, field: 0), "empty row is ignored")
        continue
      }
      guard record.fields.count == header.count else {
        log.error(
          location(
            of: record,
            field: record.fields.count > header.count ? header.count : record.fields.count - 1),
          "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"),"
            + " the header has \(header.count)")
        if let index = columns["id"], index < record.fields.count {
          rejected.insert(Text.nfc(Text.trimmed(record.fields[index])))
        }
        continue
      }
      readers.append(RowReader(table: self, record: record, columns: columns))
    }
    return ReadRows(rows: readers, rejectedIDs: rejected)
  }
}

/// The usable rows of a file, and the ids of rows rejected for their shape.
struct ReadRows {
  var rows: [RowReader]
  var rejectedIDs: Set<String>
}
