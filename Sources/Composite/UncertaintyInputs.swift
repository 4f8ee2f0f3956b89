import Foundation
import Support

/// What an uncertainty or sensitivity analysis prepares once before its runs: the engine, the
/// target, the nominal scores and each (winsorisation limit, normalisation) pair treated and
/// normalised, so that a run only aggregates and ranks.
struct UncertaintyInputs: Sendable {
  let engine: CompositeEngine
  /// The node whose ranks are analysed.
  let target: Int
  /// The units kept by screening.
  let units: [String]
  /// The target's scores in the nominal build.
  let nominalScores: [Double]
  /// `normalised[treatment * specCount + normalisation]`: the indicators of one pair.
  let normalised: [[Double]]
  /// `log` of each value of `normalised`, when a run may take a geometric mean (else empty):
  /// a run then reads the logs of the indicators instead of taking them again.
  let logs: [[Double]]
  /// How many winsorisation alternatives (at least 1: the nominal one).
  let treatmentCount: Int
  /// How many normalisation alternatives (at least 1).
  let specCount: Int

  /// Prepares the runs of `uncertainty` around `nominal`.
  /// - Throws: `CompositeError` when a setting names something the data lacks, or the nominal
  ///   build fails.
  init(
    _ data: CompositeData, framework: CompositeFramework, nominal: CompositeSpec,
    uncertainty: UncertaintySpec
  ) throws {
    let engine = try CompositeEngine(data: data, framework: framework, spec: nominal)
    let target = try Self.targetIndex(uncertainty.target, in: framework)
    let prepared = try engine.prepare(nominal)
    let units = prepared.unitCodes
    let unitCount = units.count

    let treatments: [Winsorisation?] =
      uncertainty.winsorisationLimits.isEmpty
      ? [nominal.treatment]
      : uncertainty.winsorisationLimits.map {
        var treatment = nominal.treatment ?? Winsorisation()
        treatment.maxPoints = $0
        return treatment
      }
    let specs: [CompositeSpec] =
      uncertainty.normalisations.isEmpty
      ? [nominal]
      : uncertainty.normalisations.map {
        var spec = nominal
        spec.normalisation = $0
        return spec
      }
    for spec in specs { try engine.checkTargets(spec) }
    let references = try specs.map { try engine.referenceUnits($0, unitCodes: units) }

    // Nominal build.
    var nominalValues = prepared.screened
    if let treatment = nominal.treatment {
      _ = engine.treat(&nominalValues, unitCount: unitCount, with: treatment)
    }
    engine.normalise(
      &nominalValues, unitCount: unitCount, spec: nominal,
      referenceUnits: try engine.referenceUnits(nominal, unitCodes: units))
    let nominalScores = Array(
      try engine.aggregate(
        normalised: nominalValues, unitCodes: units, aggregation: nominal.aggregation
      )[target * unitCount..<(target + 1) * unitCount])

    // Each treatment once, then each (treatment, normalisation) pair once.
    let treated = parallelMap(treatments.count, jobs: uncertainty.jobs) { index in
      var values = prepared.screened
      if let treatment = treatments[index] {
        _ = engine.treat(&values, unitCount: unitCount, with: treatment)
      }
      return values
    }
    let pairCount = treatments.count * specs.count
    let geometric =
      nominal.aggregation.method == .geometric
      || nominal.aggregation.methodByLevel.values.contains(.geometric)
      || uncertainty.aggregationMethods.contains(.geometric)
    let pairs = parallelMap(pairCount, jobs: uncertainty.jobs) { pair in
      var values = treated[pair / specs.count]
      engine.normalise(
        &values, unitCount: unitCount, spec: specs[pair % specs.count],
        referenceUnits: references[pair % specs.count])
      return (values, geometric ? values.map { log($0) } : [])
    }
    let normalised = pairs.map(\.0)
    self.engine = engine
    self.target = target
    self.units = units
    self.nominalScores = nominalScores
    self.normalised = normalised
    logs = geometric ? pairs.map(\.1) : []
    treatmentCount = treatments.count
    specCount = specs.count
  }

  static func targetIndex(_ code: String?, in framework: CompositeFramework) throws -> Int {
    if let code {
      guard let index = framework.index(of: code) else {
        throw CompositeEngine.unknown("target", code, among: framework.codes)
      }
      return index
    }
    let top = framework.topLevelCodes
    guard top.count == 1, let index = framework.index(of: top[0]) else {
      throw CompositeError.invalidFramework(
        "several top-level nodes (\(top.map(Text.quoted).joined(separator: ", "))): "
          + "name the uncertainty target")
    }
    return index
  }

  /// Mean, median, Q5 and Q95 of each unit's ranks (stored run-major, 0 for missing).
}
