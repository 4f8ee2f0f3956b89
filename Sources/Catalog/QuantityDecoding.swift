import Support

/// Reads and checks a target's comparator, value and value_high together.
enum QuantityDecoding {
  static func decode(
    _ row: RowReader, kind: TargetKind, unit: Unit, _ log: inout DiagnosticLog
  ) -> Quantity? {
    if kind == .qualitative {
      for column in [Column.comparator, .value, .valueHigh] where !row.text(column).isEmpty {
        log.error(
          row.location(column),
          "a qualitative target has no '\(column.name)': use kind 'quantitative' or 'rank' for a figure"
        )
      }
      return nil
    }
    let written = row.text(.comparator)
    if Comparison(csv: written) == nil, let flipped = Comparison(csv: String(written.reversed())) {
      log.error(
        row.location(.comparator),
        "invalid comparator \(Text.quoted(written)): write '\(flipped.rawValue)'")
      return nil
    }
    let comparator = row.choice(
      .comparator, &log, allowed: Comparison.allCases.map(\.rawValue),
      parse: { Comparison(csv: $0) })
    let value = row.number(.value, &log)
    let high = row.number(.valueHigh, &log)
    if row.text(.value).isEmpty {
      log.error(row.location(.value), "a \(kind.rawValue) target needs a 'value'")
    }
    guard let comparator, let value, row.text(.valueHigh).isEmpty || high != nil else {
      return nil
    }
    if comparator == .range && high == nil {
      log.error(row.location(.valueHigh), "comparator 'range' needs a 'value_high'")
      return nil
    }
    if let high, !comparator.allowsHighValue {
      log.error(
        row.location(.valueHigh),
        "value_high '\(format(high))' only goes with comparator 'range' or '~',"
          + " not '\(comparator.rawValue)'")
      return nil
    }
    if let high, high < value {
      log.error(
        row.location(.valueHigh),
        "value_high '\(format(high))' is below value '\(format(value))'")
      return nil
    }
    if (kind == .rank) != (unit == .rank) {
      log.error(
        row.location(.kind),
        kind == .rank
          ? "a rank target needs unit 'rank', not '\(unit.rawValue)'"
          : "a target in unit 'rank' has kind 'rank', not '\(kind.rawValue)'")
    } else if kind == .rank {
      for (column, figure) in [(Column.value, value), (.valueHigh, high)] {
        guard let figure, figure < 1 || figure != figure.rounded() else { continue }
        log.error(
          row.location(column), "a rank must be a whole number from 1, not '\(format(figure))'")
      }
    } else {
      checkRange(value, unit: unit, row, .value, &log)
      if let high { checkRange(high, unit: unit, row, .valueHigh, &log) }
    }
    return Quantity(comparator, value, high: high)
  }

  /// Shares lie in 0…100; ranks and counts are not negative.
  static func checkRange(
    _ value: Double, unit: Unit, _ row: RowReader, _ column: Column, _ log: inout DiagnosticLog
  ) {
    if let problem = rangeProblem(value, unit: unit) { log.error(row.location(column), problem) }
  }

  /// What is wrong with `value` in `unit`, if anything: a share outside 0…100, a negative
  /// figure in a unit that has none, a rank below 1.
  static func rangeProblem(_ value: Double, unit: Unit) -> String? {
    if !value.isFinite { return "a figure must be a finite number" }
    if unit.isShare && !(0...100).contains(value) {
      return "'\(format(value))' is not a share: unit '\(unit.rawValue)' lies between 0 and 100"
    }
    if !unit.allowsNegative, value < 0 {
      return "'\(format(value))' cannot be negative in unit '\(unit.rawValue)'"
    }
    if unit == .rank, value < 1 { return "'\(format(value))' is not a rank: the first place is 1" }
    return nil
  }

  /// A number as the CSV would write it: `40`, `37.6`, `0.623`.
  static func format(_ value: Double) -> String { Text.shortestNumber(value) }
}
