import Benchmark
import Catalog
import Reports

/// `provbench coverage`: what is known of each province and indicator of the region.
struct CoverageCommand: Command {
  static let spec = CommandSpec(
    path: ["coverage"],
    overview:
      "Show, for each province of the region and indicator, its target and latest observed value.",
    options: [
      OptionSpec(
        name: "--indicator", value: "ids",
        help: "Only these indicators, comma-separated (default: every one with data)."),
      OptionSpec(
        name: "--year", value: "year", help: "Horizon year of the targets (default 2030)."),
      OptionSpec(name: "--geography", value: "version", help: "2024 (default) or 2025."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
      langOption(), dataOption,
    ])

  var indicators: [String]?
  var year: Int
  var geography: GeographyVersion
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    indicators = arguments.options["--indicator"].map {
      $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    }
    if indicators?.contains(where: \.isEmpty) == true || indicators == [] {
      throw UsageError(message: "option '--indicator' needs indicator ids separated by commas")
    }
    year = try arguments.integer("--year") ?? 2030
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let ids = try indicators.map { try $0.map { try catalog.indicatorID(matching: $0) } }
    let matrix = catalog.coverage(geography: geography, year: year, indicators: ids)
    return CommandOutput(
      stdout: CoverageListing.render(
        matrix, catalog: catalog, format: format,
        localizer: Localizer(language, catalog: catalog)))
  }
}
