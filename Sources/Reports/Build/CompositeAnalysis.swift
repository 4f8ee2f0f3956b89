import Catalog
import Composite
import Foundation

/// The report set's composite index, built once for every page that shows it: the spec, its
/// input, the build, the uncertainty analysis behind the rank intervals, the statistical audit
/// and the variance-based sensitivity analysis. Everything is seeded, so the set is
/// reproducible; the sizes are fixed so that `provbench report` stays fast.
struct CompositeAnalysis {
  /// Runs of the uncertainty analysis (rank intervals).
  static let runs = 1000
  /// Base sample N of the sensitivity analysis: N(d + 2) builds for d uncertain inputs.
  static let sensitivityRuns = 200
  /// Bootstrap replications of the sensitivity intervals.
  static let bootstrap = 200
  /// The seed of both analyses.
  static let seed: UInt64 = 1

  var spec: CompositeSpecFile
  var input: CompositeInput
  var uncertainty: UncertaintyResult
  /// The audit without equal-influence weights, which the pages do not show (with few units
  /// they are often undefined, and the audit would fail for them).
  var audit: CompositeAudit
  /// The sensitivity analysis, or why there is none (fewer than two uncertain inputs).
  var sensitivity: Result<SensitivityResult, CompositeError>

  /// The build (the audit's).
  var result: CompositeResult { audit.build }

  /// Reads the spec at `url` and runs everything on `catalog`.
  /// - Throws: `CompositeError` (located in the spec) when the spec or the build fails.
  static func build(_ url: URL, catalog: Catalog) throws -> CompositeAnalysis {
    let spec = try CompositeSpecFile.read(url, displayPath: url.lastPathComponent)
    let input = try spec.locating { try spec.input(catalog: catalog) }
    let audit = try spec.locating {
      try CompositeAudit.run(input, spec: spec.build, optimisingWeights: false)
    }
    let uncertainty = try spec.locating {
      try UncertaintyAnalysis.run(
        input, nominal: spec.build, uncertainty: spec.uncertainty(runs: runs, seed: seed, jobs: 2))
    }
    let sensitivity: Result<SensitivityResult, CompositeError>
    do {
      sensitivity = .success(
        try SensitivityAnalysis.run(
          input, nominal: spec.build,
          uncertainty: spec.uncertainty(runs: sensitivityRuns, seed: seed, jobs: 2),
          bootstrap: bootstrap))
    } catch let error as CompositeError {
      guard case .tooFewUncertainInputs = error else { throw error }
      sensitivity = .failure(error)
    }
    return CompositeAnalysis(
      spec: spec, input: input, uncertainty: uncertainty, audit: audit, sensitivity: sensitivity)
  }

  /// The name of node `code` in `language`: a catalog indicator's own name, else the spec's
  /// (English from `name_en`), else the framework's.
  func name(_ code: String, _ ctx: ReportContext) -> String {
    if let indicator = ctx.catalog.indicator(id: code) {
      let name = ctx.localizer.indicatorName(indicator)
      if !name.isEmpty { return name }
    }
    let node = result.framework.nodes.first { $0.code == code }
    if ctx.language == .en, let english = spec.englishNames[code] { return english }
    return node?.name ?? code
  }
}
