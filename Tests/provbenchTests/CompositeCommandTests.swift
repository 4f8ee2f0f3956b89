import Foundation
import TestSupport
import Testing

/// `index` and `uncertainty` on the bundled specs.
@Suite struct CompositeCommandTests {
  @Test func asemIndexReproducesCOINrsPublishedRanks() throws {
    let run = try Runner.run(["index", "--spec", "datasets/composite/asem.json", "--format", "csv"])
    #expect(run.status == 0 && run.stderr.isEmpty)
    let rows = run.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",").map(String.init)
    }
    // the CSV carries scores unrounded; COINr's published table rounds them to 2 decimals
    #expect(
      rows.prefix(4).map { [$0[0], $0[1]] } == [
        ["1", "CHE"], ["2", "NLD"], ["3", "DNK"], ["4", "NOR"],
      ])
    #expect(
      rows.prefix(4).compactMap { Double($0[3]).map { ($0 * 100).rounded() / 100 } }
        == [68.38, 64.82, 64.8, 64.47])
    let reference = try String(
      contentsOf: Runner.packageRoot.appendingPathComponent(
        "Tests/CompositeTests/Fixtures/coinr-asem/results_full.csv"),
      encoding: .utf8)
    let published = reference.split(separator: "\n").dropFirst().map { line -> (String, String) in
      let fields = line.split(separator: ",").map { $0.replacingOccurrences(of: "\"", with: "") }
      return (fields[0], fields[1])
    }
    let ours = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], $0[0]) })
    for (unit, rank) in published { #expect(ours[unit] == rank, "\(unit)") }
  }

  @Test func uncertaintyNominalRanksEqualCOINrsAndJobsDoNotMatter() throws {
    let one = try Runner.run([
      "uncertainty", "--spec", "datasets/composite/asem.json", "--runs", "100", "--seed", "7",
      "--jobs", "1", "--format", "json",
    ])
    let two = try Runner.run([
      "uncertainty", "--spec", "datasets/composite/asem.json", "--runs", "100", "--seed", "7",
      "--jobs", "2", "--format", "json",
    ])
    #expect(one.status == 0 && one.stderr.isEmpty, "no progress line when stderr is not a terminal")
    #expect(one.stdout == two.stdout)
    #expect(one.stdout.contains("\"unit\": \"CHE\",\n      \"nominal_score\": 68.3"))
    let other = try Runner.run([
      "uncertainty", "--spec", "datasets/composite/asem.json", "--runs", "100", "--seed", "8",
      "--format", "json",
    ])
    #expect(other.stdout != one.stdout, "a different seed draws different runs")
  }

  @Test func provinceCompositeFromTheCatalog() throws {
    let run = try Runner.run(["index", "--spec", "datasets/composite/nmm-targets-2030.json"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("removed by screening:"))
    // the three remaining provinces set 100% for these: min-max cannot scale them, and the
    // listing says so instead of letting them vanish from the aggregates
    #expect(
      run.stdout.contains(
        "indicators without any score (all missing, or one value everywhere): "
          + "cashless_transaction_share, enterprises_digital_adoption"))
    Golden.check(run.stdout, "index-nmm-targets-2030.txt")
  }

  @Test func badSpecsAreLocatedDataErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-spec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let cases: [(String, String)] = [
      (
        "{\"source\": {\"catalog\": {\"year\": \"2030\"}}}",
        "bad.json:1:33: error: expected a number"
      ),
      ("{\"source\": {}", "bad.json:1:14: error: unexpected end of file in an object"),
      ("{\"name\": 1,}", "bad.json:1:12: error: expected a member name in quotes"),
      ("[]", "bad.json:1:1: error: a spec is a JSON object"),
    ]
    for (text, message) in cases {
      try text.write(to: dir.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
      let run = try Runner.run(["index", "--spec", "bad.json"], in: dir)
      #expect(run.status == 65 && run.stdout.isEmpty, "\(text)")
      #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }
    // files that cannot be read, or COINr data with errors: located once, as compilers print
    let unreadable = try Runner.run(["index", "--spec", "none.json"], in: dir)
    #expect(unreadable.status == 65 && unreadable.stdout.isEmpty)
    #expect(unreadable.stderr == "none.json: error: cannot read file: no such file\n")
    try #"{"source": {"coinr": {"idata": "i.csv", "imeta": "m.csv"}}}"#.write(
      to: dir.appendingPathComponent("coinr.json"), atomically: true, encoding: .utf8)
    let noData = try Runner.run(["index", "--spec", "coinr.json"], in: dir)
    #expect(noData.status == 65 && noData.stdout.isEmpty)
    #expect(
      noData.stderr == "i.csv: error: cannot read file: no such file\n", "\(noData.stderr)")
    #expect(!noData.stderr.contains("error: error") && !noData.stderr.hasPrefix("error: "))
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: dir.appendingPathComponent("coinr.json"),
      to: dir.appendingPathComponent("sub/coinr.json"))
    let nested = try Runner.run(["index", "--spec", "sub/coinr.json"], in: dir)
    #expect(nested.stderr == "sub/i.csv: error: cannot read file: no such file\n")
    let asem = Runner.packageRoot.appendingPathComponent("datasets/composite/coinr-asem")
    try FileManager.default.copyItem(
      at: asem.appendingPathComponent("imeta.csv"), to: dir.appendingPathComponent("m.csv"))
    try String(contentsOf: asem.appendingPathComponent("idata.csv"), encoding: .utf8)
      .replacingOccurrences(of: "4.097985", with: "4.09x")
      .write(to: dir.appendingPathComponent("i.csv"), atomically: true, encoding: .utf8)
    let badData = try Runner.run(["index", "--spec", "coinr.json"], in: dir)
    #expect(badData.status == 65 && badData.stdout.isEmpty)
    #expect(
      badData.stderr
        == "i.csv:2:79: error: '4.09x' is not a number (write NA for a missing value)\n",
      "\(badData.stderr)")
    #expect(!badData.stderr.hasPrefix("error: "))
    // numbers that are none: NaN, infinity, a value beyond a double's range
    for text in ["NaN", "1e309", "-inf"] {
      try String(contentsOf: asem.appendingPathComponent("idata.csv"), encoding: .utf8)
        .replacingOccurrences(of: "4.097985", with: text)
        .write(to: dir.appendingPathComponent("i.csv"), atomically: true, encoding: .utf8)
      let notFinite = try Runner.run(["index", "--spec", "coinr.json"], in: dir)
      #expect(notFinite.status == 65 && notFinite.stdout.isEmpty)
      #expect(
        notFinite.stderr
          == "i.csv:2:79: error: '\(text)' is not a finite number (write NA for a missing value)\n",
        "\(notFinite.stderr)")
    }
    let missing = try Runner.run(["uncertainty"])
    #expect(missing.status == 64 && missing.stderr.hasPrefix("error: missing option '--spec'"))
    let seed = try Runner.run(["uncertainty", "--spec", "x.json", "--seed", "-1"])
    #expect(seed.status == 64 && seed.stderr.hasPrefix("error: invalid value '-1' for '--seed'"))
  }

  /// Every value of a spec is checked where it stands: numbers that would trap a conversion,
  /// negative weights, degenerate normalisations, unknown members, bad hierarchies.
  @Test func specValuesAreCheckedAndLocated() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-spec-values-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = #""source": {"catalog": {"year": 2030}}"#
    let framework =
      #""framework": [{"code": "digital_economy_share_grdp", "parent": "idx"}, {"code": "idx", "level": 2}]"#
    let cases: [(String, [String])] = [
      (
        #"{"source": {"catalog": {"year": 1e300}}}"#,
        ["s.json:1:33: error: 'year' is a whole number from 1900 to 2100"]
      ),
      (
        "{\(source), \(framework), \"build\": {\"winsorisation\": {\"max_points\": 9.3e18}}}",
        ["s.json:1:184: error: max_points is a whole number from 0 to 1000"]
      ),
      (
        "{\(source), \(framework), \"uncertainty\": {\"winsorisation_limits\": [3, -1]}}",
        ["s.json:1:186: error: a winsorisation limit (points) is a whole number from 0 to 1000"]
      ),
      (
        "{\(source), \(framework), \"build\": {\"normalisation\": {\"method\": \"z-score\", \"sd\": 0}}}",
        ["s.json:1:197: error: the z-score 'sd' is a positive number"]
      ),
      (
        "{\(source), \(framework), \"build\": {\"normalisation\": {\"method\": \"min-max\", \"lower\": 100, \"upper\": 0}}}",
        ["s.json:1:169: error: min-max needs 'lower' below 'upper' (100 is not below 0)"]
      ),
      (
        "{\(source), \(framework), \"colour\": 1}",
        [
          "s.json:1:152: error: unknown member 'colour'; expected one of: name, name_en, source, "
            + "framework, build, uncertainty"
        ]
      ),
      (
        "{\(source), \(framework), \"uncertainty\": {\"weight_noise\": {\"x\": 0.2}}}",
        ["s.json:1:180: error: weight_noise key 'x' is not a level number such as \"2\""]
      ),
      (
        "{\(source), \"framework\": [{\"code\": \"a\", \"parent\": \"b\", \"weight\": -1}, {\"code\": \"b\", \"parent\": \"a\"}]}",
        [
          "s.json:1:94: error: a weight is not negative",
          "s.json:1:79: error: the parents of 'a' form a cycle",
          "s.json:1:123: error: the parents of 'b' form a cycle",
        ]
      ),
      (
        "{\(source), \"framework\": [{\"code\": \"a\", \"parent\": \"zz\"}, {\"code\": \"a\"}]}",
        [
          "s.json:1:86: error: code 'a' is used twice in the framework",
          "s.json:1:79: error: parent 'zz' is not a code of the framework",
        ]
      ),
    ]
    let typo =
      #"{"source": {"catalog": {"year": 2030}}, "framework": [{"code": "digital_economy_share_grd", "parent": "idx"}, {"code": "idx", "level": 2}]}"#
    let located =
      cases + [
        (
          typo,
          [
            "s.json:1:64: error: unknown indicator 'digital_economy_share_grd' (did you mean "
              + "'digital_economy_share_grdp'?): a level-1 code of a catalog source is an indicator id"
          ]
        )
      ]
    for (text, messages) in located {
      try text.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
      let run = try Runner.run(
        [
          "index", "--spec", "s.json", "--data",
          Runner.packageRoot.appendingPathComponent("datasets").path,
        ],
        in: dir)
      #expect(run.status == 65 && run.stdout.isEmpty, "\(text)")
      let printed = run.stderr.split(separator: "\n").map(String.init).filter {
        $0.contains(": error: ")
      }
      #expect(Set(printed) == Set(messages), "\(run.stderr)")
    }
  }

  /// `catalog validate` reads the composite specs shipped with the data, uncertainty block
  /// included: a broken one fails validation with its location.
  @Test func validateChecksTheBundledSpecs() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-spec-data-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(
      at: Runner.packageRoot.appendingPathComponent("datasets"), to: dir)
    let asem = dir.appendingPathComponent("composite/asem.json")
    try String(contentsOf: asem, encoding: .utf8)
      .replacingOccurrences(
        of: "\"winsorisation_limits\": [1, 2, 3, 4, 5]", with: "\"winsorisation_limits\": [1, -2]"
      )
      .write(to: asem, atomically: true, encoding: .utf8)
    let run = try Runner.run(["catalog", "validate", "--data", dir.path])
    #expect(run.status == 65 && run.stdout.isEmpty)
    #expect(
      run.stderr.contains(
        "composite/asem.json:13:33: error: a winsorisation limit (points) is a whole number from 0 to 1000"
      ),
      "\(run.stderr)")
  }

  /// What the engine finds wrong with a spec's settings points at the setting: a geometric
  /// mean meeting the zero that min-max from 0 gives the last province.
  @Test func engineErrorsPointAtTheSetting() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-spec-engine-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = Runner.packageRoot.appendingPathComponent(
      "datasets/composite/nmm-targets-2030.json")
    let text = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(
      of: #""aggregation": {"method": "arithmetic", "threshold": 0.3}"#,
      with: #""aggregation": {"method": "geometric", "threshold": 0.3}"#)
    #expect(text.contains(#""method": "geometric", "threshold""#))
    try text.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
    let run = try Runner.run(
      [
        "index", "--spec", "s.json", "--data",
        Runner.packageRoot.appendingPathComponent("datasets").path,
      ], in: dir)
    #expect(run.status == 65 && run.stdout.isEmpty)
    // line 23, column 20: the aggregation object of the build block
    #expect(run.stderr.hasPrefix("s.json:23:20: error: geometric mean of "), "\(run.stderr)")
  }
}
