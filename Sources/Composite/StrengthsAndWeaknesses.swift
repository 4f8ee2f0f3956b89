import Support

/// A unit's strongest and weakest indicators by rank, as COINr's `get_str_weak()` picks them.
///
/// Each indicator is ranked over the units (1 for the best value, ties sharing the best rank,
/// `rank(-x, ties.method = "min")`); the unit's indicators are put in order of its rank, ties
/// in COINr's metadata order (grouped by parent code, see `coinrOrder`; R's `order()` is
/// stable), and the first `top` are its strengths, the
/// last `bottom` its weaknesses. Before that, as COINr does: indicators where the unit has no
/// value are left out; with `discardLast`, so are those where the unit has the worst rank
/// (COINr's `min_discard`: a shared lowest value, often zero, says little about a unit); with
/// `uniqueShare`, those whose share of distinct values over the units is not above it
/// (`unq_discard`).
public struct StrengthsAndWeaknesses: Sendable, Hashable {
  /// One indicator of the unit.
  public struct Item: Sendable, Hashable {
    /// The indicator's code.
    public var code: String
    /// Its name.
    public var name: String
    /// The code of its ancestor at the report level (COINr's dimension column).
    public var group: String
    /// The unit's rank on it.
    public var rank: Int
    /// How many units have a value on it.
    public var rankedUnits: Int
    /// The unit's value, as in the data set (not direction-adjusted).
    public var value: Double
  }

  /// The unit.
  public var unit: String
  /// The best-ranked indicators, best first.
  public var strengths: [Item]
  /// The worst-ranked indicators, in the same order (the worst last), as COINr lists them.
  public var weaknesses: [Item]

  /// How COINr's `get_str_weak()` is called.
  public struct Options: Sendable, Hashable {
    /// How many strengths (`topN`).
    public var top: Int
    /// How many weaknesses (`bottomN`).
    public var bottom: Int
    /// The level of the group named beside each indicator (`report_level`).
    public var reportLevel: Int
    /// Leave out indicators on which the unit has the worst rank (`min_discard`).
    public var discardLast: Bool
    /// Leave out indicators whose share of distinct values is not above this (`unq_discard`).
    public var uniqueShare: Double?
    /// Multiply values by the indicator's direction before ranking (COINr does for `Raw`).
    public var adjustDirection: Bool

    /// COINr's defaults: five and five, report level 2, `min_discard = TRUE`, no
    /// `unq_discard`; `adjustDirection` as COINr sets it for raw data.
    public init(
      top: Int = 5, bottom: Int = 5, reportLevel: Int = 2, discardLast: Bool = true,
      uniqueShare: Double? = nil, adjustDirection: Bool = false
    ) {
      self.top = top
      self.bottom = bottom
      self.reportLevel = reportLevel
      self.discardLast = discardLast
      self.uniqueShare = uniqueShare
      self.adjustDirection = adjustDirection
    }
  }

  /// The strengths and weaknesses of `unit` in `table`, whose columns include the framework's
  /// indicators.
  ///
  /// COINr returns missing rows when fewer indicators are left than `top` (or `bottom`); here
  /// the lists are then shorter, and they overlap when fewer than `top + bottom` are left.
  /// - Throws: `CompositeError.unknownCompositeName` for a unit or indicator the table lacks,
  ///   `CompositeError.invalidFramework` for a report level outside 2…the top level.
  /// - Complexity: O(indicators × units log units).
  public init(
    unit: String, in table: CompositeTable, framework: CompositeFramework,
    options: Options = Options()
  ) throws {
    guard let row = table.unitCodes.firstIndex(of: unit) else {
      throw CompositeError.unknownCompositeName(
        kind: "unit", name: unit, suggestion: Text.nearest(to: unit, in: table.unitCodes))
    }
    guard framework.levelCount >= 2, (2...framework.levelCount).contains(options.reportLevel)
    else {
      throw CompositeError.invalidFramework(
        "report level \(options.reportLevel) is not between 2 and the top level "
          + "\(framework.levelCount)")
    }
    var candidates: [Item] = []
    for index in framework.coinrOrder where index < framework.indicatorCount {
      let meta = framework.nodes[index]
      guard let column = table.column(meta.code) else {
        throw CompositeError.unknownCompositeName(
          kind: "indicator", name: meta.code,
          suggestion: Text.nearest(to: meta.code, in: table.columnCodes))
      }
      let value = column[column.startIndex + row]
      if let share = options.uniqueShare {
        // R's unique() counts NA as one value and treats equal doubles as one
        let distinct = Set(column.map { $0.isNaN ? Double.infinity.bitPattern : $0.bitPattern })
        let zeros = column.contains(0) && column.contains(-0.0) ? 1 : 0
        guard Double(distinct.count - zeros) / Double(column.count) > share else { continue }
      }
      guard !value.isNaN else { continue }
      let sign = options.adjustDirection ? Double(meta.direction.rawValue) : 1
      let ranks = Ranking.competition(column.map { $0 * sign }, descending: true)
      guard let rank = ranks[row] else { continue }
      let worst = ranks.compactMap { $0 }.max() ?? rank
      if options.discardLast, rank == worst { continue }
      let group = framework.ancestor(of: index, atLevel: options.reportLevel).map {
        framework.nodes[$0].code
      }
      candidates.append(
        Item(
          code: meta.code, name: meta.name, group: group ?? "", rank: rank,
          rankedUnits: ranks.count(where: { $0 != nil }), value: value))
    }
    let ordered = candidates.enumerated().sorted {
      ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset)
    }.map(\.element)
    self.unit = unit
    strengths = Array(ordered.prefix(max(0, options.top)))
    weaknesses = Array(ordered.suffix(max(0, options.bottom)))
  }
}
