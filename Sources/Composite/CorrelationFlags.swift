/// A pair of indicators in the same group whose correlation COINr's `get_corr_flags()` would
/// flag.
public struct CorrelationFlag: Sendable, Hashable {
  /// Why the pair is flagged.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Correlation above the collinearity threshold (`thresh_type = "high"`, 0.9): the two may
    /// count the same thing twice.
    case collinear
    /// Correlation below zero (`thresh_type = "low"`, `cor_thresh = 0`): the two pull the
    /// group's score in opposite directions.
    case negative
  }

  /// Why the pair is flagged.
  public var kind: Kind
  /// The level whose groups are searched (COINr's `grouplev`).
  public var groupLevel: Int
  /// The aggregate at `groupLevel` that both indicators belong to.
  public var group: String
  /// The indicator that comes first in the framework.
  public var first: String
  /// The indicator that comes second.
  public var second: String
  /// Their correlation.
  public var correlation: Double

  /// Every flagged pair of indicators sharing an ancestor at `groupLevel`, each pair once, in
  /// framework order.
  /// - Parameters:
  ///   - indicators: one column per level-1 indicator of `framework`, in its order.
  ///   - collinearAbove: the `"high"` threshold (COINr's default 0.9); a pair flags above it.
  /// - Complexity: O(k² n) for k indicators.
  public static func find(
    indicators: [[Double]], framework: CompositeFramework, groupLevel: Int,
    method: CorrelationMethod = .pearson, collinearAbove: Double = 0.9
  ) -> [CorrelationFlag] {
    let codes = framework.indicators.map(\.code)
    let groups = codes.indices.map { framework.ancestor(of: $0, atLevel: groupLevel) }
    var flags: [CorrelationFlag] = []
    for i in codes.indices {
      for j in codes.indices where j > i {
        guard let group = groups[i], group == groups[j],
          let r = Correlation.pairwise(indicators[i], indicators[j], method: method)
        else { continue }
        let kind: Kind? = r > collinearAbove ? .collinear : (r < 0 ? .negative : nil)
        guard let kind else { continue }
        flags.append(
          CorrelationFlag(
            kind: kind, groupLevel: groupLevel, group: framework.nodes[group].code,
            first: codes[i], second: codes[j], correlation: r))
      }
    }
    return flags
  }
}

extension CompositeFramework {
  /// The node index of `node`'s ancestor at `level` (the node itself at its own level), nil
  /// when there is none.
  func ancestor(of node: Int, atLevel level: Int) -> Int? {
    var current = node
    while nodes[current].level < level {
      guard let parent = nodes[current].parent, let index = index(of: parent) else { return nil }
      current = index
    }
    return nodes[current].level == level ? current : nil
  }
}
