/// A dot plot as SVG: one row per point, a dot for a figure or a thick bar for a range, the
/// highlighted point in its own colour with a bold label, dashed reference lines.
enum DotPlotSVG {
  /// The plot as a `<figure>`.
  static func figure(_ plot: DotPlot, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labelWidth = S.labelWidth(plot.points.map(\.label))
    let plotLeft = labelWidth + 16
    let width = plotLeft + S.Style.plotWidth + S.Style.rightMargin
    let referenceRows = Double(plot.references.count)
    let top = 8 + 16 * referenceRows + (plot.references.isEmpty ? 4 : 8)
    let bottom = top + Double(plot.points.count) * S.Style.rowHeight + 4
    let values = plot.points.flatMap { [$0.low, $0.high] } + plot.references.map(\.value)
    let nonNegative = values.filter(\.isFinite).allSatisfy { $0 >= 0 }
    let axis = ChartAxis.nice(
      covering: values, includeZero: nonNegative,
      pixels: (plotLeft + 8)...(plotLeft + S.Style.plotWidth - 8))

    var body = S.axis(axis, top: top - 4, bottom: bottom, caption: plot.unit, language)
    for (row, point) in plot.points.enumerated() {
      let y = top + (Double(row) + 0.5) * S.Style.rowHeight
      body.append(
        S.line(
          axis.pixels.lowerBound, y, axis.pixels.upperBound, y, stroke: S.Style.grid,
          dash: "1 3"))
      body.append(S.rowLabel(point.label, x: labelWidth, y: y, bold: point.highlighted))
    }
    for (index, reference) in plot.references.enumerated() where reference.value.isFinite {
      let x = axis.position(reference.value)
      let baseline = 8 + 12 + 16 * Double(index)
      body.append(
        S.line(x, baseline + 4, x, bottom, stroke: S.Style.reference, width: 1.5, dash: "5 3"))
      let middle = (axis.pixels.lowerBound + axis.pixels.upperBound) / 2
      body.append(
        S.text(
          reference.label, x: x < middle ? x + 3 : x - 3, y: baseline,
          anchor: x < middle ? "start" : "end", fill: S.Style.reference))
    }
    for (row, point) in plot.points.enumerated() where point.low.isFinite && point.high.isFinite {
      let y = top + (Double(row) + 0.5) * S.Style.rowHeight
      body.append(mark(point, y: y, axis: axis))
    }
    // a legend only where a figure is more than a plain value
    let legend = plot.points.contains { $0.comparison != .equal }
    if legend {
      body.append(
        S.text(
          RenderText.targetLegend.text(language), x: plotLeft, y: bottom + 52, fill: S.Style.muted))
    }
    return S.frame(
      id: plot.id, title: plot.title, description: plot.description, kind: "dot-plot",
      size: (max(width, legend ? plotLeft + 470 : 0), bottom + (legend ? 62 : 44)), body: body)
  }

  /// A dot (r 4.5, or 6 with a dark ring when highlighted), or a bar 8 px thick for a range;
  /// hollow when approximate; a floor or ceiling adds an arrow towards the values it admits.
  static func mark(_ point: DotPlot.Point, y: Double, axis: ChartAxis) -> HTML {
    typealias S = ChartSVG
    let colour = point.highlighted ? S.Style.highlight : S.Style.point
    let (low, high) = (min(point.low, point.high), max(point.low, point.high))
    let (x1, x2) = (axis.position(low), axis.position(high))
    let hollow = point.comparison == .approximately
    let radius = point.highlighted ? 6.0 : 4.5
    var nodes: [HTML] = []
    if x2 - x1 < 1 {
      nodes.append(
        S.circle(
          x: x1, y: y, radius: hollow ? radius - 0.75 : radius, fill: hollow ? "#ffffff" : colour,
          stroke: hollow ? colour : point.highlighted ? S.Style.ink : nil))
    } else {
      let thickness = point.highlighted ? 10.0 : 8.0
      nodes.append(
        S.rect(
          x: x1, y: y - thickness / 2, width: x2 - x1, height: thickness,
          fill: hollow ? "#ffffff" : colour, stroke: hollow ? colour : nil,
          radius: thickness / 2))
    }
    switch point.comparison {
    case .atLeast, .greaterThan: nodes.append(arrow(from: x2 + radius + 1, direction: 1, y, colour))
    case .atMost, .lessThan: nodes.append(arrow(from: x1 - radius - 1, direction: -1, y, colour))
    default: break
    }
    return nodes.count == 1 ? nodes[0] : .group(nodes)
  }

  /// A 14 px arrow from `x` to the right (`direction` 1) or left (-1).
  static func arrow(from x: Double, direction: Double, _ y: Double, _ colour: String) -> HTML {
    typealias S = ChartSVG
    let tip = x + 14 * direction
    let back = tip - 5 * direction
    let d =
      "M\(ChartNumber.fixed(x)) \(ChartNumber.fixed(y - 1))H\(ChartNumber.fixed(back))"
      + "V\(ChartNumber.fixed(y - 4))L\(ChartNumber.fixed(tip)) \(ChartNumber.fixed(y))"
      + "L\(ChartNumber.fixed(back)) \(ChartNumber.fixed(y + 4))V\(ChartNumber.fixed(y + 1))"
      + "H\(ChartNumber.fixed(x))Z"
    return .empty("path", ["d": d, "fill": colour], selfClosing: true)
  }
}
