import Catalog

/// A chart drawn as inline SVG in HTML and as a small table in Markdown.
public enum Chart: Sendable, Hashable {
  /// Each province's figure for one indicator on a common axis, with reference lines.
  case dotPlot(DotPlot)
  /// Horizontal bars of a province's oriented gaps (positive is better), one per indicator.
  case gapBars(GapBars)
  /// Rank intervals (Q5–Q95) with the nominal rank, one row per unit.
  case rankWhiskers(RankWhiskers)
  /// Two units' figures side by side, one row per indicator, with the difference labelled.
  case pairedDots(PairedDots)
  /// A province's observed series against its target and the path it requires.
  case delivery(DeliveryChart)
  /// A correlation matrix as coloured, labelled cells.
  case heatMap(HeatMap)
  /// First-order and total-order sensitivity indices with their intervals.
  case sensitivityBars(SensitivityBars)
}

/// Delivery towards one target, as Open SDG draws progress: the observed values by year, the
/// path from the base year to the target's figure at the required growth, the target point,
/// and the status in its tone.
public struct DeliveryChart: Sendable, Hashable {
  /// A value of one year.
  public struct YearValue: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The value; a non-finite value is not drawn.
    public var value: Double

    /// `value` in `year`.
    public init(year: Int, value: Double) {
      self.year = year
      self.value = value
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The unit of the values; may be empty.
  public var unit: String
  /// The observed values, oldest first.
  public var observed: [YearValue]
  /// The required path, oldest first: empty when there is no base year to start it from.
  public var required: [YearValue]
  /// The target's figure in its horizon year.
  public var target: YearValue
  /// The target as the document states it, e.g. `≥ 100`, written beside the point.
  public var targetLabel: String
  /// The status, e.g. "cần tăng tốc", written at the top in `tone`.
  public var status: String
  /// The status's colour meaning.
  public var tone: Tone

  /// A delivery chart with every field given.
  public init(
    id: String, title: String, description: String, unit: String, observed: [YearValue],
    required: [YearValue], target: YearValue, targetLabel: String, status: String, tone: Tone
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.unit = unit
    self.observed = observed
    self.required = required
    self.target = target
    self.targetLabel = targetLabel
    self.status = status
    self.tone = tone
  }
}

/// Two provinces' targets, one row per indicator: each row on its own scale from zero (the
/// indicators' units differ), the first province's figure emphasised, the gap written out.
public struct PairedDots: Sendable, Hashable {
  /// One indicator: both figures, drawn as a dot plot draws them, and the difference.
  public struct Row: Sendable, Hashable {
    /// The row's label, e.g. an indicator and year.
    public var label: String
    /// The first unit's figure (its label is not drawn).
    public var first: DotPlot.Point
    /// The second unit's figure (its label is not drawn).
    public var second: DotPlot.Point
    /// The difference as the page's table writes it, e.g. `30–31`.
    public var difference: String

    /// A row labelled `label` with both figures and the difference's text.
    public init(label: String, first: DotPlot.Point, second: DotPlot.Point, difference: String) {
      self.label = label
      self.first = first
      self.second = second
      self.difference = difference
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The first unit's name, for the legend and the Markdown table's header.
  public var firstName: String
  /// The second unit's name.
  public var secondName: String
  /// The rows, drawn top to bottom; a row with a non-finite figure draws only the other.
  public var rows: [Row]

  /// Paired dots with every field given.
  public init(
    id: String, title: String, description: String, firstName: String, secondName: String,
    rows: [Row]
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.firstName = firstName
    self.secondName = secondName
    self.rows = rows
  }
}

/// A dot plot: one row per unit, the figure as a dot or a bar for a range.
public struct DotPlot: Sendable, Hashable {
  /// One row of the plot: a unit's figure or range.
  public struct Point: Sendable, Hashable {
    /// The row's label, e.g. a province's name.
    public var label: String
    /// The lower end of the figure.
    public var low: Double
    /// The upper end; equal to `low` for a single figure.
    public var high: Double
    /// Drawn emphasised (the province the page is about).
    public var highlighted: Bool
    /// What the figure means: a floor (`≥`, `>`) is drawn with an arrow towards the values
    /// it admits, a ceiling (`≤`, `<`) likewise, an approximate figure hollow, a range as a
    /// bar; `.equal` is a plain dot.
    public var comparison: Comparison

    /// A row labelled `label` spanning `low` to `high`, emphasised when `highlighted`, read
    /// as `comparison` states it.
    public init(
      label: String, low: Double, high: Double, highlighted: Bool = false,
      comparison: Comparison = .equal
    ) {
      self.label = label
      self.low = low
      self.high = high
      self.highlighted = highlighted
      self.comparison = comparison
    }
  }

  /// A vertical reference line (regional mean, national target).
  public struct Reference: Sendable, Hashable {
    /// What the line marks, e.g. the regional mean.
    public var label: String
    /// Where the line stands on the axis.
    public var value: Double

    /// A reference line labelled `label` at `value`.
    public init(label: String, value: Double) {
      self.label = label
      self.value = value
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The axis caption: the unit of the figures; may be empty.
  public var unit: String
  /// The rows, drawn top to bottom; non-finite figures are not drawn.
  public var points: [Point]
  /// The vertical reference lines; non-finite values are not drawn.
  public var references: [Reference]
  /// Whether the axis starts at zero when every value is non-negative (figures of different
  /// provinces); false spreads close figures apart (one province's disagreeing documents).
  public var fromZero: Bool

  /// A dot plot with every field given; the axis starts at zero unless `fromZero` is false.
  public init(
    id: String, title: String, description: String, unit: String, points: [Point],
    references: [Reference], fromZero: Bool = true
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.unit = unit
    self.points = points
    self.references = references
    self.fromZero = fromZero
  }
}

/// Gap bars: one bar per row from zero to the gap (a range draws as a band).
public struct GapBars: Sendable, Hashable {
  /// One row: a gap, or a band for a range.
  public struct Bar: Sendable, Hashable {
    /// The row's label, e.g. an indicator and year.
    public var label: String
    /// The lower end of the gap (positive is better).
    public var low: Double
    /// The upper end; equal to `low` for a single gap.
    public var high: Double

    /// A bar labelled `label` from `low` to `high`.
    public init(label: String, low: Double, high: Double) {
      self.label = label
      self.low = low
      self.high = high
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// What the bars measure, e.g. "gap to the regional mean, % of the mean".
  public var measure: String
  /// The bars, drawn top to bottom; non-finite gaps are not drawn.
  public var bars: [Bar]

  /// Gap bars with every field given.
  public init(id: String, title: String, description: String, measure: String, bars: [Bar]) {
    self.id = id
    self.title = title
    self.description = description
    self.measure = measure
    self.bars = bars
  }
}

/// Rank whiskers: the uncertainty of each unit's rank.
public struct RankWhiskers: Sendable, Hashable {
  /// One unit's rank interval.
  public struct Row: Sendable, Hashable {
    /// The row's label, e.g. a province's name.
    public var label: String
    /// The rank in the nominal build, drawn as a dot; a non-finite rank is not drawn.
    public var nominal: Double
    /// The 5th percentile of the ranks over the runs; the whisker's left end.
    public var q5: Double
    /// The 95th percentile of the ranks over the runs; the whisker's right end.
    public var q95: Double
    /// The median rank over the runs.
    public var median: Double

    /// A row labelled `label`; non-finite ranks are not drawn.
    public init(label: String, nominal: Double, q5: Double, q95: Double, median: Double) {
      self.label = label
      self.nominal = nominal
      self.q5 = q5
      self.q95 = q95
      self.median = median
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The rows, one per unit, drawn top to bottom.
  public var rows: [Row]

  /// Rank whiskers with every field given.
  public init(id: String, title: String, description: String, rows: [Row]) {
    self.id = id
    self.title = title
    self.description = description
    self.rows = rows
  }
}
