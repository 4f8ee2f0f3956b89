import Catalog
import Extraction
import Foundation
import Reports
import Support

/// `provbench ingest FILE --geo ID`: a plan as PDF, scan or text in; its text stored as a new
/// source of the dataset and a review sheet of candidate targets out.
struct IngestCommand: Command {
  static let spec = CommandSpec(
    path: ["ingest"],
    overview:
      "Store a plan's text (PDF, scan or text) as a source and write a review sheet of"
      + " candidate targets.",
    arguments: [
      (
        "file",
        "The document: .pdf (text layer, else OCR), .png, .jpg, .tif (OCR in Vietnamese) or"
          + " .txt (UTF-8)."
      )
    ],
    options: [
      OptionSpec(
        name: "--geo", value: "id", help: "The province or region of the document (required)."),
      OptionSpec(
        name: "--document", value: "id",
        help: "The document id (default: a slug of the file name); names the source file."),
      OptionSpec(
        name: "--review", value: "dir",
        help: "Where to write <document>-review.csv and .html (default: the current directory)."),
      OptionSpec(
        name: "--lexicon", value: "file", help: "Keyword lexicon (default: <data>/lexicon.csv)."),
      langOption(default: .en, "the summary"), dataOption,
    ],
    positionalCount: 1...1)

  var file: String
  var geo: String
  var document: String
  var reviewPath: String?
  var lexiconPath: String?
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    guard let file = arguments.positionals.first else {
      throw UsageError(message: "missing argument <file>")
    }
    guard let geo = arguments.options["--geo"] else {
      throw UsageError(message: "missing option '--geo'")
    }
    let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
    guard DocumentReader.extensions.contains(ext) else {
      throw UsageError(
        message: "cannot ingest \(Text.quoted(file)): expected a file ending in "
          + DocumentReader.extensions.map { ".\($0)" }.joined(separator: ", "))
    }
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let document = arguments.options["--document"] ?? Text.slug(name)
    guard Text.isSlug(document) else {
      throw UsageError(
        message: arguments.options["--document"] == nil
          ? "cannot make a document id from \(Text.quoted(name)): give one with '--document'"
          : "invalid document id \(Text.quoted(document)): use lower-case letters, digits and"
            + " single hyphens, e.g. 'lc-kh-57-2025'")
    }
    self.file = file
    self.geo = geo
    self.document = document
    reviewPath = arguments.options["--review"]
    lexiconPath = arguments.options["--lexicon"]
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (url, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let loaded = try CatalogLoader.load(from: url, displayPath: display)
    let catalog = loaded.catalog
    let lexiconURL =
      lexiconPath.map { resolve($0, environment) } ?? url.appendingPathComponent("lexicon.csv")
    let lexicon = try Lexicon.load(
      from: lexiconURL, displayPath: lexiconPath ?? "\(display)/lexicon.csv",
      indicators: catalog.indicators)
    let geoID = try catalog.geoID(matching: geo)
    var stderr = lexicon.warnings.map { "\($0)\n" }.joined()

    let started = Date()
    let read = try DocumentReader(path: environment.variables["PATH"])
      .read(resolve(file, environment), displayPath: file)
    let paged =
      URL(fileURLWithPath: file).pathExtension.lowercased() == "txt"
      ? PagedText(read.pages.joined()) : PagedText(pages: read.pages)
    let bytes = Array(paged.text.utf8)

    let sourceName = "\(document).txt"
    let sourceURL = url.appendingPathComponent("sources").appendingPathComponent(sourceName)
    let sourceDisplay = "\(display)/sources/\(sourceName)"
    var files: [(url: URL, bytes: [UInt8])] = []
    if let existing = try? FileInput.bytes(of: sourceURL, displayPath: sourceDisplay) {
      guard existing == bytes else { throw IngestError.sourceExists(path: sourceDisplay) }
    } else {
      files.append((sourceURL, bytes))
    }
    if let known = catalog.document(id: document), known.file != sourceName {
      stderr +=
        "warning: document \(Text.quoted(document)) is in \(display)/documents.csv with file"
        + " \(Text.quoted(known.file ?? "")), not \(Text.quoted(sourceName))\n"
    }

    let candidates = TargetExtractor(lexicon: lexicon.lexicon, indicators: catalog.indicators)
      .extract(paged.withoutMarkers, geo: geoID, document: document)
    let sheet = ReviewSheet(document: document, candidates: candidates, text: paged)
    let directory =
      reviewPath.map { resolve($0, environment) }
      ?? URL(fileURLWithPath: environment.currentDirectory)
    let reviewDisplay = reviewPath.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "."
    let csvName = "\(document)-review.csv"
    let htmlName = "\(document)-review.html"
    let csvURL = directory.appendingPathComponent(csvName)
    try refuseDecidedSheet(csvURL, "\(reviewDisplay)/\(csvName)")
    files.append((csvURL, Array(sheet.csv.utf8)))
    files.append(
      (
        directory.appendingPathComponent(htmlName),
        Array(
          ReviewPage.render(
            sheet, source: paged, sheetFile: csvName, indicators: catalog.indicators
          ).utf8)
      ))
    do {
      try AtomicFiles.write(files)
    } catch let failure as AtomicFiles.Failure {
      return CommandOutput(
        stderr: stderr + "error: cannot write \(Text.quoted(failure.path)): \(failure.reason)\n",
        status: 1)
    }

    let seconds = Date().timeIntervalSince(started)
    let unclassified = candidates.filter { $0.indicator == nil }.count
    let pages = paged.pageCount
    stderr +=
      "\(file): \(pages) page\(pages == 1 ? "" : "s")"
      + (read.ocrPages.isEmpty ? "" : " (\(read.ocrPages.count) read by OCR)")
      + ", \(candidates.count) candidate\(candidates.count == 1 ? "" : "s")"
      + " (\(unclassified) unclassified) in \(String(format: "%.1f", seconds)) s\n"
      + (files.first?.url == sourceURL
        ? "wrote \(sourceDisplay) (sha256 \(SHA256.hex(bytes)))\n"
        : "\(sourceDisplay) already holds this text; left as it is\n")
      + "wrote \(reviewDisplay)/\(csvName) and \(reviewDisplay)/\(htmlName)\n"
      + "next: write accept, edit or reject in the decision column, then run"
      + " 'provbench catalog add \(reviewDisplay)/\(csvName)'\n"
    return CommandOutput(stderr: stderr)
  }

  /// A sheet that already has decisions is the reviewer's work: never overwritten.
  private func refuseDecidedSheet(_ url: URL, _ display: String) throws {
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    let table = try CatalogError.reading {
      try CSVReader.read(contentsOf: url, displayPath: display)
    }
    guard let column = table.header.firstIndex(of: "decision") else { return }
    for record in table.records
    where record.fields.indices.contains(column) && !Text.trimmed(record.fields[column]).isEmpty {
      throw CatalogError.invalidData([
        Diagnostic(
          .error, at: table.location(of: record, field: column),
          "this review sheet already has decisions: run 'provbench catalog add' on it, or move"
            + " it away, before ingesting again")
      ])
    }
  }

  private func resolve(_ path: String, _ environment: Environment) -> URL {
    path.hasPrefix("/")
      ? URL(fileURLWithPath: path)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(path)
  }
}
