import Catalog

/// The entry page: what the set holds, links to every page, and the accounting of every row.
enum IndexPage {
  static let slug = "index"

  static func build(_ ctx: ReportContext, pages: [(slug: String, title: String)], stamp: String?)
    -> Page
  {
    let l = ctx.localizer
    let catalog = ctx.catalog
    let accounting = Accounting.of(catalog, region: ctx.region, geography: ctx.geography)
    var blocks: [Block] = [
      .paragraph([.text(l(.indexIntro))]), ctx.membershipNotice,
      .notice([.text(l(.secondaryNotice))], .neutral),
      .heading(level: 2, text: l(.pages), anchor: "pages"),
      .bullets(pages.map { [.link(text: $0.title, slug: $0.slug)] }),
      .heading(level: 2, text: l(.dataset), anchor: "dataset"),
      .table(
        Table(
          id: "dataset-table", caption: l(.dataset), header: [l(.dataset), l(.total)],
          rows: [
            [
              Cell(l(.documents)),
              Cell(String(catalog.documents.count), sortKey: Double(catalog.documents.count)),
            ],
            [
              Cell(l(.targets)),
              Cell(String(catalog.targets.count), sortKey: Double(catalog.targets.count)),
            ],
            [
              Cell(l(.observations)),
              Cell(String(catalog.observations.count), sortKey: Double(catalog.observations.count)),
            ],
            [
              Cell(l(.indicators)),
              Cell(String(catalog.indicators.count), sortKey: Double(catalog.indicators.count)),
            ],
          ], sortable: false)),
      .heading(level: 2, text: l(.howToRead), anchor: "how-to-read"),
      .paragraph([.text(l(.howToReadText))]),
      .heading(level: 2, text: l(.accountingTitle), anchor: "accounting"),
      .table(
        Table(
          id: "accounting-table", caption: l(.accountingTitle), header: [l(.dataset), l(.total)],
          rows: accounting.summary(l).map {
            [Cell($0.0), Cell(String($0.1), sortKey: Double($0.1))]
          }, sortable: false)),
      .heading(level: 3, text: l(.excludedRows), anchor: "excluded"),
      .table(
        Table(
          id: "excluded-table", caption: l(.excludedRows),
          header: [l(.target), l(.province), l(.indicator), l(.reason)],
          rows: (accounting.notComparable + accounting.excluded).map {
            [
              Cell($0.target.id), Cell(ctx.geoName($0.target.geo)),
              Cell(l.indicatorName(ctx.catalog.indicator(id: $0.target.indicator))),
              Cell(l.exclusion($0.cause)),
            ]
          })),
    ]
    let observed = ObservationAccounting.of(catalog, region: ctx.region, geography: ctx.geography)
    blocks.append(
      .table(
        Table(
          id: "observation-accounting-table",
          caption: l.language == .vi
            ? "Số liệu thực tế: nơi dùng từng dòng" : "Observations: where each row is used",
          header: [l(.dataset), l(.total)],
          rows: observed.summary(l).map { [Cell($0.0), Cell(String($0.1), sortKey: Double($0.1))] })
      ))
    blocks.append(
      .table(
        Table(
          id: "observations-outside-table",
          caption: l.language == .vi
            ? "Số liệu thực tế không dùng cho vùng này và lý do"
            : "Observations not used for this region, with the reason",
          header: [l(.observations), l(.province), l(.indicator), l(.reason)],
          rows: observed.outside.map {
            [
              Cell($0.id), Cell(ctx.geoName($0.geo)),
              Cell(l.indicatorName(ctx.catalog.indicator(id: $0.indicator))),
              Cell(
                l.language == .vi
                  ? "\(ctx.geoName($0.geo)) không thuộc vùng \(ctx.region) ở địa giới \(ctx.geography.rawValue)"
                  : "\(ctx.geoName($0.geo)) is not in \(ctx.region) in geography \(ctx.geography.rawValue)"
              ),
            ]
          })))
    if let stamp { blocks.append(.paragraph([.text("\(l(.stamp)): \(stamp)")])) }
    return Page(slug: slug, title: l(.indexTitle), language: ctx.language, blocks: blocks)
  }
}
