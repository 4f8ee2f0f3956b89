/// Variance-based sensitivity indices as bars: per uncertain input, the first-order and the
/// total-order index, each with its bootstrap interval as a whisker.
public struct SensitivityBars: Sendable, Hashable {
  /// One index: its estimate and interval, each nil when undefined.
  public struct Estimate: Sendable, Hashable {
    /// The estimate; nil draws no bar.
    public var value: Double?
    /// The interval's lower end (5% bootstrap quantile); nil draws no whisker.
    public var low: Double?
    /// The interval's upper end (95% bootstrap quantile).
    public var high: Double?

    /// An estimate with its interval.
    public init(value: Double?, low: Double?, high: Double?) {
      self.value = value
      self.low = low
      self.high = high
    }
  }

  /// One uncertain input.
  public struct Row: Sendable, Hashable {
    /// The input's name, e.g. "Normalisation".
    public var label: String
    /// The first-order index `Sᵢ`.
    public var first: Estimate
    /// The total-order index `S_Tᵢ`.
    public var total: Estimate

    /// A row labelled `label`.
    public init(label: String, first: Estimate, total: Estimate) {
      self.label = label
      self.first = first
      self.total = total
    }
  }

  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The rows, drawn top to bottom.
  public var rows: [Row]

  /// Sensitivity bars with every field given.
  public init(id: String, title: String, description: String, rows: [Row]) {
    self.id = id
    self.title = title
    self.description = description
    self.rows = rows
  }
}
