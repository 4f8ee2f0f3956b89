import Catalog

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
      covering: values, includeZero: nonNegative && plot.fromZero,
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
    // a legend only where a figure is more than a plain value: the marks themselves, one per
    // kind the plot uses, so a strict bound's open head is shown beside the closed one's
    let kinds = legendKinds(plot.points)
    let legend = legendItems(
      kinds, left: plotLeft, top: bottom + 52, right: plotLeft + S.Style.plotWidth, language)
    body += legend.nodes
    return S.frame(
      id: plot.id, title: plot.title, description: plot.description, kind: "dot-plot",
      size: (width, legend.nodes.isEmpty ? bottom + 44 : legend.bottom + 10), body: body)
  }

  /// The kinds of figure a legend explains, in a fixed order: none when every figure is plain.
  static func legendKinds(_ points: [DotPlot.Point]) -> [Comparison] {
    // a "range" of one value is drawn, and so explained, as a plain dot
    let used = Set(
      points.filter { $0.low.isFinite && $0.high.isFinite }.map {
        $0.comparison == .range && $0.low == $0.high ? .equal : $0.comparison
      })
    guard used.contains(where: { $0 != .equal }) else { return [] }
    return [.equal, .atLeast, .greaterThan, .atMost, .lessThan, .approximately, .range].filter {
      used.contains($0)
    }
  }

  /// The legend's items, a mark and its words, flowing left to right from (`left`, `top`) and
  /// wrapping before `right`, in one `<g class="legend">` (none without kinds); `bottom` is
  /// the last line's baseline.
  static func legendItems(
    _ kinds: [Comparison], left: Double, top: Double, right: Double, _ language: Language
  ) -> (nodes: [HTML], bottom: Double) {
    typealias S = ChartSVG
    var nodes: [HTML] = []
    var (x, y) = (left, top)
    for kind in kinds {
      let words = legendWords(kind).text(language)
      let width =
        ([.equal, .approximately].contains(kind) ? 16 : 34) + Double(words.count) * 6.8 + 14
      if x > left, x + width > right {
        (x, y) = (left, y + 20)
      }
      let point = DotPlot.Point(
        label: "", low: 0, high: kind == .range ? 1 : 0, comparison: kind)
      // a ceiling's arrow points left: its dot stands right of the arrow
      let dot = kind == .atMost || kind == .lessThan ? x + 22 : x + 5
      nodes.append(shape(point, x1: dot, x2: kind == .range ? dot + 16 : dot, y: y - 4))
      // words close to a lone dot, clear of an arrow or a bar
      let gap = [.equal, .approximately].contains(kind) ? 16.0 : 34
      nodes.append(S.text(words, x: x + gap, y: y, fill: S.Style.muted))
      x += width
    }
    return (nodes.isEmpty ? [] : [.block("g", ["class": "legend"], nodes)], y)
  }

  /// The legend's words for a kind of figure.
  static func legendWords(_ kind: Comparison) -> RenderText {
    switch kind {
    case .atLeast: .legendAtLeast
    case .greaterThan: .legendAbove
    case .atMost: .legendAtMost
    case .lessThan: .legendBelow
    case .approximately: .legendAbout
    case .range: .legendRange
    default: .legendExactly
    }
  }

  /// A dot (r 4.5, or 6 with a dark ring when highlighted), or a bar 8 px thick for a range;
  /// hollow when approximate; a floor or ceiling adds an arrow towards the values it admits,
  /// with a closed head for `≥`/`≤` and an open one for the strict `>`/`<`.
  static func mark(_ point: DotPlot.Point, y: Double, axis: ChartAxis) -> HTML {
    let (low, high) = (min(point.low, point.high), max(point.low, point.high))
    return shape(point, x1: axis.position(low), x2: axis.position(high), y: y)
  }

  /// `point`'s mark from `x1` to `x2` (a dot where they are within a pixel) on the line `y`.
  static func shape(_ point: DotPlot.Point, x1: Double, x2: Double, y: Double) -> HTML {
    typealias S = ChartSVG
    let colour = point.highlighted ? S.Style.highlight : S.Style.point
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
    let strict = point.comparison == .greaterThan || point.comparison == .lessThan
    switch point.comparison {
    case .atLeast, .greaterThan:
      nodes.append(arrow(from: x2 + radius + 1, direction: 1, y, colour, open: strict))
    case .atMost, .lessThan:
      nodes.append(arrow(from: x1 - radius - 1, direction: -1, y, colour, open: strict))
    default: break
    }
    return nodes.count == 1 ? nodes[0] : .group(nodes)
  }

  /// A 14 px arrow from `x` to the right (`direction` 1) or left (-1): one filled shape, or
  /// with `open` a shaft and a white head outlined in `colour` (a strict bound).
  static func arrow(from x: Double, direction: Double, _ y: Double, _ colour: String, open: Bool)
    -> HTML
  {
    typealias S = ChartSVG
    let tip = x + 14 * direction
    let back = tip - 6 * direction
    func f(_ v: Double) -> String { ChartNumber.fixed(v) }
    guard open else {
      let d =
        "M\(f(x)) \(f(y - 1))H\(f(back))V\(f(y - 4))L\(f(tip)) \(f(y))L\(f(back)) \(f(y + 4))"
        + "V\(f(y + 1))H\(f(x))Z"
      return .empty("path", ["d": d, "fill": colour], selfClosing: true)
    }
    let head = "M\(f(back)) \(f(y - 4.5))L\(f(tip)) \(f(y))L\(f(back)) \(f(y + 4.5))Z"
    return .group([
      S.line(x, y, back, y, stroke: colour, width: 2),
      .empty(
        "path",
        ["d": head, "fill": "#ffffff", "stroke": colour, "stroke-width": "1.50"],
        selfClosing: true),
    ])
  }
}
