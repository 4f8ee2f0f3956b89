/// A chart drawn as inline SVG in HTML and as a small table in Markdown.
public enum Chart: Sendable, Hashable {
  /// Each province's figure for one indicator on a common axis, with reference lines.
  case dotPlot(DotPlot)
  /// Horizontal bars of a province's oriented gaps (positive is better), one per indicator.
  case gapBars(GapBars)
  /// Rank intervals (Q5–Q95) with the nominal rank, one row per unit.
  case rankWhiskers(RankWhiskers)
}

/// A dot plot: one row per unit, the figure as a dot or a bar for a range.
public struct DotPlot: Sendable, Hashable {
  public struct Point: Sendable, Hashable {
    public var label: String
    public var low: Double
    public var high: Double
    /// Drawn emphasised (the province the page is about).
    public var highlighted: Bool

    public init(label: String, low: Double, high: Double, highlighted: Bool = false) {
      self.label = label
      self.low = low
      self.high = high
      self.highlighted = highlighted
    }
  }

  /// A vertical reference line (regional mean, national target).
  public struct Reference: Sendable, Hashable {
    public var label: String
    public var value: Double

    public init(label: String, value: Double) {
      self.label = label
      self.value = value
    }
  }

  public var id: String
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  public var unit: String
  public var points: [Point]
  public var references: [Reference]

  public init(
    id: String, title: String, description: String, unit: String, points: [Point],
    references: [Reference]
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.unit = unit
    self.points = points
    self.references = references
  }
}

/// Gap bars: one bar per row from zero to the gap (a range draws as a band).
public struct GapBars: Sendable, Hashable {
  public struct Bar: Sendable, Hashable {
    public var label: String
    public var low: Double
    public var high: Double

    public init(label: String, low: Double, high: Double) {
      self.label = label
      self.low = low
      self.high = high
    }
  }

  public var id: String
  public var title: String
  public var description: String
  /// What the bars measure, e.g. "gap to the regional mean, % of the mean".
  public var measure: String
  public var bars: [Bar]

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
  public struct Row: Sendable, Hashable {
    public var label: String
    public var nominal: Double
    public var q5: Double
    public var q95: Double
    public var median: Double

    public init(label: String, nominal: Double, q5: Double, q95: Double, median: Double) {
      self.label = label
      self.nominal = nominal
      self.q5 = q5
      self.q95 = q95
      self.median = median
    }
  }

  public var id: String
  public var title: String
  public var description: String
  public var rows: [Row]

  public init(id: String, title: String, description: String, rows: [Row]) {
    self.id = id
    self.title = title
    self.description = description
    self.rows = rows
  }
}
