import Support

/// One unit's scores and ranks at chosen levels of the hierarchy, as COINr's
/// `get_unit_summary()` lists them.
public struct UnitSummary: Sendable, Hashable {
  /// One indicator or aggregate of the summary.
  public struct Line: Sendable, Hashable {
    /// The node's code.
    public var code: String
    /// The node's name.
    public var name: String
    /// Its level (1 for indicators).
    public var level: Int
    /// The unit's score; nil where it is missing.
    public var score: Double?
    /// The unit's rank among the data set's units, 1 for the highest score, ties sharing the
    /// best rank (`rank(-x, ties.method = "min")`); nil where the score is missing.
    public var rank: Int?
    /// How many units have a score on this node (the ranks run from 1 to at most this).
    public var rankedUnits: Int
  }

  /// The unit.
  public var unit: String
  /// The lines, top level first and COINr's metadata order within a level (grouped by parent
  /// code, see `coinrOrder`).
  public var lines: [Line]

  /// The summary of `unit` in a build's aggregated data set (COINr's `dset = "Aggregated"`).
  /// - Parameters:
  ///   - unit: a unit code of `result` (a unit kept by screening).
  ///   - result: the build.
  ///   - levels: the levels to list; nil for every level.
  /// - Throws: `CompositeError.unknownCompositeName` for a unit the build does not rank, and
  ///   `CompositeError.invalidFramework` for a level outside 1…the top level.
  /// - Complexity: O(nodes × units log units).
  public init(unit: String, in result: CompositeResult, levels: Set<Int>? = nil) throws {
    let framework = result.framework
    guard let row = result.unitCodes.firstIndex(of: unit) else {
      throw CompositeError.unknownCompositeName(
        kind: "unit", name: unit, suggestion: Text.nearest(to: unit, in: result.unitCodes))
    }
    let chosen = levels ?? Set(1...framework.levelCount)
    if let bad = chosen.sorted().first(where: { !(1...framework.levelCount).contains($0) }) {
      throw CompositeError.invalidFramework(
        "level \(bad) is not between 1 and the top level \(framework.levelCount)")
    }
    self.unit = unit
    // COINr sorts iMeta by -Level with a stable order, so its coin's order stays within a level
    let order = framework.coinrOrder.filter { chosen.contains(framework.nodes[$0].level) }
    lines = order.enumerated()
      .sorted {
        (-framework.nodes[$0.element].level, $0.offset)
          < (-framework.nodes[$1.element].level, $1.offset)
      }
      .map { _, index in
        let node = framework.nodes[index]
        let column = result.scores(node.code) ?? []
        let ranks = Ranking.competition(column, descending: true)
        let score = column.isEmpty ? Double.nan : column[column.startIndex + row]
        return Line(
          code: node.code, name: node.name, level: node.level,
          score: score.isNaN ? nil : score, rank: ranks.isEmpty ? nil : ranks[row],
          rankedUnits: column.filter { !$0.isNaN }.count)
      }
  }
}
