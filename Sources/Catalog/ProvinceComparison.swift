/// Two provinces' targets side by side: what aligns, what does not and why, and the
/// conflicts inside each province.
public struct ProvinceComparison: Sendable {
  /// One indicator and year that both provinces target with a figure.
  public struct Row: Sendable, Hashable {
    /// The indicator's id.
    public var indicator: String
    /// The horizon year both provinces target.
    public var year: Int
    /// The first province's targets with this figure (restatements in several documents).
    public var first: [Target]
    /// The second province's targets with the figure compared.
    public var second: [Target]
    /// The two figures set against each other: their difference and which asks for more.
    public var figures: FigureComparison
    /// `.comparable` or `.comparableWithCaveat`.
    public var verdict: Comparability
  }

  /// A target that has no comparable counterpart, with the closest counterpart and the reason.
  public struct Unmatched: Sendable, Hashable {
    /// The target without a comparable counterpart.
    public var target: Target
    /// The other province's nearest target; nil when it has none in the indicator's family.
    public var counterpart: Target?
    /// Why the two cannot be compared, or that the other side has nothing.
    public var reason: NotComparableReason
  }

  /// The first province's id.
  public var first: String
  /// The second province's id.
  public var second: String
  /// One row per pair of figures, by indicator in `indicators.csv` order, then by year.
  public var rows: [Row]
  /// Targets with a counterpart that cannot be compared (different denominator, horizon …).
  public var notComparable: [Unmatched]
  /// Targets the other province has nothing for.
  public var oneSided: [Unmatched]
  /// The conflicts among each province's own targets: the first's, then the second's.
  public var conflicts: [Conflict]
  /// Targets inherited through the 2025 merger that take part in the comparison.
  public var inherited: [InheritedTarget]
}

extension Catalog {
  /// Compares the targets of provinces `a` and `b` (ids).
  ///
  /// A province created on 1 July 2025 takes part with its own targets and those it inherits
  /// from its predecessors (see `inheritance(of:)`); inherited ones carry a caveat.
  public func compare(_ a: String, _ b: String) -> ProvinceComparison {
    let inheritedA = inheritance(of: a).inherited
    let inheritedB = inheritance(of: b).inherited
    let inheritedRules = Dictionary(
      (inheritedA + inheritedB).map { ($0.target.id, $0.rule.description) },
      uniquingKeysWith: { x, _ in x })
    let sideA = index.targets(ofGeo: a, self).map { targets[$0] } + inheritedA.map(\.target)
    let sideB = index.targets(ofGeo: b, self).map { targets[$0] } + inheritedB.map(\.target)
    func verdict(_ x: Target, _ y: Target) -> Comparability {
      let base = comparability(x, y)
      let extra = [x, y].compactMap { t in
        inheritedRules[t.id].map { Caveat.inherited(target: t.id, rule: $0) }
      }
      switch (base, extra.isEmpty) {
      case (_, true), (.notComparable, _): return base
      case (.comparable, false): return .comparableWithCaveat(extra)
      case (.comparableWithCaveat(let caveats), false):
        return .comparableWithCaveat(caveats + extra)
      }
    }

    var rows: [ProvinceComparison.Row] = []
    var matched = Set<String>()
    var notComparable: [ProvinceComparison.Unmatched] = []
    let indicatorOrder = Dictionary(
      indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
    let figured = (sideA + sideB).filter { $0.kind != .qualitative && $0.horizon != nil }
    let keys = figured.map { KeyPair(indicator: $0.indicator, year: $0.horizon?.year ?? 0) }
      .uniqued().sorted {
        (indicatorOrder[$0.indicator] ?? .max, $0.year) < (
          indicatorOrder[$1.indicator] ?? .max, $1.year
        )
      }
    for key in keys {
      let pick = { (side: [Target]) in
        side.filter {
          $0.indicator == key.indicator && $0.horizon?.year == key.year && $0.kind != .qualitative
        }
      }
      let (inA, inB) = (pick(sideA), pick(sideB))
      guard !inA.isEmpty, !inB.isEmpty, let polarity = indicator(id: key.indicator)?.polarity else {
        continue
      }
      for groupA in Self.byFigure(inA) {
        for groupB in Self.byFigure(inB) {
          let (x, y) = (groupA[0], groupB[0])
          let v = verdict(x, y)
          if case .notComparable(let reason) = v {
            notComparable.append(.init(target: x, counterpart: y, reason: reason))
          } else if let qx = x.quantity, let qy = y.quantity {
            rows.append(
              .init(
                indicator: key.indicator, year: key.year, first: groupA, second: groupB,
                figures: FigureComparison(qx, qy, polarity: polarity), verdict: v))
          }
          matched.formUnion((groupA + groupB).map(\.id))
        }
      }
    }
    var oneSided: [ProvinceComparison.Unmatched] = []
    for (side, other, otherGeo) in [(sideA, sideB, b), (sideB, sideA, a)] {
      for target in side where !matched.contains(target.id) {
        guard let counterpart = closestCounterpart(to: target, in: other),
          case .notComparable(let reason) = verdict(target, counterpart)
        else {
          oneSided.append(
            .init(target: target, counterpart: nil, reason: .noCounterpart(geo: otherGeo)))
          continue
        }
        notComparable.append(.init(target: target, counterpart: counterpart, reason: reason))
      }
    }
    return ProvinceComparison(
      first: a, second: b, rows: rows, notComparable: notComparable, oneSided: oneSided,
      conflicts: conflicts(geo: a) + conflicts(geo: b), inherited: inheritedA + inheritedB)
  }

  private struct KeyPair: Hashable {
    var indicator: String
    var year: Int
  }

  /// Targets grouped by identical figure, in order: restatements form one group.
  private static func byFigure(_ targets: [Target]) -> [[Target]] {
    var groups: [[Target]] = []
    for target in targets {
      if let index = groups.firstIndex(where: {
        $0[0].quantity == target.quantity && $0[0].kind == target.kind
      }) {
        groups[index].append(target)
      } else {
        groups.append([target])
      }
    }
    return groups
  }

  /// The nearest thing the other side has: same indicator and year, same indicator, then the
  /// same family in the same year, then the same family.
  private func closestCounterpart(to target: Target, in other: [Target]) -> Target? {
    let family = indicator(id: target.indicator)?.family
    let sameFamily = other.filter { indicator(id: $0.indicator)?.family == family }
    let year = target.horizon?.year
    return sameFamily.first { $0.indicator == target.indicator && $0.horizon?.year == year }
      ?? sameFamily.first { $0.indicator == target.indicator }
      ?? sameFamily.first { $0.horizon?.year == year }
      ?? sameFamily.first
  }
}
