import Benchmark
import Catalog
import Support

/// Renders a province's gap analysis.
public enum GapsListing {
  /// The gap analysis in `format`.
  public static func render(_ g: ProvinceGaps, catalog: Catalog, format: ListingFormat) -> String {
    switch format {
    case .table: return text(g, catalog)
    case .md: return markdown(g, catalog)
    case .csv: return CSVWriter.row(csvHeader) + csvRows(g).map(CSVWriter.row).joined()
    case .json: return json(g).rendered() + "\n"
    }
  }

  static let header = [
    "indicator", "year", "target", "sources", "regional mean", "n of m", "median", "weighted",
    "national", "gap to mean", "gap to national", "gap to leader", "leader", "z", "percentile",
    "rank",
    "mark", "latest observed", "pace",
  ]

  /// The columns of `gaps --format csv`: one row per indicator and year, one column per bound,
  /// numbers as plain numbers, counts as integers, empty where missing (docs/formats.md).
  public static let csvHeader = [
    "indicator", "year", "comparator", "value_low", "value_high", "target", "sources",
    "inherited", "conflicting", "mean_low", "mean_high", "n", "m", "median_low", "median_high",
    "weighted_low", "weighted_high", "weighted_n", "weight_year", "national_comparator",
    "national_low", "national_high", "national_target", "gap_to_mean_low", "gap_to_mean_high",
    "gap_to_national_low", "gap_to_national_high", "gap_to_leader_low", "gap_to_leader_high",
    "leaders", "z", "percentile", "rank", "tied", "ranked", "members", "mark",
    "observed_value", "observed_year", "observation", "pace",
  ]

  static func csvRows(_ g: ProvinceGaps) -> [[String]] {
    let plain = NumberFormat.cell
    let bool = { (b: Bool) in b ? "true" : "false" }
    func bounds(_ r: FigureRange?) -> [String] { [plain(r?.low), plain(r?.high)] }
    return g.rows.map { r in
      [r.indicator.id, String(r.year), r.own.quantity?.comparator.rawValue ?? ""]
        + bounds(r.own.figure)
        + [
          r.own.quantity.map(TargetListing.figure) ?? r.own.figure.display(decimals: 2),
          r.own.sources.joined(separator: ";"), bool(r.own.inherited), bool(r.own.conflicting),
        ]
        + bounds(r.region.mean) + [String(r.region.coverage.n), String(r.region.coverage.m)]
        + bounds(r.region.median) + bounds(r.region.weighted?.figure)
        + [
          r.region.weighted.map { String($0.weights.count) } ?? "",
          r.region.weighted.map { String($0.year) } ?? "",
        ]
        + [r.national?.quantity?.comparator.rawValue ?? ""]
        + bounds(r.national?.quantity.map { FigureRange($0) })
        + [r.national?.id ?? ""]
        + bounds(r.toMean.absolute) + bounds(r.toNational?.absolute) + bounds(r.toLeader.absolute)
        + [
          r.leaders.joined(separator: ";"), plain(r.zScore), plain(r.percentile),
          String(r.rank.position), bool(!r.rank.tiedWith.isEmpty), String(r.rank.ranked),
          String(r.rank.members), r.mark.rawValue, plain(r.latestObservation?.value),
          r.latestObservation.map { String($0.year) } ?? "", r.latestObservation?.id ?? "",
          r.pace.status.rawValue,
        ]
    }
  }

  static func number(_ x: Double?) -> String {
    x.map { FigureRange.format(($0 * 100).rounded() / 100) } ?? "—"
  }

  static func gap(_ g: Gap?) -> String {
    guard let g else { return "—" }
    let sign = g.absolute.low > 0 ? "+" : ""
    return sign + g.absolute.display(decimals: 2)
  }

  static func cells(_ g: ProvinceGaps) -> [[String]] {
    g.rows.map { r in
      let flags =
        (r.own.inherited ? " (inherited)" : "") + (r.own.conflicting ? " (conflicting)" : "")
      return [
        r.indicator.id, String(r.year),
        (r.own.quantity.map(TargetListing.figure) ?? r.own.figure.display(decimals: 2)) + flags,
        r.own.sources.joined(separator: ";"), r.region.mean.display(decimals: 2),
        "\(r.region.coverage.n) of \(r.region.coverage.m)", r.region.median.display(decimals: 2),
        r.region.weighted?.figure.display(decimals: 2) ?? "—",
        r.national.map(TargetListing.figure) ?? "—", gap(r.toMean), gap(r.toNational),
        gap(r.toLeader),
        r.leaders.joined(separator: ";"), number(r.zScore), number(r.percentile),
        r.rank.description,
        r.mark.rawValue,
        r.latestObservation.map { "\(FigureRange.format($0.value)) (\($0.year))" } ?? "—",
        r.pace.status.rawValue,
      ]
    }
  }

  static func notes(_ g: ProvinceGaps) -> [String] {
    g.rows.flatMap { r -> [String] in
      var lines = [
        "\(r.indicator.id) \(r.year): \(r.region.weightingNote); provinces: "
          + r.region.contributions.map { "\($0.geo) \($0.figure.display(decimals: 2))" }.joined(
            separator: ", ")
      ]
      if !r.region.missing.isEmpty {
        lines.append(
          "\(r.indicator.id) \(r.year): no figure for " + r.region.missing.joined(separator: ", "))
      }
      lines += r.region.contributions.filter { !$0.choice.isEmpty }.map {
        "\(r.indicator.id) \(r.year): \($0.geo)'s targets differ: \($0.choice)"
      }
      if !r.pace.note.isEmpty { lines.append("\(r.indicator.id) \(r.year): pace: \(r.pace.note)") }
      return lines
    }
  }

  static let observedHeader = [
    "indicator", "year", "observed", "sources", "regional mean (n of m)", "years used",
    "gap to mean", "rank", "mark",
  ]

  /// The observed-value rows: what the province has achieved against the region.
  static func observedCells(_ g: ProvinceGaps) -> [[String]] {
    g.observed.map { r in
      let chosen = r.own.chosen
      let years = r.years.map(String.init).joined(separator: ", ")
      return [
        r.indicator.id, String(r.own.year),
        (chosen.isApproximate ? "~ " : "") + FigureRange.format(chosen.value)
          + (r.own.isConflicting ? " (conflicting sources)" : ""),
        ([chosen.id] + r.own.others.map(\.id)).joined(separator: ";"),
        "\(r.region.mean.display(decimals: 2)) (\(r.region.coverage.n) of \(r.region.coverage.m))",
        r.years.count > 1 ? years + " (each member's latest)" : years, gap(r.toMean),
        r.rank.description, r.mark.rawValue,
      ]
    }
  }

  static func observedNotes(_ g: ProvinceGaps) -> [String] {
    g.observed.flatMap { r -> [String] in
      var lines = [
        "\(r.indicator.id) observed: \(r.region.weightingNote); provinces: "
          + r.region.contributions.map { c in
            "\(c.geo) \(c.figure.display(decimals: 2))" + (c.year.map { " (\($0))" } ?? "")
          }.joined(separator: ", ")
      ]
      lines += r.region.contributions.map(\.choice).filter { !$0.isEmpty }.map {
        "\(r.indicator.id) observed: sources differ: \($0)"
      }
      return lines
    }
  }

  static func title(_ g: ProvinceGaps, _ catalog: Catalog) -> String {
    let basis = catalog.membershipBasis(of: g.region, in: g.geography)
    return
      "\(catalog.geoName(g.province)) (\(g.province)) against \(g.region), geography \(g.geography.rawValue)"
      + (basis == .inferred ? " (membership inferred, not official)" : "")
      + "; gaps are oriented: positive is better"
  }

  private static func text(_ g: ProvinceGaps, _ catalog: Catalog) -> String {
    let compact = [
      "indicator", "year", "target", "mean (n of m)", "weighted", "national", "gap to mean",
      "gap to national", "rank", "mark", "pace",
    ]
    let rows = cells(g).map { c in
      [c[0], c[1], c[2], "\(c[4]) (\(c[5]))", c[7], c[8], c[9], c[10], c[15], c[16], c[18]]
    }
    var out = title(g, catalog) + "\n\n" + TextTable(header: compact, rows: rows).rendered()
    out += "\nNotes\n" + notes(g).map { "  \($0)\n" }.joined()
    out +=
      "\nObserved values against the region (each member's latest annual value up to the "
      + "province's year; the years are shown)\n\n"
    out += TextTable(header: observedHeader, rows: observedCells(g)).rendered()
    out += "\nNotes on observed values\n" + observedNotes(g).map { "  \($0)\n" }.joined()
    out += "\nNot benchmarked (\(g.notBenchmarked.count))\n"
    out += g.notBenchmarked.map { "  \($0.target.id) \($0.target.indicator): \($0.reason)\n" }
      .joined()
    return out
  }

  private static func markdown(_ g: ProvinceGaps, _ catalog: Catalog) -> String {
    var out = "# " + MarkdownTable.cell(title(g, catalog)) + "\n\n"
    out += MarkdownTable(header: header, rows: cells(g)).rendered()
    out += "\n## Notes\n\n" + notes(g).map { "- " + MarkdownTable.cell($0) + "\n" }.joined()
    out += "\n## Observed values against the region\n\n"
    out += MarkdownTable(header: observedHeader, rows: observedCells(g)).rendered()
    out += "\n" + observedNotes(g).map { "- " + MarkdownTable.cell($0) + "\n" }.joined()
    out += "\n## Not benchmarked\n\n"
    out += g.notBenchmarked.map {
      "- " + MarkdownTable.cell("\($0.target.id) \($0.target.indicator): \($0.reason)") + "\n"
    }.joined()
    return out
  }

  static func range(_ r: FigureRange?) -> JSON {
    guard let r else { return .null }
    return .object([("low", .number(r.low)), ("high", .number(r.high))])
  }

  static func json(_ g: ProvinceGaps) -> JSON {
    .document(
      "gaps",
      [
        ("province", .string(g.province)), ("region", .string(g.region)),
        ("geography", .string(g.geography.rawValue)),
        (
          "rows",
          .array(
            g.rows.map { r in
              .object([
                ("indicator", .string(r.indicator.id)), ("year", .number(Double(r.year))),
                ("target", range(r.own.figure)),
                ("sources", .array(r.own.sources.map(JSON.string))),
                ("inherited", .bool(r.own.inherited)), ("conflicting", .bool(r.own.conflicting)),
                ("mean", range(r.region.mean)), ("median", range(r.region.median)),
                ("weighted", range(r.region.weighted?.figure)),
                ("weighting", .string(r.region.weightingNote)),
                ("weight_year", r.region.weighted.map { .number(Double($0.year)) } ?? .null),
                (
                  "weighted_n", r.region.weighted.map { .number(Double($0.weights.count)) } ?? .null
                ),
                ("weight_share_of_region", .optional(r.region.weighted?.regionShare)),
                ("n", .number(Double(r.region.coverage.n))),
                ("m", .number(Double(r.region.coverage.m))),
                ("contributors", .array(r.region.contributions.map { .string($0.geo) })),
                ("national", .optional(r.national?.id)),
                ("gap_to_mean", range(r.toMean.absolute)),
                ("gap_to_mean_percent", range(r.toMean.relative)),
                ("gap_to_median", range(r.toMedian.absolute)),
                ("gap_to_weighted", range(r.toWeighted?.absolute)),
                ("gap_to_national", range(r.toNational?.absolute)),
                ("gap_to_leader", range(r.toLeader.absolute)),
                ("leaders", .array(r.leaders.map(JSON.string))),
                ("z", .optional(r.zScore)), ("percentile", .optional(r.percentile)),
                ("rank", .number(Double(r.rank.position))), ("mark", .string(r.mark.rawValue)),
                ("latest_observation", .optional(r.latestObservation?.id)),
                ("delivery_gap", range(r.delivery?.absolute)),
                ("pace", .string(r.pace.status.rawValue)), ("pace_ratio", .optional(r.pace.ratio)),
              ])
            })
        ),
        (
          "observed",
          .array(
            g.observed.map { r in
              .object([
                ("indicator", .string(r.indicator.id)), ("year", .number(Double(r.own.year))),
                ("value", .number(r.own.chosen.value)),
                ("approximate", .bool(r.own.chosen.isApproximate)),
                ("observation", .string(r.own.chosen.id)),
                ("other_sources", .array(r.own.others.map { .string($0.id) })),
                ("conflicting", .bool(r.own.isConflicting)),
                ("mean", range(r.region.mean)), ("median", range(r.region.median)),
                ("n", .number(Double(r.region.coverage.n))),
                ("m", .number(Double(r.region.coverage.m))),
                (
                  "contributors",
                  .array(
                    r.region.contributions.map { c in
                      .object([
                        ("geo", .string(c.geo)), ("value", .number(c.figure.low)),
                        ("year", c.year.map { .number(Double($0)) } ?? .null),
                      ])
                    })
                ),
                ("gap_to_mean", range(r.toMean.absolute)),
                ("rank", .number(Double(r.rank.position))), ("mark", .string(r.mark.rawValue)),
                ("z", .optional(r.zScore)),
              ])
            })
        ),
        (
          "not_benchmarked",
          .array(
            g.notBenchmarked.map {
              .object([("target", .string($0.target.id)), ("reason", .string($0.reason))])
            })
        ),
      ])
  }
}

extension GapsListing {
  /// A table of what a draft changes: target, gap to the mean, rank and mark, before → after.
  public static func changes(before: ProvinceGaps, after: ProvinceGaps) -> String {
    let keys = (before.rows + after.rows).map { "\($0.indicator.id)@\($0.year)" }
    var seen = Set<String>()
    let rows = keys.filter { seen.insert($0).inserted }.compactMap { key -> [String]? in
      let b = before.rows.first { "\($0.indicator.id)@\($0.year)" == key }
      let a = after.rows.first { "\($0.indicator.id)@\($0.year)" == key }
      func figure(_ r: GapRow?) -> String {
        guard let r else { return "—" }
        return r.own.quantity.map(TargetListing.figure) ?? r.own.figure.display(decimals: 2)
      }
      let cells = [
        figure(b), figure(a), gap(b?.toMean), gap(a?.toMean), b?.rank.description ?? "—",
        a?.rank.description ?? "—", b?.mark.rawValue ?? "—", a?.mark.rawValue ?? "—",
      ]
      guard cells[0] != cells[1] || cells[2] != cells[3] || cells[4] != cells[5] else { return nil }
      let parts = key.split(separator: "@").map(String.init)
      return [
        parts[0], parts[1], "\(cells[0]) → \(cells[1])", "\(cells[2]) → \(cells[3])",
        "\(cells[4]) → \(cells[5])", "\(cells[6]) → \(cells[7])",
      ]
    }
    return "What changes\n"
      + TextTable(
        header: ["indicator", "year", "target", "gap to mean", "rank", "mark"], rows: rows
      ).rendered()
  }
}
