extension Document {
  /// The date as (year, month, day) for ordering, read from `d/m/yyyy`, `m/yyyy` or `yyyy`;
  /// missing parts are 0, an unreadable or empty date is (0, 0, 0) and sorts first.
  public var dateKey: [Int] {
    let parts = date.split(separator: "/").map { Int($0) }
    guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return [0, 0, 0] }
    let numbers = parts.compactMap { $0 }
    switch numbers.count {
    case 1: return [numbers[0], 0, 0]
    case 2: return [numbers[1], numbers[0], 0]
    case 3: return [numbers[2], numbers[1], numbers[0]]
    default: return [0, 0, 0]
    }
  }
}

extension Catalog {
  /// The documented order in which one of several disagreeing targets of a province is used.
  public static let targetPreferenceOrder =
    "adopted over draft, primary over secondary over translation, later document over earlier, "
    + "then the first in the file"

  /// The target a statistic uses among disagreeing targets of one province, indicator and
  /// year (`targetPreferenceOrder`); the others stay listed with it.
  public func preferredTarget(among candidates: [Target]) -> Target? {
    func key(_ offset: Int, _ target: Target) -> [Int] {
      let document = document(id: target.provenance.source)
      let draft = document?.status == .draft ? 1 : 0
      let directness = target.provenance.confidence.directness
      // later first: negate the date
      let date = (document?.dateKey ?? [0, 0, 0]).map { -$0 }
      return [draft, directness] + date + [offset]
    }
    return candidates.enumerated().min { a, b in
      key(a.offset, a.element).lexicographicallyPrecedes(key(b.offset, b.element))
    }?.element
  }
}
