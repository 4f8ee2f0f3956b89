import Catalog
import Foundation
import Support

/// One indicator and year of a province's gap analysis.
public struct GapRow: Sendable, Hashable {
  public var indicator: Indicator
  public var year: Int
  /// The province's figure and the targets behind it.
  public var own: Contribution
  /// The regional statistic over the province's region (targets: ambition).
  public var region: RegionalStatistic
  public var toMean: Gap
  public var toMedian: Gap
  public var toWeighted: Gap?
  /// The national target used, and the gap to it.
  public var national: Target?
  public var toNational: Gap?
  public var leaders: [String]
  public var toLeader: Gap
  public var zScore: Double?
  public var percentile: Double?
  public var rank: RegionalRank
  public var mark: StrengthMark
  /// The latest observation of the province and the target's lead over it (delivery gap).
  public var latestObservation: Observation?
  public var delivery: Gap?
  public var pace: Pace
}

/// A province's targets against its region, the nation and the regional leader.
public struct ProvinceGaps: Sendable {
  public var province: String
  public var region: String
  public var geography: GeographyVersion
  public var rows: [GapRow]
  /// The province's targets that cannot be benchmarked, and why (qualitative, no year).
  public var notBenchmarked: [Alignment.Excluded]
  /// What the province has achieved against what the region has achieved.
  public var observed: [ObservedRow] = []
}

/// One indicator of a province's observed values against the region's (delivery, not
/// ambition): each member's latest annual value up to the province's latest year.
public struct ObservedRow: Sendable, Hashable {
  public var indicator: Indicator
  /// The province's latest annual value, and the other sources of that year.
  public var own: ObservedValue
  /// The regional statistic over the members' latest values up to `own.year`; every
  /// contribution carries its year.
  public var region: RegionalStatistic
  public var toMean: Gap
  public var rank: RegionalRank
  public var mark: StrengthMark
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
