import Support

/// One end of an interval: a finite figure, open or closed.
public struct Bound: Sendable, Hashable {
  /// The figure at the end.
  public var value: Double
  /// Whether the figure itself belongs to the interval.
  public var isClosed: Bool

  /// The end at `value`, which the interval includes when `closed`.
  public init(_ value: Double, closed: Bool) {
    self.value = value
    self.isClosed = closed
  }
}

/// The set of values a target accepts; a missing bound is unbounded on that side.
public struct Interval: Sendable, Hashable {
  /// The lower end; nil when there is none.
  public var lower: Bound?
  /// The upper end; nil when there is none.
  public var upper: Bound?

  /// The interval between `lower` and `upper`.
  /// - Precondition: `lower` is not above `upper`.
  public init(lower: Bound?, upper: Bound?) {
    if let lower, let upper {
      precondition(lower.value <= upper.value, "interval ends out of order")
    }
    self.lower = lower
    self.upper = upper
  }

  /// A closed interval `[low, high]`.
  public static func closed(_ low: Double, _ high: Double) -> Interval {
    Interval(lower: Bound(low, closed: true), upper: Bound(high, closed: true))
  }

  /// Whether `x` lies in the interval.
  public func contains(_ x: Double) -> Bool {
    if let lower, x < lower.value || (x == lower.value && !lower.isClosed) { return false }
    if let upper, x > upper.value || (x == upper.value && !upper.isClosed) { return false }
    return true
  }
}

/// A target's figure with its comparator: `≥ 40`, `~ 9–10`, `> 0.623`.
public struct Quantity: Sendable, Hashable {
  /// How the figure is stated: at least, more than, about, a range …
  public var comparator: Comparison
  /// The figure, in the indicator's unit: the lower end of a range.
  public var value: Double
  /// The upper end of a range or an approximate range; nil otherwise.
  public var valueHigh: Double?

  /// - Precondition: a high value only with `.range` or `.approximately`, required for
  ///   `.range`, and never below `value`. Loaders check this before building a quantity.
  public init(_ comparator: Comparison, _ value: Double, high: Double? = nil) {
    precondition(high == nil || comparator.allowsHighValue, "value_high with \(comparator)")
    precondition(comparator != .range || high != nil, "range without value_high")
    if let high { precondition(high >= value, "value_high below value") }
    self.comparator = comparator
    self.value = value
    self.valueHigh = high
  }

  /// The values the target accepts. "khoảng" is read as its stated figure or range: the
  /// approximation is kept in `comparator`, not widened into an invented tolerance.
  public var interval: Interval {
    switch comparator {
    case .atLeast: Interval(lower: Bound(value, closed: true), upper: nil)
    case .greaterThan: Interval(lower: Bound(value, closed: false), upper: nil)
    case .atMost: Interval(lower: nil, upper: Bound(value, closed: true))
    case .lessThan: Interval(lower: nil, upper: Bound(value, closed: false))
    case .equal, .approximately, .range: .closed(value, valueHigh ?? value)
    }
  }
}

extension Quantity {
  /// The figure as a reader writes it: `≥ 40`, `~ 9–10`, `25–30`, `> 0.623`.
  public var reading: String {
    let low = Text.shortestNumber(value)
    let high = valueHigh.map(Text.shortestNumber)
    switch comparator {
    case .range: return "\(low)–\(high ?? low)"
    case .approximately: return high.map { "~ \(low)–\($0)" } ?? "~ \(low)"
    default: return "\(comparator.symbol) \(low)"
    }
  }
}
