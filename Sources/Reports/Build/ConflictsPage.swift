import Catalog

/// Targets of one province that disagree, with their sources.
enum ConflictsPage {
  static let slug = "conflicts"

  static func build(_ ctx: ReportContext) -> Page {
    var book = NoteBook()
    let blocks = ConflictsPage.blocks(ctx.catalog.conflicts(), ctx, &book)
    return Page(
      slug: slug, title: ctx.localizer(.conflictsTitle), language: ctx.language, blocks: blocks,
      notes: book.notes)
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
