/// Paired dots as SVG: per indicator, a line joining the two provinces' figures on the row's
/// own scale (from zero, as units differ between rows), each figure drawn as a dot plot draws
/// it (arrow for a floor or ceiling, hollow when approximate), the difference written at the
/// right, and a legend naming the two provinces by colour. Two marks that would cover each
/// other are drawn a little above and below the row's line, and the difference says so.
enum PairedDotsSVG {
  /// Width of the column that holds the difference labels.
  static let differenceWidth = 130.0

  /// The chart as a `<figure>`.
  static func figure(_ chart: PairedDots, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labelWidth = S.labelWidth(chart.rows.map(\.label))
    let plotLeft = labelWidth + 16
    let width = plotLeft + S.Style.plotWidth + differenceWidth
    let top = 40.0
    let rowHeight = 26.0
    let bottom = top + Double(chart.rows.count) * rowHeight
    var body: [HTML] = [
      S.circle(x: plotLeft + 6, y: 14, radius: 5, fill: S.Style.highlight, stroke: S.Style.ink),
      S.text(chart.firstName, x: plotLeft + 16, y: 18, bold: true),
      S.circle(
        x: plotLeft + 26 + Double(chart.firstName.count) * 8.4, y: 14, radius: 4.5,
        fill: S.Style.point),
      S.text(
        chart.secondName + " (\(RenderText.ownScale.text(language)))",
        x: plotLeft + 36 + Double(chart.firstName.count) * 8.4, y: 18),
      S.text(
        RenderText.difference.text(language), x: plotLeft + S.Style.plotWidth + 8, y: 34,
        fill: S.Style.muted),
    ]
    let pixels = (plotLeft + 8)...(plotLeft + S.Style.plotWidth - 24)
    for (index, row) in chart.rows.enumerated() {
      let y = top + (Double(index) + 0.5) * rowHeight
      body.append(S.rowLabel(row.label, x: labelWidth, y: y))
      body.append(S.line(pixels.lowerBound, y, pixels.upperBound, y, stroke: S.Style.grid))
      let values = [row.first.low, row.first.high, row.second.low, row.second.high]
      guard values.contains(where: \.isFinite) else { continue }
      let axis = ChartAxis.nice(
        covering: values, includeZero: values.filter(\.isFinite).allSatisfy { $0 >= 0 },
        pixels: pixels)
      let first = row.first.low.isFinite && row.first.high.isFinite
      let second = row.second.low.isFinite && row.second.high.isFinite
      let a = axis.position((row.first.low + row.first.high) / 2)
      let b = axis.position((row.second.low + row.second.high) / 2)
      // equal figures (or nearly: within a dot's width) would hide the second under the first
      let apart = first && second && abs(a - b) < 10 ? 6.0 : 0
      if first && second {
        body.append(S.line(min(a, b), y, max(a, b), y, stroke: S.Style.muted, width: 2))
      }
      if second { body.append(DotPlotSVG.mark(row.second, y: y + apart, axis: axis)) }
      if first { body.append(DotPlotSVG.mark(row.first, y: y - apart, axis: axis)) }
      let difference =
        apart > 0 ? "\(row.difference) · \(RenderText.samePoint.text(language))" : row.difference
      body.append(S.text(difference, x: plotLeft + S.Style.plotWidth + 8, y: y + 4))
    }
    // the marks' meanings, as under a dot plot
    let legend = DotPlotSVG.legendItems(
      DotPlotSVG.legendKinds(chart.rows.flatMap { [$0.first, $0.second] }), left: plotLeft,
      top: bottom + 22, right: plotLeft + S.Style.plotWidth + differenceWidth, language)
    body += legend.nodes
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "paired-dots",
      size: (width, legend.nodes.isEmpty ? bottom + 12 : legend.bottom + 10), body: body)
  }
}
