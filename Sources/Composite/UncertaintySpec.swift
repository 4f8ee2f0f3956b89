import Foundation

/// The uncertain assumptions of an uncertainty analysis and how many runs to make, as in
/// COINr's `get_sensitivity(SA_type = "UA")`.
///
/// Each run draws, independently and uniformly, one winsorisation limit, one normalisation and
/// one aggregation method from the given alternatives (an empty list keeps the nominal
/// setting), and multiplies each weight at a noisy level by `1 + f·(2u − 1)` with `u` uniform
/// in [0, 1), i.e. ±`f` around its nominal value (COINr's `get_noisy_weights()`).
public struct UncertaintySpec: Sendable, Hashable {
  /// The number of Monte Carlo runs (`N`).
  public var runs: Int
  /// The seed; with the run number it fixes every draw of a run.
  public var seed: UInt64
  /// Alternatives for the winsorisation limit (`winmax`); empty keeps the nominal one.
  public var winsorisationLimits: [Int]
  /// Alternative global normalisations; empty keeps the nominal one. Per-indicator
  /// normalisations of the nominal spec are kept.
  public var normalisations: [Normalisation]
  /// Alternative aggregation methods, applied at every level; empty keeps the nominal ones.
  public var aggregationMethods: [AggregationMethod]
  /// Noise factor by level (0.25 = ±25%) for the weights of the items at that level.
  public var weightNoise: [Int: Double]
  /// The node whose ranks are analysed; nil means the single top-level node (the index).
  public var target: String?
  /// How many runs may execute at once; results do not depend on it.
  public var jobs: Int

  /// Creates a spec.
  /// - Precondition: `runs ≥ 1`, `jobs ≥ 1`, limits ≥ 0 and noise factors in 0…1.
  public init(
    runs: Int, seed: UInt64 = 1, winsorisationLimits: [Int] = [],
    normalisations: [Normalisation] = [], aggregationMethods: [AggregationMethod] = [],
    weightNoise: [Int: Double] = [:], target: String? = nil,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    precondition(runs >= 1, "at least one run")
    precondition(jobs >= 1, "at least one job")
    precondition(winsorisationLimits.allSatisfy { $0 >= 0 }, "limits are not negative")
    precondition(weightNoise.values.allSatisfy { (0...1).contains($0) }, "noise factors in 0...1")
    self.runs = runs
    self.seed = seed
    self.winsorisationLimits = winsorisationLimits
    self.normalisations = normalisations
    self.aggregationMethods = aggregationMethods
    self.weightNoise = weightNoise
    self.target = target
    self.jobs = jobs
  }

  /// The uncertainty analysis of COINr's sensitivity vignette on the ASEM example: winsorise
  /// up to 1–5 points, min-max onto 1…100 or z-score with mean 10 and sd 2, ±25% noise on the
  /// weights at levels 2 and 3, arithmetic or geometric mean.
  public static func coinrVignette(runs: Int, seed: UInt64 = 1) -> UncertaintySpec {
    UncertaintySpec(
      runs: runs, seed: seed, winsorisationLimits: [1, 2, 3, 4, 5],
      normalisations: [
        .minMax(lower: 1, upper: 100), .zScore(mean: 10, standardDeviation: 2),
      ],
      aggregationMethods: [.arithmetic, .geometric], weightNoise: [2: 0.25, 3: 0.25])
  }
}
