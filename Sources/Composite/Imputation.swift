/// How missing indicator values are filled in, following COINr's `i_*` functions.
///
/// Each method works on one indicator column at a time (COINr's `impute_by = "column"`).
/// Group methods use a unit-level grouping variable; units whose group is unknown are left as
/// they are, and a group with no data on an indicator leaves its gaps missing (COINr's
/// `skip_f_na = TRUE`).
public enum Imputation: Sendable, Hashable {
  /// Leave missing values missing.
  case none
  /// The mean of the indicator's available values (`i_mean`).
  case mean
  /// The median of the indicator's available values (`i_median`).
  case median
  /// The mean of the available values in the unit's group (`i_mean_grp`).
  case groupMean(String)
  /// The median of the available values in the unit's group (`i_median_grp`).
  case groupMedian(String)

  /// The grouping variable the method needs, if any.
  var groupVariable: String? {
    switch self {
    case .groupMean(let name), .groupMedian(let name): return name
    case .none, .mean, .median: return nil
    }
  }

  /// Fills the missing values of one column in place.
  /// - Parameters:
  ///   - column: the indicator's values, `NaN` for missing.
  ///   - groups: for group methods, a group number per unit (`-1` when unknown), and the number
  ///     of groups.
  /// - Complexity: O(n) for means, O(n log n) for medians.
  func impute(_ column: UnsafeMutableBufferPointer<Double>, groups: (ids: [Int], count: Int)?) {
    guard column.contains(where: \.isNaN) else { return }
    switch self {
    case .none:
      return
    case .mean, .median:
      let available = column.filter { !$0.isNaN }
      let fill = self == .mean ? Self.mean(available) : Self.median(available)
      for index in column.indices where column[index].isNaN { column[index] = fill }
    case .groupMean, .groupMedian:
      guard let groups else { preconditionFailure("group imputation needs group ids") }
      var members = [[Double]](repeating: [], count: groups.count)
      for index in column.indices where !column[index].isNaN && groups.ids[index] >= 0 {
        members[groups.ids[index]].append(column[index])
      }
      let isMean: Bool
      if case .groupMean = self { isMean = true } else { isMean = false }
      let fills = members.map { isMean ? Self.mean($0) : Self.median($0) }
      for index in column.indices where column[index].isNaN && groups.ids[index] >= 0 {
        column[index] = fills[groups.ids[index]]
      }
    }
  }

  /// The arithmetic mean; `NaN` for no values (R's `mean(numeric(0))`).
  static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
  }

  /// The median (mean of the two middle values for an even count); `NaN` for no values.
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
