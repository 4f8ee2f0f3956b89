/// A GitHub-flavoured Markdown table whose cells are escaped so data cannot change its shape.
public struct MarkdownTable: Sendable {
  /// The column titles, unescaped.
  public var header: [String]
  /// The data rows, one string per column, unescaped.
  public var rows: [[String]]
  /// Whether the cells are Markdown already (escaped text and code spans, as a Vietnamese
  /// listing writes them through `ListingText`), so `rendered` leaves them as they are.
  var cellsAreMarkdown = false

  /// A table of `header` and `rows`.
  /// - Precondition: every row has one string per column.
  public init(header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "ragged table")
    self.header = header
    self.rows = rows
  }

  /// The table in GitHub-flavoured Markdown, every cell escaped, one line per row.
  public func rendered() -> String {
    let cell = cellsAreMarkdown ? { $0 } : MarkdownTable.cell
    var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows {
      out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// Escapes Markdown and HTML-significant characters and joins lines, so a cell is text only.
  public static func cell(_ s: String) -> String {
    var out = ""
    let characters = Array(s)
    for (index, character) in characters.enumerated() {
      if character == "_" {
        // GFM ignores intraword underscores; only those at a word edge can start emphasis.
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        let inWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
        out += inWord ? "_" : "\\_"
        continue
      }
      switch character {
      case "|": out += "\\|"
      case "\\": out += "\\\\"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "*", "`", "[", "]": out += "\\" + String(character)
      default: out.append(character.isNewline ? " " : character)
      }
    }
    return out
  }

  /// `id` as a code span for a table cell: what a reader types, after its label. Backticks
  /// and line breaks cannot occur in ids and are dropped; a pipe is escaped (GFM splits cells
  /// on it even inside code).
  static func code(_ id: String) -> String {
    let inner = id.filter { $0 != "`" && !$0.isNewline }.replacingOccurrences(of: "|", with: "\\|")
    return inner.isEmpty ? "" : "`" + inner + "`"
  }
}
