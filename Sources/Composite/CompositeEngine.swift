import Support

/// The composite steps on flat column-major buffers, with every name resolved once.
///
/// `CompositePipeline` runs it once and keeps the data sets; `UncertaintyAnalysis` reuses the
/// steps that a run's settings do not change.
struct CompositeEngine: Sendable {
  let framework: CompositeFramework
  let unitCodes: [String]
  /// The indicator columns in framework order, all input units.
  let input: [Double]
  /// The denominator column of each indicator, if it is denominated.
  let denominators: [[Double]?]
  /// Group numbers per unit (−1 when unknown) for group imputation.
  let groups: (ids: [Int], count: Int)?

  /// The data after denomination, imputation and screening.
  struct Prepared: Sendable {
    var denominated: [Double]
    var imputed: [Double]
    var unitCodes: [String]
    var removedUnits: [String]
    var screened: [Double]
  }

  /// Resolves the indicator, denominator and group columns `spec` needs.
  /// - Throws: `CompositeError.unknownCompositeName` for a missing column or group variable.
  init(data: CompositeData, framework: CompositeFramework, spec: CompositeSpec) throws {
    self.framework = framework
    unitCodes = data.unitCodes
    let unitCount = data.unitCount
    let columnByCode = Dictionary(
      data.indicatorCodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var input = [Double]()
    input.reserveCapacity(unitCount * framework.indicatorCount)
    var denominators = [[Double]?]()
    for meta in framework.indicators {
      guard let column = columnByCode[meta.code] else {
        throw Self.unknown("indicator column", meta.code, among: data.indicatorCodes)
      }
      input.append(contentsOf: data.values[column * unitCount..<(column + 1) * unitCount])
      if spec.denominate, let name = meta.denominator {
        guard let denominator = data.denominators[name] else {
          throw Self.unknown("denominator", name, among: Array(data.denominators.keys))
        }
        denominators.append(denominator)
      } else {
        denominators.append(nil)
      }
    }
    self.input = input
    self.denominators = denominators
    if let name = spec.imputation.groupVariable {
      guard let column = data.groups[name] else {
        throw Self.unknown("group variable", name, among: Array(data.groups.keys))
      }
      var numbers: [String: Int] = [:]
      let ids = column.map { group in
        group.map { name in
          if let id = numbers[name] { return id }
          numbers[name] = numbers.count
          return numbers.count - 1
        } ?? -1
      }
      groups = (ids, numbers.count)
    } else {
      groups = nil
    }
    try checkTargets(spec)
    try checkNames(spec)
  }

  /// Checks that every code, unit and level named in `spec` exists, so a typo is an error
  /// rather than a setting silently ignored (COINr stops on unknown `Force` units too).
  /// - Throws: `CompositeError.unknownCompositeName`.
  private func checkNames(_ spec: CompositeSpec) throws {
    let codes = framework.codes
    let indicatorCodes = framework.indicators.map(\.code)
    let named: [(kind: String, names: [String], among: [String])] = [
      ("weight code", spec.aggregation.weights.keys.sorted(), codes),
      ("normalised indicator", spec.normalisationByIndicator.keys.sorted(), indicatorCodes),
      ("indicator to skip", (spec.treatment?.skip ?? []).sorted(), indicatorCodes),
      (
        "forced unit",
        ((spec.screening?.forceInclude ?? []).union(spec.screening?.forceExclude ?? [])).sorted(),
        unitCodes
      ),
    ]
    for (kind, names, among) in named {
      let known = Set(among)
      if let name = names.first(where: { !known.contains($0) }) {
        throw Self.unknown(kind, name, among: among)
      }
    }
    let levels = 2...max(framework.levelCount, 2)
    if let level = spec.aggregation.methodByLevel.keys.sorted().first(where: {
      !levels.contains($0)
    }) {
      throw CompositeError.unknownCompositeName(
        kind: "aggregation level", name: "\(level)", suggestion: nil)
    }
  }

  /// Checks that every indicator normalised by distance to target has a target.
  /// - Throws: `CompositeError.missingTarget`.
  func checkTargets(_ spec: CompositeSpec) throws {
    for meta in framework.indicators {
      if case .distanceToTarget = spec.normalisation(for: meta.code), meta.target == nil {
        throw CompositeError.missingTarget(indicator: meta.code)
      }
    }
  }

  static func unknown(_ kind: String, _ name: String, among names: [String]) -> CompositeError {
    .unknownCompositeName(
      kind: kind, name: name, suggestion: Text.nearest(to: name, in: names.sorted()))
  }

  /// Denominates, imputes and screens.
  /// - Parameter keepSteps: whether `denominated` and `imputed` must be separate copies; when
  ///   false they may share storage with `screened` (no copies for large builds).
  /// - Throws: `CompositeError.noUnitsLeft` when screening keeps no unit.
  func prepare(_ spec: CompositeSpec, keepSteps: Bool = true) throws -> Prepared {
    let unitCount = unitCodes.count
    var denominated = input
    denominated.withUnsafeMutableBufferPointer { buffer in
      for (indicator, denominator) in denominators.enumerated() {
        guard let denominator else { continue }
        let base = indicator * unitCount
        for unit in 0..<unitCount { buffer[base + unit] /= denominator[unit] }
      }
    }
    let needsBefore = spec.screening?.basis == .dataBeforeImputation
    var imputed = denominated
    if !keepSteps && !needsBefore { denominated = [] }
    if spec.imputation != .none {
      imputed.withUnsafeMutableBufferPointer { buffer in
        for indicator in 0..<framework.indicatorCount {
          spec.imputation.impute(
            UnsafeMutableBufferPointer(
              rebasing: buffer[indicator * unitCount..<(indicator + 1) * unitCount]),
            groups: groups)
        }
      }
    }
    guard let screening = spec.screening else {
      return Prepared(
        denominated: denominated, imputed: imputed, unitCodes: unitCodes, removedUnits: [],
        screened: imputed)
    }
    let keep = screening.keep(values: needsBefore ? denominated : imputed, unitCodes: unitCodes)
    let kept = keep.indices.filter { keep[$0] }
    guard !kept.isEmpty else {
      throw CompositeError.noUnitsLeft(threshold: screening.dataThreshold)
    }
    let removed = keep.indices.filter { !keep[$0] }.map { unitCodes[$0] }
    guard !removed.isEmpty else {
      return Prepared(
        denominated: denominated, imputed: imputed, unitCodes: unitCodes, removedUnits: [],
        screened: imputed)
    }
    var screened = [Double]()
    screened.reserveCapacity(kept.count * framework.indicatorCount)
    for indicator in 0..<framework.indicatorCount {
      let base = indicator * unitCount
      for unit in kept { screened.append(imputed[base + unit]) }
    }
    return Prepared(
      denominated: denominated, imputed: imputed, unitCodes: kept.map { unitCodes[$0] },
      removedUnits: removed, screened: screened)
  }

  /// Treats every indicator column in place.
  func treat(_ values: inout [Double], unitCount: Int, with treatment: Winsorisation)
    -> [TreatmentRecord]
  {
    let codes = framework.indicators.map(\.code)
    return values.withUnsafeMutableBufferPointer { buffer in
      codes.indices.map { indicator in
        let column = UnsafeMutableBufferPointer(
          rebasing: buffer[indicator * unitCount..<(indicator + 1) * unitCount])
        return treatment.treat(column, code: codes[indicator])
      }
    }
  }

  /// The row of the reference unit of each indicator's normalisation, if it needs one.
  /// - Throws: `CompositeError.unknownCompositeName` when the unit is not among `unitCodes`.
  func referenceUnits(_ spec: CompositeSpec, unitCodes: [String]) throws -> [Int?] {
    try framework.indicators.map { meta in
      guard case .distanceToReference(let unit, _) = spec.normalisation(for: meta.code) else {
        return nil
      }
      guard let row = unitCodes.firstIndex(of: unit) else {
        let screenedOut = self.unitCodes.contains(unit)
        throw Self.unknown(
          screenedOut ? "reference unit (removed by screening)" : "reference unit", unit,
          among: screenedOut ? [] : unitCodes)
      }
      return row
    }
  }

  /// Normalises every indicator column in place.
  func normalise(
    _ values: inout [Double], unitCount: Int, spec: CompositeSpec, referenceUnits: [Int?]
  ) {
    values.withUnsafeMutableBufferPointer { buffer in
      for (indicator, meta) in framework.indicators.enumerated() {
        let column = UnsafeMutableBufferPointer(
          rebasing: buffer[indicator * unitCount..<(indicator + 1) * unitCount])
        spec.normalisation(for: meta.code).apply(
          column, direction: Double(meta.direction.rawValue), target: meta.target,
          referenceUnit: referenceUnits[indicator])
      }
    }
  }

  /// The weight of every node: metadata weights with the spec's replacements.
  func weights(_ aggregation: Aggregation) -> [Double] {
    framework.nodes.map { aggregation.weights[$0.code] ?? $0.weight }
  }

  /// The method of every aggregation step.
  func methods(_ aggregation: Aggregation) -> [AggregationMethod] {
    framework.steps.map { aggregation.method(forLevel: $0.level) }
  }

  /// Builds the node-major buffer of all nodes and aggregates it.
  /// - Throws: `CompositeError.invalidAggregationInput` for a value the mean cannot take.
  func aggregate(
    normalised: [Double], unitCodes: [String], aggregation: Aggregation
  ) throws -> [Double] {
    let unitCount = unitCodes.count
    var values = [Double]()
    values.reserveCapacity(framework.nodes.count * unitCount)
    values.append(contentsOf: normalised)
    values.append(
      contentsOf: repeatElement(
        .nan, count: (framework.nodes.count - framework.indicatorCount) * unitCount))
    var scratch = AggregationScratch()
    let failure = values.withUnsafeMutableBufferPointer { buffer in
      Aggregation.aggregate(
        buffer, unitCount: unitCount, steps: framework.steps, weights: weights(aggregation),
        methods: methods(aggregation), threshold: aggregation.dataThreshold, scratch: &scratch)
    }
    if let failure {
      throw CompositeError.invalidAggregationInput(
        method: failure.method.name, need: failure.method.requirement ?? "other values",
        aggregate: framework.nodes[failure.node].code,
        unit: unitCodes[failure.unit], value: failure.value)
    }
    return values
  }
}
