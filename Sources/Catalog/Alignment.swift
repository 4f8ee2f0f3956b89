/// The targets of a region's provinces lined up by indicator and year, in one geography version.
public struct Alignment: Sendable {
  /// One province's target in a group.
  public struct Entry: Sendable, Hashable {
    /// The member's target, or the inherited target with the successor as its geo.
    public var target: Target
    /// Set when the target was inherited through the 2025 merger: the rule, in words.
    public var inheritedBy: String?
    /// `.comparable`, or `.comparableWithCaveat` with what to read first.
    public var verdict: Comparability
    /// How the target stands against the national target of its indicator and year.
    public var national: NationalStanding
  }

  /// All member targets of one indicator and year with a figure.
  public struct Group: Sendable, Hashable {
    /// The indicator's id.
    public var indicator: String
    /// The horizon year the targets share.
    public var year: Int
    /// The members' targets, member by member in membership order.
    public var entries: [Entry]
    /// National (`VN`) and regional targets of the same indicator and year, for reference.
    public var references: [Target]
  }

  /// A target that is in scope but cannot join a group, or is outside the geography.
  public struct Excluded: Sendable, Hashable {
    /// The target left out.
    public var target: Target
    /// Why it is left out.
    public var cause: ExclusionReason
    /// The cause in English.
    public var reason: String { cause.description }

    /// A target left out for `cause`.
    public init(target: Target, cause: ExclusionReason) {
      self.target = target
      self.cause = cause
    }
  }

  /// The id of the region aligned.
  public var region: String
  /// The geography version whose members are aligned.
  public var geography: GeographyVersion
  /// Whether the membership is official or inferred (reports must show the latter).
  public var basis: Region.Basis?
  /// The region's members in that version, in file order.
  public var members: [Province]
  /// One group per indicator and year, in `indicators.csv` order, then by year.
  public var groups: [Group]
  /// Member targets that cannot be compared: qualitative, no year.
  public var notComparable: [Excluded]
  /// Targets of provinces outside this region and geography version, with the reason.
  public var excluded: [Excluded]
}

extension Catalog {
  /// Aligns the targets of the members of `region` in `geography`.
  /// - Parameters:
  ///   - region: a region id, `NMM`.
  ///   - geography: `2024` (before the merger) or `2025` (after, with inherited targets).
  ///   - indicator: only this indicator, if given.
  ///   - year: only this horizon year, if given.
  /// - Complexity: O(t + m) for t targets in scope and m members, after the catalog's indices
  ///   are built (one pass over the targets).
  public func align(
    region: String = "NMM", geography: GeographyVersion, indicator only: String? = nil,
    year onlyYear: Int? = nil
  ) -> Alignment {
    align(region: region, geography: geography, indicator: only, year: onlyYear, member: nil)
  }

  /// `align`, keeping only the entries of `member` when given (its groups, its not comparable
  /// targets, nothing excluded): what a province's gap analysis needs.
  func align(
    region: String, geography: GeographyVersion, indicator only: String?, year onlyYear: Int?,
    member: String?
  ) -> Alignment {
    let scope = AlignmentScope(
      region: region, geography: geography, indicator: only, year: onlyYear, member: member)
    let (entries, excluded) = alignedTargets(scope, listExcluded: member == nil)
    var notComparable: [Alignment.Excluded] = []
    var grouped: [GroupKey: [Alignment.Entry]] = [:]
    var keys: [GroupKey] = []
    for (target, rule) in entries {
      guard target.kind != .qualitative else {
        notComparable.append(
          .init(
            target: target, cause: .notComparable(.qualitative(target: target.id))))
        continue
      }
      guard let year = target.horizon?.year else {
        notComparable.append(
          .init(
            target: target, cause: .notComparable(.missingYear(target: target.id))))
        continue
      }
      var caveats = caveats(of: target)
      if let rule { caveats.append(.inherited(target: target.id, rule: rule)) }
      let entry = Alignment.Entry(
        target: target, inheritedBy: rule,
        verdict: caveats.isEmpty ? .comparable : .comparableWithCaveat(caveats),
        national: nationalStanding(of: target))
      let key = GroupKey(indicator: target.indicator, year: year)
      if grouped[key] == nil { keys.append(key) }
      grouped[key, default: []].append(entry)
    }
    let order = index.indicatorPositions(self)
    keys.sort { (order[$0.indicator] ?? .max, $0.year) < (order[$1.indicator] ?? .max, $1.year) }
    let referenceGeos = region == "VN" ? ["VN"] : ["VN", region]
    let referenceTargets = referenceGeos.flatMap { index.targets(ofGeo: $0, self) }.sorted()
    let groups = keys.map { key in
      Alignment.Group(
        indicator: key.indicator, year: key.year, entries: grouped[key] ?? [],
        references: referenceTargets.lazy.map { targets[$0] }.filter {
          $0.indicator == key.indicator && $0.horizon?.year == key.year
        })
    }
    return Alignment(
      region: region, geography: geography, basis: membershipBasis(of: region, in: geography),
      members: members(of: region, in: geography), groups: groups, notComparable: notComparable,
      excluded: excluded)
  }

  private struct GroupKey: Hashable {
    var indicator: String
    var year: Int
  }

  /// What an alignment covers.
  struct AlignmentScope {
    var region: String
    var geography: GeographyVersion
    var indicator: String?
    var year: Int?
    /// Only this member's targets, if given.
    var member: String?

    func contains(_ t: Target) -> Bool {
      (indicator == nil || t.indicator == indicator) && (year == nil || t.horizon?.year == year)
    }
  }

  /// The members' targets in scope, member by member (own targets in file order, then those
  /// inherited through the merger with their rule), and, if asked, the targets left out with
  /// the reason: predecessors' targets that do not carry over, then targets of provinces
  /// outside the region in file order.
  func alignedTargets(_ scope: AlignmentScope, listExcluded: Bool) -> (
    entries: [(Target, String?)], excluded: [Alignment.Excluded]
  ) {
    let membership = index.membership(of: scope.region, in: scope.geography, self)
    var own = [[Int]](repeating: [], count: membership.members.count)
    if let member = scope.member {
      if let position = membership.position[member] {
        own[position] = index.targets(ofGeo: member, self).filter { scope.contains(targets[$0]) }
      }
    } else if let indicator = scope.indicator {
      for position in index.targets(ofIndicator: indicator, self)
      where scope.contains(targets[position]) {
        if let member = membership.position[targets[position].geo] { own[member].append(position) }
      }
    } else {
      for (position, target) in targets.enumerated() where scope.contains(target) {
        if let member = membership.position[target.geo] { own[member].append(position) }
      }
    }
    var inherited: [String: (inherited: [InheritedTarget], left: [UninheritedTarget])] = [:]
    for position in membership.successors {
      let id = membership.members[position].id
      if scope.member == nil || scope.member == id { inherited[id] = inheritance(of: id) }
    }
    var entries: [(Target, String?)] = []
    var excluded: [Alignment.Excluded] = []
    for (position, member) in membership.members.enumerated() {
      // a province listed twice is aligned twice, as a plain filter per member would do
      for target in own[membership.position[member.id] ?? position] {
        entries.append((targets[target], nil))
      }
      guard let (more, left) = inherited[member.id] else { continue }
      entries += more.filter { scope.contains($0.target) }.map { ($0.target, $0.rule.description) }
      excluded += left.filter { scope.contains($0.target) }.map {
        .init(target: $0.target, cause: $0.cause)
      }
    }
    guard listExcluded else { return (entries, excluded) }
    var predecessorIDs = Set<String>()
    for position in membership.successors {
      for predecessor in predecessors(of: membership.members[position].id) {
        predecessorIDs.insert(predecessor.id)
      }
    }
    let candidates = scope.indicator.map { index.targets(ofIndicator: $0, self) }
    for position in candidates ?? Array(targets.indices) {
      let target = targets[position]
      guard scope.contains(target), membership.position[target.geo] == nil else { continue }
      if target.geo == "VN" || index.isRegion(target.geo, self) { continue }
      if predecessorIDs.contains(target.geo) { continue }  // inherited or listed above
      excluded.append(
        .init(target: target, cause: outsideReason(target.geo, scope.region, scope.geography)))
    }
    return (entries, excluded)
  }

  private func outsideReason(_ geo: String, _ region: String, _ geography: GeographyVersion)
    -> ExclusionReason
  {
    guard let province = province(id: geo) else { return .notAProvince(geo: geo, region: region) }
    if !province.exists(on: geography.referenceDay) {
      if let from = province.validFrom, geography.referenceDay < from {
        return .notYetExisting(geo: geo, from: from)
      }
      if let successor = province.successor {
        return .ceased(
          geo: geo, on: province.validTo, successor: successor, region: region,
          geography: geography)
      }
      return .didNotExist(geo: geo, on: geography.referenceDay)
    }
    return .notMember(geo: geo, region: region)
  }
}
