import Foundation
import Support

/// Appends rows to a dataset's CSV file, placing fields by the file's own header, so that an
/// analyst's column order and every existing row stay as they are.
enum CSVAppend {
  /// Appends `rows` (fields by column name) to the file at `url`, creating it with `header`
  /// when it does not exist.
  ///
  /// A row with a value for a column the file lacks (`sha256` in an older `documents.csv`)
  /// adds the column: the file is then rewritten, each existing field unchanged and the new
  /// column empty: each record's last line gets the commas, every other byte stays.
  /// - Throws: `CatalogError` when the file cannot be read or written.
  static func append(
    _ rows: [[String: String]], to url: URL, displayPath: String, header: [String]
  ) throws {
    guard !rows.isEmpty else { return }
    let manager = FileManager.default
    guard manager.fileExists(atPath: url.path) else {
      let text =
        CSVWriter.row(header)
        + rows.map { row in
          CSVWriter.row(header.map { row[$0] ?? "" })
        }.joined()
      try write(text, to: url, displayPath)
      return
    }
    let bytes = try CatalogError.reading { try FileInput.bytes(of: url, displayPath: displayPath) }
    let table = try CatalogError.reading { try CSVReader.read(bytes, file: displayPath) }
    let columns = table.header.map(Text.trimmed)
    let missing = header.filter { name in
      !columns.contains(name) && rows.contains { !($0[name] ?? "").isEmpty }
    }
    var text: String
    var all = columns
    if missing.isEmpty {
      text = String(decoding: bytes, as: UTF8.self)
      if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    } else {
      all += missing
      text = widened(bytes, table, by: missing)
    }
    for row in rows { text += CSVWriter.row(all.map { row[$0] ?? "" }) }
    try write(text, to: url, displayPath)
  }

  /// The file's text with `missing` added to the header and an empty field for each added to
  /// every record, at the end of the record's last line (its line ending kept).
  private static func widened(_ bytes: [UInt8], _ table: CSVTable, by missing: [String]) -> String {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    // a record ends on the line before the next one starts (blank lines between skipped)
    let starts =
      [table.headerPositions.first?.line ?? 1] + table.records.map(\.line) + [lines.count + 1]
    for (index, start) in starts.dropLast().enumerated() {
      var last = starts[index + 1] - 1
      while last > start, lines.indices.contains(last - 1),
        lines[last - 1].allSatisfy({ $0 == 0x0D || $0 == 0x20 })
      {
        last -= 1
      }
      guard lines.indices.contains(last - 1) else { continue }
      var line = lines[last - 1]
      let ending: [UInt8] = line.last == 0x0D ? [0x0D] : []
      if !ending.isEmpty { line.removeLast() }
      let added =
        index == 0
        ? missing.map { "," + CSVWriter.field($0) }.joined()
        : String(repeating: ",", count: missing.count)
      lines[last - 1] = line + Array(added.utf8) + ending
    }
    return lines.map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
  }

  private static func write(_ text: String, to url: URL, _ displayPath: String) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)) else {
      throw CatalogError.unreadableFile(path: displayPath, reason: "cannot write the staged copy")
    }
  }
}
