import Catalog
import Extraction
import Support

/// The HTML page beside a review sheet (`<document>-review.html`): one card per candidate with
/// its kind, quote, place, indicator, comparator, figures, year and confidence, and the source text
/// around it with the quote marked. One self-contained file (no script, no fetched asset), so
/// it opens offline; every data string enters through `HTML.text` or an attribute, escaped.
public enum ReviewPage {
  /// How many source lines are shown before and after a quote.
  public static let contextLines = 3

  /// The page for `sheet`, whose rows quote `source`.
  /// - Parameters:
  ///   - sheetFile: the CSV file name, which the page tells the reviewer to edit.
  ///   - indicators: the catalog's indicators, whose Vietnamese names and units the page shows
  ///     (the id, which the sheet holds, after them).
  /// - Complexity: O(rows × context) plus one split of the source into lines.
  public static func render(
    _ sheet: ReviewSheet, source: PagedText, sheetFile: String, indicators: [Indicator] = []
  ) -> String {
    let names = Dictionary(
      indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let title = "Rà soát: \(sheet.document)"
    var body: [HTML] = [
      .inline("h1", [:], [.text(title)]),
      .inline(
        "p", [:],
        [
          .text(
            "\(sheet.rows.count) ứng viên. Ghi accept, edit (sau khi sửa dòng) hoặc reject vào"
              + " cột 'decision' của "),
          .inline("code", [:], [.text(sheetFile)]),
          .text(", rồi chạy 'provbench catalog add \(sheetFile)'."),
        ]),
    ]
    for row in sheet.rows {
      body.append(card(row, lines, source, names))
    }
    let page = HTML.group([
      .raw("<!DOCTYPE html>\n"),
      .block(
        "html", ["lang": "vi"],
        [
          .block(
            "head", [:],
            [
              .empty("meta", ["charset": "utf-8"], selfClosing: false),
              .empty(
                "meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"],
                selfClosing: false),
              .inline("title", [:], [.text(title)]),
              .inline("style", [:], [.raw(stylesheet)]),
            ]),
          .block("body", [:], body),
        ]),
    ])
    return page.rendered() + "\n"
  }

  private static func card(
    _ row: ReviewSheet.Row, _ lines: [String], _ source: PagedText, _ names: [String: String]
  ) -> HTML {
    let indicator = indicatorLabel(row["indicator"], unit: row["unit"], names: names)
    let figure = figureLabel(
      comparator: row["comparator"], value: row["value"], high: row["value_high"])
    let facts: [(String, String)] = [
      // Which file the row goes to: a past result read as a target is the commonest slip.
      ("đề xuất là", Self.kindLabel(row["kind"])),
      ("trang / dòng", "trang \(row["page"]), dòng \(row["line"])"),
      ("chỉ tiêu", indicator),
      (
        "mã chỉ tiêu, đơn vị (ghi trong bảng)",
        [row["indicator"], row["unit"]].filter { !$0.isEmpty }.joined(separator: ", ")
      ),
      ("so sánh và số liệu", figure),
      ("năm", row["year"].isEmpty ? "không tìm thấy" : row["year"]),
      ("độ tin cậy trích xuất", row["extraction_confidence"]),
      ("mục", row["section"]),
      ("ghi chú", ReasonText.vietnamese(row["note"], names: names)),
      ("lý do", ReasonText.vietnamese(row["reason"], names: names)),
    ]
    let definitions = facts.filter { !$0.1.isEmpty }.flatMap { name, value -> [HTML] in
      [.inline("dt", [:], [.text(name)]), .inline("dd", [:], [.text(value)])]
    }
    let first = max(1, row.lines.lowerBound - contextLines)
    let last = min(lines.count, row.lines.upperBound + contextLines)
    var context: [HTML] = []
    if first <= last {
      for number in first...last {
        let place = source.place(ofLine: number)
        let inQuote = row.lines.contains(number)
        let text = lines[number - 1]
        let content: [HTML] = inQuote ? highlighted(text, quote: row["quote"]) : [.text(text)]
        context.append(
          .inline(
            "span", ["class": inQuote ? "line quoted" : "line"],
            [.inline("span", ["class": "number"], [.text("\(place.page):\(place.line)")])]
              + content))
      }
    }
    return .block(
      "section", ["class": "candidate", "id": row["id"]],
      [
        .inline("h2", [:], [.text("\(row["id"]) · \(indicator) · \(figure)")]),
        .inline("blockquote", [:], [.text(row["quote"])]),
        .block("dl", [:], definitions),
        .inline("pre", ["class": "source"], context),
      ])
  }

  /// The indicator as a Vietnamese reader names it, with its unit: `Tỷ trọng kinh tế số trong
  /// GRDP (% GRDP)`; `chưa phân loại` for a figure no keyword explains, the id itself for one
  /// the catalog does not name.
  static func indicatorLabel(_ id: String, unit: String, names: [String: String]) -> String {
    let name = id == "unclassified" || id.isEmpty ? "chưa phân loại" : names[id] ?? id
    guard let unit = Unit(rawValue: unit) else { return name }
    return "\(name) (\(Localizer(.vi).unit(unit)))"
  }

  /// The comparator and figures as a Vietnamese reader writes them: `≥ 25`, `~ 9–10`, `12,45`
  /// for the sheet's `12.45`; a field that is not a number is shown as the sheet has it. Unlike
  /// the reports' `Localizer.figure`, no decimal is rounded away: the reviewer checks the figure
  /// against the source (`12,5 tỷ đồng` is 0,0125 trillion here).
  static func figureLabel(comparator: String, value: String, high: String) -> String {
    func number(_ text: String) -> String {
      guard let x = Double(text), x.isFinite else { return text }
      return NumberFormat.localized(x, vietnamese: true)
    }
    let low = number(value)
    let upper = high.isEmpty ? nil : number(high)
    switch Comparison(rawValue: comparator) {
    case .range?: return "\(low)–\(upper ?? low)"
    case let known?: return "\(known.symbol) \(low)" + (upper.map { "–\($0)" } ?? "")
    case nil:
      return [comparator, low].filter { !$0.isEmpty }.joined(separator: " ")
        + (upper.map { "–\($0)" } ?? "")
    }
  }

  /// The sheet's `kind` in Vietnamese, with the value to write in the sheet after it.
  static func kindLabel(_ kind: String) -> String {
    switch kind {
    case "target": "mục tiêu (target)"
    case "observation": "kết quả đã đạt (observation)"
    default: kind
    }
  }

  /// `line` with the part that is in `quote` marked: the quote itself when the line holds it
  /// whole, else the whole line (a quote spanning lines).
  private static func highlighted(_ line: String, quote: String) -> [HTML] {
    let collapsed = Text.collapsingWhitespace(line)
    if !quote.isEmpty, let range = collapsed.range(of: quote) {
      return [
        .text(String(collapsed[..<range.lowerBound])),
        .inline("mark", [:], [.text(String(collapsed[range]))]),
        .text(String(collapsed[range.upperBound...])),
      ]
    }
    return [.inline("mark", [:], [.text(line)])]
  }

  // The source lines keep a fixed-width font for `pdftotext -layout` tables, but one that has
  // Vietnamese letters: with DejaVu Sans Mono, or a generic `monospace` in the list, Chromium
  // draws `ế`, `ổ`, `ố` with their marks beside them (checked in Chromium headless).
  private static let stylesheet: StaticString = """
    body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 60rem; margin: 2rem auto;
      padding: 0 1rem; color: #1a1a1a; }
    section.candidate { border: 1px solid #ccc; border-radius: 6px; padding: 0 1rem 1rem;
      margin: 1.5rem 0; }
    h2 { font-size: 1.1rem; }
    blockquote { margin: 0; padding: 0.5rem 1rem; background: #f5f5f5; border-left: 4px solid #888; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    pre.source { white-space: pre-wrap; background: #fafafa; padding: 0.5rem; font-size: 0.9rem;
      font-family: "Liberation Mono", "Courier New"; }
    .line { display: block; }
    .number { color: #777; display: inline-block; min-width: 4rem; }
    .quoted { background: #fff7d6; }
    mark { background: #ffd84d; }
    """
}
