import Foundation
import TestSupport
import Testing

@testable import provbench

/// Help, dispatch and the README tour all come from `CLI.commands`: every command is listed by
/// `provbench --help`, answers its own `--help`, and is shown in the README's tour.
@Suite struct CommandRegistryTests {
  static let paths = CLI.commands.map { $0.spec.path }

  @Test func theRegistryHasEveryCommandOnce() {
    #expect(Set(Self.paths).count == Self.paths.count)
    #expect(Self.paths.contains(["synth"]) && Self.paths.contains(["catalog", "validate"]))
  }

  @Test func rootHelpListsEveryCommand() throws {
    let help = try Runner.run(["--help"])
    #expect(help.status == 0)
    let listed = Set(
      help.stdout.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("  "), let word = line.split(separator: " ").first else { return nil }
        return String(word)
      })
    for path in Self.paths {
      let word = try #require(path.first)
      #expect(listed.contains(word), "provbench --help does not list '\(word)'")
    }
  }

  @Test(arguments: paths)
  func everyCommandAnswersItsHelp(_ path: [String]) throws {
    let help = try Runner.run(path + ["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("provbench \(path.joined(separator: " "))"), "\(help.stdout)")
  }

  @Test func theReadmeTourShowsEveryCommand() throws {
    let readme = try String(
      contentsOf: Runner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for path in Self.paths {
      let command = "provbench \(path.joined(separator: " "))"
      #expect(readme.contains(command + " "), "README.md's tour does not show '\(command)'")
    }
  }
}
