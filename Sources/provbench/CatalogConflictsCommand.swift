import Catalog
import Reports

/// `provbench catalog conflicts`: targets of one province that disagree.
struct CatalogConflictsCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "conflicts"],
    overview:
      "List targets of one province that give different figures for the same thing, and observed values whose sources differ.",
    options: [
      OptionSpec(name: "--geo", value: "id", help: "Only this province."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
      langOption(), dataOption,
    ])

  var geo: String?
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    geo = arguments.options["--geo"]
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let geoID = try geo.map { try catalog.geoID(matching: $0) }
    let conflicts = catalog.conflicts(geo: geoID)
    return CommandOutput(
      stdout: ConflictListing.render(
        conflicts, observed: catalog.observationConflicts(geo: geoID), catalog: catalog,
        format: format, localizer: Localizer(language, catalog: catalog)))
  }
}
