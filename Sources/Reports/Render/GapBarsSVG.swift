import Support

/// Gap bars as SVG: a zero line, bars to the right for positive (better) gaps and to the left
/// for negative (worse) ones, a band for a range, and the value written beside each bar.
///
/// Direction and the signed label carry the meaning; green and red only repeat it.
enum GapBarsSVG {
  /// The bars as a `<figure>`.
  static func figure(_ chart: GapBars, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labelWidth = S.labelWidth(chart.bars.map(\.label))
    let plotLeft = labelWidth + 16
    let width = plotLeft + S.Style.plotWidth + S.Style.rightMargin
    let rowHeight = 24.0
    let top = 28.0
    let bottom = top + Double(chart.bars.count) * rowHeight + 4
    // Room on both sides for the value labels beside the longest bars.
    let longest = chart.bars.map { label($0, language).count }.max() ?? 0
    let room = min(140, max(40, Double(longest) * 6.8 + 8))
    let axis = ChartAxis.nice(
      covering: chart.bars.flatMap { [$0.low, $0.high] }, includeZero: true,
      pixels: (plotLeft + room)...(plotLeft + S.Style.plotWidth - room))
    let zero = axis.position(0)

    var body = S.axis(axis, top: top - 4, bottom: bottom, caption: chart.measure, language)
    body.append(
      S.text(
        "← " + RenderText.worse.text(language), x: zero - 6, y: 14, anchor: "end",
        fill: S.Style.muted))
    body.append(
      S.text(
        RenderText.better.text(language) + " →", x: zero + 6, y: 14, anchor: "start",
        fill: S.Style.muted))
    for (row, bar) in chart.bars.enumerated() {
      let y = top + (Double(row) + 0.5) * rowHeight
      body.append(S.rowLabel(bar.label, x: labelWidth, y: y))
      guard bar.low.isFinite, bar.high.isFinite else { continue }
      body += self.bar(bar, y: y, axis: axis, language)
    }
    body.append(S.line(zero, top - 4, zero, bottom, stroke: S.Style.ink, width: 1.5))
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "gap-bars",
      size: (width, bottom + 44), body: body)
  }

  /// A bar from zero to the gap, or a band from low to high, and its value label.
  static func bar(_ bar: GapBars.Bar, y: Double, axis: ChartAxis, _ language: Language)
    -> [HTML]
  {
    typealias S = ChartSVG
    let (low, high) = (min(bar.low, bar.high), max(bar.low, bar.high))
    let colour = low > 0 ? S.Style.good : high < 0 ? S.Style.bad : S.Style.neutral
    let thickness = 12.0
    let label = label(bar, language)
    var nodes: [HTML]
    if low == high {
      let (x1, x2) = (axis.position(min(0, low)), axis.position(max(0, low)))
      nodes = [S.rect(x: x1, y: y - thickness / 2, width: x2 - x1, height: thickness, fill: colour)]
    } else {
      let (x1, x2) = (axis.position(low), axis.position(high))
      nodes = [
        S.rect(
          x: x1, y: y - thickness / 2, width: x2 - x1, height: thickness, fill: colour,
          opacity: 0.35, stroke: colour)
      ]
    }
    if high <= 0, low < 0 {
      nodes.append(S.text(label, x: axis.position(low) - 4, y: y + 4, anchor: "end"))
    } else {
      nodes.append(S.text(label, x: axis.position(max(high, 0)) + 4, y: y + 4, anchor: "start"))
    }
    return nodes
  }

  /// The bar's value: `+3,2`, `−1,5`, `−1,5 đến +2`.
  static func label(_ bar: GapBars.Bar, _ language: Language) -> String {
    ChartNumber.range(bar.low, bar.high, language, signed: true)
  }
}
