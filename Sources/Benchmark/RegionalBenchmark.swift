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
  /// count and are marked. A province whose documents disagree contributes the target
  /// `preferredTarget(among:)` picks (adopted over draft, primary over secondary over
  /// translation, later over earlier), marked conflicting with the others named in `choice`;
  /// disagreeing inherited figures contribute the range covering them. Observations use each
  /// member's latest value in or before `year`.
  /// - Returns: nil when no member has a figure.
  public func regionalStatistic(
    indicator: String, year: Int, region: String = "NMM", geography: GeographyVersion,
    subject: BenchmarkSubject = .targets
  ) -> RegionalStatistic? {
    // every profile asks for the same statistics: computed once, so a report set grows
    // linearly with the provinces
    let subjectKey = subject == .targets ? "targets" : "observations"
    return memoised("regional|\(indicator)|\(year)|\(region)|\(geography.rawValue)|\(subjectKey)") {
      computeRegionalStatistic(
        indicator: indicator, year: year, region: region, geography: geography, subject: subject)
    }
  }

  private func computeRegionalStatistic(
    indicator: String, year: Int, region: String, geography: GeographyVersion,
    subject: BenchmarkSubject
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
    let inherited = entries.contains { $0.inheritedBy != nil }
    // The province's own documents disagree: one target is used by the documented order, the
    // others stay listed (an inherited figure keeps the range over its predecessors').
    if quantities.count > 1, !inherited {
      let candidates = entries.compactMap { target(id: $0.id) }.filter { $0.quantity != nil }
      if candidates.count == entries.filter({ $0.quantity != nil }).count,
        let chosen = preferredTarget(among: candidates), let quantity = chosen.quantity
      {
        let others = candidates.filter { $0.id != chosen.id }
        let listed = others.map { "\($0.id) \(($0.quantity ?? quantity).reading)" }
        return Contribution(
          geo: geo, figure: FigureRange(quantity), quantity: quantity,
          sources: [chosen.id] + others.map(\.id), inherited: false, conflicting: true,
          year: nil,
          choice: "\(chosen.id) \(quantity.reading) used ("
            + Catalog.targetPreferenceOrder + "); also " + listed.joined(separator: ", "))
      }
    }
    return Contribution(
      geo: geo, figure: covering, quantity: quantities.count == 1 ? quantities.first : nil,
      sources: entries.map(\.id), inherited: inherited,
      conflicting: quantities.count > 1, year: nil)
  }
}
