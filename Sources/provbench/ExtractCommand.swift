import Catalog
import Extraction
import Foundation
import Reports
import Support

/// `provbench extract FILE --geo ID`: candidate targets read from a plan's text, and
/// `provbench extract --evaluate`: how well that works on the documents provbench holds.
struct ExtractCommand: Command {
  static let spec = CommandSpec(
    path: ["extract"],
    overview:
      "Propose candidate targets (targets.csv rows) from a plan's text, OCR damage included.",
    arguments: [
      (
        "file",
        "The plan's text: UTF-8, with or without diacritics; with --evaluate, a labelled set's"
          + " directory (texts and expected.csv)."
      )
    ],
    options: [
      OptionSpec(
        name: "--geo", value: "id", help: "The province or region of the plan (required)."),
      OptionSpec(name: "--document", value: "id", help: "The document id written in the rows."),
      OptionSpec(
        name: "--format", value: "format",
        help: "csv (default: the targets.csv columns, then lines, extraction_confidence, reason)"
          + " or md; with --evaluate, table (default), csv or md, and json with a directory."),
      OptionSpec(
        name: "--evaluate", value: nil,
        help: "Extract each document of documents.csv that has a file and print precision and"
          + " recall against targets.csv; with a directory, score against its expected.csv."),
      OptionSpec(
        name: "--details", value: nil,
        help: "With --evaluate: also list spurious candidates and missed targets."),
      OptionSpec(
        name: "--lexicon", value: "file", help: "Keyword lexicon (default: <data>/lexicon.csv)."),
      langOption(default: .en, "--evaluate's table and md"), dataOption,
    ],
    positionalCount: 0...1)

  enum Format: String, CaseIterable {
    case table
    case csv
    case md
    case json
  }

  var file: String?
  var geo: String?
  var document: String?
  var format: Format
  var evaluate: Bool
  var details: Bool
  var lexiconPath: String?
  var language: Language
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    file = arguments.positionals.first
    geo = arguments.options["--geo"]
    document = arguments.options["--document"]
    evaluate = arguments.flags.contains("--evaluate")
    details = arguments.flags.contains("--details")
    lexiconPath = arguments.options["--lexicon"]
    language = try arguments.language()
    dataPath = arguments.options["--data"]
    format = try arguments.choice("--format", default: evaluate ? Format.table : Format.csv)
    if evaluate {
      if file != nil && details {
        throw UsageError(message: "option '--details' goes with '--evaluate' without a directory")
      }
      if file == nil && format == .json {
        throw UsageError(
          message: "invalid value 'json' for '--format'; expected one of: table, csv, md")
      }
      for option in ["--geo", "--document"] where arguments.options[option] != nil {
        throw UsageError(message: "option '\(option)' does not apply with '--evaluate'")
      }
    } else {
      guard file != nil else { throw UsageError(message: "missing argument <file>") }
      guard geo != nil else { throw UsageError(message: "missing option '--geo'") }
      if details { throw UsageError(message: "option '--details' needs '--evaluate'") }
      if format == .table || format == .json {
        throw UsageError(
          message: "invalid value '\(format.rawValue)' for '--format'; expected one of: csv, md")
      }
    }
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (url, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let catalog = try CatalogLoader.load(from: url, displayPath: display).catalog
    let lexiconURL =
      lexiconPath.map { resolve($0, environment) }
      ?? url.appendingPathComponent("lexicon.csv")
    let lexiconDisplay = lexiconPath ?? "\(display)/lexicon.csv"
    let loaded = try Lexicon.load(
      from: lexiconURL, displayPath: lexiconDisplay, indicators: catalog.indicators)
    var stderr = loaded.warnings.map { "\($0)\n" }.joined()
    if evaluate, let file {
      let evaluation = try LabelledEvaluation.run(
        directory: resolve(file, environment), displayPath: file,
        extractor: TargetExtractor(lexicon: loaded.lexicon, indicators: catalog.indicators))
      return CommandOutput(
        stdout: LabelledEvaluationOutput.render(evaluation, format), stderr: stderr)
    }
    if evaluate {
      let evaluation = try ExtractionEvaluation.run(
        catalog: catalog, lexicon: loaded.lexicon, sources: url.appendingPathComponent("sources"),
        sourcesPath: "\(display)/sources")
      return CommandOutput(stdout: render(evaluation), stderr: stderr)
    }
    guard let file, let geo else { return CommandOutput() }
    let geoID = try catalog.geoID(matching: geo)
    if let document, catalog.document(id: document) == nil {
      stderr +=
        "warning: document \(Text.quoted(document)) is not in \(display)/documents.csv yet\n"
    }
    let text = try UTF8Text.read(resolve(file, environment), displayPath: file)
    let candidates = TargetExtractor(lexicon: loaded.lexicon, indicators: catalog.indicators)
      .extract(text, geo: geoID, document: document)
    let unclassified = candidates.filter { $0.indicator == nil }.count
    stderr +=
      "\(file): \(candidates.count) candidate\(candidates.count == 1 ? "" : "s")"
      + " (\(unclassified) unclassified)\n"
    return CommandOutput(stdout: render(candidates), stderr: stderr)
  }

  private func resolve(_ path: String, _ environment: Environment) -> URL {
    path.hasPrefix("/")
      ? URL(fileURLWithPath: path)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(path)
  }

  private func render(_ candidates: [CandidateTarget]) -> String {
    switch format {
    case .csv, .table, .json:
      return CSVWriter.row(CandidateTarget.csvColumns)
        + candidates.map { CSVWriter.row($0.csvFields) }.joined()
    case .md:
      let header = [
        "id", "indicator", "comparator", "value", "value_high", "year", "lines",
        "extraction_confidence", "quote", "reason",
      ]
      let rows = candidates.map { c -> [String] in
        let fields = Dictionary(
          zip(CandidateTarget.csvColumns, c.csvFields), uniquingKeysWith: { a, _ in a })
        var row = header.map { fields[$0] ?? "" }
        row[2] = c.quantity.comparator.symbol
        return row
      }
      return MarkdownTable(header: header, rows: rows).rendered()
    }
  }

  private func render(_ evaluation: ExtractionEvaluation) -> String {
    // CSV keeps its column names; table and md speak --lang
    let labels: [Label] = [
      .listDocuments, .listTargets, .listCandidates, .listMatched, .listPrecision, .listRecall,
    ]
    let header = labels.map { $0.text(format == .csv ? .en : language) }
    let decimalComma = format != .csv && language == .vi
    func ratio(_ value: Double?) -> String {
      let text = value.map { String(format: "%.2f", $0) } ?? "–"
      return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
    let pooled = evaluation.overall.document
    let rows = (evaluation.documents + [evaluation.overall]).map { result in
      [
        decimalComma && result.document == pooled
          ? Label.listOverall.text(language) : result.document, "\(result.targets)",
        "\(result.candidates)", "\(result.truePositives)",
        ratio(result.precision), ratio(result.recall),
      ]
    }
    var out: String
    switch format {
    case .table: out = TextTable(header: header, rows: rows).rendered()
    case .csv: out = CSVWriter.row(header) + rows.map(CSVWriter.row).joined()
    case .md, .json: out = MarkdownTable(header: header, rows: rows).rendered()
    }
    if format == .table { out += "\n" + Label.listEvaluateNote.text(language) + "\n" }
    guard details else { return out }
    let overall = evaluation.overall
    out += "\nspurious candidates:\n"
    out += overall.spurious.map { c in
      "  \(c.id) \(c.indicatorID) \(Self.figure(c.quantity)) \(c.horizon?.csv ?? "no year")"
        + " (lines \(c.linesText))\n"
    }.joined()
    out += "missed targets:\n"
    out += overall.missed.map { t in
      "  \(t.id) \(t.indicator) \(t.quantity.map(Self.figure) ?? "")"
        + " \(t.horizon?.csv ?? "no year")\n"
    }.joined()
    return out
  }

  /// `>= 40`, `range 16–18`.
  static func figure(_ quantity: Quantity) -> String {
    "\(quantity.comparator.rawValue) \(NumberFormat.plain(quantity.value))"
      + (quantity.valueHigh.map { "–" + NumberFormat.plain($0) } ?? "")
  }
}
