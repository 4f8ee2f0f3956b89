import Benchmark
import Catalog
import Composite
import Extraction
import Foundation
import Reports
import Support

/// The command tree, argument dispatch and the mapping of errors to exit codes.
enum CLI {
  static let version = "0.1.0"

  /// Every subcommand, in the order help lists them: the one registry from which the root
  /// help, the group help, dispatch and the README tour test are derived.
  static var commands: [any Command.Type] {
    [
      ReportCommand.self, CatalogValidateCommand.self, CatalogTargetsCommand.self,
      CatalogShowCommand.self, CatalogConflictsCommand.self, CatalogAddCommand.self,
      AlignCommand.self,
      CompareCommand.self, GapsCommand.self, RankCommand.self, CoverageCommand.self,
      DraftCommand.self, ExtractCommand.self, IngestCommand.self, IndexCommand.self,
      UncertaintyCommand.self, SensitivityCommand.self, AuditCommand.self,
      SynthCommand.self,
    ]
  }

  /// What a group of subcommands (`catalog validate`, `catalog targets`, …) is for.
  static let groupOverviews = ["catalog": "Validate and list the catalog of targets."]

  static let rootSpec = CommandSpec(
    path: [],
    overview: "Compare and benchmark Vietnamese provinces' policy targets.",
    options: [OptionSpec(name: "--version", value: nil, help: "Show the version.")],
    subcommands: topLevel + [("help", "Show help.")])

  /// The first word of each command, once, with its overview or its group's.
  static var topLevel: [(String, String)] {
    var seen: Set<String> = []
    return commands.compactMap { command in
      guard let word = command.spec.path.first, seen.insert(word).inserted else { return nil }
      return (
        word, command.spec.path.count > 1 ? groupOverviews[word] ?? "" : command.spec.overview
      )
    }
  }

  static let catalogSpec = CommandSpec(
    path: ["catalog"],
    overview: "Validate and list the catalog of targets and their sources.",
    subcommands: commands.filter { $0.spec.path.first == "catalog" }.map {
      ($0.spec.path[1], $0.spec.overview)
    })

  /// Runs the command line `words` (without the program name).
  static func run(_ words: [String], _ environment: Environment) -> CommandOutput {
    var words = words
    if words.first == "help" {
      words.removeFirst()
      words.append("--help")
    }
    if words == ["--version"] { return CommandOutput(stdout: version + "\n") }
    let (spec, command, rest) = resolve(words)
    do {
      guard let command else {
        if let word = rest.first, !word.hasPrefix("-") {
          let names = spec.subcommands.map(\.name)
          let hint = Text.nearest(to: word, in: names).map { " (did you mean '\($0)'?)" } ?? ""
          throw UsageError(message: "unknown subcommand \(Text.quoted(word))\(hint)")
        }
        _ = try ParsedArguments(rest, spec: spec)
        return CommandOutput(stdout: spec.help)
      }
      let parsed = try ParsedArguments(rest, spec: spec)
      if parsed.wantsHelp { return CommandOutput(stdout: spec.help) }
      _ = try parsed.language()  // every command takes --lang; a bad value is refused here

      // a command with CSV output (it takes --bom) gets its workbook from its CSV
      if parsed.options["--format"] == "xlsx", spec.options.contains(where: { $0.name == "--bom" })
      {
        return try Workbooks.run(command, parsed, spec, environment)
      }
      if parsed.options["--output"] != nil, !["xlsx", "docx"].contains(parsed.options["--format"]) {
        throw UsageError(message: "'--output' goes with '--format xlsx' or '--format docx'")
      }
      var output = try command.init(parsed).run(environment)
      if parsed.flags.contains("--bom") {
        // the one place the mark is added: every command's CSV is the same UTF-8 otherwise
        guard parsed.options["--format"] == "csv" else {
          throw UsageError(message: "'--bom' goes with '--format csv'")
        }
        if output.status == 0 { output.stdout = "\u{FEFF}" + output.stdout }
      }
      return output
    } catch let error as UsageError {
      return usageFailure(error.message, spec)
    } catch let error as CatalogError {
      return failure(error)
    } catch let error as SupportError {
      return failure(CatalogError(error))
    } catch let error as CompositeError {
      return failure(error)
    } catch let error as IngestError {
      return CommandOutput(stderr: "\(error)\n", status: error.exitStatus)
    } catch let error as ReportsError {
      return CommandOutput(stderr: "error: \(error)\n", status: 1)

    } catch {
      return CommandOutput(stderr: "error: \(error)\n", status: 1)
    }
  }

  /// The deepest command spec named by the leading words, its command type and the rest.
  private static func resolve(_ words: [String]) -> (CommandSpec, (any Command.Type)?, [String]) {
    for command in commands where words.starts(with: command.spec.path) {
      return (command.spec, command, Array(words.dropFirst(command.spec.path.count)))
    }
    if words.first == "catalog" { return (catalogSpec, nil, Array(words.dropFirst())) }
    return (rootSpec, nil, words)
  }

  static func usageFailure(_ message: String, _ spec: CommandSpec) -> CommandOutput {
    let helpCommand = (["provbench"] + spec.path + ["--help"]).joined(separator: " ")
    return CommandOutput(
      stderr: "error: \(message)\nusage: \(spec.usage)\nsee '\(helpCommand)'\n", status: 64)
  }

  static func failure(_ error: CatalogError) -> CommandOutput {
    switch error {
    case .invalidData(let diagnostics):
      let errors = diagnostics.filter { $0.severity == .error }.count
      let warnings = diagnostics.count - errors
      let text = diagnostics.map { "\($0)\n" }.joined()
      return CommandOutput(
        stderr: text + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning"
          + "\(warnings == 1 ? "" : "s"): the data was not used\n", status: 65)
    case .unknownGeo, .unknownIndicator, .unknownTarget:
      return CommandOutput(stderr: "error: \(error)\n", status: 64)
    case .unreadableFile:  // already located: "path: error: cannot read file: …"
      return CommandOutput(stderr: "\(error)\n", status: 65)
    case .dataDirectoryNotFound:
      return CommandOutput(stderr: "error: \(error)\n", status: 65)
    }
  }

  static func failure(_ error: CompositeError) -> CommandOutput {
    switch error {
    case .invalidSpec(let diagnostics):  // a spec is data: reported as the catalog's errors are
      return failure(CatalogError.invalidData(diagnostics))
    case .unreadableFile, .invalidCompositeData:  // already located, as compilers print them
      return CommandOutput(stderr: "\(error)\n", status: 65)
    default:
      return CommandOutput(stderr: "error: \(error)\n", status: 65)
    }
  }
}
