import Catalog
import Reports

/// `provbench catalog show <target-id>`: one target with its document and verbatim quote.
struct CatalogShowCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "show"],
    overview: "Show one target with its document, section, source lines and verbatim quote.",
    arguments: [("target-id", "The target's id, e.g. tn62-06.")],
    options: [
      OptionSpec(name: "--format", value: "format", help: "text (default) or json."),
      langOption(default: .en, "text output"), dataOption,
    ],
    positionalCount: 1...1)

  enum Format: String, CaseIterable {
    case text
    case json
  }

  var id: String
  var format: Format
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    id = arguments.positionals[0]
    format = try arguments.choice("--format", default: Format.text)
    language = try arguments.language()
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let catalog = try loadCatalog(dataPath, environment).catalog
    let target = try catalog.target(matching: id)
    switch format {
    case .text:
      return CommandOutput(
        stdout: TargetDetail.render(
          target, catalog: catalog, localizer: Localizer(language, catalog: catalog)))
    case .json:
      return CommandOutput(stdout: TargetListing.render([target], catalog: catalog, format: .json))
    }
  }
}
