import Catalog

/// A rule that proposes a target figure for a planning office.
public enum DraftRule: Sendable, Hashable, CustomStringConvertible {
  /// Keep the current target.
  case keep
  /// Reach the regional mean of the members' targets.
  case regionalMean
  /// Reach the regional median.
  case regionalMedian
  /// Reach the top quartile (75th percentile, R type 7) of the members' targets.
  case topQuartile
  /// Match the regional leader's target.
  case leader
  /// Match the national target.
  case national
  /// Match a named peer province's target.
  case peer(String)
  /// Grow from the latest observation at the best annual pace observed in the region.
  case feasiblePace

  /// Parses a rule as written on the command line: `regional-mean`, `peer:thai-nguyen` …
  public init?(argument: String) {
    switch argument {
    case "keep": self = .keep
    case "regional-mean": self = .regionalMean
    case "regional-median": self = .regionalMedian
    case "top-quartile": self = .topQuartile
    case "leader": self = .leader
    case "national": self = .national
    case "feasible-pace": self = .feasiblePace
    default:
      guard argument.hasPrefix("peer:"), argument.count > 5 else { return nil }
      self = .peer(String(argument.dropFirst(5)))
    }
  }

  /// The spellings accepted by `init(argument:)`.
  public static let spellings = [
    "keep", "regional-mean", "regional-median", "top-quartile", "leader", "national",
    "peer:<province>", "feasible-pace",
  ]

  /// The rule as written on the command line (`regional-mean`, `peer:<id>` …).
  public var description: String {
    switch self {
    case .keep: "keep"
    case .regionalMean: "regional-mean"
    case .regionalMedian: "regional-median"
    case .topQuartile: "top-quartile"
    case .leader: "leader"
    case .national: "national"
    case .peer(let id): "peer:\(id)"
    case .feasiblePace: "feasible-pace"
    }
  }
}

/// How several rules combine into one proposal.
public enum DraftCombination: String, Sendable, Hashable, CaseIterable {
  /// The first rule that applies.
  case first
  /// The most ambitious of the rules that apply.
  case max
}
