/// The language a report is written in.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case vi
  case en
}

/// A report page as structured content, rendered to Markdown or HTML by separate renderers.
/// Builders put data strings in as `Inline.text`, so every renderer escapes them.
public struct Page: Sendable, Hashable {
  /// The file name without extension, e.g. `province-lai-chau`.
  public var slug: String
  /// The page's title: its only top-level heading, and the HTML `<title>`.
  public var title: String
  /// The language of the page's text (`lang` in HTML).
  public var language: Language
  /// The page's content, in order.
  public var blocks: [Block]
  /// Provenance notes, referenced from cells and text by `Inline.note(id)`.
  public var notes: [Note]

  /// A page with every field given; no notes by default.
  public init(slug: String, title: String, language: Language, blocks: [Block], notes: [Note] = [])
  {
    self.slug = slug
    self.title = title
    self.language = language
    self.blocks = blocks
    self.notes = notes
  }
}

/// A run of text inside a paragraph or a table cell.
public enum Inline: Sendable, Hashable {
  /// Data or label text: always escaped.
  case text(String)
  case strong(String)
  /// A link to another page of the set (`slug`) or an anchor in it.
  case link(text: String, slug: String, anchor: String? = nil)
  /// A reference to a provenance note (footnote in Markdown, anchor link in HTML).
  case note(String)
  /// A status badge with a tone for colour: text is escaped.
  case badge(String, Tone)
}

extension [Inline] {
  /// The words of the runs without their markup; note references leave nothing.
  var plainText: String {
    map { inline -> String in
      switch inline {
      case .text(let s), .strong(let s), .badge(let s, _): s
      case .link(let s, _, _): s
      case .note: ""
      }
    }.joined()
  }
}

/// The colour meaning of a badge or a dashboard cell.
public enum Tone: String, Sendable, Hashable {
  case good
  case neutral
  case bad
  case warning
  /// Between warning and bad: Open SDG's orange ("limited progress").
  case caution
  case none
}

/// A table cell: inline content, a sort key for sortable HTML tables, and a tone.
public struct Cell: Sendable, Hashable {
  /// The runs of text, rendered in order.
  public var content: [Inline]
  /// What a sortable table sorts by (a number as text, or nil to sort by the text).
  public var sortKey: Double?
  /// The colour meaning of the cell; `.none` for no colour.
  public var tone: Tone

  /// A cell of `content`.
  public init(_ content: [Inline], sortKey: Double? = nil, tone: Tone = .none) {
    self.content = content
    self.sortKey = sortKey
    self.tone = tone
  }

  /// A cell of one text run, escaped like all data text.
  public init(_ text: String, sortKey: Double? = nil, tone: Tone = .none) {
    self.init([.text(text)], sortKey: sortKey, tone: tone)
  }
}

/// A table with a caption, a header row and data rows; `sortable` adds click-to-sort in HTML.
public struct Table: Sendable, Hashable {
  /// The table's id, from which its HTML ids are made.
  public var id: String
  /// The caption; an empty caption is not rendered.
  public var caption: String
  /// The column titles.
  public var header: [String]
  /// The data rows, one cell per column.
  public var rows: [[Cell]]
  /// Whether HTML headers sort the rows on a click.
  public var sortable: Bool

  /// A table with every field given.
  /// - Precondition: every row has one cell per column.
  public init(id: String, caption: String, header: [String], rows: [[Cell]], sortable: Bool = true)
  {
    precondition(rows.allSatisfy { $0.count == header.count }, "ragged table \(id)")
    self.id = id
    self.caption = caption
    self.header = header
    self.rows = rows
    self.sortable = sortable
  }
}

/// A block of page content.
public enum Block: Sendable, Hashable {
  case heading(level: Int, text: String, anchor: String? = nil)
  case paragraph([Inline])
  case bullets([[Inline]])
  case table(Table)
  case chart(Chart)
  /// A highlighted notice (inferred membership, secondary sources …).
  case notice([Inline], Tone)
}

/// One provenance note: where a figure comes from.
public struct Note: Sendable, Hashable {
  /// The anchor and footnote id (a target or observation id).
  public var id: String
  /// The lines of the note (document, section, quote, confidence, inheritance), in order.
  public var lines: [[Inline]]

  /// A note of `id` made of `lines`.
  public init(id: String, lines: [[Inline]]) {
    self.id = id
    self.lines = lines
  }
}
