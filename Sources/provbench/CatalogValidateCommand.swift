import Catalog

/// `provbench catalog validate`: loads the dataset and reports every problem.
struct CatalogValidateCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "validate"],
    overview: "Check the dataset and report every error and warning, located by file:line:column.",
    options: [dataOption])

  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let loaded = try loadCatalog(dataPath, environment)
    let catalog = loaded.catalog
    let warnings = loaded.warnings.map { "\($0)\n" }.joined()
    let summary =
      "\(catalog.directory): ok: \(catalog.documents.count) documents,"
      + " \(catalog.provinces.count) provinces, \(catalog.indicators.count) indicators,"
      + " \(catalog.targets.count) targets, \(catalog.observations.count) observations;"
      + " \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s")\n"
    return CommandOutput(stdout: summary, stderr: warnings)
  }
}
