/// The correlation of an indicator with a denominator column, as COINr's `get_denom_corr()`
/// reports it: a strong one suggests dividing the indicator by that denominator (or, for an
/// indicator already divided, that size still drives it).
public struct DenominatorCorrelation: Sendable, Hashable {
  /// The indicator code.
  public var indicator: String
  /// The denominator column (`GDP`, `Population`, …).
  public var denominator: String
  /// Their pairwise-complete correlation.
  public var correlation: Double

  /// COINr's default threshold (`cor_thresh = 0.6`) on |r| above which a pair is reported.
  public static let defaultThreshold = 0.6

  /// Whether |r| is above `threshold` (COINr keeps only these pairs).
  public func isStrong(threshold: Double = defaultThreshold) -> Bool {
    abs(correlation) > threshold
  }

  /// Every defined indicator–denominator correlation of `data` (its values as given, before
  /// any denomination, as COINr's example uses the `Raw` data set), by indicator code and then
  /// denominator name.
  /// - Complexity: O(indicators × denominators × units log units).
  public static func all(
    in data: CompositeData, method: CorrelationMethod = .pearson
  ) -> [DenominatorCorrelation] {
    let unitCount = data.unitCount
    let denominators = data.denominators.keys.sorted()
    var result: [DenominatorCorrelation] = []
    for (index, code) in data.indicatorCodes.enumerated().sorted(by: { $0.element < $1.element }) {
      let column = data.values[index * unitCount..<(index + 1) * unitCount]
      for name in denominators {
        guard let values = data.denominators[name],
          let r = Correlation.pairwise(column, values, method: method)
        else { continue }
        result.append(DenominatorCorrelation(indicator: code, denominator: name, correlation: r))
      }
    }
    return result
  }
}
