@_spi(Benchmark) import Catalog

/// One province's figure in a regional statistic, with where it comes from.
public struct Contribution: Sendable, Hashable {
  public var geo: String
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
  public var year: Int?
}

/// A regional weighted figure and what it was weighted by.
public struct WeightedFigure: Sendable, Hashable {
  public var figure: FigureRange
  /// The weighting variable (an indicator id such as `grdp`).
  public var variable: String
  public var year: Int
  public var weights: [String: Double]
}

/// The regional figure of one indicator and year: mean, median, weighted mean, spread and
/// coverage, over the members of a region in one geography version.
public struct RegionalStatistic: Sendable, Hashable {
  public var indicator: String
  public var year: Int
  public var region: String
  public var geography: GeographyVersion
  /// Every member of the region (m).
  public var members: [String]
  /// Members with a figure (n of m), in member order.
  public var contributions: [Contribution] { didSet { memo = StatisticMemo() } }
  /// The plain mean of the figures: a range when the figures are ranges.
  public var mean: FigureRange
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

  /// The weighting in English words (reports translate `weighting`).
  public var weightingNote: String { weighting.description }

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
    let (weighted, status) = weightedFigure(indicator, contributions, catalog)
    return RegionalStatistic(
      indicator: indicator.id, year: year, region: region, geography: geography, members: members,
      contributions: contributions, mean: FigureRange(meanLow, meanHigh),
      median: FigureRange(medianLow, medianHigh),
      standardDeviation: Statistics.standardDeviation(contributions.map(\.figure.mid)),
      weighted: weighted, weighting: status)
  }

  /// The weighted mean by the indicator's regional weight, observed for every contributor in
  /// the latest year they all share.
  private static func weightedFigure(
    _ indicator: Indicator, _ contributions: [Contribution], _ catalog: Catalog
  ) -> (WeightedFigure?, WeightingStatus) {
    switch indicator.regionalWeight {
    case .unweighted: return (nil, .unweightedByDesign)
    case .unknown: return (nil, .weightUnknown)
    case .by(let variable):
      // per contributor, its observations of the variable (file order) and their years
      let observed = catalog.observedValues(variable: variable)
      let lists = contributions.map { observed[$0.geo] ?? [] }
      let missing = zip(contributions, lists).filter { $0.1.isEmpty }.map(\.0.geo)
      guard missing.isEmpty else { return (nil, .missingWeights(variable, missing)) }
      var counts: [Int: Int] = [:]  // in how many contributors' years each year is
      for list in lists {
        for (index, item) in list.enumerated()
        where !list[..<index].contains(where: { $0.year == item.year }) {
          counts[item.year, default: 0] += 1
        }
      }
      // the latest year common to all: the maximum of the intersection of their years
      guard let year = counts.filter({ $0.value == lists.count }).keys.max() else {
        return (nil, .noCommonYear(variable))
      }
      var weights: [String: Double] = [:]
      weights.reserveCapacity(contributions.count)
      for (c, list) in zip(contributions, lists) {
        weights[c.geo] = list.first { $0.year == year }?.value
      }
      let w = contributions.map { weights[$0.geo] ?? 0 }
      guard let low = Statistics.weightedMean(contributions.map(\.figure.low), weights: w),
        let high = Statistics.weightedMean(contributions.map(\.figure.high), weights: w)
      else { return (nil, .zeroWeights(variable)) }
      return (
        WeightedFigure(
          figure: FigureRange(low, high), variable: variable, year: year, weights: weights),
        .weighted(variable, year)
      )
    }
  }
}

/// How a regional figure is weighted, or why it is not.
public enum WeightingStatus: Sendable, Hashable, CustomStringConvertible {
  /// Weighted by `variable` observed in `year`.
  case weighted(String, Int)
  /// Counts, indices and rates are averaged plainly.
  case unweightedByDesign
  /// The correct weight of the indicator is not known.
  case weightUnknown
  /// The weight variable is not observed for these provinces.
  case missingWeights(String, [String])
  /// No year in which every contributor's weight is observed.
  case noCommonYear(String)
  case zeroWeights(String)

  public var description: String {
    switch self {
    case .weighted(let variable, let year): "weighted by \(variable) (\(year))"
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
