/// A plain-text table with columns padded to their widest cell, for terminals.
public struct TextTable: Sendable {
  /// The column titles.
  public var header: [String]
  /// The data rows, one string per column.
  public var rows: [[String]]

  /// A table of `header` and `rows`.
  /// - Precondition: every row has one string per column.
  public init(header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "ragged table")
    self.header = header
    self.rows = rows
  }

  /// The table, two spaces between columns, no trailing spaces.
  public func rendered() -> String {
    let cells = [header] + rows.map { $0.map(TextTable.oneLine) }
    var widths = [Int](repeating: 0, count: header.count)
    for row in cells {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return cells.map { row in
      var line = ""
      for (i, cell) in row.enumerated() {
        line += cell
        if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - cell.count + 2) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }.joined(separator: "\n") + "\n"
  }

  /// Line breaks inside a cell would break the layout: they become spaces.
  static func oneLine(_ s: String) -> String {
    String(s.map { $0.isNewline ? " " : $0 })
  }
}
