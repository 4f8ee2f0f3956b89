/// A target a merged province takes over from a province that ceased to exist, by a stated
/// rule. Reports label such targets "inherited"; they are never passed off as the successor's
/// own.
public struct InheritedTarget: Sendable, Hashable {
  /// The explicit rules by which a predecessor's target maps onto its successor.
  public enum Rule: Sendable, Hashable, CustomStringConvertible {
    /// Only one predecessor set a target for the indicator and year: it is taken over as is.
    case solePredecessor(String)
    /// Several predecessors did: their figures are combined, weighted by the indicator's
    /// regional weight observed in `year` (e.g. GRDP for a share of GRDP).
    case weighted(by: String, year: Int, weights: [String: Double])

    /// The rule in English words, as reports print it next to an inherited target.
    public var description: String {
      switch self {
      case .solePredecessor(let id): "inherited from \(id), the only predecessor with this target"
      case .weighted(let variable, let year, _):
        "inherited: predecessors' figures weighted by \(variable) (\(year))"
      }
    }
  }

  /// The target as it applies to the successor (its `geo` is the successor).
  public var target: Target
  /// The predecessor targets it comes from.
  public var sources: [Target]
  /// How the predecessors' targets map onto the successor.
  public var rule: Rule
}

/// A predecessor target that was not carried over, and why.
public struct UninheritedTarget: Sendable, Hashable {
  /// The predecessor's target.
  public var target: Target
  /// Why it does not carry over.
  public var cause: ExclusionReason
  /// The cause in English.
  public var reason: String { cause.description }
}

extension Catalog {
  /// The targets `successor` inherits from its predecessors under the explicit rules, and
  /// the predecessor targets that do not carry over, with the reason.
  ///
  /// A successor's own target for an indicator and year always wins. Qualitative and rank
  /// targets carry over only from a sole predecessor, since they cannot be averaged.
  public func inheritance(of successor: String) -> (
    inherited: [InheritedTarget], left: [UninheritedTarget]
  ) {
    let predecessors = predecessors(of: successor).map(\.id)
    guard !predecessors.isEmpty else { return ([], []) }
    struct Key: Hashable {
      var indicator: String
      var horizon: Horizon?
    }
    let own = Set(
      index.targets(ofGeo: successor, self).map {
        Key(indicator: targets[$0].indicator, horizon: targets[$0].horizon)
      })
    var groups: [Key: [Target]] = [:]
    var order: [Key] = []
    let predecessorTargets = Set(predecessors).flatMap { index.targets(ofGeo: $0, self) }.sorted()
    for target in predecessorTargets.map({ targets[$0] }) {
      let key = Key(indicator: target.indicator, horizon: target.horizon)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(target)
    }
    var inherited: [InheritedTarget] = []
    var left: [UninheritedTarget] = []
    for key in order {
      let group = groups[key] ?? []
      if own.contains(key) {
        left += group.map {
          UninheritedTarget(target: $0, cause: .successorSetsOwnTarget(successor: successor))
        }
        continue
      }
      let geos = Set(group.map(\.geo))
      if geos.count == 1, let geo = geos.first {
        inherited += group.map {
          InheritedTarget(
            target: retargeted($0, to: successor), sources: [$0], rule: .solePredecessor(geo))
        }
        continue
      }
      switch weightedCombination(group, successor: successor) {
      case .success(let combined): inherited.append(combined)
      case .failure(let reason):
        left += group.map { UninheritedTarget(target: $0, cause: .notCombinable(reason.refusal)) }
      }
    }
    return (inherited, left)
  }

  /// `Result` needs an `Error`; the refusal itself is data.
  private struct Refused: Error {
    var refusal: InheritanceRefusal
    init(_ refusal: InheritanceRefusal) { self.refusal = refusal }
  }

  private func retargeted(_ target: Target, to successor: String) -> Target {
    var copy = target
    copy.geo = successor
    copy.id = "\(target.id)@\(successor)"
    return copy
  }

  private func weightedCombination(_ group: [Target], successor: String) -> Result<
    InheritedTarget, Refused
  > {
    guard let first = group.first, let indicator = indicator(id: first.indicator) else {
      return .failure(Refused(.unknownIndicator))
    }
    guard group.allSatisfy({ $0.kind == .quantitative }) else {
      return .failure(Refused(.notQuantitative))
    }
    let geos = Array(Set(group.map(\.geo))).sorted()
    guard geos.count == group.count else {
      return .failure(Refused(.conflictingPredecessor))
    }
    let comparators = Set(group.compactMap { $0.quantity?.comparator })
    guard comparators.count == 1, let comparator = comparators.first else {
      return .failure(Refused(.differentComparators))
    }
    guard case .by(let variable) = indicator.regionalWeight else {
      return .failure(Refused(.noRegionalWeight))
    }
    let observed = index.observations(ofVariable: variable, self)
    let years = geos.map { geo in Set((observed[geo] ?? []).map(\.year)) }
    guard let year = years.dropFirst().reduce(years.first ?? [], { $0.intersection($1) }).max()
    else {
      return .failure(Refused(.noCommonYear(variable: variable)))
    }
    var weights: [String: Double] = [:]
    for geo in geos {
      weights[geo] = observed[geo]?.first { $0.year == year }?.value
    }
    let total = weights.values.reduce(0, +)
    guard total > 0 else { return .failure(Refused(.zeroWeights)) }
    func mean(_ value: (Quantity) -> Double) -> Double {
      group.reduce(0) { sum, t in sum + (weights[t.geo] ?? 0) * (t.quantity.map(value) ?? 0) }
        / total
    }
    let low = mean(\.value)
    let high =
      group.allSatisfy { $0.quantity?.valueHigh != nil } ? mean { $0.valueHigh ?? $0.value } : nil
    var combined = retargeted(first, to: successor)
    combined.id = group.map(\.id).joined(separator: "+") + "@\(successor)"
    combined.quantity = Quantity(comparator, low, high: comparator.allowsHighValue ? high : nil)
    combined.label = ""
    return .success(
      InheritedTarget(
        target: combined, sources: group,
        rule: .weighted(by: variable, year: year, weights: weights)))
  }
}
