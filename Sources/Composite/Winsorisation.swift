import Foundation

/// Outlier treatment by COINr's `Treat()` defaults: winsorise while skew and kurtosis are both
/// high, then fall back to a log transform.
///
/// For each indicator, `check_SkewKurt()` passes when `|skew| < skewThreshold` or
/// `kurtosis < kurtosisThreshold`. A failing indicator is winsorised (`winsorise()`): on the
/// side of the skew, the most extreme value(s) take the next value in, one step at a time,
/// until it passes or `maxPoints` points have been moved. If it still fails, the *original*
/// values get COINr's `log_CT()`: `log(x − min + 0.01 (max − min))`, or with `boxCoxLambda`
/// COINr's `boxcox()` (`f2 = "boxcox"`). Skewness and kurtosis are COINr's `skew()` and
/// `kurt()` (e1071 type 2, as Excel's `SKEW` and `KURT`).
public struct Winsorisation: Sendable, Hashable {
  /// The most points to winsorise per indicator (`winmax`); nil means no limit.
  public var maxPoints: Int?
  /// The absolute skewness threshold (`skew_thresh`).
  public var skewThreshold: Double
  /// The kurtosis threshold (`kurt_thresh`).
  public var kurtosisThreshold: Double
  /// Whether an indicator still failing after winsorisation is log-transformed (COINr's
  /// default `f2 = "log_CT"`); without it the winsorised values are kept.
  public var logFallback: Bool
  /// With `logFallback`, the λ of a Box-Cox transform used instead of the log (COINr's
  /// `f2 = "boxcox", f2_para = list(lambda = λ)`); nil for COINr's default `log_CT`.
  public var boxCoxLambda: Double?
  /// Indicators left untreated (COINr's `indiv_specs = list(code = "none")`).
  public var skip: Set<String>

  /// Creates the treatment; the defaults are COINr's.
  /// - Precondition: `maxPoints` is nil or ≥ 0, thresholds and λ are finite.
  public init(
    maxPoints: Int? = 5, skewThreshold: Double = 2, kurtosisThreshold: Double = 3.5,
    logFallback: Bool = true, boxCoxLambda: Double? = nil, skip: Set<String> = []
  ) {
    precondition((maxPoints ?? 0) >= 0, "maxPoints is not negative")
    precondition(skewThreshold.isFinite && kurtosisThreshold.isFinite, "finite thresholds")
    precondition(boxCoxLambda?.isFinite ?? true, "finite lambda")
    self.boxCoxLambda = boxCoxLambda
    self.maxPoints = maxPoints
    self.skewThreshold = skewThreshold
    self.kurtosisThreshold = kurtosisThreshold
    self.logFallback = logFallback
    self.skip = skip
  }
}

/// What the treatment did to one indicator (COINr's `Dets_Table` row).
public struct TreatmentRecord: Sendable, Hashable {
  /// The indicator code.
  public var indicator: String
  /// Skewness and kurtosis before treatment (`check_SkewKurt0`), `NaN` if undefined.
  public var skewBefore: Double
  /// Kurtosis before treatment (`check_SkewKurt0`), `NaN` if undefined.
  public var kurtosisBefore: Double
  /// Whether the indicator passed before treatment; nil when skew or kurtosis is undefined.
  public var passedBefore: Bool?
  /// The number of winsorised points (`winsorise.nwin`), 0 if not winsorised.
  public var winsorisedPoints: Int
  /// Skewness, kurtosis and pass after winsorisation (`check_SkewKurt1`); nil if not winsorised.
  public var skewAfter: Double?
  /// Kurtosis after winsorisation; nil if not winsorised.
  public var kurtosisAfter: Double?
  /// Whether the indicator passed after winsorisation; nil if not winsorised or undefined.
  public var passedAfter: Bool?
  /// Whether the fallback transform (log, or Box-Cox with `boxCoxLambda`) replaced the values.
  public var logTransformed: Bool
}

extension Winsorisation {
  /// The outcome of COINr's `check_SkewKurt()`: R's three-valued `|` over the two tests.
  struct Check {
    var skew: Double
    var kurtosis: Double
    /// nil is R's `NA` (an undefined statistic and no passing test).
    var pass: Bool?
  }

  /// Checks skew and kurtosis of the available values.
  func check(_ column: UnsafeMutableBufferPointer<Double>) -> Check {
    let (skew, kurtosis) = Self.moments(column)
    let skewTest: Bool? = skew.isNaN ? nil : abs(skew) < skewThreshold
    let kurtosisTest: Bool? = kurtosis.isNaN ? nil : kurtosis < kurtosisThreshold
    let pass: Bool?
    if skewTest == true || kurtosisTest == true {
      pass = true
    } else if skewTest == nil || kurtosisTest == nil {
      pass = nil
    } else {
      pass = false
    }
    return Check(skew: skew, kurtosis: kurtosis, pass: pass)
  }

  /// Treats one column in place, as `Treat.numeric()` with COINr's default functions.
  ///
  /// Any `NA` from the check (too few values, or all equal) leaves the column untreated, as
  /// COINr does (with a warning).
  /// - Complexity: O(n × (points winsorised + 1)).
  func treat(_ column: UnsafeMutableBufferPointer<Double>, code: String) -> TreatmentRecord {
    let first = check(column)
    var record = TreatmentRecord(
      indicator: code, skewBefore: first.skew, kurtosisBefore: first.kurtosis,
      passedBefore: first.pass, winsorisedPoints: 0, skewAfter: nil, kurtosisAfter: nil,
      passedAfter: nil, logTransformed: false)
    guard first.pass == false, !skip.contains(code) else { return record }
    let original = Array(column)
    guard let points = winsorise(column) else {
      _ = column.update(fromContentsOf: original)
      return record
    }
    let second = check(column)
    record.winsorisedPoints = points
    record.skewAfter = second.skew
    record.kurtosisAfter = second.kurtosis
    record.passedAfter = second.pass
    switch second.pass {
    case nil:
      _ = column.update(fromContentsOf: original)
    case true?:
      break
    case false?:
      guard logFallback else { break }
      _ = column.update(fromContentsOf: original)
      if let lambda = boxCoxLambda {
        Normalisation.boxCox(column, lambda: lambda)
      } else {
        Self.logTransform(column)
      }
      if check(column).pass == nil {
        _ = column.update(fromContentsOf: original)
      } else {
        record.logTransformed = true
      }
    }
    return record
  }

  /// COINr's `winsorise()` loop; returns `nwin`, or nil where R would stop on an `NA`.
  ///
  /// `nwin` is `length(imax) + length(imin)` of the last high and low steps: winsorised points
  /// stay tied with the new extreme, so each step re-selects them and the count is cumulative.
  private func winsorise(_ column: UnsafeMutableBufferPointer<Double>) -> Int? {
    var highCount = 0
    var lowCount = 0
    var count = 0
    var passing: Bool? = false
    while passing == false && (maxPoints.map { count < $0 } ?? true) {
      let skew = Self.moments(column).skew
      if skew.isNaN { return nil }
      if skew >= 0 {
        highCount = Self.pullIn(column, high: true)
      } else {
        lowCount = Self.pullIn(column, high: false)
      }
      count = highCount + lowCount
      passing = check(column).pass
    }
    return passing == nil && (maxPoints.map { count < $0 } ?? true) ? nil : count
  }

  /// Gives the most extreme value(s) on one side the next value in; returns how many moved.
  private static func pullIn(_ column: UnsafeMutableBufferPointer<Double>, high: Bool) -> Int {
    var extreme = high ? -Double.infinity : Double.infinity
    for value in column where !value.isNaN {
      if high ? value > extreme : value < extreme { extreme = value }
    }
    var next = high ? -Double.infinity : Double.infinity
    var moved = 0
    for value in column where !value.isNaN {
      if value == extreme {
        moved += 1
      } else if high ? value > next : value < next {
        next = value
      }
    }
    for index in column.indices where column[index] == extreme { column[index] = next }
    return moved
  }

  /// COINr's `log_CT()`: `log(x − min + 0.01 (max − min))` over the available values.
  static func logTransform(_ column: UnsafeMutableBufferPointer<Double>) {
    var low = Double.infinity
    var high = -Double.infinity
    for value in column where !value.isNaN {
      low = min(low, value)
      high = max(high, value)
    }
    let shift = 0.01 * (high - low) - low
    for index in column.indices where !column[index].isNaN {
      column[index] = log(column[index] + shift)
    }
  }

  /// COINr's `skew()` and `kurt()` over the non-missing values (e1071 type 2):
  ///
  ///     skew = √n Σd³ / (Σd²)^{3/2} · √(n(n−1)) / (n−2)
  ///     kurt = ((n+1)(n Σd⁴/(Σd²)² − 3) + 6) (n−1) / ((n−2)(n−3))
  ///
  /// with `d = x − mean(x)`; skew needs 3 values and kurtosis 4, else `NaN`.
  static func moments(_ column: UnsafeMutableBufferPointer<Double>) -> (
    skew: Double, kurtosis: Double
  ) {
    var count = 0
    var sum = 0.0
    for value in column where !value.isNaN {
      count += 1
      sum += value
    }
    guard count >= 3 else { return (.nan, .nan) }
    let mean = sum / Double(count)
    var s2 = 0.0
    var s3 = 0.0
    var s4 = 0.0
    for value in column where !value.isNaN {
      let d = value - mean
      let d2 = d * d
      s2 += d2
      s3 += d2 * d
      s4 += d2 * d2
    }
    let n = Double(count)
    let skew = n.squareRoot() * s3 / pow(s2, 1.5) * (n * (n - 1)).squareRoot() / (n - 2)
    guard count >= 4 else { return (skew, .nan) }
    let r = n * s4 / (s2 * s2)
    let kurtosis = ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
    return (skew, kurtosis)
  }
}
