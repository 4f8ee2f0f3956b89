/// Paired dots as SVG: per indicator, a line joining the two provinces' figures on the row's
/// own scale (from zero, as units differ between rows), each figure drawn as a dot plot draws
/// it (arrow for a floor or ceiling, hollow when approximate), the difference written at the
/// right, and a legend naming the two provinces by colour.
enum PairedDotsSVG {
  /// Width of the column that holds the difference labels.
  static let differenceWidth = 110.0

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
      let drawn = [row.second, row.first].filter { $0.low.isFinite && $0.high.isFinite }
      if drawn.count == 2 {
        let a = axis.position((row.first.low + row.first.high) / 2)
        let b = axis.position((row.second.low + row.second.high) / 2)
        body.append(S.line(min(a, b), y, max(a, b), y, stroke: S.Style.muted, width: 2))
      }
      for point in drawn { body.append(DotPlotSVG.mark(point, y: y, axis: axis)) }
      body.append(S.text(row.difference, x: plotLeft + S.Style.plotWidth + 8, y: y + 4))
    }
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "paired-dots",
      size: (width, bottom + 12), body: body)
  }
}
