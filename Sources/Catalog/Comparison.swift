/// How a target's figure bounds the indicator: "tối thiểu 40%" is `.atLeast`, "khoảng 9–10%"
/// is `.approximately` with a high value.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
  /// tối thiểu, ít nhất, từ … trở lên, không thấp hơn.
  case atLeast = ">="
  /// trên, hơn, vượt.
  case greaterThan = ">"
  /// đạt: the figure itself.
  case equal = "="
  /// tối đa, không quá.
  case atMost = "<="
  /// dưới.
  case lessThan = "<"
  /// khoảng: about the figure, or about the range when a high value is given.
  case approximately = "~"
  /// x–y: both ends given.
  case range = "range"

  /// Parses the CSV spelling; `≥`, `≤` and `≈` are accepted for spreadsheet users.
  public init?(csv text: String) {
    switch text {
    case "≥": self = .atLeast
    case "≤": self = .atMost
    case "≈": self = .approximately
    default: self.init(rawValue: text)
    }
  }

  /// The mathematical symbol used in tables: `≥`, `>`, `=`, `≤`, `<`, `~`, `–`.
  public var symbol: String {
    switch self {
    case .atLeast: "≥"
    case .greaterThan: ">"
    case .equal: "="
    case .atMost: "≤"
    case .lessThan: "<"
    case .approximately: "~"
    case .range: "–"
    }
  }

  /// Whether a second figure (`value_high`) belongs with this comparator.
  public var allowsHighValue: Bool { self == .range || self == .approximately }
}
