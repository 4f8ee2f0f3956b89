/// The targets of a region's provinces lined up by indicator and year, in one geography version.
public struct Alignment: Sendable {
  /// One province's target in a group.
  public struct Entry: Sendable, Hashable {
    public var target: Target
    /// Set when the target was inherited through the 2025 merger: the rule, in words.
    public var inheritedBy: String?
    /// `.comparable`, or `.comparableWithCaveat` with what to read first.
    public var verdict: Comparability
    public var national: NationalStanding
  }

  /// All member targets of one indicator and year with a figure.
  public struct Group: Sendable, Hashable {
    public var indicator: String
    public var year: Int
    public var entries: [Entry]
    /// National (`VN`) and regional targets of the same indicator and year, for reference.
    public var references: [Target]
  }

  /// A target that is in scope but cannot join a group, or is outside the geography.
  public struct Excluded: Sendable, Hashable {
    public var target: Target
    public var reason: String

    public init(target: Target, reason: String) {
      self.target = target
      self.reason = reason
    }
  }

  public var region: String
  public var geography: GeographyVersion
  /// Whether the membership is official or inferred (reports must show the latter).
  public var basis: Region.Basis?
  public var members: [Province]
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
  public func align(
    region: String = "NMM", geography: GeographyVersion, indicator only: String? = nil,
    year onlyYear: Int? = nil
  ) -> Alignment {
    let members = members(of: region, in: geography)
    let memberIDs = Set(members.map(\.id))
    let inScope = { (t: Target) in
      (only == nil || t.indicator == only) && (onlyYear == nil || t.horizon?.year == onlyYear)
    }
    var entries: [(Target, String?)] = []
    var excluded: [Alignment.Excluded] = []
    for member in members {
      entries += targets.filter { $0.geo == member.id && inScope($0) }.map { ($0, nil) }
      let (inherited, left) = inheritance(of: member.id)
      entries += inherited.filter { inScope($0.target) }.map { ($0.target, $0.rule.description) }
      excluded += left.filter { inScope($0.target) }.map {
        .init(target: $0.target, reason: $0.reason)
      }
    }
    let predecessorIDs = Set(members.flatMap { predecessors(of: $0.id) }.map(\.id))
    for target in targets where inScope(target) && !memberIDs.contains(target.geo) {
      if target.geo == "VN" || regions.contains(where: { $0.id == target.geo }) { continue }
      if predecessorIDs.contains(target.geo) { continue }  // inherited or listed above
      excluded.append(.init(target: target, reason: outsideReason(target.geo, region, geography)))
    }
    var notComparable: [Alignment.Excluded] = []
    var grouped: [String: [Alignment.Entry]] = [:]
    var keys: [(String, Int)] = []
    for (target, rule) in entries {
      guard target.kind != .qualitative else {
        notComparable.append(
          .init(
            target: target, reason: NotComparableReason.qualitative(target: target.id).description))
        continue
      }
      guard let year = target.horizon?.year else {
        notComparable.append(
          .init(
            target: target, reason: NotComparableReason.missingYear(target: target.id).description))
        continue
      }
      var caveats = caveats(of: target)
      if let rule { caveats.append(.inherited(target: target.id, rule: rule)) }
      let entry = Alignment.Entry(
        target: target, inheritedBy: rule,
        verdict: caveats.isEmpty ? .comparable : .comparableWithCaveat(caveats),
        national: nationalStanding(of: target))
      let key = "\(target.indicator)@\(year)"
      if grouped[key] == nil { keys.append((target.indicator, year)) }
      grouped[key, default: []].append(entry)
    }
    let order = Dictionary(
      indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
    keys.sort { (order[$0.0] ?? .max, $0.1) < (order[$1.0] ?? .max, $1.1) }
    let groups = keys.map { indicatorID, year in
      Alignment.Group(
        indicator: indicatorID, year: year, entries: grouped["\(indicatorID)@\(year)"] ?? [],
        references: targets.filter {
          ($0.geo == "VN" || $0.geo == region) && $0.indicator == indicatorID
            && $0.horizon?.year == year
        })
    }
    return Alignment(
      region: region, geography: geography, basis: membershipBasis(of: region, in: geography),
      members: members, groups: groups, notComparable: notComparable, excluded: excluded)
  }

  private func outsideReason(_ geo: String, _ region: String, _ geography: GeographyVersion)
    -> String
  {
    guard let province = province(id: geo) else { return "\(geo) is not a province of \(region)" }
    if !province.exists(on: geography.referenceDay) {
      if let from = province.validFrom, geography.referenceDay < from {
        return "\(geo) exists from \(from): use geography 2025"
      }
      if let successor = province.successor {
        return
          "\(geo) ceased on \(province.validTo?.description ?? "?"); its successor \(successor) is not in \(region) (\(geography.rawValue))"
      }
      return "\(geo) did not exist on \(geography.referenceDay)"
    }
    return "\(geo) is not in \(region)"
  }
}
