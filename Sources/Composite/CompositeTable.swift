/// One data set produced by the composite pipeline: units × columns, column-major.
///
/// Columns are indicator codes for the step data sets and indicator plus aggregate codes for
/// the aggregated one. `NaN` marks a missing value.
public struct CompositeTable: Sendable, Equatable {
  /// Unit codes, one per row.
  public let unitCodes: [String]
  /// Column codes.
  public let columnCodes: [String]
  /// Column-major values: `values[column * unitCodes.count + unit]`.
  public let values: [Double]

  private let columnIndex: [String: Int]
  private let unitIndex: [String: Int]

  /// Creates a table.
  /// - Precondition: one value per cell and unique codes.
  public init(unitCodes: [String], columnCodes: [String], values: [Double]) {
    precondition(values.count == unitCodes.count * columnCodes.count, "one value per cell")
    self.unitCodes = unitCodes
    self.columnCodes = columnCodes
    self.values = values
    columnIndex = Dictionary(uniqueKeysWithValues: columnCodes.enumerated().map { ($1, $0) })
    unitIndex = Dictionary(uniqueKeysWithValues: unitCodes.enumerated().map { ($1, $0) })
  }

  /// The values of column `code` in unit order, or nil if there is no such column.
  public func column(_ code: String) -> ArraySlice<Double>? {
    guard let column = columnIndex[code] else { return nil }
    let start = column * unitCodes.count
    return values[start..<start + unitCodes.count]
  }

  /// The value of `unit` in column `code`, nil if either is unknown (`NaN` if missing).
  public func value(unit: String, column code: String) -> Double? {
    guard let column = columnIndex[code], let row = unitIndex[unit] else { return nil }
    return values[column * unitCodes.count + row]
  }

  /// Same codes in the same order and the same values, a missing (`NaN`) value equal to another.
  public static func == (lhs: CompositeTable, rhs: CompositeTable) -> Bool {
    lhs.unitCodes == rhs.unitCodes && lhs.columnCodes == rhs.columnCodes
      && lhs.values.elementsEqual(rhs.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }
  }
}
