import Support

/// Rank whiskers as SVG: a rank axis with 1 at the left, a whisker from Q5 to Q95, a tick at
/// the median and a dot at the nominal rank, with a legend naming the three marks.
enum RankWhiskersSVG {
  /// The whiskers as a `<figure>`.
  static func figure(_ chart: RankWhiskers, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labelWidth = S.labelWidth(chart.rows.map(\.label))
    let plotLeft = labelWidth + 16
    let width = plotLeft + S.Style.plotWidth + S.Style.rightMargin
    let top = 32.0
    let bottom = top + Double(chart.rows.count) * S.Style.rowHeight + 4
    let ranks = chart.rows.flatMap { [$0.nominal, $0.q5, $0.q95, $0.median] }.filter(\.isFinite)
    let last = max(chart.rows.count, Int((ranks.max() ?? 1).rounded(.up)))
    let axis = ChartAxis.ranks(
      upTo: last, pixels: (plotLeft + 8)...(plotLeft + S.Style.plotWidth - 8))

    var body = S.axis(
      axis, top: top - 4, bottom: bottom, caption: RenderText.rankAxis.text(language), language)
    body += legend(x: plotLeft, language)
    for (row, entry) in chart.rows.enumerated() {
      let y = top + (Double(row) + 0.5) * S.Style.rowHeight
      body.append(S.rowLabel(entry.label, x: labelWidth, y: y))
      body += marks(entry, y: y, axis: axis)
    }
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "rank-whiskers",
      size: (width, bottom + 44), body: body)
  }

  /// The whisker with end caps, the median tick and the nominal dot, each drawn when finite.
  static func marks(_ row: RankWhiskers.Row, y: Double, axis: ChartAxis) -> [HTML] {
    typealias S = ChartSVG
    var nodes: [HTML] = []
    if row.q5.isFinite, row.q95.isFinite {
      nodes += whisker(from: axis.position(row.q5), to: axis.position(row.q95), y: y)
    }
    if row.median.isFinite {
      let x = axis.position(row.median)
      nodes.append(S.line(x, y - 8, x, y + 8, stroke: S.Style.highlight, width: 3))
    }
    if row.nominal.isFinite {
      nodes.append(
        S.circle(
          x: axis.position(row.nominal), y: y, radius: 4.5, fill: S.Style.reference,
          stroke: "#ffffff"))
    }
    return nodes
  }

  static func whisker(from x1: Double, to x2: Double, y: Double) -> [HTML] {
    typealias S = ChartSVG
    return [
      S.line(x1, y, x2, y, stroke: S.Style.muted, width: 2),
      S.line(x1, y - 4, x1, y + 4, stroke: S.Style.muted, width: 2),
      S.line(x2, y - 4, x2, y + 4, stroke: S.Style.muted, width: 2),
    ]
  }

  /// "● nominal rank  | median  ├─┤ Q5–Q95 interval", drawn with the marks themselves.
  static func legend(x: Double, _ language: Language) -> [HTML] {
    typealias S = ChartSVG
    let y = 12.0
    var cursor = x
    var nodes: [HTML] = []
    nodes.append(S.circle(x: cursor + 5, y: y, radius: 4.5, fill: S.Style.reference))
    let nominal = RenderText.nominalRank.text(language)
    nodes.append(S.text(nominal, x: cursor + 14, y: y + 4, fill: S.Style.muted))
    cursor += 14 + Double(nominal.count) * 6.8 + 16
    nodes.append(S.line(cursor + 2, y - 7, cursor + 2, y + 7, stroke: S.Style.highlight, width: 3))
    let median = RenderText.median.text(language)
    nodes.append(S.text(median, x: cursor + 10, y: y + 4, fill: S.Style.muted))
    cursor += 10 + Double(median.count) * 6.8 + 16
    nodes += whisker(from: cursor, to: cursor + 22, y: y)
    nodes.append(
      S.text(RenderText.rankInterval.text(language), x: cursor + 30, y: y + 4, fill: S.Style.muted))
    return nodes
  }
}
