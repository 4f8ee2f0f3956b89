import Foundation
import TestSupport
import Testing

/// Every `--format json` output is one shape: an object whose first member is its schema
/// name and version, strict JSON (no NaN, no infinity), numbers as numbers.
@Suite struct JSONOutputTests {
  static let commands: [(kind: String, arguments: [String])] = [
    ("targets", ["catalog", "targets", "--geo", "lai-chau"]),
    ("targets", ["catalog", "show", "tn62-06"]),
    ("conflicts", ["catalog", "conflicts"]),
    ("alignment", ["align", "--indicator", "digital_economy_share_grdp"]),
    ("comparison", ["compare", "thai-nguyen", "lai-chau"]),
    ("gaps", ["gaps", "lai-chau"]),
    ("rank", ["rank", "--indicator", "digital_economy_share_grdp", "--year", "2030"]),
    ("coverage", ["coverage"]),
    ("draft", ["draft", "lai-chau"]),
    ("index", ["index", "--spec", "datasets/composite/asem.json"]),
    ("uncertainty", ["uncertainty", "--spec", "datasets/composite/asem.json", "--runs", "20"]),
  ]

  @Test(arguments: commands.indices)
  func outputIsStrictJSONWithItsSchema(_ index: Int) throws {
    let (kind, arguments) = Self.commands[index]
    let run = try Runner.run(arguments + ["--format", "json"])
    #expect(run.status == 0, "\(arguments): \(run.stderr.prefix(300))")
    #expect(!run.stdout.contains("NaN") && !run.stdout.contains("Infinity"))
    // JSONSerialization refuses NaN and infinity tokens: a parse is the strictness check
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
      "\(arguments): not a JSON object")
    #expect(object["schema"] as? String == "provbench.\(kind)/1", "\(arguments)")
    #expect(run.stdout.hasPrefix("{\n  \"schema\": "), "the schema is the first member")
  }

  @Test func rankRowsHaveNumbersAsNumbers() throws {
    let run = try Runner.run([
      "rank", "--indicator", "digital_economy_share_grdp", "--year", "2030", "--format", "json",
    ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let ranks = try #require(object["ranks"] as? [[String: Any]])
    let first = try #require(ranks.first)
    #expect(first["rank"] as? Int == 1)
    #expect(first["value_low"] as? Double == 40 && first["comparator"] as? String == ">=")
    #expect(first["z"] is Double && first["percentile"] is Double)
    #expect(first["tied"] as? Bool == false)
  }

  @Test func aWhatIfHasItsSchemaToo() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let draft = try Runner.run(["draft", "lai-chau", "--format", "csv"])
    let file = dir.appendingPathComponent("d.csv")
    try draft.stdout.write(to: file, atomically: true, encoding: .utf8)
    let run = try Runner.run(["gaps", "lai-chau", "--with", file.path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr.prefix(300))")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "provbench.whatif/1")
    #expect((object["before"] as? [String: Any])?["schema"] as? String == "provbench.gaps/1")
  }
}
