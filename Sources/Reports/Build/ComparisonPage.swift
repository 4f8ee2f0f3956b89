import Benchmark
import Catalog

/// Two provinces side by side: aligned targets, what cannot be compared and why, conflicts.
enum ComparisonPage {
  static func slug(_ a: String, _ b: String) -> String { "compare-\(a)-\(b)" }

  static func build(_ a: String, _ b: String, _ ctx: ReportContext) -> Page {
    let l = ctx.localizer
    let c = ctx.catalog.compare(a, b)
    var book = NoteBook()
    let inherited = Dictionary(
      c.inherited.map { ($0.target.id, $0.rule.description) }, uniquingKeysWith: { x, _ in x })
    func note(_ t: Target) { book.add(ctx.note(for: t, inheritedBy: inherited[t.id])) }
    var rows: [[Cell]] = []
    var caveats: [[Inline]] = []
    for row in c.rows {
      (row.first + row.second).forEach(note)
      let ambition: String
      switch row.figures.ambition {
      case .first: ambition = ctx.geoName(a)
      case .second: ambition = ctx.geoName(b)
      case .same: ambition = l(.sameFigure)
      case .overlapping: ambition = "—"
      }
      let tone: Tone = row.verdict == .comparable ? .good : .warning
      rows.append([
        Cell(ctx.localizer.indicatorName(ctx.catalog.indicator(id: row.indicator))),
        Cell(String(row.year), sortKey: Double(row.year)),
        ctx.figureCell(
          row.first[0].quantity, row.first.map(\.id), sortKey: row.first[0].quantity?.value),
        ctx.figureCell(
          row.second[0].quantity, row.second.map(\.id), sortKey: row.second[0].quantity?.value),
        Cell(
          l.range(FigureRangeView.range(row.figures.difference)),
          sortKey: (row.figures.difference.lowerBound + row.figures.difference.upperBound) / 2),
        Cell("\(l.reading(row.figures.firstReading)) / \(l.reading(row.figures.secondReading))"),
        Cell(ambition),
        Cell([.badge(l.verdict(row.verdict), tone)]),
      ])
      if case .comparableWithCaveat(let list) = row.verdict {
        caveats += list.map {
          [
            .strong(
              "\(ctx.localizer.indicatorName(ctx.catalog.indicator(id: row.indicator))) \(row.year): "
            ), .text(l.caveat($0)),
          ]
        }
      }
    }
    var blocks: [Block] =
      ComparisonFindings.blocks(c, ctx) + picture(c, ctx) + [
        .heading(level: 2, text: l(.aligned), anchor: "aligned"),
        .table(
          Table(
            id: "aligned-table", caption: "\(ctx.geoName(a)) – \(ctx.geoName(b))",
            header: [
              l(.indicator), l(.year), ctx.geoName(a), ctx.geoName(b), l(.difference), l(.reading),
              l(.moreAmbitious), l(.verdict),
            ], rows: rows)),
      ]
    if !caveats.isEmpty {
      blocks += [.heading(level: 3, text: l(.caveats), anchor: "caveats"), .bullets(caveats)]
    }
    // the not-comparable targets grouped by kind of reason, the largest group first: what
    // keeps the provinces apart reads at a glance
    let kinds = Dictionary(grouping: c.notComparable) {
      ComparisonFindings.reasonKind($0.reason, l)
    }
    let groups = kinds.sorted {
      $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key)
    }
    var sections: [(String, String, [ProvinceComparison.Unmatched], Int)] = []
    if groups.count > 1 {
      blocks.append(.heading(level: 2, text: l(.notComparable), anchor: "not-comparable"))
      for (index, group) in groups.enumerated() {
        let title =
          group.key.prefix(1).uppercased() + group.key.dropFirst() + " (\(group.value.count))"
        sections.append((title, "not-comparable-\(index + 1)", group.value, 3))
      }
    } else {
      sections.append((l(.notComparable), "not-comparable", c.notComparable, 2))
    }
    sections.append((l(.oneSided), "one-sided", c.oneSided, 2))
    for (title, anchor, list, level) in sections {
      let table = list.map { u -> [Cell] in
        note(u.target)
        if let counterpart = u.counterpart { note(counterpart) }
        return [
          Cell(ctx.geoName(u.target.geo)),
          Cell(ctx.localizer.indicatorName(ctx.catalog.indicator(id: u.target.indicator))),
          Cell(u.target.horizon?.description ?? "—"),
          ctx.figureCell(u.target.quantity, [u.target.id]),
          u.counterpart.map { ctx.figureCell($0.quantity, [$0.id]) } ?? Cell("—"),
          Cell(l.reason(u.reason)),
        ]
      }
      blocks += [
        .heading(level: level, text: title, anchor: anchor),
        .table(
          Table(
            id: "\(anchor)-table", caption: title,
            header: [
              l(.province), l(.indicator), l(.year), l(.target), l(.counterpart), l(.reason),
            ],
            rows: table)),
      ]
    }
    blocks.append(.heading(level: 2, text: l(.conflictsTitle), anchor: "conflicts"))
    blocks += ConflictsPage.blocks(c.conflicts, ctx, &book)
    return Page(
      slug: slug(a, b), title: "\(l(.comparisonTitle)): \(ctx.geoName(a)) – \(ctx.geoName(b))",
      language: ctx.language, blocks: blocks, notes: book.notes)
  }
}

extension ComparisonPage {
  /// The paired chart of the aligned targets with a figure on both sides.
  static func picture(_ c: ProvinceComparison, _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    let (a, b) = (ctx.geoName(c.first), ctx.geoName(c.second))
    var described: [String] = []
    let rows = c.rows.compactMap { row -> PairedDots.Row? in
      guard let x = row.first.first?.quantity, let y = row.second.first?.quantity else {
        return nil
      }
      func point(_ q: Quantity, _ geo: String) -> DotPlot.Point {
        DotPlot.Point(
          label: ctx.geoName(geo), low: q.value, high: max(q.value, q.valueHigh ?? q.value),
          highlighted: geo == c.first, comparison: q.comparator)
      }
      let label = "\(l.indicatorName(ctx.catalog.indicator(id: row.indicator))) \(row.year)"
      let difference = l.range(FigureRangeView.range(row.figures.difference))
      described.append("\(label): \(a) \(l.figure(x)), \(b) \(l.figure(y)), \(difference)")
      return PairedDots.Row(
        label: label, first: point(x, c.first), second: point(y, c.second),
        difference: difference)
    }
    guard !rows.isEmpty else { return [] }
    return [
      .heading(level: 2, text: l(.pairedTitle), anchor: "paired"),
      .chart(
        .pairedDots(
          PairedDots(
            id: "paired-\(c.first)-\(c.second)", title: "\(a) – \(b)",
            description: described.joined(separator: "; "), firstName: a, secondName: b,
            rows: rows))),
    ]
  }
}

/// Bridges the closed ranges of the Catalog module to figure ranges.
enum FigureRangeView {
  static func range(_ r: ClosedRange<Double>) -> Benchmark.FigureRange {
    Benchmark.FigureRange(r.lowerBound, r.upperBound)
  }
}
