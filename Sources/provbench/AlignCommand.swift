import Catalog
import Reports

/// `provbench align`: the region's targets lined up by indicator and year.
struct AlignCommand: Command {
  static let spec = CommandSpec(
    path: ["align"],
    overview: "Line up comparable targets of the region's provinces by indicator and year.",
    options: [
      OptionSpec(name: "--indicator", value: "id", help: "Only this indicator."),
      OptionSpec(name: "--year", value: "year", help: "Only targets due in this year."),
      OptionSpec(
        name: "--geography", value: "version",
        help: "2024 (14 provinces before the 1 July 2025 merger, default) or 2025 (after it)."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
      langOption(), dataOption,
    ])

  var indicator: String?
  var year: Int?
  var geography: GeographyVersion
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    indicator = arguments.options["--indicator"]
    year = try arguments.integer("--year")
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let indicatorID = try indicator.map { try catalog.indicatorID(matching: $0) }
    let alignment = catalog.align(geography: geography, indicator: indicatorID, year: year)
    return CommandOutput(
      stdout: AlignmentListing.render(
        alignment, catalog: catalog, format: format,
        localizer: Localizer(language, catalog: catalog)))
  }
}
