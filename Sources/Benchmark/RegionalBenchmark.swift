import Catalog

/// What a regional statistic is computed over.
public enum BenchmarkSubject: Sendable, Hashable {
  /// Provinces' targets for the horizon year (ambition).
  case targets
  /// Provinces' latest observed values up to the year (delivery).
  case observations
}

extension Catalog {
  /// The regional statistic of `indicator` for horizon `year` over the members of `region`.
  ///
  /// Targets come from `align(region:geography:)`, so a merged province's inherited targets
  /// count and are marked. A province whose documents disagree contributes the range covering
  /// all its figures, marked conflicting. Observations use each member's latest value in or
  /// before `year`.
  /// - Returns: nil when no member has a figure.
  public func regionalStatistic(
    indicator: String, year: Int, region: String = "NMM", geography: GeographyVersion,
    subject: BenchmarkSubject = .targets
  ) -> RegionalStatistic? {
    guard let definition = self.indicator(id: indicator) else { return nil }
    let members = members(of: region, in: geography).map(\.id)
    let contributions: [Contribution]
    switch subject {
    case .targets:
      let group = align(region: region, geography: geography, indicator: indicator, year: year)
        .groups.first
      contributions = members.compactMap { geo in
        let entries = group?.entries.filter { $0.target.geo == geo } ?? []
        let ranges = entries.compactMap { $0.target.quantity.map(FigureRange.init) }
        guard let covering = FigureRange.covering(ranges) else { return nil }
        let quantities = Set(entries.compactMap(\.target.quantity))
        return Contribution(
          geo: geo, figure: covering, quantity: quantities.count == 1 ? quantities.first : nil,
          sources: entries.map(\.target.id),
          inherited: entries.contains { $0.inheritedBy != nil },
          conflicting: quantities.count > 1, year: nil)
      }
    case .observations:
      contributions = members.compactMap { geo in
        guard
          let latest = observations.filter({
            $0.geo == geo && $0.indicator == indicator && $0.year <= year
          }).max(by: { $0.year < $1.year })
        else { return nil }
        return Contribution(
          geo: geo, figure: FigureRange(latest.value, latest.value),
          quantity: Quantity(latest.isApproximate ? .approximately : .equal, latest.value),
          sources: [latest.id],
          inherited: false, conflicting: false, year: latest.year)
      }
    }
    return RegionalStatistic.make(
      indicator: definition, year: year, region: region, geography: geography, members: members,
      contributions: contributions, catalog: self)
  }
}
