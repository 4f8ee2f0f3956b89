import Catalog
import Support

/// A chart's figures as a small table, for Markdown, which has no SVG.
struct ChartData: Sendable, Hashable {
  struct Row: Sendable, Hashable {
    var label: String
    var values: [String]
    /// The highlighted point of a dot plot, written in bold.
    var emphasised: Bool = false
  }

  var title: String
  var header: [String]
  var rows: [Row]

  /// The chart's rows with their values written in `language` (at most 2 decimals).
  init(_ chart: Chart, _ language: Language) {
    let name = RenderText.name.text(language)
    switch chart {
    case .dotPlot(let plot):
      title = plot.title
      let value = RenderText.value.text(language)
      header = [name, plot.unit.isEmpty ? value : "\(value) (\(plot.unit))"]
      rows = plot.points.map {
        Row(label: $0.label, values: [Self.figure($0, language)], emphasised: $0.highlighted)
      }
      rows += plot.references.map {
        Row(
          label: "\($0.label) (\(RenderText.reference.text(language)))",
          values: [ChartNumber.value($0.value, language)])
      }
    case .gapBars(let bars):
      title = bars.title
      header = [name, bars.measure.isEmpty ? RenderText.value.text(language) : bars.measure]
      rows = bars.bars.map { Row(label: $0.label, values: [GapBarsSVG.label($0, language)]) }
    case .pairedDots(let pairs):
      title = pairs.title
      header = [name, pairs.firstName, pairs.secondName, RenderText.difference.text(language)]
      rows = pairs.rows.map {
        Row(
          label: $0.label,
          values: [
            Self.figure($0.first, language), Self.figure($0.second, language), $0.difference,
          ]
        )
      }
    case .delivery(let chart):
      title = "\(chart.title) (\(chart.status))"
      header = [
        RenderText.year.text(language), RenderText.observedValue.text(language),
        RenderText.requiredPath.text(language),
      ]
      let observed = Dictionary(
        chart.observed.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a })
      let required = Dictionary(
        chart.required.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a })
      let years = Set(observed.keys).union(required.keys).union([chart.target.year]).sorted()
      rows = years.map { year in
        let path =
          year == chart.target.year
          ? chart.targetLabel : required[year].map { ChartNumber.value($0, language) } ?? "—"
        return Row(
          label: String(year),
          values: [
            observed[year].map { ChartNumber.value($0, language, decimals: 3) } ?? "—", path,
          ])
      }
    case .heatMap(let map): (title, header, rows) = HeatMapSVG.data(map, language)
    case .sensitivityBars(let bars): (title, header, rows) = SensitivityBarsSVG.data(bars, language)
    case .rankWhiskers(let whiskers):
      title = whiskers.title
      header = [
        name, RenderText.rank.text(language), RenderText.medianColumn.text(language), "Q5–Q95",
      ]
      rows = whiskers.rows.map {
        Row(
          label: $0.label,
          values: [
            ChartNumber.value($0.nominal, language), ChartNumber.value($0.median, language),
            ChartNumber.range($0.q5, $0.q95, language),
          ])
      }
    }
  }

  /// A point's figure with its comparator and precision as the document states it: "≥ 40",
  /// "~ 9–10", "> 0.623".
  static func figure(_ point: DotPlot.Point, _ language: Language) -> String {
    let symbol = [.equal, .range].contains(point.comparison) ? "" : point.comparison.symbol + " "
    return symbol + ChartNumber.range(point.low, point.high, language, decimals: 3)
  }
}
