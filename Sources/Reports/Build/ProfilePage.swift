import Benchmark
import Catalog
import Foundation

/// A province's profile: its targets against the region, the nation and the leader.
enum ProfilePage {
  static func slug(_ province: String) -> String { "province-\(province)" }

  static func build(_ province: String, _ ctx: ReportContext) -> Page {
    let l = ctx.localizer
    let catalog = ctx.catalog
    let gaps = catalog.gaps(of: province, region: ctx.region, geography: ctx.geography)
    var book = NoteBook()
    // findings first, then the picture, then the tables: a reader sees where the province
    // stands before the detail
    var blocks: [Block] = [ctx.membershipNotice]
    blocks += ProfileFindings.blocks(gaps, province, ctx)
    blocks += pictures(gaps, province, ctx)
    blocks.append(.paragraph([.text(l(.positiveIsBetter))]))
    let entries = ctx.entriesByGeo[province] ?? []
    let rules = Dictionary(
      entries.map { ($0.target.id, $0.inheritedBy) }, uniquingKeysWith: { a, _ in a })
    var rows: [[Cell]] = []
    for row in gaps.rows {
      let ids = row.own.sources
      for id in ids {
        if let target = entries.first(where: { $0.target.id == id })?.target {
          book.add(ctx.note(for: target, inheritedBy: rules[id] ?? nil))
        }
      }
      if let national = row.national { book.add(ctx.note(for: national)) }
      let (markText, markTone) = l.mark(row.mark)
      let (paceText, paceTone) = l.paceBadge(row.pace.status)
      let standing = entries.first { ids.contains($0.target.id) }?.national.status
      let (standingText, standingTone) = standing.map(l.standing) ?? ("", .none)
      let ownFigure =
        row.own.conflicting
        ? Cell(
          [.text(Self.ownFigure(row, l) + " "), .badge(l(.conflictsTitle), .warning)]
            + ids.map { .note($0) })
        : Cell(
          [.text(Self.ownFigure(row, l))] + ids.map { .note($0) }, sortKey: row.own.figure.mid)
      rows.append([
        Cell([.text(l.indicatorName(row.indicator)), .text(" (\(l.unit(row.indicator.unit)))")]),
        Cell(String(row.year), sortKey: Double(row.year)),
        ownFigure,
        Cell(meanText(row.region, l), sortKey: row.region.mean.mid),
        Cell(
          row.region.weighted.map { l.range($0.figure) } ?? "—",
          sortKey: row.region.weighted?.figure.mid),
        Cell(
          (row.national.map { [.text(l.figure($0.quantity)), .note($0.id)] } ?? [.text("—")])
            + (standing == nil ? [] : [.text(" "), .badge(standingText, standingTone)])),
        Cell(l.gap(row.toMean), sortKey: row.toMean.absolute.mid, tone: tone(row.toMean)),
        Cell(
          l.gap(row.toNational), sortKey: row.toNational?.absolute.mid, tone: tone(row.toNational)),
        Cell(l.rank(row.rank), sortKey: Double(row.rank.position)),
        Cell([.badge(markText, markTone)]),
        Cell([.badge(paceText, paceTone)]),
      ])
    }
    blocks.append(.heading(level: 2, text: l(.targets), anchor: "targets"))
    blocks.append(
      .table(
        Table(
          id: "profile-\(province)", caption: "\(l(.targetsOf)) \(ctx.geoName(province))",
          header: [
            l(.indicator), l(.year), l(.target), l(.regionalMean), l(.weighted), l(.national),
            l(.gapToMean), l(.gapToNational), l(.rank), l(.mark), l(.pace),
          ], rows: rows)))
    blocks.append(.heading(level: 2, text: l(.weightingNote), anchor: "weighting"))
    if gaps.rows.contains(where: { $0.region.contributions.contains { !$0.choice.isEmpty } }) {
      blocks.append(.paragraph([.text(l(.targetChoiceRule))]))
    }
    blocks.append(
      .bullets(
        gaps.rows.map { row in
          // a large region: its members' figures are on the dashboard, once (and are not
          // even formatted here)
          let contributions = ctx.compact ? [] : row.region.contributions
          let members = contributions.map { "\(ctx.geoName($0.geo)) \(l.range($0.figure))" }
          let choices = contributions.filter { !$0.choice.isEmpty }.map {
            "; \(ctx.geoName($0.geo)): \(l(.targetsDiffer)) \(choiceText($0, ctx))"
          }
          let listed = ctx.compact ? l(.onTheDashboard) : members.joined(separator: ", ")
          return [
            .strong("\(l.indicatorName(row.indicator)) \(row.year): "),
            .text(
              "\(weighting(row.region, ctx)); \(l(.coverage)) \(row.region.coverage.n)/\(row.region.coverage.m): "
                + listed + (ctx.compact ? "" : choices.joined())),
          ]
        }))
    if gaps.rows.isEmpty { blocks.append(.paragraph([.text(l(.noTargets))])) }
    blocks += AmbitionProfile.blocks(province, ctx)
    blocks += delivery(gaps, ctx, &book)
    blocks += observed(gaps, ctx, &book)
    blocks += coreMissing(province, ctx)
    blocks.append(.heading(level: 2, text: l(.notBenchmarked), anchor: "not-benchmarked"))
    let excluded = gaps.notBenchmarked.map { item -> [Cell] in
      book.add(ctx.note(for: item.target))
      return [
        Cell([.text(item.target.id), .note(item.target.id)]),
        Cell(l.indicatorName(catalog.indicator(id: item.target.indicator))),
        Cell(item.target.horizon?.description ?? "—"),
        Cell(item.target.label.isEmpty ? l.figure(item.target.quantity) : item.target.label),
        Cell(l.exclusion(item.cause)),
      ]
    }
    blocks.append(
      .table(
        Table(
          id: "not-benchmarked-\(province)", caption: l(.notBenchmarked),
          header: [l(.target), l(.indicator), l(.year), l(.figure), l(.reason)], rows: excluded)))
    blocks.append(.heading(level: 2, text: l(.conflictsTitle), anchor: "conflicts"))
    blocks += ConflictsPage.blocks(catalog.conflicts(geo: province), ctx, &book)
    let title = "\(l(.profileTitle)): \(ctx.geoName(province))"
    return Page(
      slug: slug(province), title: title, language: ctx.language, blocks: blocks, notes: book.notes)
  }

  /// The charts that come before the tables: the gaps at a glance, then one dot plot per
  /// indicator that at least two provinces set.
  static func pictures(_ gaps: ProvinceGaps, _ province: String, _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    var blocks: [Block] = []
    let bars = gaps.rows.compactMap { row -> GapBars.Bar? in
      guard let relative = row.toMean.relative, row.region.contributions.count >= 2 else {
        return nil
      }
      return GapBars.Bar(
        label: "\(l.indicatorName(row.indicator)) \(row.year)", low: relative.low,
        high: relative.high)
    }
    let charts = gaps.rows.filter { $0.region.contributions.count >= 2 && !ctx.compact }.map {
      row in
      Block.chart(.dotPlot(dotPlot(row, province, ctx)))
    }
    // the heading names the member-by-member plots, which a compact profile leaves out
    if !charts.isEmpty {
      blocks.append(.heading(level: 2, text: l(.dotPlotTitle), anchor: "charts"))
    }
    if !bars.isEmpty {
      blocks.append(
        .chart(
          .gapBars(
            GapBars(
              id: "gaps-\(province)", title: l(.gapBarsTitle),
              description: "\(ctx.geoName(province)): \(l(.gapBarsMeasure))",
              measure: l(.gapBarsMeasure),
              bars: bars))))
    }
    return blocks + charts
  }

  /// The province's figure as its row states it: the target's figure, or the range covering
  /// the figures of disagreeing documents. Findings quote it, so they match the table.
  static func ownFigure(_ row: GapRow, _ l: Localizer) -> String {
    row.own.conflicting ? l.range(row.own.figure) : l.figure(row.own.quantity)
  }

  /// The regional mean with its coverage, `24,25–24,38 (8/14)`, as table and findings write it.
  static func meanText(_ s: RegionalStatistic, _ l: Localizer) -> String {
    "\(l.range(s.mean)) (\(s.coverage.n)/\(s.coverage.m))"
  }

  /// The latest observation against each target, with the years and the pace.
  static func delivery(_ gaps: ProvinceGaps, _ ctx: ReportContext, _ book: inout NoteBook)
    -> [Block]
  {
    let l = ctx.localizer
    let rows = gaps.rows.compactMap { row -> [Cell]? in
      guard let latest = row.latestObservation else { return nil }
      book.add(ctx.note(for: latest))
      let (paceText, paceTone) = l.paceBadge(row.pace.status)
      let paceNote = paceDetail(row.pace, row.year, l)
      return [
        Cell([.text(l.indicatorName(row.indicator)), .text(" (\(l.unit(row.indicator.unit)))")]),
        Cell(String(row.year), sortKey: Double(row.year)),
        ctx.figureCell(row.own.quantity, row.own.sources, sortKey: row.own.figure.mid),
        Cell(
          [
            .text(
              (latest.isApproximate ? "~ " : "") + l.number(latest.value) + " (\(latest.year))"),
            .note(latest.id),
          ], sortKey: latest.value),
        Cell(l.gap(row.delivery), sortKey: row.delivery?.absolute.mid, tone: tone(row.delivery)),
        Cell([.badge(paceText, paceTone), .text(paceNote)]),
      ]
    }
    guard !rows.isEmpty else { return [] }
    let charts = gaps.rows.compactMap { row in
      row.latestObservation == nil || ctx.compact
        ? nil : Block.chart(.delivery(deliveryChart(row, gaps.province, ctx)))
    }
    return [
      .heading(level: 2, text: l(.delivery), anchor: "delivery"),
      .paragraph([.text(l(.deliveryIntro))]),
    ] + charts + [
      .table(
        Table(
          id: "delivery-\(gaps.province)", caption: l(.delivery),
          header: [
            l(.indicator), l(.year), l(.target), l(.latestObserved), l(.deliveryGap), l(.pace),
          ], rows: rows))
    ]
  }

  /// The observed series of `row`'s indicator up to its horizon, the path from the base year
  /// at the growth the target requires (Open SDG's measure), and the target's figure.
  static func deliveryChart(_ row: GapRow, _ province: String, _ ctx: ReportContext)
    -> DeliveryChart
  {
    let l = ctx.localizer
    let series = ctx.catalog.observedSeries(geo: province, indicator: row.indicator.id)
      .filter { $0.year <= row.year }
      .map { DeliveryChart.YearValue(year: $0.year, value: $0.chosen.value) }
    let figure = row.pace.requiredFigure ?? row.own.figure.low
    var required: [DeliveryChart.YearValue] = []
    if let base = row.pace.baseYear, let start = series.first(where: { $0.year == base }) {
      if let growth = row.pace.requiredGrowth, growth.isFinite, row.year > base {
        // the path Open SDG measures against: the base value growing at the required rate
        required = (base...row.year).map {
          DeliveryChart.YearValue(
            year: $0, value: start.value * pow(1 + growth, Double($0 - base)))
        }
      } else {
        required = [start, DeliveryChart.YearValue(year: row.year, value: figure)]
      }
    }
    let (status, tone) = l.paceBadge(row.pace.status)
    let observedText = series.map { "\($0.year): \(l.number($0.value))" }.joined(separator: ", ")
    return DeliveryChart(
      id: "delivery-\(row.indicator.id)-\(row.year)",
      title: "\(l.indicatorName(row.indicator)) (\(row.year))",
      description: "\(l(.latestObserved)): \(observedText); \(l(.target)) \(ownFigure(row, l)) "
        + "(\(row.year)); \(status)",
      unit: l.unit(row.indicator.unit), observed: series, required: required,
      target: DeliveryChart.YearValue(year: row.year, value: figure),
      targetLabel: ownFigure(row, l), status: status, tone: tone)
  }

  /// Which of a province's disagreeing targets is used and the others, with their figures in
  /// the page's language (the order of preference is stated once, under the heading).
  static func choiceText(_ c: Contribution, _ ctx: ReportContext) -> String {
    let l = ctx.localizer
    func figure(_ id: String) -> String {
      "\(id) \(l.figure(ctx.catalog.target(id: id)?.quantity))"
    }
    guard let used = c.sources.first else { return c.choice }
    let others = c.sources.dropFirst().map(figure).joined(separator: ", ")
    return l.language == .vi
      ? "dùng \(figure(used)); các mục tiêu khác: \(others)"
      : "\(figure(used)) used; also \(others)"
  }

  /// The pace's years and ratio in the page's language (the engine's note is English).
  static func paceDetail(_ pace: Pace, _ horizon: Int, _ l: Localizer) -> String {
    let vi = l.language == .vi
    switch pace.status {
    case .achieved:
      return pace.latestYear.map { vi ? " (số liệu năm \($0))" : " (as of \($0))" } ?? ""
    case .insufficientData, .notApplicable:
      return ""
    default:
      guard let base = pace.baseYear, let latest = pace.latestYear else { return "" }
      let span =
        vi
        ? "tăng trưởng thực tế \(base)–\(latest), cần có \(base)–\(horizon)"
        : "observed \(base)–\(latest), required \(base)–\(horizon)"
      guard let ratio = pace.ratio else {
        return vi
          ? " (\(span); năm gốc đã đạt mức mục tiêu nên không tính được tỷ số R)"
          : " (\(span); the base year already reached the figure, so R is undefined)"
      }
      return " (R = \(l.number(ratio)); \(span))"
    }
  }

  /// The years and the annual growth of a status without a target, e.g. ` (2020–2024:
  /// +2,41 %/năm)`, in the page's language.
  static func trendDetail(_ trend: Pace, _ l: Localizer) -> String {
    guard let base = trend.baseYear, let latest = trend.latestYear,
      let growth = trend.observedGrowth
    else { return "" }
    let sign = growth > 0 ? "+" : ""
    return " (\(base)–\(latest): \(sign)\(l.number(growth * 100)) \(l.unit(.percentPerYear)))"
  }

  /// The province's latest observed values against the region's, with the years used.
  static func observed(_ gaps: ProvinceGaps, _ ctx: ReportContext, _ book: inout NoteBook)
    -> [Block]
  {
    let l = ctx.localizer
    guard !gaps.observed.isEmpty else { return [] }
    let rows = gaps.observed.map { row -> [Cell] in
      let chosen = row.own.chosen
      book.add(ctx.note(for: chosen))
      for other in row.own.others { book.add(ctx.note(for: other)) }
      let (markText, markTone) = l.mark(row.mark)
      // no target to measure against: Open SDG's fixed thresholds on the observed growth
      let trend = ctx.catalog.trend(
        geo: gaps.province, indicator: row.indicator.id, upTo: row.own.year)
      let (trendText, trendTone) = l.paceBadge(trend.status)
      return [
        Cell([.text(l.indicatorName(row.indicator)), .text(" (\(l.unit(row.indicator.unit)))")]),
        Cell(String(row.own.year), sortKey: Double(row.own.year)),
        Cell(
          [.text((chosen.isApproximate ? "~ " : "") + l.number(chosen.value)), .note(chosen.id)]
            + row.own.others.map { .note($0.id) }
            + (row.own.isConflicting ? [.text(" "), .badge(l(.sourcesDiffer), .warning)] : []),
          sortKey: chosen.value),
        Cell(meanText(row.region, l), sortKey: row.region.mean.mid),
        Cell(row.years.map(String.init).joined(separator: ", ")),
        Cell(l.gap(row.toMean), sortKey: row.toMean.absolute.mid, tone: tone(row.toMean)),
        Cell(l.rank(row.rank), sortKey: Double(row.rank.position)),
        Cell([.badge(markText, markTone)]),
        Cell([.badge(trendText, trendTone), .text(trendDetail(trend, l))]),
      ]
    }
    let members = (ctx.compact ? [] : gaps.observed).map { row -> [Inline] in
      let values = row.region.contributions.map { c in
        "\(ctx.geoName(c.geo)) \(l.range(c.figure))" + (c.year.map { " (\($0))" } ?? "")
      }
      return [
        .strong("\(l.indicatorName(row.indicator)): "),
        .text(
          "\(l(.coverage)) \(row.region.coverage.n)/\(row.region.coverage.m): "
            + values.joined(separator: ", ")),
      ]
    }
    return [
      .heading(level: 2, text: l(.observedAgainstRegion), anchor: "observed"),
      .paragraph([.text(l(.observedIntro))]),
      .table(
        Table(
          id: "observed-\(gaps.province)", caption: l(.observedAgainstRegion),
          header: [
            l(.indicator), l(.year), l(.latestObserved), l(.regionalMean), l(.yearsUsed),
            l(.gapToMean), l(.rank), l(.mark), l(.pace),
          ], rows: rows)),
      .bullets(ctx.compact ? [[.text(l(.onTheDashboard))]] : members),
    ]
  }

  /// The core Resolution 57-NQ/TW indicators the province sets no target for.
  static func coreMissing(_ province: String, _ ctx: ReportContext) -> [Block] {
    let l = ctx.localizer
    let missing = ctx.catalog.coreIndicatorsWithoutTarget(province: province)
    return [
      .heading(level: 2, text: l(.coreMissing), anchor: "core-missing"),
      missing.isEmpty
        ? .paragraph([.text(l(.coreAllSet))])
        : .paragraph([.text(l(.coreMissingIntro))]),
    ] + (missing.isEmpty ? [] : [.bullets(missing.map { [.text(l.indicatorName($0))] })])
  }

  static func tone(_ gap: Gap?) -> Tone {
    guard let gap else { return .none }
    if gap.absolute.low > 0 { return .good }
    if gap.absolute.high < 0 { return .bad }
    return .neutral
  }

  static func weighting(_ s: RegionalStatistic, _ ctx: ReportContext) -> String {
    let l = ctx.localizer
    guard l.language == .vi else { return s.weightingNote }
    // Vietnamese pages name the weight and the provinces, not their ids
    func name(_ variable: String) -> String {
      guard let full = ctx.catalog.indicator(id: variable)?.name, let first = full.first else {
        return Denominators.name(variable, .vi)
      }
      return first.lowercased() + full.dropFirst()
    }
    func names(_ geos: [String]) -> String { geos.map(ctx.geoName).joined(separator: ", ") }
    guard let w = s.weighted else { return basis(s, name, names) }
    let share =
      w.regionSharePercent.map {
        "; các tỉnh này chiếm \(NumberFormat.localized($0, vietnamese: true))% "
          + "\(name(w.variable)) của vùng năm \(w.year)"
      }
      ?? "; chưa biết giá trị toàn vùng của \(name(w.variable)) năm \(w.year) (có số liệu của "
      + "\(w.membersWeighted)/\(s.members.count) tỉnh)"
    return basis(s, name, names) + share
  }

  private static func basis(
    _ s: RegionalStatistic, _ name: (String) -> String, _ names: ([String]) -> String
  ) -> String {
    let plain = "bình quân giản đơn (không gia quyền): "
    switch s.weighting {
    case .weighted(let variable, let year):
      return "bình quân gia quyền theo \(name(variable)) (\(year))"
    case .partlyWeighted(let variable, let year, let used, let of, let left):
      return "bình quân gia quyền theo \(name(variable)) (\(year)) trên \(used)/\(of) tỉnh; thiếu "
        + "\(name(variable)) năm \(year) của " + names(left)
    case .unweightedByDesign: return plain + "chỉ tiêu là số lượng, chỉ số hoặc tốc độ"
    case .weightUnknown: return plain + "chưa xác định được quyền số đúng của chỉ tiêu"
    case .missingWeights(let variable, let geos):
      return plain + "thiếu số liệu \(name(variable)) của " + names(geos)
    case .noCommonYear(let variable):
      return plain + "không có năm chung có số liệu \(name(variable)) cho mọi tỉnh"
    case .zeroWeights: return plain + "tổng quyền số bằng 0"
    }
  }

  static func dotPlot(_ row: GapRow, _ province: String, _ ctx: ReportContext) -> DotPlot {
    let l = ctx.localizer
    var references = [DotPlot.Reference(label: l(.meanLine), value: row.region.mean.mid)]
    if let weighted = row.region.weighted {
      references.append(DotPlot.Reference(label: l(.weighted), value: weighted.figure.mid))
    }
    if let national = row.national?.quantity {
      references.append(DotPlot.Reference(label: l(.national), value: national.value))
    }
    return DotPlot(
      id: "dots-\(row.indicator.id)-\(row.year)",
      title: "\(l.indicatorName(row.indicator)) (\(row.year)): "
        + (l.vi
          ? "\(row.region.coverage.n)/\(row.region.coverage.m) tỉnh có mục tiêu"
          : "\(row.region.coverage.n) of \(row.region.coverage.m) provinces set a target"),
      description: "\(l(.dotPlotTitle)): "
        + row.region.contributions.map {
          "\(ctx.geoName($0.geo)) \(l.range($0.figure, decimals: 3))"
        }.joined(
          separator: "; "),
      unit: l.unit(row.indicator.unit),
      points: row.region.contributions.map {
        DotPlot.Point(
          label: ctx.geoName($0.geo), low: $0.figure.low, high: $0.figure.high,
          highlighted: $0.geo == province,
          // disagreeing documents: the range covering them, no single comparator
          comparison: $0.conflicting ? .range : ($0.quantity?.comparator ?? .equal))
      },
      references: references)
  }
}
