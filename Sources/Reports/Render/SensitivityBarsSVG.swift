/// Sensitivity indices as SVG: for each input two bars from zero, the first-order index above
/// and the total-order index below, each with a whisker over its bootstrap interval and its
/// value written beside it; a legend names the two bars and the whisker.
enum SensitivityBarsSVG {
  static let rowHeight = 44.0
  static let thickness = 11.0

  /// The bars as a `<figure>`.
  static func figure(_ chart: SensitivityBars, _ language: Language) -> HTML {
    typealias S = ChartSVG
    let labelWidth = S.labelWidth(chart.rows.map(\.label))
    let plotLeft = labelWidth + 16
    let width = plotLeft + S.Style.plotWidth + S.Style.rightMargin
    let top = 34.0
    let bottom = top + Double(chart.rows.count) * rowHeight + 4
    let ends = chart.rows.flatMap { row in
      [row.first, row.total].flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } }
    }
    let axis = ChartAxis.nice(
      covering: ends + [0, 1], includeZero: true,
      pixels: (plotLeft + 8)...(plotLeft + S.Style.plotWidth - 48))
    var body = S.axis(
      axis, top: top - 4, bottom: bottom, caption: text(.axis, language), language)
    body += legend(x: plotLeft, language)
    for (index, row) in chart.rows.enumerated() {
      let y = top + Double(index) * rowHeight
      body.append(S.rowLabel(row.label, x: labelWidth, y: y + rowHeight / 2))
      body += bar(row.first, y: y + 12, fill: S.Style.reference, axis: axis, language)
      body += bar(row.total, y: y + 28, fill: S.Style.highlight, axis: axis, language)
    }
    let zero = axis.position(0)
    body.append(S.line(zero, top - 4, zero, bottom, stroke: S.Style.ink, width: 1.5))
    return S.frame(
      id: chart.id, title: chart.title, description: chart.description, kind: "sensitivity-bars",
      size: (width, bottom + 44), body: body)
  }

  /// One bar centred on `y` from zero to the estimate, its whisker and its value.
  static func bar(
    _ estimate: SensitivityBars.Estimate, y: Double, fill: String, axis: ChartAxis,
    _ language: Language
  ) -> [HTML] {
    typealias S = ChartSVG
    guard let value = estimate.value, value.isFinite else {
      return [S.text("—", x: axis.position(0) + 6, y: y + 4, fill: S.Style.muted)]
    }
    let (x1, x2) = (axis.position(min(0, value)), axis.position(max(0, value)))
    var nodes = [S.rect(x: x1, y: y - thickness / 2, width: x2 - x1, height: thickness, fill: fill)]
    var labelX = axis.position(max(0, value))
    if let low = estimate.low, let high = estimate.high, low.isFinite, high.isFinite {
      let (a, b) = (axis.position(low), axis.position(high))
      nodes += RankWhiskersSVG.whisker(from: a, to: b, y: y)
      labelX = max(labelX, b)
    }
    nodes.append(
      S.text(ChartNumber.localized(value, decimals: 2, language), x: labelX + 5, y: y + 4))
    return nodes
  }

  /// "▬ first order  ▬ total order  ├─┤ 5–95% interval", drawn with the marks themselves.
  static func legend(x: Double, _ language: Language) -> [HTML] {
    typealias S = ChartSVG
    let y = 12.0
    var cursor = x
    var nodes: [HTML] = []
    for (fill, name) in [
      (S.Style.reference, text(.first, language)), (S.Style.highlight, text(.total, language)),
    ] {
      nodes.append(S.rect(x: cursor, y: y - 5, width: 18, height: 10, fill: fill))
      nodes.append(S.text(name, x: cursor + 24, y: y + 4, fill: S.Style.muted))
      cursor += 24 + Double(name.count) * 6.8 + 16
    }
    nodes += RankWhiskersSVG.whisker(from: cursor, to: cursor + 22, y: y)
    nodes.append(S.text(text(.interval, language), x: cursor + 30, y: y + 4, fill: S.Style.muted))
    return nodes
  }

  /// The indices as a table for Markdown: estimate and interval of each, `—` where undefined.
  static func data(_ chart: SensitivityBars, _ language: Language)
    -> (String, [String], [ChartData.Row])
  {
    func number(_ x: Double?) -> String {
      x.map { $0.isFinite ? ChartNumber.localized($0, decimals: 2, language) : "—" } ?? "—"
    }
    func interval(_ e: SensitivityBars.Estimate) -> String {
      guard let low = e.low, let high = e.high else { return "—" }
      return "\(number(low)) \(language == .vi ? "đến" : "to") \(number(high))"
    }
    let header = [
      RenderText.name.text(language), text(.first, language), "Sᵢ: " + text(.interval, language),
      text(.total, language), "S_Tᵢ: " + text(.interval, language),
    ]
    let rows = chart.rows.map {
      ChartData.Row(
        label: $0.label,
        values: [
          number($0.first.value), interval($0.first), number($0.total.value), interval($0.total),
        ])
    }
    return (chart.title, header, rows)
  }

  enum Label { case first, total, interval, axis }

  static func text(_ label: Label, _ language: Language) -> String {
    let vi = language == .vi
    switch label {
    case .first: return vi ? "chỉ số bậc một (Sᵢ)" : "first order (Sᵢ)"
    case .total: return vi ? "chỉ số tổng (S_Tᵢ)" : "total order (S_Tᵢ)"
    case .interval: return vi ? "khoảng 5–95%" : "5–95% interval"
    case .axis:
      return vi
        ? "Tỷ lệ phương sai của thay đổi thứ hạng (0 = không ảnh hưởng, 1 = toàn bộ)"
        : "Share of the variance of rank changes (0 = none, 1 = all)"
    }
  }
}
