/// Why two targets cannot be set side by side.
public enum NotComparableReason: Sendable, Hashable, CustomStringConvertible {
  /// The target states no figure.
  case qualitative(target: String)
  /// One is a league-table position, the other a figure.
  case rankVersusFigure
  /// The target gives no year.
  case missingYear(target: String)
  case differentHorizon(Horizon, Horizon)
  /// Same family, different denominators: a share of the local budget against a share of GRDP.
  case differentDenominator(String, String)
  case differentUnit(Unit, Unit)
  /// Same family, unit and denominator, different coverage (S&T against S&T + innovation + DT).
  case differentScope(String, String)
  case differentIndicator(String, String)
  /// The other province has nothing to compare with.
  case noCounterpart(geo: String)

  /// The reason in English words, as listings print it.
  public var description: String {
    switch self {
    case .qualitative(let id): "qualitative target \(id): no figure to compare"
    case .rankVersusFigure: "a rank target against a figure"
    case .missingYear(let id): "target \(id) gives no year"
    case .differentHorizon(let a, let b): "different horizon: \(a) vs \(b)"
    case .differentDenominator(let a, let b):
      "different denominator: \(Self.words(a)) vs \(Self.words(b))"
    case .differentUnit(let a, let b): "different unit: \(a.rawValue) vs \(b.rawValue)"
    case .differentScope(let a, let b): "different scope: \(a) vs \(b)"
    case .differentIndicator(let a, let b): "different indicators: \(a) vs \(b)"
    case .noCounterpart(let geo): "no target of \(geo) for this indicator"
    }
  }

  /// An id in words: `local_budget_expenditure` → `local budget expenditure`.
  public static func words(_ id: String) -> String { id.replacingOccurrences(of: "_", with: " ") }
}

/// Something an analyst must read before trusting a side-by-side figure.
public enum Caveat: Sendable, Hashable, CustomStringConvertible {
  /// The data states one (`caveat` column).
  case stated(target: String, String)
  /// "khoảng": the figure is approximate.
  case approximate(target: String)
  /// The figure comes from a press report or a translation, not the issuer's text.
  case confidence(target: String, Confidence)
  /// Growth targets over different periods.
  case differentPeriods(Horizon, Horizon)
  /// The target was inherited through the 2025 merger.
  case inherited(target: String, rule: String)

  /// The caveat in English words, naming the target it concerns.
  public var description: String {
    switch self {
    case .stated(let id, let text): "\(id): \(text)"
    case .approximate(let id): "\(id) is approximate (khoảng)"
    case .confidence(let id, let confidence): "\(id) is from a \(confidence.rawValue) source"
    case .differentPeriods(let a, let b): "different periods: \(a) vs \(b)"
    case .inherited(let id, let rule): "\(id) is \(rule)"
    }
  }
}

/// The verdict on setting two targets side by side.
public enum Comparability: Sendable, Hashable, CustomStringConvertible {
  case comparable
  case comparableWithCaveat([Caveat])
  case notComparable(NotComparableReason)

  /// Whether the targets may be set side by side, with caveats or without.
  public var isComparable: Bool {
    if case .notComparable = self { return false }
    return true
  }

  /// `comparable`, `comparable with caveat` or `not comparable`.
  public var verdict: String {
    switch self {
    case .comparable: "comparable"
    case .comparableWithCaveat: "comparable with caveat"
    case .notComparable: "not comparable"
    }
  }

  /// The verdict, followed by the caveats or the reason.
  public var description: String {
    switch self {
    case .comparable: verdict
    case .comparableWithCaveat(let caveats):
      verdict + ": " + caveats.map(\.description).joined(separator: "; ")
    case .notComparable(let reason): verdict + ": \(reason)"
    }
  }
}

extension Catalog {
  /// Whether targets `a` and `b` measure the same thing in the same way by the same year.
  ///
  /// Same indicator (hence unit and denominator) and the same horizon year make a comparison;
  /// stated caveats, approximate figures and non-primary sources make it one with caveats.
  public func comparability(_ a: Target, _ b: Target) -> Comparability {
    if let reason = reasonNotComparable(a, b) { return .notComparable(reason) }
    var caveats: [Caveat] = []
    if let ha = a.horizon, let hb = b.horizon, ha.startYear != hb.startYear {
      caveats.append(.differentPeriods(ha, hb))
    }
    caveats += self.caveats(of: a) + self.caveats(of: b)
    return caveats.isEmpty ? .comparable : .comparableWithCaveat(caveats)
  }

  /// What must be read with one target's figure: its stated caveat, "khoảng", a
  /// non-primary source.
  public func caveats(of t: Target) -> [Caveat] {
    var caveats: [Caveat] = []
    if !t.caveat.isEmpty { caveats.append(.stated(target: t.id, t.caveat)) }
    if t.quantity?.comparator == .approximately { caveats.append(.approximate(target: t.id)) }
    if t.provenance.confidence != .primary {
      caveats.append(.confidence(target: t.id, t.provenance.confidence))
    }
    return caveats
  }

  private func reasonNotComparable(_ a: Target, _ b: Target) -> NotComparableReason? {
    // No figure, nothing to compare: this is the first thing a reader needs to know.
    for t in [a, b] where t.kind == .qualitative { return .qualitative(target: t.id) }
    if a.indicator != b.indicator {
      guard let ia = indicator(id: a.indicator), let ib = indicator(id: b.indicator) else {
        return .differentIndicator(a.indicator, b.indicator)
      }
      if ia.family != ib.family { return .differentIndicator(ia.id, ib.id) }
      if ia.denominator != ib.denominator {
        return .differentDenominator(ia.denominator, ib.denominator)
      }
      if ia.unit != ib.unit { return .differentUnit(ia.unit, ib.unit) }
      return .differentScope(ia.nameEn, ib.nameEn)
    }
    if (a.kind == .rank) != (b.kind == .rank) { return .rankVersusFigure }
    guard let ha = a.horizon else { return .missingYear(target: a.id) }
    guard let hb = b.horizon else { return .missingYear(target: b.id) }
    if ha.year != hb.year { return .differentHorizon(ha, hb) }
    if a.unit != b.unit { return .differentUnit(a.unit, b.unit) }
    return nil
  }
}
