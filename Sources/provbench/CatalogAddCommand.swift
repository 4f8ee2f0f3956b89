import Catalog
import Extraction
import Foundation
import Support

/// `provbench catalog add SHEET`: the accepted rows of a review sheet into the dataset.
struct CatalogAddCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "add"],
    overview:
      "Add the accepted rows of a review sheet (from 'provbench ingest') to the dataset,"
      + " validated, all files at once.",
    arguments: [("review", "The review sheet, <document>-review.csv, with its decisions.")],
    options: [langOption(default: .en, "the summary"), dataOption],
    positionalCount: 1...1)

  var sheet: String
  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    guard let sheet = arguments.positionals.first else {
      throw UsageError(message: "missing argument <review>")
    }
    self.sheet = sheet
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let (url, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let catalog = try CatalogLoader.load(from: url, displayPath: display).catalog
    let sheetURL =
      sheet.hasPrefix("/")
      ? URL(fileURLWithPath: sheet)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(sheet)
    let decisions = try ReviewDecisions.read(
      sheetURL, displayPath: sheet, indicators: catalog.indicators)

    var documents: [[String: String]] = []
    var problems: [Diagnostic] = []
    for (id, geo) in decisions.documents.sorted(by: { $0.key < $1.key })
    where catalog.document(id: id) == nil {
      let file = "\(id).txt"
      let path = "\(display)/sources/\(file)"
      let firstUse = decisions.accepted.first {
        ($0.fields["document"] ?? $0.fields["source"]) == id
      }
      guard
        let bytes = try? FileInput.bytes(
          of: url.appendingPathComponent("sources").appendingPathComponent(file),
          displayPath: path)
      else {
        problems.append(
          Diagnostic(
            .error,
            at: firstUse?.origin ?? SourceLocation(file: sheet, line: 1, column: 1),
            "document \(Text.quoted(id)) is not in \(display)/documents.csv and has no source"
              + " text \(Text.quoted(path)): ingest the document first"))
        continue
      }
      documents.append([
        "id": id, "geo": geo, "issuer": "", "number": "", "date": "", "kind": "plan",
        "title": Self.title(of: bytes, or: id), "implements": "", "file": file, "url": "",
        "language": "vi", "confidence": "primary",
        "note":
          "Added by provbench catalog add from \(URL(fileURLWithPath: sheet).lastPathComponent);"
          + " issuer, number, date, kind and title to be checked against the document.",
        "sha256": SHA256.hex(bytes),
      ])
    }
    if !problems.isEmpty { throw CatalogError.invalidData(problems) }

    let outcome: CatalogAddition.Outcome
    do {
      outcome = try CatalogAddition.add(
        decisions.accepted, documents: documents, to: url, displayPath: display)
    } catch let error as CatalogError {
      guard case .invalidData = error else { throw error }
      var output = CLI.failure(error)
      output.stderr +=
        "the errors are located in the files as they would have been written (the accepted"
        + " rows of \(sheet) appended in order); the dataset was not changed\n"
      return output
    }
    return CommandOutput(
      stdout: summary(outcome, decisions, display),
      stderr: outcome.warnings.map { "\($0)\n" }.joined())
  }

  /// Every row of the sheet, accounted for: added, skipped, rejected or undecided.
  private func summary(
    _ outcome: CatalogAddition.Outcome, _ decisions: ReviewDecisions, _ display: String
  ) -> String {
    var out = ""
    for record in [CatalogAddition.Record.target, .observation] {
      let rows = outcome.added.filter { $0.record == record }
      guard !rows.isEmpty else { continue }
      out += "added to \(display)/\(record.file):\n"
      out += rows.map { "  \($0.id) (line \($0.origin.line))\n" }.joined()
    }
    for id in outcome.addedDocuments {
      out += "added document \(Text.quoted(id)) to \(display)/documents.csv (check its title,"
      out += " issuer, number and date)\n"
    }
    if !outcome.duplicates.isEmpty {
      out += "skipped as already in the dataset:\n"
      out += outcome.duplicates.map {
        "  \($0.row.id) (line \($0.row.origin.line)): \($0.reason)\n"
      }
      .joined()
    }
    if !decisions.rejected.isEmpty {
      out += "rejected (excluded):\n"
      out += decisions.rejected.map { left in
        "  \(left.id) (line \(left.line)): "
          + (left.reviewNote.isEmpty ? "no reason given" : left.reviewNote) + "\n"
      }.joined()
    }
    if !decisions.undecided.isEmpty {
      out += "left undecided:\n"
      out += decisions.undecided.map { "  \($0.id) (line \($0.line))\n" }.joined()
    }
    let total =
      decisions.accepted.count + decisions.rejected.count + decisions.undecided.count
    out +=
      "\(sheet): \(total) row\(total == 1 ? "" : "s"): \(outcome.added.count) added,"
      + " \(outcome.duplicates.count) skipped as duplicates, \(decisions.rejected.count)"
      + " rejected, \(decisions.undecided.count) left undecided\n"
    return out
  }

  /// The first line of the source with words on it (a plan's first line is its title or
  /// issuer), as a provisional title the note asks to check.
  static func title(of bytes: [UInt8], or id: String) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n") where !line.hasPrefix("=== trang ") {
      let words = Text.collapsingWhitespace(String(line)).unicodeScalars.filter {
        Text.firstControlCharacter(String($0)) == nil
      }
      if words.contains(where: \.properties.isAlphabetic) {
        return String(String(String.UnicodeScalarView(words)).prefix(200))
      }
    }
    return id
  }
}
