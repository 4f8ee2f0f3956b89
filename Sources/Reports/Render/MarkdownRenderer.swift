import Support

/// Renders a `Page` as GitHub-flavoured Markdown that reads well raw and converts with pandoc.
///
/// Notes become footnotes (`[^id]`, defined once at the end), charts become small data
/// tables, notices become block quotes. Data text is escaped so it cannot change the
/// document's structure (see `MarkdownText`).
public enum MarkdownRenderer {
  /// The page as Markdown.
  ///
  /// - Parameter page: the page; every `Inline.note(id)` must name one of `page.notes`.
  /// - Returns: the document, ending with a newline; the same page always gives the same
  ///   bytes.
  /// - Complexity: O(n) in the size of the page.
  public static func render(_ page: Page) -> String {
    let writer = MarkdownPageWriter(page)
    return writer.document()
  }
}

/// Renders one page.
struct MarkdownPageWriter: Sendable {
  let page: Page
  let notes: NoteIndex

  init(_ page: Page) {
    self.page = page
    self.notes = NoteIndex(page.notes, label: Identifier.footnote)
  }

  func document() -> String {
    var parts = ["# " + MarkdownText.heading(page.title)]
    parts += page.blocks.map(block).filter { !$0.isEmpty }
    parts += page.notes.map(footnote)
    return parts.joined(separator: "\n\n") + "\n"
  }

  func block(_ block: Block) -> String {
    switch block {
    case .heading(let level, let text, let anchor):
      let heading =
        String(repeating: "#", count: min(max(level, 2), 6)) + " "
        + MarkdownText.heading(text)
      guard let anchor else { return heading }
      // An explicit anchor for links from other pages; a blank line, as pandoc wants one
      // before a heading.
      return "<a id=\"\(Identifier.html(anchor))\"></a>\n\n" + heading
    case .paragraph(let content):
      return MarkdownText.blockStart(inlines(content))
    case .bullets(let items):
      return items.map { "- " + MarkdownText.blockStart(inlines($0)) }.joined(separator: "\n")
    case .table(let table):
      let caption = MarkdownText.italic(table.caption)
      let rows = table.rows.map { $0.map { inlines($0.content) } }
      let body = MarkdownText.table(header: table.header.map(MarkdownText.escape), rows: rows)
      return caption.isEmpty ? body : caption + "\n\n" + body
    case .chart(let chart):
      let data = ChartData(chart, page.language)
      let body = MarkdownText.table(
        header: data.header.map(MarkdownText.escape),
        rows: data.rows.map { row in
          [row.emphasised ? MarkdownText.strong(row.label) : MarkdownText.escape(row.label)]
            + row.values.map(MarkdownText.escape)
        })
      let title = MarkdownText.italic(data.title)
      return title.isEmpty ? body : title + "\n\n" + body
    case .notice(let content, _):
      let text = MarkdownText.blockStart(inlines(content))
      return text.isEmpty ? "" : "> " + text
    }
  }

  func inlines(_ content: [Inline]) -> String {
    content.map(inline).joined()
  }

  func inline(_ inline: Inline) -> String {
    switch inline {
    case .text(let text):
      return MarkdownText.escape(text)
    case .strong(let text), .badge(let text, _):
      return MarkdownText.strong(text)
    case .link(let text, let slug, let anchor):
      let target = Self.target(slug: slug, anchor: anchor, from: page.slug)
      return "[\(MarkdownText.escape(text))](\(target))"
    case .note(let id):
      return "[^\(notes.entry(id).label)]"
    }
  }

  /// `[^id]: first line\` then each further line on its own line, indented four spaces so
  /// pandoc and GitHub keep it in the footnote; a backslash ends each line with a visible
  /// hard line break (two trailing spaces would be invisible and easily stripped).
  func footnote(_ note: Note) -> String {
    let lines = note.lines.map { MarkdownText.blockStart(inlines($0)) }.filter { !$0.isEmpty }
    let text = lines.isEmpty ? "—" : lines.joined(separator: "\\\n    ")
    return "[^\(notes.entry(note.id).label)]: " + text
  }

  /// `slug.md#anchor`, or `#anchor` for an anchor on this page (`slug` empty or this page's).
  static func target(slug: String, anchor: String?, from current: String) -> String {
    let fragment = anchor.map { "#" + Identifier.html($0) } ?? ""
    if !fragment.isEmpty, slug.isEmpty || Identifier.html(slug) == Identifier.html(current) {
      return fragment
    }
    return Identifier.html(slug) + ".md" + fragment
  }
}
