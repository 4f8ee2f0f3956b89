import Benchmark
import Catalog
import Support

/// Renders the regional league table of one indicator and year.
public enum RankListing {
  /// The columns of `rank --format csv`, one row per ranked province, best first.
  public static let csvHeader = [
    "rank", "tied", "geo", "comparator", "value_low", "value_high", "figure", "sources", "z",
    "percentile", "mark", "inherited", "conflicting", "observed_year",
  ]

  /// The league table of an indicator no province has a figure for: the CSV header, or a JSON
  /// document with no ranks (n = 0); empty for the other formats.
  public static func empty(indicator: String, year: Int, format: ListingFormat) -> String {
    switch format {
    case .csv: return CSVWriter.row(csvHeader)
    case .json:
      return JSON.document(
        "rank",
        [
          ("indicator", .string(indicator)), ("year", .number(Double(year))), ("n", .number(0)),
          ("ranks", .array([])),
        ]
      ).rendered() + "\n"
    case .table, .md: return ""
    }
  }

  /// The league table in `format`, best first, after a summary of the regional figures.
  public static func render(
    _ s: RegionalStatistic, catalog: Catalog, format: ListingFormat
  ) -> String {
    let polarity = catalog.indicator(id: s.indicator)?.polarity ?? .higher
    let ranked = s.contributions.compactMap { c in
      s.rank(of: c.geo, polarity: polarity).map { (c, $0) }
    }
    .sorted { ($0.1.position, $0.0.geo) < ($1.1.position, $1.0.geo) }
    let header = ["rank", "geo", "figure", "sources", "z", "percentile", "mark", "flags"]
    let rows = ranked.map { c, rank in
      [
        (rank.tiedWith.isEmpty ? "" : "=") + String(rank.position), c.geo,
        c.quantity.map(TargetListing.figure) ?? c.figure.display(decimals: 2),
        c.sources.joined(separator: ";"),
        GapsListing.number(s.zScore(of: c.geo, polarity: polarity)),
        GapsListing.number(s.percentile(of: c.geo, polarity: polarity)),
        s.mark(of: c.geo, polarity: polarity).rawValue,
        [
          c.inherited ? "inherited" : "", c.conflicting ? "conflicting" : "",
          c.year.map { "observed \($0)" } ?? "",
        ]
        .filter { !$0.isEmpty }.joined(separator: ", "),
      ]
    }
    let summary =
      [
        "\(s.indicator) \(s.year), \(s.region) geography \(s.geography.rawValue), \(polarity.rawValue) is better",
        "coverage: \(s.coverage.n) of \(s.coverage.m) provinces"
          + (s.missing.isEmpty ? "" : "; no figure: \(s.missing.joined(separator: ", "))"),
        "mean \(s.mean.display(decimals: 2)), median \(s.median.display(decimals: 2)), sd \(GapsListing.number(s.standardDeviation)), weighted "
          + (s.weighted.map { $0.figure.display(decimals: 2) } ?? "—") + " (\(s.weightingNote))",
      ]
      + s.contributions.filter { !$0.choice.isEmpty }.map { c in
        "\(c.geo): " + (c.year == nil ? "targets differ: " : "sources differ: ") + c.choice
      }
    switch format {
    case .table:
      return summary.joined(separator: "\n") + "\n\n"
        + TextTable(header: header, rows: rows).rendered()
    case .md:
      return summary.map { "- " + MarkdownTable.cell($0) + "\n" }.joined() + "\n"
        + MarkdownTable(header: header, rows: rows).rendered()
    case .csv:
      // tidy: one column per bound, numbers as plain numbers, flags as true/false, empty
      // where a value is missing (docs/formats.md)
      let plain = NumberFormat.cell
      return CSVWriter.row(Self.csvHeader)
        + ranked.map { c, rank in
          CSVWriter.row([
            String(rank.position), rank.tiedWith.isEmpty ? "false" : "true", c.geo,
            c.quantity?.comparator.rawValue ?? "", plain(c.figure.low), plain(c.figure.high),
            c.quantity.map(TargetListing.figure) ?? c.figure.display(decimals: 2),
            c.sources.joined(separator: ";"), plain(s.zScore(of: c.geo, polarity: polarity)),
            plain(s.percentile(of: c.geo, polarity: polarity)),
            s.mark(of: c.geo, polarity: polarity).rawValue, c.inherited ? "true" : "false",
            c.conflicting ? "true" : "false", c.year.map(String.init) ?? "",
          ])
        }.joined()
    case .json:
      return JSON.document(
        "rank",
        [
          ("indicator", .string(s.indicator)), ("year", .number(Double(s.year))),
          ("n", .number(Double(s.coverage.n))), ("m", .number(Double(s.coverage.m))),
          ("mean", GapsListing.range(s.mean)), ("median", GapsListing.range(s.median)),
          ("weighted", GapsListing.range(s.weighted?.figure)),
          ("weighting", .string(s.weightingNote)),
          ("weight_year", s.weighted.map { .number(Double($0.year)) } ?? .null),
          ("weighted_n", s.weighted.map { .number(Double($0.weights.count)) } ?? .null),
          ("weight_share_of_region", .optional(s.weighted?.regionShare)),
          (
            "ranks",
            .array(
              ranked.map { c, rank in
                .object([
                  ("rank", .number(Double(rank.position))), ("tied", .bool(!rank.tiedWith.isEmpty)),
                  ("geo", .string(c.geo)),
                  ("comparator", .optional(c.quantity?.comparator.rawValue)),
                  ("value_low", .number(c.figure.low)), ("value_high", .number(c.figure.high)),
                  (
                    "figure",
                    .string(c.quantity.map(TargetListing.figure) ?? c.figure.display(decimals: 2))
                  ),
                  ("sources", .array(c.sources.map(JSON.string))),
                  ("z", .optional(s.zScore(of: c.geo, polarity: polarity))),
                  ("percentile", .optional(s.percentile(of: c.geo, polarity: polarity))),
                  ("mark", .string(s.mark(of: c.geo, polarity: polarity).rawValue)),
                  ("inherited", .bool(c.inherited)), ("conflicting", .bool(c.conflicting)),
                  ("observed_year", c.year.map { .number(Double($0)) } ?? .null),
                ])
              })
          ),
        ]
      ).rendered() + "\n"
    }
  }
}
