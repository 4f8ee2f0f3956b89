import Foundation

/// Escaping and small constructs for Markdown text: data can add words, never structure.
enum MarkdownText {
  /// Inline text with a backslash before every character Markdown or pandoc could read as
  /// syntax, so the text shows exactly as given and nothing is escaped twice.
  ///
  /// Like `MarkdownTable.cell` (pipes, backslashes, `*`, backticks, brackets, `<`, `>`, `&`,
  /// underscores at word edges, newlines to spaces), plus `$ ^ ~ @`, which pandoc reads as
  /// maths, superscript, subscript or strike-through, and citations, and `"` and `'` at word
  /// edges, which pandoc pairs into quotes across `**` (breaking bold). `&`, `<` and `>` get a
  /// backslash rather than an entity: pandoc's GFM reader would show `&amp;` inside a bare URL
  /// literally, and `R\&D` reads better raw than `R&amp;D`.
  static func escape(_ s: String) -> String {
    var out = ""
    let characters = Array(s)
    for (index, character) in characters.enumerated() {
      switch character {
      case "_", "'":
        // Intraword underscores are not emphasis and intraword apostrophes are not quotes;
        // only those at a word edge need a backslash.
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        let inWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
        out += inWord ? String(character) : "\\" + String(character)
      case "\\", "|", "*", "`", "[", "]", "<", ">", "&", "$", "^", "~", "@", "\"":
        out += "\\" + String(character)
      default:
        out.append(character.isNewline ? " " : character)
      }
    }
    return out
  }

  /// Heading text: `escape`, and `#` too (trailing `#`s would be dropped as a closing sequence).
  static func heading(_ s: String) -> String {
    escape(s).replacingOccurrences(of: "#", with: "\\#")
  }

  /// Escapes what would make rendered text start a block: leading spaces are dropped (four
  /// would start code), and a leading `#`, `-`, `+`, `=`, `:` or `12.` / `12)` is escaped
  /// (heading, list, definition list).
  static func blockStart(_ text: String) -> String {
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first else { return "" }
    if "#-+=:".contains(first) { return "\\" + trimmed }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9,
      let next = trimmed.dropFirst(digits.count).first, next == "." || next == ")"
    {
      return digits + "\\" + trimmed.dropFirst(digits.count)
    }
    return String(trimmed)
  }

  /// `**text**`, with surrounding spaces kept outside the markers (`**x **` is not bold).
  static func strong(_ s: String) -> String {
    wrap(s, in: "**")
  }

  /// `*text*` for captions and chart titles, or "" when there is no text.
  static func italic(_ s: String) -> String {
    wrap(s.trimmingCharacters(in: .whitespacesAndNewlines), in: "*")
  }

  private static func wrap(_ s: String, in marker: String) -> String {
    let escaped = escape(s)
    let leading = escaped.prefix { $0 == " " }
    let rest = escaped.dropFirst(leading.count)
    let trailing = rest.reversed().prefix { $0 == " " }
    let core = rest.dropLast(trailing.count)
    guard !core.isEmpty else { return escaped }
    return leading + marker + core + marker + String(trailing)
  }

  /// A GFM table from escaped header cells and rendered row cells; `""` without columns.
  static func table(header: [String], rows: [[String]]) -> String {
    guard !header.isEmpty else { return "" }
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
    }
    var lines = [line(header), "|" + String(repeating: " --- |", count: header.count)]
    lines += rows.map(line)
    return lines.joined(separator: "\n")
  }
}
