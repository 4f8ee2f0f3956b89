import Foundation
import Testing

@testable import Composite

/// The spec file's normalisation, treatment and aggregation settings, and their located errors.
@Suite struct CompositeSpecFileTests {
  /// A COINr-source spec with `build` and `uncertainty` members inserted as written.
  func parse(build: String = "{}", uncertainty: String = "{}") throws -> CompositeSpecFile {
    let text = """
      {"source": {"coinr": {"idata": "i.csv", "imeta": "m.csv"}},
       "build": \(build),
       "uncertainty": \(uncertainty)}
      """
    return try CompositeSpecFile.parse(
      text, directory: URL(fileURLWithPath: "/tmp"), displayPath: "spec.json")
  }

  /// The messages of a refused spec, each with its `line:column`.
  func errors(build: String = "{}", uncertainty: String = "{}") -> [String] {
    do {
      _ = try parse(build: build, uncertainty: uncertainty)
      return []
    } catch CompositeError.invalidSpec(let diagnostics) {
      return diagnostics.map(\.description)
    } catch {
      return ["unexpected \(error)"]
    }
  }

  @Test func newNormalisationsAreRead() throws {
    let cases: [(String, Normalisation)] = [
      (
        #"{"method": "scaled", "lower": 1, "upper": 5, "scale": 10}"#,
        .scaled(lower: 1, upper: 5, scale: 10)
      ),
      (#"{"method": "scaled"}"#, .scaled(lower: 0, upper: 100, scale: 100)),
      (#"{"method": "fraction-of-max"}"#, .fractionOfMaximum),
      (#"{"method": "borda"}"#, .borda),
      (#"{"method": "distance-to-max"}"#, .distanceToMaximum),
      (#"{"method": "box-cox", "lambda": 0.5}"#, .boxCox(lambda: 0.5)),
      (
        #"{"method": "goalposts", "lower": -1, "upper": 4, "scale": 10, "truncate": false}"#,
        .goalposts(lower: -1, upper: 4, scale: 10, truncate: false)
      ),
      (
        #"{"method": "goalposts", "lower": 0, "upper": 1}"#,
        .goalposts(lower: 0, upper: 1, scale: 100, truncate: true)
      ),
      (
        #"{"method": "distance-to-reference", "unit": "DEU"}"#,
        .distanceToReference(unit: "DEU", capAtOne: false)
      ),
      (
        #"{"method": "distance-to-reference", "unit": "DEU", "cap": true}"#,
        .distanceToReference(unit: "DEU", capAtOne: true)
      ),
      (#"{"method": "distance-to-target"}"#, .distanceToTarget(capAtOne: true)),
      (#"{"method": "distance-to-target", "cap": false}"#, .distanceToTarget(capAtOne: false)),
    ]
    for (json, expected) in cases {
      let spec = try parse(build: #"{"normalisation": \#(json)}"#)
      #expect(spec.build.normalisation == expected, "\(json)")
      let alternatives = try parse(uncertainty: #"{"normalisations": [\#(json)]}"#)
      #expect(alternatives.normalisations == [expected], "\(json)")
    }
  }

  @Test func newAggregationsAreRead() throws {
    let build = try parse(build: #"{"aggregation": {"method": "generalised", "p": 2}}"#)
    #expect(build.build.aggregation.method == .generalised(p: 2))
    let copeland = try parse(build: #"{"aggregation": {"method": "copeland", "threshold": 0.5}}"#)
    #expect(copeland.build.aggregation.method == .copeland)
    #expect(copeland.build.aggregation.dataThreshold == 0.5)
    let spec = try parse(
      uncertainty:
        #"{"aggregations": ["arithmetic", {"method": "generalised", "p": -1}, "copeland"]}"#)
    #expect(spec.aggregationMethods == [.arithmetic, .generalised(p: -1), .copeland])
  }

  @Test func boxCoxFallbackOfTheTreatmentIsRead() throws {
    let box = try parse(
      build:
        #"{"winsorisation": {"max_points": 1, "fallback": {"method": "box-cox", "lambda": 0}}}"#)
    #expect(box.build.treatment == Winsorisation(maxPoints: 1, boxCoxLambda: 0))
    let none = try parse(build: #"{"winsorisation": {"fallback": "none"}}"#)
    #expect(none.build.treatment == Winsorisation(maxPoints: 5, logFallback: false))
    let log = try parse(build: #"{"winsorisation": {}}"#)
    #expect(log.build.treatment == Winsorisation(maxPoints: 5))
  }

  @Test func badSettingsAreLocatedErrors() {
    #expect(
      errors(build: #"{"aggregation": {"method": "generalised", "p": 0}}"#) == [
        "spec.json:2:58: error: the generalised mean with p = 0 is the geometric mean: use "
          + "\"geometric\" (COINr stops too)"
      ])
    #expect(
      errors(build: #"{"aggregation": {"method": "generalised"}}"#) == [
        "spec.json:2:27: error: missing member 'p'"
      ])
    #expect(
      errors(build: #"{"aggregation": {"method": "arithmetic", "p": 2}}"#) == [
        "spec.json:2:57: error: 'p' is only for the generalised mean"
      ])
    #expect(
      errors(uncertainty: #"{"aggregations": [{"method": "generalised", "p": 11}]}"#) == [
        "spec.json:3:66: error: the generalised mean's 'p' is a number from -10 to 10"
      ])
    #expect(
      errors(uncertainty: #"{"aggregations": ["median"]}"#) == [
        "spec.json:3:35: error: aggregation method is \"arithmetic\", \"geometric\", \"harmonic\", "
          + "\"generalised\" (with 'p') or \"copeland\""
      ])
    #expect(
      errors(build: #"{"normalisation": {"method": "box-cox"}}"#) == [
        "spec.json:2:29: error: missing member 'lambda'"
      ])
    #expect(
      errors(build: #"{"normalisation": {"method": "scaled", "lower": 3, "upper": 3}}"#) == [
        "spec.json:2:29: error: scaled needs 'lower' below 'upper' (3 is not below 3)"
      ])
    #expect(
      errors(build: #"{"winsorisation": {"fallback": {"method": "box-cox", "lambda": 9}}}"#) == [
        "spec.json:2:74: error: the Box-Cox 'lambda' is a number from -5 to 5"
      ])
    #expect(
      errors(build: #"{"normalisation": {"method": "goalposts", "upper": 3}}"#) == [
        "spec.json:2:29: error: missing member 'lower'"
      ])
    #expect(
      errors(build: #"{"normalisation": {"method": "goalposts", "lower": 5, "upper": 3}}"#) == [
        "spec.json:2:29: error: goalposts needs 'lower' below 'upper' (5 is not below 3)"
      ])
    #expect(
      errors(
        build: #"{"normalisation": {"method": "goalposts", "lower": 0, "upper": 3, "scale": 0}}"#)
        == ["spec.json:2:86: error: the 'scale' of goalposts is not zero"])
    #expect(
      errors(
        build: #"{"normalisation": {"method": "goalposts", "lower": 0, "upper": 1, "truncate": 1}}"#
      )
        == ["spec.json:2:89: error: expected true or false"])
    #expect(
      errors(build: #"{"normalisation": {"method": "distance-to-reference"}}"#) == [
        "spec.json:2:29: error: missing member 'unit'"
      ])
    #expect(
      errors(uncertainty: #"{"normalisations": [{"method": "distance-to-reference", "unit": 3}]}"#)
        == ["spec.json:3:81: error: expected a string"])
    #expect(
      errors(build: #"{"normalisation": {"method": "distance-to-reference", "unit": ""}}"#) == [
        "spec.json:2:73: error: the reference 'unit' is a unit code"
      ])
    #expect(
      errors(build: #"{"winsorisation": {"fallback": "sqrt"}}"#) == [
        "spec.json:2:42: error: the fallback is \"log\", \"none\" or "
          + "{\"method\": \"box-cox\", \"lambda\": λ}"
      ])
  }

  /// The reference unit is checked when the index is built, and the error points at it.
  @Test func unknownReferenceUnitIsLocated() throws {
    let input = try AuditFixtures.asem.get()
    let spec = try parse(
      build: #"{"normalisation": {"method": "distance-to-reference", "unit": "DEX"}}"#)
    do {
      _ = try spec.locating { try CompositePipeline.run(input, spec: spec.build) }
      Issue.record("an unknown reference unit was accepted")
    } catch CompositeError.invalidSpec(let diagnostics) {
      #expect(
        diagnostics.map(\.description) == [
          "spec.json:2:73: error: unknown reference unit 'DEX' (did you mean 'DEU'?)"
        ])
    }
    // a known unit builds
    let known = try parse(
      build: #"{"normalisation": {"method": "distance-to-reference", "unit": "DEU"}}"#)
    let result = try known.locating { try CompositePipeline.run(input, spec: known.build) }
    #expect(result.scores("LPI")?.isEmpty == false)
  }
}
