import Composite
import Foundation
import Reports
import Support

/// `provbench sensitivity --spec FILE --runs N --bootstrap B`: which uncertain assumption moves
/// the ranks most (first- and total-order Sobol indices, COINr's `SA_type = "SA"`).
struct SensitivityCommand: Command {
  static let spec = CommandSpec(
    path: ["sensitivity"],
    overview:
      "Variance-based sensitivity analysis of a composite's ranks (Sobol indices of each "
      + "uncertain assumption).",
    options: [
      OptionSpec(
        name: "--spec", value: "file",
        help: "The composite spec with an 'uncertainty' section varying two inputs or more."),
      OptionSpec(
        name: "--runs", value: "n", help: "Base sample size N (default 100); N(d + 2) builds."),
      OptionSpec(
        name: "--bootstrap", value: "b", help: "Bootstrap replications for the intervals (1000)."),
      OptionSpec(
        name: "--seed", value: "s", help: "Random seed (default 1); same seed, same result."),
      OptionSpec(
        name: "--jobs", value: "j",
        help: "Parallel jobs (default: all cores); results do not depend on it."),
      OptionSpec(name: "--format", value: "format", help: "table (default), csv, json or md."),
      langOption(), dataOption,
    ])

  var specPath: String
  var runs: Int
  var bootstrap: Int
  var seed: UInt64
  var jobs: Int
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    guard let path = arguments.options["--spec"] else {
      throw UsageError(message: "missing option '--spec'")
    }
    specPath = path
    runs = try arguments.integer("--runs") ?? 100
    guard (2...1_000_000).contains(runs) else {
      throw UsageError(message: "'--runs' must be between 2 and 1000000")
    }
    bootstrap = try arguments.integer("--bootstrap") ?? 1000
    guard (0...1_000_000).contains(bootstrap) else {
      throw UsageError(message: "'--bootstrap' must be between 0 and 1000000")
    }
    let seedText = arguments.options["--seed"] ?? "1"
    guard let seed = UInt64(seedText) else {
      throw UsageError(
        message: "invalid value \(Text.quoted(seedText)) for '--seed': expected a whole number ≥ 0")
    }
    self.seed = seed
    jobs = try arguments.integer("--jobs") ?? ProcessInfo.processInfo.activeProcessorCount
    guard jobs >= 1 else { throw UsageError(message: "'--jobs' must be at least 1") }
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (spec, input) = try CompositeInputs.load(specPath, dataPath: dataPath, environment)
    let result = try spec.locating {
      try SensitivityAnalysis.run(
        input, nominal: spec.build,
        uncertainty: spec.uncertainty(runs: runs, seed: seed, jobs: jobs), bootstrap: bootstrap)
    }
    return CommandOutput(
      stdout: SensitivityListing.render(result, format: format, localizer: Localizer(language)))
  }
}
