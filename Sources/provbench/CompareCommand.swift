import Catalog
import Reports
import Support

/// `provbench compare A B`: two provinces' targets side by side.
struct CompareCommand: Command {
  static let spec = CommandSpec(
    path: ["compare"],
    overview:
      "Set two provinces' targets side by side: aligned, not comparable (with the reason), conflicts.",
    arguments: [("first", "A province (id or name)."), ("second", "Another province.")],
    options: [
      OptionSpec(
        name: "--format", value: "format",
        help: "table (default), csv, json, md, xlsx or docx (the report's page, as a"
          + " Vietnamese administrative document)."),
      bomOption, outputOption,
      WhatIf.option, langOption(), dataOption,
    ] + WordDocuments.options,
    positionalCount: 2...2)

  var first: String
  var second: String
  var format: ListingFormat
  var language: Language
  var dataPath: String?
  var with: String?
  var word: WordDocuments.Request
  var docx: Bool

  init(_ arguments: ParsedArguments) throws {
    first = arguments.positionals[0]
    second = arguments.positionals[1]
    docx = WordDocuments.wanted(arguments)
    format = docx ? .table : try arguments.choice("--format", default: ListingFormat.table)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
    with = arguments.options["--with"]
    word = try WordDocuments.Request(arguments, docx: docx)
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let a = try catalog.geoID(matching: first)
    let b = try catalog.geoID(matching: second)
    guard a != b else {
      throw UsageError(
        message: "compare needs two different provinces, got \(Text.quoted(a)) twice")
    }
    if docx {
      // the geography in which both provinces exist: the 2025 one for a merged province
      let day = GeographyVersion.before2025.referenceDay
      let existed = [a, b].allSatisfy { catalog.province(id: $0)?.exists(on: day) ?? true }
      let options = ReportOptions(
        geography: existed ? .before2025 : .from2025, language: word.language)
      let page = ReportSet.page(.comparison(a, b), catalog, options)
      return try WordDocuments.write(
        page, word.heading(catalog.geoName(a), isDraft: false), word, environment)
    }
    let before = ComparisonListing.render(
      catalog.compare(a, b), catalog: catalog, format: format,
      localizer: Localizer(language, catalog: catalog))
    guard let with else { return CommandOutput(stdout: before) }
    let draft = try WhatIf.load(with, dataPath: dataPath, environment)
    let after = ComparisonListing.render(
      draft.compare(a, b), catalog: draft, format: format,
      localizer: Localizer(language, catalog: draft))
    return CommandOutput(
      stdout: WhatIfOutput.join(
        before: before, after: after, with: with, format: format, language: language))
  }
}
