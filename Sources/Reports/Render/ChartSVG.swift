/// Inline SVG for a page's charts, and the drawing helpers the three chart kinds share.
///
/// A chart is a `<figure>` with a visible caption and an accessible `<svg role="img">` whose
/// `<title>` and `<desc>` come from the chart. Every coordinate is written with two decimals
/// and every id comes from the chart's id, so the same chart always gives the same bytes.
enum ChartSVG {
  /// The chart as a `<figure>`.
  static func figure(_ chart: Chart, _ language: Language) -> HTML {
    switch chart {
    case .dotPlot(let plot): DotPlotSVG.figure(plot, language)
    case .gapBars(let bars): GapBarsSVG.figure(bars, language)
    case .rankWhiskers(let whiskers): RankWhiskersSVG.figure(whiskers, language)
    case .pairedDots(let pairs): PairedDotsSVG.figure(pairs, language)
    case .delivery(let delivery): DeliverySVG.figure(delivery, language)
    case .heatMap(let map): HeatMapSVG.figure(map, language)
    case .sensitivityBars(let bars): SensitivityBarsSVG.figure(bars, language)
    }
  }

  /// The `<figure>` around an SVG of `size` holding `body`.
  static func frame(
    id: String, title: String, description: String, kind: String, size: (Double, Double),
    body: [HTML]
  ) -> HTML {
    let anchor = Identifier.html(id)
    let svg = HTML.block(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "role": "img",
        "aria-labelledby": "\(anchor)-title \(anchor)-desc",
        "viewBox": "0 0 \(ChartNumber.fixed(size.0)) \(ChartNumber.fixed(size.1))",
        "width": ChartNumber.fixed(size.0), "height": ChartNumber.fixed(size.1),
        "font-family": Style.fontStack, "font-size": "12", "fill": Style.ink,
      ],
      [
        .inline("title", ["id": "\(anchor)-title"], [.text(title)]),
        .inline("desc", ["id": "\(anchor)-desc"], [.text(description)]),
      ] + body)
    return .block(
      "figure", ["class": "chart \(kind)", "id": anchor],
      [.inline("figcaption", [:], [.text(title)]), svg])
  }

  /// Colours and fonts of the charts; shapes, not colours alone, carry the meaning.
  enum Style {
    static let fontStack =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, "
      + "sans-serif"
    static let ink = "#1a1a1a"
    static let muted = "#555555"
    static let grid = "#e2e2e2"
    static let axis = "#777777"
    static let point = "#3d3d3d"
    static let highlight = "#c4410c"
    static let reference = "#0b5cad"
    static let good = "#1a7f37"
    static let bad = "#b42318"
    static let neutral = "#6b6b6b"
    static let rowHeight = 22.0
    static let plotWidth = 440.0
    static let rightMargin = 24.0
    static let maxLabelLength = 60
  }

  /// The left column for row labels: wide enough for the longest (estimated at 6.8 px a
  /// character of 12 px text), at least 80 px.
  static func labelWidth(_ labels: [String]) -> Double {
    let longest = labels.map { min($0.count, Style.maxLabelLength) }.max() ?? 0
    return max(80, Double(longest) * 6.8 + 8)
  }

  /// A row label right-aligned at `x`; a label longer than 60 characters is cut with `…` and
  /// shown whole as a tooltip.
  static func rowLabel(_ label: String, x: Double, y: Double, bold: Bool = false) -> HTML {
    var attributes = position(x, y).adding("text-anchor", "end").adding("dy", "0.35em")
    if bold { attributes.add("font-weight", "bold") }
    guard label.count > Style.maxLabelLength else {
      return .inline("text", attributes, [.text(label)])
    }
    return .inline(
      "text", attributes,
      [
        .inline("title", [:], [.text(label)]),
        .text(String(label.prefix(Style.maxLabelLength - 1)) + "…"),
      ])
  }

  /// Vertical grid lines, the axis line, tick marks and labels, and the axis caption.
  static func axis(
    _ axis: ChartAxis, top: Double, bottom: Double, caption: String, _ language: Language
  ) -> [HTML] {
    var nodes: [HTML] = []
    for tick in axis.ticks {
      let x = axis.position(tick)
      nodes.append(line(x, top, x, bottom, stroke: Style.grid))
    }
    nodes.append(
      line(axis.pixels.lowerBound, bottom, axis.pixels.upperBound, bottom, stroke: Style.axis))
    for tick in axis.ticks {
      let x = axis.position(tick)
      nodes.append(line(x, bottom, x, bottom + 4, stroke: Style.axis))
      nodes.append(text(axis.label(tick, language), x: x, y: bottom + 16, anchor: "middle"))
    }
    if !caption.isEmpty {
      let middle = (axis.pixels.lowerBound + axis.pixels.upperBound) / 2
      nodes.append(
        text(caption, x: middle, y: bottom + 34, anchor: "middle", fill: Style.muted))
    }
    return nodes
  }

  static func position(_ x: Double, _ y: Double) -> Attributes {
    ["x": ChartNumber.fixed(x), "y": ChartNumber.fixed(y)]
  }

  static func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", fill: String? = nil,
    bold: Bool = false
  ) -> HTML {
    var attributes = position(x, y).adding("text-anchor", anchor).adding("fill", fill)
    if bold { attributes.add("font-weight", "bold") }
    return .inline("text", attributes, [.text(content)])
  }

  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
    dash: String? = nil
  ) -> HTML {
    let attributes: Attributes = [
      "x1": ChartNumber.fixed(x1), "y1": ChartNumber.fixed(y1),
      "x2": ChartNumber.fixed(x2), "y2": ChartNumber.fixed(y2),
      "stroke": stroke, "stroke-width": ChartNumber.fixed(width),
    ]
    return .empty("line", attributes.adding("stroke-dasharray", dash), selfClosing: true)
  }

  static func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil,
    stroke: String? = nil, radius: Double? = nil
  ) -> HTML {
    var attributes = position(x, y)
    attributes.add("width", ChartNumber.fixed(max(width, 0)))
    attributes.add("height", ChartNumber.fixed(height))
    attributes.add("rx", radius.map { ChartNumber.fixed($0) })
    attributes.add("fill", fill)
    attributes.add("fill-opacity", opacity.map { ChartNumber.fixed($0) })
    attributes.add("stroke", stroke)
    return .empty("rect", attributes, selfClosing: true)
  }

  static func circle(
    x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil
  ) -> HTML {
    let attributes: Attributes = [
      "cx": ChartNumber.fixed(x), "cy": ChartNumber.fixed(y), "r": ChartNumber.fixed(radius),
      "fill": fill,
    ]
    return .empty(
      "circle",
      attributes.adding("stroke", stroke).adding("stroke-width", stroke.map { _ in "1.50" }),
      selfClosing: true)
  }
}
