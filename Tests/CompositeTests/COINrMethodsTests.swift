import Foundation
import Testing

@testable import Composite

/// The normalisations and aggregations added for issue 19 against COINr 1.1.14 itself:
/// `Fixtures/coinr-asem-methods/`, made by `Benchmarks/coinr-methods-reference.R` (17 digits).
///
/// Tolerance: 1e-9 absolute on every cell (scores of 0…100 and Box-Cox values up to a few
/// thousand; the largest differences seen are below 1e-11).
@Suite struct COINrMethodsTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/coinr-asem-methods")
  static let tolerance = 1e-9

  /// Builds ASEM (17-digit input) with `build_example_coin()`'s settings changed by `change`.
  func build(_ change: (inout CompositeSpec) -> Void) throws -> CompositeResult {
    var spec = CompositeSpec.coinrASEM
    change(&spec)
    return try CompositePipeline.run(try AuditFixtures.asem.get(), spec: spec)
  }

  /// Every cell of `table` against the fixture `name` (rows by `uCode`, a column per code).
  ///
  /// Where COINr has ±∞ (`n_fracmax` divides by a zero maximum), an indicator of the engine
  /// must be missing, and an aggregate of it is not compared: COINr's mean carries the ∞, the
  /// engine's leaves the missing indicator out. Returns how many cells were not compared.
  @discardableResult
  func expectTable(
    _ table: CompositeTable?, _ name: String, indicators: Set<String> = [],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Int {
    var skipped = 0
    let table = try #require(table, sourceLocation: sourceLocation)
    let rows = try AuditFixtures.rows(name, in: Self.folder)
    #expect(rows.count == table.unitCodes.count, "\(name): one row per unit")
    var checked = 0
    var worst = 0.0
    var wrong: [String] = []
    for row in rows {
      let unit = try #require(table.unitCodes.firstIndex(of: row["uCode"]), "unit \(row["uCode"])")
      for code in table.columnCodes {
        guard row.fields[code] != nil else {
          wrong.append("\(code) missing from \(name)")
          continue
        }
        let column = try #require(table.column(code))
        let actual = column[column.startIndex + unit]
        let expected = row.number(code)
        checked += 1
        if let expected, expected.isInfinite {
          if indicators.contains(code) {
            if !actual.isNaN { wrong.append("\(row["uCode"]) \(code): \(actual) is not missing") }
          } else {
            skipped += 1
          }
          continue
        }
        if let expected, !actual.isNaN { worst = max(worst, abs(actual - expected)) }
        if !agree(actual.isNaN ? nil : actual, expected, within: Self.tolerance) {
          wrong.append("\(row["uCode"]) \(code): \(actual) ≠ \(row[code])")
        }
      }
    }
    print("\(name): \(checked) cells, largest difference \(worst)")
    #expect(checked == rows.count * table.columnCodes.count, sourceLocation: sourceLocation)
    #expect(
      wrong.isEmpty, "\(wrong.count) cells: \(wrong.prefix(5))", sourceLocation: sourceLocation)
    return skipped
  }

  /// `n_fracmax` divides by the maximum; three negative indicators (CostImpEx, Tariff,
  /// Poverty) have a best value of 0, so after the direction flip their maximum is −0 and COINr
  /// gives +∞ (and `NaN` for the unit at 0). The engine makes such a column missing.
  @Test func fractionOfMaximumMatchesCOINrWhereCOINrIsFinite() throws {
    let result = try build { $0.normalisation = .fractionOfMaximum }
    let indicators = Set(result.framework.indicators.map(\.code))
    for code in ["CostImpEx", "Tariff", "Poverty"] {
      #expect(result.scores(code)?.allSatisfy(\.isNaN) == true, "\(code)")
    }
    let skipped = try expectTable(
      result.aggregated, "normalise_fracmax.csv", indicators: indicators)
    #expect(skipped > 0 && skipped < 51 * 11)
  }

  @Test(arguments: [
    ("normalise_borda.csv", Normalisation.borda),
    ("normalise_dist2max.csv", .distanceToMaximum),
    ("normalise_boxcox_0.5.csv", .boxCox(lambda: 0.5)),
    ("normalise_boxcox_0.csv", .boxCox(lambda: 0)),
    // the R script sets iMeta's scaled_lower −2, scaled_upper 30, scale_factor 10
    ("normalise_scaled.csv", .scaled(lower: -2, upper: 30, scale: 10)),
  ])
  func normalisationMatchesCOINr(_ file: String, _ method: Normalisation) throws {
    try expectTable(build { $0.normalisation = method }.aggregated, file)
  }

  @Test(arguments: [
    ("aggregate_genmean_2.csv", AggregationMethod.generalised(p: 2), 0.0),
    ("aggregate_genmean_0.5.csv", .generalised(p: 0.5), 0),
    // p < 0 needs positive values: the script normalises onto 1…100 for it
    ("aggregate_genmean_-1.csv", .generalised(p: -1), 1),
    ("aggregate_copeland.csv", .copeland, 0),
  ])
  func aggregationMatchesCOINr(_ file: String, _ method: AggregationMethod, _ lower: Double)
    throws
  {
    let result = try build {
      $0.normalisation = .minMax(lower: lower, upper: 100)
      $0.aggregation.method = method
    }
    try expectTable(result.aggregated, file)
  }

  @Test func boxCoxTreatmentFallbackMatchesCOINr() throws {
    let result = try build { $0.treatment = Winsorisation(maxPoints: 1, boxCoxLambda: 0.5) }
    try expectTable(result.treated, "treated_boxcox_0.5.csv")
    // COINr ran f2 (check_SkewKurt2 has a value) exactly where the engine's fallback did
    let details = try AuditFixtures.rows("treated_boxcox_0.5_details.csv", in: Self.folder)
    let byCode = Dictionary(uniqueKeysWithValues: result.treatment.map { ($0.indicator, $0) })
    #expect(details.count == result.treatment.count)
    var transformed = 0
    for row in details {
      let record = try #require(byCode[row["iCode"]])
      let ranFallback = row["check_SkewKurt2.Pass"] != "NA"
      #expect(record.logTransformed == ranFallback, "\(row["iCode"])")
      if ranFallback { transformed += 1 }
    }
    #expect(transformed == 11)
  }

  /// The functions on small vectors with ties, a missing value and a constant column.
  @Test func vectorsMatchCOINr() throws {
    let inputs: [String: [Double]] = [
      "ties": [3, 1, .nan, 3, 2, 5], "negative": [-4, -1, -2.5, -1, .nan],
      "constant": [2, 2, 2, 2],
    ]
    let methods: [String: Normalisation] = [
      "n_scaled npara 1:6 scale_factor 100": .scaled(lower: 1, upper: 6, scale: 100),
      "n_fracmax": .fractionOfMaximum, "n_borda": .borda, "n_dist2max": .distanceToMaximum,
      "boxcox lambda 0.5 na.rm TRUE": .boxCox(lambda: 0.5),
      "boxcox lambda 0 na.rm TRUE": .boxCox(lambda: 0),
    ]
    let rows = try AuditFixtures.rows("vectors.csv", in: Self.folder)
    var checked = 0
    for (name, method) in methods {
      for (inputName, x) in inputs {
        let actual = applied(x) {
          method.apply($0, direction: 1, target: nil, referenceUnit: nil)
        }
        let expected = rows.filter { $0["method"] == name && $0["case"] == inputName }
        #expect(expected.count == x.count, "\(name) \(inputName)")
        for row in expected {
          let index = try #require(Int(row["index"])) - 1
          let value = actual[index]
          #expect(
            agree(value.isNaN ? nil : value, row.number("value"), within: Self.tolerance),
            "\(name) on \(inputName)[\(index)]: \(value) ≠ \(row["value"])")
          checked += 1
        }
      }
    }
    #expect(checked == 6 * 15)
    // Where the engine differs: COINr's default na.rm = FALSE makes every value NA when one
    // is missing; the engine takes the minimum over the available values.
    let strict = rows.filter { $0["method"] == "boxcox lambda 0.5" && $0["case"] == "ties" }
    #expect(strict.count == 6 && strict.allSatisfy { $0["value"] == "NA" })
  }

  @Test func copelandSmallTableMatchesCOINr() throws {
    let rows = try AuditFixtures.rows("copeland_small.csv", in: Self.folder)
    for (column, weights) in [("equal", [1.0, 1, 1]), ("weighted", [2.0, 1, 1])] {
      let data = CompositeData(
        unitCodes: ["1", "2", "3", "4"], indicatorCodes: ["a", "b", "c"],
        rows: [[1, 3, 5], [2, 3, 4], [2, 1, 4], [0, 3, 6]])
      let framework = try CompositeFramework(
        zip(["a", "b", "c"], weights).map {
          IndicatorMeta(code: $0, level: 1, parent: "I", weight: $1)
        } + [IndicatorMeta(code: "I", level: 2, parent: nil)])
      let result = try CompositePipeline.run(
        data, framework: framework,
        spec: CompositeSpec(normalisation: .none, aggregation: Aggregation(method: .copeland)))
      let expected = rows.compactMap { $0.number(column) }
      #expect(expected.count == 4)
      #expect(result.scores("I").map(Array.init) == expected, "\(column)")
    }
  }
}

/// Goalposts, distance to target and distance to a reference unit against COINr 1.1.14, and
/// the older normalisations on the small vectors (`vectors_more.csv`).
@Suite struct COINrTargetMethodsTests {
  let methods = COINrMethodsTests()

  /// COINr's iMeta goalposts per indicator (the script's `goalposts.csv`: the 10th and 90th
  /// percentiles of the treated values), scale 100, with and without truncation.
  @Test(arguments: [
    ("normalise_goalposts.csv", true), ("normalise_goalposts_untruncated.csv", false),
  ])
  func goalpostsPerIndicatorMatchCOINr(_ file: String, _ truncate: Bool) throws {
    let posts = try AuditFixtures.rows("goalposts.csv", in: COINrMethodsTests.folder)
    #expect(posts.count == 49)
    var byIndicator: [String: Normalisation] = [:]
    for row in posts {
      let lower = try #require(row.number("lower"))
      let upper = try #require(row.number("upper"))
      byIndicator[row["iCode"]] = .goalposts(
        lower: lower, upper: upper, scale: 100, truncate: truncate)
    }
    let result = try methods.build { $0.normalisationByIndicator = byIndicator }
    try methods.expectTable(result.aggregated, file)
    // the posts lie inside every indicator's range, so truncation changes something
    let clipped = result.framework.indicators.filter {
      result.scores($0.code)?.contains { $0 < 0 || $0 > 100 } == true
    }
    #expect(truncate ? clipped.isEmpty : clipped.count > 10)
  }

  /// The targets are the example's iMeta `Target` column, as the engine reads it.
  @Test(arguments: [("normalise_dist2targ.csv", false), ("normalise_dist2targ_cap.csv", true)])
  func distanceToTargetMatchesCOINr(_ file: String, _ cap: Bool) throws {
    try methods.expectTable(
      methods.build { $0.normalisation = .distanceToTarget(capAtOne: cap) }.aggregated, file)
  }

  @Test(arguments: [
    ("normalise_dist2ref_DEU.csv", false), ("normalise_dist2ref_DEU_cap.csv", true),
  ])
  func distanceToReferenceMatchesCOINr(_ file: String, _ cap: Bool) throws {
    try methods.expectTable(
      methods.build { $0.normalisation = .distanceToReference(unit: "DEU", capAtOne: cap) }
        .aggregated, file)
  }

  /// The functions on the small vectors with ties, a missing value and a constant column;
  /// the target is 4 and the reference the 4th value (`iref = 4`).
  @Test func moreVectorsMatchCOINr() throws {
    let inputs: [String: [Double]] = [
      "ties": [3, 1, .nan, 3, 2, 5], "negative": [-4, -1, -2.5, -1, .nan],
      "constant": [2, 2, 2, 2],
    ]
    let methods: [String: Normalisation] = [
      "n_goalposts 1 4 100": .goalposts(lower: 1, upper: 4, scale: 100, truncate: true),
      "n_goalposts 1 4 100 trunc2posts FALSE": .goalposts(
        lower: 1, upper: 4, scale: 100, truncate: false),
      "n_dist2targ 4": .distanceToTarget(capAtOne: false),
      "n_dist2targ 4 cap_max TRUE": .distanceToTarget(capAtOne: true),
      "n_dist2ref 4": .distanceToReference(unit: "4", capAtOne: false),
      "n_dist2ref 4 cap_max TRUE": .distanceToReference(unit: "4", capAtOne: true),
      "n_minmax 0 100": .minMax(lower: 0, upper: 100),
      "n_zscore 0 1": .zScore(
        mean: 0, standardDeviation: 1),
      "n_prank": .percentileRank, "n_rank": .rank,
    ]
    let rows = try AuditFixtures.rows("vectors_more.csv", in: COINrMethodsTests.folder)
    var checked = 0
    for (name, method) in methods {
      for (inputName, x) in inputs {
        let actual = applied(x) { method.apply($0, direction: 1, target: 4, referenceUnit: 3) }
        let expected = rows.filter { $0["method"] == name && $0["case"] == inputName }
        #expect(expected.count == x.count, "\(name) \(inputName)")
        for row in expected {
          let index = try #require(Int(row["index"])) - 1
          let value = actual[index]
          #expect(
            agree(
              value.isNaN ? nil : value, row.number("value"), within: COINrMethodsTests.tolerance),
            "\(name) on \(inputName)[\(index)]: \(value) ≠ \(row["value"])")
          checked += 1
        }
      }
    }
    #expect(checked == 10 * 15)
  }
}
