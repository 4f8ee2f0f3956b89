import Catalog
import Foundation
import Support

/// A review sheet read back after review: the rows to add to the catalog (accept and edit),
/// those rejected and those still undecided, each with its line in the sheet.
public struct ReviewDecisions: Sendable {
  /// A row not added, for the summary.
  public struct Left: Sendable, Hashable {
    /// The row's line in the sheet.
    public var line: Int
    /// The row's `id`.
    public var id: String
    /// The reviewer's `review_note`, or "".
    public var reviewNote: String
  }

  /// The accepted and edited rows, as `targets.csv` or `observations.csv` fields, in sheet
  /// order; each row's `origin` is its line in the sheet.
  public var accepted: [CatalogAddition.Row] = []
  /// The rows whose decision is `reject`.
  public var rejected: [Left] = []
  /// The rows with no decision yet.
  public var undecided: [Left] = []
  /// The geo of each document the accepted rows name, by document id.
  public var documents: [String: String] = [:]

  /// The columns a sheet must have.
  static let required = [
    "decision", "kind", "id", "geo", "indicator", "unit", "year", "comparator", "value",
    "value_high", "document", "quote",
  ]

  /// Reads the sheet at `url`.
  /// - Parameters:
  ///   - displayPath: how messages name the sheet.
  ///   - indicators: the catalog's indicators (an accepted row's indicator must be one, and
  ///     its unit that indicator's; an empty unit is filled in).
  /// - Throws: `CatalogError.invalidData` with every bad row located as
  ///   `sheet.csv:line:column` (an unknown decision, a missing field in an accepted row, a
  ///   number written with a comma …), or `.unreadableFile`.
  public static func read(_ url: URL, displayPath: String, indicators: [Indicator]) throws
    -> ReviewDecisions
  {
    let table = try CatalogError.reading {
      try CSVReader.read(contentsOf: url, displayPath: displayPath)
    }
    var log = DiagnosticLog()
    let header = table.header.map(Text.trimmed)
    let missing = required.filter { !header.contains($0) }
    if !missing.isEmpty {
      log.error(
        SourceLocation(file: displayPath, line: 1, column: 1),
        "missing column\(missing.count == 1 ? "" : "s") "
          + missing.map { "'\($0)'" }.joined(separator: ", ")
          + " (is this a review sheet written by 'provbench ingest'?)")
      throw CatalogError.invalidData(log.sorted)
    }
    let units = Dictionary(
      indicators.map { ($0.id, $0.unit.rawValue) }, uniquingKeysWith: { a, _ in a })
    var result = ReviewDecisions()
    var seen: [String: Int] = [:]
    for record in table.records {
      guard record.fields.contains(where: { !Text.trimmed($0).isEmpty }) else { continue }
      let row = SheetRow(table: table, record: record, header: header)
      let decisionText = row["decision"].lowercased()
      let left = Left(line: record.line, id: row["id"], reviewNote: row["review_note"])
      guard !decisionText.isEmpty else {
        result.undecided.append(left)
        continue
      }
      guard let decision = ReviewSheet.Decision(rawValue: decisionText) else {
        let names = ReviewSheet.Decision.allCases.map(\.rawValue)
        let hint = Text.nearest(to: decisionText, in: names).map { " (did you mean '\($0)'?)" }
        log.error(
          row.location("decision"),
          "unknown decision \(Text.quoted(row["decision"]))\(hint ?? ""); expected accept,"
            + " edit, reject or an empty cell (not decided yet)")
        continue
      }
      if decision == .reject {
        result.rejected.append(left)
        continue
      }
      guard let fields = row.fields(units: units, &log) else { continue }
      let id = fields.fields["id"] ?? ""
      if let first = seen.updateValue(record.line, forKey: id) {
        seen[id] = first
        log.error(
          row.location("id"), "duplicate id \(Text.quoted(id)) (first accepted on line \(first))")
        continue
      }
      result.accepted.append(fields)
      let document = fields.fields["document"] ?? fields.fields["source"] ?? ""
      if result.documents[document] == nil { result.documents[document] = fields.fields["geo"] }
    }
    if log.hasErrors { throw CatalogError.invalidData(log.sorted) }
    return result
  }
}

/// One record of a review sheet, its fields by column name.
private struct SheetRow {
  let table: CSVTable
  let record: CSVRecord
  let index: [String: Int]

  init(table: CSVTable, record: CSVRecord, header: [String]) {
    self.table = table
    self.record = record
    var index: [String: Int] = [:]
    for (position, name) in header.enumerated() where index[name] == nil {
      index[name] = position
    }
    self.index = index
  }

  subscript(_ column: String) -> String {
    guard let i = index[column], record.fields.indices.contains(i) else { return "" }
    return Text.trimmed(record.fields[i])
  }

  func location(_ column: String) -> SourceLocation {
    guard let i = index[column], i < record.fields.count else {
      return SourceLocation(file: table.file, line: record.line, column: 1)
    }
    return table.location(of: record, field: i)
  }

  /// The row as a `targets.csv` or `observations.csv` row, or nil after logging what is wrong.
  func fields(units: [String: String], _ log: inout DiagnosticLog) -> CatalogAddition.Row? {
    let mark = log.count
    func need(_ column: String, _ why: String = "an accepted row needs it") -> String {
      let value = self[column]
      if value.isEmpty { log.error(location(column), "missing '\(column)': \(why)") }
      return value
    }
    func number(_ column: String) -> String {
      let value = self[column]
      if !value.isEmpty && RowReader.parseNumber(value) == nil {
        log.error(location(column), RowReader.numberAdvice(value, column: column))
      }
      return value
    }
    let kind = self["kind"].lowercased()
    guard let record = CatalogAddition.Record(rawValue: kind) else {
      log.error(
        location("kind"),
        "\(kind.isEmpty ? "missing value" : "invalid value \(Text.quoted(kind))") in column"
          + " 'kind'; expected target or observation")
      return nil
    }
    _ = need("id")
    _ = need("geo")
    _ = need("document")
    _ = need("quote", "the exact words of the source, so the figure can be checked")
    let indicator = need("indicator")
    var unit = self["unit"]
    if indicator == "unclassified" {
      log.error(
        location("indicator"),
        "indicator 'unclassified': write the indicator id before accepting the row (or add a"
          + " keyword to the lexicon and ingest again)")
    } else if !indicator.isEmpty {
      if let known = units[indicator] {
        if unit.isEmpty {
          unit = known
        } else if unit != known {
          log.error(
            location("unit"),
            "unit \(Text.quoted(unit)) does not match indicator \(Text.quoted(indicator)),"
              + " which is measured in '\(known)'")
        }
      } else {
        let hint =
          Text.nearest(to: indicator, in: Array(units.keys))
          .map { " (did you mean '\($0)'?)" } ?? ""
        log.error(location("indicator"), "unknown indicator \(Text.quoted(indicator))\(hint)")
      }
    }
    let year = self["year"]
    if !year.isEmpty && Horizon(csv: year) == nil {
      log.error(
        location("year"),
        "invalid year \(Text.quoted(year)): write a year (2030) or a period (2021-2030)")
    }
    let targetKind = self["target_kind"].isEmpty ? "quantitative" : self["target_kind"]
    if record == .target && TargetKind(rawValue: targetKind) == nil {
      log.error(
        location("target_kind"),
        "invalid value \(Text.quoted(targetKind)) in column 'target_kind'; expected one of:"
          + " quantitative, rank, qualitative")
    }
    let qualitative = record == .target && targetKind == "qualitative"
    let comparator = qualitative ? self["comparator"] : need("comparator")
    if !comparator.isEmpty && Comparison(rawValue: comparator) == nil {
      log.error(
        location("comparator"),
        "invalid comparator \(Text.quoted(comparator)); expected one of: "
          + Comparison.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let value = number("value")
    if !qualitative && value.isEmpty { _ = need("value") }
    let high = number("value_high")
    if record == .observation && year.isEmpty {
      log.error(location("year"), "missing 'year': an observation is of a year or a period")
    }
    guard log.count == mark else { return nil }
    var fields: [String: String] = [
      "id": self["id"], "geo": self["geo"], "indicator": indicator, "unit": unit, "year": year,
      "value": value, "quote": self["quote"], "confidence": self["confidence"],
      "note": self["note"], "comparator": comparator, "section": self["section"],
    ]
    switch record {
    case .target:
      fields["value_high"] = high
      fields["kind"] = targetKind
      fields["document"] = self["document"]
      fields["label"] = self["label"]
      fields["caveat"] = self["caveat"]
    case .observation:
      fields["source"] = self["document"]
      if fields["confidence"] == "" { fields["confidence"] = "primary" }
    }
    return CatalogAddition.Row(
      record: record, fields: fields,
      origin: SourceLocation(file: table.file, line: self.record.line, column: 1))
  }
}
