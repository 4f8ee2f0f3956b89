/// The year a target is due, and for growth targets the first year of its period.
public struct Horizon: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var startYear: Int?

  public init(year: Int, startYear: Int? = nil) {
    if let startYear { precondition(startYear < year, "period must run forward") }
    self.year = year
    self.startYear = startYear
  }

  /// Parses `2030` or a period `2021-2030` (a plain or en dash).
  public init?(csv text: String) {
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

  private static func isYear(_ s: String) -> Bool {
    s.count == 4 && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber)
  }

  /// `2030` or `2021–2030`.
  public var description: String {
    startYear.map { "\($0)–\(year)" } ?? "\(year)"
  }

  /// The CSV spelling: `2030` or `2021-2030`.
  public var csv: String { startYear.map { "\($0)-\(year)" } ?? "\(year)" }

  public static func < (lhs: Horizon, rhs: Horizon) -> Bool {
    (lhs.year, lhs.startYear ?? 0) < (rhs.year, rhs.startYear ?? 0)
  }
}
