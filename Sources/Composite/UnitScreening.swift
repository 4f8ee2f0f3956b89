/// Which units to keep, by data availability, following COINr's `Screen()`.
///
/// A unit's availability is `1 − (missing values) / (indicators)` and its non-zero share is
/// `1 − (zeros) / (available values)` (`get_data_avail()`); a unit is dropped when the chosen
/// rule flags it (`Dat_Avail < dat_thresh`, `Non_Zero < nonzero_thresh`), unless forced in.
public struct UnitScreening: Sendable, Hashable {
  /// What flags a unit (COINr's `unit_screen`).
  public enum Rule: Sendable, Hashable {
    /// Too little data (`"byNA"`).
    case missing
    /// Too many zeros (`"byzeros"`).
    case zeros
    /// Either (`"byNAandzeros"`).
    case missingOrZeros
  }

  /// Which data the availability is counted on.
  public enum Basis: Sendable, Hashable {
    /// The data as it reaches the screening step, i.e. after imputation. This is COINr's
    /// behaviour in `build_example_coin()`, which screens the `Imputed` data set: with full
    /// imputation no unit is ever dropped.
    case imputedData
    /// The denominated data before imputation, so imputed values do not count as data.
    case dataBeforeImputation
  }

  /// What flags a unit: too little data, too many zeros, or either.
  public var rule: Rule
  /// The minimum share of available values, 0…1 (`dat_thresh`, COINr default 2/3).
  public var dataThreshold: Double
  /// The minimum share of non-zero values among available ones (`nonzero_thresh`).
  public var nonZeroThreshold: Double
  /// Whether availability is counted after imputation or before it.
  public var basis: Basis
  /// Units kept whatever their data (COINr's `Force` with `Include = TRUE`).
  public var forceInclude: Set<String>
  /// Units dropped whatever their data (`Include = FALSE`).
  public var forceExclude: Set<String>

  /// Creates a screening rule.
  /// - Precondition: both thresholds in 0…1.
  public init(
    rule: Rule = .missing, dataThreshold: Double = 2.0 / 3.0, nonZeroThreshold: Double = 0.05,
    basis: Basis = .imputedData, forceInclude: Set<String> = [], forceExclude: Set<String> = []
  ) {
    precondition((0...1).contains(dataThreshold), "dataThreshold is a share in 0...1")
    precondition((0...1).contains(nonZeroThreshold), "nonZeroThreshold is a share in 0...1")
    self.rule = rule
    self.dataThreshold = dataThreshold
    self.nonZeroThreshold = nonZeroThreshold
    self.basis = basis
    self.forceInclude = forceInclude
    self.forceExclude = forceExclude
  }

  /// Whether each unit is kept.
  /// - Parameters:
  ///   - values: column-major data the rule is evaluated on.
  ///   - unitCodes: one code per unit (for forced units).
  /// - Complexity: O(units × indicators).
  func keep(values: [Double], unitCodes: [String]) -> [Bool] {
    let unitCount = unitCodes.count
    guard unitCount > 0 else { return [] }
    let indicatorCount = values.count / unitCount
    var missing = [Int](repeating: 0, count: unitCount)
    var zeros = [Int](repeating: 0, count: unitCount)
    for indicator in 0..<indicatorCount {
      let base = indicator * unitCount
      for unit in 0..<unitCount {
        let value = values[base + unit]
        if value.isNaN {
          missing[unit] += 1
        } else if value == 0 {
          zeros[unit] += 1
        }
      }
    }
    return unitCodes.indices.map { unit in
      let code = unitCodes[unit]
      if forceExclude.contains(code) { return false }
      if forceInclude.contains(code) { return true }
      let available = 1 - Double(missing[unit]) / Double(indicatorCount)
      let nonZero = 1 - Double(zeros[unit]) / Double(indicatorCount - missing[unit])
      let lowData = available < dataThreshold
      let lowNonZero = nonZero < nonZeroThreshold
      switch rule {
      case .missing: return !lowData
      case .zeros: return !lowNonZero
      case .missingOrZeros: return !(lowData || lowNonZero)
      }
    }
  }
}
