import Support

/// The heading block of a Vietnamese administrative document, as Decree 30/2020/NĐ-CP
/// (Phụ lục I) places it: the issuing body and the number at the left, the national title and
/// motto and the place and date at the right, then the kind of document and its subject.
public struct DocumentHeading: Sendable, Hashable {
  /// The bodies above the issuer, one per line, upright (e.g. `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU`
  /// above a department); empty when the issuer stands alone.
  public var parentBodies: [String]
  /// The issuing body, bold; a line break may split a long name (`ỦY BAN NHÂN DÂN\nTỈNH …`).
  public var issuer: String
  /// What follows `Số:`: the number and symbol, blank before the clerk numbers it.
  public var number: String
  /// The place of the date line, e.g. `Lai Châu`.
  public var place: String
  /// The kind of document, e.g. `BÁO CÁO`.
  public var kind: String
  /// Marks a draft (`DỰ THẢO`) above the issuing body.
  public var isDraft: Bool

  /// A heading with every field given.
  public init(
    parentBodies: [String] = [], issuer: String, number: String, place: String, kind: String,
    isDraft: Bool = false
  ) {
    self.parentBodies = parentBodies
    self.issuer = issuer
    self.number = number
    self.place = place
    self.kind = kind
    self.isDraft = isDraft
  }

  /// The heading of a report issued by a province's People's Committee (`ỦY BAN NHÂN DÂN /
  /// TỈNH …`, `Số:      /BC-UBND`), the default until the office names its own body.
  /// - Parameters:
  ///   - province: the province's name, `(mới)` and the like dropped from the place.
  ///   - language: Vietnamese, or English for a translation of the same layout.
  public static func provincialReport(
    _ province: String, language: Language, isDraft: Bool = false
  ) -> DocumentHeading {
    let place = Self.placeName(province)
    return language == .vi
      ? DocumentHeading(
        issuer: "ỦY BAN NHÂN DÂN\nTỈNH \(place.uppercased())", number: "        /BC-UBND",
        place: place, kind: "BÁO CÁO", isDraft: isDraft)
      : DocumentHeading(
        issuer: "PEOPLE'S COMMITTEE\nOF \(place.uppercased()) PROVINCE",
        number: "        /BC-UBND", place: place, kind: "REPORT", isDraft: isDraft)
  }

  /// `Lào Cai (mới)` → `Lào Cai`: a place is named without the catalog's qualifiers.
  static func placeName(_ name: String) -> String {
    guard let open = name.firstIndex(of: "(") else { return name }
    return name[..<open].trimmingCharacters(in: .whitespaces)
  }
}

/// A report page as a Word document laid out as a Vietnamese administrative document
/// (Decree 30/2020/NĐ-CP, Phụ lục I): A4, margins 20 mm top and bottom, 30 mm left, 15 mm
/// right; Times New Roman; the heading block; body text of 14 pt, justified; tables that fit
/// the width and repeat their header row; each figure's source and quote as a real Word
/// footnote; page numbers centred in the top margin from the second page.
public struct AdministrativeDocument: Sendable {
  /// The page whose title becomes the subject line and whose blocks become the body.
  public var page: Page
  /// The heading block.
  public var heading: DocumentHeading

  /// The document of `page` under `heading`.
  public init(page: Page, heading: DocumentHeading) {
    self.page = page
    self.heading = heading
  }

  /// The `.docx` file's bytes; the same page and heading always give the same bytes.
  /// - Throws: `ZipWriter.Failure` for a document too large for a plain ZIP.
  public func bytes() throws -> [UInt8] {
    try word().bytes()
  }

  var vi: Bool { page.language == .vi }

  /// A table of more columns than this is set on a landscape page of its own section, as
  /// the decree allows for tables that are not made an annex.
  static let portraitColumns = 6

  func word() -> WordDocument {
    let portrait = WordDocument.PageSetup()
    // the page each block is set on: a heading goes with the block it introduces
    let setups = page.blocks.indices.map { index -> WordDocument.PageSetup in
      let next = page.blocks[index...].first { if case .heading = $0 { false } else { true } }
      let wide = next.map { Self.columns($0) > Self.portraitColumns } ?? false
      return wide ? portrait.landscape : portrait
    }
    // a page that opens with a wide table is landscape from its heading block on, rather than
    // leaving the first page nearly empty
    var current = setups.first ?? portrait
    var builder = Builder(page: page)
    var body = headingBlocks(width: current.textWidth)
    for (block, setup) in zip(page.blocks, setups) {
      if setup != current {
        body.append(.sectionEnd(current))
        current = setup
      }
      body += builder.blocks(block, width: current.textWidth)
    }
    var document = WordDocument(body: body, footnotes: builder.footnotes)
    document.page = current
    document.language = vi ? "vi-VN" : "en-GB"
    return document
  }

  /// The number of columns of a table or chart block; 0 for other blocks.
  static func columns(_ block: Block) -> Int {
    switch block {
    case .table(let table): table.header.count
    case .chart(let chart): ChartData(chart, .en).header.count
    default: 0
    }
  }

  typealias Paragraph = WordDocument.Paragraph
  typealias Format = WordDocument.Format

  /// The two-column heading block, the kind of document and the subject with its rule.
  func headingBlocks(width: Int) -> [WordDocument.Block] {
    let left = width * 2 / 5
    let right = width - left
    var issuerColumn: [Paragraph] = []
    if heading.isDraft {
      var draft = Paragraph(
        [.text(vi ? "DỰ THẢO" : "DRAFT", Format(bold: true, points: 12))], alignment: .center)
      draft.spaceAfter = 120
      issuerColumn.append(draft)
    }
    for body in heading.parentBodies {
      issuerColumn.append(
        Paragraph([.text(body.uppercased(), Format(points: 13))], alignment: .center))
    }
    issuerColumn.append(
      Paragraph(
        Self.lines(heading.issuer.uppercased(), Format(bold: true, points: 13)), alignment: .center)
    )
    // a short rule under the issuer, a third of the column
    var rule = Paragraph([], alignment: .center)
    rule.ruleBelow = true
    rule.leftIndent = left / 3
    rule.rightIndent = left / 3
    issuerColumn.append(rule)
    var number = Paragraph(
      [.text((vi ? "Số: " : "No.: ") + heading.number, Format(points: 13))], alignment: .center)
    number.spaceBefore = 120
    issuerColumn.append(number)

    let motto = vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness"
    var mottoLine = Paragraph([.text(motto, Format(bold: true, points: 13))], alignment: .center)
    // the motto's rule is as long as the motto: about 0.5 em a character at 13 pt
    let mottoWidth = min(right, motto.count * 13 * 10 + 200)
    mottoLine.ruleBelow = true
    mottoLine.leftIndent = (right - mottoWidth) / 2
    mottoLine.rightIndent = (right - mottoWidth) / 2
    var date = Paragraph(
      [
        .text(
          vi
            ? "\(heading.place), ngày      tháng      năm      "
            : "\(heading.place), ……………… 20……", Format(italic: true, points: 14))
      ], alignment: .center)
    date.spaceBefore = 240
    let nationColumn = [
      Paragraph(
        [
          .text(
            vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM",
            Format(bold: true, points: 12.5))
        ], alignment: .center),
      mottoLine, date,
    ]
    let block = WordDocument.Table(
      widths: [left, right], rows: [[issuerColumn, nationColumn]], headerRows: 0, borders: false)

    var kind = Paragraph([.text(heading.kind.uppercased(), Format(bold: true))], alignment: .center)
    kind.spaceBefore = 480
    kind.keepWithNext = true
    var subject = Paragraph([.text(page.title, Format(bold: true))], alignment: .center)
    subject.keepWithNext = true
    var subjectRule = Paragraph([], alignment: .center)
    subjectRule.ruleBelow = true
    subjectRule.leftIndent = width * 3 / 8
    subjectRule.rightIndent = width * 3 / 8
    subjectRule.spaceAfter = 360
    return [.table(block), .paragraph(kind), .paragraph(subject), .paragraph(subjectRule)]
  }

  static func lines(_ text: String, _ format: Format) -> [WordDocument.Run] {
    var runs: [WordDocument.Run] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { runs.append(.lineBreak) }
      runs.append(.text(String(line), format))
    }
    return runs
  }

  /// Turns the page's blocks into Word blocks, collecting a footnote per note reference.
  struct Builder {
    let page: Page
    let notes: [String: Note]
    var footnotes: [[Paragraph]] = []
    /// The footnote each note became at its first reference.
    var footnoteOf: [String: Int] = [:]

    init(page: Page) {
      self.page = page
      var notes: [String: Note] = [:]
      for note in page.notes where notes[note.id] == nil { notes[note.id] = note }
      self.notes = notes
    }

    /// Body text: justified, first line indented 1 cm, 6 pt after, a little leading.
    static func body(_ runs: [WordDocument.Run]) -> Paragraph {
      var p = Paragraph(runs, alignment: .both)
      p.firstLineIndent = 567
      p.spaceAfter = 120
      p.lineSpacing = 276
      return p
    }

    mutating func blocks(_ block: Block, width: Int) -> [WordDocument.Block] {
      switch block {
      case .heading(let level, let text, _):
        var p = Paragraph(
          [.text(text, Format(bold: true, italic: level > 2))], alignment: .left)
        p.spaceBefore = level <= 2 ? 240 : 120
        p.spaceAfter = 120
        p.keepWithNext = true
        return [.paragraph(p)]
      case .paragraph(let content):
        return [.paragraph(Self.body(runs(content)))]
      case .bullets(let items):
        return items.map { item in
          var p = Self.body([.text("- ", Format())] + runs(item))
          p.spaceAfter = 60
          return .paragraph(p)
        }
      case .notice(let content, _):
        var p = Paragraph(runs(content, Format(italic: true)), alignment: .both)
        p.ruleLeft = true
        p.leftIndent = 284
        p.spaceBefore = 60
        p.spaceAfter = 120
        p.lineSpacing = 264
        return [.paragraph(p)]
      case .table(let table):
        let cells = table.rows.map { row in
          row.map { (content: $0.content, centred: $0.sortKey != nil) }
        }
        return self.table(caption: table.caption, header: table.header, cells: cells, width: width)
      case .chart(let chart):
        let data = ChartData(chart, page.language)
        let cells = data.rows.map { row in
          [
            (
              content: [row.emphasised ? Inline.strong(row.label) : Inline.text(row.label)],
              centred: false
            )
          ] + row.values.map { (content: [Inline.text($0)], centred: true) }
        }
        return table(caption: data.title, header: data.header, cells: cells, width: width)
      }
    }

    mutating func table(
      caption: String, header: [String], cells: [[(content: [Inline], centred: Bool)]], width: Int
    ) -> [WordDocument.Block] {
      guard !header.isEmpty else { return [] }
      let points: Double = header.count > 4 ? 11 : 12
      var out: [WordDocument.Block] = []
      if !caption.isEmpty {
        var p = Paragraph([.text(caption, Format(bold: true, italic: true, points: 13))])
        p.spaceBefore = 120
        p.spaceAfter = 60
        p.keepWithNext = true
        out.append(.paragraph(p))
      }
      let texts = [header] + cells.map { row in row.map { $0.content.plainText } }
      let widths = Self.widths(texts, total: width, points: points)
      var rows: [[[Paragraph]]] = [
        header.map {
          [Paragraph([.text($0, Format(bold: true, points: points))], alignment: .center)]
        }
      ]
      for row in cells {
        var wordRow: [[Paragraph]] = []
        for cell in row {
          wordRow.append([
            Paragraph(
              runs(cell.content, Format(points: points)), alignment: cell.centred ? .center : .left)
          ])
        }
        rows.append(wordRow)
      }
      out.append(.table(WordDocument.Table(widths: widths, rows: rows)))
      var gap = Paragraph([.text("", Format(points: 6))])
      gap.spaceAfter = 60
      out.append(.paragraph(gap))
      return out
    }

    /// Column widths that add up to `total`: shares follow each column's longest text (capped,
    /// so one long note does not starve the others), and no column is narrower than its
    /// longest word (up to 14 characters), so words are not broken when there is room.
    static func widths(_ texts: [[String]], total: Int, points: Double) -> [Int] {
      let columns = texts.first?.count ?? 0
      guard columns > 0 else { return [] }
      // a character of Times New Roman is about half an em, a Vietnamese one with its marks a
      // little more; the cell's margins and a little slack come on top
      let perCharacter = points * 11
      let padding = Double(2 * WordDocument.cellMargin + 40)
      var wants = [Double](repeating: 3, count: columns)
      var floors = [Double](repeating: 3, count: columns)
      for row in texts {
        for (column, text) in row.enumerated() where column < columns {
          wants[column] = max(wants[column], Double(min(text.count, 40)))
          let word = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
          floors[column] = max(floors[column], Double(min(word, 14)))
        }
      }
      let minimum = floors.map { $0 * perCharacter + padding }
      let available = Double(total)
      var widths: [Double]
      if minimum.reduce(0, +) >= available {
        let scale = available / minimum.reduce(0, +)
        widths = minimum.map { $0 * scale }
      } else {
        // share what the floors leave in proportion to how much more each column wants
        let extra = zip(wants, floors).map { max($0 - $1, 0.5) }
        let spare = available - minimum.reduce(0, +)
        let sum = extra.reduce(0, +)
        widths = zip(minimum, extra).map { $0 + spare * $1 / sum }
      }
      var ints = widths.map { Int($0.rounded(.down)) }
      ints[ints.count - 1] += total - ints.reduce(0, +)
      return ints
    }

    /// Runs of `content`; a note reference becomes a footnote carrying the note's lines.
    mutating func runs(
      _ content: [Inline], _ base: Format = Format(), inFootnote: Bool = false
    ) -> [WordDocument.Run] {
      var out: [WordDocument.Run] = []
      for inline in content {
        switch inline {
        case .text(let s), .link(let s, _, _):
          out.append(.text(s, base))
        case .strong(let s), .badge(let s, _):
          var bold = base
          bold.bold = true
          out.append(.text(s, bold))
        case .note(let id):
          // Word has no footnote inside a footnote
          guard !inFootnote, let note = notes[id] else { continue }
          // a note cited again points to its footnote's number instead of repeating it; Word
          // numbers footnotes in the order they appear, which is the order they are made here
          if let earlier = footnoteOf[id] {
            out.append(.footnoteAgain(earlier))
            continue
          }
          let lines = note.lines.map { line -> Paragraph in
            var p = Paragraph(runs(line, Format(), inFootnote: true), alignment: .both)
            p.lineSpacing = 240
            return p
          }
          footnotes.append(lines)
          footnoteOf[id] = footnotes.count - 1
          out.append(.footnote(footnotes.count - 1))
        }
      }
      return out
    }
  }
}
