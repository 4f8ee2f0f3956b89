/// The unit an indicator is measured in. Targets and observations must use their
/// indicator's unit: a share of GRDP is never silently compared with a share of a budget.
public enum Unit: String, Sendable, Hashable, CaseIterable {
  case percentOfGRDP = "percent_of_grdp"
  /// A share whose denominator the indicator states.
  case percent
  case percentOfLocalBudget = "percent_of_local_budget"
  case percentOfStateBudget = "percent_of_state_budget"
  /// A contribution to growth, in percent of the growth rate.
  case percentOfGrowth = "percent_of_growth"
  case percentPerYear = "percent_per_year"
  case per10kPeople = "per_10k_people"
  case index
  case score
  case count
  case rank
  case vndMillionPerPerson = "vnd_million_per_person"
  case usdPerPerson = "usd_per_person"
  case vndTrillion = "vnd_trillion"
  /// Billion VND (tỷ đồng), for budgets; never silently compared with trillions.
  case vndBillion = "vnd_billion"
  /// Household income per person and month, in million VND.
  case vndMillionPerPersonMonth = "vnd_million_per_person_month"
  case per100People = "per_100_people"
  case years
  case millionPeople = "million_people"
  /// Billion US dollars (tỷ USD): export value, FDI attracted.
  case usdBillion = "usd_billion"
  /// Million US dollars (triệu USD), never silently compared with billions.
  case usdMillion = "usd_million"
  /// Million visits (triệu lượt khách): tourist arrivals in a year.
  case millionVisits = "million_visits"
  /// Visits (lượt khách), counted one by one.
  case visits
  /// A standing stated in words only ("nhóm dẫn đầu"); such indicators carry qualitative
  /// targets and are never averaged.
  case level

  /// Whether the unit is a share of a whole, so values above 100 cannot be right.
  public var isShare: Bool {
    switch self {
    case .percentOfGRDP, .percent, .percentOfLocalBudget, .percentOfStateBudget: true
    default: false
    }
  }

  /// Whether the unit is a position in a league table (1 is first).
  public var isRank: Bool { self == .rank }

  /// Whether a value in this unit can be below zero: only a growth rate and a contribution to
  /// growth can; an amount, a count, a rank, a size or a score cannot.
  public var allowsNegative: Bool { self == .percentPerYear || self == .percentOfGrowth }
}

/// Which direction of an indicator is better.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
  case higher
  case lower
}

/// How a regional figure of an indicator must be weighted to be correct.
public enum Weighting: Sendable, Hashable, CustomStringConvertible {
  /// Counts, indices, growth rates: a plain mean is the right summary.
  case unweighted
  /// Not known from the data; averages say they are unweighted.
  case unknown
  /// Weighted by another quantity, e.g. `grdp` for a share of GRDP, `population` per capita.
  case by(String)

  /// Reads `regional_weight`: `none` is unweighted, `unknown` or empty unknown, else a variable.
  public init(csv text: String) {
    switch text {
    case "none": self = .unweighted
    case "unknown", "": self = .unknown
    default: self = .by(text)
    }
  }

  /// The spelling of `regional_weight`: `none`, `unknown` or the variable.
  public var description: String {
    switch self {
    case .unweighted: "none"
    case .unknown: "unknown"
    case .by(let variable): variable
    }
  }
}

/// How directly provbench holds a figure's wording.
public enum Confidence: String, Sendable, Hashable, CaseIterable {
  /// The issuing body's own text.
  case primary
  /// A press or legal-newsletter report of the text.
  case secondary
  /// A translation, not the original wording.
  case translation

  /// How directly the wording is held, 0 first: primary, secondary, translation. Where sources
  /// disagree, the more direct one is preferred.
  public var directness: Int {
    switch self {
    case .primary: 0
    case .secondary: 1
    case .translation: 2
    }
  }
}
