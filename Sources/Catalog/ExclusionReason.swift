/// Why an alignment leaves a target out, as data a report can put in either language.
public enum ExclusionReason: Sendable, Hashable, CustomStringConvertible {
  /// A member's target with nothing to compare: qualitative, or no year.
  case notComparable(NotComparableReason)
  /// The geo is not a province (an unknown id or a region other than the one aligned).
  case notAProvince(geo: String, region: String)
  /// The province was created after the geography version's reference day.
  case notYetExisting(geo: String, from: Day)
  /// The province had ceased by the reference day and its successor is outside the region.
  case ceased(
    geo: String, on: Day?, successor: String, region: String, geography: GeographyVersion)
  /// The province did not exist on the reference day.
  case didNotExist(geo: String, on: Day)
  /// The province exists but is not a member of the region.
  case notMember(geo: String, region: String)
  /// A predecessor's target that its successor replaces with one of its own.
  case successorSetsOwnTarget(successor: String)
  /// Several predecessors' targets that the inheritance rules cannot combine.
  case notCombinable(InheritanceRefusal)

  /// The reason in English words, naming the geo.
  public var description: String {
    switch self {
    case .notComparable(let reason): reason.description
    case .notAProvince(let geo, let region): "\(geo) is not a province of \(region)"
    case .notYetExisting(let geo, let from): "\(geo) exists from \(from): use geography 2025"
    case .ceased(let geo, let day, let successor, let region, let geography):
      "\(geo) ceased on \(day?.description ?? "?"); its successor \(successor) is not in"
        + " \(region) (\(geography.rawValue))"
    case .didNotExist(let geo, let day): "\(geo) did not exist on \(day)"
    case .notMember(let geo, let region): "\(geo) is not in \(region)"
    case .successorSetsOwnTarget(let successor): "\(successor) sets its own target"
    case .notCombinable(let refusal): refusal.description
    }
  }
}

/// Why predecessors' targets cannot be combined into their successor's (see `Inheritance`).
public enum InheritanceRefusal: Sendable, Hashable, CustomStringConvertible {
  case unknownIndicator
  case notQuantitative
  case conflictingPredecessor
  case differentComparators
  case noRegionalWeight
  case noCommonYear(variable: String)
  case zeroWeights

  /// The refusal in English words.
  public var description: String {
    switch self {
    case .unknownIndicator: "unknown indicator"
    case .notQuantitative:
      "several predecessors set qualitative or rank targets, which cannot be combined"
    case .conflictingPredecessor:
      "a predecessor sets conflicting targets; resolve the conflict first"
    case .differentComparators:
      "predecessors' targets use different comparators and cannot be combined"
    case .noRegionalWeight:
      "several predecessors set targets and the indicator has no regional weight"
    case .noCommonYear(let variable):
      "no year in which '\(variable)' is observed for every predecessor"
    case .zeroWeights: "weights sum to zero"
    }
  }
}
