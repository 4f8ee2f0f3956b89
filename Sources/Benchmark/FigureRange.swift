import Catalog
import Foundation
import Support

/// The figures a target states, as a closed range: `[value, value_high]`, or one point.
///
/// "tối thiểu 40%" is the point 40 (its minimum); "khoảng 9–10%" is 9…10. Averages, gaps and
/// ranks work on these stated figures; whether a figure is a minimum is kept alongside (see
/// `FigureReading`) so that reports can say which end of a bound was used.
public struct FigureRange: Sendable, Hashable, CustomStringConvertible {
  /// The lower end: the figure of a point.
  public var low: Double
  /// The upper end; equal to `low` for a point.
  public var high: Double

  /// The range from `low` to `high`.
  /// - Precondition: `low <= high`.
  public init(_ low: Double, _ high: Double) {
    precondition(low <= high, "figure range out of order")
    self.low = low
    self.high = high
  }

  /// The figures `quantity` states: `value` to `valueHigh`, or the point `value`.
  public init(_ quantity: Quantity) {
    self.init(quantity.value, quantity.valueHigh ?? quantity.value)
  }

  /// The midpoint, used to order overlapping ranges.
  public var mid: Double { (low + high) / 2 }

  /// Whether the range is a single figure.
  public var isPoint: Bool { low == high }

  /// The smallest range covering all of `ranges` (for a province whose documents disagree).
  public static func covering(_ ranges: [FigureRange]) -> FigureRange? {
    guard let low = ranges.map(\.low).min(), let high = ranges.map(\.high).max() else { return nil }
    return FigureRange(low, high)
  }

  /// `self − other` as a range: `[low − other.high, high − other.low]`.
  public func minus(_ other: FigureRange) -> FigureRange {
    FigureRange(low - other.high, high - other.low)
  }

  /// The range oriented so that larger means better: negated for lower-is-better indicators.
  public func oriented(_ polarity: Polarity) -> FigureRange {
    polarity == .higher ? self : FigureRange(-high, -low)
  }

  /// The range to six decimals, as `display(decimals: 6)` writes it.
  public var description: String { display(decimals: 6) }

  /// The range for a table: rounded to `decimals`, `9–10`, or `−15.17 to −13.17` when an end
  /// is negative (a dash between negative numbers misreads).
  public func display(decimals: Int) -> String {
    let scale = pow(10, Double(decimals))
    let (a, b) = ((low * scale).rounded() / scale, (high * scale).rounded() / scale)
    if a == b { return Self.format(a) }
    return a < 0 || b < 0
      ? "\(Self.format(a)) to \(Self.format(b))" : "\(Self.format(a))–\(Self.format(b))"
  }

  /// A figure for display: at most six decimals, no trailing zeros.
  public static func format(_ x: Double) -> String { Text.plainNumber(x) }
}
