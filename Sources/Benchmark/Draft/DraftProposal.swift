import Catalog

/// Something a planning office must look at before adopting a proposal.
public enum DraftFlag: Sendable, Hashable, CustomStringConvertible {
  /// A rule's figure was below the current target; the current target is kept.
  case wouldLower(rule: DraftRule, figure: Double, current: Double)
  /// A rule's figure exceeded what the unit allows (a share above 100); it was capped.
  case cappedAtPhysicalBound(rule: DraftRule, figure: Double, bound: Double)
  /// A rule could not apply, and why.
  case ruleNotApplicable(rule: DraftRule, reason: String)
  /// The required annual pace has not been observed in the region.
  case paceNotSeen(required: Double, best: Double?)

  /// The flag in English words, naming the rule and the figures.
  public var description: String {
    switch self {
    case .wouldLower(let rule, let figure, let current):
      "\(rule) gives \(FigureRange.format(figure)), below the current target \(FigureRange.format(current)): current kept"
    case .cappedAtPhysicalBound(let rule, let figure, let bound):
      "\(rule) gives \(FigureRange.format(figure)), above the bound \(FigureRange.format(bound)): capped"
    case .ruleNotApplicable(let rule, let reason): "\(rule) cannot apply: \(reason)"
    case .paceNotSeen(let required, let best):
      "requires \(FigureRange.format(required * 100))%/year, "
        + (best.map {
          "faster than the best pace seen in the region (\(FigureRange.format($0 * 100))%/year)"
        }
          ?? "no pace has been observed in the region")
    }
  }
}

/// A proposed target for one indicator and horizon, with its rationale and inputs.
public struct DraftProposal: Sendable, Hashable {
  /// The indicator the proposal is for.
  public var indicator: Indicator
  /// The horizon year of the proposal.
  public var year: Int
  /// The province's current targets for this indicator and year (several when they conflict).
  public var current: [Target]
  /// The proposed figure; nil when no rule applies.
  public var proposed: Quantity?
  /// The rule that produced the proposal.
  public var rule: DraftRule?
  /// Each rule tried and the figure it gave, in order.
  public var candidates: [(rule: DraftRule, figure: Double)]
  /// The current figure's gap to the regional mean as it stands (oriented: positive is
  /// better), as `gaps` gives it: a current range stays a range.
  public var gapBefore: Gap?
  /// The proposal's gap to the regional mean as it stands (the mean the regional-mean rule
  /// aims at); nil without a proposal or a regional figure.
  public var gapAfter: Gap?
  /// The proposal's gap to the mean the region would have with the proposal in place of the
  /// province's current figure: what `gaps --with` the draft shows.
  public var gapAfterWithDraft: Gap?
  /// The annual growth needed from the latest observation to the proposal; nil without data.
  public var requiredPace: Double?
  /// The best annual growth observed among the region's provinces for this indicator.
  public var bestRegionalPace: Double?
  /// The ids of every target and observation the proposal rests on.
  public var inputs: [String]
  /// What the planning office must look at, in the order found.
  public var flags: [DraftFlag]

  /// Whether the required pace has been seen in the region (nil when unknown). Read off the
  /// `paceNotSeen` flag, which compares with the indicator's polarity: for a lower-is-better
  /// indicator the region's best pace is its steepest fall.
  public var paceSeenInRegion: Bool? {
    guard requiredPace != nil, bestRegionalPace != nil else { return nil }
    return !flags.contains { if case .paceNotSeen = $0 { true } else { false } }
  }

  /// Equal in every field but the gaps and paces; candidates compare by rule and by figure.
  public static func == (a: DraftProposal, b: DraftProposal) -> Bool {
    a.indicator == b.indicator && a.year == b.year && a.current == b.current
      && a.proposed == b.proposed && a.rule == b.rule && a.inputs == b.inputs && a.flags == b.flags
      && a.candidates.map(\.rule) == b.candidates.map(\.rule)
      && a.candidates.map(\.figure) == b.candidates.map(\.figure)
  }

  /// Hashes the indicator id, year and proposed figure, which equal proposals share.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(indicator.id)
    hasher.combine(year)
    hasher.combine(proposed)
  }
}

/// A draft of updated targets for a province.
public struct Draft: Sendable {
  /// The province's id.
  public var province: String
  /// The horizon year of the draft.
  public var year: Int
  /// The rules tried for each indicator, in the order given.
  public var rules: [DraftRule]
  /// How the rules' figures combine into one proposal.
  public var combination: DraftCombination
  /// One per indicator the province, its region or the nation targets, `indicators.csv` order.
  public var proposals: [DraftProposal]
  /// Indicators the region's provinces or the nation target for this year but the province
  /// does not: each with who targets it.
  public var missing: [(indicator: Indicator, targetedBy: [String])]
}
