/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled. The one
/// CSV writer of the package: listings, drafts and synthetic datasets all write through it, so
/// what `CSVReader` reads back is what was written.
public enum CSVWriter {
  /// One field, quoted when needed.
  public static func field(_ s: String) -> String {
    // bytes, not Characters: "\r\n" is one Character and would hide both
    guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return s }
    var out = "\""
    for scalar in s.unicodeScalars {
      out.unicodeScalars.append(scalar)
      if scalar == "\"" { out += "\"" }
    }
    return out + "\""
  }

  /// One record, LF-terminated.
  public static func row(_ fields: [String]) -> String {
    var line = ""
    for (index, field) in fields.enumerated() {
      if index > 0 { line += "," }
      line += Self.field(field)
    }
    return line + "\n"
  }
}
