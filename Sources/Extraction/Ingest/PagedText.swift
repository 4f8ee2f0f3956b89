import Support

/// The text of an ingested document as stored under `sources/`: each page starts with a marker
/// line `=== trang N ===` (trang: page), so that a quote can be cited as "page 3, line 12",
/// the line counted within its page from the line after the marker (docs/formats.md).
public struct PagedText: Sendable {
  /// The stored text, markers included.
  public let text: String
  /// The file line of each page's marker, by page number (1-based): `markers[p] = line`.
  private let markers: [(page: Int, line: Int)]

  /// The marker line of page `page`.
  public static func marker(_ page: Int) -> String { "=== trang \(page) ===" }

  /// The stored form of `pages` (in order, numbered from 1): NFC text, each page after its
  /// marker and ending with a line end; form feeds left by the converters are dropped.
  public init(pages: [String]) {
    var text = ""
    for (index, page) in pages.enumerated() {
      var body = Text.nfc(page).replacingOccurrences(of: "\u{0C}", with: "")
      body = body.replacingOccurrences(of: "\r\n", with: "\n")
      if !body.isEmpty && !body.hasSuffix("\n") { body += "\n" }
      text += Self.marker(index + 1) + "\n" + body
    }
    self.init(text)
  }

  /// Reads the markers of a stored text; a text without markers is one page.
  public init(_ text: String) {
    self.text = text
    var markers: [(Int, Int)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if let page = Self.page(ofMarker: line) { markers.append((page, index + 1)) }
    }
    self.markers = markers
  }

  /// The page number a marker line names, or nil for any other line.
  static func page(ofMarker line: Substring) -> Int? {
    let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
    guard trimmed.hasPrefix("=== trang "), trimmed.hasSuffix(" ==="),
      trimmed.count > "=== trang  ===".count
    else { return nil }
    let number = trimmed.dropFirst("=== trang ".count).dropLast(" ===".count)
    guard number.allSatisfy(\.isASCII), let page = Int(number), page > 0 else { return nil }
    return page
  }

  /// How many pages the text has (1 for a text without markers).
  public var pageCount: Int { max(1, markers.count) }

  /// The page and the line within it (from 1, after the marker) of file line `line`; a text
  /// without markers is page 1 with its own line numbers.
  public func place(ofLine line: Int) -> (page: Int, line: Int) {
    guard let marker = markers.last(where: { $0.line <= line }) else { return (1, line) }
    return (marker.page, line - marker.line)
  }

  /// The text with every marker line blanked (its line kept empty), for the extractor: page
  /// numbers are not figures, and file lines stay the same.
  public var withoutMarkers: String {
    guard !markers.isEmpty else { return text }
    let lines = Set(markers.map(\.line))
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      lines.contains($0.offset + 1) ? "" : String($0.element)
    }.joined(separator: "\n")
  }
}
