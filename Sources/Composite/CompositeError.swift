import Support

/// Everything that can go wrong in the Composite module because of user input.
public enum CompositeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A composite input file could not be read at all.
  case unreadableFile(path: String, reason: String)
  /// Composite input files (`idata.csv`, `imeta.csv`) have errors, each located.
  case invalidCompositeData([Diagnostic])
  /// A spec file has errors, each located in the spec.
  case invalidSpec([Diagnostic])
  /// The indicator hierarchy is inconsistent; the message names the offending code.
  case invalidFramework(String)
  /// A composite setting names a column, group variable or unit that the data lacks.
  case unknownCompositeName(kind: String, name: String, suggestion: String?)
  /// Distance-to-target normalisation of an indicator that has no target.
  case missingTarget(indicator: String)
  /// Unit screening removed every unit.
  case noUnitsLeft(threshold: Double)
  /// A mean met a value it cannot take: a geometric mean a value ≤ 0, a harmonic mean a 0, a
  /// generalised mean a negative value (or ≤ 0 for p < 0); `need` says what it needs.
  case invalidAggregationInput(
    method: String, need: String, aggregate: String, unit: String, value: Double)
  /// A sensitivity analysis needs at least two uncertain inputs (COINr stops on one too).
  case tooFewUncertainInputs(count: Int)

  /// The message as printed: located lines for file and spec errors, one sentence otherwise.
  public var description: String {
    switch self {
    case .unreadableFile(let path, let reason):
      return "\(path): error: cannot read file: \(reason)"
    case .invalidCompositeData(let diagnostics), .invalidSpec(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .invalidFramework(let message):
      return "invalid indicator framework: \(message)"
    case .unknownCompositeName(let kind, let name, let suggestion):
      return "unknown \(kind) \(Text.quoted(name))"
        + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .missingTarget(let indicator):
      return "indicator \(Text.quoted(indicator)) has no target (distance to target needs one)"
    case .noUnitsLeft(let threshold):
      return "no unit has at least \(threshold * 100)% of its indicator values (screening)"
    case .invalidAggregationInput(let method, let need, let aggregate, let unit, let value):
      return "\(method) mean of \(Text.quoted(aggregate)) needs \(need), but unit "
        + "\(Text.quoted(unit)) has \(value) (normalise onto a positive range first)"
    case .tooFewUncertainInputs(let count):
      return "a sensitivity analysis needs at least two uncertain inputs (winsorisation limits, "
        + "normalisations, weight noise, aggregations), but the spec's 'uncertainty' section "
        + "varies \(count) (use 'provbench uncertainty' for one)"
    }
  }

  /// Runs `body`, which reads a file through Support, and reports what it finds wrong as a
  /// spec error.
  static func readingSpec<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch SupportError.unreadableFile(let path, let reason) {
      throw CompositeError.unreadableFile(path: path, reason: reason)
    } catch SupportError.invalidData(let diagnostics) {
      throw CompositeError.invalidSpec(diagnostics)
    }
  }
}
