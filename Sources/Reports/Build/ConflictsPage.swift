import Benchmark
import Catalog

/// Targets of one province that disagree, with their sources.
enum ConflictsPage {
  static let slug = "conflicts"

  static func build(_ ctx: ReportContext) -> Page {
    var book = NoteBook()
    let conflicts = ctx.catalog.conflicts()
    let blocks = charts(conflicts, ctx) + ConflictsPage.blocks(conflicts, ctx, &book)
    return Page(
      slug: slug, title: ctx.localizer(.conflictsTitle), language: ctx.language, blocks: blocks,
      notes: book.notes)
  }

  /// One dot plot per conflict, numbered as the table numbers them: the disagreeing figures
  /// on one axis (a conflict's targets share a unit), each row naming its document and its
  /// confidence, each figure drawn as it is stated (`>` and `≥` differ).
  static func charts(_ conflicts: [Conflict], _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    let plots = conflicts.enumerated().compactMap { index, conflict -> Block? in
      let figures = conflict.targets.compactMap { target -> (Target, Quantity)? in
        target.quantity.map { (target, $0) }
      }
      guard figures.count >= 2 else { return nil }
      let indicators = conflict.indicators.map { l.indicatorName(ctx.catalog.indicator(id: $0)) }
      let points = figures.map { target, quantity -> DotPlot.Point in
        let range = FigureRange(quantity)
        // the document first: a long indicator name is what a cut label loses
        let scope =
          conflict.kind == .overlappingScope
          ? ": " + l.indicatorName(ctx.catalog.indicator(id: target.indicator)) : ""
        return DotPlot.Point(
          label: target.provenance.source + l.confidenceMark(target.provenance.confidence)
            + scope,
          low: range.low, high: range.high, comparison: quantity.comparator)
      }
      let stated = figures.map { target, quantity in
        "\(target.provenance.source) \(l.figure(quantity))"
      }
      let title =
        "\(index + 1). \(ctx.geoName(conflict.geo)) \(conflict.year): "
        + indicators.joined(separator: " / ") + " (\(l.conflictKind(conflict.kind)))"
      return .chart(
        .dotPlot(
          DotPlot(
            id: "conflict-\(index + 1)", title: title,
            description: "\(l.conflictKind(conflict.kind)): " + stated.joined(separator: "; "),
            unit: figures.first.map { l.unit($0.0.unit) } ?? "", points: points, references: [],
            fromZero: false)))
    }
    guard !plots.isEmpty else { return [] }
    return [
      .heading(level: 2, text: l(.conflictChartTitle), anchor: "conflict-charts"),
      .paragraph([.text(l(.conflictChartIntro))]),
    ] + plots
  }

  /// A table of conflicts, or a line saying there are none.
  static func blocks(_ conflicts: [Conflict], _ ctx: ReportContext, _ book: inout NoteBook)
    -> [Block]
  {
    let l = ctx.localizer
    guard !conflicts.isEmpty else { return [.paragraph([.text(l(.noConflicts))])] }
    var rows: [[Cell]] = []
    for (index, conflict) in conflicts.enumerated() {
      for target in conflict.targets {
        book.add(ctx.note(for: target))
        rows.append([
          Cell(String(index + 1), sortKey: Double(index + 1)),
          Cell(ctx.geoName(conflict.geo)),
          Cell(String(conflict.year), sortKey: Double(conflict.year)),
          Cell([.badge(l.conflictKind(conflict.kind), .warning)]),
          Cell(l.indicatorName(ctx.catalog.indicator(id: target.indicator))),
          ctx.figureCell(target.quantity, [target.id]),
          Cell(target.provenance.source),
        ])
      }
    }
    return [
      .table(
        Table(
          id: "conflicts-\(conflicts.map(\.geo).uniquedStrings.joined(separator: "-"))",
          caption: l(.conflictsTitle),
          header: [
            "#", l(.province), l(.year), l(.conflictKind), l(.indicator), l(.figure), l(.document),
          ],
          rows: rows))
    ]
  }
}

extension Array where Element == String {
  var uniquedStrings: [String] {
    var seen = Set<String>()
    return filter { seen.insert($0).inserted }
  }
}
