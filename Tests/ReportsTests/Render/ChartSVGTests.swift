import Catalog
import Testing

@testable import Reports

@Suite struct ChartSVGTests {
  typealias F = RenderFixture

  static let charts: [Chart] = [
    .dotPlot(F.dotPlot), .gapBars(F.gapBars), .rankWhiskers(F.rankWhiskers),
  ]

  @Test(arguments: charts)
  func svgIsAnAccessibleImageWithTitleAndDescription(chart: Chart) {
    let svg = ChartSVG.figure(chart, .vi).rendered()
    let (id, title, description) = Self.identity(chart)
    #expect(svg.hasPrefix(#"<figure class="chart "#))
    #expect(svg.contains(#"id="\#(id)""#))
    #expect(svg.contains(#"role="img" aria-labelledby="\#(id)-title \#(id)-desc""#))
    #expect(svg.contains(#"<title id="\#(id)-title">\#(title)</title>"#))
    #expect(svg.contains(#"<desc id="\#(id)-desc">\#(description)</desc>"#))
    #expect(svg.contains("<figcaption>\(title)</figcaption>"))
    #expect(F.count("<svg ", in: svg) == 1 && svg.hasSuffix("</svg>\n</figure>"))
  }

  @Test func pageHasOneSVGPerChart() {
    let html = HTMLRenderer.render(F.page())
    #expect(F.count("<svg ", in: html) == 3)
    #expect(F.count("<title id=", in: html) == 3 && F.count("<desc id=", in: html) == 3)
  }

  @Test func vietnameseTicksUseTheDecimalComma() {
    let vi = ChartSVG.figure(.dotPlot(F.dotPlot), .vi).rendered()
    let en = ChartSVG.figure(.dotPlot(F.dotPlot), .en).rendered()
    for tick in ["0,0", "0,2", "0,4", "0,6", "0,8"] { #expect(vi.contains(">\(tick)</text>")) }
    for tick in ["0.0", "0.2", "0.4", "0.6", "0.8"] { #expect(en.contains(">\(tick)</text>")) }
    #expect(!vi.contains(">0.2</text>"))
  }

  @Test func dotPlotDrawsDotsRangesHighlightAndReferences() {
    let svg = ChartSVG.figure(.dotPlot(F.dotPlot), .vi).rendered()
    #expect(svg.contains(#"font-weight="bold">Lai Châu</text>"#))
    #expect(F.count("font-weight=\"bold\"", in: svg) == 1)
    #expect(F.count(#"fill="\#(ChartSVG.Style.highlight)""#, in: svg) == 1)
    #expect(F.count("<circle ", in: svg) == 2)  // Lai Châu and Điện Biên; Sơn La is a range
    #expect(F.count("<rect ", in: svg) == 1)
    #expect(
      svg.contains(
        #"stroke="\#(ChartSVG.Style.reference)" stroke-width="1.50" stroke-dasharray="5 3"/>"#))
    #expect(svg.contains(">Trung bình vùng</text>"))
    #expect(svg.contains(">% GRDP</text>"))
  }

  @Test func gapBarsGoRightForBetterAndLeftForWorse() {
    let svg = ChartSVG.figure(.gapBars(F.gapBars), .vi).rendered()
    #expect(svg.contains(">+12,5</text>") && svg.contains(">−8</text>"))
    #expect(svg.contains(">−3 đến +4</text>"))
    #expect(svg.contains(">← kém hơn</text>") && svg.contains(">tốt hơn →</text>"))
    let rects = svg.components(separatedBy: "<rect ").dropFirst().map {
      String($0.prefix { $0 != "/" })
    }
    #expect(rects.count == 3)
    let zero = Self.number(
      "x1",
      in: svg.components(separatedBy: ##"stroke="#1a1a1a" stroke-width="1.50""##)[0]
        .components(separatedBy: "<line ").last ?? "")
    #expect(Self.number("x", in: rects[0]) == zero)  // positive: starts at zero
    #expect(rects[0].contains(ChartSVG.Style.good))
    let negativeEnd = Self.number("x", in: rects[1]) + Self.number("width", in: rects[1])
    #expect(abs(negativeEnd - zero) < 0.02)  // negative: ends at zero
    #expect(rects[1].contains(ChartSVG.Style.bad))
    #expect(rects[2].contains("fill-opacity"))  // a range is a band
  }

  @Test func rankWhiskersPutRankOneAtTheLeft() {
    let svg = ChartSVG.figure(.rankWhiskers(F.rankWhiskers), .en).rendered()
    let ticks = svg.components(separatedBy: #"text-anchor="middle">"#).dropFirst().map {
      String($0.prefix { $0 != "<" })
    }
    #expect(Array(ticks.prefix(4)) == ["1", "2", "3", "4"])
    #expect(svg.contains(">nominal rank</text>") && svg.contains(">median</text>"))
    #expect(svg.contains(">Rank (1 = best)</text>"))
    // Per row: three whisker lines and one median tick; one nominal dot (plus one in the legend).
    #expect(F.count("<circle ", in: svg) == F.rankWhiskers.rows.count + 1)
  }

  @Test func longLabelsAreCutWithTheFullTextAsTooltip() {
    let label = String(repeating: "Chỉ tiêu rất dài ", count: 6)
    let plot = DotPlot(
      id: "d", title: "t", description: "d", unit: "",
      points: [DotPlot.Point(label: label, low: 1, high: 1)], references: [])
    let svg = ChartSVG.figure(.dotPlot(plot), .vi).rendered()
    #expect(svg.contains("<title>\(label)</title>"))
    #expect(svg.contains(String(label.prefix(59)) + "…</text>"))
  }

  /// A dot at 40 must not look the same for "= 40", "≥ 40" and "khoảng 40": a floor points
  /// right, a ceiling left, an approximate figure is hollow, and the legend says so.
  /// Each kind of figure has its own mark, and the legend shows the marks the plot uses: a
  /// strict bound (`>`, `<`) has an open arrowhead, `≥`/`≤` a solid one, `~` a hollow dot.
  @Test func targetsShowWhatTheirFigureMeans() {
    func plot(_ comparisons: [Comparison]) -> (marks: String, legend: String) {
      let points = comparisons.enumerated().map { index, comparison in
        DotPlot.Point(label: "p\(index)", low: 40, high: 40, comparison: comparison)
      }
      let svg = ChartSVG.figure(
        .dotPlot(
          DotPlot(id: "d", title: "t", description: "d", unit: "", points: points, references: [])
        ), .en
      ).rendered()
      guard let legend = svg.range(of: #"<g class="legend">"#) else { return (svg, "") }
      return (String(svg[..<legend.lowerBound]), String(svg[legend.lowerBound...]))
    }
    let solid = ##"fill="#3d3d3d"/>"##
    let open = ##"<path d="##
    let openHead = ##"Z" fill="#ffffff" stroke="#3d3d3d""##
    let all = plot([.equal, .atLeast, .greaterThan, .atMost, .lessThan, .approximately])
    #expect(F.count("<circle ", in: all.marks) == 6)
    #expect(F.count(open, in: all.marks) == 4, "four arrows")
    #expect(F.count(openHead, in: all.marks) == 2, "open heads: > and <")
    #expect(F.count("<path " + "d=", in: all.marks) == 4)
    #expect(F.count(##"<circle "##, in: all.legend) == 6)
    for words in [
      "exactly", "≥ at least (solid head)", "&gt; above, not equal (open head)",
      "≤ at most (solid head)", "&lt; below, not equal (open head)", "~ about (hollow dot)",
    ] {
      #expect(all.legend.contains(">\(words)</text>"), "\(words)")
    }
    // ≥ and > at the same figure differ in the head only
    let floor = plot([.atLeast]).marks
    let strict = plot([.greaterThan]).marks
    #expect(F.count(openHead, in: floor) == 0 && F.count(solid, in: floor) >= 2)
    #expect(F.count(openHead, in: strict) == 1)
    #expect(strict.contains("<line ") && floor != strict)
    // the legend lists only the kinds used, and nothing for plain figures
    let some = plot([.equal, .greaterThan]).legend
    #expect(some.contains("open head") && !some.contains("solid head") && !some.contains("about"))
    let point = plot([.atLeast, .range]).legend
    #expect(
      point.contains(">exactly</text>") && !point.contains(">range</text>"),
      "a one-value range is a dot")
    let plain = plot([.equal, .equal])
    #expect(F.count("<path ", in: plain.marks) == 0 && plain.legend.isEmpty)
    let table = ChartData(
      .dotPlot(
        DotPlot(
          id: "d", title: "t", description: "d", unit: "",
          points: [
            DotPlot.Point(label: "a", low: 40, high: 40, comparison: .greaterThan),
            DotPlot.Point(label: "b", low: 40, high: 40, comparison: .atLeast),
            DotPlot.Point(label: "c", low: 9, high: 10, comparison: .approximately),
            DotPlot.Point(label: "d", low: 0.623, high: 0.623, comparison: .greaterThan),
          ], references: [DotPlot.Reference(label: "r", value: 0.6866)])), .vi)
    // a source's figure keeps its three decimals; a computed mean is written with two
    #expect(
      table.rows.map(\.values) == [["> 40"], ["≥ 40"], ["~ 9–10"], ["> 0,623"], ["0,69"]])
  }

  /// The comparison's picture: one row per indicator, both figures on the row's own scale,
  /// the difference written out, the two provinces named in the legend; Markdown gets a table.
  @Test func pairedDotsLabelTheDifference() {
    let chart = PairedDots(
      id: "p", title: "Thái Nguyên – Lai Châu", description: "d", firstName: "Thái Nguyên",
      secondName: "Lai Châu",
      rows: [
        PairedDots.Row(
          label: "Kinh tế số 2030",
          first: DotPlot.Point(
            label: "", low: 40, high: 40, highlighted: true, comparison: .atLeast),
          second: DotPlot.Point(label: "", low: 9, high: 10, comparison: .approximately),
          difference: "30–31"),
        PairedDots.Row(
          label: "HDI 2030", first: DotPlot.Point(label: "", low: 0.75, high: 0.75),
          second: DotPlot.Point(label: "", low: .nan, high: .nan), difference: "—"),
      ])
    let svg = ChartSVG.figure(.pairedDots(chart), .vi).rendered()
    #expect(svg.contains(">30–31</text>") && svg.contains(">—</text>"))
    #expect(svg.contains(">Thái Nguyên</text>") && svg.contains("Lai Châu (mỗi hàng"))
    #expect(!svg.contains("nan"))
    let table = ChartData(.pairedDots(chart), .vi)
    #expect(table.header == ["Tên", "Thái Nguyên", "Lai Châu", "Chênh lệch"])
    #expect(table.rows[0].values == ["≥ 40", "~ 9–10", "30–31"])
  }

  /// Equal figures would hide one province's mark under the other's: both are drawn, one
  /// above and one below the row's line, and the difference says they share a point.
  @Test func pairedDotsKeepEqualFiguresVisible() {
    func row(_ a: Double, _ b: Double) -> PairedDots.Row {
      PairedDots.Row(
        label: "r", first: DotPlot.Point(label: "", low: a, high: a, highlighted: true),
        second: DotPlot.Point(label: "", low: b, high: b), difference: "0")
    }
    func svg(_ row: PairedDots.Row) -> String {
      ChartSVG.figure(
        .pairedDots(
          PairedDots(
            id: "p", title: "t", description: "d", firstName: "A", secondName: "B", rows: [row])),
        .en
      ).rendered()
    }
    func centres(_ markup: String) -> [String] {
      markup.components(separatedBy: "<circle ").dropFirst(3).map {
        String($0.prefix { $0 != "/" })
      }
    }
    // the text before the first circle, the legend's two circles; then the second province's mark, then the first's
    let same = svg(row(100, 100))
    let marks = centres(same)
    #expect(marks.count == 2)
    #expect(marks[0].contains(#"cy="59.00""#) && marks[1].contains(#"cy="47.00""#), "\(marks)")
    #expect(same.contains(">0 · same point</text>"))
    let apart = svg(row(100, 50))
    #expect(centres(apart).allSatisfy { $0.contains(#"cy="53.00""#) })
    #expect(!apart.contains("same point"))
  }

  /// Delivery as Open SDG draws it: the observed dots in the status's colour, the required
  /// path dashed, the target a diamond with its figure; Markdown gets the series by year.
  @Test func deliveryShowsSeriesPathAndTarget() {
    typealias V = DeliveryChart.YearValue
    let chart = DeliveryChart(
      id: "d", title: "GRDP bình quân đầu người (2030)", description: "d", unit: "triệu đồng",
      observed: [V(year: 2022, value: 50), V(year: 2025, value: 61.8)],
      required: [V(year: 2022, value: 50), V(year: 2030, value: 100)],
      target: V(year: 2030, value: 100), targetLabel: "≥ 100", status: "cần tăng tốc",
      tone: .warning)
    let svg = ChartSVG.figure(.delivery(chart), .vi).rendered()
    #expect(F.count("<circle ", in: svg) == 2)
    #expect(svg.contains(#"stroke-dasharray="5 3""#))
    #expect(svg.contains(">≥ 100</text>") && svg.contains(">cần tăng tốc</text>"))
    #expect(svg.contains(">2022</text>") && svg.contains(">2030</text>"))
    let table = ChartData(.delivery(chart), .vi)
    #expect(table.rows.map(\.label) == ["2022", "2025", "2030"])
    #expect(table.rows.map(\.values) == [["50", "50"], ["61,8", "—"], ["—", "≥ 100"]])
  }

  @Test func nonFiniteValuesDrawNoMark() {
    let plot = DotPlot(
      id: "d", title: "t", description: "d", unit: "",
      points: [
        DotPlot.Point(label: "a", low: .nan, high: .nan),
        DotPlot.Point(label: "b", low: 2, high: 2),
      ],
      references: [DotPlot.Reference(label: "r", value: .infinity)])
    let svg = ChartSVG.figure(.dotPlot(plot), .en).rendered()
    #expect(F.count("<circle ", in: svg) == 1)
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  @Test(arguments: charts)
  func chartsAreDeterministic(chart: Chart) {
    #expect(ChartSVG.figure(chart, .vi).rendered() == ChartSVG.figure(chart, .vi).rendered())
  }

  static func identity(_ chart: Chart) -> (String, String, String) {
    switch chart {
    case .dotPlot(let c): (c.id, c.title, c.description)
    case .gapBars(let c): (c.id, c.title, c.description)
    case .pairedDots(let c): (c.id, c.title, c.description)
    case .delivery(let c): (c.id, c.title, c.description)
    case .rankWhiskers(let c): (c.id, c.title, c.description)
    case .heatMap(let c): (c.id, c.title, c.description)
    case .sensitivityBars(let c): (c.id, c.title, c.description)
    }
  }

  /// The value of `name="…"` in `markup` as a number.
  static func number(_ name: String, in markup: String) -> Double {
    Double(F.attributeValues(name, in: " " + markup).first ?? "") ?? .nan
  }
}
