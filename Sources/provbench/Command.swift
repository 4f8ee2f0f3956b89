import Catalog
import Foundation
import Reports

/// What a command produced; printed only once the command has finished, so a failure
/// never leaves half an output behind.
struct CommandOutput {
  var stdout = ""
  var stderr = ""
  var status: Int32 = 0
  /// Bytes for standard output instead of `stdout` (a workbook).
  var binary: [UInt8]?
}

/// The process surroundings a command may read.
struct Environment {
  var variables: [String: String]
  var currentDirectory: String
  /// Whether stderr is a terminal (for progress lines).
  var stderrIsTerminal: Bool = false
  /// Whether stdout is a terminal (binary output is refused there).
  var stdoutIsTerminal: Bool = false
}

/// One subcommand: parses and validates its arguments in `init`, then runs.
protocol Command {
  static var spec: CommandSpec { get }
  init(_ arguments: ParsedArguments) throws
  func run(_ environment: Environment) throws -> CommandOutput
}

/// The `--data` option shared by every command that reads the catalog.
let dataOption = OptionSpec(
  name: "--data", value: "dir",
  help: "Dataset directory (default: $PROVBENCH_DATA, then ./datasets).")

/// `--bom`, shared by every command with CSV output: a UTF-8 byte-order mark before the CSV,
/// which Excel on Windows needs to read Vietnamese in a CSV file as UTF-8.
let bomOption = OptionSpec(
  name: "--bom", value: nil,
  help: "With --format csv: start with a UTF-8 byte-order mark (for Excel on Windows).")

/// `--output`, shared by every command with a binary output (`--format xlsx`, `docx`).
let outputOption = OptionSpec(
  name: "--output", value: "file",
  help: "With --format xlsx or docx: the file (default: standard output, if not a terminal).")

/// `--lang`, shared by every command: the language of its words and numbers in `table` and
/// `md` output (`37,6` in Vietnamese); `csv`, `json` and `xlsx` are for programs and the same
/// in both. Listings default to English, the language of the CLI's help and errors; `report`
/// and `draft` to Vietnamese. `CLI.run` checks the value for every command.
func langOption(default fallback: Language = .en, _ applies: String = "table and md output")
  -> OptionSpec
{
  let choices = fallback == .en ? "en (default) or vi" : "vi (default) or en"
  return OptionSpec(
    name: "--lang", value: "language",
    help: "\(choices): the language of \(applies); csv, json and xlsx are the same in both.")
}

extension ParsedArguments {
  /// The `--lang` value, `fallback` when it is not given.
  /// - Throws: `UsageError` naming the allowed values.
  func language(default fallback: Language = .en) throws -> Language {
    try choice("--lang", default: fallback)
  }
}

/// Loads the catalog from `--data`, `PROVBENCH_DATA` or `./datasets`.
func loadCatalog(_ dataPath: String?, _ environment: Environment) throws -> LoadedCatalog {
  let (url, display) = try DataDirectory.resolve(
    option: dataPath, environment: environment.variables,
    currentDirectory: environment.currentDirectory)
  return try CatalogLoader.load(from: url, displayPath: display)
}
