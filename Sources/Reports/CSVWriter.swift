/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled.
public enum CSVWriter {
  /// One field, quoted when needed.
  public static func field(_ s: String) -> String {
    let needsQuotes =
      s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || s.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record, LF-terminated.
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}
