import Benchmark
import Catalog
import Composite
import Foundation
import Reports
import Support

/// `provbench uncertainty --spec FILE --runs N --seed S`: how stable each rank is.
struct UncertaintyCommand: Command {
  static let spec = CommandSpec(
    path: ["uncertainty"],
    overview:
      "Monte Carlo uncertainty analysis of a composite's ranks (nominal, mean, median, Q5, Q95).",
    options: [
      OptionSpec(
        name: "--spec", value: "file", help: "The composite spec with an 'uncertainty' section."),
      OptionSpec(name: "--runs", value: "n", help: "Number of runs (default 100)."),
      OptionSpec(
        name: "--seed", value: "s", help: "Random seed (default 1); same seed, same result."),
      OptionSpec(
        name: "--jobs", value: "j",
        help: "Parallel jobs (default: all cores); results do not depend on it."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
      langOption(), dataOption,
    ])

  var specPath: String
  var runs: Int
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
    guard (1...10_000_000).contains(runs) else {
      throw UsageError(message: "'--runs' must be between 1 and 10000000")
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
    if environment.stderrIsTerminal {
      FileHandle.standardError.write(Data("uncertainty: \(runs) runs on \(jobs) jobs…\r".utf8))
    }
    let result = try spec.locating {
      try UncertaintyAnalysis.run(
        input, nominal: spec.build,
        uncertainty: spec.uncertainty(runs: runs, seed: seed, jobs: jobs))
    }
    if environment.stderrIsTerminal {
      FileHandle.standardError.write(Data("uncertainty: \(runs) runs done\u{1B}[K\n".utf8))
    }
    let names = Dictionary(
      zip(input.data.unitCodes, input.unitNames), uniquingKeysWith: { a, _ in a })
    return CommandOutput(
      stdout: CompositeListing.uncertainty(
        result, names: names, format: format, localizer: Localizer(language)))
  }
}
