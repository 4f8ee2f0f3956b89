import Foundation
import Reports
import Support

/// `--format xlsx` of every command with CSV output: the command's tidy CSV, as a workbook of
/// one sheet (numbers as numeric cells), to `--output FILE` or to standard output when that is
/// not a terminal.
enum Workbooks {
  static func run(
    _ command: any Command.Type, _ parsed: ParsedArguments, _ spec: CommandSpec,
    _ environment: Environment
  ) throws -> CommandOutput {
    if parsed.flags.contains("--bom") {
      throw UsageError(message: "'--bom' goes with '--format csv'")
    }
    let file = parsed.options["--output"]
    try checkDestination(file, environment)
    var csv = parsed
    csv.options["--format"] = "csv"
    var output = try command.init(csv).run(environment)
    guard output.status == 0 else { return output }
    let table = try CSVReader.read(Array(output.stdout.utf8), file: "<csv>")
    let sheet = Workbook.Sheet(
      name: spec.path.joined(separator: " "), header: table.header,
      rows: table.records.map { $0.fields.map(Workbook.Cell.init(csvField:)) })
    let bytes = try Workbook(sheets: [sheet]).bytes()
    output.stdout = ""
    return try write(
      bytes, to: file, environment, output: output, summary: "\(table.records.count) rows")
  }

  /// Refuses, before any work, a binary file (`kind`: a workbook, a Word document) that would
  /// go to a terminal or to an empty name.
  static func checkDestination(
    _ file: String?, _ environment: Environment, kind: String = "a workbook"
  ) throws {
    if file == nil, environment.stdoutIsTerminal {
      throw UsageError(
        message: "\(kind) is binary: give '--output FILE' or redirect standard output")
    }
    if let file, file.isEmpty { throw UsageError(message: "'--output' needs a file name") }
  }

  /// Writes a workbook's `bytes` to `file` (whole or not at all), or to standard output.
  static func write(
    _ bytes: [UInt8], to file: String?, _ environment: Environment, output: CommandOutput,
    summary: String
  ) throws -> CommandOutput {
    var output = output
    guard let file else {
      output.binary = bytes
      return output
    }
    let url =
      file.hasPrefix("/")
      ? URL(fileURLWithPath: file)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(file)
    // the file appears whole or not at all
    do {
      try AtomicFiles.write([(url, bytes)], displayPath: { _ in file })
    } catch let failure as AtomicFiles.Failure {
      return CommandOutput(
        stderr: "error: cannot write \(Text.quoted(file)): \(failure.reason)\n", status: 1)
    }
    output.stderr += "wrote \(file): \(summary)\n"
    return output
  }
}
