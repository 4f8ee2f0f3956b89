import Catalog
import Foundation
import Reports
import Support

/// `provbench report`: the default report set for analysts, written to ./reports/.
struct ReportCommand: Command {
  static let spec = CommandSpec(
    path: ["report"],
    overview:
      "Write the Markdown and HTML report set (index, province profiles, comparison, dashboard, conflicts).",
    options: [
      OptionSpec(
        name: "--province", value: "ids",
        help: "Only these provinces, comma-separated (default: every NMM province)."),
      OptionSpec(
        name: "--compare", value: "a,b",
        help: "The pair for the comparison page (default: thai-nguyen,lai-chau)."),
      OptionSpec(name: "--year", value: "year", help: "Horizon of the dashboard (default 2030)."),
      OptionSpec(name: "--geography", value: "version", help: "2024 (default) or 2025."),
      langOption(default: .vi, "the pages"),
      OptionSpec(
        name: "--format", value: "format",
        help: "both (default), md, html, or xlsx (one workbook, a sheet per table; --output)."),
      outputOption,
      OptionSpec(
        name: "--out", value: "dir",
        help: "Output directory (default: ./reports), new, empty or an earlier report set; "
          + "replaced whole."),
      OptionSpec(name: "--stamp", value: nil, help: "Print the generation time on the index page."),
      dataOption,
    ])

  var provinces: [String]?
  var compare: [String]?
  var year: Int
  var geography: GeographyVersion
  var language: Language
  var format: ReportFormat
  /// `--format xlsx`: one workbook instead of the page set.
  var workbook: Bool
  var output: String?
  var out: String
  var stamp: Bool
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    provinces = arguments.options["--province"].map(Self.list)
    if let provinces {
      guard !provinces.isEmpty else {
        throw UsageError(message: "'--province' needs province ids, e.g. 'lai-chau,son-la'")
      }
      if let repeated = provinces.first(where: { id in provinces.filter { $0 == id }.count > 1 }) {
        throw UsageError(message: "'--province' names \(Text.quoted(repeated)) twice")
      }
    }
    compare = arguments.options["--compare"].map(Self.list)
    if let compare, compare.count != 2 {
      throw UsageError(message: "'--compare' takes two provinces, e.g. 'thai-nguyen,lai-chau'")
    }
    year = try arguments.integer("--year") ?? 2030
    geography = try arguments.choice("--geography", default: GeographyVersion.before2025)
    language = try arguments.language(default: .vi)
    workbook = arguments.options["--format"] == "xlsx"
    format = workbook ? .both : try arguments.choice("--format", default: ReportFormat.both)
    output = arguments.options["--output"]
    if workbook, arguments.options["--out"] != nil {
      throw UsageError(
        message: "'--format xlsx' writes one file: give '--output FILE', not '--out'")
    }
    out = arguments.options["--out"] ?? "reports"
    guard !out.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError(message: "'--out' needs a directory, e.g. 'reports'")
    }
    stamp = arguments.flags.contains("--stamp")
    dataPath = arguments.options["--data"]
  }

  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    if workbook { try Workbooks.checkDestination(output, environment) }
    let catalog = try loadCatalog(dataPath, environment).catalog
    let ids = try provinces.map { try $0.map { try catalog.geoID(matching: $0) } }
    let pair = try compare.map {
      (try catalog.geoID(matching: $0[0]), try catalog.geoID(matching: $0[1]))
    }
    var options = ReportOptions(
      provinces: ids, comparison: pair, year: year, geography: geography, language: language,
      stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil)
    let (dataURL, _) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let spec = dataURL.appendingPathComponent("composite/nmm-targets-2030.json")
    if FileManager.default.fileExists(atPath: spec.path) { options.compositeSpec = spec }
    let pages = try ReportSet.pages(catalog, options)
    if workbook {
      let book = ReportWorkbook.workbook(pages)
      return try Workbooks.write(
        try book.bytes(), to: output, environment, output: CommandOutput(),
        summary: "\(book.sheets.count) sheets")
    }
    let directory =
      out.hasPrefix("/")
      ? URL(fileURLWithPath: out)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(out)
    let paths = try ReportWriter.write(pages, format: format, to: directory, displayPath: out)
    return CommandOutput(stdout: paths.map { "\($0)\n" }.joined())
  }
}
