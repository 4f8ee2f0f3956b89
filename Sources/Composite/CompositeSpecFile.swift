import Foundation
import Support

/// A composite index described in a JSON file: where its data come from, its hierarchy, the
/// build settings and the alternatives of an uncertainty analysis (see docs/composite.md).
public struct CompositeSpecFile: Sendable {
  /// Where the units × indicators come from.
  public enum Source: Sendable, Hashable {
    /// COINr-style `idata.csv` and `imeta.csv`, paths resolved against the spec's directory.
    case coinr(idata: URL, imeta: URL)
    /// The catalog's provinces of a region: their targets for a horizon year (ambition) or
    /// latest observations up to it (delivery), one indicator per level-1 item. The Benchmark
    /// module builds the input (`input(catalog:)`); this module only reads the settings.
    case catalog(CatalogSource)
  }

  /// The settings of a catalog source, as the spec writes them.
  public struct CatalogSource: Sendable, Hashable {
    /// What the units' values are.
    public enum Subject: String, Sendable, Hashable {
      /// The provinces' targets for the horizon year (ambition).
      case targets
      /// The provinces' latest observations up to the year (delivery).
      case observations
    }

    /// Whether the units' values are targets (ambition) or observations (delivery).
    public var subject: Subject
    /// The horizon year of the targets, or the latest year of the observations.
    public var year: Int
    /// `2024` (before the 2025 merger) or `2025`.
    public var geography: String
    /// The id of the region whose provinces are the units; `NMM` when the spec gives none.
    public var region: String

    /// A catalog source with every setting given.
    public init(subject: Subject, year: Int, geography: String, region: String) {
      self.subject = subject
      self.year = year
      self.geography = geography
      self.region = region
    }
  }

  /// The index's name as the spec gives it (`name`); `composite` when it gives none.
  public var name: String
  /// The English name, where the spec gives one (`name_en`); else `name`.
  public var nameEn: String
  /// Where the units × indicators come from.
  public var source: Source
  /// The hierarchy for a catalog source (level-1 codes are indicator ids); empty for COINr input,
  /// whose hierarchy is in `imeta.csv`.
  public var framework: [IndicatorMeta]
  /// English names of framework items, by code (`name_en`).
  public var englishNames: [String: String] = [:]
  /// The nominal build settings (`build`); the defaults for a setting the spec leaves out.
  public var build: CompositeSpec
  /// Alternatives for `uncertainty`: runs, seed and jobs come from the command line.
  public var winsorisationLimits: [Int]
  /// Alternative normalisations for an uncertainty analysis; empty keeps the nominal one.
  public var normalisations: [Normalisation]
  /// Alternative aggregation methods for an uncertainty analysis; empty keeps the nominal ones.
  public var aggregationMethods: [AggregationMethod]
  /// Noise factor by framework level (0.25 = ±25%) for the weights in an uncertainty analysis.
  public var weightNoise: [Int: Double]
  /// How messages name the COINr files: as written in the spec, joined to the spec's path as
  /// the user gave it (`specs/asem.json` + `coinr-asem/idata.csv`).
  package var coinrDisplayPaths: (idata: String, imeta: String)?
  /// Where each framework item's code stands in the spec, for located messages.
  package var frameworkLocations: [String: SourceLocation] = [:]
  /// Where the spec's blocks stand ("aggregation", "normalisation", "screening",
  /// "framework", "build"; "spec" for the whole file; "reference unit U" for a
  /// distance-to-reference unit), for errors the engine finds later.
  var blockLocations: [String: SourceLocation] = [:]

  /// Runs `body` (building the input, the index or its uncertainty) and turns what the engine
  /// finds wrong with the spec's settings into an error located at the setting: a geometric
  /// mean meeting a zero points at the aggregation, screening that removes every unit at the
  /// screening, a framework problem at the framework.
  public func locating<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as CompositeError {
      let block: String
      switch error {
      case .invalidAggregationInput: block = "aggregation"
      case .missingTarget: block = "normalisation"
      case .noUnitsLeft: block = "screening"
      case .invalidFramework: block = "framework"
      case .tooFewUncertainInputs: block = "uncertainty"
      case .unknownCompositeName(let kind, let name, _) where kind.hasPrefix("reference unit"):
        block = "reference unit \(name)"
      default: throw error
      }
      guard let at = blockLocations[block] ?? blockLocations["spec"] else { throw error }
      throw CompositeError.invalidSpec([Diagnostic(.error, at: at, error.description)])
    }
  }

  /// Reads a spec file.
  /// - Throws: `CompositeError.invalidSpec` with located diagnostics, or `.unreadableFile`.
  public static func read(_ url: URL, displayPath: String) throws -> CompositeSpecFile {
    let bytes = try CompositeError.readingSpec {
      try FileInput.bytes(of: url, displayPath: displayPath)
    }
    return try parse(
      String(decoding: bytes, as: UTF8.self), directory: url.deletingLastPathComponent(),
      displayPath: displayPath)
  }

  /// Reads a spec from its text; relative COINr paths are resolved against `directory`.
  static func parse(_ text: String, directory: URL, displayPath: String) throws
    -> CompositeSpecFile
  {
    let root = try CompositeError.readingSpec { try JSONReader.read(text, file: displayPath) }
    var reader = SpecReader()
    let displayDirectory = (displayPath as NSString).deletingLastPathComponent
    let spec = reader.spec(root, directory: directory, displayDirectory: displayDirectory)
    guard let spec, reader.diagnostics.isEmpty else {
      throw CompositeError.invalidSpec(reader.diagnostics)
    }
    return spec
  }

  /// The uncertainty settings with the command line's runs, seed and jobs.
  public func uncertainty(runs: Int, seed: UInt64, jobs: Int) -> UncertaintySpec {
    UncertaintySpec(
      runs: runs, seed: seed, winsorisationLimits: winsorisationLimits,
      normalisations: normalisations,
      aggregationMethods: aggregationMethods, weightNoise: weightNoise, jobs: jobs)
  }
}

/// Turns JSON nodes into a spec, collecting every problem with its location.
private struct SpecReader {
  var diagnostics: [Diagnostic] = []
  /// Where each distance-to-reference unit is first named, for the engine's later check.
  var referenceUnitLocations: [String: SourceLocation] = [:]

  mutating func fail(_ node: JSONNode, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: node.location, message))
  }

  mutating func spec(_ root: JSONNode, directory: URL, displayDirectory: String)
    -> CompositeSpecFile?
  {
    guard case .object = root.value else {
      fail(root, "a spec is a JSON object")
      return nil
    }
    known(root, ["name", "name_en", "source", "framework", "build", "uncertainty"])
    let name = string(root["name"]) ?? "composite"
    guard let sourceNode = root["source"] else {
      fail(root, "missing member 'source' (\"coinr\" files or \"catalog\")")
      return nil
    }
    var source: CompositeSpecFile.Source?
    var displayPaths: (idata: String, imeta: String)?
    known(sourceNode, ["coinr", "catalog"])
    if let coinr = sourceNode["coinr"] {
      known(coinr, ["idata", "imeta"])
      if let idata = string(coinr["idata"], required: coinr, "idata"),
        let imeta = string(coinr["imeta"], required: coinr, "imeta")
      {
        // an absolute path stands as it is; a relative one is read beside the spec
        let resolve = { (name: String) -> URL in
          name.hasPrefix("/")
            ? URL(fileURLWithPath: name) : directory.appendingPathComponent(name)
        }
        source = .coinr(idata: resolve(idata), imeta: resolve(imeta))
        let shown = { (name: String) -> String in
          name.hasPrefix("/") || displayDirectory.isEmpty ? name : "\(displayDirectory)/\(name)"
        }
        displayPaths = (shown(idata), shown(imeta))
      }
    } else if let catalog = sourceNode["catalog"] {
      known(catalog, ["subject", "year", "geography", "region"])
      let subjectText = string(catalog["subject"]) ?? "targets"
      let subject = CompositeSpecFile.CatalogSource.Subject(rawValue: subjectText)
      if subject == nil, let node = catalog["subject"] {
        fail(node, "'subject' is \"targets\" or \"observations\"")
      }
      let year = integer(catalog["year"], in: 1900...2100, "'year'", required: catalog, "year")
      let geographyText = string(catalog["geography"]) ?? "2024"
      let geography = ["2024", "2025"].contains(geographyText) ? geographyText : nil
      if geography == nil, let node = catalog["geography"] {
        fail(node, "'geography' is \"2024\" or \"2025\"")
      }
      if let subject, let year, let geography {
        source = .catalog(
          CompositeSpecFile.CatalogSource(
            subject: subject, year: year, geography: geography,
            region: string(catalog["region"]) ?? "NMM"))
      }
    } else {
      fail(sourceNode, "'source' needs a member \"coinr\" or \"catalog\"")
    }
    let framework = frameworkItems(root["framework"])
    if case .catalog = source, framework.isEmpty, let node = root["framework"] ?? Optional(root) {
      fail(node, "a catalog source needs a 'framework': indicators, their pillars and the index")
    }
    let build = buildSpec(root["build"])
    let u = root["uncertainty"]
    known(u, ["winsorisation_limits", "normalisations", "aggregations", "weight_noise"])
    let limits = (array(u?["winsorisation_limits"]) ?? []).compactMap {
      integer($0, in: 0...1000, "a winsorisation limit (points)")
    }
    let normalisations = (array(u?["normalisations"]) ?? []).compactMap { normalisation($0) }
    let methods = (array(u?["aggregations"]) ?? []).compactMap { aggregationMethod($0) }
    var noise: [Int: Double] = [:]
    if let node = u?["weight_noise"], case .object(let members) = node.value {
      for (key, value) in members {
        guard let level = Int(key), (1...100).contains(level) else {
          fail(value, "weight_noise key \(Text.quoted(key)) is not a level number such as \"2\"")
          continue
        }
        guard let factor = number(value), (0...1).contains(factor) else {
          fail(value, "the weight noise of level \(level) is a factor between 0 and 1")
          continue
        }
        noise[level] = factor
      }
    }
    guard let source, let build else { return nil }
    var englishNames: [String: String] = [:]
    var locations: [String: SourceLocation] = [:]
    for item in array(root["framework"]) ?? [] {
      guard let node = item["code"], let code = string(node) else { continue }
      if locations[code] == nil { locations[code] = node.location }
      if let english = string(item["name_en"]) { englishNames[code] = english }
    }
    var file = CompositeSpecFile(
      name: name, nameEn: string(root["name_en"]) ?? name, source: source, framework: framework,
      build: build, winsorisationLimits: limits,
      normalisations: normalisations, aggregationMethods: methods, weightNoise: noise)
    file.englishNames = englishNames
    file.coinrDisplayPaths = displayPaths
    file.blockLocations["spec"] = root.location
    if let node = root["framework"] { file.blockLocations["framework"] = node.location }
    if let node = root["uncertainty"] { file.blockLocations["uncertainty"] = node.location }
    if let build = root["build"] {
      file.blockLocations["build"] = build.location
      for block in ["aggregation", "normalisation", "screening"] {
        file.blockLocations[block] = build[block]?.location ?? build.location
      }
    }
    file.frameworkLocations = locations
    for (unit, at) in referenceUnitLocations { file.blockLocations["reference unit \(unit)"] = at }
    return file
  }

  mutating func frameworkItems(_ node: JSONNode?) -> [IndicatorMeta] {
    guard let node else { return [] }
    guard let items = array(node) else { return [] }
    var seen: [String: JSONNode] = [:]
    let metas = items.compactMap { item -> IndicatorMeta? in
      known(item, ["code", "name", "name_en", "level", "parent", "weight"])
      guard let code = string(item["code"], required: item, "code") else { return nil }
      if seen[code] != nil {
        fail(item, "code \(Text.quoted(code)) is used twice in the framework")
      } else {
        seen[code] = item
      }
      let level = item["level"] == nil ? 1 : integer(item["level"], in: 1...100, "'level'") ?? 1
      let weight = number(item["weight"]) ?? 1
      if weight < 0 { fail(item["weight"] ?? item, "a weight is not negative") }
      return IndicatorMeta(
        code: code, name: string(item["name"]), level: level, parent: string(item["parent"]),
        weight: weight)
    }
    // parents: each names an item of the framework, and following them never comes back
    let parents = Dictionary(metas.map { ($0.code, $0.parent) }, uniquingKeysWith: { a, _ in a })
    for meta in metas {
      guard let parent = meta.parent, let node = seen[meta.code] else { continue }
      guard parents[parent] != nil else {
        fail(node["parent"] ?? node, "parent \(Text.quoted(parent)) is not a code of the framework")
        continue
      }
      var path: Set<String> = [meta.code]
      var next: String? = parent
      while let current = next {
        guard path.insert(current).inserted else {
          fail(node["parent"] ?? node, "the parents of \(Text.quoted(meta.code)) form a cycle")
          break
        }
        next = parents[current] ?? nil
      }
    }
    return metas
  }

  mutating func buildSpec(_ node: JSONNode?) -> CompositeSpec? {
    var spec = CompositeSpec()
    guard let node else { return spec }
    known(
      node,
      ["denominate", "imputation", "screening", "winsorisation", "normalisation", "aggregation"])
    spec.denominate = bool(node["denominate"]) ?? false
    if let imputation = node["imputation"] {
      switch imputation.value {
      case .string("none"): spec.imputation = .none
      case .string("mean"): spec.imputation = .mean
      case .string("median"): spec.imputation = .median
      default:
        if let group = string(imputation["group-mean"]) {
          spec.imputation = .groupMean(group)
        } else if let group = string(imputation["group-median"]) {
          spec.imputation = .groupMedian(group)
        } else {
          fail(
            imputation,
            "imputation is \"none\", \"mean\", \"median\", {\"group-mean\": G} or {\"group-median\": G}"
          )
        }
      }
    }
    if let screening = node["screening"], screening.value != .null {
      known(screening, ["threshold"])
      let threshold = number(screening["threshold"]) ?? 2.0 / 3.0
      if (0...1).contains(threshold) {
        spec.screening = UnitScreening(rule: .missing, dataThreshold: threshold)
      } else {
        fail(screening, "screening threshold is a share between 0 and 1")
      }
    }
    if let treatment = node["winsorisation"], treatment.value != .null {
      known(treatment, ["max_points", "fallback"])
      let points =
        treatment["max_points"] == nil
        ? 5 : integer(treatment["max_points"], in: 0...1000, "max_points")
      let fallback = treatment["fallback"].map { self.fallback($0) } ?? .some((true, nil))
      if let points, let (log, lambda) = fallback {
        spec.treatment = Winsorisation(maxPoints: points, logFallback: log, boxCoxLambda: lambda)
      }
    }
    if let normalisation = node["normalisation"], let value = self.normalisation(normalisation) {
      spec.normalisation = value
    }
    if let aggregation = node["aggregation"] {
      known(aggregation, ["method", "p", "threshold"])
      let method =
        aggregation["method"] == nil && aggregation["p"] == nil
        ? .arithmetic : aggregationMethod(aggregation, object: aggregation)
      let threshold = number(aggregation["threshold"])
      if let threshold, !(0...1).contains(threshold) {
        fail(aggregation, "aggregation threshold is a share between 0 and 1")
      } else if let method {
        spec.aggregation = Aggregation(method: method, dataThreshold: threshold)
      }
    }
    return spec
  }

  mutating func normalisation(_ node: JSONNode) -> Normalisation? {
    known(
      node,
      ["method", "lower", "upper", "mean", "sd", "cap", "scale", "lambda", "truncate", "unit"])
    switch string(node["method"]) {
    case "min-max":
      let lower = number(node["lower"]) ?? 0
      let upper = number(node["upper"]) ?? 100
      guard below(lower, upper, node, "min-max") else { return nil }
      return .minMax(lower: lower, upper: upper)
    case "z-score":
      let sd = number(node["sd"]) ?? 1
      guard sd > 0 else {
        fail(node["sd"] ?? node, "the z-score 'sd' is a positive number")
        return nil
      }
      return .zScore(mean: number(node["mean"]) ?? 0, standardDeviation: sd)
    case "scaled":
      let lower = number(node["lower"]) ?? 0
      let upper = number(node["upper"]) ?? 100
      let scale = number(node["scale"]) ?? 100
      guard below(lower, upper, node, "scaled") else { return nil }
      guard scale != 0 else {
        fail(node["scale"] ?? node, "the 'scale' of a scaled normalisation is not zero")
        return nil
      }
      return .scaled(lower: lower, upper: upper, scale: scale)
    case "goalposts":
      // COINr's gposts = c(lower, upper, scale) and trunc2posts, in the indicator's own units;
      // the engine flips them for a negative indicator as get_iMeta_norm_paras does
      guard let lower = number(node["lower"], required: node, "lower"),
        let upper = number(node["upper"], required: node, "upper"),
        below(lower, upper, node, "goalposts")
      else { return nil }
      let scale = number(node["scale"]) ?? 100
      guard scale != 0 else {
        fail(node["scale"] ?? node, "the 'scale' of goalposts is not zero")
        return nil
      }
      return .goalposts(
        lower: lower, upper: upper, scale: scale, truncate: bool(node["truncate"]) ?? true)
    case "distance-to-reference":
      // the unit is checked against the data when the index is built (`locating`)
      guard let unit = string(node["unit"], required: node, "unit") else { return nil }
      guard !unit.isEmpty else {
        fail(node["unit"] ?? node, "the reference 'unit' is a unit code")
        return nil
      }
      if let at = node["unit"]?.location, referenceUnitLocations[unit] == nil {
        referenceUnitLocations[unit] = at
      }
      return .distanceToReference(unit: unit, capAtOne: bool(node["cap"]) ?? false)
    case "box-cox":
      guard let lambda = number(node["lambda"], required: node, "lambda") else { return nil }
      guard let valid = self.lambda(lambda, node["lambda"]) else { return nil }
      return .boxCox(lambda: valid)
    case "percentile-rank": return .percentileRank
    case "rank": return .rank
    case "borda": return .borda
    case "fraction-of-max": return .fractionOfMaximum
    case "distance-to-max": return .distanceToMaximum
    case "distance-to-target": return .distanceToTarget(capAtOne: bool(node["cap"]) ?? true)
    case "none": return Normalisation.none
    default:
      fail(
        node,
        "normalisation method is \"min-max\", \"z-score\", \"scaled\", \"percentile-rank\", "
          + "\"rank\", \"borda\", \"fraction-of-max\", \"distance-to-max\", "
          + "\"distance-to-target\", \"distance-to-reference\", \"goalposts\", \"box-cox\" "
          + "or \"none\"")
      return nil
    }
  }

  /// Checks `lower < upper` for a normalisation named `what`.
  mutating func below(_ lower: Double, _ upper: Double, _ node: JSONNode, _ what: String) -> Bool {
    guard lower < upper else {
      fail(
        node,
        "\(what) needs 'lower' below 'upper' (\(Text.plainNumber(lower)) is not below "
          + "\(Text.plainNumber(upper)))")
      return false
    }
    return true
  }

  /// A Box-Cox λ: from −5 to 5, where `y^λ` of the shifted values stays finite.
  mutating func lambda(_ value: Double, _ node: JSONNode?) -> Double? {
    guard (-5...5).contains(value) else {
      if let node { fail(node, "the Box-Cox 'lambda' is a number from -5 to 5") }
      return nil
    }
    return value
  }

  /// The treatment's fallback: `"log"` (COINr's `log_CT`), `"none"`, or
  /// `{"method": "box-cox", "lambda": λ}`; as (log fallback on, Box-Cox λ).
  mutating func fallback(_ node: JSONNode) -> (Bool, Double?)? {
    switch node.value {
    case .string("log"): return (true, nil)
    case .string("none"): return (false, nil)
    case .object:
      known(node, ["method", "lambda"])
      guard string(node["method"], required: node, "method") == "box-cox" else {
        fail(
          node["method"] ?? node, "a fallback object is {\"method\": \"box-cox\", \"lambda\": λ}")
        return nil
      }
      guard let value = number(node["lambda"], required: node, "lambda"),
        let lambda = lambda(value, node["lambda"])
      else { return nil }
      return (true, lambda)
    default:
      fail(node, "the fallback is \"log\", \"none\" or {\"method\": \"box-cox\", \"lambda\": λ}")
      return nil
    }
  }

  /// An aggregation method: a name (`"geometric"`), or in `object` a `method` and, for the
  /// generalised mean, its `p`.
  mutating func aggregationMethod(_ node: JSONNode, object: JSONNode? = nil) -> AggregationMethod? {
    let names =
      "\"arithmetic\", \"geometric\", \"harmonic\", \"generalised\" (with 'p') or \"copeland\""
    let nameNode: JSONNode?
    if let object {
      nameNode = object["method"]
    } else if case .object = node.value {
      known(node, ["method", "p"])
      return aggregationMethod(node, object: node)
    } else {
      nameNode = node
    }
    guard let nameNode, case .string(let text) = nameNode.value else {
      fail(nameNode ?? node, "aggregation method is \(names)")
      return nil
    }
    let pNode = object?["p"]
    if text == "generalised" {
      guard let p = number(pNode, required: object ?? node, "p") else {
        return nil
      }
      guard p != 0, (-10...10).contains(p) else {
        fail(
          pNode ?? node,
          p == 0
            ? "the generalised mean with p = 0 is the geometric mean: use \"geometric\" (COINr stops too)"
            : "the generalised mean's 'p' is a number from -10 to 10")
        return nil
      }
      return .generalised(p: p)
    }
    guard let method = AggregationMethod.named[text] else {
      fail(nameNode, "aggregation method is \(names)")
      return nil
    }
    if let pNode {
      fail(pNode, "'p' is only for the generalised mean")
      return nil
    }
    return method
  }

  mutating func string(_ node: JSONNode?, required parent: JSONNode? = nil, _ name: String = "")
    -> String?
  {
    guard let node else {
      if let parent { fail(parent, "missing member '\(name)'") }
      return nil
    }
    guard case .string(let s) = node.value else {
      fail(node, "expected a string")
      return nil
    }
    return s
  }

  mutating func number(_ node: JSONNode?, required parent: JSONNode? = nil, _ name: String = "")
    -> Double?
  {
    guard let node else {
      if let parent { fail(parent, "missing member '\(name)'") }
      return nil
    }
    guard case .number(let x) = node.value else {
      fail(node, "expected a number")
      return nil
    }
    guard x.isFinite else {
      fail(node, "expected a finite number")
      return nil
    }
    return x
  }

  /// A whole number in `range`; anything else (1e300, 2.5, -1) is a located error, never a
  /// trapping conversion.
  mutating func integer(
    _ node: JSONNode?, in range: ClosedRange<Int>, _ what: String,
    required parent: JSONNode? = nil, _ name: String = ""
  ) -> Int? {
    guard let x = number(node, required: parent, name), let node else { return nil }
    guard x == x.rounded(), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
      fail(node, "\(what) is a whole number from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return Int(x)
  }

  /// Reports members of an object that the spec format does not have (a misspelt key would
  /// otherwise be ignored without a word).
  mutating func known(_ node: JSONNode?, _ allowed: [String]) {
    guard let node, case .object(let members) = node.value else { return }
    for (key, value) in members where !allowed.contains(key) {
      fail(
        value,
        "unknown member \(Text.quoted(key)); expected one of: \(allowed.joined(separator: ", "))")
    }
  }

  mutating func bool(_ node: JSONNode?) -> Bool? {
    guard let node else { return nil }
    guard case .bool(let b) = node.value else {
      fail(node, "expected true or false")
      return nil
    }
    return b
  }

  mutating func array(_ node: JSONNode?) -> [JSONNode]? {
    guard let node else { return nil }
    guard case .array(let items) = node.value else {
      fail(node, "expected an array")
      return nil
    }
    return items
  }
}
