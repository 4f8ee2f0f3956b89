/// The settings of one composite build, step by step in a fixed order: denominate, impute,
/// screen units, treat outliers, normalise, aggregate (the order of COINr's
/// `build_example_coin()`).
public struct CompositeSpec: Sendable, Hashable {
  /// Whether indicators with a denominator in their metadata are divided by it (`Denominate`).
  public var denominate: Bool
  /// How missing values are filled (`Impute`).
  public var imputation: Imputation
  /// Which units are kept, or nil to keep all (`Screen`).
  public var screening: UnitScreening?
  /// Outlier treatment, or nil for none (`Treat`).
  public var treatment: Winsorisation?
  /// The normalisation of every indicator not in `normalisationByIndicator` (`Normalise`,
  /// `global_specs`).
  public var normalisation: Normalisation
  /// Per-indicator exceptions (`indiv_specs`).
  public var normalisationByIndicator: [String: Normalisation]
  /// Aggregation methods, weights and threshold (`Aggregate`).
  public var aggregation: Aggregation

  /// Creates a spec; the defaults do nothing but min-max to 0…100 and arithmetic means.
  public init(
    denominate: Bool = false, imputation: Imputation = .none, screening: UnitScreening? = nil,
    treatment: Winsorisation? = nil, normalisation: Normalisation = .minMax0To100,
    normalisationByIndicator: [String: Normalisation] = [:],
    aggregation: Aggregation = Aggregation()
  ) {
    self.denominate = denominate
    self.imputation = imputation
    self.screening = screening
    self.treatment = treatment
    self.normalisation = normalisation
    self.normalisationByIndicator = normalisationByIndicator
    self.aggregation = aggregation
  }

  /// The settings of COINr's `build_example_coin()` for the ASEM data: denominate, impute by
  /// `EurAsia_group` mean, keep units with 90% of data, winsorise up to 5 points, min-max to
  /// 0…100, arithmetic mean.
  public static let coinrASEM = CompositeSpec(
    denominate: true, imputation: .groupMean("EurAsia_group"),
    screening: UnitScreening(rule: .missing, dataThreshold: 0.9),
    treatment: Winsorisation(maxPoints: 5), normalisation: .minMax0To100,
    aggregation: Aggregation(method: .arithmetic))

  /// The normalisation applied to `indicator`.
  public func normalisation(for indicator: String) -> Normalisation {
    normalisationByIndicator[indicator] ?? normalisation
  }
}
