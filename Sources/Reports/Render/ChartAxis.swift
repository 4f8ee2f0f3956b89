import Foundation

/// A chart axis: "nice" tick values covering the data, and the linear map to pixels.
struct ChartAxis: Sendable, Hashable {
  /// The values at the ends of the axis.
  var low: Double
  var high: Double
  /// The tick values, increasing, inside `low…high`.
  var ticks: [Double]
  /// How many decimals every tick label shows (`0.25` needs 2).
  var decimals: Int
  /// The pixel positions of `low` and `high`.
  var pixels: ClosedRange<Double>

  /// The x position of `value` (values outside the axis are placed outside it, linearly).
  func position(_ value: Double) -> Double {
    let span = high - low
    guard span > 0 else { return pixels.lowerBound }
    return pixels.lowerBound + (value - low) / span * (pixels.upperBound - pixels.lowerBound)
  }

  /// An axis with 4–6 ticks at multiples of 1, 2, 2.5 or 5 × 10ⁿ, covering `values`.
  ///
  /// Non-finite values are ignored. Zero is included when `includeZero` is set (bars start at
  /// zero; non-negative data reads truthfully from zero). A single value gets a margin.
  /// - Parameters:
  ///   - values: the data and reference values to cover.
  ///   - includeZero: whether 0 must be inside the axis.
  ///   - pixels: where the first and last tick are drawn.
  static func nice(covering values: [Double], includeZero: Bool, pixels: ClosedRange<Double>)
    -> ChartAxis
  {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if includeZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if high - low < 1e-9 * max(1, abs(high)) {
      let margin = low == 0 ? 1 : abs(low) / 2
      (low, high) = (low - margin, high + margin)
      if includeZero, low < 0, high > 0, finite.allSatisfy({ $0 >= 0 }) { low = 0 }
    }
    let (step, decimals) = niceStep(low: low, high: high)
    let first = (low / step + 1e-9).rounded(.down)
    let last = (high / step - 1e-9).rounded(.up)
    let ticks = stride(from: first, through: last, by: 1).map { round($0 * step, decimals) }
    return ChartAxis(
      low: ticks.first ?? low, high: ticks.last ?? high, ticks: ticks, decimals: decimals,
      pixels: pixels)
  }

  /// The smallest step of the 1–2–2.5–5 series that covers `low…high` in at most 6 ticks.
  static func niceStep(low: Double, high: Double) -> (step: Double, decimals: Int) {
    var exponent = Int((log10Floor(high - low))) - 2
    while true {
      for mantissa in [1.0, 2, 2.5, 5] {
        let step = mantissa * power10(exponent)
        let count = (high / step - 1e-9).rounded(.up) - (low / step + 1e-9).rounded(.down) + 1
        if count <= 6 {
          let decimals = max(0, -exponent + (mantissa == 2.5 ? 1 : 0))
          return (step, decimals)
        }
      }
      exponent += 1
    }
  }

  /// An axis of ranks 1…`count`, 1 at the left; ticks at every rank up to 10, else at 1 and
  /// at multiples of 2, 5, 10, 20, 50 … (at most 5 of them): `1, 5, 10`.
  static func ranks(upTo count: Int, pixels: ClosedRange<Double>) -> ChartAxis {
    let last = max(count, 2)
    var ticks = [1.0]
    if last <= 10 {
      ticks = (1...last).map(Double.init)
    } else {
      var step = 1
      var series = [2, 5, 10]
      while last / step > 5 {
        step = series.removeFirst()
        series.append(step * 10)
      }
      for multiple in stride(from: step, through: last, by: step)
      where Double(multiple - 1) > Double(step) / 2 {
        ticks.append(Double(multiple))
      }
    }
    return ChartAxis(low: 1, high: Double(last), ticks: ticks, decimals: 0, pixels: pixels)
  }

  /// The tick's label in `language`: fixed decimals, `,` as the Vietnamese decimal mark, a
  /// true minus sign.
  func label(_ value: Double, _ language: Language) -> String {
    ChartNumber.localized(value, decimals: decimals, language)
  }

  private static func log10Floor(_ x: Double) -> Double {
    var exponent = 0.0
    var scaled = max(x, 1e-12)
    while scaled >= 10 {
      scaled /= 10
      exponent += 1
    }
    while scaled < 1 {
      scaled *= 10
      exponent -= 1
    }
    return exponent
  }

  private static func power10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }

  private static func round(_ x: Double, _ decimals: Int) -> Double {
    let scale = power10(decimals)
    let rounded = (x * scale).rounded() / scale
    return rounded == 0 ? 0 : rounded
  }
}

/// Numbers written by the chart renderers, byte for byte the same on every run.
enum ChartNumber {
  /// `x` with exactly `decimals` decimals and a dot, e.g. `12.50`, `-3.00`: SVG coordinates.
  static func fixed(_ x: Double, decimals: Int = 2) -> String {
    guard x.isFinite else { return "0" }
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = (abs(x) * Double(scale)).rounded()
    guard magnitude < 9e15 else { return String(Int64(x)) }
    let units = Int64(magnitude)
    let sign = x < 0 && units != 0 ? "-" : ""
    let whole = String(units / scale)
    guard decimals > 0 else { return sign + whole }
    let fraction = String(units % scale)
    return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
  }

  /// `x` for a reader: fixed `decimals`, `,` in Vietnamese, `−` (U+2212) for negatives.
  static func localized(_ x: Double, decimals: Int, _ language: Language) -> String {
    var text = fixed(x, decimals: decimals)
    if language == .vi { text = text.replacingOccurrences(of: ".", with: ",") }
    return text.replacingOccurrences(of: "-", with: "\u{2212}")
  }

  /// `x` for a value label: at most `decimals` decimals (2 for a computed value, 3 for a
  /// source's figure, as the tables write it), trailing zeros dropped (`37,6`, `−2`, `0,623`).
  static func value(_ x: Double, _ language: Language, decimals: Int = 2) -> String {
    guard x.isFinite else { return "—" }
    var text = localized(x, decimals: decimals, language)
    let mark: Character = language == .vi ? "," : "."
    if text.contains(mark) {
      while text.hasSuffix("0") { text.removeLast() }
      if text.last == mark { text.removeLast() }
    }
    return text
  }

  /// A figure or range: `9–10`, or `−1,5 đến 2` when an end is negative (a dash between
  /// negative numbers misreads). `signed` writes `+` before positive numbers (oriented gaps).
  static func range(
    _ low: Double, _ high: Double, _ language: Language, signed: Bool = false, decimals: Int = 2
  ) -> String {
    func one(_ x: Double) -> String {
      (signed && x > 0 ? "+" : "") + value(x, language, decimals: decimals)
    }
    let (a, b) = (one(min(low, high)), one(max(low, high)))
    if a == b { return a }
    if low < 0 || high < 0 { return "\(a) \(language == .vi ? "đến" : "to") \(b)" }
    return "\(a)–\(value(max(low, high), language, decimals: decimals))"
  }
}
