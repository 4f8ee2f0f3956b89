import Support

/// A Word document (Office Open XML WordprocessingML, `.docx`) written without any library: a
/// ZIP of a few XML parts. It knows what provbench's documents need and nothing more:
/// paragraphs of formatted runs, fixed-width tables with a repeated header row, real
/// footnotes, a page-number header that skips the first page, and an A4 section.
struct WordDocument: Sendable {
  /// What a run of text looks like.
  struct Format: Sendable, Hashable {
    var bold = false
    var italic = false
    var underline = false
    /// The size in points; nil for the document's default.
    var points: Double?
  }

  /// One run: text, a footnote reference, or a line break.
  enum Run: Sendable, Hashable {
    case text(String, Format)
    /// A reference to `footnotes[index]`, numbered by Word in order of appearance.
    case footnote(Int)
    /// A second reference to a footnote: its number, raised, as Word shows a reference.
    case footnoteAgain(Int)
    case lineBreak
  }

  /// Horizontal alignment of a paragraph.
  enum Alignment: String, Sendable {
    case left
    case center
    case right
    /// Justified, as administrative text is set.
    case both
  }

  /// A paragraph; distances are in twentieths of a point (twips, 567 to the centimetre).
  struct Paragraph: Sendable, Hashable {
    var runs: [Run]
    var alignment: Alignment = .left
    var firstLineIndent = 0
    var leftIndent = 0
    var rightIndent = 0
    var spaceBefore = 0
    var spaceAfter = 0
    /// Line spacing in 240ths of a line (240 single, 360 one and a half).
    var lineSpacing = 240
    /// Kept on the same page as the next paragraph (captions, headings).
    var keepWithNext = false
    /// A rule under the paragraph, as long as the space between its indents.
    var ruleBelow = false
    /// A rule at the left, for notices.
    var ruleLeft = false
    /// A page break before the paragraph.
    var pageBreakBefore = false

    init(_ runs: [Run], alignment: Alignment = .left) {
      self.runs = runs
      self.alignment = alignment
    }
  }

  /// A table of fixed column widths (twips) whose first `headerRows` rows repeat on every page.
  struct Table: Sendable, Hashable {
    var widths: [Int]
    var rows: [[[Paragraph]]]
    var headerRows = 1
    var borders = true
  }

  /// A block of the body.
  enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case table(Table)
    /// The end of a section laid out on `PageSetup` (the last section's is `page`); the next
    /// block starts a new page.
    case sectionEnd(PageSetup)
  }

  /// The page: A4 by default, margins in twips.
  struct PageSetup: Sendable, Hashable {
    var width = 11906
    var height = 16838
    var top = 1134
    var bottom = 1134
    var left = 1701
    var right = 851
    /// The width between the margins.
    var textWidth: Int { width - left - right }

    /// The same page turned sideways, for wide tables; the wide margin stays at the left.
    var landscape: PageSetup {
      var turned = self
      (turned.width, turned.height) = (max(width, height), min(width, height))
      return turned
    }
  }

  var body: [Block]
  /// Each footnote's paragraphs; `Run.footnote(i)` refers to `footnotes[i]`.
  var footnotes: [[Paragraph]]
  /// The page of the last section (of the only one, without a `sectionEnd`).
  var page = PageSetup()
  /// The default font and size of every run.
  var font = "Times New Roman"
  var points = 14.0
  /// The page number centred in the top margin of every page but the first.
  var pageNumbers = true
  /// The language Word checks the text in (`vi-VN`, `en-GB`).
  var language = "vi-VN"

  /// The `.docx` file's bytes; the same document always gives the same bytes.
  /// - Throws: `ZipWriter.Failure` for a document too large for a plain ZIP.
  func bytes() throws -> [UInt8] {
    let parts: [(String, String)] = [
      ("[Content_Types].xml", Self.contentTypes),
      ("_rels/.rels", Self.rootRelationships),
      ("word/document.xml", document),
      ("word/_rels/document.xml.rels", Self.documentRelationships),
      ("word/styles.xml", styles),
      ("word/settings.xml", Self.settings),
      ("word/footnotes.xml", footnotesPart),
      ("word/header1.xml", header(numbered: pageNumbers)),
      ("word/header2.xml", header(numbered: false)),
    ]
    return try ZipWriter.archive(parts.map { ZipWriter.Entry(path: $0.0, data: Array($0.1.utf8)) })
  }

  // MARK: Parts

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  private static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let namespaces = "xmlns:w=\"\(w)\" xmlns:r=\"\(r)\""
  private static let wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

  private static let contentTypes =
    declaration
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordType).document.main+xml\"/>"
    + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordType).styles+xml\"/>"
    + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordType).settings+xml\"/>"
    + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"\(wordType).footnotes+xml\"/>"
    + "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wordType).header+xml\"/>"
    + "<Override PartName=\"/word/header2.xml\" ContentType=\"\(wordType).header+xml\"/>"
    + "</Types>"

  private static let rootRelationships =
    declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"word/document.xml\"/>"
    + "</Relationships>"

  private static let documentRelationships =
    declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(r)/styles\" Target=\"styles.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(r)/settings\" Target=\"settings.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"\(r)/footnotes\" Target=\"footnotes.xml\"/>"
    + "<Relationship Id=\"rId4\" Type=\"\(r)/header\" Target=\"header1.xml\"/>"
    + "<Relationship Id=\"rId5\" Type=\"\(r)/header\" Target=\"header2.xml\"/>"
    + "</Relationships>"

  /// Footnotes 0 and 1 are the separator lines Word expects before any footnote.
  private static let settings =
    declaration + "<w:settings \(namespaces)>"
    + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
    + "<w:footnotePr><w:footnote w:id=\"0\"/><w:footnote w:id=\"1\"/></w:footnotePr>"
    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    + "</w:settings>"

  private var styles: String {
    let font = Self.escape(self.font)
    let fonts =
      "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
    return Self.declaration + "<w:styles \(Self.namespaces)>"
      + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:color w:val=\"000000\"/>"
      + "<w:sz w:val=\"\(Self.halfPoints(points))\"/><w:szCs w:val=\"\(Self.halfPoints(points))\"/>"
      + "<w:lang w:val=\"\(Self.escape(language))\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
      + "</w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/></w:pPr>"
      + "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>"
      + "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
      + "</w:tblCellMar></w:tblPr></w:style>"
      + "</w:styles>"
  }

  private var document: String {
    var out = Self.declaration + "<w:document \(Self.namespaces)><w:body>"
    var first = true
    for block in body {
      switch block {
      case .paragraph(let p): out += Self.paragraph(p)
      case .table(let t): out += Self.table(t)
      case .sectionEnd(let setup):
        out += "<w:p><w:pPr>\(Self.sectionProperties(setup, first: first))</w:pPr></w:p>"
        first = false
      }
    }
    // Word wants a paragraph, not a table, just before the section properties
    if case .table = body.last { out += "<w:p/>" }
    out += Self.sectionProperties(page, first: first)
    return out + "</w:body></w:document>"
  }

  /// A section's page; only the first section has a first page without a number.
  private static func sectionProperties(_ p: PageSetup, first: Bool) -> String {
    var out = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/>"
    if first { out += "<w:headerReference w:type=\"first\" r:id=\"rId5\"/>" }
    out += "<w:type w:val=\"nextPage\"/>"
    out += "<w:pgSz w:w=\"\(p.width)\" w:h=\"\(p.height)\""
    out += p.width > p.height ? " w:orient=\"landscape\"/>" : "/>"
    out +=
      "<w:pgMar w:top=\"\(p.top)\" w:right=\"\(p.right)\" w:bottom=\"\(p.bottom)\" w:left=\"\(p.left)\""
      + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
    return out + (first ? "<w:titlePg/></w:sectPr>" : "</w:sectPr>")
  }

  private var footnotesPart: String {
    var out =
      Self.declaration + "<w:footnotes \(Self.namespaces)>"
      + "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      + "<w:footnote w:type=\"continuationSeparator\" w:id=\"1\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    for (index, paragraphs) in footnotes.enumerated() {
      out += "<w:footnote w:id=\"\(index + 2)\">"
      let body = paragraphs.isEmpty ? [Paragraph([])] : paragraphs
      for (n, p) in body.enumerated() {
        // the first paragraph starts with the footnote's own number
        out += Self.paragraph(p, style: "FootnoteText", footnoteMark: n == 0)
      }
      out += "</w:footnote>"
    }
    return out + "</w:footnotes>"
  }

  private func header(numbered: Bool) -> String {
    var out =
      Self.declaration + "<w:hdr \(Self.namespaces)><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
    out += "<w:jc w:val=\"center\"/></w:pPr>"
    if numbered {
      let field = { (inner: String) in "<w:r>\(inner)</w:r>" }
      out += field("<w:fldChar w:fldCharType=\"begin\"/>")
      out += field("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
      out += field("<w:fldChar w:fldCharType=\"separate\"/>")
      out += field("<w:t>2</w:t>")
      out += field("<w:fldChar w:fldCharType=\"end\"/>")
    }
    return out + "</w:p></w:hdr>"
  }

  // MARK: Body XML

  private static func paragraph(
    _ p: Paragraph, style: String? = nil, footnoteMark: Bool = false
  ) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if p.keepWithNext { properties += "<w:keepNext/>" }
    if p.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
    if p.ruleBelow || p.ruleLeft {
      properties += "<w:pBdr>"
      if p.ruleLeft {
        properties += "<w:left w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"000000\"/>"
      }
      if p.ruleBelow {
        properties += "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/>"
      }
      properties += "</w:pBdr>"
    }
    properties +=
      "<w:spacing w:before=\"\(p.spaceBefore)\" w:after=\"\(p.spaceAfter)\" w:line=\"\(p.lineSpacing)\" w:lineRule=\"auto\"/>"
    if p.leftIndent != 0 || p.rightIndent != 0 || p.firstLineIndent != 0 {
      properties += "<w:ind w:left=\"\(p.leftIndent)\" w:right=\"\(p.rightIndent)\""
      properties += p.firstLineIndent > 0 ? " w:firstLine=\"\(p.firstLineIndent)\"/>" : "/>"
    }
    properties += "<w:jc w:val=\"\(p.alignment.rawValue)\"/>"
    var out = "<w:p><w:pPr>\(properties)</w:pPr>"
    if footnoteMark {
      out += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
      out += "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
    }
    for run in p.runs { out += self.run(run) }
    return out + "</w:p>"
  }

  private static func run(_ run: Run) -> String {
    switch run {
    case .lineBreak:
      return "<w:r><w:br/></w:r>"
    case .footnoteAgain(let index):
      return
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>\(index + 1)</w:t></w:r>"
    case .footnote(let index):
      return
        "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(index + 2)\"/></w:r>"
    case .text(let text, let format):
      var properties = ""
      if format.bold { properties += "<w:b/><w:bCs/>" }
      if format.italic { properties += "<w:i/><w:iCs/>" }
      if format.underline { properties += "<w:u w:val=\"single\"/>" }
      if let points = format.points {
        properties +=
          "<w:sz w:val=\"\(halfPoints(points))\"/><w:szCs w:val=\"\(halfPoints(points))\"/>"
      }
      let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
      // a line break inside data text is a Word line break, not a lost character
      return text.split(separator: "\n", omittingEmptySubsequences: false).map {
        "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t></w:r>"
      }.joined(separator: "<w:r><w:br/></w:r>")
    }
  }

  private static func table(_ t: Table) -> String {
    let total = t.widths.reduce(0, +)
    var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
    if t.borders {
      out += "<w:tblBorders>"
      for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      }
      out += "</w:tblBorders>"
    }
    // cell margins on the table itself: LibreOffice does not take them from the table style
    out +=
      "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"\(Self.cellMargin)\" w:type=\"dxa\"/>"
    out += "<w:right w:w=\"\(Self.cellMargin)\" w:type=\"dxa\"/></w:tblCellMar>"
    out += "<w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>"
    out += t.widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    for (index, row) in t.rows.enumerated() {
      out += "<w:tr><w:trPr>"
      // a header row repeats on every page and is never split from the first data row
      if index < t.headerRows { out += "<w:cantSplit/><w:tblHeader/>" }
      out += "</w:trPr>"
      for (column, paragraphs) in row.enumerated() {
        let width = column < t.widths.count ? t.widths[column] : 0
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        out += (paragraphs.isEmpty ? [Paragraph([])] : paragraphs).map { paragraph($0) }.joined()
        out += "</w:tc>"
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }

  /// The space between a cell's border and its text, left and right, in twips.
  static let cellMargin = 85

  private static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }

  /// `s` for XML text and attributes; characters XML 1.0 does not allow become U+FFFD.
  static func escape(_ s: String) -> String { Workbook.escape(s) }
}
