import Foundation
import Support

/// Checks many quotes against one source text at once (existence only).
///
/// Quotes usually follow the document's order, so each is first looked for just after the
/// previous one's match; the others are found in one Rabin–Karp pass over the text for all
/// of them together. Either way the cost is about one pass over the text per batch instead of
/// one per quote.
extension SourceText {
  /// For each needle (collapsed NFC UTF-8, see `Text.collapsedUTF8`), whether it occurs,
  /// and where the last needle found near its predecessor ends (to resume from next time).
  /// - Parameter cursor: where to look for the first needle.
  /// - Complexity: O(n + Σ m) expected for a text of n bytes and needles of m bytes.
  func contains(_ needles: [[UInt8]], from cursor: Int) -> ([Bool], Int) {
    var found = [Bool](repeating: false, count: needles.count)
    var left: [Int] = []
    var cursor = cursor
    for (index, needle) in needles.enumerated() {
      let window = cursor + needle.count + 512
      if let start = firstMatch(of: needle[...], from: cursor, limit: window) {
        found[index] = true
        cursor = start + needle.count
      } else {
        left.append(index)
      }
    }
    var short: [Int] = []
    var long: [Int] = []
    for index in left where !needles[index].isEmpty {
      if needles[index].count < 8 { short.append(index) } else { long.append(index) }
    }
    for index in short { found[index] = firstMatch(of: needles[index][...]) != nil }
    if !long.isEmpty { scan(needles, long, &found) }
    return (found, cursor)
  }

  /// One rolling-hash pass over the text for needles of at least eight bytes.
  private func scan(_ needles: [[UInt8]], _ indices: [Int], _ found: inout [Bool]) {
    let width = min(32, indices.map { needles[$0].count }.min() ?? 32)
    guard bytes.count >= width else { return }
    let multiplier: UInt64 = 0x100_0000_01B3
    var power: UInt64 = 1  // multiplier^(width - 1)
    for _ in 1..<width { power &*= multiplier }
    func hash<C: Collection<UInt8>>(_ slice: C) -> UInt64 {
      slice.reduce(0) { $0 &* multiplier &+ UInt64($1) }
    }
    var table: [UInt64: [Int]] = [:]
    var bits = 64
    while bits < indices.count * 16 { bits *= 2 }
    var filter = [UInt64](repeating: 0, count: bits / 64)
    let shift = UInt64(64 - bits.trailingZeroBitCount)
    func slot(_ h: UInt64) -> Int { Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift) }
    for index in indices {
      let h = hash(needles[index][0..<width])
      table[h, default: []].append(index)
      filter[slot(h) >> 6] |= 1 << UInt64(slot(h) & 63)
    }
    var remaining = indices.count
    bytes.withUnsafeBufferPointer { text in
      var h = hash(text[0..<width])
      var position = 0
      while true {
        let s = slot(h)
        if filter[s >> 6] & (1 << UInt64(s & 63)) != 0, let candidates = table[h] {
          for index in candidates where !found[index] && Self.occurs(needles[index], text, position)
          {
            found[index] = true
            remaining -= 1
          }
          if remaining == 0 { return }
        }
        guard position + width < text.count else { return }
        h = (h &- UInt64(text[position]) &* power) &* multiplier &+ UInt64(text[position + width])
        position += 1
      }
    }
  }

  private static func occurs(
    _ needle: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ position: Int
  ) -> Bool {
    guard position + needle.count <= text.count, let base = text.baseAddress else { return false }
    return needle.withUnsafeBufferPointer { pin in
      guard let pattern = pin.baseAddress else { return true }
      return memcmp(base + position, pattern, pin.count) == 0
    }
  }
}
