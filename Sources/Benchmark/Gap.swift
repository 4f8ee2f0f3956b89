import Catalog

/// How far a figure is from a reference, oriented so that a positive gap is always better.
public struct Gap: Sendable, Hashable {
  /// `figure − reference` as a range (for lower-is-better indicators, `reference − figure`).
  public var absolute: FigureRange
  /// The absolute gap in percent of the reference's midpoint; nil when that is zero.
  public var relative: FigureRange?

  /// The gap of `figure` to `reference` for an indicator of `polarity`.
  public init(_ figure: FigureRange, to reference: FigureRange, polarity: Polarity) {
    absolute = figure.minus(reference).oriented(polarity)
    let base = abs(reference.mid)
    relative = base == 0 ? nil : FigureRange(absolute.low / base * 100, absolute.high / base * 100)
  }
}

/// A province's position in the regional league table of one indicator and year.
public struct RegionalRank: Sendable, Hashable, CustomStringConvertible {
  /// Competition rank: 1 is best; tied provinces share the best rank of their block.
  public var position: Int
  /// Provinces with a figure (n).
  public var ranked: Int
  /// Members of the region (m).
  public var members: Int
  /// Other provinces with the same figure.
  public var tiedWith: [String]

  /// `2 of 5 (14 members)`, with `=` for a tie.
  public var description: String {
    "\(tiedWith.isEmpty ? "" : "=")\(position) of \(ranked) (\(members) members)"
  }
}

/// Whether an indicator is a strength or weakness of a province against its region.
public enum StrengthMark: String, Sendable, Hashable {
  case strength
  case weakness
  case neither
  /// Fewer than three provinces have a figure: no mark is given.
  case tooFew = "too few provinces"
}

extension RegionalStatistic {
  /// The midpoints of the contributors' figures, in contribution order.
  var mids: [Double] { memo.mids(contributions) }

  /// The rank of `geo` by its figure's midpoint (ranges overlap, so midpoints order them).
  /// - Complexity: O(1) after the first call for a polarity, O(n log n).
  public func rank(of geo: String, polarity: Polarity) -> RegionalRank? {
    guard let index = memo.position(of: geo, in: contributions) else { return nil }
    let ranks = memo.ranks(contributions, polarity)
    let tied = memo.tied(with: mids[index], contributions).filter { $0 != index }
    return RegionalRank(
      position: ranks[index], ranked: contributions.count, members: members.count,
      tiedWith: tied.map { contributions[$0].geo })
  }

  /// The standardised gap `(x − mean) / sd` of `geo`'s midpoint, oriented; nil for n < 2 or sd 0.
  public func zScore(of geo: String, polarity: Polarity) -> Double? {
    guard let c = contribution(of: geo), let mean = memo.meanOfMids(contributions),
      let sd = standardDeviation, sd > 0
    else { return nil }
    return (c.figure.mid - mean) / sd * (polarity == .higher ? 1 : -1)
  }

  /// The percentile of `geo`'s midpoint among the contributors, oriented (100 is best): the
  /// value of `Statistics.percentile`, counted by binary search in the sorted midpoints.
  public func percentile(of geo: String, polarity: Polarity) -> Double? {
    contribution(of: geo).map { c in
      let value = c.figure.mid
      let sorted = memo.sortedMids(contributions)
      guard sorted.count > 1, !value.isNaN, !sorted.contains(where: \.isNaN) else {
        return Statistics.percentile(of: value, among: mids, polarity: polarity)
      }
      let below = Self.count(in: sorted) { $0 < value }
      let notAbove = Self.count(in: sorted) { $0 <= value }
      let worse = polarity == .higher ? below : sorted.count - notAbove
      let tied = notAbove - below - 1
      return 100 * (Double(worse) + 0.5 * Double(tied)) / Double(sorted.count - 1)
    }
  }

  /// The number of leading elements of ascending `sorted` that satisfy `isLow`.
  private static func count(in sorted: [Double], _ isLow: (Double) -> Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if isLow(sorted[mid]) { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Strength or weakness of `geo` (see docs/methodology.md): with five or more figures, the
  /// GII group rule (beyond the mean by more than one standard deviation); with three or four,
  /// the best rank is a strength and the worst a weakness; with fewer, no mark.
  public func mark(of geo: String, polarity: Polarity) -> StrengthMark {
    guard contribution(of: geo) != nil else { return .neither }
    let n = contributions.count
    if n < 3 { return .tooFew }
    if n >= 5 {
      guard let z = zScore(of: geo, polarity: polarity) else { return .neither }
      return z > 1 ? .strength : z < -1 ? .weakness : .neither
    }
    let ranks = memo.ranks(contributions, polarity)
    guard let index = memo.position(of: geo, in: contributions) else { return .neither }
    if ranks[index] == 1 && ranks.filter({ $0 == 1 }).count < n { return .strength }
    let worst = ranks.max() ?? 0
    if ranks[index] == worst && worst > 1 { return .weakness }
    return .neither
  }

  /// The provinces with the best figure (several when tied).
  public func leaders(polarity: Polarity) -> [Contribution] {
    let ranks = memo.ranks(contributions, polarity)
    return contributions.indices.filter { ranks[$0] == 1 }.map { contributions[$0] }
  }
}
