import Catalog
import Foundation
import TestSupport
import Testing

@testable import provbench

/// `provbench extract`, run through the command type (and through the built binary once the
/// command is registered in `CLI.commands`).
@Suite struct ExtractCommandTests {
  static let environment = Environment(
    variables: [:], currentDirectory: Runner.packageRoot.path)
  static let input = "Tests/provbenchTests/Golden/extract-plan-input.txt"

  static func run(_ words: [String]) throws -> CommandOutput {
    let arguments = try ParsedArguments(words, spec: ExtractCommand.spec)
    return try ExtractCommand(arguments).run(environment)
  }

  static var registered: Bool {
    CLI.commands.contains { ObjectIdentifier($0) == ObjectIdentifier(ExtractCommand.self) }
  }

  @Test func csvRowsInTheTargetsFormat() throws {
    let output = try Self.run([Self.input, "--geo", "Lai Châu", "--document", "mau-kh-01"])
    #expect(output.status == 0)
    #expect(
      output.stdout.hasPrefix(
        "id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,label,"
          + "confidence,caveat,note,lines,extraction_confidence,reason,role\n"))
    #expect(output.stdout.contains("mau-kh-01-x01,lai-chau,digital_economy_share_grdp,"))
    #expect(output.stderr.contains("8 candidates (0 unclassified)"))
    #expect(
      output.stderr.contains("warning: document 'mau-kh-01' is not in datasets/documents.csv"))
    Golden.check(output.stdout, "extract-plan.csv")
  }

  @Test func markdownTable() throws {
    let output = try Self.run([Self.input, "--geo", "lai-chau", "--format", "md"])
    #expect(output.stdout.hasPrefix("| id | indicator | comparator |"))
    Golden.check(output.stdout, "extract-plan.md")
  }

  @Test func evaluateReportsPrecisionAndRecallPerDocument() throws {
    let output = try Self.run(["--evaluate"])
    #expect(output.status == 0 && output.stderr.isEmpty)
    let overall = try #require(
      output.stdout.split(separator: "\n").first { $0.hasPrefix("overall") })
    let columns = overall.split(separator: " ").compactMap { Double($0) }
    try #require(columns.count == 5)
    #expect(columns[3] >= 0.9 && columns[4] >= 0.9)
    Golden.check(output.stdout, "extract-evaluate.txt")
  }

  @Test func evaluateDetailsAndOtherFormats() throws {
    let details = try Self.run(["--evaluate", "--details"])
    #expect(details.stdout.contains("spurious candidates:\nmissed targets:\n"))
    let csv = try Self.run(["--evaluate", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("document,targets,candidates,matched,precision,recall\n"))
    let md = try Self.run(["--evaluate", "--format", "md"])
    #expect(md.stdout.hasPrefix("| document | targets |"))
  }

  @Test(arguments: [
    (["--geo", "lai-chau"], "missing argument <file>"),
    (["plan.txt"], "missing option '--geo'"),
    (
      ["--evaluate", "set", "--details"],
      "option '--details' goes with '--evaluate' without a directory"
    ),
    (
      ["--evaluate", "--format", "json"],
      "invalid value 'json' for '--format'; expected one of: table, csv, md"
    ),
    (["--evaluate", "--geo", "lai-chau"], "option '--geo' does not apply with '--evaluate'"),
    (["plan.txt", "--geo", "x", "--details"], "option '--details' needs '--evaluate'"),
    (
      ["plan.txt", "--geo", "x", "--format", "json"],
      "invalid value 'json' for '--format'; expected one of: csv, md"
    ),
    (
      ["plan.txt", "--geo", "x", "--format", "table"],
      "invalid value 'table' for '--format'; expected one of: csv, md"
    ),
  ])
  func usageErrors(_ words: [String], _ message: String) throws {
    let error = try #require(throws: UsageError.self) { try Self.run(words) }
    #expect(error.message == message)
  }

  @Test func unknownGeoAndUnreadableFile() throws {
    let geo = try #require(throws: CatalogError.self) {
      try Self.run([Self.input, "--geo", "lai chau 2"])
    }
    #expect(CLI.failure(geo).status == 64)
    let file = try #require(throws: CatalogError.self) {
      try Self.run(["no-such-plan.txt", "--geo", "lai-chau"])
    }
    #expect(
      CLI.failure(file).stderr == "no-such-plan.txt: error: cannot read file: no such file\n"
    )
  }

  @Test func aBrokenLexiconIsReportedWithItsLocation() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("provbench-extract-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let lexicon = directory.appendingPathComponent("lexicon.csv")
    try "indicator,language,keyword\nhdi_x,vi,HDI\n".write(
      to: lexicon, atomically: true, encoding: .utf8)
    let error = try #require(throws: CatalogError.self) {
      try Self.run([Self.input, "--geo", "lai-chau", "--lexicon", lexicon.path])
    }
    let output = CLI.failure(error)
    #expect(output.status == 65)
    #expect(
      output.stderr.hasPrefix(
        "\(lexicon.path):2:1: error: unknown indicator 'hdi_x' (did you mean 'hdi'?)\n"))
  }

  @Test(.enabled(if: registered)) func endToEndThroughTheBinary() throws {
    let run = try Runner.run([
      "extract", Self.input, "--geo", "lai-chau", "--document", "mau-kh-01",
    ])
    #expect(run.status == 0)
    Golden.check(run.stdout, "extract-plan.csv")
    let help = try Runner.run(["help", "extract"])
    #expect(help.stdout.hasPrefix("OVERVIEW: Propose candidate targets"))
    let evaluate = try Runner.run(["extract", "--evaluate"])
    Golden.check(evaluate.stdout, "extract-evaluate.txt")
  }
}
