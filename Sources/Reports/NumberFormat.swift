import Support

/// How numbers are written in provbench's outputs.
public enum NumberFormat {
  /// The shortest text that reads back as the same number, dot decimal: `40`, `37.6`,
  /// `0.623`. Used for CSV and JSON, which other programs read.
  public static func plain(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return x.isNaN ? "NaN" : (x > 0 ? "Infinity" : "-Infinity") }
    return Text.shortestNumber(x)
  }

  /// `plain` with the decimal mark of the language: `37,6` in Vietnamese, `37.6` in English.
  public static func localized(_ x: Double, vietnamese: Bool) -> String {
    let text = plain(x)
    return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
