import Catalog
import Foundation

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
    var all = loaded.warnings
    // The extraction lexicon is data too: check it when the dataset has one.
    let (url, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let lexicon = url.appendingPathComponent("lexicon.csv")
    if FileManager.default.fileExists(atPath: lexicon.path) {
      all += try Lexicon.load(
        from: lexicon, displayPath: "\(display)/lexicon.csv", indicators: catalog.indicators
      ).warnings
    }
    let warnings = all.map { "\($0)\n" }.joined()
    let summary =
      "\(catalog.directory): ok: \(catalog.documents.count) documents,"
      + " \(catalog.provinces.count) provinces, \(catalog.indicators.count) indicators,"
      + " \(catalog.targets.count) targets, \(catalog.observations.count) observations;"
      + " \(all.count) warning\(all.count == 1 ? "" : "s")\n"
    return CommandOutput(stdout: summary, stderr: warnings)
  }
}
