import Benchmark
import Catalog
import Reports

/// `provbench rank --indicator ID`: the region's league table for one indicator.
struct RankCommand: Command {
  static let spec = CommandSpec(
    path: ["rank"],
    overview:
      "Rank the region's provinces on one indicator, with mean, median, weighted figure and coverage.",
    options: [
      OptionSpec(name: "--indicator", value: "id", help: "The indicator (required)."),
      OptionSpec(
        name: "--year", value: "year", help: "Horizon or observation year (default 2030)."),
      OptionSpec(name: "--geography", value: "version", help: "2024 (default) or 2025."),
      OptionSpec(
        name: "--observed", value: nil, help: "Rank latest observations instead of targets."),
      OptionSpec(
        name: "--format", value: "format", help: "table (default), csv, json, md or xlsx."),
      bomOption, outputOption,
      langOption(), dataOption,
    ])

  var indicator: String
  var year: Int
  var geography: GeographyVersion
  var observed: Bool
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    guard let indicator = arguments.options["--indicator"] else {
      throw UsageError(message: "missing option '--indicator'")
    }
    self.indicator = indicator
    year = try arguments.integer("--year") ?? 2030
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    observed = arguments.flags.contains("--observed")
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let id = try catalog.indicatorID(matching: indicator)
    guard
      let statistic = catalog.regionalStatistic(
        indicator: id, year: year, geography: geography,
        subject: observed ? .observations : .targets)
    else {
      let message =
        "no province of NMM (geography \(geography.rawValue)) has a figure for \(id) in \(year)\n"
      // a program reading CSV or JSON gets an empty table of the usual shape, a person the words
      switch format {
      case .csv, .json:
        return CommandOutput(
          stdout: RankListing.empty(indicator: id, year: year, format: format), stderr: message)
      case .table, .md: return CommandOutput(stdout: message)
      }
    }
    return CommandOutput(
      stdout: RankListing.render(
        statistic, catalog: catalog, format: format,
        localizer: Localizer(language, catalog: catalog)))
  }
}
