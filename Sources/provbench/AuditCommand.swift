import Composite
import Foundation
import Reports

/// `provbench audit --spec FILE`: the statistical audit of a composite (COINr's analysis
/// functions: statistics, correlations, flags, alpha, PCA, denominators, optimised weights).
struct AuditCommand: Command {
  static let spec = CommandSpec(
    path: ["audit"],
    overview:
      "Statistical audit of a composite: indicator statistics, correlations, reliability, PCA "
      + "and equal-influence weights.",
    options: [
      OptionSpec(
        name: "--spec", value: "file", help: "The composite spec (JSON; see docs/composite.md)."),
      OptionSpec(name: "--format", value: "format", help: "table (default), csv, json or md."),
      langOption(), dataOption,
    ])

  var specPath: String
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    guard let path = arguments.options["--spec"] else {
      throw UsageError(message: "missing option '--spec'")
    }
    specPath = path
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (spec, input) = try CompositeInputs.load(specPath, dataPath: dataPath, environment)
    let audit = try spec.locating { try CompositeAudit.run(input, spec: spec.build) }
    return CommandOutput(
      stdout: AuditListing.render(audit, format: format, localizer: Localizer(language)))
  }
}
