/// The input of a composite indicator: units × indicators, stored column by column.
///
/// `values[indicator * unitCount + unit]` is the value of one unit on one indicator; `NaN`
/// marks a missing value (COINr's `NA`). One contiguous column per indicator keeps every
/// pipeline step a linear scan.
public struct CompositeData: Sendable {
  /// Unit codes (COINr's `uCode`), one per row.
  public var unitCodes: [String]
  /// Indicator codes (COINr's `iCode`), one per column.
  public var indicatorCodes: [String]
  /// Column-major values, `NaN` for missing.
  public var values: [Double]
  /// Unit-level grouping variables such as `EurAsia_group`, one entry per unit, nil if unknown.
  public var groups: [String: [String?]]
  /// Denominator columns such as `GDP`, one value per unit, `NaN` for missing.
  public var denominators: [String: [Double]]

  /// Creates data from a column-major buffer.
  /// - Precondition: `values.count == unitCodes.count * indicatorCodes.count`, and every group
  ///   and denominator column has one entry per unit.
  public init(
    unitCodes: [String], indicatorCodes: [String], values: [Double],
    groups: [String: [String?]] = [:], denominators: [String: [Double]] = [:]
  ) {
    precondition(values.count == unitCodes.count * indicatorCodes.count, "one value per cell")
    precondition(groups.values.allSatisfy { $0.count == unitCodes.count }, "one group per unit")
    precondition(
      denominators.values.allSatisfy { $0.count == unitCodes.count }, "one denominator per unit")
    self.unitCodes = unitCodes
    self.indicatorCodes = indicatorCodes
    self.values = values
    self.groups = groups
    self.denominators = denominators
  }

  /// Creates data from rows (one array per unit, one optional value per indicator).
  /// - Precondition: every row has one entry per indicator.
  public init(
    unitCodes: [String], indicatorCodes: [String], rows: [[Double?]],
    groups: [String: [String?]] = [:], denominators: [String: [Double]] = [:]
  ) {
    precondition(rows.count == unitCodes.count, "one row per unit")
    let unitCount = unitCodes.count
    var values = [Double](repeating: .nan, count: unitCount * indicatorCodes.count)
    for (unit, row) in rows.enumerated() {
      precondition(row.count == indicatorCodes.count, "one value per indicator in each row")
      for (indicator, value) in row.enumerated() {
        values[indicator * unitCount + unit] = value ?? .nan
      }
    }
    self.init(
      unitCodes: unitCodes, indicatorCodes: indicatorCodes, values: values, groups: groups,
      denominators: denominators)
  }

  /// The number of units (rows).
  public var unitCount: Int { unitCodes.count }

  /// The number of indicators (columns).
  public var indicatorCount: Int { indicatorCodes.count }

  /// The value of `unit` on `indicator` (both 0-based), `NaN` if missing.
  public subscript(unit unit: Int, indicator indicator: Int) -> Double {
    values[indicator * unitCount + unit]
  }

  /// The indicator values as a table (groups and denominators left out).
  public var table: CompositeTable {
    CompositeTable(unitCodes: unitCodes, columnCodes: indicatorCodes, values: values)
  }
}
