/// The statistical audit of a composite indicator, as the JRC's ten-step guide and COINr's
/// analysis functions make it: indicator statistics, correlations within and across levels,
/// flagged pairs, reliability, principal components and weights that balance influence.
///
/// Everything is a value; `CompositeAudit.run` prints nothing.
public struct CompositeAudit: Sendable {
  /// The build the audit looked at.
  public var build: CompositeResult
  /// `get_stats()` of every indicator on the input data as given (COINr's `Raw` data set),
  /// all input units.
  public var statistics: [IndicatorStatistics]
  /// Every node with every node on the aggregated data set (`get_corr(pval = 0)`), Pearson
  /// and Spearman.
  public var correlations: [CorrelationTable]
  /// Each item with its parent, level by level (`get_corr(withparent = TRUE)`).
  public var parentCorrelations: [ParentCorrelation]
  /// Collinear and negative pairs within the groups of each level from 2 to the one below the
  /// top, on the normalised indicators (`get_corr_flags()`).
  public var flags: [CorrelationFlag]
  /// Cronbach's alpha of every aggregate (`get_cronbach()`).
  public var reliability: [GroupReliability]
  /// Principal components of the children of every aggregate (`get_PCA(by_groups = TRUE)`).
  public var components: [GroupComponents]
  /// Indicator–denominator correlations on the input data (`get_denom_corr()`), Pearson.
  public var denominatorCorrelations: [DenominatorCorrelation]
  /// Equal-influence weights of every level from 2 to the one below the top
  /// (`get_opt_weights(itarg = "equal")`); empty for fewer than three levels.
  public var optimisedWeights: [OptimisedWeights]

  /// Builds the composite with `spec` and audits it.
  /// - Parameter optimisingWeights: whether to find equal-influence weights; without, the
  ///   audit has none and cannot fail for them (a page that does not show them).
  /// - Throws: whatever `CompositePipeline.run` throws, and `CompositeError.invalidFramework`
  ///   when a level's weights cannot be optimised.
  /// - Complexity: O(nodes² × units log units) for the correlations plus the optimisations.
  public static func run(
    _ input: CompositeInput, spec: CompositeSpec, optimisingWeights: Bool = true
  ) throws -> CompositeAudit {
    let framework = input.framework
    let build = try CompositePipeline.run(input.data, framework: framework, spec: spec)
    let aggregated = build.aggregated
    let unitCount = aggregated.unitCodes.count
    let nodeColumns = framework.codes.indices.map { node in
      Array(aggregated.values[node * unitCount..<(node + 1) * unitCount])
    }
    let indicatorColumns = Array(nodeColumns.prefix(framework.indicatorCount))
    let raw = input.data
    let statistics = raw.indicatorCodes.indices.map { index in
      IndicatorStatistics(
        code: raw.indicatorCodes[index],
        values: raw.values[index * raw.unitCount..<(index + 1) * raw.unitCount])
    }
    let correlations = CorrelationMethod.allCases.map { method in
      CorrelationTable(
        method: method, codes: framework.codes,
        values: Correlation.matrix(rows: nodeColumns, columns: nodeColumns, method: method),
        pairs: nodeColumns.map { row in
          nodeColumns.map { Correlation.completePairs(row, $0) }
        })
    }
    var parents: [ParentCorrelation] = []
    for (node, meta) in framework.nodes.enumerated() {
      guard let parentCode = meta.parent, let parent = framework.index(of: parentCode) else {
        continue
      }
      parents.append(
        ParentCorrelation(
          code: meta.code, parent: parentCode, level: meta.level,
          pearson: correlations[0].values[node][parent],
          spearman: correlations[1].values[node][parent]))
    }
    let groupLevels = Array(2..<max(2, framework.levelCount))
    let flags = groupLevels.flatMap {
      CorrelationFlag.find(indicators: indicatorColumns, framework: framework, groupLevel: $0)
    }
    var reliability: [GroupReliability] = []
    var components: [GroupComponents] = []
    for step in framework.steps {
      let code = framework.nodes[step.node].code
      let descendants = (0..<framework.indicatorCount).filter {
        framework.ancestor(of: $0, atLevel: step.level) == step.node
      }
      reliability.append(
        GroupReliability(
          group: code, level: step.level,
          alphaOfChildren: Cronbach.alpha(step.children.map { nodeColumns[$0] }),
          alphaOfIndicators: Cronbach.alpha(descendants.map { nodeColumns[$0] }),
          fewestPairsOfChildren: Correlation.fewestPairs(step.children.map { nodeColumns[$0] }),
          fewestPairsOfIndicators: Correlation.fewestPairs(descendants.map { nodeColumns[$0] })))
      let childCodes = step.children.map { framework.nodes[$0].code }
      let analysis: Result<PrincipalComponents, PrincipalComponents.Problem>
      do {
        analysis = .success(
          try PrincipalComponents(
            codes: childCodes, columns: step.children.map { nodeColumns[$0] }))
      } catch {
        analysis = .failure(error)
      }
      components.append(
        GroupComponents(group: code, childLevel: step.level - 1, analysis: analysis))
    }
    let optimised = try (optimisingWeights ? groupLevels : []).map { level in
      try OptimisedWeights.optimise(
        normalised: indicatorColumns, framework: framework, aggregation: spec.aggregation,
        level: level)
    }
    return CompositeAudit(
      build: build, statistics: statistics, correlations: correlations,
      parentCorrelations: parents, flags: flags, reliability: reliability,
      components: components, denominatorCorrelations: DenominatorCorrelation.all(in: raw),
      optimisedWeights: optimised)
  }
}

/// A square correlation matrix over node codes.
public struct CorrelationTable: Sendable, Hashable {
  /// Pearson or Spearman.
  public var method: CorrelationMethod
  /// Row and column codes (framework node order).
  public var codes: [String]
  /// `values[i][j]`: correlation of `codes[i]` with `codes[j]`; nil where undefined.
  public var values: [[Double?]]
  /// `pairs[i][j]`: how many units have both values, the sample of `values[i][j]`.
  public var pairs: [[Int]]
}

/// One item's correlation with its parent.
public struct ParentCorrelation: Sendable, Hashable {
  /// The item.
  public var code: String
  /// Its parent aggregate.
  public var parent: String
  /// The item's level.
  public var level: Int
  /// Pearson's r; nil where undefined.
  public var pearson: Double?
  /// Spearman's rho; nil where undefined.
  public var spearman: Double?
}

/// Cronbach's alpha of one aggregate.
public struct GroupReliability: Sendable, Hashable {
  /// The aggregate.
  public var group: String
  /// Its level.
  public var level: Int
  /// Alpha over its children (one level down); nil where undefined.
  public var alphaOfChildren: Double?
  /// Alpha over the level-1 indicators under it; nil where undefined.
  public var alphaOfIndicators: Double?
  /// The fewest units behind any covariance in the alpha of the children
  /// (`Correlation.fewestPairs`): how far the number can be trusted.
  public var fewestPairsOfChildren: Int
  /// The same for the alpha of the indicators.
  public var fewestPairsOfIndicators: Int
}

/// The principal components of the children of one aggregate.
public struct GroupComponents: Sendable {
  /// The aggregate.
  public var group: String
  /// The level of its children (COINr's `Level` argument).
  public var childLevel: Int
  /// The analysis, or why there is none.
  public var analysis: Result<PrincipalComponents, PrincipalComponents.Problem>
}
