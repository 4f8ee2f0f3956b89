import Composite
import Support

extension AuditListing {
  /// The columns of the tidy CSV: one number per row, named by what it is about.
  static let csvHeader = [
    "section", "level", "group", "code", "other", "method", "measure", "value",
  ]

  /// Every number of the audit as a tidy CSV row (`value` empty where undefined; flags are 1
  /// or 0).
  static func csv(_ audit: CompositeAudit) -> String {
    var out = CSVWriter.row(csvHeader)
    func row(
      _ section: String, level: Int? = nil, group: String = "", code: String = "",
      other: String = "", method: String = "", _ measure: String, _ value: Double?
    ) {
      out += CSVWriter.row([
        section, level.map(String.init) ?? "", group, code, other, method, measure,
        NumberFormat.cell(value),
      ])
    }
    for s in audit.statistics {
      let measures: [(String, Double?)] = [
        ("min", s.minimum), ("max", s.maximum), ("mean", s.mean), ("median", s.median),
        ("sd", s.standardDeviation), ("skew", s.skew), ("kurtosis", s.kurtosis),
        ("available", Double(s.available)), ("non_zero", Double(s.nonZero)),
        ("unique", Double(s.unique)), ("same", Double(s.same)), ("units", Double(s.unitCount)),
        ("available_share", s.availableShare), ("non_zero_share", s.nonZeroShare),
        ("unique_share", s.uniqueShare), ("same_share", s.sameShare),
        ("flag_low_availability", s.lowAvailability() ? 1 : 0),
        ("flag_few_non_zero", s.fewNonZero() ? 1 : 0),
        ("flag_few_unique", s.fewUnique() ? 1 : 0), ("flag_outliers", s.outliers() ? 1 : 0),
      ]
      for (measure, value) in measures {
        row("statistics", level: 1, code: s.code, measure, value)
      }
    }
    for table in audit.correlations {
      for (i, code) in table.codes.enumerated() {
        for (j, other) in table.codes.enumerated() {
          row(
            "correlation", code: code, other: other, method: table.method.rawValue, "r",
            table.values[i][j])
        }
      }
    }
    for p in audit.parentCorrelations {
      row(
        "parent_correlation", level: p.level, group: p.parent, code: p.code, method: "pearson", "r",
        p.pearson)
      row(
        "parent_correlation", level: p.level, group: p.parent, code: p.code, method: "spearman",
        "r", p.spearman)
    }
    for f in audit.flags {
      row(
        "flag", level: f.groupLevel, group: f.group, code: f.first, other: f.second,
        method: "pearson", f.kind.rawValue, f.correlation)
    }
    for r in audit.reliability {
      row("reliability", level: r.level, group: r.group, "alpha_children", r.alphaOfChildren)
      row("reliability", level: r.level, group: r.group, "alpha_indicators", r.alphaOfIndicators)
    }
    for group in audit.components {
      guard case .success(let pca) = group.analysis else { continue }
      for (c, (sd, share)) in zip(pca.standardDeviations, pca.varianceShares).enumerated() {
        let name = "PC\(c + 1)"
        row(
          "pca_component", level: group.childLevel, group: group.group, other: name,
          "standard_deviation", sd)
        row(
          "pca_component", level: group.childLevel, group: group.group, other: name,
          "variance_share", share)
        for (code, loading) in zip(pca.codes, pca.loadings[c]) {
          row(
            "pca_loading", level: group.childLevel, group: group.group, code: code, other: name,
            "loading", loading)
        }
      }
      for (code, weight) in zip(pca.codes, pca.weights) {
        row("pca_weight", level: group.childLevel, group: group.group, code: code, "weight", weight)
      }
    }
    for d in audit.denominatorCorrelations {
      row(
        "denominator_correlation", code: d.indicator, other: d.denominator, method: "pearson", "r",
        d.correlation)
    }
    for o in audit.optimisedWeights {
      for (index, code) in o.codes.enumerated() {
        row("optimised_weight", level: o.level, code: code, "weight", o.weights[index])
        row("optimised_weight", level: o.level, code: code, "desired_share", o.desired[index])
        row("optimised_weight", level: o.level, code: code, "obtained_share", o.obtained[index])
      }
      row("optimiser", level: o.level, "objective", o.optimiser.value)
      row("optimiser", level: o.level, "evaluations", Double(o.optimiser.evaluations))
      row("optimiser", level: o.level, "convergence", Double(o.optimiser.convergence))
    }
    return out
  }

  /// The audit as a `provbench.audit/1` document (docs/schema/audit.schema.json).
  static func json(_ audit: CompositeAudit) -> JSON {
    func number(_ x: Double?) -> JSON { x.map { $0.isFinite ? JSON.number($0) : .null } ?? .null }
    func count(_ n: Int) -> JSON { .number(Double(n)) }
    let statistics = audit.statistics.map { s -> JSON in
      .object([
        ("code", .string(s.code)), ("units", count(s.unitCount)), ("available", count(s.available)),
        ("available_share", number(s.availableShare)), ("min", number(s.minimum)),
        ("max", number(s.maximum)), ("mean", number(s.mean)), ("median", number(s.median)),
        ("sd", number(s.standardDeviation)), ("skew", number(s.skew)),
        ("kurtosis", number(s.kurtosis)), ("non_zero", count(s.nonZero)),
        ("unique", count(s.unique)), ("same", count(s.same)),
        ("low_availability", .bool(s.lowAvailability())), ("few_non_zero", .bool(s.fewNonZero())),
        ("few_unique", .bool(s.fewUnique())), ("outliers", .bool(s.outliers())),
      ])
    }
    let correlations = audit.correlations.map { table -> (String, JSON) in
      (
        table.method.rawValue,
        .object([
          ("codes", .array(table.codes.map(JSON.string))),
          ("matrix", .array(table.values.map { .array($0.map(number)) })),
        ])
      )
    }
    let components = audit.components.map { group -> JSON in
      var members: [(String, JSON)] = [
        ("group", .string(group.group)), ("level", count(group.childLevel)),
      ]
      switch group.analysis {
      case .success(let pca):
        members += [
          ("problem", .null), ("codes", .array(pca.codes.map(JSON.string))),
          ("units", count(pca.unitsUsed)),
          ("standard_deviations", .array(pca.standardDeviations.map(number))),
          ("variance_shares", .array(pca.varianceShares.map(number))),
          ("loadings", .array(pca.loadings.map { .array($0.map(number)) })),
          ("weights", .array(pca.weights.map(number))),
        ]
      case .failure(let problem):
        members += [("problem", .string(describe(problem, Localizer(.en))))]
      }
      return .object(members)
    }
    return JSON.document(
      "audit",
      [
        ("statistics", .array(statistics)),
        ("correlations", .object(correlations)),
        (
          "parent_correlations",
          .array(
            audit.parentCorrelations.map {
              .object([
                ("code", .string($0.code)), ("parent", .string($0.parent)),
                ("level", count($0.level)), ("pearson", number($0.pearson)),
                ("spearman", number($0.spearman)),
              ])
            })
        ),
        (
          "flags",
          .array(
            audit.flags.map {
              .object([
                ("kind", .string($0.kind.rawValue)), ("group_level", count($0.groupLevel)),
                ("group", .string($0.group)), ("first", .string($0.first)),
                ("second", .string($0.second)), ("correlation", number($0.correlation)),
              ])
            })
        ),
        (
          "reliability",
          .array(
            audit.reliability.map {
              .object([
                ("group", .string($0.group)), ("level", count($0.level)),
                ("alpha_children", number($0.alphaOfChildren)),
                ("alpha_indicators", number($0.alphaOfIndicators)),
              ])
            })
        ),
        ("components", .array(components)),
        (
          "denominator_correlations",
          .array(
            audit.denominatorCorrelations.map {
              .object([
                ("indicator", .string($0.indicator)), ("denominator", .string($0.denominator)),
                ("correlation", number($0.correlation)), ("strong", .bool($0.isStrong())),
              ])
            })
        ),
        (
          "optimised_weights",
          .array(
            audit.optimisedWeights.map { o in
              .object([
                ("level", count(o.level)), ("codes", .array(o.codes.map(JSON.string))),
                ("weights", .array(o.weights.map(number))),
                ("desired_shares", .array(o.desired.map(number))),
                ("obtained_shares", .array(o.obtained.map(number))),
                ("objective", number(o.optimiser.value)),
                ("evaluations", count(o.optimiser.evaluations)),
                ("convergence", count(o.optimiser.convergence)),
              ])
            })
        ),
      ])
  }
}
