/// How a provincial target stands against the national target for the same indicator and year.
public struct NationalStanding: Sendable, Hashable {
  /// The classification of a provincial target against its national counterpart.
  public enum Status: String, Sendable, Hashable {
    case above = "above national"
    /// Same comparator and figure: most likely copied from the national document.
    case equal = "equal / copied"
    /// Same figure, different wording ("đạt 40%" against "tối thiểu 40%").
    case sameFigure = "same figure"
    case below = "below national"
    /// The stated ranges overlap.
    case overlapping = "overlaps national"
    case noCounterpart = "no national counterpart"
    /// A national target exists but cannot be compared (qualitative, no year …).
    case notComparable = "not comparable"
  }

  /// The provincial target.
  public var target: Target
  /// How it stands against the national target.
  public var status: Status
  /// The national target used, if any.
  public var national: Target?
  /// Why this national target was chosen among several, or why none could be compared.
  public var note: String
}

extension Catalog {
  /// The standing of `target` against the national (`VN`) target of its indicator and year.
  ///
  /// When several national targets exist, the one from a document that the provincial
  /// document implements is preferred (a Resolution 57 action program is held against
  /// Resolution 57), then the most direct text (primary over secondary over translation: the
  /// resolution's own text over press paraphrases), then the first in file order; the choice
  /// and the others are stated in `note`.
  public func nationalStanding(of target: Target) -> NationalStanding {
    let candidates =
      target.horizon.map { horizon in
        index.nationalTargets(target.indicator, year: horizon.year, self).map { targets[$0] }
      } ?? []
    guard target.horizon != nil, !candidates.isEmpty else {
      return NationalStanding(target: target, status: .noCounterpart, national: nil, note: "")
    }
    let implemented = Set(document(id: target.provenance.source)?.implements ?? [])
    let national = preferredNational(candidates, implementing: implemented) ?? candidates[0]
    var note = ""
    if candidates.count > 1 {
      let others = candidates.filter { $0.id != national.id }.map(\.id).joined(separator: ", ")
      let from =
        implements(national, implemented)
        ? "national target of the implemented document "
          + (document(id: national.provenance.source)?.number ?? "")
        : "national target"
      note =
        "\(from): \(national.id) (\(national.provenance.confidence.rawValue) text) is used, "
        + "preferred to \(others) (implemented document, then primary over secondary over "
        + "translation, then file order)"
    }
    guard case .comparable = comparability(target, national).simplified,
      let q = target.quantity, let n = national.quantity,
      let polarity = indicator(id: target.indicator)?.polarity
    else {
      let reason = comparability(target, national)
      return NationalStanding(
        target: target, status: .notComparable, national: national, note: reason.description)
    }
    let status: NationalStanding.Status
    if q == n {
      status = .equal
    } else {
      switch FigureComparison(q, n, polarity: polarity).ambition {
      case .first: status = .above
      case .second: status = .below
      case .same: status = .sameFigure
      case .overlapping: status = .overlapping
      }
    }
    return NationalStanding(target: target, status: status, national: national, note: note)
  }
}

extension Catalog {
  /// The national target a comparison uses among several for one indicator and year: the one
  /// from a document in `implemented` (the numbers a provincial document implements) first,
  /// then the most direct text (a primary Vietnamese text over press paraphrases and
  /// translations), then the first in the file.
  public func preferredNational(_ candidates: [Target], implementing implemented: Set<String>)
    -> Target?
  {
    candidates.enumerated().min { a, b in
      (
        implements(a.element, implemented) ? 0 : 1, a.element.provenance.confidence.directness,
        a.offset
      )
        < (
          implements(b.element, implemented) ? 0 : 1, b.element.provenance.confidence.directness,
          b.offset
        )
    }?.element
  }

  private func implements(_ candidate: Target, _ implemented: Set<String>) -> Bool {
    guard let number = document(id: candidate.provenance.source)?.number, !number.isEmpty else {
      return false
    }
    return implemented.contains(number)
  }
}

extension Comparability {
  /// Caveats do not stop a comparison: `.comparable` for both comparable verdicts.
  var simplified: Comparability {
    if case .comparableWithCaveat = self { return .comparable }
    return self
  }
}
