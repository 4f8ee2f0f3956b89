/// Two or more targets of one province that say different things about the same thing.
public struct Conflict: Sendable, Hashable {
  /// What kind of disagreement it is.
  public enum Kind: String, Sendable, Hashable {
    /// One indicator and year, different figures ("trên 40%" against "đạt 40%").
    case differentFigures = "different figures"
    /// Indicators of one family with the same unit and denominator but nested scopes
    /// (3% of the local budget for S&T + innovation + digital transformation against 2% for
    /// S&T alone): both can hold, but a reader must see them together.
    case overlappingScope = "overlapping scope"
  }

  /// The geo whose targets disagree.
  public var geo: String
  /// Different figures for one indicator, or overlapping scopes within a family.
  public var kind: Kind
  /// The horizon year the targets share.
  public var year: Int
  /// The targets involved, in file order.
  public var targets: [Target]

  /// The distinct indicator ids of the targets, in order of first appearance.
  public var indicators: [String] {
    var seen = Set<String>()
    return targets.map(\.indicator).filter { seen.insert($0).inserted }
  }
}

extension Catalog {
  /// Every conflict between targets of one geo, optionally of one geo only.
  ///
  /// Restatements with the same figure are not conflicts. Qualitative targets and targets
  /// without a year cannot conflict by figure and are left out.
  public func conflicts(geo: String? = nil) -> [Conflict] {
    let pool = geo.map { index.targets(ofGeo: $0, self).map { targets[$0] } } ?? targets
    let candidates = pool.filter { t in t.kind != .qualitative && t.horizon != nil }
    struct Key: Hashable {
      var geo: String
      var family: String
      var year: Int
    }
    var groups: [Key: [Target]] = [:]
    var order: [Key] = []
    for target in candidates {
      guard let year = target.horizon?.year, let indicator = indicator(id: target.indicator) else {
        continue
      }
      let key = Key(geo: target.geo, family: indicator.family, year: year)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(target)
    }
    var conflicts: [Conflict] = []
    for key in order {
      let group = groups[key] ?? []
      var byIndicator: [String: [Target]] = [:]
      for target in group { byIndicator[target.indicator, default: []].append(target) }
      for indicatorID in group.map(\.indicator).uniqued() {
        let same = byIndicator[indicatorID] ?? []
        if Set(same.map(\.quantity)).count > 1 {
          conflicts.append(
            Conflict(geo: key.geo, kind: .differentFigures, year: key.year, targets: same))
        }
      }
      let nested = group.filter { target in
        group.contains { other in
          other.indicator != target.indicator && sameMeasure(other.indicator, target.indicator)
        }
      }
      if !nested.isEmpty {
        conflicts.append(
          Conflict(geo: key.geo, kind: .overlappingScope, year: key.year, targets: nested))
      }
    }
    return conflicts
  }

  private func sameMeasure(_ a: String, _ b: String) -> Bool {
    guard let ia = indicator(id: a), let ib = indicator(id: b) else { return false }
    return ia.unit == ib.unit && ia.denominator == ib.denominator
  }
}

extension Sequence where Element: Hashable {
  /// The elements in order, each once.
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
