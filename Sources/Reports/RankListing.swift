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

  /// The league table in `format`, best first, after a summary of the regional figures;
  /// `table` and `md` in the localizer's language, `csv` and `json` the same in every one.
  public static func render(
    _ s: RegionalStatistic, catalog: Catalog, format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    let polarity = catalog.indicator(id: s.indicator)?.polarity ?? .higher
    let ranked = s.contributions.compactMap { c in
      s.rank(of: c.geo, polarity: polarity).map { (c, $0) }
    }
    .sorted { ($0.1.position, $0.0.geo) < ($1.1.position, $1.0.geo) }
    let t = ListingText(localizer, catalog, markdown: format == .md)
    let l = t.l
    let header = [
      t(.listRank), t(.listGeo), t(.listFigure), t(.listSources), "z", t(.listPercentile),
      t(.listMark), t(.listFlags),
    ]
    let rows = ranked.map { c, rank in
      [
        (rank.tiedWith.isEmpty ? "" : "=") + String(rank.position), t.geo(c.geo),
        t.number(c.quantity.map(TargetListing.figure) ?? c.figure.display(decimals: 2)),
        c.sources.map(t.id).joined(separator: t.vi ? ", " : ";"),
        t.number(GapsListing.number(s.zScore(of: c.geo, polarity: polarity))),
        t.number(GapsListing.number(s.percentile(of: c.geo, polarity: polarity))),
        t.text(l.mark(s.mark(of: c.geo, polarity: polarity)).0),
        t.text(
          [
            c.inherited ? l(.listInherited) : "", c.conflicting ? l(.listConflicting) : "",
            c.year.map { "\(l(.listObservedWord)) \($0)" } ?? "",
          ]
          .filter { !$0.isEmpty }.joined(separator: ", ")),
      ]
    }
    let summary = t.vi ? vietnameseSummary(s, polarity, t) : englishSummary(s, polarity)
    switch format {
    case .table:
      return summary.joined(separator: "\n") + "\n\n" + t.table(header, rows)
    case .md:
      return summary.map(t.bullet).joined() + "\n" + t.table(header, rows)
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

  static func englishSummary(_ s: RegionalStatistic, _ polarity: Polarity) -> [String] {
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
  }

  /// The summary lines in Vietnamese: names, not ids; the report pages' weighting words.
  static func vietnameseSummary(_ s: RegionalStatistic, _ polarity: Polarity, _ t: ListingText)
    -> [String]
  {
    let l = t.l
    let better = polarity == .higher ? l(.listHigherIsBetter) : l(.listLowerIsBetter)
    let range = { (r: FigureRange) in t.number(r.display(decimals: 2)) }
    return [
      t.indicator(s.indicator)
        + t.text(
          " \(s.year), \(t.catalog.geoName(s.region)), \(l(.listGeography)) "
            + "\(s.geography.rawValue), \(better)"),
      t.text(
        "\(l(.listCoverageWord)): \(l.count(s.coverage.n, of: s.coverage.m)) \(l(.listProvinces))")
        + (s.missing.isEmpty ? "" : t.text("; \(l(.listNoFigure)): ") + t.geos(s.missing)),
      t.text("\(l(.listMean)) ") + range(s.mean) + t.text(", \(l(.listMedian)) ") + range(s.median)
        + t.text(", sd ") + t.number(GapsListing.number(s.standardDeviation))
        + t.text(", \(l(.listWeighted)) ") + (s.weighted.map { range($0.figure) } ?? "—")
        + t.text(" (\(GapsListing.weighting(s, t)))"),
    ]
      + s.contributions.filter { !$0.choice.isEmpty }.map { c in
        t.geo(c.geo)
          + t.text(": \(c.year == nil ? l(.listTargetsDiffer) : l(.listSourcesDiffer)) ")
          + GapsListing.choice(c, t)
      }
  }
}
