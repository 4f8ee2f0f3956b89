/// A delivery chart as SVG: years along the bottom, values up the left, the required path
/// dashed, the observed series as a line of dots in the status's colour, the target as a
/// diamond labelled with its figure, and the status written at the top.
enum DeliverySVG {
  static let plotHeight = 150.0

  /// The chart as a `<figure>`.
  static func figure(_ chart: DeliveryChart, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let left = 64.0
    let width = left + S.Style.plotWidth + 90
    let top = 34.0
    let bottom = top + plotHeight
    let points = (chart.observed + chart.required + [chart.target]).filter { $0.value.isFinite }
    let years = points.map(\.year)
    let (first, last) = (years.min() ?? chart.target.year, years.max() ?? chart.target.year)
    let xRange = (left + 12)...(left + S.Style.plotWidth - 12)
    func x(_ year: Int) -> Double {
      guard last > first else { return (xRange.lowerBound + xRange.upperBound) / 2 }
      return xRange.lowerBound + Double(year - first) / Double(last - first)
        * (xRange.upperBound - xRange.lowerBound)
    }
    let values = points.map(\.value)
    let axis = ChartAxis.nice(
      covering: values, includeZero: false, pixels: 0...plotHeight)
    func y(_ value: Double) -> Double { bottom - axis.position(value) }
    let colour = Self.colour(chart.tone)

    var body: [HTML] = []
    for tick in axis.ticks {
      body.append(S.line(left, y(tick), left + S.Style.plotWidth, y(tick), stroke: S.Style.grid))
      body.append(
        S.text(axis.label(tick, language), x: left - 6, y: y(tick) + 4, anchor: "end"))
    }
    body.append(S.line(left, bottom, left + S.Style.plotWidth, bottom, stroke: S.Style.axis))
    for year in Set(years).sorted() {
      body.append(S.line(x(year), bottom, x(year), bottom + 4, stroke: S.Style.axis))
      body.append(S.text(String(year), x: x(year), y: bottom + 16, anchor: "middle"))
    }
    if !chart.unit.isEmpty {
      body.append(S.text(chart.unit, x: left, y: top - 10, fill: S.Style.muted))
    }
    body.append(
      S.text(
        chart.status, x: left + S.Style.plotWidth, y: top - 10, anchor: "end", fill: colour,
        bold: true))
    let required = chart.required.filter { $0.value.isFinite }
    if required.count >= 2 {
      body.append(polyline(required.map { (x($0.year), y($0.value)) }, S.Style.reference, "5 3"))
      body.append(
        S.text(
          "╌ " + RenderText.requiredPath.text(language),
          x: (xRange.lowerBound + xRange.upperBound) / 2,
          y: top - 10, anchor: "middle", fill: S.Style.reference))
    }
    let observed = chart.observed.filter { $0.value.isFinite }
    if observed.count >= 2 {
      body.append(polyline(observed.map { (x($0.year), y($0.value)) }, colour, nil))
    }
    for point in observed {
      body.append(S.circle(x: x(point.year), y: y(point.value), radius: 4.5, fill: colour))
    }
    if chart.target.value.isFinite {
      let (tx, ty) = (x(chart.target.year), y(chart.target.value))
      let d =
        "M\(ChartNumber.fixed(tx)) \(ChartNumber.fixed(ty - 7))L\(ChartNumber.fixed(tx + 7)) "
        + "\(ChartNumber.fixed(ty))L\(ChartNumber.fixed(tx)) \(ChartNumber.fixed(ty + 7))"
        + "L\(ChartNumber.fixed(tx - 7)) \(ChartNumber.fixed(ty))Z"
      body.append(
        .empty(
          "path", ["d": d, "fill": "#ffffff", "stroke": S.Style.ink, "stroke-width": "2.00"],
          selfClosing: true))
      body.append(S.text(chart.targetLabel, x: tx + 10, y: ty + 4, bold: true))
    }
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "delivery",
      size: (width, bottom + 28), body: body)
  }

  /// The colour of a status: the tones of the tables' badges.
  static func colour(_ tone: Tone) -> String {
    switch tone {
    case .good: ChartSVG.Style.good
    case .bad: ChartSVG.Style.bad
    case .warning: "#9a6700"
    case .caution: "#c2410c"
    case .neutral, .none: ChartSVG.Style.neutral
    }
  }

  static func polyline(_ points: [(Double, Double)], _ colour: String, _ dash: String?) -> HTML {
    let d = points.enumerated().map { index, point in
      (index == 0 ? "M" : "L") + "\(ChartNumber.fixed(point.0)) \(ChartNumber.fixed(point.1))"
    }.joined()
    let attributes: Attributes = [
      "d": d, "fill": "none", "stroke": colour, "stroke-width": "2.00",
    ]
    return .empty("path", attributes.adding("stroke-dasharray", dash), selfClosing: true)
  }
}
