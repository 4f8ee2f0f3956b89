import Benchmark
import Catalog

/// Provinces × indicators for one horizon year, cells coloured by the gap to the regional mean.
enum DashboardPage {
  static let slug = "dashboard"

  static func build(_ ctx: ReportContext) -> Page {
    let l = ctx.localizer
    let catalog = ctx.catalog
    let members = catalog.members(of: ctx.region, in: ctx.geography)
    let statistics = catalog.indicators.compactMap { indicator -> (Indicator, RegionalStatistic)? in
      guard
        let s = catalog.regionalStatistic(
          indicator: indicator.id, year: ctx.year, region: ctx.region, geography: ctx.geography),
        s.contributions.count >= 2
      else { return nil }
      return (indicator, s)
    }
    var book = NoteBook()
    let rows: [[Cell]] = members.map { province in
      [ctx.geoCell(province.id)]
        + statistics.map { indicator, s in
          guard let c = s.contribution(of: province.id) else { return Cell("—", tone: .none) }
          for id in c.sources {
            if let t = catalog.target(id: id) { book.add(ctx.note(for: t)) }
          }
          let gap = Gap(c.figure, to: s.mean, polarity: indicator.polarity)
          let text = c.quantity.map(l.figure) ?? l.range(c.figure)
          return Cell(
            [.text(text)] + c.sources.filter { catalog.target(id: $0) != nil }.map { .note($0) },
            sortKey: c.figure.mid, tone: ProfilePage.tone(gap))
        }
    }
    let header =
      [l(.province)] + statistics.map { "\(l.indicatorName($0.0)) (\(l.unit($0.0.unit)))" }
    let summary = statistics.map { indicator, s -> [Cell] in
      let leaders = s.leaders(polarity: indicator.polarity).map { ctx.geoName($0.geo) }.joined(
        separator: ", ")
      return [
        Cell(l.indicatorName(indicator)),
        Cell("\(s.coverage.n)/\(s.coverage.m)", sortKey: Double(s.coverage.n)),
        Cell(l.range(s.mean), sortKey: s.mean.mid), Cell(l.range(s.median), sortKey: s.median.mid),
        Cell(s.weighted.map { l.range($0.figure) } ?? "—"), Cell(ProfilePage.weighting(s, ctx)),
        Cell(leaders),
      ]
    }
    let blocks: [Block] =
      [
        ctx.membershipNotice,
        .paragraph([.text("\(l(.horizon)): \(ctx.year). \(l(.positiveIsBetter))")]),
        .table(
          Table(
            id: "dashboard", caption: "\(l(.dashboardTitle)) \(ctx.year)", header: header,
            rows: rows)
        ),
      ] + observedTable(ctx, &book) + [
        .heading(level: 2, text: l(.coverage), anchor: "coverage"),
        .table(
          Table(
            id: "coverage-table", caption: l(.coverage),
            header: [
              l(.indicator), l(.coverage), l(.regionalMean), l(.median), l(.weighted),
              l(.weightingNote), l(.leader),
            ],
            rows: summary)),
      ]
    return Page(
      slug: slug, title: "\(l(.dashboardTitle)) \(ctx.year)", language: ctx.language,
      blocks: blocks + coverageMatrix(ctx, &book),
      notes: book.notes)
  }

  /// Provinces × indicators observed in at least two members: each member's latest value up to
  /// the year, with its year and a note to the source, coloured by the gap to the regional mean
  /// of these values in the indicator's better direction, as the targets table is.
  static func observedTable(_ ctx: ReportContext, _ book: inout NoteBook) -> [Block] {
    let l = ctx.localizer
    let catalog = ctx.catalog
    let members = catalog.members(of: ctx.region, in: ctx.geography)
    let statistics = catalog.indicators.compactMap { indicator -> (Indicator, RegionalStatistic)? in
      guard
        let s = catalog.regionalStatistic(
          indicator: indicator.id, year: ctx.year, region: ctx.region, geography: ctx.geography,
          subject: .observations),
        s.contributions.count >= 2
      else { return nil }
      return (indicator, s)
    }
    guard !statistics.isEmpty else { return [] }
    let rows: [[Cell]] = members.map { province in
      [ctx.geoCell(province.id)]
        + statistics.map { indicator, s in
          guard s.contribution(of: province.id) != nil,
            let latest = catalog.latestObserved(
              geo: province.id, indicator: indicator.id, upTo: ctx.year)
          else { return Cell("—") }
          let chosen = latest.chosen
          book.add(ctx.note(for: chosen))
          for other in latest.others { book.add(ctx.note(for: other)) }
          let gap = Gap(
            FigureRange(chosen.value, chosen.value), to: s.mean, polarity: indicator.polarity)
          return Cell(
            [
              .text(
                (chosen.isApproximate ? "~ " : "") + l.number(chosen.value) + " (\(latest.year))"
                  + l.confidenceMark(chosen.provenance.confidence)),
              .note(chosen.id),
            ] + latest.others.map { .note($0.id) },
            sortKey: chosen.value, tone: ProfilePage.tone(gap))
        }
    }
    let means = statistics.map { indicator, s in
      "\(l.indicatorName(indicator)) \(ProfilePage.meanText(s, l))"
    }
    return [
      .heading(level: 2, text: l(.observedDashboardTitle), anchor: "observed"),
      .paragraph([.text("\(l(.observedDashboardIntro)) \(ctx.year).")]),
      .table(
        Table(
          id: "dashboard-observed", caption: "\(l(.observedDashboardTitle)) (≤ \(ctx.year))",
          header: [l(.province)]
            + statistics.map { "\(l.indicatorName($0.0)) (\(l.unit($0.0.unit)))" },
          rows: rows)),
      .paragraph([.strong("\(l(.regionalMean)): "), .text(means.joined(separator: "; "))]),
    ]
  }

  /// Indicators × provinces: each province's target for the year and latest observed value,
  /// with the year and a note to the source; the counts say how much of the region is known.
  static func coverageMatrix(_ ctx: ReportContext, _ book: inout NoteBook) -> [Block] {
    let l = ctx.localizer
    let matrix = ctx.catalog.coverage(region: ctx.region, geography: ctx.geography, year: ctx.year)
    guard !matrix.indicators.isEmpty else { return [] }
    let rows: [[Cell]] = matrix.indicators.indices.map { i in
      let indicator = matrix.indicators[i]
      let m = matrix.provinces.count
      return [
        Cell("\(l.indicatorName(indicator)) (\(l.unit(indicator.unit)))"),
        Cell("\(matrix.targetCount(i))/\(m)", sortKey: Double(matrix.targetCount(i))),
        Cell("\(matrix.observedCount(i))/\(m)", sortKey: Double(matrix.observedCount(i))),
      ]
        + matrix.cells[i].map { cell in
          var content: [Inline] = []
          for target in cell.targets {
            book.add(ctx.note(for: target))
            if !content.isEmpty { content.append(.text("; ")) }
            content.append(.text(l.figure(target.quantity)))
            if let start = target.horizon?.startYear {
              content.append(.text(" (\(start)–\(target.horizon?.year ?? ctx.year))"))
            }
            content.append(.text(l.confidenceMark(target.provenance.confidence)))
            content.append(.note(target.id))
          }
          let observation = cell.latest?.chosen ?? cell.periodAverage
          if let o = observation {
            book.add(ctx.note(for: o))
            if !content.isEmpty { content.append(.text(" · ")) }
            content.append(
              .text(
                (o.isApproximate ? "~ " : "") + l.number(o.value) + " (\(o.yearText))"
                  + l.confidenceMark(o.provenance.confidence)))
            content.append(.note(o.id))
          }
          return content.isEmpty ? Cell("—") : Cell(content)
        }
    }
    return [
      .heading(level: 2, text: l(.coverageTitle), anchor: "data-coverage"),
      .paragraph([.text(l(.coverageIntro))]),
      .table(
        Table(
          id: "coverage-matrix", caption: "\(l(.coverageTitle)) \(ctx.year)",
          header: [l(.indicator), l(.targetsSet), l(.observedSet)]
            + matrix.provinces.map { ctx.geoName($0.id) },
          rows: rows)),
    ]
  }
}
