import Foundation
import TestSupport
import Testing

/// End-to-end runs of the built binary on the bundled datasets.
@Suite struct CatalogCommandTests {
  @Test func validateAcceptsTheShippedData() throws {
    let run = try Runner.run(["catalog", "validate"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    Golden.check(run.stdout, "catalog-validate.txt")
  }

  @Test func thaiNguyenDigitalEconomyAsCSV() throws {
    let run = try Runner.run([
      "catalog", "targets", "--geo", "thai-nguyen", "--indicator", "digital_economy_share_grdp",
      "--format", "csv",
    ])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "tn62-06,thai-nguyen,digital_economy_share_grdp,percent_of_grdp,2030,>=,40,,"))
    Golden.check(run.stdout, "targets-thai-nguyen-digital-economy.csv")
  }

  @Test func laiChauDigitalEconomyIsTheRange() throws {
    let run = try Runner.run([
      "catalog", "targets", "--geo", "Lai Châu", "--indicator", "digital_economy_share_grdp",
      "--format", "csv", "--year", "2030",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("lai-chau,digital_economy_share_grdp,percent_of_grdp,2030,~,9,10,"))
    Golden.check(run.stdout, "targets-lai-chau-digital-economy.csv")
  }

  @Test(arguments: ["table", "csv", "json", "md"])
  func everyFormatOfTheLaiChauList(_ format: String) throws {
    let run = try Runner.run(["catalog", "targets", "--geo", "lai chau", "--format", format])
    #expect(run.status == 0 && run.stderr.isEmpty)
    Golden.check(run.stdout, "targets-lai-chau.\(format == "table" ? "txt" : format)")
  }

  @Test func showGivesDocumentLinesAndQuote() throws {
    let run = try Runner.run(["catalog", "show", "lc57-04"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("dat tir 37,6 % tr¢ 1én"))
    Golden.check(run.stdout, "show-lc57-04.txt")
  }

  @Test func dataFromEnvironmentAndOption() throws {
    let elsewhere = FileManager.default.temporaryDirectory
    let byEnv = try Runner.run(
      ["catalog", "validate"], in: elsewhere,
      environment: ["PROVBENCH_DATA": Runner.packageRoot.appendingPathComponent("datasets").path])
    #expect(byEnv.status == 0)
    let none = try Runner.run(["catalog", "validate"], in: elsewhere)
    #expect(none.status == 65 && none.stdout.isEmpty)
    #expect(none.stderr.contains("error: no dataset directory found"))
  }

  @Test func helpAndVersionGoToStdout() throws {
    for words in [
      ["--help"], ["catalog", "--help"], ["catalog", "targets", "--help"],
      ["catalog", "show", "-h"],
    ] {
      let run = try Runner.run(words)
      #expect(
        run.status == 0 && run.stderr.isEmpty && run.stdout.hasPrefix("OVERVIEW: "), "\(words)")
    }
    let help = try Runner.run(["help", "catalog", "targets"])
    #expect(help.stdout == (try Runner.run(["catalog", "targets", "--help"])).stdout)
    Golden.check(help.stdout, "help-catalog-targets.txt")
    let version = try Runner.run(["--version"])
    #expect(version.status == 0 && version.stdout.split(separator: ".").count == 3)
  }

  @Test(arguments: [
    (
      ["catalog", "targets", "--frmat", "csv"],
      "error: unknown option '--frmat' (did you mean '--format'?)"
    ),
    (["catalog", "targets", "--format", "xml"], "error: invalid value 'xml' for '--format'"),
    (["catalog", "targets", "--geo"], "error: option '--geo' needs a value"),
    (
      ["catalog", "targets", "--geo", "lai chua"],
      "error: unknown province or region 'lai chua' (did you mean 'lai-chau'?)"
    ),
    (["catalog", "targets", "--year", "2030x"], "error: invalid value '2030x' for '--year'"),
    (["catalog", "show"], "error: missing argument <target-id>"),
    (["catalog", "show", "a", "b"], "error: unexpected argument 'b'"),
    (["catalog", "show", "tn62-6"], "error: unknown target 'tn62-6' (did you mean 'tn62-06'?)"),
    (["catalg"], "error: unknown subcommand 'catalg' (did you mean 'catalog'?)"),
    // control characters in arguments are shown escaped, never sent raw to the terminal
    (["cat\u{1B}[2J"], "error: unknown subcommand 'cat\\u{1b}[2J'"),
    (["catalog", "targets", "--x\ny"], "error: unknown option '--x\\ny'"),
    (["catalog", "targets", "--year", "20\u{7}30"], "error: invalid value '20\\u{7}30' for"),
  ])
  func usageErrorsExit64WithAMessage(_ words: [String], _ message: String) throws {
    let run = try Runner.run(words)
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
  }
}

/// Output the system refuses (a full disk, a closed pipe) is an error with exit 1, not a trap.
@Suite struct UnwritableOutputTests {
  func run(_ arguments: [String], stdout: FileHandle) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = Runner.executable
    process.arguments = arguments
    process.standardOutput = stdout
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: message, as: UTF8.self))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
  func aFullDiskIsAnError() throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let (status, message) = try run(["--version"], stdout: full)
    #expect(status == 1)
    #expect(message.hasPrefix("error: cannot write to standard output: "))
  }

  @Test func aClosedPipeIsAnError() throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let (status, message) = try run(["catalog", "targets"], stdout: pipe.fileHandleForWriting)
    #expect(status == 1)
    #expect(message.contains("cannot write to standard output"))
  }
}
