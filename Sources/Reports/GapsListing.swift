import Benchmark
import Catalog
import Support

/// Renders a province's gap analysis.
public enum GapsListing {
  /// The gap analysis in `format`; `table` and `md` in the localizer's language, `csv` and
  /// `json` the same in every language (they are for programs).
  public static func render(
    _ g: ProvinceGaps, catalog: Catalog, format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table: return text(g, ListingText(localizer, catalog, markdown: false))
    case .md: return markdown(g, ListingText(localizer, catalog, markdown: true))
    case .csv: return CSVWriter.row(csvHeader) + csvRows(g).map(CSVWriter.row).joined()
    case .json: return json(g).rendered() + "\n"
    }
  }

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

  /// A target's figure as the listing shows it, with the language's decimal mark.
  static func figure(_ own: Contribution, _ t: ListingText) -> String {
    t.number(own.quantity.map(TargetListing.figure) ?? own.figure.display(decimals: 2))
  }

  /// The table's cells of every row, in `t`'s language.
  static func cells(_ g: ProvinceGaps, _ t: ListingText) -> [[String]] {
    let l = t.l
    return g.rows.map { r in
      let flags =
        (r.own.inherited ? " (\(l(.listInherited)))" : "")
        + (r.own.conflicting ? " (\(l(.listConflicting)))" : "")
      return [
        t.indicator(r.indicator.id), String(r.year), figure(r.own, t) + t.text(flags),
        r.own.sources.map(t.id).joined(separator: t.vi ? ", " : ";"),
        t.number(r.region.mean.display(decimals: 2)),
        l.count(r.region.coverage.n, of: r.region.coverage.m),
        t.number(r.region.median.display(decimals: 2)),
        t.number(r.region.weighted?.figure.display(decimals: 2) ?? "—"),
        r.national.map(t.figure) ?? "—", t.number(gap(r.toMean)),
        t.number(gap(r.toNational)), t.number(gap(r.toLeader)), t.geos(r.leaders, joiner: ";"),
        t.number(number(r.zScore)), t.number(number(r.percentile)),
        t.text(t.vi ? l.rank(r.rank) : r.rank.description), t.text(l.mark(r.mark).0),
        r.latestObservation.map { t.number(FigureRange.format($0.value)) + " (\($0.year))" }
          ?? "—",
        t.text(l.pace(r.pace.status).0),
      ]
    }
  }

  /// `indicator year: ` before a note line.
  static func about(_ indicator: String, _ year: Int?, _ t: ListingText) -> String {
    t.indicator(indicator) + (year.map { " \($0)" } ?? "") + t.text(": ")
  }

  /// A statistic's weighting in `t`'s language (the report pages' Vietnamese words).
  static func weighting(_ s: RegionalStatistic, _ t: ListingText) -> String {
    guard t.vi else { return s.weightingNote }
    let context = ReportContext(
      catalog: t.catalog, localizer: t.l, geography: s.geography, region: s.region, year: s.year)
    return ProfilePage.weighting(s, context)
  }

  /// Which of a province's disagreeing targets or sources is used, and the others.
  static func choice(_ c: Contribution, _ t: ListingText) -> String {
    guard t.vi, let used = c.sources.first else { return t.text(c.choice) }
    // a target is shown with its figure (an observation's value is in the line already)
    func source(_ id: String) -> String {
      guard c.year == nil, let target = t.catalog.target(id: id) else { return t.id(id) }
      return t.id(id) + " " + t.text(t.l.figure(target.quantity))
    }
    let others = c.sources.dropFirst().map(source).joined(separator: ", ")
    return t.text(t.l(.listUsed) + " ") + source(used) + t.text("; \(t.l(.listAlso)) ") + others
  }

  /// One member's figure in a note: `lai-chau 9–10`, `Lai Châu 9–10`.
  static func member(_ c: Contribution, _ t: ListingText) -> String {
    t.geo(c.geo) + " " + t.number(c.figure.display(decimals: 2))
  }

  static func notes(_ g: ProvinceGaps, _ t: ListingText) -> [String] {
    let l = t.l
    return g.rows.flatMap { r -> [String] in
      let head = about(r.indicator.id, r.year, t)
      var lines = [
        head + t.text(weighting(r.region, t) + "; \(l(.listProvinces)): ")
          + r.region.contributions.map { member($0, t) }.joined(separator: t.text(", "))
      ]
      if !r.region.missing.isEmpty {
        lines.append(head + t.text(l(.listNoFigureFor) + " ") + t.geos(r.region.missing))
      }
      lines += r.region.contributions.filter { !$0.choice.isEmpty }.map {
        t.vi
          ? head + t.geo($0.geo) + t.text(": \(l(.listTargetsDiffer)) ") + choice($0, t)
          : "\(r.indicator.id) \(r.year): \($0.geo)'s targets differ: \($0.choice)"
      }
      if !r.pace.note.isEmpty {
        let note =
          t.vi
          ? String(ProfilePage.paceDetail(r.pace, r.year, l).drop { $0 == " " }) : r.pace.note
        if !note.isEmpty { lines.append(head + t.text("\(l(.listPace)): \(note)")) }
      }
      return lines
    }
  }

  /// The columns of the observed-value table.
  static func observedHeader(_ t: ListingText) -> [String] {
    [
      t(.listIndicator), t(.listYear), t(.listObserved), t(.listSources),
      t(.listRegionalMeanNofM), t(.listYearsUsed), t(.listGapToMean), t(.listRank), t(.listMark),
    ]
  }

  /// The observed-value rows: what the province has achieved against the region.
  static func observedCells(_ g: ProvinceGaps, _ t: ListingText) -> [[String]] {
    let l = t.l
    return g.observed.map { r in
      let chosen = r.own.chosen
      let years = r.years.map(String.init).joined(separator: ", ")
      return [
        t.indicator(r.indicator.id), String(r.own.year),
        t.number((chosen.isApproximate ? "~ " : "") + FigureRange.format(chosen.value))
          + (r.own.isConflicting ? t.text(" (\(l(.listConflictingSources)))") : ""),
        ([chosen.id] + r.own.others.map(\.id)).map(t.id).joined(separator: t.vi ? ", " : ";"),
        t.number(r.region.mean.display(decimals: 2))
          + " (\(l.count(r.region.coverage.n, of: r.region.coverage.m)))",
        r.years.count > 1 ? years + t.text(" (\(l(.listEachLatest)))") : years,
        t.number(gap(r.toMean)), t.text(t.vi ? l.rank(r.rank) : r.rank.description),
        t.text(l.mark(r.mark).0),
      ]
    }
  }

  static func observedNotes(_ g: ProvinceGaps, _ t: ListingText) -> [String] {
    let l = t.l
    return g.observed.flatMap { r -> [String] in
      let head = t.indicator(r.indicator.id) + t.text(" \(l(.listObservedWord)): ")
      var lines = [
        head + t.text(weighting(r.region, t) + "; \(l(.listProvinces)): ")
          + r.region.contributions.map { c in
            member(c, t) + (c.year.map { " (\($0))" } ?? "")
          }.joined(separator: t.text(", "))
      ]
      lines += r.region.contributions.filter { !$0.choice.isEmpty }.map {
        t.vi
          ? head + t.geo($0.geo) + t.text(": \(l(.listSourcesDiffer)): ") + choice($0, t)
          : head + "\(l(.listSourcesDiffer)): " + choice($0, t)
      }
      return lines
    }
  }

  static func title(_ g: ProvinceGaps, _ t: ListingText) -> String {
    let l = t.l
    let basis = t.catalog.membershipBasis(of: g.region, in: g.geography)
    guard t.vi else {
      return
        "\(t.catalog.geoName(g.province)) (\(g.province)) against \(g.region), geography \(g.geography.rawValue)"
        + (basis == .inferred ? " (membership inferred, not official)" : "")
        + "; gaps are oriented: positive is better"
    }
    let province =
      t.markdown
      ? t.text(t.catalog.geoName(g.province)) + " (" + t.id(g.province) + ")"
      : t.catalog.geoName(g.province)
    return province
      + t.text(
        " \(l(.listAgainst)) \(t.catalog.geoName(g.region)), \(l(.listGeography)) "
          + g.geography.rawValue
          + (basis == .inferred ? " (\(l(.listMembershipInferred)))" : "") + "; "
          + l(.listPositiveIsBetter))
  }

  /// The lines on targets left out of the benchmark.
  static func notBenchmarked(_ g: ProvinceGaps, _ t: ListingText) -> String {
    g.notBenchmarked.map {
      t.bullet(
        t.vi
          ? t.id($0.target.id) + " " + t.indicator($0.target.indicator)
            + t.text(": " + t.l.exclusion($0.cause))
          : "\($0.target.id) \($0.target.indicator): \($0.reason)")
    }.joined()
  }

  private static func text(_ g: ProvinceGaps, _ t: ListingText) -> String {
    let compact = [
      t(.listIndicator), t(.listYear), t(.listTarget), t(.listMeanNofM), t(.listWeighted),
      t(.listNational), t(.listGapToMean), t(.listGapToNational), t(.listRank), t(.listMark),
      t(.listPace),
    ]
    let rows = cells(g, t).map { c in
      [c[0], c[1], c[2], "\(c[4]) (\(c[5]))", c[7], c[8], c[9], c[10], c[15], c[16], c[18]]
    }
    var out = title(g, t) + "\n\n" + t.table(compact, rows)
    out += "\n\(t(.listNotes))\n" + notes(g, t).map(t.bullet).joined()
    out += "\n\(t(.listObservedTitleLong))\n\n"
    out += t.table(observedHeader(t), observedCells(g, t))
    out += "\n\(t(.listObservedNotes))\n" + observedNotes(g, t).map(t.bullet).joined()
    out += "\n\(t(.listNotBenchmarked)) (\(g.notBenchmarked.count))\n"
    out += notBenchmarked(g, t)
    return out
  }

  private static func markdown(_ g: ProvinceGaps, _ t: ListingText) -> String {
    let header = [
      t(.listIndicator), t(.listYear), t(.listTarget), t(.listSources), t(.listRegionalMean),
      t(.listNofM), t(.listMedian), t(.listWeighted), t(.listNational), t(.listGapToMean),
      t(.listGapToNational), t(.listGapToLeader), t(.listLeader), "z", t(.listPercentile),
      t(.listRank), t(.listMark), t(.listLatestObserved), t(.listPace),
    ]
    var out = t.heading(title(g, t), level: 1) + "\n\n"
    out += t.table(header, cells(g, t))
    out += "\n" + t.heading(t(.listNotes)) + "\n\n" + notes(g, t).map(t.bullet).joined()
    out += "\n" + t.heading(t(.listObservedTitle)) + "\n\n"
    out += t.table(observedHeader(t), observedCells(g, t))
    out += "\n" + observedNotes(g, t).map(t.bullet).joined()
    out += "\n" + t.heading(t(.listNotBenchmarked)) + "\n\n"
    out += notBenchmarked(g, t)
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
  /// A table of what a draft changes: target, gap to the mean, rank and mark, before → after,
  /// in the localizer's language.
  public static func changes(
    before: ProvinceGaps, after: ProvinceGaps, catalog: Catalog,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    let t = ListingText(localizer, catalog, markdown: false)
    let l = t.l
    let keys = (before.rows + after.rows).map { "\($0.indicator.id)@\($0.year)" }
    var seen = Set<String>()
    let rows = keys.filter { seen.insert($0).inserted }.compactMap { key -> [String]? in
      let b = before.rows.first { "\($0.indicator.id)@\($0.year)" == key }
      let a = after.rows.first { "\($0.indicator.id)@\($0.year)" == key }
      func figure(_ r: GapRow?) -> String { r.map { Self.figure($0.own, t) } ?? "—" }
      func rank(_ r: GapRow?) -> String {
        r.map { t.vi ? l.rank($0.rank) : $0.rank.description } ?? "—"
      }
      let cells = [
        figure(b), figure(a), t.number(gap(b?.toMean)), t.number(gap(a?.toMean)), rank(b),
        rank(a), b.map { l.mark($0.mark).0 } ?? "—", a.map { l.mark($0.mark).0 } ?? "—",
      ]
      guard cells[0] != cells[1] || cells[2] != cells[3] || cells[4] != cells[5] else { return nil }
      guard let row = a ?? b else { return nil }
      return [
        t.indicator(row.indicator.id), String(row.year), "\(cells[0]) → \(cells[1])",
        "\(cells[2]) → \(cells[3])", "\(cells[4]) → \(cells[5])", "\(cells[6]) → \(cells[7])",
      ]
    }
    return t(.listWhatChanges) + "\n"
      + t.table(
        [
          t(.listIndicator), t(.listYear), t(.listTarget), t(.listGapToMean), t(.listRank),
          t(.listMark),
        ],
        rows)
  }
}
