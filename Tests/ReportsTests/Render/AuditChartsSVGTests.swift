import Testing

@testable import Reports

/// The audit page's two chart kinds: the correlation heat map and the sensitivity bars.
@Suite struct AuditChartsSVGTests {
  typealias F = RenderFixture

  static let heatMap = HeatMap(
    id: "corr", title: "Tương quan", description: "Ma trận 3 × 3",
    labels: ["Kinh tế số", "Đổi mới", "Hạ tầng"],
    values: [[1, 0.5, nil], [0.5, 1, -0.25], [nil, -0.25, 1]], blankMeaning: "dưới 10 tỉnh")

  static let bars = SensitivityBars(
    id: "sobol", title: "Sobol", description: "Chỉ số Sobol",
    rows: [
      .init(
        label: "Cách chuẩn hóa", first: .init(value: 0.1, low: -0.05, high: 0.3),
        total: .init(value: 0.3, low: 0.2, high: 0.4)),
      .init(
        label: "Cách gộp", first: .init(value: 0.5, low: nil, high: nil),
        total: .init(value: nil, low: nil, high: nil)),
    ])

  @Test(arguments: [Chart.heatMap(heatMap), .sensitivityBars(bars)])
  func accessibleAndDeterministic(_ chart: Chart) {
    let svg = ChartSVG.figure(chart, .vi).rendered()
    let (id, title, description) = ChartSVGTests.identity(chart)
    #expect(svg.contains(#"role="img" aria-labelledby="\#(id)-title \#(id)-desc""#))
    #expect(svg.contains(#"<title id="\#(id)-title">\#(title)</title>"#))
    #expect(svg.contains(#"<desc id="\#(id)-desc">\#(description)</desc>"#))
    #expect(svg == ChartSVG.figure(chart, .vi).rendered())
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  /// Nine cells plus six legend swatches; blank cells show a dash; values in Vietnamese use a
  /// comma and a true minus; the colour runs from red through white to blue.
  @Test func heatMapCells() {
    let svg = ChartSVG.figure(.heatMap(Self.heatMap), .vi).rendered()
    #expect(F.count("<rect ", in: svg) == 9 + 6)
    #expect(svg.contains(">0,50</text>") && svg.contains(">\u{2212}0,25</text>"))
    #expect(F.count(">—</text>", in: svg) == 2)
    #expect(svg.contains("1. Kinh tế số") && svg.contains("— dưới 10 tỉnh"))
    #expect(HeatMapSVG.colour(0) == "#ffffff")
    #expect(HeatMapSVG.colour(1) == "#0b5cad" && HeatMapSVG.colour(-1) == "#b42318")
    #expect(HeatMapSVG.colour(2) == HeatMapSVG.colour(1), "clamped")
  }

  /// Markdown gets the matrix as a table: numbered columns, a dash for a blank cell.
  @Test func heatMapAsTable() {
    let data = ChartData(.heatMap(Self.heatMap), .en)
    #expect(data.header == ["Name", "1", "2", "3"])
    #expect(data.rows.map(\.label) == ["1. Kinh tế số", "2. Đổi mới", "3. Hạ tầng"])
    #expect(data.rows[0].values == ["1.00", "0.50", "—"])
    #expect(data.rows[2].values == ["—", "\u{2212}0.25", "1.00"])
  }

  /// A bar per defined index, a whisker (three lines) per interval, a dash for an undefined
  /// index; the table writes the intervals.
  @Test func sensitivityBars() {
    let svg = ChartSVG.figure(.sensitivityBars(Self.bars), .en).rendered()
    // three bars and two legend swatches
    #expect(F.count("<rect ", in: svg) == 3 + 2)
    #expect(svg.contains(">0.10</text>") && svg.contains(">0.50</text>"))
    #expect(svg.contains(">—</text>"))
    let data = ChartData(.sensitivityBars(Self.bars), .en)
    #expect(data.rows[0].values == ["0.10", "\u{2212}0.05 to 0.30", "0.30", "0.20 to 0.40"])
    #expect(data.rows[1].values == ["0.50", "—", "—", "—"])
  }

  @Test func hostileLabelsAreEscaped() {
    let map = HeatMap(
      id: F.breakout, title: F.image, description: F.breakout, labels: [F.image],
      values: [[1]], blankMeaning: F.quoteBreakout)
    let bars = SensitivityBars(
      id: F.javascript, title: F.breakout, description: F.image,
      rows: [
        .init(
          label: F.breakout, first: .init(value: 1, low: 0, high: 1),
          total: .init(value: 1, low: 0, high: 1))
      ])
    for chart in [Chart.heatMap(map), .sensitivityBars(bars)] {
      let svg = ChartSVG.figure(chart, .en).rendered()
      #expect(!svg.contains("<img") && !svg.contains("<script>"))
      #expect(!svg.contains("' onmouseover"))
    }
  }
}
