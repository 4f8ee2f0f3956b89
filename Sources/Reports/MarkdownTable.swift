/// A GitHub-flavoured Markdown table whose cells are escaped so data cannot change its shape.
public struct MarkdownTable: Sendable {
  /// The column titles, unescaped.
  public var header: [String]
  /// The data rows, one string per column, unescaped.
  public var rows: [[String]]

  /// A table of `header` and `rows`.
  /// - Precondition: every row has one string per column.
  public init(header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "ragged table")
    self.header = header
    self.rows = rows
  }

  /// The table in GitHub-flavoured Markdown, every cell escaped, one line per row.
  public func rendered() -> String {
    var out = "| " + header.map(MarkdownTable.cell).joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows {
      out += "| " + row.map(MarkdownTable.cell).joined(separator: " | ") + " |\n"
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
}
