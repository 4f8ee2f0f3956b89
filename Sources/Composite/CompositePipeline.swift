import Support

/// The data sets of one composite build, as COINr keeps them in `coin$Data`.
public struct CompositeResult: Sendable {
  /// The hierarchy the build used.
  public let framework: CompositeFramework
  /// Units dropped by screening, in input order.
  public let removedUnits: [String]
  /// After `Denominate` and `Impute` (all input units), then after `Screen`, `Treat` and
  /// `Normalise` (kept units); nil when intermediates were not kept.
  public let denominated: CompositeTable?
  /// After imputation, all input units; nil when intermediates were not kept.
  public let imputed: CompositeTable?
  /// After screening, kept units only; nil when intermediates were not kept.
  public let screened: CompositeTable?
  /// After outlier treatment, kept units only; nil when intermediates were not kept.
  public let treated: CompositeTable?
  /// After normalisation, kept units only; nil when intermediates were not kept.
  public let normalised: CompositeTable?
  /// Normalised indicators and every aggregate (COINr's `Aggregated` data set).
  public let aggregated: CompositeTable
  /// What the outlier treatment did to each indicator; empty without treatment.
  public let treatment: [TreatmentRecord]

  /// The kept units, in input order.
  public var unitCodes: [String] { aggregated.unitCodes }

  /// Indicators that give no unit a score: every value missing, or one value everywhere,
  /// which a min-max normalisation cannot scale. They weigh nothing in the aggregates, so a
  /// listing must name them rather than let them vanish.
  public var indicatorsWithoutScores: [String] {
    framework.indicators.map(\.code).filter { code in
      aggregated.column(code).map { $0.allSatisfy(\.isNaN) } ?? true
    }
  }

  /// The scores of an indicator or aggregate, in unit order.
  public func scores(_ code: String) -> ArraySlice<Double>? {
    aggregated.column(code)
  }

  /// Ranks on an indicator or aggregate, 1 for the highest score, ties sharing the best rank
  /// and nil for a missing score (COINr's `rank_df`: `rank(-x, ties.method = "min")`).
  public func ranks(_ code: String) -> [Int?]? {
    aggregated.column(code).map { Ranking.competition($0, descending: true) }
  }
}

/// Runs a composite build: denominate, impute, screen, treat, normalise, aggregate.
public enum CompositePipeline {
  /// Builds the composite indicator for `data` with the hierarchy `framework`.
  /// - Parameters:
  ///   - data: units × indicators plus group and denominator columns.
  ///   - framework: indicators and aggregates with weights and directions.
  ///   - spec: the settings of each step.
  ///   - keepIntermediates: whether to return the data set of every step, not only the
  ///     aggregated one (set false for very large builds to save memory).
  /// - Returns: the data set after each step and the treatment details.
  /// - Throws: `CompositeError` when a setting names something the data lacks, screening
  ///   keeps no unit, or a geometric or harmonic mean meets a value it cannot take.
  /// - Complexity: O(units × nodes) plus O(units log units) per rank-normalised indicator
  ///   and O(units) per winsorised point.
  public static func run(
    _ data: CompositeData, framework: CompositeFramework, spec: CompositeSpec,
    keepIntermediates: Bool = true
  ) throws -> CompositeResult {
    let engine = try CompositeEngine(data: data, framework: framework, spec: spec)
    var prepared = try engine.prepare(spec, keepSteps: keepIntermediates)
    let units = prepared.unitCodes
    let unitCount = units.count
    var treated = prepared.screened
    if !keepIntermediates {
      prepared.denominated = []
      prepared.imputed = []
      prepared.screened = []
    }
    var records: [TreatmentRecord] = []
    if let treatment = spec.treatment {
      records = engine.treat(&treated, unitCount: unitCount, with: treatment)
    }
    var normalised = treated
    if !keepIntermediates { treated = [] }
    engine.normalise(
      &normalised, unitCount: unitCount, spec: spec,
      referenceUnits: try engine.referenceUnits(spec, unitCodes: units))
    let aggregated = try engine.aggregate(
      normalised: normalised, unitCodes: units, aggregation: spec.aggregation)
    let indicatorCodes = framework.indicators.map(\.code)
    func table(_ values: [Double], _ rows: [String]) -> CompositeTable? {
      keepIntermediates
        ? CompositeTable(unitCodes: rows, columnCodes: indicatorCodes, values: values) : nil
    }
    return CompositeResult(
      framework: framework, removedUnits: prepared.removedUnits,
      denominated: table(prepared.denominated, engine.unitCodes),
      imputed: table(prepared.imputed, engine.unitCodes),
      screened: table(prepared.screened, units), treated: table(treated, units),
      normalised: table(normalised, units),
      aggregated: CompositeTable(
        unitCodes: units, columnCodes: framework.codes, values: aggregated),
      treatment: records)
  }

  /// Builds the composite indicator for loaded input (`CompositeLoader`).
  public static func run(
    _ input: CompositeInput, spec: CompositeSpec, keepIntermediates: Bool = true
  ) throws -> CompositeResult {
    try run(
      input.data, framework: input.framework, spec: spec, keepIntermediates: keepIntermediates)
  }
}
