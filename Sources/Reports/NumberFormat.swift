import Catalog
import Foundation
import Support

/// How numbers are written in provbench's outputs.
public enum NumberFormat {
  /// The shortest text that reads back as the same number, dot decimal: `40`, `37.6`,
  /// `0.623`. Used for CSV and JSON, which other programs read.
  public static func plain(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return x.isNaN ? "NaN" : (x > 0 ? "Infinity" : "-Infinity") }
    return Text.shortestNumber(x)
  }

  /// A number for CSV and JSON: at most 12 significant digits (more than any source figure
  /// has, fewer than the noise of floating-point sums: `45.52`, not `45.519999999999996`), a
  /// residue below 10⁻⁹ of a difference written `0`, never in exponent form.
  /// - Precondition: `x` is finite (callers write a missing value instead).
  public static func data(_ x: Double) -> String {
    guard x.isFinite else { return plain(x) }
    if abs(x) < 1e-9 { return "0" }
    return Text.shortestNumber(Double(String(format: "%.12g", x)) ?? x)
  }

  /// A number in a tidy CSV cell: `data`, or an empty cell for a missing or undefined value.
  public static func cell(_ x: Double?) -> String {
    x.flatMap { $0.isFinite ? data($0) : nil } ?? ""
  }

  /// A target's comparator and bounds in three tidy CSV cells (`>=`, `30`, `30`; `~`, `9`,
  /// `10`); three empty cells without a figure.
  public static func bounds(_ q: Quantity?) -> [String] {
    guard let q else { return ["", "", ""] }
    return [q.comparator.rawValue, data(q.value), data(q.valueHigh ?? q.value)]
  }

  /// `plain` with the decimal mark of the language: `37,6` in Vietnamese, `37.6` in English.
  public static func localized(_ x: Double, vietnamese: Bool) -> String {
    let text = plain(x)
    return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
