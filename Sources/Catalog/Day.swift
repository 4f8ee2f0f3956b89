/// A calendar day, for validity periods (`2025-07-01`).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, as written (from 1000 when parsed).
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, from 1.
  public var day: Int

  /// The day `year-month-day`.
  /// - Precondition: month 1–12 and day 1–31; the month's length is not checked.
  public init(year: Int, month: Int, day: Int) {
    precondition((1...12).contains(month) && (1...31).contains(day), "invalid day")
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses an ISO date `YYYY-MM-DD`: digits only (no `+` sign) and a year from 1000, so
  /// that `description` writes the text back.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts[0].first != "0",
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...Day.length(of: m, in: y)).contains(d)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The number of days of `month` in `year` (Gregorian calendar).
  static func length(of month: Int, in year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `YYYY-MM-DD`, with month and day zero-padded.
  public var description: String {
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(m)-\(d)"
  }

  /// Calendar order.
  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
