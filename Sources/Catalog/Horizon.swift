/// The year a target is due, and for growth targets the first year of its period.
public struct Horizon: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year the target is due: the last year of a period.
  public var year: Int
  /// The first year of a growth target's period; nil for a plain year.
  public var startYear: Int?

  /// A horizon of `year`, or of the period from `startYear` to `year`.
  /// - Precondition: `startYear` is before `year`.
  public init(year: Int, startYear: Int? = nil) {
    if let startYear { precondition(startYear < year, "period must run forward") }
    self.year = year
    self.startYear = startYear
  }

  /// Parses `2030` or a period `2021-2030` (a plain or en dash).
  public init?(csv text: String) {
    if let year = Self.fourDigits(text) {
      self.init(year: year)
      return
    }
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" }
    )
    .map(String.init)
    guard (1...2).contains(parts.count), parts.allSatisfy(Horizon.isYear),
      let year = Int(parts[parts.count - 1])
    else { return nil }
    let start = parts.count == 2 ? Int(parts[0]) : nil
    if let start, start >= year { return nil }
    self.init(year: year, startYear: start)
  }

  /// The year of a plain four-digit year, without splitting (the common case); nil for a
  /// leading 0, as in `isYear`.
  private static func fourDigits(_ s: String) -> Int? {
    guard s.utf8.count == 4, s.utf8.first != 0x30 else { return nil }
    var year = 0
    for byte in s.utf8 {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      year = year * 10 + Int(byte - 0x30)
    }
    return year
  }

  /// Four ASCII digits, not starting with 0: `0966` would be read as 966 and written back as
  /// `966`, which is not a year the reader accepts.
  private static func isYear(_ s: String) -> Bool {
    s.count == 4 && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) && s.first != "0"
  }

  /// `2030` or `2021–2030`.
  public var description: String {
    startYear.map { "\($0)–\(year)" } ?? "\(year)"
  }

  /// The CSV spelling: `2030` or `2021-2030`.
  public var csv: String { startYear.map { "\($0)-\(year)" } ?? "\(year)" }

  /// By year, then by start year (a plain year before a period ending the same year).
  public static func < (lhs: Horizon, rhs: Horizon) -> Bool {
    (lhs.year, lhs.startYear ?? 0) < (rhs.year, rhs.startYear ?? 0)
  }
}
