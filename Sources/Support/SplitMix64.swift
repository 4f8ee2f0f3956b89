/// SplitMix64 (Steele, Lea and Flood 2014): the seeded generator of the synthetic dataset and
/// of the tests' random inputs, and the seeder of the uncertainty analysis's xoshiro256**.
///
/// Every draw of `SyntheticDataset` comes from one generator in a fixed order, so one seed
/// always gives byte-identical files.
public struct SplitMix64: Sendable {
  private var state: UInt64

  /// A generator whose draws are fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.finalise(state)
  }

  /// The output of a generator started at `value`: `SplitMix64(seed: value).next()`.
  public static func mix(_ value: UInt64) -> UInt64 {
    finalise(value &+ 0x9E37_79B9_7F4A_7C15)
  }

  private static func finalise(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `range`, by multiply-shift (the bias is below 2⁻³² for small ranges).
  package mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
  }

  /// True with probability `percent` / 100.
  package mutating func chance(_ percent: Int) -> Bool {
    int(in: 0...99) < percent
  }

  /// One of `choices`, with the given weights.
  package mutating func pick<T>(_ choices: [(T, Int)]) -> T {
    precondition(!choices.isEmpty, "nothing to pick from")
    var draw = int(in: 0...(choices.reduce(0) { $0 + $1.1 } - 1))
    for (choice, weight) in choices {
      if draw < weight { return choice }
      draw -= weight
    }
    return choices[choices.count - 1].0
  }
}
