import Catalog

/// One province's figure in a regional statistic, with where it comes from.
public struct Contribution: Sendable, Hashable {
  /// The province's id.
  public var geo: String
  /// The figure that counts in the statistic.
  public var figure: FigureRange
  /// The target's quantity with its comparator, when all sources state the same one.
  public var quantity: Quantity?
  /// The targets (or observations) behind the figure.
  public var sources: [String]
  /// Set when the figure is inherited through the 2025 merger.
  public var inherited: Bool
  /// True when the province's documents give different figures; the figure then covers all.
  public var conflicting: Bool
  /// For observations: the year of the value used.
  public var year: Int? = nil
  /// For observations from several sources: which one is used and why
  /// (`ObservedValue.rule`); empty otherwise.
  public var choice: String = ""
}

/// A regional weighted figure and what it was weighted by.
public struct WeightedFigure: Sendable, Hashable {
  /// The weighted mean of the figures (of each end, for ranges).
  public var figure: FigureRange
  /// The weighting variable (an indicator id such as `grdp`).
  public var variable: String
  /// The year the weights are observed in.
  public var year: Int
  /// The weights used, by geo: every contributor's, or only those observed in `year`.
  public var weights: [String: Double]
  /// How many provinces have a figure (the weighted mean covers `weights.count` of them).
  public var contributors: Int = 0
  /// The share of the region's total weight in `year` that the weighted provinces carry
  /// (0–1), when every member's weight is observed in that year; nil otherwise.
  public var regionShare: Double? = nil
  /// Members whose weight is observed in `year` (the region's total is known when all are).
  public var membersWeighted: Int = 0

  /// `regionShare` in percent to one decimal (45.5), as every page writes it.
  public var regionSharePercent: Double? { regionShare.map { ($0 * 1000).rounded() / 10 } }

  /// Whether some contributors are left out for want of a weight in `year`.
  public var isPartial: Bool { weights.count < contributors }
}

/// The regional figure of one indicator and year: mean, median, weighted mean, spread and
/// coverage, over the members of a region in one geography version.
public struct RegionalStatistic: Sendable, Hashable {
  /// The indicator's id.
  public var indicator: String
  /// The horizon year of the targets, or the latest year of the observations.
  public var year: Int
  /// The region's id.
  public var region: String
  /// The geography version the members are taken from.
  public var geography: GeographyVersion
  /// Every member of the region (m).
  public var members: [String]
  /// Members with a figure (n of m), in member order.
  public var contributions: [Contribution] { didSet { memo = StatisticMemo() } }
  /// The plain mean of the figures: a range when the figures are ranges.
  public var mean: FigureRange
  /// The median of the figures: a range when the figures are ranges.
  public var median: FigureRange
  /// The sample standard deviation of the figures' midpoints; nil for fewer than two.
  public var standardDeviation: Double?
  /// The correctly weighted figure, where the indicator has a weight and every contributor's
  /// weight is observed in one year.
  public var weighted: WeightedFigure?
  /// How the regional figure is weighted, or why it is not.
  public var weighting: WeightingStatus
  /// Lookups over the contributions, built on first use (see `StatisticMemo`).
  var memo = StatisticMemo()

  /// The weighting in English words, with the share of the region's weight the weighted
  /// provinces carry (reports translate `weighting`).
  public var weightingNote: String {
    guard let w = weighted else { return weighting.description }
    let share =
      w.regionSharePercent.map {
        "; they carry \(FigureRange.format($0))% of the region's \(w.variable) in \(w.year)"
      }
      ?? "; the region's total \(w.variable) in \(w.year) is not known (observed for "
      + "\(w.membersWeighted) of \(members.count) members)"
    return weighting.description + share
  }

  /// Members with a figure (n) and all members (m).
  public var coverage: (n: Int, m: Int) { (contributions.count, members.count) }

  /// Members without a figure.
  public var missing: [String] {
    members.filter { memo.position(of: $0, in: contributions) == nil }
  }

  /// The contribution of `geo`, if it has one.
  /// - Complexity: O(1) after a first O(n) call.
  public func contribution(of geo: String) -> Contribution? {
    memo.position(of: geo, in: contributions).map { contributions[$0] }
  }
}

extension RegionalStatistic {
  /// Builds the statistic from contributions.
  /// - Returns: nil when no member has a figure.
  static func make(
    indicator: Indicator, year: Int, region: String, geography: GeographyVersion,
    members: [String], contributions: [Contribution], catalog: Catalog
  ) -> RegionalStatistic? {
    let lows = contributions.map(\.figure.low)
    let highs = contributions.map(\.figure.high)
    // point figures (the usual case) have one list: sort and sum it once
    let points = lows.elementsEqual(highs) { $0.bitPattern == $1.bitPattern }
    guard !contributions.isEmpty,
      let meanLow = Statistics.mean(lows),
      let meanHigh = points ? meanLow : Statistics.mean(highs),
      let medianLow = Statistics.median(lows),
      let medianHigh = points ? medianLow : Statistics.median(highs)
    else { return nil }
    let (weighted, status) = weightedFigure(indicator, contributions, members, catalog)
    return RegionalStatistic(
      indicator: indicator.id, year: year, region: region, geography: geography, members: members,
      contributions: contributions, mean: FigureRange(meanLow, meanHigh),
      median: FigureRange(medianLow, medianHigh),
      standardDeviation: Statistics.standardDeviation(contributions.map(\.figure.mid)),
      weighted: weighted, weighting: status)
  }

  /// The weighted mean by the indicator's regional weight in the year in which the most
  /// contributors' weights are observed (the latest of equals): over every contributor when
  /// all have it, else over those that do (at least two), marked partial and naming the rest.
  /// Weights of different years are never mixed.
  private static func weightedFigure(
    _ indicator: Indicator, _ contributions: [Contribution], _ members: [String],
    _ catalog: Catalog
  ) -> (WeightedFigure?, WeightingStatus) {
    switch indicator.regionalWeight {
    case .unweighted: return (nil, .unweightedByDesign)
    case .unknown: return (nil, .weightUnknown)
    case .by(let variable):
      // per contributor, its observations of the variable (file order) and their years
      let observed = catalog.observedValues(variable: variable)
      func weight(_ geo: String, _ year: Int) -> Double? {
        observed[geo]?.first { $0.year == year }?.value
      }
      // the year in which the most contributors have a weight (the latest of equals)
      var counts: [Int: Int] = [:]
      for c in contributions {
        for year in Set((observed[c.geo] ?? []).map(\.year)) { counts[year, default: 0] += 1 }
      }
      guard
        let (year, covered) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
        covered >= 2 || (covered == contributions.count && covered > 0)
      else {
        let missing = contributions.filter { (observed[$0.geo] ?? []).isEmpty }.map(\.geo)
        return (nil, missing.isEmpty ? .noCommonYear(variable) : .missingWeights(variable, missing))
      }
      let used = contributions.filter { weight($0.geo, year) != nil }
      let w = used.map { weight($0.geo, year) ?? 0 }
      guard let low = Statistics.weightedMean(used.map(\.figure.low), weights: w),
        let high = Statistics.weightedMean(used.map(\.figure.high), weights: w)
      else { return (nil, .zeroWeights(variable)) }
      var weights: [String: Double] = [:]
      for (c, value) in zip(used, w) { weights[c.geo] = value }
      let memberWeights = members.compactMap { weight($0, year) }
      let total = memberWeights.reduce(0, +)
      let figure = WeightedFigure(
        figure: FigureRange(low, high), variable: variable, year: year, weights: weights,
        contributors: contributions.count,
        regionShare: memberWeights.count == members.count && total > 0
          ? w.reduce(0, +) / total : nil,
        membersWeighted: memberWeights.count)
      if used.count == contributions.count { return (figure, .weighted(variable, year)) }
      let left = contributions.filter { weight($0.geo, year) == nil }.map(\.geo)
      return (figure, .partlyWeighted(variable, year, used.count, contributions.count, left))
    }
  }
}

/// How a regional figure is weighted, or why it is not.
public enum WeightingStatus: Sendable, Hashable, CustomStringConvertible {
  /// Weighted by `variable` observed in `year`.
  case weighted(String, Int)
  /// Weighted by `variable` observed in `year` over `used` of `of` contributors; the others
  /// (`left`) have no weight observed in that year.
  case partlyWeighted(String, Int, Int, Int, [String])
  /// Counts, indices and rates are averaged plainly.
  case unweightedByDesign
  /// The correct weight of the indicator is not known.
  case weightUnknown
  /// The weight variable is not observed for these provinces.
  case missingWeights(String, [String])
  /// No year in which every contributor's weight is observed.
  case noCommonYear(String)
  case zeroWeights(String)

  /// The weighting in English words, as reports print it.
  public var description: String {
    switch self {
    case .weighted(let variable, let year): "weighted by \(variable) (\(year))"
    case .partlyWeighted(let variable, let year, let used, let of, let left):
      "weighted by \(variable) (\(year)) over \(used) of \(of) provinces; no \(variable) for "
        + "\(year) for \(left.joined(separator: ", "))"
    case .unweightedByDesign:
      "unweighted: the indicator is a count, index or rate that is averaged plainly"
    case .weightUnknown: "unweighted: the correct weight of this indicator is not known"
    case .missingWeights(let variable, let geos):
      "unweighted: \(variable) is not observed for \(geos.joined(separator: ", "))"
    case .noCommonYear(let variable):
      "unweighted: no year in which \(variable) is observed for every contributor"
    case .zeroWeights: "unweighted: the weights sum to zero"
    }
  }
}
