import Support

/// Whether higher values of an indicator are better (COINr's `Direction`, 1 or -1).
public enum IndicatorDirection: Int, Sendable, Hashable {
  case positive = 1
  case negative = -1
}

/// One row of COINr's `iMeta` for an indicator or an aggregate.
public struct IndicatorMeta: Sendable, Hashable {
  /// The code (`iCode`), unique over indicators and aggregates.
  public var code: String
  /// A readable name (`iName`).
  public var name: String
  /// 1 for indicators, 2 and up for aggregates (pillar, sub-index, index…).
  public var level: Int
  /// The aggregate one level up that this item feeds; nil only at the top level.
  public var parent: String?
  /// The weight of this item inside its parent (relative to its siblings).
  public var weight: Double
  /// Whether higher is better; applied before normalisation.
  public var direction: IndicatorDirection
  /// The name of a denominator column to divide by, if any (indicators only).
  public var denominator: String?
  /// The target for distance-to-target normalisation, in the indicator's units.
  public var target: Double?

  /// Creates a metadata row; `name` defaults to `code`.
  public init(
    code: String, name: String? = nil, level: Int, parent: String?, weight: Double = 1,
    direction: IndicatorDirection = .positive, denominator: String? = nil, target: Double? = nil
  ) {
    self.code = code
    self.name = name ?? code
    self.level = level
    self.parent = parent
    self.weight = weight
    self.direction = direction
    self.denominator = denominator
    self.target = target
  }
}

/// The indicator hierarchy: indicators at level 1, aggregates at levels 2…L.
///
/// Nodes are stored with the indicators first (in metadata order), then the aggregates level by
/// level (in metadata order within a level), which is the order in which they are computed.
public struct CompositeFramework: Sendable {
  /// Indicators, then aggregates by level.
  public let nodes: [IndicatorMeta]
  /// The number of level-1 indicators (the first nodes).
  public let indicatorCount: Int
  /// The highest level.
  public let levelCount: Int

  /// One aggregate to compute: its node index and the node indices of its children.
  struct AggregateStep: Sendable {
    var node: Int
    var level: Int
    var children: [Int]
  }

  /// The aggregates in computation order (level 2 first).
  let steps: [AggregateStep]
  private let indexByCode: [String: Int]

  /// Builds and checks a framework.
  /// - Parameter metadata: one row per indicator and aggregate, in any order.
  /// - Throws: `CompositeError.invalidFramework` for duplicate codes, unknown or misplaced
  ///   parents, gaps in levels, aggregates without children or non-finite weights.
  public init(_ metadata: [IndicatorMeta]) throws {
    if let problem = Self.problems(in: metadata).first {
      throw CompositeError.invalidFramework(problem.message)
    }
    let ordered = metadata.enumerated().sorted {
      ($0.element.level, $0.offset) < ($1.element.level, $1.offset)
    }
    .map(\.element)
    nodes = ordered
    indicatorCount = ordered.prefix { $0.level == 1 }.count
    levelCount = ordered.last?.level ?? 1
    let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.code, $0) })
    indexByCode = index
    var children = [[Int]](repeating: [], count: ordered.count)
    for (position, node) in ordered.enumerated() {
      if let parent = node.parent, node.level < levelCount, let parentIndex = index[parent] {
        children[parentIndex].append(position)
      }
    }
    steps = ordered.indices.dropFirst(indicatorCount).map {
      AggregateStep(node: $0, level: ordered[$0].level, children: children[$0])
    }
  }

  /// All node codes in node order.
  public var codes: [String] { nodes.map(\.code) }

  /// The level-1 indicators.
  public var indicators: ArraySlice<IndicatorMeta> { nodes.prefix(indicatorCount) }

  /// The codes of the top-level nodes (usually one index).
  public var topLevelCodes: [String] { nodes.filter { $0.level == levelCount }.map(\.code) }

  /// The position of `code` among `nodes`.
  public func index(of code: String) -> Int? { indexByCode[code] }

  /// Every structural problem, each with the code it concerns, in metadata order.
  static func problems(in metadata: [IndicatorMeta]) -> [(code: String, message: String)] {
    var problems: [(code: String, message: String)] = []
    guard !metadata.isEmpty else { return [("", "no indicators")] }
    var levelByCode: [String: Int] = [:]
    for meta in metadata {
      if meta.code.isEmpty {
        problems.append((meta.code, "empty code"))
      } else if levelByCode[meta.code] != nil {
        problems.append((meta.code, "duplicate code \(Text.quoted(meta.code))"))
      } else {
        levelByCode[meta.code] = meta.level
      }
      if meta.level < 1 {
        problems.append(
          (meta.code, "\(Text.quoted(meta.code)) has level \(meta.level) (levels start at 1)"))
      }
      if !meta.weight.isFinite {
        problems.append((meta.code, "\(Text.quoted(meta.code)) has weight \(meta.weight)"))
      }
    }
    let levels = Set(metadata.map(\.level))
    let top = levels.max() ?? 1
    if let gap = (1...max(top, 1)).first(where: { !levels.contains($0) }) {
      problems.append(("", "no item at level \(gap) (levels must run 1, 2, … without gaps)"))
    }
    var childCount: [String: Int] = [:]
    for meta in metadata where meta.level < top {
      guard let parent = meta.parent else {
        problems.append(
          (meta.code, "\(Text.quoted(meta.code)) at level \(meta.level) has no parent"))
        continue
      }
      guard let parentLevel = levelByCode[parent] else {
        let suggestion = Text.nearest(to: parent, in: metadata.map(\.code))
        problems.append(
          (
            meta.code,
            "unknown parent \(Text.quoted(parent)) of \(Text.quoted(meta.code))"
              + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
          ))
        continue
      }
      if parentLevel != meta.level + 1 {
        problems.append(
          (
            meta.code,
            "parent \(Text.quoted(parent)) of \(Text.quoted(meta.code)) "
              + "is at level \(parentLevel), not \(meta.level + 1)"
          ))
      }
      childCount[parent, default: 0] += 1
    }
    for meta in metadata where meta.level > 1 && childCount[meta.code] == nil {
      problems.append((meta.code, "aggregate \(Text.quoted(meta.code)) has no children"))
    }
    for meta in metadata where meta.level == top && top > 1 && meta.parent != nil {
      let parent = meta.parent ?? ""
      problems.append(
        (meta.code, "top-level \(Text.quoted(meta.code)) has parent \(Text.quoted(parent))"))
    }
    return problems
  }
}
