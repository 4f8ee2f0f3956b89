import Catalog
import Foundation
import Support

/// One indicator and year of a province's gap analysis.
public struct GapRow: Sendable, Hashable {
  /// The indicator compared.
  public var indicator: Indicator
  /// The horizon year of the targets compared.
  public var year: Int
  /// The province's figure and the targets behind it.
  public var own: Contribution
  /// The regional statistic over the province's region (targets: ambition).
  public var region: RegionalStatistic
  /// The gap to the regional mean.
  public var toMean: Gap
  /// The gap to the regional median.
  public var toMedian: Gap
  /// The gap to the weighted regional figure; nil when the region's figure is unweighted.
  public var toWeighted: Gap?
  /// The national target used, and the gap to it.
  public var national: Target?
  /// The gap to the national target; nil without a national target with a figure.
  public var toNational: Gap?
  /// The ids of the provinces with the best figure, several when tied; it may be this one.
  public var leaders: [String]
  /// The gap to the first leader's figure.
  public var toLeader: Gap
  /// The oriented z-score of the province's figure; nil for fewer than two figures or sd 0.
  public var zScore: Double?
  /// The oriented percentile of the province's figure among the region's (100 is best).
  public var percentile: Double?
  /// The province's place in the regional league table.
  public var rank: RegionalRank
  /// Whether the indicator is a strength or weakness of the province against the region.
  public var mark: StrengthMark
  /// The province's latest observation of the indicator up to the horizon year.
  public var latestObservation: Observation?
  /// The latest observation minus the target's figure, oriented: negative while short of it.
  public var delivery: Gap?
  /// The Open SDG progress of the province towards its target.
  public var pace: Pace
}

/// A province's targets against its region, the nation and the regional leader.
public struct ProvinceGaps: Sendable {
  /// The province's id.
  public var province: String
  /// The id of the region the province is compared with.
  public var region: String
  /// The geography version the region's members are taken from.
  public var geography: GeographyVersion
  /// One row per indicator and horizon year the province's targets can be benchmarked on.
  public var rows: [GapRow]
  /// The province's targets that cannot be benchmarked, and why (qualitative, no year).
  public var notBenchmarked: [Alignment.Excluded]
  /// What the province has achieved against what the region has achieved.
  public var observed: [ObservedRow] = []
}

/// One indicator of a province's observed values against the region's (delivery, not
/// ambition): each member's latest annual value up to the province's latest year.
public struct ObservedRow: Sendable, Hashable {
  /// The indicator compared.
  public var indicator: Indicator
  /// The province's latest annual value, and the other sources of that year.
  public var own: ObservedValue
  /// The regional statistic over the members' latest values up to `own.year`; every
  /// contribution carries its year.
  public var region: RegionalStatistic
  /// The gap of the province's latest value to the regional mean.
  public var toMean: Gap
  /// The province's place in the regional league table of latest values.
  public var rank: RegionalRank
  /// Whether the indicator is a strength or weakness of the province against the region.
  public var mark: StrengthMark
  /// The oriented z-score of the province's value; nil for fewer than two values or sd 0.
  public var zScore: Double?

  /// The distinct years of the values in the statistic, oldest first: one year when all
  /// members' latest values are of the same year.
  public var years: [Int] { Array(Set(region.contributions.compactMap(\.year))).sorted() }
}

extension Catalog {
  /// The gap analysis of `province` against the members of `region` (ambition: targets
  /// against targets), with delivery gaps and pace from the province's observations.
  /// - Parameter year: only this horizon year, if given.
  public func gaps(
    of province: String, region: String = "NMM", year: Int? = nil, geography: GeographyVersion
  ) -> ProvinceGaps {
    // Only the groups with an entry of the province matter: align its own entries only.
    let alignment = align(region: region, geography: geography, year: year, onlyMember: province)
    let groups = alignment.groups.filter { $0.entries.contains { $0.target.geo == province } }
    // The regional statistics are independent: computed on every core, used in group order.
    let statistics = parallelMap(groups.count, jobs: ProcessInfo.processInfo.activeProcessorCount) {
      [self] in
      regionalStatistic(
        indicator: groups[$0].indicator, year: groups[$0].year, region: region,
        geography: geography)
    }
    var rows: [GapRow] = []
    for (group, statistic) in zip(groups, statistics) {
      guard let definition = indicator(id: group.indicator), let statistic,
        let own = statistic.contribution(of: province),
        let rank = statistic.rank(of: province, polarity: definition.polarity),
        let entry = group.entries.first(where: { $0.target.geo == province })
      else { continue }
      let polarity = definition.polarity
      let national = entry.national.national
      let leaders = statistic.leaders(polarity: polarity)
      let latest = latestObserved(geo: province, indicator: group.indicator, upTo: group.year)?
        .chosen
      rows.append(
        GapRow(
          indicator: definition, year: group.year, own: own, region: statistic,
          toMean: Gap(own.figure, to: statistic.mean, polarity: polarity),
          toMedian: Gap(own.figure, to: statistic.median, polarity: polarity),
          toWeighted: statistic.weighted.map { Gap(own.figure, to: $0.figure, polarity: polarity) },
          national: national,
          toNational: national?.quantity.map {
            Gap(own.figure, to: FigureRange($0), polarity: polarity)
          },
          leaders: leaders.map(\.geo),
          toLeader: Gap(own.figure, to: leaders.first?.figure ?? own.figure, polarity: polarity),
          zScore: statistic.zScore(of: province, polarity: polarity),
          percentile: statistic.percentile(of: province, polarity: polarity), rank: rank,
          mark: statistic.mark(of: province, polarity: polarity), latestObservation: latest,
          delivery: latest.map {
            Gap(FigureRange($0.value, $0.value), to: own.figure, polarity: polarity)
          },
          pace: pace(of: entry.target)))
    }
    return ProvinceGaps(
      province: province, region: region, geography: geography, rows: rows,
      notBenchmarked: alignment.notComparable.filter { $0.target.geo == province },
      observed: observedRows(of: province, region: region, geography: geography))
  }

  /// Families of observed indicators that describe size, not performance: a regional mean of
  /// them benchmarks nothing.
  static let sizeFamilies: Set<String> = [
    "population", "population_census", "population_merger_basis", "economy_size",
    "economy_size_constant",
  ]

  /// The province's observed values against the region's, one row per indicator it has an
  /// annual observation of, in indicator order.
  public func observedRows(of province: String, region: String = "NMM", geography: GeographyVersion)
    -> [ObservedRow]
  {
    let ids = Set(observationPositions(geo: province).map { observations[$0].indicator })
    return indicators.filter { ids.contains($0.id) && !Self.sizeFamilies.contains($0.family) }
      .compactMap { definition in
        guard let own = latestObserved(geo: province, indicator: definition.id),
          let statistic = regionalStatistic(
            indicator: definition.id, year: own.year, region: region, geography: geography,
            subject: .observations),
          let mine = statistic.contribution(of: province),
          let rank = statistic.rank(of: province, polarity: definition.polarity)
        else { return nil }
        let polarity = definition.polarity
        return ObservedRow(
          indicator: definition, own: own, region: statistic,
          toMean: Gap(mine.figure, to: statistic.mean, polarity: polarity), rank: rank,
          mark: statistic.mark(of: province, polarity: polarity),
          zScore: statistic.zScore(of: province, polarity: polarity))
      }
  }
}
