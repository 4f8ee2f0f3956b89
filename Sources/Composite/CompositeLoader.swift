import Foundation
import Support

/// Composite data and hierarchy read from COINr-style files.
public struct CompositeInput: Sendable {
  /// Units × indicators with group and denominator columns.
  public var data: CompositeData
  /// Indicators and aggregates.
  public var framework: CompositeFramework
  /// Unit names (`uName`) in unit order, the code where none is given.
  public var unitNames: [String]

  /// An input of `data`, its `framework` and the units' names in unit order.
  public init(data: CompositeData, framework: CompositeFramework, unitNames: [String]) {
    self.data = data
    self.framework = framework
    self.unitNames = unitNames
  }
}

/// Reads COINr's `iData` and `iMeta` tables as CSV (`idata.csv`, `imeta.csv`).
///
/// `imeta` needs the columns `iCode`, `Level`, `Type`, `Weight`, `Direction` and `Parent`;
/// `iName`, `Denominator` and `Target` are optional. Rows of type `Indicator` and `Aggregate`
/// form the hierarchy, `Group` and `Denominator` rows name unit-level columns of `idata`, and
/// `Other` rows are ignored. `idata` needs `uCode` and a column per indicator, group and
/// denominator; `uName` is optional and other columns (such as `Time`) are ignored. `NA` and
/// empty fields are missing values.
public enum CompositeLoader {
  /// Reads `idata.csv` and `imeta.csv` from `directory`.
  /// - Throws: `CompositeError` with every problem located as `file:line:column`.
  public static func load(directory: URL) throws -> CompositeInput {
    try load(
      idata: directory.appendingPathComponent("idata.csv"),
      imeta: directory.appendingPathComponent("imeta.csv"))
  }

  /// Reads the two files.
  /// - Parameter displayPaths: how messages name the files (default: their paths).
  /// - Throws: `CompositeError.unreadableFile` or `.invalidCompositeData`.
  public static func load(
    idata: URL, imeta: URL, displayPaths: (idata: String, imeta: String)? = nil
  ) throws -> CompositeInput {
    func table(_ url: URL, _ displayPath: String?) throws -> CSVTable {
      do {
        return try CSVReader.read(contentsOf: url, displayPath: displayPath ?? url.path)
      } catch SupportError.unreadableFile(let path, let reason) {
        throw CompositeError.unreadableFile(path: path, reason: reason)
      } catch let error as SupportError {
        throw CompositeError.invalidCompositeData(error.diagnostics)
      }
    }
    return try parse(
      idata: table(idata, displayPaths?.idata), imeta: table(imeta, displayPaths?.imeta))
  }

  /// Builds the input from parsed tables.
  /// - Throws: `CompositeError.invalidCompositeData` listing every problem found.
  public static func parse(idata: CSVTable, imeta: CSVTable) throws -> CompositeInput {
    var log: [Diagnostic] = []
    let meta = readMeta(imeta, log: &log)
    let input = readData(idata, meta: meta, metaTable: imeta, log: &log)
    if let input, log.isEmpty { return input }
    throw CompositeError.invalidCompositeData(log.sorted { $0.location < $1.location })
  }

  /// The `iMeta` rows sorted by kind, with their locations for later messages.
  private struct Meta {
    var nodes: [IndicatorMeta] = []
    var nodeRecords: [CSVRecord] = []
    var groups: [(name: String, record: CSVRecord)] = []
    var denominators: [(name: String, record: CSVRecord)] = []
    var codeColumn = 0
  }

  private static func readMeta(_ table: CSVTable, log: inout [Diagnostic]) -> Meta {
    var meta = Meta()
    let required = ["iCode", "Level", "Type", "Weight", "Direction", "Parent"]
    let missing = required.filter { !table.header.contains($0) }
    guard missing.isEmpty else {
      log.append(
        Diagnostic(
          .error, at: SourceLocation(file: table.file, line: 1, column: 1),
          "missing column(s) \(missing.map(Text.quoted).joined(separator: ", ")) "
            + "(imeta needs \(required.joined(separator: ", ")))"))
      return meta
    }
    let column = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
    meta.codeColumn = column["iCode"] ?? 0
    for record in table.records {
      guard record.fields.count == table.header.count else {
        log.append(
          Diagnostic(
            .error, at: table.location(of: record, field: 0),
            "\(record.fields.count) fields, the header has \(table.header.count)"))
        continue
      }
      func field(_ name: String) -> String? {
        column[name].flatMap {
          missingValue(record.fields[$0]) ? nil : Text.trimmed(record.fields[$0])
        }
      }
      func error(_ name: String, _ message: String) {
        log.append(
          Diagnostic(.error, at: table.location(of: record, field: column[name] ?? 0), message))
      }
      let code = field("iCode") ?? ""
      switch field("Type") ?? "" {
      case "Group":
        meta.groups.append((code, record))
      case "Denominator":
        meta.denominators.append((code, record))
      case "Other":
        continue
      case "Indicator", "Aggregate":
        guard let levelText = field("Level"), let level = Int(levelText) else {
          error("Level", "level \(Text.quoted(field("Level") ?? "NA")) is not a whole number")
          continue
        }
        guard let weightText = field("Weight"), let weight = Double(weightText), weight.isFinite
        else {
          error("Weight", "weight \(Text.quoted(field("Weight") ?? "NA")) is not a number")
          continue
        }
        guard let direction = field("Direction").flatMap(Double.init).flatMap(directionOf) else {
          error("Direction", "direction \(Text.quoted(field("Direction") ?? "NA")) is not 1 or -1")
          continue
        }
        var target: Double?
        if let text = field("Target") {
          guard let value = Double(text), value.isFinite else {
            error("Target", "target \(Text.quoted(text)) is not a finite number")
            continue
          }
          target = value
        }
        meta.nodes.append(
          IndicatorMeta(
            code: code, name: field("iName"), level: level, parent: field("Parent"),
            weight: weight, direction: direction, denominator: field("Denominator"),
            target: target))
        meta.nodeRecords.append(record)
      case let type:
        error(
          "Type",
          "unknown type \(Text.quoted(type)) (Indicator, Aggregate, Group, Denominator or Other)")
      }
    }
    let denominatorNames = meta.denominators.map(\.name)
    for (node, record) in zip(meta.nodes, meta.nodeRecords) {
      guard let name = node.denominator, !denominatorNames.contains(name) else { continue }
      let suggestion = Text.nearest(to: name, in: denominatorNames)
      log.append(
        Diagnostic(
          .error, at: table.location(of: record, field: column["Denominator"] ?? 0),
          "unknown denominator \(Text.quoted(name)) (no Denominator row of that code)"
            + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")))
    }
    for problem in CompositeFramework.problems(in: meta.nodes) {
      let record = meta.nodeRecords.first { $0.fields[meta.codeColumn] == problem.code }
      let location =
        record.map { table.location(of: $0, field: meta.codeColumn) }
        ?? SourceLocation(file: table.file, line: 1, column: 1)
      log.append(Diagnostic(.error, at: location, problem.message))
    }
    return meta
  }

  private static func readData(
    _ table: CSVTable, meta: Meta, metaTable: CSVTable, log: inout [Diagnostic]
  ) -> CompositeInput? {
    let column = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
    guard let codeColumn = column["uCode"] else {
      log.append(
        Diagnostic(
          .error, at: SourceLocation(file: table.file, line: 1, column: 1),
          "missing column 'uCode' (one code per unit)"))
      return nil
    }
    func columnOf(_ name: String, _ record: CSVRecord, kind: String) -> Int? {
      if let index = column[name] { return index }
      log.append(
        Diagnostic(
          .error, at: metaTable.location(of: record, field: meta.codeColumn),
          "\(kind) \(Text.quoted(name)) has no column in \(table.file)"))
      return nil
    }
    let indicators = zip(meta.nodes, meta.nodeRecords).filter { $0.0.level == 1 }
    let indicatorColumns = indicators.map { columnOf($0.0.code, $0.1, kind: "indicator") }
    let groupColumns = meta.groups.map { columnOf($0.name, $0.record, kind: "group") }
    let denominatorColumns = meta.denominators.map {
      columnOf($0.name, $0.record, kind: "denominator")
    }
    let records = table.records.filter { record in
      guard record.fields.count == table.header.count else {
        log.append(
          Diagnostic(
            .error, at: table.location(of: record, field: 0),
            "\(record.fields.count) fields, the header has \(table.header.count)"))
        return false
      }
      return true
    }
    var seen: Set<String> = []
    for record in records {
      let code = Text.trimmed(record.fields[codeColumn])
      if code.isEmpty || missingValue(code) {
        log.append(
          Diagnostic(.error, at: table.location(of: record, field: codeColumn), "empty uCode"))
      } else if !seen.insert(code).inserted {
        log.append(
          Diagnostic(
            .error, at: table.location(of: record, field: codeColumn),
            "duplicate uCode \(Text.quoted(code))"))
      }
    }
    func numbers(_ index: Int?) -> [Double] {
      guard let index else { return [] }
      return records.map { record in
        let text = Text.trimmed(record.fields[index])
        if missingValue(text) { return .nan }
        if let value = Double(text), value.isFinite { return value }
        // "NaN", "inf" or 1e309 read as numbers but are none: a missing value is written NA
        let what = Double(text) == nil ? "is not a number" : "is not a finite number"
        log.append(
          Diagnostic(
            .error, at: table.location(of: record, field: index),
            "\(Text.quoted(text)) \(what) (write NA for a missing value)"))
        return .nan
      }
    }
    let unitCodes = records.map { Text.trimmed($0.fields[codeColumn]) }
    var values: [Double] = []
    values.reserveCapacity(unitCodes.count * indicators.count)
    for index in indicatorColumns { values.append(contentsOf: numbers(index)) }
    var groups: [String: [String?]] = [:]
    for (group, index) in zip(meta.groups, groupColumns) {
      guard let index else { continue }
      groups[group.name] = records.map {
        let text = Text.trimmed($0.fields[index])
        return missingValue(text) ? nil : text
      }
    }
    var denominators: [String: [Double]] = [:]
    for (denominator, index) in zip(meta.denominators, denominatorColumns) where index != nil {
      denominators[denominator.name] = numbers(index)
    }
    guard log.isEmpty else { return nil }
    let framework: CompositeFramework
    do {
      framework = try CompositeFramework(meta.nodes)
    } catch {
      log.append(
        Diagnostic(.error, at: SourceLocation(file: metaTable.file, line: 1, column: 1), "\(error)")
      )
      return nil
    }
    let names = records.map { record in
      column["uName"].map { Text.trimmed(record.fields[$0]) }
        ?? Text.trimmed(record.fields[codeColumn])
    }
    return CompositeInput(
      data: CompositeData(
        unitCodes: unitCodes, indicatorCodes: indicators.map(\.0.code), values: values,
        groups: groups, denominators: denominators),
      framework: framework, unitNames: names)
  }

  private static func missingValue(_ text: String) -> Bool {
    let trimmed = Text.trimmed(text)
    return trimmed.isEmpty || trimmed == "NA"
  }

  private static func directionOf(_ value: Double) -> IndicatorDirection? {
    value == 1 ? .positive : value == -1 ? .negative : nil
  }
}
