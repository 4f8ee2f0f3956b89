import Catalog
import Reports

/// `provbench catalog targets`: lists targets, filtered by geo, indicator and year.
struct CatalogTargetsCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "targets"],
    overview: "List targets with their figures and documents.",
    options: [
      OptionSpec(
        name: "--geo", value: "id",
        help: "Only this province or region (lai-chau, 'Lai Châu', 'lai chau' all work)."),
      OptionSpec(name: "--indicator", value: "id", help: "Only this indicator."),
      OptionSpec(name: "--year", value: "year", help: "Only targets due in this year."),
      OptionSpec(
        name: "--format", value: "format",
        help: "table (default), csv (the targets.csv format), json, md or xlsx."), bomOption,
      outputOption,
      langOption(), dataOption,
    ])

  var geo: String?
  var indicator: String?
  var year: Int?
  var format: ListingFormat
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    geo = arguments.options["--geo"]
    indicator = arguments.options["--indicator"]
    year = try arguments.integer("--year")
    format = try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let geoID = try geo.map { try catalog.geoID(matching: $0) }
    let indicatorID = try indicator.map { try catalog.indicatorID(matching: $0) }
    let targets = catalog.targets.filter { target in
      (geoID == nil || target.geo == geoID)
        && (indicatorID == nil || target.indicator == indicatorID)
        && (year == nil || target.horizon?.year == year)
    }
    return CommandOutput(
      stdout: TargetListing.render(
        targets, catalog: catalog, format: format,
        localizer: Localizer(language, catalog: catalog)))
  }
}
