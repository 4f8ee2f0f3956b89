import Catalog
import Foundation
import Support

extension Extraction {
  /// Reads figures as Vietnamese documents write them.
  enum NumberReading {
    /// The value of a number token: `37,6` and `0,623` use a decimal comma (`10,000` with three
    /// digits after it and a whole part other than 0 is ten thousand); `1.000` and
    /// `240.000` a thousands point; `1.234,5` both; `0.75` a decimal point; `02` is 2.
    /// - Parameter decimalComma: the comma is a decimal one whatever follows it (`807,927 tỷ`,
    ///   where a magnitude word follows the number).
    /// - Returns: nil for more than 15 digits or an ambiguous mix (`1,2,3`).
    static func value(_ text: String, decimalComma: Bool = false) -> Double? {
      let digits = text.filter(\.isNumber)
      guard !digits.isEmpty, digits.count <= 15,
        text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") })
      else { return nil }
      let commas = text.filter { $0 == "," }.count
      let points = text.filter { $0 == "." }.count
      var normalised: String
      switch (commas, points) {
      case (0, 0):
        normalised = text
      case (1, 0):
        // `37,6` and `0,623` are decimals; `10,000` (three digits after the comma, a whole
        // part other than 0) is English for ten thousand.
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let thousands =
          !decimalComma && parts.count == 2 && parts[1].count == 3 && parts[0] != "0"
          && (1...3).contains(parts[0].count)
        normalised = text.replacingOccurrences(of: ",", with: thousands ? "" : ".")
      case (_, 0):
        guard groupsOfThree(text, separator: ",") else { return nil }
        normalised = text.replacingOccurrences(of: ",", with: "")
      case (0, 1):
        let after = text.split(separator: ".", omittingEmptySubsequences: false).last ?? ""
        normalised = after.count == 3 ? text.replacingOccurrences(of: ".", with: "") : text
      case (0, _):
        guard groupsOfThree(text, separator: ".") else { return nil }
        normalised = text.replacingOccurrences(of: ".", with: "")
      case (1, _):
        guard let comma = text.lastIndex(of: ","),
          !text[comma...].contains("."),
          groupsOfThree(String(text[..<comma]), separator: ".")
        else { return nil }
        normalised = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(
          of: ",", with: ".")
      default:
        return nil
      }
      guard let value = Double(normalised), value.isFinite else { return nil }
      return value
    }

    /// `1.000.000`: every group after the first has three digits.
    private static func groupsOfThree(_ text: String, separator: Character) -> Bool {
      let groups = text.split(separator: separator, omittingEmptySubsequences: false)
      guard let first = groups.first, (1...3).contains(first.count) else { return false }
      return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Whether a number is written with a leading zero (`02`, `05`): the official style for a
    /// count of things.
    static func isZeroPadded(_ text: String) -> Bool {
      text.count >= 2 && text.first == "0" && text.allSatisfy(\.isNumber)
    }

    /// A figure as the CSV writes it: `37.6`, `0.623`, `2`, `100`.
    static func csv(_ value: Double) -> String { Text.shortestNumber(value) }
  }
}
