import Catalog
import Support

extension Extraction.Engine {
  typealias Table = Extraction.Table
  typealias TableReading = Extraction.TableReading

  /// The sentences of the text with the tables' lines taken out: a table row is read by
  /// `tableCandidates`, not as running text.
  static func outside(
    _ tables: [Table], _ sentences: [Range<Int>], _ plan: Extraction.PlanText
  ) -> [Range<Int>] {
    guard !tables.isEmpty else { return sentences }
    let spans = tables.map { plan.tokenRange(lines: $0.lines) }.filter { !$0.isEmpty }
    var out: [Range<Int>] = []
    for sentence in sentences {
      var pieces = [sentence]
      for span in spans where span.overlaps(sentence) {
        pieces = pieces.flatMap { piece -> [Range<Int>] in
          guard piece.overlaps(span) else { return [piece] }
          let before = piece.lowerBound..<max(piece.lowerBound, span.lowerBound)
          let after = min(piece.upperBound, span.upperBound)..<piece.upperBound
          return [before, after].filter { !$0.isEmpty }
        }
      }
      out += pieces
    }
    return out
  }

  /// One candidate per figure cell of `table`: the row's name (or, for a table of places, the
  /// column's title) and unit are read as a sentence with the cell's figure, so that indicator,
  /// comparator, range and unit are read as in running text; the year and the role come from
  /// the column's header, the quote from the row's lines.
  func tableCandidates(_ table: Table, _ context: Document) -> [CandidateTarget] {
    let base = Self.baseYear(table)
    var out: [CandidateTarget] = []
    for row in table.rows {
      for cell in row.cells {
        guard table.columns.indices.contains(cell.column),
          let horizon = table.columns[cell.column].horizon,
          let value = Self.firstNumber(cell.text)
        else { continue }
        let column = table.columns[cell.column]
        let label =
          row.labels[cell.column] ?? row.labels.sorted { $0.key < $1.key }.first?.value ?? ""
        let name = table.rowsArePlaces ? Self.withoutYears(column.title) : label
        let sentence = "\(name): \(cell.text) \(Self.unit(row, column, name: name))"
        let plan = Extraction.PlanText(sentence)
        let whole = 0..<plan.tokens.count
        let own = Document(
          plan: plan, layout: Extraction.Layout(plan), titleYear: nil, headingYears: [:],
          geo: context.geo, id: context.id)
        let (found, _) = candidates(
          in: whole, own, years: [], scope: Extraction.Scope(),
          markers: Extraction.TenseReading.markers(in: whole, of: plan))
        guard var candidate = found.last(where: { $0.statedQuantity.value == value }) else {
          continue
        }
        // The sentence read for the cell has no year, so its confidence carries the no-year
        // factor; the column gives the year, so that factor comes off.
        let yearless = candidate.yearSource == .none
        let (role, roleNote) = Self.role(of: column, horizon: horizon, base: base)
        let quoteTokens = context.plan.tokenRange(lines: row.lines)
        candidate.quote = context.plan.text(
          from: quoteTokens.lowerBound, to: quoteTokens.upperBound - 1)
        candidate.lines = row.lines
        candidate.section = Extraction.Layout.sectionName(
          context.layout.headingStack(at: cell.line))
        candidate.horizon = horizon
        candidate.yearSource = .column(line: column.line)
        candidate.role = role
        var reasons = candidate.reason.components(separatedBy: "; ").filter {
          !$0.hasPrefix("no year") && !$0.hasPrefix("a past result")
        }
        reasons.append(
          "table row on line \(cell.line)"
            + (label.isEmpty ? "" : " \(Text.quoted(label))")
            + ", column \(Text.quoted(column.title)) (line \(column.line))")
        if let roleNote { reasons.append(roleNote) }
        var notes = candidate.note.components(separatedBy: "; ").filter {
          !$0.isEmpty && $0 != "no year"
        }
        notes.append(
          "year \(horizon.csv) from the table column \(Text.quoted(column.title))"
            + " (line \(column.line))")
        var confidence =
          yearless
          ? min(1, candidate.confidence / Extraction.CandidateBuilder.noYearFactor)
          : candidate.confidence
        if roleNote != nil { confidence *= 0.8 }
        if table.rowsArePlaces {
          // Another place's figure must not land under the document's geo unread: its own geo
          // is the row's name, which `catalog add` checks against provinces.csv.
          let place = Text.slug(label)
          if !place.isEmpty, !context.geo.hasPrefix(place) {
            candidate.geo = place
            notes.append(
              "geo \(place) from the row's name \(Text.quoted(label)): check it against"
                + " provinces.csv (a merged province has an id of its own)")
          }
          confidence *= 0.7
        }
        candidate.reason = reasons.joined(separator: "; ")
        candidate.note = notes.joined(separator: "; ")
        candidate.confidence = max(0, min(1, confidence))
        out.append(candidate)
      }
    }
    return out
  }

  /// Results or goals, from the column's header; a plain `Năm 2025` is the base of a table
  /// whose caption or header names a period starting after it, else a goal to be checked.
  static func role(of column: Table.Column, horizon: Horizon, base: Int?)
    -> (CandidateTarget.Role, String?)
  {
    if case .values(_, let role?) = column.kind { return (role, nil) }
    guard let base else {
      return (.target, "a plain year column read as a goal: check it is not a base year")
    }
    if horizon.year < base {
      return (.observation, "a plain year column before the table's period (\(base)-): its base")
    }
    return (.target, nil)
  }

  /// The first year of a period the caption or the header names (`giai đoạn 2026 - 2030`).
  static func baseYear(_ table: Table) -> Int? {
    let words = (table.caption + " " + table.columns.map(\.title).joined(separator: " "))
      .split(separator: " ").map(String.init)
    var starts: [Int] = []
    for end in words.indices {
      let window = Array(words[max(0, end - 2)...end])
      if let start = TableReading.horizon(of: window)?.startYear { starts.append(start) }
    }
    return starts.min()
  }

  /// The first number of a cell: `≥ 30` is 30, `10,5 – 11,0` is 10.5.
  static func firstNumber(_ text: String) -> Double? {
    var digits = ""
    for character in text {
      if character.isASCII
        && (character.isNumber
          || ((character == "," || character == ".")
            && !digits.isEmpty))
      {
        digits.append(character)
      } else if !digits.isEmpty {
        break
      }
    }
    while let last = digits.last, last == "," || last == "." { digits.removeLast() }
    return Extraction.NumberReading.value(digits)
  }

  /// The unit to read the figure in: the row's unit cell, else a unit in brackets in the
  /// column's title (`(%)`); per 10,000 people when the name says `vạn dân` and the unit
  /// does not (`Số bác sĩ trên 1 vạn dân | người | 12`).
  static func unit(_ row: Table.Row, _ column: Table.Column, name: String) -> String {
    var unit = row.unit
    if unit.isEmpty, let open = column.title.lastIndex(of: "("),
      let close = column.title[open...].firstIndex(of: ")")
    {
      let inside = column.title[column.title.index(after: open)..<close]
      if TableReading.horizon(of: inside.split(separator: " ").map(String.init)) == nil {
        unit = String(inside)
      }
    }
    let nameSlug = TableReading.folded(name)
    let unitSlug = TableReading.folded(unit)
    if nameSlug.contains("-van-dan-") || nameSlug.contains("-10-000-dan-"),
      !unitSlug.contains("-van-"), !unit.contains("/")
    {
      unit += "/vạn dân"
    }
    return unit
  }

  /// A column title without its years and bracketed parts: `Tăng trưởng GRDP 2026 - 2030 (%)`
  /// names the indicator `Tăng trưởng GRDP`.
  static func withoutYears(_ title: String) -> String {
    var out: [Substring] = []
    var depth = 0
    for word in title.split(separator: " ") {
      if word.hasPrefix("(") { depth += 1 }
      let isYear = TableReading.horizon(of: [String(word)]) != nil
      if depth == 0, !isYear, word != "-", word != "–" { out.append(word) }
      if word.hasSuffix(")") { depth = max(0, depth - 1) }
    }
    return out.joined(separator: " ")
  }
}
