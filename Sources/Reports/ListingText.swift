import Catalog

/// How a listing writes names, numbers, lines and tables in its language and format.
///
/// English is the command line's original text: ids, dot decimals, Markdown escaped when the
/// table is rendered. Vietnamese names indicators and provinces by their catalog names (in
/// Markdown the id follows in a code span), writes `37,6` and `-15,38 đến -14,25`, and takes
/// its words from `Label` and `Localizer`; its Markdown cells are escaped as they are built,
/// since they mix text with code spans. The words themselves live in `Label` and
/// `Localizer` only.
struct ListingText {
  /// The language's words and numbers.
  var l: Localizer
  /// Where names of indicators and provinces come from.
  var catalog: Catalog
  /// Whether the output is Markdown (`md`), not a terminal table.
  var markdown: Bool

  init(_ localizer: Localizer, _ catalog: Catalog, markdown: Bool) {
    l = localizer
    self.catalog = catalog
    self.markdown = markdown
  }

  var vi: Bool { l.vi }

  /// The label's words, unescaped (a header; `text` them for a cell or a line).
  func callAsFunction(_ label: Label) -> String { l(label) }

  /// Free text for a cell or a line: escaped at once in Vietnamese Markdown (whose cells are
  /// Markdown already), else as it is.
  func text(_ s: String) -> String { vi && markdown ? MarkdownTable.cell(s) : s }

  /// A figure's text (`37.6`, `9–10`, `≥ 40`) with the language's decimal mark.
  func number(_ s: String) -> String { text(l.numeric(s)) }

  /// A target's figure as the document states it (`≥ 37,6`, `(định tính)` in Vietnamese).
  func figure(_ target: Target) -> String {
    vi ? number(target.quantity?.reading ?? l.figure(nil)) : TargetListing.figure(target)
  }

  /// An id a reader may type (a target, an observation, a document): a code span in
  /// Vietnamese Markdown, else as it is.
  func id(_ id: String) -> String { vi && markdown ? MarkdownTable.code(id) : id }

  /// `label`, then in Vietnamese Markdown `id` in a code span; `id` alone in English.
  func named(_ label: String, _ id: String) -> String {
    guard vi else { return id }
    let shown = label.isEmpty ? id : label
    return markdown ? MarkdownTable.cell(shown) + " " + MarkdownTable.code(id) : shown
  }

  /// An indicator: its id in English, its Vietnamese name in Vietnamese.
  func indicator(_ id: String) -> String { named(catalog.indicator(id: id)?.name ?? "", id) }

  /// A province or region: its id in English, its name in Vietnamese.
  func geo(_ id: String) -> String { named(catalog.geoName(id), id) }

  /// Several geos, `, `-joined (`;`-joined ids in English cells keep `joiner`).
  func geos(_ ids: [String], joiner: String = ", ") -> String {
    ids.map(geo).joined(separator: vi ? ", " : joiner)
  }

  /// A caveat in the language, unescaped; in Vietnamese an inheritance is said without the
  /// engine's English rule (which names provinces by id).
  func caveat(_ c: Caveat) -> String {
    guard vi, case .inherited(let target, _) = c else { return vi ? l.caveat(c) : "\(c)" }
    return "\(target) \(l(.listInheritedThroughMerger))"
  }

  /// A table: padded text for the terminal, GitHub Markdown otherwise.
  func table(_ header: [String], _ rows: [[String]]) -> String {
    guard markdown else { return TextTable(header: header, rows: rows).rendered() }
    var table = MarkdownTable(header: header.map(text), rows: rows)
    table.cellsAreMarkdown = vi
    return table.rendered()
  }

  /// A note line: `  line` in a terminal, `- line` in Markdown (escaped here in English).
  func bullet(_ line: String) -> String {
    markdown ? "- " + (vi ? line : MarkdownTable.cell(line)) + "\n" : "  \(line)\n"
  }

  /// A heading or title line: `# title` (level 1) or `## title` in Markdown, the text alone
  /// in a terminal.
  func heading(_ title: String, level: Int = 2) -> String {
    guard markdown else { return title }
    return String(repeating: "#", count: level) + " " + (vi ? title : MarkdownTable.cell(title))
  }
}
