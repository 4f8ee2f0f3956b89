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
    ("audit", ["audit", "--spec", "datasets/composite/asem.json"]),
    (
      "sensitivity",
      [
        "sensitivity", "--spec", "datasets/composite/asem.json", "--runs", "20", "--bootstrap",
        "50",
      ]
    ),
    ("evaluation", ["extract", "--evaluate", "Tests/ExtractionTests/Fixtures/labelled-sample"]),
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

  static let jsonschema = Python.hasModule("jsonschema")

  /// Each output validates against its JSON Schema in docs/schema (Draft 2020-12, checked
  /// with Python's jsonschema, which ./scripts/test installs).
  @Test(
    .enabled(if: jsonschema, "needs python3 with jsonschema (./scripts/test installs it)"),
    arguments: commands.indices)
  func outputValidatesAgainstItsSchema(_ index: Int) throws {
    let (kind, arguments) = Self.commands[index]
    let run = try Runner.run(arguments + ["--format", "json"])
    #expect(run.status == 0)
    let schema = Runner.packageRoot.appendingPathComponent("docs/schema/\(kind).schema.json")
    let check = try Python.run(
      "import json, sys, jsonschema; jsonschema.validate(json.load(sys.stdin), "
        + "json.load(open(sys.argv[1])))",
      arguments: [schema.path], input: Data(run.stdout.utf8))
    #expect(check.status == 0, "\(arguments): \(check.stderr.suffix(400))")
  }

  /// An indicator nobody targets: still a document of the rank shape, the words on stderr.
  @Test func anEmptyRankIsStillADocument() throws {
    let run = try Runner.run([
      "rank", "--indicator", "innovation_rank", "--year", "2030", "--format", "json",
    ])
    #expect(run.status == 0 && run.stderr.hasPrefix("no province of NMM"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["n"] as? Int == 0 && (object["ranks"] as? [Any])?.isEmpty == true)
    let csv = try Runner.run([
      "rank", "--indicator", "innovation_rank", "--year", "2030", "--format", "csv",
    ])
    #expect(csv.stdout.hasPrefix("rank,tied,geo,") && csv.stdout.split(separator: "\n").count == 1)
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
