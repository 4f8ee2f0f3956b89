import Catalog
import Support

/// Renders a two-province comparison as a terminal table, Markdown, CSV or JSON.
public enum ComparisonListing {
  /// The comparison in `format`; `table` and `md` in the localizer's language, `csv` and
  /// `json` the same in every language.
  public static func render(
    _ c: ProvinceComparison, catalog: Catalog, format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table: return text(c, ListingText(localizer, catalog, markdown: false))
    case .md: return markdown(c, ListingText(localizer, catalog, markdown: true))
    case .csv: return csv(c)
    case .json: return json(c).rendered() + "\n"
    }
  }

  /// `30`, or `30 to 31` when the figures are ranges.
  static func difference(_ f: FigureComparison) -> String {
    let low = NumberFormat.plain(rounded(f.difference.lowerBound))
    let high = NumberFormat.plain(rounded(f.difference.upperBound))
    return low == high ? low : "\(low) to \(high)"
  }

  /// Differences of decimal figures such as 0.75 − 0.623 without binary noise.
  static func rounded(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }

  static func ambition(_ f: FigureComparison, _ c: ProvinceComparison) -> String {
    switch f.ambition {
    case .first: c.first
    case .second: c.second
    case .same: "same"
    case .overlapping: "overlapping"
    }
  }

  /// Which end of each figure the difference uses, e.g. `minimum vs approximate`.
  static func readings(_ f: FigureComparison) -> String {
    "\(f.firstReading.rawValue) vs \(f.secondReading.rawValue)"
  }

  static func figures(_ targets: [Target]) -> String {
    guard let first = targets.first else { return "" }
    return TargetListing.figure(first) + " (" + targets.map(\.id).joined(separator: ", ") + ")"
  }

  static func conflictLine(_ conflict: Conflict) -> String {
    "\(conflict.geo) \(conflict.year) \(conflict.kind.rawValue): "
      + conflict.targets.map { "\($0.indicator) \(TargetListing.figure($0)) (\($0.id))" }
      .joined(separator: "; ")
  }

  /// The verdict, the readings, the ambition and the conflicts in `t`'s words.
  static func ambition(_ f: FigureComparison, _ c: ProvinceComparison, _ t: ListingText)
    -> String
  {
    guard t.vi else { return ambition(f, c) }
    switch f.ambition {
    case .first: return t.geo(c.first)
    case .second: return t.geo(c.second)
    case .same: return t(.sameFigure)
    case .overlapping: return t(.listOverlapping)
    }
  }

  static func readings(_ f: FigureComparison, _ t: ListingText) -> String {
    guard t.vi else { return readings(f) }
    return t.text("\(t.l.reading(f.firstReading)) / \(t.l.reading(f.secondReading))")
  }

  static func figures(_ targets: [Target], _ t: ListingText) -> String {
    guard let first = targets.first else { return "" }
    return t.figure(first) + " ("
      + targets.map { t.id($0.id) }.joined(separator: ", ") + ")"
  }

  static func conflictLine(_ conflict: Conflict, _ t: ListingText) -> String {
    guard t.vi else { return conflictLine(conflict) }
    return t.geo(conflict.geo) + t.text(" \(conflict.year) \(t.l.conflictKind(conflict.kind)): ")
      + conflict.targets.map {
        t.indicator($0.indicator) + " " + t.figure($0) + " (" + t.id($0.id)
          + ")"
      }.joined(separator: "; ")
  }

  static func aligned(_ c: ProvinceComparison, _ t: ListingText) -> String {
    // the provinces by id in the English terminal table, by name elsewhere
    let named = t.markdown || t.vi
    let header = [
      t(.listIndicator), t(.listYear), named ? t.catalog.geoName(c.first) : c.first,
      named ? t.catalog.geoName(c.second) : c.second, t(.listDifference), t(.listReading),
      t(.listMoreAmbitious), t(.listVerdict),
    ]
    return t.table(
      header,
      c.rows.map { r in
        [
          t.indicator(r.indicator), String(r.year), figures(r.first, t), figures(r.second, t),
          t.number(difference(r.figures)), readings(r.figures, t), ambition(r.figures, c, t),
          t.text(
            t.vi
              ? (t.markdown
                ? t.l.verdict(r.verdict) + detail(r.verdict, t) : t.l.verdict(r.verdict))
              : (t.markdown ? r.verdict.description : r.verdict.verdict)),
        ]
      })
  }

  /// `: caveats` after a verdict in Vietnamese Markdown, as the English `description` has.
  static func detail(_ v: Comparability, _ t: ListingText) -> String {
    switch v {
    case .comparable: return ""
    case .comparableWithCaveat(let list): return ": " + list.map(t.caveat).joined(separator: "; ")
    case .notComparable(let reason): return ": " + t.l.reason(reason)
    }
  }

  private static func text(_ c: ProvinceComparison, _ t: ListingText) -> String {
    var out =
      t.vi
      ? "\(t.catalog.geoName(c.first)) — \(t.catalog.geoName(c.second))\n"
      : "\(t.catalog.geoName(c.first)) (\(c.first)) vs \(t.catalog.geoName(c.second)) (\(c.second))\n"
    out += "\n\(t(.listAligned)) (\(c.rows.count))\n"
    out += aligned(c, t)
    let caveats = c.rows.flatMap { r -> [String] in
      guard case .comparableWithCaveat(let list) = r.verdict else { return [] }
      return list.map {
        GapsListing.about(r.indicator, r.year, t) + t.text(t.caveat($0))
      }
    }
    if !caveats.isEmpty {
      out += "\n\(t(.listCaveats))\n" + caveats.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    out += "\n\(t(.listNotComparable)) (\(c.notComparable.count))\n"
    out += t.table(unmatchedHeader(t), c.notComparable.map { unmatchedCells($0, t) })
    out += "\n\(t(.listOneSided)) (\(c.oneSided.count))\n"
    out += t.table(unmatchedHeader(t), c.oneSided.map { unmatchedCells($0, t) })
    out += "\n\(t(.listConflictsInside)) (\(c.conflicts.count))\n"
    out += c.conflicts.map { t.bullet(conflictLine($0, t)) }.joined()
    return out
  }

  static func unmatchedHeader(_ t: ListingText) -> [String] {
    [
      t(.listTarget), t(.listIndicator), t(.listYear), t(.listFigure), t(.listCounterpart),
      t(.listReason),
    ]
  }

  static func unmatchedCells(_ u: ProvinceComparison.Unmatched, _ t: ListingText) -> [String] {
    [
      t.id(u.target.id), t.indicator(u.target.indicator), u.target.horizon?.description ?? "—",
      t.figure(u.target),
      u.counterpart.map {
        t.id($0.id) + " " + t.indicator($0.indicator) + " " + t.figure($0)
      } ?? "—",
      t.text(t.vi ? t.l.reason(u.reason) : u.reason.description),
    ]
  }

  private static func markdown(_ c: ProvinceComparison, _ t: ListingText) -> String {
    let title =
      t.vi
      ? t.text("\(t.catalog.geoName(c.first)) — \(t.catalog.geoName(c.second))")
      : "\(t.catalog.geoName(c.first)) vs \(t.catalog.geoName(c.second))"
    var out = t.heading(title, level: 1) + "\n\n" + t.heading(t(.listAligned)) + "\n\n"
    out += aligned(c, t)
    out +=
      "\n" + t.heading(t(.listNotComparable)) + "\n\n"
      + t.table(unmatchedHeader(t), c.notComparable.map { unmatchedCells($0, t) })
    out +=
      "\n" + t.heading(t(.listOneSided)) + "\n\n"
      + t.table(unmatchedHeader(t), c.oneSided.map { unmatchedCells($0, t) })
    out += "\n" + t.heading(t(.listConflictsInside)) + "\n\n"
    out +=
      c.conflicts.isEmpty
      ? t(.listNone) + "\n" : c.conflicts.map { t.bullet(conflictLine($0, t)) }.joined()
    return out
  }

  private static func csv(_ c: ProvinceComparison) -> String {
    var out = CSVWriter.row([
      "section", "indicator", "year", "first_targets", "first_figure", "second_targets",
      "second_figure",
      "difference_low", "difference_high", "reading", "more_ambitious", "verdict", "detail",
      "first_comparator", "first_low", "first_high", "second_comparator", "second_low",
      "second_high",
    ])
    // one column per bound of each side's (first) target, appended so older readers keep
    // their columns
    func bounds(_ t: Target?) -> [String] { NumberFormat.bounds(t?.quantity) }
    for r in c.rows {
      out += CSVWriter.row(
        [
          "aligned", r.indicator, String(r.year), r.first.map(\.id).joined(separator: ";"),
          TargetListing.figure(r.first[0]), r.second.map(\.id).joined(separator: ";"),
          TargetListing.figure(r.second[0]),
          NumberFormat.data(rounded(r.figures.difference.lowerBound)),
          NumberFormat.data(rounded(r.figures.difference.upperBound)), readings(r.figures),
          ambition(r.figures, c), r.verdict.verdict, r.verdict.description,
        ] + bounds(r.first[0]) + bounds(r.second[0]))
    }
    for (section, list) in [("not-comparable", c.notComparable), ("one-sided", c.oneSided)] {
      for u in list {
        out += CSVWriter.row(
          [
            section, u.target.indicator, u.target.horizon?.csv ?? "", u.target.id,
            TargetListing.figure(u.target),
            u.counterpart?.id ?? "", u.counterpart.map(TargetListing.figure) ?? "", "", "", "", "",
            "not comparable", u.reason.description,
          ] + bounds(u.target) + bounds(u.counterpart))
      }
    }
    for conflict in c.conflicts {
      out += CSVWriter.row([
        "conflict", conflict.indicators.joined(separator: ";"), String(conflict.year),
        conflict.targets.map(\.id).joined(separator: ";"), "", "", "", "", "", "", "",
        conflict.kind.rawValue,
        conflictLine(conflict), "", "", "", "", "", "",
      ])
    }
    return out
  }

  static func json(_ c: ProvinceComparison) -> JSON {
    func unmatched(_ u: ProvinceComparison.Unmatched) -> JSON {
      .object([
        ("target", .string(u.target.id)), ("indicator", .string(u.target.indicator)),
        ("year", u.target.horizon.map { .number(Double($0.year)) } ?? .null),
        ("counterpart", .optional(u.counterpart?.id)), ("reason", .string(u.reason.description)),
      ])
    }
    return .document(
      "comparison",
      [
        ("first", .string(c.first)), ("second", .string(c.second)),
        (
          "aligned",
          .array(
            c.rows.map { r in
              .object([
                ("indicator", .string(r.indicator)), ("year", .number(Double(r.year))),
                ("first_targets", .array(r.first.map { .string($0.id) })),
                ("first_figure", .string(TargetListing.figure(r.first[0]))),
                ("second_targets", .array(r.second.map { .string($0.id) })),
                ("second_figure", .string(TargetListing.figure(r.second[0]))),
                ("difference_low", .number(rounded(r.figures.difference.lowerBound))),
                ("difference_high", .number(rounded(r.figures.difference.upperBound))),
                ("first_reading", .string(r.figures.firstReading.rawValue)),
                ("second_reading", .string(r.figures.secondReading.rawValue)),
                ("more_ambitious", .string(ambition(r.figures, c))),
                ("verdict", .string(r.verdict.verdict)), ("detail", .string(r.verdict.description)),
              ])
            })
        ),
        ("not_comparable", .array(c.notComparable.map(unmatched))),
        ("one_sided", .array(c.oneSided.map(unmatched))),
        ("conflicts", .array(c.conflicts.map(ConflictListing.json))),
      ])
  }
}
