import Benchmark
import Catalog
import Foundation
import Reports
import Support

/// `provbench draft <province>`: proposed updated targets with their rationale.
struct DraftCommand: Command {
  static let spec = CommandSpec(
    path: ["draft"],
    overview: "Propose updated targets for a province, each with its rule, inputs, pace and flags.",
    arguments: [("province", "A province (id or name).")],
    options: [
      OptionSpec(name: "--horizon", value: "year", help: "The horizon year (default 2030)."),
      OptionSpec(
        name: "--rule", value: "rules",
        help: "Comma-separated: " + DraftRule.spellings.joined(separator: ", ")
          + " (default regional-mean)."),
      OptionSpec(
        name: "--combine", value: "how",
        help: "first (default: the first rule that applies) or max (the most ambitious)."),
      OptionSpec(name: "--geography", value: "version", help: "2024 (default) or 2025."),
      langOption(default: .vi, "table, md, html and the rationale"),
      OptionSpec(
        name: "--format", value: "format",
        help:
          "table (default), md, html, csv (targets.csv rows), json, xlsx, or docx (the page as"
          + " a Vietnamese administrative document)."), bomOption,
      outputOption,
      OptionSpec(
        name: "--out", value: "dir",
        help:
          "Also write a complete dataset with the draft added (for --with and catalog validate)."),
      dataOption,
    ] + WordDocuments.options,
    positionalCount: 1...1)

  enum Format: String, CaseIterable {
    case table, md, html, csv, json, docx
  }

  var province: String
  var horizon: Int
  var rules: [DraftRule]
  var combination: DraftCombination
  var geography: GeographyVersion
  var language: Language
  var format: Format
  var out: String?
  var dataPath: String?
  var word: WordDocuments.Request

  init(_ arguments: ParsedArguments) throws {
    province = arguments.positionals[0]
    horizon = try arguments.integer("--horizon") ?? 2030
    let words = (arguments.options["--rule"] ?? "regional-mean").split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    rules = try words.map { word in
      guard let rule = DraftRule(argument: word) else {
        throw UsageError(
          message: "unknown rule \(Text.quoted(word)); expected: "
            + DraftRule.spellings.joined(separator: ", "))
      }
      return rule
    }
    guard !rules.isEmpty else { throw UsageError(message: "'--rule' needs at least one rule") }
    combination = try arguments.choice("--combine", default: DraftCombination.first)
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    language = try arguments.language(default: .vi)
    format = try arguments.choice("--format", default: Format.table)
    out = arguments.options["--out"]
    dataPath = arguments.options["--data"]
    word = try WordDocuments.Request(arguments, docx: format == .docx)
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (url, _) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let catalog = try loadCatalog(dataPath, environment).catalog
    let id = try catalog.geoID(matching: province)
    let peers = try rules.map { rule -> DraftRule in
      guard case .peer(let name) = rule else { return rule }
      return .peer(try catalog.geoID(matching: name))
    }
    let draft = catalog.draft(
      id, year: horizon, rules: peers, combination: combination, geography: geography)
    let export = DraftExport(draft, catalog: catalog, language: language)
    var output: String
    var document: [UInt8]?
    switch format {
    case .docx:
      try Workbooks.checkDestination(word.output, environment, kind: "a Word document")
      let page = DraftPage.build(
        draft, catalog: catalog, language: word.language, geography: geography)
      document = try AdministrativeDocument(
        page: page, heading: word.heading(catalog.geoName(id), isDraft: true)
      ).bytes()
      output = ""
    case .table:
      output = DraftListing.table(
        draft, catalog: catalog, localizer: Localizer(language, catalog: catalog))
    case .json: output = DraftListing.json(draft)
    case .csv: output = export.csv
    case .md, .html:
      let page = DraftPage.build(draft, catalog: catalog, language: language, geography: geography)
      output = format == .md ? MarkdownRenderer.render(page) : HTMLRenderer.render(page)
    }
    if let out {
      let target =
        out.hasPrefix("/")
        ? URL(fileURLWithPath: out)
        : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(out)
      try DraftDataset.write(export, base: url, to: target, displayPath: out)
      let result = CommandOutput(
        stdout: output,
        stderr: "wrote \(out) (check it with: provbench catalog validate --data \(out))\n")
      return try finish(result, document, environment)
    }
    return try finish(CommandOutput(stdout: output), document, environment)
  }

  /// The output, with the Word document written where it was asked for.
  private func finish(
    _ output: CommandOutput, _ document: [UInt8]?, _ environment: Environment
  ) throws -> CommandOutput {
    guard let document else { return output }
    return try Workbooks.write(
      document, to: word.output, environment, output: output, summary: "draft (Word, A4)")
  }
}
