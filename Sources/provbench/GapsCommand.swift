import Benchmark
import Catalog
import Reports

/// `provbench gaps <province>`: targets against the regional average, nation and leader.
struct GapsCommand: Command {
  static let spec = CommandSpec(
    path: ["gaps"],
    overview: "Gap analysis of a province's targets against the region, the nation and the leader.",
    arguments: [("province", "A province (id or name).")],
    options: [
      OptionSpec(name: "--year", value: "year", help: "Only targets due in this year."),
      OptionSpec(name: "--geography", value: "version", help: "2024 (default) or 2025."),
      OptionSpec(
        name: "--format", value: "format",
        help: "table (default), csv, json, md, xlsx or docx (the report's page, as a"
          + " Vietnamese administrative document)."),
      bomOption, outputOption,
      WhatIf.option, langOption(), dataOption,
    ] + WordDocuments.options,
    positionalCount: 1...1)

  var province: String
  var year: Int?
  var geography: GeographyVersion
  var format: ListingFormat
  var language: Language
  var dataPath: String?
  var with: String?
  var word: WordDocuments.Request
  var docx: Bool

  init(_ arguments: ParsedArguments) throws {
    province = arguments.positionals[0]
    year = try arguments.integer("--year")
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    docx = WordDocuments.wanted(arguments)
    format = docx ? .table : try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
    with = arguments.options["--with"]
    word = try WordDocuments.Request(arguments, docx: docx)
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let id = try catalog.geoID(matching: province)
    if docx {
      let options = ReportOptions(
        year: year ?? 2030, geography: geography, language: word.language)
      let page = ReportSet.page(.profile(id), catalog, options)
      return try WordDocuments.write(
        page, word.heading(catalog.geoName(id), isDraft: false), word, environment)
    }
    let gaps = catalog.gaps(of: id, year: year, geography: geography)
    let before = GapsListing.render(
      gaps, catalog: catalog, format: format, localizer: Localizer(language, catalog: catalog))
    guard let with else { return CommandOutput(stdout: before) }
    let draft = try WhatIf.load(with, dataPath: dataPath, environment)
    let afterGaps = draft.gaps(of: id, year: year, geography: geography)
    let after = GapsListing.render(
      afterGaps, catalog: draft, format: format, localizer: Localizer(language, catalog: draft))
    let changes =
      format == .table
      ? GapsListing.changes(
        before: gaps, after: afterGaps, catalog: draft,
        localizer: Localizer(language, catalog: draft)) + "\n" : ""
    return CommandOutput(
      stdout: changes
        + WhatIfOutput.join(
          before: before, after: after, with: with, format: format, language: language))
  }
}
