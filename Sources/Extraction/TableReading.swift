import Catalog
import Support

extension Extraction {
  /// A table as `pdftotext -layout` writes it: a header naming year columns (`Năm 2025`,
  /// `Mục tiêu năm 2030`, `Giai đoạn 2026-2030`), then one row per indicator, or per province,
  /// with its figures under those columns (docs/methodology.md, "Tables").
  struct Table: Sendable {
    /// One column of the header: its character span and what it holds.
    struct Column: Sendable {
      enum Kind: Sendable, Equatable {
        /// Row names: the indicator (`Chỉ tiêu`), or a place (`Tỉnh, thành phố`).
        case label
        /// `Đơn vị tính`, `ĐVT`.
        case unit
        /// `STT`, `TT`.
        case number
        /// Figures of one horizon; `role` nil where the header does not say (a plain `Năm 2025`).
        case values(Horizon, role: CandidateTarget.Role?)
      }

      /// Character columns of the header text, end exclusive.
      var start: Int
      var end: Int
      /// The header text, its lines joined.
      var title: String
      /// The first header line with text of this column.
      var line: Int
      var kind: Kind

      var horizon: Horizon? {
        if case .values(let horizon, _) = kind { return horizon }
        return nil
      }
    }

    /// One figure cell of a row.
    struct Cell: Sendable {
      /// Index into `columns`.
      var column: Int
      var text: String
      var line: Int
    }

    /// One row: its name, unit and figure cells.
    struct Row: Sendable {
      /// The source lines of the row, wrapped name lines included.
      var lines: ClosedRange<Int>
      /// The row's name before each values column, by column index: one name for an indicator
      /// table, one per side for a table printed in two halves (`Tỉnh | % | Tỉnh | %`).
      var labels: [Int: String]
      var unit: String
      var cells: [Cell]
    }

    /// From the first header line to the last row line.
    var lines: ClosedRange<Int>
    var columns: [Column]
    var rows: [Row]
    /// The text above the header (a caption such as `Phụ lục: chỉ tiêu giai đoạn 2026-2030`).
    var caption: String
    /// The rows name places (`Tỉnh, thành phố`), not indicators.
    var rowsArePlaces: Bool
  }

  /// Finds tables in the layout-preserving text of a PDF.
  enum TableReading {
    /// A run of characters without a space, with its character columns.
    struct Word: Sendable, Equatable {
      var start: Int
      var end: Int
      var text: String
      var center: Double { Double(start + end) / 2 }
    }

    /// Words closer than this many spaces belong to one cell.
    static let cellGap = 2
    /// A table ends after this many lines without a row.
    static let maxLinesWithoutRow = 6

    static func tables(in plan: PlanText) -> [Table] {
      let raw = rawLines(plan)
      var tables: [Table] = []
      var line = 1
      while line <= raw.count {
        if let header = header(at: line, raw), let table = table(header, raw) {
          tables.append(table)
          line = table.lines.upperBound + 1
        } else if let table = flattened(at: line, raw) {
          tables.append(table)
          line = table.lines.upperBound + 1
        } else {
          line += 1
        }
      }
      return tables
    }

    /// The words of every line with their character columns (tabs to the next multiple of 8).
    static func rawLines(_ plan: PlanText) -> [[Word]] {
      var lines: [[Word]] = [[]]
      var column = 0
      var current: (start: Int, text: String.UnicodeScalarView)?
      func close() {
        if let word = current {
          lines[lines.count - 1].append(
            Word(start: word.start, end: column, text: String(word.text)))
        }
        current = nil
      }
      for scalar in plan.scalars {
        switch scalar {
        case "\n":
          close()
          lines.append([])
          column = 0
        case "\u{0C}":
          // pdftotext starts each page with a form feed, which takes no column
          close()
        case "\t":
          close()
          column = (column / 8 + 1) * 8
        case _ where scalar.properties.isWhitespace:
          close()
          column += 1
        case _ where (0x300...0x36F).contains(scalar.value):
          // a combining mark takes no column of its own
          current?.text.append(scalar)
        default:
          if current == nil { current = (column, String.UnicodeScalarView()) }
          current?.text.append(scalar)
          column += 1
        }
      }
      close()
      return lines
    }

    /// Words grouped into cells: a gap of `cellGap` spaces or more starts a new cell.
    static func cells(_ words: [Word]) -> [[Word]] {
      var cells: [[Word]] = []
      for word in words {
        if let last = cells.last?.last, word.start - last.end < cellGap {
          cells[cells.count - 1].append(word)
        } else {
          cells.append([word])
        }
      }
      return cells
    }

    static func text(_ words: [Word]) -> String { words.map(\.text).joined(separator: " ") }

    /// `-muc-tieu-nam-2030-`: lower case without marks, words between dashes, for matching
    /// whole words.
    static func folded(_ text: String) -> String { "-" + Text.slug(text) + "-" }

    // MARK: header

    struct Header {
      var lines: ClosedRange<Int>
      var columns: [Table.Column]
      var caption: String
    }

    static let labelTitles = [
      "chi-tieu", "noi-dung", "stt", "tt", "ten-chi-tieu", "danh-muc", "linh-vuc", "tinh",
      "thanh-pho", "dia-phuong", "don-vi", "dvt", "don-vi-tinh", "nhom-chi-tieu",
    ]
    static let placeTitles = ["-tinh-", "-thanh-pho-", "-dia-phuong-", "-tinh-thanh-"]

    /// The years a header cell names: `2030`, `2026-2030`, `2026 - 2030`.
    static func horizon(in words: [Word]) -> Horizon? { horizon(of: words.map(\.text)) }

    /// The years words name, as `horizon(in:)`, for words without columns.
    static func horizon(of words: [String]) -> Horizon? {
      var years: [Int] = []
      var dash = false
      for word in words {
        let parts = word.split(whereSeparator: { "-–—".contains($0) }).map(String.init)
        if word.contains(where: { "-–—".contains($0) }) && years.count == 1 { dash = true }
        for part in parts {
          let digits = part.filter(\.isNumber)
          if digits.count == 4, part.count <= 6, let year = Int(digits),
            (1990...2100).contains(year)
          {
            if parts.count == 2 { dash = true }
            years.append(year)
          }
        }
      }
      guard let last = years.last else { return nil }
      if years.count == 2, dash, let first = years.first, first < last {
        return Horizon(year: last, startYear: first)
      }
      return years.count == 1 ? Horizon(year: last) : nil
    }

    /// A header row at `line`: a cell naming a year or period right of other cells, and a
    /// column-name cell (`Chỉ tiêu`, `STT`, `Tỉnh`, `Đơn vị`) in the header's lines.
    static func header(at line: Int, _ raw: [[Word]]) -> Header? {
      guard let words = raw.at(line - 1), isHeaderLine(words) else { return nil }
      let lineCells = cells(words)
      guard lineCells.count >= 2,
        lineCells.dropFirst().contains(where: { horizon(in: $0) != nil })
      else { return nil }
      var first = line
      while first > line - 3, let above = raw.at(first - 2), isHeaderBlockLine(above) {
        first -= 1
      }
      var last = line
      while last < line + 3, let below = raw.at(last), isHeaderBlockLine(below) {
        last += 1
      }
      let block = (first...last).map { cells(raw.at($0 - 1) ?? []) }
      let hasName = block.joined().contains { namesRows(text($0)) }
      guard hasName else { return nil }
      let columns = Self.columns(block, firstLine: first)
      guard columns.contains(where: { $0.horizon != nil }),
        columns.contains(where: { $0.kind == .label })
      else { return nil }
      return Header(lines: first...last, columns: columns, caption: caption(above: first, raw))
    }

    /// The text of up to four non-blank lines within six lines above `line`: a table's caption.
    static func caption(above line: Int, _ raw: [[Word]]) -> String {
      var caption: [String] = []
      var above = line - 1
      while above >= 1, above >= line - 6, caption.count < 4 {
        let words = raw.at(above - 1) ?? []
        if !words.isEmpty { caption.insert(text(words), at: 0) }
        above -= 1
      }
      return caption.joined(separator: " ")
    }

    /// A header line: short cells, no figure other than years and column numbers.
    static func isHeaderLine(_ words: [Word]) -> Bool {
      guard !words.isEmpty else { return false }
      let lineCells = cells(words)
      return lineCells.allSatisfy { cell in
        cell.count <= 8
          && cell.allSatisfy { word in
            !word.text.contains(where: \.isNumber) || isYearWord(word.text)
              || isColumnNumber(word.text)
          }
      }
    }

    /// A line above or below the header row that is part of the header: several cells, or one
    /// short cell without a year (a wrapped `tính`); a centred caption is not.
    private static func isHeaderBlockLine(_ words: [Word]) -> Bool {
      guard isHeaderLine(words) else { return false }
      let lineCells = cells(words)
      return lineCells.count >= 2 || (words.count <= 3 && horizon(in: words) == nil)
    }

    private static func isYearWord(_ text: String) -> Bool {
      let parts = text.split(whereSeparator: { "-–—()".contains($0) || $0 == "," })
      return !parts.isEmpty
        && parts.allSatisfy { part in
          let digits = part.filter(\.isNumber)
          return digits.isEmpty || (digits.count == 4 && part.count <= 5)
        }
    }

    /// `(1)`, `(2)`: the column numbers some tables print under the header.
    private static func isColumnNumber(_ text: String) -> Bool {
      text.count <= 4 && text.hasPrefix("(") && text.hasSuffix(")")
        && text.dropFirst().dropLast().allSatisfy(\.isNumber)
    }

    private static func isNumberingRow(_ words: [Word]) -> Bool {
      words.allSatisfy { isColumnNumber($0.text) }
    }

    /// The header's columns: cells naming a year first, then the others, joined where they
    /// overlap; a cell over two year columns (`Mục tiêu` above `2025` and `2030`) heads both.
    static func columns(_ block: [[[Word]]], firstLine: Int) -> [Table.Column] {
      struct Draft {
        var start: Int
        var end: Int
        var parts: [(line: Int, text: String)]
        var horizon: Horizon?
      }
      var drafts: [Draft] = []
      func overlaps(_ a: (Int, Int), _ b: Draft) -> Bool { a.0 < b.end + 1 && b.start < a.1 + 1 }
      // A cell joins draft `i` (nil: a new draft); a year cell widens its own year draft, a
      // name cell only a draft without a year.
      func absorb(_ i: Int?, _ span: (Int, Int), _ part: (Int, String), _ horizon: Horizon?) {
        guard let i else {
          drafts.append(Draft(start: span.0, end: span.1, parts: [part], horizon: horizon))
          return
        }
        if drafts[i].horizon == horizon {
          drafts[i].start = min(drafts[i].start, span.0)
          drafts[i].end = max(drafts[i].end, span.1)
        }
        drafts[i].parts.append(part)
      }
      for (offset, lineCells) in block.enumerated() {
        for cell in lineCells {
          guard let horizon = horizon(in: cell), let first = cell.first, let last = cell.last
          else { continue }
          let span = (first.start, last.end)
          let same = drafts.firstIndex { overlaps(span, $0) && $0.horizon == horizon }
          absorb(same, span, (firstLine + offset, text(cell)), horizon)
        }
      }
      for (offset, lineCells) in block.enumerated() {
        for cell in lineCells where horizon(in: cell) == nil {
          guard let first = cell.first, let last = cell.last, !isNumberingRow(cell) else {
            continue
          }
          let span = (first.start, last.end)
          let under = drafts.indices.filter { overlaps(span, drafts[$0]) }
          let years = under.filter { drafts[$0].horizon != nil }
          let part = (firstLine + offset, text(cell))
          if years.count >= 2 {
            for i in years { drafts[i].parts.append(part) }
          } else {
            absorb(years.first ?? under.first, span, part, nil)
          }
        }
      }
      drafts.sort { $0.start < $1.start }
      return drafts.map { draft in
        let ordered = draft.parts.sorted { $0.line < $1.line }
        let title = ordered.map(\.text).joined(separator: " ")
        let line = ordered.first?.line ?? firstLine
        return Table.Column(
          start: draft.start, end: draft.end, title: title, line: line,
          kind: kind(title: title, horizon: draft.horizon))
      }
    }

    /// What a column with this title holds.
    static func kind(title: String, horizon: Horizon?) -> Table.Column.Kind {
      let slug = folded(title)
      if let horizon { return .values(horizon, role: role(of: slug)) }
      if slug.contains("-don-vi-") || slug == "-dvt-" { return .unit }
      if slug == "-stt-" || slug == "-tt-" || slug == "-so-tt-" { return .number }
      return .label
    }

    /// Whether a column title names its rows (`Chỉ tiêu`, `STT`, `Tỉnh, thành phố`, `Đơn vị`).
    static func namesRows(_ title: String) -> Bool {
      let slug = Text.slug(title)
      return labelTitles.contains(slug) || labelTitles.contains { slug.hasPrefix($0 + "-") }
    }

    /// Whether label columns with these titles name places.
    static func namesPlaces(_ titles: [String]) -> Bool {
      titles.contains { title in placeTitles.contains(where: folded(title).contains) }
    }

    private static let resultWords = [
      "-thuc-hien-", "-th-", "-uoc-", "-uth-", "-ket-qua-", "-hien-trang-", "-dat-duoc-",
      "-nam-goc-", "-co-so-", "-da-dat-", "-so-lieu-",
    ]
    private static let goalWords = [
      "-ke-hoach-", "-kh-", "-muc-tieu-", "-chi-tieu-", "-den-nam-", "-phan-dau-", "-du-kien-",
      "-dinh-huong-", "-tam-nhin-", "-giai-doan-",
    ]

    /// What a year column's title says: results (`Ước thực hiện`, `Thực hiện`) or goals
    /// (`Kế hoạch`, `Mục tiêu`, `Đến năm`); nil for a plain `Năm 2025`.
    static func role(of slug: String) -> CandidateTarget.Role? {
      if resultWords.contains(where: slug.contains) { return .observation }
      if goalWords.contains(where: slug.contains) { return .target }
      return nil
    }

    // MARK: rows

    /// The rows under `header`, until a line of running text, a new header or
    /// `maxLinesWithoutRow` lines without a row.
    static func table(_ header: Header, _ raw: [[Word]]) -> Table? {
      let columns = header.columns
      let valueColumns = columns.indices.filter { columns[$0].horizon != nil }
      guard let firstValue = valueColumns.first else { return nil }
      // A figure goes to the nearest year column; a name or a unit to the header it lies under
      // or nearest to (a header is often centred over cells written from the left).
      func distance(_ from: Double, _ column: Table.Column) -> Double {
        max(0, Double(column.start) - from, from - Double(column.end))
      }
      func nearestValue(_ word: Word) -> Int {
        valueColumns.min { distance(word.center, columns[$0]) < distance(word.center, columns[$1]) }
          ?? firstValue
      }
      func nearestText(_ start: Int, _ end: Int) -> Int {
        func gap(_ i: Int) -> Int { max(0, columns[i].start - end, start - columns[i].end) }
        return columns.indices.min { (gap($0), $0) < (gap($1), $1) } ?? 0
      }
      let nameEnd = columns.first { $0.kind == .label }?.end ?? 0
      let unitColumn = columns.firstIndex { $0.kind == .unit }
      var rows: [Table.Row] = []
      var pending: [(line: Int, label: String)] = []
      var line = header.lines.upperBound + 1
      var lastRowLine = header.lines.upperBound
      var blankSinceRow = false
      while line <= raw.count, line - lastRowLine <= maxLinesWithoutRow {
        let words = raw.at(line - 1) ?? []
        defer { line += 1 }
        if words.isEmpty || isPageMarker(words) {
          blankSinceRow = true
          continue
        }
        if Self.header(at: line, raw) != nil { break }
        var labels: [Int: [Word]] = [:]
        var unit: [Word] = []
        var values: [Int: [Word]] = [:]
        var isProse = false
        for (index, cell) in cells(words).enumerated() {
          guard let head = cell.first, let tail = cell.last else { continue }
          let isItem = index == 0 && cell.count == 1 && isItemNumber(head.text)
          let figures = cell.allSatisfy { isFigureWord($0.text) }
          let short =
            cell.count <= 3 && head.start > nameEnd
            && cell.contains { $0.text.contains(where: \.isNumber) }
          if !isItem, figures || short {
            for (position, word) in cell.enumerated() {
              let hasDigit = word.text.contains(where: \.isNumber)
              if !hasDigit, isSign(word.text),
                let number = cell[position...].first(where: { $0.text.contains(where: \.isNumber) })
              {
                values[nearestValue(number), default: []].append(word)
              } else if !hasDigit, let unitColumn,
                distance(word.center, columns[unitColumn])
                  < distance(word.center, columns[nearestValue(word)])
              {
                unit.append(word)
              } else {
                values[nearestValue(word), default: []].append(word)
              }
            }
            continue
          }
          let home = nearestText(head.start, tail.end)
          // Figures at the end of a name or unit cell, nearer a year column than the cell's
          // own header (`triệu đồng 75`, one space apart).
          var split = cell.count
          while split > 1, isFigureWord(cell[split - 1].text),
            cell[split - 1].text.contains(where: \.isNumber),
            distance(cell[split - 1].center, columns[nearestValue(cell[split - 1])])
              < distance(cell[split - 1].center, columns[home])
          {
            split -= 1
          }
          for word in cell[split...] { values[nearestValue(word), default: []].append(word) }
          let text = Array(cell[..<split])
          if let end = text.last?.end, end > columns[firstValue].start + 2,
            text.count >= 6, !words.contains(where: { isFigureWord($0.text) })
          {
            isProse = true
          }
          switch columns[home].kind {
          case .unit:
            unit += text
          case .number where index == 0 && text.count == 1 && isItemNumber(text[0].text):
            break
          case .number, .label, .values:
            let owner = valueColumns.first { $0 > home } ?? firstValue
            var named = text
            if index == 0, let first = named.first, isItemNumber(first.text), named.count > 1 {
              named.removeFirst()
            }
            labels[owner, default: []] += named
          }
        }
        if isProse { break }
        let cellsWithFigures = values.filter { entry in
          entry.value.contains { $0.text.contains(where: \.isNumber) }
        }
        if cellsWithFigures.isEmpty {
          let label = labels.values.joined().map(\.text).joined(separator: " ")
          guard !label.isEmpty else { continue }
          if let row = rows.last, !blankSinceRow, pending.isEmpty {
            rows[rows.count - 1].lines = row.lines.lowerBound...line
            if let owner = row.labels.keys.min() {
              rows[rows.count - 1].labels[owner, default: ""] += " " + label
            }
          } else if !isGroupHeading(words) {
            pending.append((line, label))
          } else {
            pending = []
          }
          continue
        }
        var rowLabels: [Int: String] = [:]
        for (owner, named) in labels { rowLabels[owner] = text(named) }
        if !pending.isEmpty {
          let before = pending.map(\.label).joined(separator: " ")
          rowLabels[firstValue] = before + (rowLabels[firstValue].map { " " + $0 } ?? "")
        }
        let first = pending.first?.line ?? line
        pending = []
        let cells = cellsWithFigures.keys.sorted().map {
          Table.Cell(column: $0, text: text(cellsWithFigures[$0] ?? []), line: line)
        }
        rows.append(
          Table.Row(lines: first...line, labels: rowLabels, unit: text(unit), cells: cells))
        lastRowLine = line
        blankSinceRow = false
      }
      guard let end = rows.last?.lines.upperBound else { return nil }
      let rowsArePlaces = namesPlaces(columns.filter { $0.kind == .label }.map(\.title))
      return Table(
        lines: header.lines.lowerBound...end, columns: columns, rows: rows,
        caption: header.caption, rowsArePlaces: rowsArePlaces)
    }

    /// `8,0`, `≥ 30`, `<5`, `10,5 – 11,0`, `%`, `-`: words a figure cell is made of.
    static func isFigureWord(_ text: String) -> Bool {
      text.allSatisfy { $0.isNumber || ",.%≥≤<>=~+-–—/()".contains($0) }
    }

    /// `≥`, `>=`, `<`, `~`: a comparator sign written apart from its figure.
    static func isSign(_ text: String) -> Bool {
      !text.isEmpty && text.allSatisfy { "≥≤<>=~≈⩾⩽".contains($0) }
    }

    /// `1`, `1.2`, `12.`, `I`, `IV.`, `a)`: a row's item number.
    static func isItemNumber(_ text: String) -> Bool {
      let bare = text.trimmingTrailing { ".)".contains($0) }
      guard !bare.isEmpty, bare.count <= 6 else { return false }
      if bare.allSatisfy({ $0.isNumber || $0 == "." }) { return bare.first?.isNumber == true }
      if bare.allSatisfy({ "IVXLivxl".contains($0) }) { return true }
      return bare.count == 1 && bare.first?.isLetter == true && bare.first?.isLowercase == true
    }

    /// `I  CHỈ TIÊU KINH TẾ`, `A. Kinh tế`: a line that names a group of rows.
    private static func isGroupHeading(_ words: [Word]) -> Bool {
      guard let first = words.first else { return false }
      let rest = words.dropFirst().map(\.text).joined()
      let letters = rest.filter(\.isLetter)
      let capitals = !letters.isEmpty && letters.allSatisfy(\.isUppercase)
      return isItemNumber(first.text) || capitals
    }

    /// `=== trang 2 ===`, the page markers of an ingested document.
    private static func isPageMarker(_ words: [Word]) -> Bool {
      words.first?.text == "===" && words.last?.text == "==="
    }
  }
}

extension Array {
  /// The element at `index`, or nil outside the array.
  fileprivate func at(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension String {
  fileprivate func trimmingTrailing(while drop: (Character) -> Bool) -> String {
    var copy = self
    while let last = copy.last, drop(last) { copy.removeLast() }
    return copy
  }
}
