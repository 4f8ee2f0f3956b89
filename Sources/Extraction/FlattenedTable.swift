import Catalog
import Support

extension Extraction.TableReading {
  typealias Table = Extraction.Table

  /// The most cells a flattened header may have.
  static let maxFlattenedColumns = 8

  /// A table flattened to one cell per line, as a web page's table becomes text: the header's
  /// cells (`Tỉnh, thành phố`, `Tăng trưởng GRDP 2026 - 2030 (%)`, …) then the rows' cells, row
  /// after row, blank lines between. Read when at least two rows follow the header's pattern
  /// (names where the header names rows, figures under years).
  static func flattened(at line: Int, _ raw: [[Word]]) -> Table? {
    // Only a line naming rows can start one: checked before anything below is read.
    guard raw.indices.contains(line - 1), isHeaderLine(raw[line - 1]),
      namesRows(text(raw[line - 1]))
    else { return nil }
    // The non-blank lines from `line` on, as cells, stopping at a long line.
    var cells: [(line: Int, words: [Word])] = []
    var next = line
    while next <= raw.count, cells.count < maxFlattenedColumns * 40 {
      let words = raw[next - 1]
      if !words.isEmpty {
        guard words.count <= 12 else { break }
        cells.append((next, words))
      }
      next += 1
    }
    guard cells.first?.line == line else { return nil }
    for width in 2...maxFlattenedColumns where width <= cells.count {
      let header = cells[0..<width]
      guard header.allSatisfy({ isHeaderLine($0.words) }) else { break }
      let horizons = header.map { horizon(in: $0.words) }
      guard horizons.contains(where: { $0 != nil }) else { continue }
      let titles = header.map { text($0.words) }
      let columns = header.indices.map { i in
        Table.Column(
          start: i, end: i + 1, title: titles[i], line: header[i].line,
          kind: kind(title: titles[i], horizon: horizons[i]))
      }
      let rows = flattenedRows(Array(cells[width...]), columns)
      guard rows.count >= 2, let last = rows.last?.lines.upperBound else { continue }
      return Table(
        lines: line...last, columns: columns, rows: rows, caption: caption(above: line, raw),
        rowsArePlaces: namesPlaces(columns.filter { $0.kind == .label }.map(\.title)))
    }
    return nil
  }

  /// Rows of `columns.count` cells each, while each cell fits its column: a figure (or `-`)
  /// under a year, a name without figures under a name.
  private static func flattenedRows(
    _ cells: [(line: Int, words: [Word])], _ columns: [Table.Column]
  ) -> [Table.Row] {
    let width = columns.count
    var rows: [Table.Row] = []
    var start = 0
    while start + width <= cells.count {
      let group = cells[start..<(start + width)]
      var labels: [Int: String] = [:]
      var unit = ""
      var figures: [Table.Cell] = []
      var lastName: String?
      var fits = true
      for (offset, cell) in group.enumerated() {
        let content = text(cell.words)
        let isFigure = cell.words.allSatisfy { isFigureWord($0.text) }
        switch columns[offset].kind {
        case .values:
          guard isFigure else {
            fits = false
            break
          }
          if content.contains(where: \.isNumber) {
            figures.append(Table.Cell(column: offset, text: content, line: cell.line))
          }
          if let lastName { labels[offset] = lastName }
        case .unit:
          unit = content
        case .number:
          guard isFigure else {
            fits = false
            break
          }
        case .label:
          guard !isFigure, !content.contains(where: \.isNumber) || cell.words.count > 1 else {
            fits = false
            break
          }
          lastName = content
        }
        if !fits { break }
      }
      guard fits, let first = group.first?.line, let last = group.last?.line else { break }
      rows.append(Table.Row(lines: first...last, labels: labels, unit: unit, cells: figures))
      start += width
    }
    return rows
  }
}
