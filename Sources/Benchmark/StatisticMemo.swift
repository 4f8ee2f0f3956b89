import Catalog
import Foundation

/// Lookups over a regional statistic's contributions (position by geo, midpoints, their mean,
/// sorted midpoints, competition ranks, tie groups), built on first use and kept with the
/// value; a statistic replaces its memo when its contributions change.
///
/// Every memo equals every other and hashes to nothing, so a statistic's equality and hash
/// are those of its data.
struct StatisticMemo: Sendable, Hashable {
  private let box = Box()

  static func == (_: StatisticMemo, _: StatisticMemo) -> Bool { true }
  func hash(into _: inout Hasher) {}

  private final class Box: @unchecked Sendable {
    let lock = NSLock()
    var positions: [String: Int]?
    var mids: [Double]?
    var mean: Double??
    var sorted: [Double]?
    var ranks: [Polarity: [Int]] = [:]
    var ties: [Double: [Int]]?
  }

  private func cached<T>(_ get: (Box) -> T?, _ set: (Box, T) -> Void, _ build: () -> T) -> T {
    box.lock.lock()
    defer { box.lock.unlock() }
    if let value = get(box) { return value }
    let value = build()
    set(box, value)
    return value
  }

  /// The first contribution of `geo`.
  func position(of geo: String, in contributions: [Contribution]) -> Int? {
    cached({ $0.positions }, { $0.positions = $1 }) {
      var positions: [String: Int] = [:]
      positions.reserveCapacity(contributions.count)
      for (index, c) in contributions.enumerated() where positions[c.geo] == nil {
        positions[c.geo] = index
      }
      return positions
    }[geo]
  }

  func mids(_ contributions: [Contribution]) -> [Double] {
    cached({ $0.mids }, { $0.mids = $1 }) { contributions.map(\.figure.mid) }
  }

  /// `Statistics.mean` of the midpoints.
  func meanOfMids(_ contributions: [Contribution]) -> Double? {
    let mids = mids(contributions)
    return cached({ $0.mean }, { $0.mean = .some($1) }) { Statistics.mean(mids) }
  }

  /// The midpoints in ascending order.
  func sortedMids(_ contributions: [Contribution]) -> [Double] {
    let mids = mids(contributions)
    return cached({ $0.sorted }, { $0.sorted = $1 }) { mids.sorted() }
  }

  /// `Statistics.competitionRanks` of the midpoints.
  func ranks(_ contributions: [Contribution], _ polarity: Polarity) -> [Int] {
    let mids = mids(contributions)
    return cached({ $0.ranks[polarity] }, { $0.ranks[polarity] = $1 }) {
      Statistics.competitionRanks(mids, polarity: polarity)
    }
  }

  /// The positions of the contributions whose midpoint equals `mid`, ascending.
  func tied(with mid: Double, _ contributions: [Contribution]) -> [Int] {
    let mids = mids(contributions)
    guard !mid.isNaN else { return [] }  // NaN equals nothing, itself included
    return cached({ $0.ties }, { $0.ties = $1 }) {
      var groups: [Double: [Int]] = [:]
      for (index, value) in mids.enumerated() where !value.isNaN {
        groups[value, default: []].append(index)
      }
      return groups
    }[mid] ?? []
  }
}
