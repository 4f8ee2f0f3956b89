import Support

/// The seeded generator of the uncertainty analysis: xoshiro256** seeded through SplitMix64.
///
/// Each Monte Carlo run draws from its own stream, a function of `(seed, stream)` only, so a
/// run's draws do not depend on which thread runs it or how runs are split between jobs.
public struct UncertaintyRandom: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator for `stream` (e.g. a run number) under `seed`.
  ///
  /// The four state words are four SplitMix64 outputs started at `mix(seed) ^ mix(stream + 1)`,
  /// so nearby seeds and streams give unrelated states and the state is never all zero.
  public init(seed: UInt64, stream: UInt64 = 0) {
    var splitMix = SplitMix64(seed: SplitMix64.mix(seed) ^ SplitMix64.mix(stream &+ 1))
    s0 = splitMix.next()
    s1 = splitMix.next()
    s2 = splitMix.next()
    s3 = splitMix.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  /// A generator with explicit state words, for checking against reference vectors.
  /// - Precondition: not all zero.
  init(state: (UInt64, UInt64, UInt64, UInt64)) {
    precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro state is not all zero")
    (s0, s1, s2, s3) = state
  }

  /// The next 64 random bits (xoshiro256**, Blackman and Vigna 2018).
  public mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform index in `0..<count` from one unit draw (`⌊u · count⌋`).
  /// - Precondition: `count > 0`.
  public mutating func nextIndex(below count: Int) -> Int {
    precondition(count > 0, "an index needs a non-empty range")
    return min(Int(nextUnit() * Double(count)), count - 1)
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
