import Catalog
import Support

/// A command-line mistake: exit 64 with the message, the usage line and where to get help.
struct UsageError: Error {
  var message: String
}

/// An option a command accepts.
struct OptionSpec: Sendable {
  var name: String
  /// The placeholder of the value (`ID`), or nil for a flag.
  var value: String?
  var help: String
}

/// What a command accepts and how its help reads (OVERVIEW / USAGE / ARGUMENTS / OPTIONS).
struct CommandSpec: Sendable {
  /// The words after `provbench`, e.g. `["catalog", "targets"]`.
  var path: [String]
  var overview: String
  var arguments: [(name: String, help: String)] = []
  var options: [OptionSpec] = []
  var subcommands: [(name: String, help: String)] = []
  /// How many positional arguments are allowed.
  var positionalCount: ClosedRange<Int> = 0...0

  var commandName: String { (["provbench"] + path).joined(separator: " ") }

  var usage: String {
    var parts = [commandName]
    if !subcommands.isEmpty { parts.append("<subcommand>") }
    parts += arguments.map { positionalCount.lowerBound > 0 ? "<\($0.name)>" : "[<\($0.name)>]" }
    parts += options.map { option in "[\(option.name)\(option.value.map { " \($0)" } ?? "")]" }
    return parts.joined(separator: " ")
  }

  var help: String {
    var out = "OVERVIEW: \(overview)\n\nUSAGE: \(usage)\n"
    func section(_ title: String, _ rows: [(String, String)]) {
      guard !rows.isEmpty else { return }
      let width = rows.map(\.0.count).max() ?? 0
      out += "\n\(title):\n"
      for (name, text) in rows {
        out += "  " + name + String(repeating: " ", count: width - name.count + 2) + text + "\n"
      }
    }
    section("SUBCOMMANDS", subcommands.map { ($0.name, $0.help) })
    section("ARGUMENTS", arguments.map { ("<\($0.name)>", $0.help) })
    let helpOption = OptionSpec(name: "-h, --help", value: nil, help: "Show help information.")
    section(
      "OPTIONS",
      (options + [helpOption]).map { ("\($0.name)\($0.value.map { " <\($0)>" } ?? "")", $0.help) })
    if !subcommands.isEmpty {
      out += "\n  See '\(commandName) help <subcommand>' for detailed help.\n"
    }
    return out
  }
}

/// The parsed command line of one command.
struct ParsedArguments {
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []
  var wantsHelp = false

  /// Parses `words` against `spec`: `--name value`, `--name=value`, flags, `--` ends options.
  /// - Throws: `UsageError` for unknown options, missing values, repeats and extra arguments.
  init(_ words: [String], spec: CommandSpec) throws {
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" || word == "--help" {
        wantsHelp = true
        continue
      }
      let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
      let name = parts[0]
      guard let option = spec.options.first(where: { $0.name == name }) else {
        let known = spec.options.map(\.name) + ["--help"]
        let hint =
          known.min { Text.editDistance($0, name) < Text.editDistance($1, name) }
          .flatMap { Text.editDistance($0, name) <= 3 ? " (did you mean '\($0)'?)" : nil } ?? ""
        throw UsageError(message: "unknown option \(Text.quoted(name))\(hint)")
      }
      if option.value == nil {
        guard parts.count == 1 else {
          throw UsageError(message: "option \(Text.quoted(name)) takes no value")
        }
        flags.insert(name)
        continue
      }
      let value: String
      if parts.count == 2 {
        value = parts[1]
      } else {
        guard index < words.count else {
          throw UsageError(
            message: "option \(Text.quoted(name)) needs a value <\(option.value ?? "")>")
        }
        value = words[index]
        index += 1
      }
      if options[name] != nil {
        throw UsageError(message: "option \(Text.quoted(name)) is given twice")
      }
      options[name] = value
    }
    if !wantsHelp && !spec.positionalCount.contains(positionals.count) {
      if positionals.count > spec.positionalCount.upperBound {
        let extra = positionals[spec.positionalCount.upperBound]
        throw UsageError(message: "unexpected argument \(Text.quoted(extra))")
      }
      let missing = spec.arguments[positionals.count].name
      throw UsageError(message: "missing argument <\(missing)>")
    }
  }

  /// The value of one of a fixed set of choices.
  func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T
  where T.RawValue == String {
    guard let text = options[name] else { return fallback }
    guard let value = T(rawValue: text) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw UsageError(
        message:
          "invalid value \(Text.quoted(text)) for \(Text.quoted(name)); expected one of: \(allowed)"
      )
    }
    return value
  }

  /// A whole-number option value.
  func integer(_ name: String) throws -> Int? {
    guard let text = options[name] else { return nil }
    guard let value = Int(text) else {
      throw UsageError(
        message:
          "invalid value \(Text.quoted(text)) for \(Text.quoted(name)): expected a whole number")
    }
    return value
  }
}
