import Support

/// Renders a `Page` as one self-contained HTML file that works offline and prints.
///
/// The stylesheet and the sorting script are embedded; charts are inline SVG; nothing is
/// loaded from elsewhere (a Content-Security-Policy forbids it). Every data string goes
/// through `HTML.text` or an attribute, so it is escaped exactly once. Ids, anchors and link
/// targets are reduced to `[a-z0-9-_.]` (see `Identifier.html`).
public enum HTMLRenderer {
  /// The page as an HTML document.
  ///
  /// - Parameter page: the page; every `Inline.note(id)` must name one of `page.notes`.
  /// - Returns: the document, ending with a newline; the same page always gives the same
  ///   bytes.
  /// - Complexity: O(n) in the size of the page.
  public static func render(_ page: Page) -> String {
    var writer = HTMLPageWriter(page)
    return writer.document().rendered() + "\n"
  }
}

/// Renders one page, counting the references to each note to number their `ref-` anchors.
struct HTMLPageWriter: Sendable {
  let page: Page
  let notes: NoteIndex
  /// How many references to each note (by note id) have been written so far.
  private(set) var references: [String: Int] = [:]

  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    + "img-src data:; base-uri 'none'; form-action 'none'"

  init(_ page: Page) {
    self.page = page
    self.notes = NoteIndex(page.notes, label: Identifier.html)
  }

  /// The whole document: head with the stylesheet, the blocks, the notes, the script.
  mutating func document() -> HTML {
    var content: [HTML] = [.inline("h1", [:], [.text(page.title)])]
    for block in page.blocks { content.append(self.block(block)) }
    if !page.notes.isEmpty { content.append(notesSection()) }
    let head: [HTML] = [
      .empty("meta", ["charset": "utf-8"], selfClosing: false),
      .empty(
        "meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"],
        selfClosing: false),
      .empty(
        "meta",
        ["http-equiv": "Content-Security-Policy", "content": Self.contentSecurityPolicy],
        selfClosing: false),
      .empty("meta", ["name": "generator", "content": "provbench"], selfClosing: false),
      .inline("title", [:], [.text(page.title)]),
      .block("style", [:], [.raw(HTMLAssets.stylesheet)]),
    ]
    return .group([
      .raw("<!doctype html>\n"),
      .block(
        "html", ["lang": page.language.rawValue],
        [
          .block("head", [:], head),
          .block(
            "body", [:],
            [.block("main", [:], content), .block("script", [:], [.raw(HTMLAssets.script)])]),
        ]),
    ])
  }

  mutating func block(_ block: Block) -> HTML {
    switch block {
    case .heading(let level, let text, let anchor):
      // The page title is the only h1.
      let name = "h\(min(max(level, 2), 6))"
      let attributes: Attributes = [:]
      return .inline(name, attributes.adding("id", anchor.map(Identifier.html)), [.text(text)])
    case .paragraph(let content):
      return .inline("p", [:], inlines(content))
    case .bullets(let items):
      var list: [HTML] = []
      for item in items { list.append(.inline("li", [:], inlines(item))) }
      return .block("ul", [:], list)
    case .table(let table):
      return self.table(table)
    case .chart(let chart):
      return ChartSVG.figure(chart, page.language)
    case .notice(let content, let tone):
      return .inline(
        "aside", ["class": "notice" + Self.toneClass(tone, prefix: " "), "role": "note"],
        inlines(content))
    }
  }

  mutating func inlines(_ content: [Inline]) -> [HTML] {
    var nodes: [HTML] = []
    for inline in content { nodes.append(self.inline(inline)) }
    return nodes
  }

  mutating func inline(_ inline: Inline) -> HTML {
    switch inline {
    case .text(let text):
      return .text(text)
    case .strong(let text):
      return .inline("strong", [:], [.text(text)])
    case .link(let text, let slug, let anchor):
      let href = Self.href(slug: slug, anchor: anchor, from: page.slug)
      return .inline("a", ["href": href], [.text(text)])
    case .note(let id):
      let entry = notes.entry(id)
      let count = (references[id] ?? 0) + 1
      references[id] = count
      let link = HTML.inline(
        "a",
        [
          "href": "#note-\(entry.label)", "id": "ref-\(entry.label)-\(count)",
          "aria-label": "\(RenderText.note.text(page.language)) \(entry.number)",
        ],
        [.text("[\(entry.number)]")])
      return .inline("sup", [:], [link])
    case .badge(let text, let tone):
      return .inline("span", ["class": "badge" + Self.toneClass(tone, prefix: " ")], [.text(text)])
    }
  }

  /// A scrollable, keyboard-focusable wrapper around the table; sortable headers are buttons.
  mutating func table(_ table: Table) -> HTML {
    let id = Identifier.html(table.id)
    var attributes: Attributes = ["id": id]
    if table.sortable { attributes.add("class", "sortable") }
    var children: [HTML] = []
    if !table.caption.isEmpty {
      children.append(.inline("caption", ["id": "\(id)-caption"], [.text(table.caption)]))
    }
    // a column is numeric when every row has a number to sort it by: right-aligned
    let numeric = table.header.indices.map { column in
      !table.rows.isEmpty && column > 0
        && table.rows.allSatisfy { $0[column].sortKey.map { !$0.isNaN } ?? false }
    }
    let header = zip(table.header, numeric).map { title, isNumeric -> HTML in
      let content: HTML =
        table.sortable ? .inline("button", ["type": "button"], [.text(title)]) : .text(title)
      let attributes: Attributes = ["scope": "col"]
      return .inline("th", attributes.adding("class", isNumeric ? "num" : nil), [content])
    }
    children.append(.block("thead", [:], [.block("tr", [:], header)]))
    var rows: [HTML] = []
    for row in table.rows {
      var cells: [HTML] = []
      for (column, cell) in row.enumerated() {
        var cellAttributes: Attributes = [:]
        let classes = [
          column < numeric.count && numeric[column] ? "num" : "",
          Self.toneClass(cell.tone, prefix: ""),
        ].filter { !$0.isEmpty }.joined(separator: " ")
        cellAttributes.add("class", classes.isEmpty ? nil : classes)
        if let key = cell.sortKey, !key.isNaN {
          cellAttributes.add("data-sort", NumberFormat.plain(key))
        }
        cells.append(.inline("td", cellAttributes, inlines(cell.content)))
      }
      rows.append(.block("tr", [:], cells))
    }
    children.append(.block("tbody", [:], rows))
    var wrapper: Attributes = [
      "class": table.header.count >= 7 ? "table-wrap wide" : "table-wrap", "role": "region",
      "tabindex": "0",
    ]
    if table.caption.isEmpty {
      wrapper.add("aria-label", table.header.joined(separator: ", "))
    } else {
      wrapper.add("aria-labelledby", "\(id)-caption")
    }
    return .block("div", wrapper, [.block("table", attributes, children)])
  }

  /// "Nguồn và trích dẫn" / "Sources and quotes": the notes in order, each line a paragraph,
  /// with links back to every reference.
  mutating func notesSection() -> HTML {
    var renderedLines: [[HTML]] = []
    for note in page.notes {
      var lines: [HTML] = []
      for line in note.lines { lines.append(.inline("p", [:], inlines(line))) }
      renderedLines.append(lines)
    }
    var items: [HTML] = []
    for (note, lines) in zip(page.notes, renderedLines) {
      let label = notes.entry(note.id).label
      let count = references[note.id] ?? 0
      var children = lines
      if count > 0 {
        let back = RenderText.backToReference.text(page.language)
        let links = (1...count).map { n -> HTML in
          .inline(
            "a", ["href": "#ref-\(label)-\(n)", "aria-label": "\(back) \(n)"],
            [.text(count == 1 ? "↩\u{FE0E}" : "↩\u{FE0E}\(n)")])
        }
        children.append(.inline("p", ["class": "backrefs"], Self.spaced(links)))
      }
      items.append(.block("li", ["id": "note-\(label)"], children))
    }
    let heading = RenderText.sources.text(page.language)
    return .block(
      "section", ["class": "notes", "aria-labelledby": "notes-heading"],
      [.inline("h2", ["id": "notes-heading"], [.text(heading)]), .block("ol", [:], items)])
  }

  /// `slug.html#anchor`, or `#anchor` for an anchor on this page (`slug` empty or this page's).
  static func href(slug: String, anchor: String?, from current: String) -> String {
    let fragment = anchor.map { "#" + Identifier.html($0) } ?? ""
    if !fragment.isEmpty, slug.isEmpty || Identifier.html(slug) == Identifier.html(current) {
      return fragment
    }
    return Identifier.html(slug) + ".html" + fragment
  }

  /// `tone-good` etc. after `prefix`, or "" for `.none`.
  static func toneClass(_ tone: Tone, prefix: String) -> String {
    tone == .none ? "" : prefix + "tone-" + tone.rawValue
  }

  static func spaced(_ nodes: [HTML]) -> [HTML] {
    var out: [HTML] = []
    for (index, node) in nodes.enumerated() {
      if index > 0 { out.append(.raw(" ")) }
      out.append(node)
    }
    return out
  }
}
