@_spi(Benchmark) import Catalog

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
      contributions =
        alignedContributions(region, geography, indicator, year, members)
        ?? { (group: Alignment.Group?) in
          members.compactMap { geo in
            let entries = group?.entries.filter { $0.target.geo == geo } ?? []
            return contribution(
              geo, entries.map { ($0.target.id, $0.target.quantity, $0.inheritedBy) })
          }
        }(
          align(region: region, geography: geography, indicator: indicator, year: year).groups.first
        )
    case .observations:
      contributions = members.compactMap { geo in
        // each member's latest annual value in or before `year`, by the documented rule
        // where sources disagree (`ObservedValue.order`)
        guard let latest = latestObserved(geo: geo, indicator: indicator, upTo: year) else {
          return nil
        }
        let chosen = latest.chosen
        return Contribution(
          geo: geo, figure: FigureRange(chosen.value, chosen.value),
          quantity: Quantity(chosen.isApproximate ? .approximately : .equal, chosen.value),
          sources: [chosen.id] + latest.others.map(\.id),
          inherited: false, conflicting: latest.isConflicting, year: latest.year,
          choice: latest.rule)
      }
    }
    return RegionalStatistic.make(
      indicator: definition, year: year, region: region, geography: geography, members: members,
      contributions: contributions, catalog: self)
  }

  /// Each member's contribution from the aligned targets, read in one pass; nil when a
  /// province is listed twice among the members.
  private func alignedContributions(
    _ region: String, _ geography: GeographyVersion, _ indicator: String, _ year: Int,
    _ members: [String]
  ) -> [Contribution]? {
    var contributions: [Contribution] = []
    var current = -1
    var entries: [(id: String, quantity: Quantity?, inheritedBy: String?)] = []
    func finish() {
      if current >= 0, entries.count == 1, let quantity = entries[0].quantity {
        // one target (the usual case): its figure, as `contribution` would make it
        contributions.append(
          Contribution(
            geo: members[current], figure: FigureRange(quantity), quantity: quantity,
            sources: [entries[0].id], inherited: entries[0].inheritedBy != nil,
            conflicting: false, year: nil))
      } else if current >= 0, let c = contribution(members[current], entries) {
        contributions.append(c)
      }
      entries.removeAll(keepingCapacity: true)
    }
    let read = forEachAlignedFigure(
      region: region, geography: geography, indicator: indicator, year: year
    ) { member, id, quantity, inheritedBy in
      if member != current {
        finish()
        current = member
      }
      entries.append((id, quantity, inheritedBy))
    }
    guard read else { return nil }
    finish()
    return contributions
  }

  /// A member's contribution from its aligned targets: the range covering all their figures.
  private func contribution(
    _ geo: String, _ entries: [(id: String, quantity: Quantity?, inheritedBy: String?)]
  ) -> Contribution? {
    // `FigureRange.covering` of the figures, with `min()` and `max()` kept as running values
    var bounds: (low: Double, high: Double)?
    var quantities: [Quantity] = []  // distinct, as a set would hold them
    for entry in entries {
      guard let quantity = entry.quantity else { continue }
      let range = FigureRange(quantity)
      if var (low, high) = bounds {
        if range.low < low { low = range.low }
        if high < range.high { high = range.high }
        bounds = (low, high)
      } else {
        bounds = (range.low, range.high)
      }
      if !quantities.contains(quantity) { quantities.append(quantity) }
    }
    guard let bounds else { return nil }
    let covering = FigureRange(bounds.low, bounds.high)
    return Contribution(
      geo: geo, figure: covering, quantity: quantities.count == 1 ? quantities.first : nil,
      sources: entries.map(\.id), inherited: entries.contains { $0.inheritedBy != nil },
      conflicting: quantities.count > 1, year: nil)
  }
}
