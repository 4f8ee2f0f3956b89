import Catalog
import Foundation
import Support

/// A figure a person labelled in a text: one row of a labelled set's `expected.csv`
/// (`file,line,value,value_high,comparator,year,is_target,unit,indicator_hint,phrase,note`).
public struct ExpectedFigure: Sendable, Hashable {
  /// The text file, relative to the set's directory.
  public var file: String
  /// The line of the figure in that file, from 1.
  public var line: Int
  /// The figure as written, dot-decimal, without unit conversion (`240.000 tỷ đồng` is 240000).
  public var value: Double
  /// The upper end of a range, if any.
  public var valueHigh: Double?
  /// The comparator (`>=`, `range` …), or nil when the labeller left it empty.
  public var comparator: Comparison?
  /// The horizon year or period, or nil for a figure with none.
  public var year: Horizon?
  /// Whether the figure is a target (false: a past result, a document number, a date …).
  public var isTarget: Bool
  /// The labeller's unit, indicator hint, phrase and note, kept for messages.
  public var unit: String
  /// A hint at the indicator (free text or an id).
  public var indicatorHint: String
  /// The words of the figure in the text.
  public var phrase: String
  /// The labeller's note.
  public var note: String
  /// The row's place in `expected.csv`.
  public var location: SourceLocation

  /// The columns `expected.csv` must have; `unit`, `indicator_hint`, `phrase` and `note` may be
  /// left out.
  public static let requiredColumns = [
    "file", "line", "value", "value_high", "comparator", "year", "is_target",
  ]

  /// Reads a labelled set's `expected.csv`.
  /// - Parameters:
  ///   - url: the file.
  ///   - displayPath: how messages name it.
  ///   - directory: the set's directory, where every `file` must exist.
  /// - Throws: `CatalogError.invalidData` locating every bad row (a missing column, a line
  ///   that is not a positive whole number, a number with a comma, `is_target` other than
  ///   `true`/`false`, a file that is not there …), or `.unreadableFile`.
  public static func read(_ url: URL, displayPath: String, directory: URL) throws
    -> [ExpectedFigure]
  {
    let table = try CatalogError.reading {
      try CSVReader.read(contentsOf: url, displayPath: displayPath)
    }
    var log = DiagnosticLog()
    let header = table.header.map(Text.trimmed)
    let missing = requiredColumns.filter { !header.contains($0) }
    guard missing.isEmpty else {
      log.error(
        SourceLocation(file: displayPath, line: 1, column: 1),
        "missing column\(missing.count == 1 ? "" : "s") "
          + missing.map { "'\($0)'" }.joined(separator: ", ") + "; the header is "
          + ([
            "file", "line", "value", "value_high", "comparator", "year", "is_target", "unit",
            "indicator_hint", "phrase", "note",
          ]).joined(separator: ","))
      throw CatalogError.invalidData(log.sorted)
    }
    var position: [String: Int] = [:]
    for (index, name) in header.enumerated() where position[name] == nil {
      position[name] = index
    }
    var out: [ExpectedFigure] = []
    var existing: [String: Bool] = [:]
    for record in table.records {
      guard record.fields.contains(where: { !Text.trimmed($0).isEmpty }) else { continue }
      func field(_ name: String) -> String {
        guard let i = position[name], record.fields.indices.contains(i) else { return "" }
        return Text.trimmed(record.fields[i])
      }
      func at(_ name: String) -> SourceLocation {
        guard let i = position[name], i < record.fields.count else {
          return SourceLocation(file: table.file, line: record.line, column: 1)
        }
        return table.location(of: record, field: i)
      }
      let mark = log.count
      let file = field("file")
      if file.isEmpty || file.hasPrefix("/") || file.split(separator: "/").contains("..") {
        log.error(
          at("file"),
          file.isEmpty
            ? "missing 'file': the text the figure is in"
            : "file \(Text.quoted(file)) must be a path inside the set's directory")
      } else {
        let present =
          existing[file]
          ?? FileManager.default.fileExists(
            atPath: directory.appendingPathComponent(file).path)
        existing[file] = present
        if !present {
          log.error(at("file"), "no file \(Text.quoted(file)) beside expected.csv")
        }
      }
      let lineText = field("line")
      let line = Int(lineText).flatMap { $0 >= 1 && lineText.allSatisfy(\.isASCII) ? $0 : nil }
      if line == nil {
        log.error(
          at("line"),
          "invalid line \(Text.quoted(lineText)): a line number of the file, from 1")
      }
      func number(_ name: String, required: Bool) -> Double? {
        let text = field(name)
        if text.isEmpty {
          if required { log.error(at(name), "missing '\(name)'") }
          return nil
        }
        guard let value = RowReader.parseNumber(text) else {
          log.error(at(name), RowReader.numberAdvice(text, column: name))
          return nil
        }
        return value
      }
      let value = number("value", required: true)
      let high = number("value_high", required: false)
      let comparatorText = field("comparator")
      let comparator = Comparison(rawValue: comparatorText)
      if !comparatorText.isEmpty && comparator == nil {
        log.error(
          at("comparator"),
          "invalid comparator \(Text.quoted(comparatorText)); expected one of: "
            + Comparison.allCases.map(\.rawValue).joined(separator: ", ") + " or empty")
      }
      let yearText = field("year").replacingOccurrences(of: "–", with: "-")
      let year = Horizon(csv: yearText)
      if !yearText.isEmpty && year == nil {
        log.error(
          at("year"),
          "invalid year \(Text.quoted(field("year"))): a year (2030), a period (2021-2030)"
            + " or empty")
      }
      let targetText = field("is_target").lowercased()
      let isTarget: Bool? = targetText == "true" ? true : targetText == "false" ? false : nil
      if isTarget == nil {
        log.error(
          at("is_target"),
          "invalid value \(Text.quoted(field("is_target"))) in column 'is_target'; expected"
            + " true or false")
      }
      guard log.count == mark, let line, let value, let isTarget else { continue }
      out.append(
        ExpectedFigure(
          file: file, line: line, value: value, valueHigh: high, comparator: comparator,
          year: year, isTarget: isTarget, unit: field("unit"),
          indicatorHint: field("indicator_hint"), phrase: field("phrase"), note: field("note"),
          location: SourceLocation(file: table.file, line: record.line, column: 1)))
    }
    if log.hasErrors { throw CatalogError.invalidData(log.sorted) }
    return out
  }
}
