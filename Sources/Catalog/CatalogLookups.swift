/// Index-backed lookups for the Benchmark module (package access, not public API): the
/// same answers as the plain filters over `targets` and `observations` they replace, without a
/// pass over every row per call.
extension Catalog {
  /// Calls `body` for each entry of the one group of `align(region:geography:indicator:year:)`
  /// for `indicator` and `year` (targets with a figure, member by member, inherited ones with
  /// their rule), with the member's position in `members(of:in:)` and without the verdicts
  /// and national standings that regional statistics do not use.
  /// - Returns: false, without calling `body`, if a province is listed twice among the
  ///   members (the caller then reads `align` itself).
  package func forEachAlignedFigure(
    region: String, geography: GeographyVersion, indicator: String, year: Int,
    _ body: (_ member: Int, _ id: String, _ quantity: Quantity?, _ inheritedBy: String?) -> Void
  ) -> Bool {
    let membership = index.membership(of: region, in: geography, self)
    guard membership.position.count == membership.members.count else { return false }
    let scope = AlignmentScope(
      region: region, geography: geography, indicator: indicator, year: year, member: nil)

    // each member's targets as a linked list over `found`, in file order
    let count = membership.members.count
    var head = [Int](repeating: -1, count: count)
    var tail = [Int](repeating: -1, count: count)
    var found: [Int] = []  // positions in `entries`
    var next: [Int] = []
    let entries = index.entries(ofIndicator: indicator, self)
    let memberOf = index.memberOfGeoNumber(region, geography, self)
    let wanted = Int32(exactly: year)
    for (position, entry) in entries.enumerated() where !entry.qualitative {
      guard memberOf.indices.contains(Int(entry.geo)), memberOf[Int(entry.geo)] >= 0,
        entry.year != .min
          ? entry.year == wanted : targets[Int(entry.position)].horizon?.year == year
      else { continue }
      let member = Int(memberOf[Int(entry.geo)])
      if head[member] < 0 { head[member] = found.count } else { next[tail[member]] = found.count }
      tail[member] = found.count
      found.append(position)
      next.append(-1)
    }
    var inherited: [Int: [InheritedTarget]] = [:]
    for member in membership.successors {
      inherited[member] = inheritance(of: membership.members[member].id).inherited.filter {
        $0.target.kind != .qualitative && scope.contains($0.target)
      }
    }
    for member in membership.members.indices {
      var entry = head[member]
      while entry >= 0 {
        body(member, entries[found[entry]].id, entries[found[entry]].quantity, nil)
        entry = next[entry]
      }
      for more in inherited[member] ?? [] {
        body(member, more.target.id, more.target.quantity, more.rule.description)
      }
    }
    return true
  }

  /// `align(region:geography:year:)` keeping only `member`'s entries: its groups (each with
  /// its own entries only) and its targets that cannot be compared; nothing is excluded.
  package func align(
    region: String, geography: GeographyVersion, year: Int?, onlyMember member: String
  ) -> Alignment {
    align(region: region, geography: geography, indicator: nil, year: year, member: member)
  }

  /// A value derived from the catalog, built once per key for this catalog value (a
  /// regional statistic asked for by every province's profile).
  package func memoised<T: Sendable>(_ key: String, _ build: () -> T) -> T {
    index.memo(key, build)
  }

  /// The positions in `targets` of `geo`'s targets, in file order.
  package func targetPositions(geo: String) -> [Int] {
    index.targets(ofGeo: geo, self)
  }

  /// The positions in `observations` of `geo`'s observations, in file order.
  package func observationPositions(geo: String) -> [Int] {
    index.observations(ofGeo: geo, self)
  }

  /// The positions in `observations` of `indicator`'s observations, in file order.
  package func observationPositions(indicator: String) -> [Int] {
    index.observations(ofIndicator: indicator, self)
  }

  /// The years and values of a weight variable's observations by geo, in file order (kept
  /// per variable: weights are few).
  package func observedValues(variable: String) -> [String: [YearValue]] {
    index.observations(ofVariable: variable, self)
  }
}

/// An observation's year and value, for weights.
package struct YearValue: Sendable, Hashable {
  package var year: Int
  package var value: Double
}
