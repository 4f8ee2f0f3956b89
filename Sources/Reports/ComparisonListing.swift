import Catalog
import Support

/// Renders a two-province comparison as a terminal table, Markdown, CSV or JSON.
public enum ComparisonListing {
  /// The comparison in `format`.
  public static func render(_ c: ProvinceComparison, catalog: Catalog, format: ListingFormat)
    -> String
  {
    switch format {
    case .table: return text(c, catalog)
    case .md: return markdown(c, catalog)
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

  private static func text(_ c: ProvinceComparison, _ catalog: Catalog) -> String {
    var out =
      "\(catalog.geoName(c.first)) (\(c.first)) vs \(catalog.geoName(c.second)) (\(c.second))\n"
    out += "\nAligned targets (\(c.rows.count))\n"
    out += TextTable(
      header: [
        "indicator", "year", c.first, c.second, "difference", "reading", "more ambitious",
        "verdict",
      ],
      rows: c.rows.map { r in
        [
          r.indicator, String(r.year), figures(r.first), figures(r.second), difference(r.figures),
          readings(r.figures), ambition(r.figures, c), r.verdict.verdict,
        ]
      }
    ).rendered()
    let caveats = c.rows.flatMap { r -> [String] in
      guard case .comparableWithCaveat(let list) = r.verdict else { return [] }
      return list.map { "  \(r.indicator) \(r.year): \($0)" }
    }
    if !caveats.isEmpty { out += "\nCaveats\n" + caveats.joined(separator: "\n") + "\n" }
    out += "\nNot comparable (\(c.notComparable.count))\n"
    out += TextTable(
      header: ["target", "indicator", "year", "figure", "counterpart", "reason"],
      rows: c.notComparable.map(unmatchedCells)
    ).rendered()
    out += "\nOnly one province has a target (\(c.oneSided.count))\n"
    out += TextTable(
      header: ["target", "indicator", "year", "figure", "counterpart", "reason"],
      rows: c.oneSided.map(unmatchedCells)
    ).rendered()
    out += "\nConflicts inside a province (\(c.conflicts.count))\n"
    out += c.conflicts.map { "  " + conflictLine($0) + "\n" }.joined()
    return out
  }

  static func unmatchedCells(_ u: ProvinceComparison.Unmatched) -> [String] {
    [
      u.target.id, u.target.indicator, u.target.horizon?.description ?? "—",
      TargetListing.figure(u.target),
      u.counterpart.map { "\($0.id) \($0.indicator) \(TargetListing.figure($0))" } ?? "—",
      u.reason.description,
    ]
  }

  private static func markdown(_ c: ProvinceComparison, _ catalog: Catalog) -> String {
    var out =
      "# \(catalog.geoName(c.first)) vs \(catalog.geoName(c.second))\n\n## Aligned targets\n\n"
    out += MarkdownTable(
      header: [
        "indicator", "year", catalog.geoName(c.first), catalog.geoName(c.second), "difference",
        "reading", "more ambitious", "verdict",
      ],
      rows: c.rows.map { r in
        [
          r.indicator, String(r.year), figures(r.first), figures(r.second), difference(r.figures),
          readings(r.figures), ambition(r.figures, c), r.verdict.description,
        ]
      }
    ).rendered()
    let header = ["target", "indicator", "year", "figure", "counterpart", "reason"]
    out +=
      "\n## Not comparable\n\n"
      + MarkdownTable(header: header, rows: c.notComparable.map(unmatchedCells)).rendered()
    out +=
      "\n## Only one province has a target\n\n"
      + MarkdownTable(header: header, rows: c.oneSided.map(unmatchedCells)).rendered()
    out += "\n## Conflicts inside a province\n\n"
    out +=
      c.conflicts.isEmpty
      ? "None.\n" : c.conflicts.map { "- " + MarkdownTable.cell(conflictLine($0)) + "\n" }.joined()
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
