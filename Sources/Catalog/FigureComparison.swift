/// What the stated figure of a target is: its minimum, its exact value, its maximum …
/// A comparison must say which end of a bound it uses, since "tối thiểu 40%" admits 60%.
public enum FigureReading: String, Sendable, Hashable {
  /// `>=`: the figure is the lowest acceptable value.
  case minimum
  /// `>`: the figure itself is not enough.
  case strictMinimum = "strict-minimum"
  /// `=`: the figure.
  case exact
  /// `<=`.
  case maximum
  /// `<`.
  case strictMaximum = "strict-maximum"
  /// `~`: about the figure or range.
  case approximate
  /// `range`: anywhere between the two figures.
  case range

  /// How a figure with `comparator` is read.
  public init(_ comparator: Comparison) {
    switch comparator {
    case .atLeast: self = .minimum
    case .greaterThan: self = .strictMinimum
    case .equal: self = .exact
    case .atMost: self = .maximum
    case .lessThan: self = .strictMaximum
    case .approximately: self = .approximate
    case .range: self = .range
    }
  }

  /// Whether the target admits values beyond the figure (above for minima, below for maxima).
  public var isOpenEnded: Bool {
    [.minimum, .strictMinimum, .maximum, .strictMaximum].contains(self)
  }
}

/// The figures of two targets set against each other: their difference as an interval and
/// which one asks for more, taking the indicator's polarity into account.
public struct FigureComparison: Sendable, Hashable {
  /// Which of two targets is more ambitious.
  public enum Ambition: String, Sendable, Hashable {
    case first
    case second
    case same
    /// The stated ranges overlap: neither is clearly more ambitious.
    case overlapping
  }

  /// The first target's figures minus the second's: `[a.low − b.high, a.high − b.low]`.
  /// For "≥ 40" against "khoảng 9–10" it is 30…31 points.
  public var difference: ClosedRange<Double>
  /// Which target asks for more, given the polarity.
  public var ambition: Ambition
  /// How the first target's figure is read (minimum, exact …).
  public var firstReading: FigureReading
  /// How the second target's figure is read.
  public var secondReading: FigureReading

  /// Compares two quantities of one indicator.
  /// - Parameters:
  ///   - a: the first target's quantity.
  ///   - b: the second target's quantity.
  ///   - polarity: whether higher or lower values are better.
  public init(_ a: Quantity, _ b: Quantity, polarity: Polarity) {
    let (aLow, aHigh) = (a.value, a.valueHigh ?? a.value)
    let (bLow, bHigh) = (b.value, b.valueHigh ?? b.value)
    difference = (aLow - bHigh)...(aHigh - bLow)
    firstReading = FigureReading(a.comparator)
    secondReading = FigureReading(b.comparator)
    let order = FigureComparison.order(a, b)
    switch (order, polarity) {
    case (.same, _): ambition = .same
    case (.overlapping, _): ambition = .overlapping
    case (.firstHigher, .higher), (.secondHigher, .lower): ambition = .first
    case (.secondHigher, .higher), (.firstHigher, .lower): ambition = .second
    }
  }

  private enum Order {
    case firstHigher
    case secondHigher
    case same
    case overlapping
  }

  /// Orders two quantities by the values they require. Equal figures are told apart by
  /// strictness: "trên 80%" asks for more than "đạt 80%" or "tối thiểu 80%".
  private static func order(_ a: Quantity, _ b: Quantity) -> Order {
    let (aLow, aHigh) = (a.value, a.valueHigh ?? a.value)
    let (bLow, bHigh) = (b.value, b.valueHigh ?? b.value)
    if aLow > bHigh { return .firstHigher }
    if aHigh < bLow { return .secondHigher }
    guard aLow == bLow, aHigh == bHigh else { return .overlapping }
    let shift = strictness(a.comparator) - strictness(b.comparator)
    return shift > 0 ? .firstHigher : shift < 0 ? .secondHigher : .same
  }

  /// +1 for a strict minimum (the figure is not enough), −1 for a strict maximum.
  private static func strictness(_ comparator: Comparison) -> Int {
    switch comparator {
    case .greaterThan: 1
    case .lessThan: -1
    default: 0
    }
  }
}
