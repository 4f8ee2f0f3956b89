import Benchmark
import Catalog
import Composite
import Foundation
import Reports

/// `provbench index --spec FILE`: builds a composite index described by a spec file.
struct IndexCommand: Command {
  static let spec = CommandSpec(
    path: ["index"],
    overview: "Build a composite index from a JSON spec (COINr files or the catalog's provinces).",
    options: [
      OptionSpec(
        name: "--spec", value: "file", help: "The composite spec (JSON; see docs/composite.md)."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
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
    let result = try spec.locating { try CompositePipeline.run(input, spec: spec.build) }
    let names = Dictionary(
      zip(input.data.unitCodes, input.unitNames), uniquingKeysWith: { a, _ in a })
    return CommandOutput(
      stdout: CompositeListing.index(
        result, names: names, format: format, localizer: Localizer(language)))
  }
}

/// Loads a composite spec and its input (the catalog only when the spec needs it).
enum CompositeInputs {
  static func load(_ specPath: String, dataPath: String?, _ environment: Environment) throws -> (
    CompositeSpecFile, CompositeInput
  ) {
    let url =
      specPath.hasPrefix("/")
      ? URL(fileURLWithPath: specPath)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(specPath)
    let spec = try CompositeSpecFile.read(url, displayPath: specPath)
    var catalog: Catalog?
    if case .catalog = spec.source { catalog = try loadCatalog(dataPath, environment).catalog }
    return (spec, try spec.locating { try spec.input(catalog: catalog) })
  }
}
