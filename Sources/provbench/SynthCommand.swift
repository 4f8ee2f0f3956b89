import Catalog
import Foundation
import Support
import Synthetic

/// `provbench synth`: writes a synthetic dataset of any size, for benchmarks.
struct SynthCommand: Command {
  static let spec = CommandSpec(
    path: ["synth"],
    overview: "Write a synthetic, valid dataset of N provinces × M indicators (for benchmarks).",
    options: [
      OptionSpec(name: "--units", value: "n", help: "Number of provinces (required, at least 1)."),
      OptionSpec(
        name: "--indicators", value: "m", help: "Number of indicators (required, at least 1)."),
      OptionSpec(name: "--seed", value: "s", help: "Seed of the generator (default 1)."),
      OptionSpec(name: "--out", value: "dir", help: "The new dataset directory (required)."),
      langOption(default: .en, "nothing here: its summary is English"),
    ])

  var options: SyntheticDataset.Options
  var out: String

  init(_ arguments: ParsedArguments) throws {
    func count(_ name: String) throws -> Int {
      guard let value = try arguments.integer(name) else {
        throw UsageError(message: "missing option '\(name)'")
      }
      guard value >= 1 else {
        throw UsageError(message: "invalid value '\(value)' for '\(name)': expected at least 1")
      }
      return value
    }
    let units = try count("--units")
    let indicators = try count("--indicators")
    var seed: UInt64 = 1
    if let text = arguments.options["--seed"] {
      guard let value = UInt64(text) else {
        throw UsageError(
          message: "invalid value \(Text.quoted(text)) for '--seed': expected a whole number from 0"
        )
      }
      seed = value
    }
    guard let out = arguments.options["--out"] else {
      throw UsageError(message: "missing option '--out'")
    }
    options = SyntheticDataset.Options(units: units, indicators: indicators, seed: seed)
    self.out = out
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let url =
      out.hasPrefix("/")
      ? URL(fileURLWithPath: out)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(out)
    let summary = try SyntheticDataset.write(options, to: url, displayPath: out)
    var text =
      "wrote \(out): \(summary.provinces) provinces, \(summary.indicators) indicators,"
      + " \(summary.documents) documents, \(summary.targets) targets,"
      + " \(summary.observations) observations\n"
    for file in summary.files {
      text += "  \(file.path)\t\(file.bytes) bytes\n"
    }
    text += "  sources/\t\(summary.sourceBytes) bytes in \(summary.sourceFiles) files\n"
    return CommandOutput(stdout: text)
  }
}
