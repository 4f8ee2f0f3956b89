/// A heat map as SVG: numbered rows with their labels at the left, the same numbers over the
/// columns, each cell filled blue for a positive value and red for a negative one (deeper for
/// larger magnitudes) and labelled with the value; a legend of the scale and of blank cells.
enum HeatMapSVG {
  static let cell = 36.0

  /// The heat map as a `<figure>`.
  static func figure(_ chart: HeatMap, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labels = chart.labels.enumerated().map { "\($0.offset + 1). \($0.element)" }
    let labelWidth = S.labelWidth(labels)
    let left = labelWidth + 12
    let top = 28.0
    let size = Double(chart.labels.count) * cell
    var body: [HTML] = []
    for (column, _) in chart.labels.enumerated() {
      let x = left + (Double(column) + 0.5) * cell
      body.append(
        S.text(String(column + 1), x: x, y: top - 8, anchor: "middle", fill: S.Style.muted))
    }
    for (row, label) in labels.enumerated() {
      let y = top + Double(row) * cell
      body.append(S.rowLabel(label, x: labelWidth, y: y + cell / 2))
      for (column, value) in chart.values[row].enumerated() {
        body += cellNodes(value, x: left + Double(column) * cell, y: y, language)
      }
    }
    let legendTop = top + size + 16
    body += legend(x: left, y: legendTop, blank: chart.blankMeaning, language)
    let width = max(left + size, left + 5 * 46 + 40 + Double(chart.blankMeaning.count) * 6.8) + 16
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "heat-map",
      size: (width, legendTop + 40), body: body)
  }

  /// A cell: its fill and its value, or a light cell with a dash when it has none.
  static func cellNodes(_ value: Double?, x: Double, y: Double, _ language: Language) -> [HTML] {
    typealias S = ChartSVG
    guard let value, value.isFinite else {
      return [
        S.rect(x: x, y: y, width: cell, height: cell, fill: "#f4f4f4", stroke: "#ffffff"),
        S.text("—", x: x + cell / 2, y: y + cell / 2 + 4, anchor: "middle", fill: S.Style.muted),
      ]
    }
    let strong = abs(value) >= 0.6
    return [
      S.rect(x: x, y: y, width: cell, height: cell, fill: colour(value), stroke: "#ffffff"),
      .inline(
        "text",
        S.position(x + cell / 2, y + cell / 2 + 4).adding("text-anchor", "middle")
          .adding("font-size", "10").adding("fill", strong ? "#ffffff" : S.Style.ink),
        [.text(label(value, language))]),
    ]
  }

  /// The value with two decimals, `−` for negatives and `,` in Vietnamese.
  static func label(_ value: Double, _ language: Language) -> String {
    ChartNumber.localized(value, decimals: 2, language)
  }

  /// White at 0, the reference blue at +1, the bad red at −1, mixed linearly (clamped).
  static func colour(_ value: Double) -> String {
    let t = min(1, abs(value))
    let end: (Double, Double, Double) = value >= 0 ? (11, 92, 173) : (180, 35, 24)
    func mix(_ channel: Double) -> Int { Int((255 + (channel - 255) * t).rounded()) }
    let hex = [mix(end.0), mix(end.1), mix(end.2)].map { component -> String in
      let digits = String(component, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    return "#" + hex.joined()
  }

  /// Swatches at −1, −0.5, 0, 0.5 and 1 with their values, and a blank cell with its meaning.
  static func legend(x: Double, y: Double, blank: String, _ language: Language) -> [HTML] {
    typealias S = ChartSVG
    var nodes: [HTML] = []
    for (index, value) in [-1.0, -0.5, 0, 0.5, 1].enumerated() {
      let left = x + Double(index) * 46
      nodes.append(
        S.rect(x: left, y: y, width: 44, height: 14, fill: colour(value), stroke: "#cccccc"))
      nodes.append(
        S.text(ChartNumber.value(value, language), x: left + 22, y: y + 28, anchor: "middle"))
    }
    let blankLeft = x + 5 * 46 + 16
    nodes.append(
      S.rect(x: blankLeft, y: y, width: 14, height: 14, fill: "#f4f4f4", stroke: "#cccccc"))
    nodes.append(S.text("— " + blank, x: blankLeft + 20, y: y + 11, fill: S.Style.muted))
    return nodes
  }

  /// The matrix as a table for Markdown: a column per label (numbered), `—` for blank cells.
  static func data(_ chart: HeatMap, _ language: Language)
    -> (String, [String], [ChartData.Row])
  {
    let header =
      [RenderText.name.text(language)] + chart.labels.indices.map { String($0 + 1) }
    let rows = chart.labels.enumerated().map { index, name in
      ChartData.Row(
        label: "\(index + 1). \(name)",
        values: chart.values[index].map { $0.map { label($0, language) } ?? "—" })
    }
    return (chart.title, header, rows)
  }
}
