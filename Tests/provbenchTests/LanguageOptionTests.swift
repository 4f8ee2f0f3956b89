import Foundation
import Support
import TestSupport
import Testing

@testable import provbench

/// `--lang vi|en` on every command: Vietnamese tables and Markdown speak Vietnamese (labels,
/// names, `37,6`), English stays as it was (the English goldens prove it), and CSV and JSON are
/// the same bytes in both languages.
@Suite struct LanguageOptionTests {
  /// A listing command, a real figure with a decimal comma its Vietnamese output must show,
  /// and whether it has Markdown output.
  struct Listing: Sendable, CustomStringConvertible {
    var arguments: [String]
    var figure: String
    var markdown = true
    var description: String { arguments.joined(separator: " ") }
  }

  static let listings = [
    Listing(arguments: ["catalog", "targets", "--geo", "lai-chau"], figure: "≥ 37,6"),
    Listing(arguments: ["catalog", "conflicts"], figure: "= 9,72"),
    Listing(arguments: ["catalog", "show", "lc57-04"], figure: "≥ 37,6", markdown: false),
    Listing(arguments: ["align", "--indicator", "tfp_contribution"], figure: "≥ 37,6"),
    Listing(arguments: ["compare", "thai-nguyen", "lai-chau"], figure: "0,127"),
    Listing(arguments: ["gaps", "lai-chau"], figure: "-15,38 đến -14,25"),
    Listing(arguments: ["rank", "--indicator", "tfp_contribution"], figure: "45,52–46,52"),
    Listing(arguments: ["coverage"], figure: "≥ 37,6"),
    Listing(
      arguments: ["index", "--spec", "datasets/composite/nmm-targets-2030.json"],
      figure: "34,43"),
    Listing(
      arguments: [
        "uncertainty", "--spec", "datasets/composite/nmm-targets-2030.json", "--runs", "10",
      ], figure: "34,43"),
    Listing(arguments: ["extract", "--evaluate"], figure: "1,00"),
    Listing(arguments: ["draft", "lai-chau"], figure: "≥ 24,31", markdown: false),
  ]

  /// English column words that a Vietnamese header must not have.
  static let englishHeaderWords: Set<String> = [
    "id", "geo", "indicator", "year", "target", "unit", "kind", "document", "quote", "figure",
    "sources", "verdict", "national", "inherited", "reason", "difference", "reading",
    "counterpart", "mean", "median", "weighted", "gap", "rank", "mark", "pace", "percentile",
    "leader", "observed", "latest", "province", "name", "nominal", "score", "flags", "targets",
    "candidates", "matched", "precision", "recall", "current", "proposal", "rule", "of",
  ]

  /// The ids a Vietnamese page must not show outside code spans: indicators and geos.
  static let ids: Set<String> = {
    var ids: Set<String> = []
    for file in ["indicators.csv", "provinces.csv", "regions.csv"] {
      let url = Paths.packageRoot.appendingPathComponent("datasets/\(file)")
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      for line in text.split(separator: "\n").dropFirst() {
        if let id = line.split(separator: ",").first { ids.insert(String(id)) }
      }
    }
    return ids
  }()

  static func words(_ text: Substring) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init)
  }

  @Test func everyCommandTakesLangWithItsDefaultInItsHelp() throws {
    for command in CLI.commands {
      let option = command.spec.options.first { $0.name == "--lang" }
      let path = command.spec.path.joined(separator: " ")
      #expect(option != nil, "provbench \(path) has no --lang")
      let vietnamese = ["report", "draft"].contains(path)
      let expected = vietnamese ? "vi (default) or en" : "en (default) or vi"
      #expect(option?.help.hasPrefix(expected) == true, "\(path): \(option?.help ?? "")")
    }
    let help = try Runner.run(["gaps", "--help"])
    #expect(help.stdout.contains("en (default) or vi: the language of table and md output"))
  }

  @Test(arguments: [
    ["gaps", "lai-chau"], ["catalog", "validate"], ["report"], ["synth"], ["index"],
  ])
  func anUnknownLanguageIsAUsageError(_ arguments: [String]) throws {
    let run = try Runner.run(arguments + ["--lang", "xx"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix("error: invalid value 'xx' for '--lang'; expected one of: vi, en"),
      "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test(arguments: listings)
  func theTableIsVietnamese(_ listing: Listing) throws {
    let format =
      listing.arguments.starts(with: ["catalog", "show"]) ? "text" : "table"
    let run = try Runner.run(listing.arguments + ["--lang", "vi", "--format", format])
    #expect(run.status == 0, "\(run.stderr.prefix(300))")
    #expect(run.stdout.contains(listing.figure), "no '\(listing.figure)' in \(listing)")
    let headers = run.stdout.split(separator: "\n").filter { line in
      ["chỉ tiêu  ", "hạng  ", "mã  ", "tỉnh  ", "mục tiêu  ", "văn bản  "].contains {
        line.hasPrefix($0)
      }
    }
    #expect(!headers.isEmpty, "no Vietnamese header in \(listing)")
    for line in headers {
      let english = Self.words(line).filter { Self.englishHeaderWords.contains($0) }
      #expect(english.isEmpty, "English in the header of \(listing): \(line)")
    }
  }

  @Test(arguments: listings.filter(\.markdown))
  func theMarkdownIsVietnameseWithIdsInCodeSpans(_ listing: Listing) throws {
    let run = try Runner.run(listing.arguments + ["--lang", "vi", "--format", "md"])
    #expect(run.status == 0, "\(run.stderr.prefix(300))")
    #expect(run.stdout.contains(listing.figure), "no '\(listing.figure)' in \(listing)")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let headers = lines.indices.dropLast().filter { lines[$0 + 1].hasPrefix("| --- |") }
    #expect(!headers.isEmpty, "no table in \(listing)")
    for index in headers {
      let english = Self.words(lines[index]).filter { Self.englishHeaderWords.contains($0) }
      #expect(english.isEmpty, "English in the header of \(listing): \(lines[index])")
    }
    // an indicator or province id only in a code span, after its label
    for line in lines {
      let outside = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
      let leaked = Self.words(Substring(outside)).filter { Self.ids.contains($0) }
      #expect(leaked.isEmpty, "ids \(leaked) outside code spans in \(listing): \(line)")
    }
  }

  @Test(arguments: listings.filter { $0.arguments.first != "extract" })
  func machineFormatsAreTheSameInBothLanguages(_ listing: Listing) throws {
    let formats =
      listing.arguments.starts(with: ["draft"])
        || listing.arguments.starts(with: ["catalog", "show"])
      ? ["json"] : ["csv", "json", "xlsx"]
    for format in formats {
      let vi = try Runner.run(listing.arguments + ["--lang", "vi", "--format", format])
      let en = try Runner.run(listing.arguments + ["--lang", "en", "--format", format])
      #expect(vi.status == 0 && en.status == 0, "\(vi.stderr.prefix(200))")
      #expect(!vi.stdout.isEmpty)
      #expect(vi.stdout == en.stdout, "\(listing) --format \(format) differs by language")
    }
  }

  @Test func extractCSVIsTheSameInBothLanguages() throws {
    let vi = try Runner.run(["extract", "--evaluate", "--lang", "vi", "--format", "csv"])
    let en = try Runner.run(["extract", "--evaluate", "--format", "csv"])
    #expect(vi.status == 0 && vi.stdout == en.stdout && vi.stdout.hasPrefix("document,targets"))
  }

  @Test func englishIsTheListingsDefault() throws {
    let plain = try Runner.run(["rank", "--indicator", "tfp_contribution"])
    let english = try Runner.run(["rank", "--indicator", "tfp_contribution", "--lang", "en"])
    #expect(plain.stdout == english.stdout && plain.stdout.contains("37.6"))
  }

  @Test func vietnameseGoldens() throws {
    let gaps = try Runner.run(["gaps", "lai-chau", "--lang", "vi"])
    #expect(gaps.status == 0)
    Golden.check(gaps.stdout, "gaps-lai-chau.vi.txt")
    let compare = try Runner.run([
      "compare", "thai-nguyen", "lai-chau", "--lang", "vi", "--format", "md",
    ])
    #expect(compare.status == 0)
    Golden.check(compare.stdout, "compare-thai-nguyen-lai-chau.vi.md")
  }

  @Test func aWhatIfSaysBeforeAndAfterInVietnamese() throws {
    let root = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("draft")
    let draft = try Runner.run(["draft", "lai-chau", "--format", "csv", "--out", out.path])
    #expect(draft.status == 0, "\(draft.stderr.prefix(300))")
    let run = try Runner.run(["gaps", "lai-chau", "--with", out.path, "--lang", "vi"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Thay đổi\n"))
    #expect(
      run.stdout.contains("== Trước ==") && run.stdout.contains("== Sau (với \(out.path)) =="))
  }
}
