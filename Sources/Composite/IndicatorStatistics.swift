import Support

/// What COINr's `get_stats()` reports about one indicator: location, spread, shape and how
/// much of it is there.
///
/// A statistic that is undefined for the values at hand (no value, a constant column, too few
/// values for skew or kurtosis) is nil, where R gives `NA`, `NaN` or `-Inf`.
public struct IndicatorStatistics: Sendable, Hashable {
  /// The indicator code.
  public var code: String
  /// Smallest, largest and mean available value.
  public var minimum: Double?
  /// The largest available value.
  public var maximum: Double?
  /// The mean of the available values.
  public var mean: Double?
  /// R's `median` (type-7 quantile at ½).
  public var median: Double?
  /// Sample standard deviation (denominator n − 1).
  public var standardDeviation: Double?
  /// Skewness, e1071 type 2 (COINr's `skew()`), at least 3 values.
  public var skew: Double?
  /// Excess kurtosis, e1071 type 2 (COINr's `kurt()`), at least 4 values.
  public var kurtosis: Double?
  /// Units with a value (`N.Avail`).
  public var available: Int
  /// Units whose value is not zero (`N.NonZero`).
  public var nonZero: Int
  /// Distinct values (`N.Unique`).
  public var unique: Int
  /// The most units sharing one value (`N.Same`).
  public var same: Int
  /// All units, with or without a value.
  public var unitCount: Int

  /// `N.Avail / n` (`Frc.Avail`).
  public var availableShare: Double { unitCount == 0 ? 0 : Double(available) / Double(unitCount) }
  /// `N.NonZero / N.Avail` (`Frc.NonZero`); nil with no value.
  public var nonZeroShare: Double? { share(nonZero) }
  /// `N.Unique / N.Avail` (`Frc.Unique`); nil with no value.
  public var uniqueShare: Double? { share(unique) }
  /// `N.Same / N.Avail` (`Frc.Same`); nil with no value.
  public var sameShare: Double? { share(same) }

  private func share(_ count: Int) -> Double? {
    available == 0 ? nil : Double(count) / Double(available)
  }

  /// Thresholds of `get_stats()`'s flags, COINr's defaults unless given.
  public struct Thresholds: Sendable, Hashable {
    /// `t_skew`: |skew| above it (together with kurtosis) flags an outlier.
    public var skew: Double
    /// `t_kurt`: kurtosis above it (together with skew) flags an outlier.
    public var kurtosis: Double
    /// `t_avail`: an availability share below it is low.
    public var availability: Double
    /// `t_zero`: a non-zero share (of all units) below it is low.
    public var nonZero: Double
    /// `t_unq`: a share of distinct values (of all units) below it is low.
    public var unique: Double

    /// COINr's defaults: 2, 3.5, 0.65, 0.5, 0.5.
    public init(
      skew: Double = 2, kurtosis: Double = 3.5, availability: Double = 0.65,
      nonZero: Double = 0.5, unique: Double = 0.5
    ) {
      self.skew = skew
      self.kurtosis = kurtosis
      self.availability = availability
      self.nonZero = nonZero
      self.unique = unique
    }
  }

  /// `Flag.Avail`: availability below the threshold.
  public func lowAvailability(_ t: Thresholds = Thresholds()) -> Bool {
    availableShare < t.availability
  }

  /// `Flag.NonZero`: non-zero values, as a share of **all** units, below the threshold (COINr
  /// divides by n here, by the available count in `Frc.NonZero`).
  public func fewNonZero(_ t: Thresholds = Thresholds()) -> Bool {
    unitCount == 0 || Double(nonZero) / Double(unitCount) < t.nonZero
  }

  /// `Flag.Unique`: distinct values, as a share of all units, below the threshold.
  public func fewUnique(_ t: Thresholds = Thresholds()) -> Bool {
    unitCount == 0 || Double(unique) / Double(unitCount) < t.unique
  }

  /// `Flag.SkewKurt`: |skew| and kurtosis both above their thresholds; false when either is
  /// undefined.
  public func outliers(_ t: Thresholds = Thresholds()) -> Bool {
    guard let skew, let kurtosis else { return false }
    return abs(skew) > t.skew && kurtosis > t.kurtosis
  }

  /// The statistics of one column (`NaN` = missing).
  /// - Complexity: O(n log n).
  public init(code: String, values: some Collection<Double>) {
    self.code = code
    unitCount = values.count
    var present = values.filter { !$0.isNaN }
    present.sort()
    available = present.count
    nonZero = present.count { $0 != 0 }
    var unique = 0
    var same = 0
    var run = 0
    for (index, value) in present.enumerated() {
      if index == 0 || present[index - 1] != value {
        unique += 1
        run = 0
      }
      run += 1
      same = max(same, run)
    }
    self.unique = unique
    self.same = same
    minimum = present.first
    maximum = present.last
    median = present.withUnsafeBufferPointer { Ranking.median(sorted: $0) }
    let n = Double(present.count)
    mean = present.isEmpty ? nil : present.reduce(0, +) / n
    if let mean, present.count >= 2 {
      let squares = present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      standardDeviation = (squares / (n - 1)).squareRoot()
    }
    let (skew, kurtosis) = present.withUnsafeMutableBufferPointer { Winsorisation.moments($0) }
    self.skew = skew.isFinite ? skew : nil
    self.kurtosis = kurtosis.isFinite ? kurtosis : nil
  }
}
