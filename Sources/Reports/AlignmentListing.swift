import Catalog
import Support

/// Renders a regional alignment: per indicator and year, every member's figure, the verdict,
/// its standing against the national target; then what could not be aligned and why.
public enum AlignmentListing {
  /// The alignment in `format`: each member target by indicator and year, then those left out.
  public static func render(_ a: Alignment, catalog: Catalog, format: ListingFormat) -> String {
    switch format {
    case .table: return text(a, catalog)
    case .md: return markdown(a, catalog)
    case .csv: return csv(a)
    case .json: return json(a).rendered() + "\n"
    }
  }

  static let header = [
    "indicator", "year", "geo", "target", "figure", "verdict", "national", "vs national",
    "inherited",
  ]

  static func rows(_ a: Alignment) -> [[String]] {
    a.groups.flatMap { g in
      g.entries.map { e in
        [
          g.indicator, String(g.year), e.target.geo, e.target.id, TargetListing.figure(e.target),
          e.verdict.verdict, e.national.national.map(TargetListing.figure) ?? "—",
          e.national.status.rawValue,
          e.inheritedBy ?? "",
        ]
      }
    }
  }

  static func title(_ a: Alignment, _ catalog: Catalog) -> String {
    let name = catalog.regions.first { $0.id == a.region }?.name ?? a.region
    let basis =
      a.basis.map { $0 == .inferred ? "membership inferred, not official" : "official membership" }
      ?? "membership not defined"
    return
      "\(name) (\(a.region)), geography \(a.geography.rawValue): \(a.members.count) provinces, \(basis)"
  }

  static func notes(_ a: Alignment) -> [String] {
    a.groups.flatMap { g in
      g.entries.flatMap { e -> [String] in
        var lines: [String] = []
        if case .comparableWithCaveat(let caveats) = e.verdict {
          lines += caveats.map { "\(g.indicator) \(g.year): \($0)" }
        }
        if !e.national.note.isEmpty {
          lines.append("\(g.indicator) \(g.year) \(e.target.id) vs national: \(e.national.note)")
        }
        return lines
      }
    }
  }

  private static func text(_ a: Alignment, _ catalog: Catalog) -> String {
    var out = title(a, catalog) + "\n\n"
    out += TextTable(header: header, rows: rows(a)).rendered()
    let notes = notes(a)
    if !notes.isEmpty { out += "\nCaveats\n" + notes.map { "  \($0)\n" }.joined() }
    out += "\nNot comparable (\(a.notComparable.count))\n"
    out += TextTable(
      header: ["target", "geo", "indicator", "reason"], rows: excludedRows(a.notComparable)
    ).rendered()
    out += "\nOutside this geography (\(a.excluded.count))\n"
    out += TextTable(
      header: ["target", "geo", "indicator", "reason"], rows: excludedRows(a.excluded)
    ).rendered()
    return out
  }

  static func excludedRows(_ list: [Alignment.Excluded]) -> [[String]] {
    list.map { [$0.target.id, $0.target.geo, $0.target.indicator, $0.reason] }
  }

  private static func markdown(_ a: Alignment, _ catalog: Catalog) -> String {
    var out = "# " + MarkdownTable.cell(title(a, catalog)) + "\n\n"
    out += MarkdownTable(header: header, rows: rows(a)).rendered()
    let notes = notes(a)
    if !notes.isEmpty {
      out += "\n## Caveats\n\n" + notes.map { "- " + MarkdownTable.cell($0) + "\n" }.joined()
    }
    let excludedHeader = ["target", "geo", "indicator", "reason"]
    out +=
      "\n## Not comparable\n\n"
      + MarkdownTable(header: excludedHeader, rows: excludedRows(a.notComparable)).rendered()
    out +=
      "\n## Outside this geography\n\n"
      + MarkdownTable(header: excludedHeader, rows: excludedRows(a.excluded)).rendered()
    return out
  }

  /// The bound columns appended to each CSV row: the target's and the national target's
  /// comparator, low and high (empty without a figure).
  static let boundColumns = [
    "comparator", "value_low", "value_high", "national_comparator", "national_low",
    "national_high",
  ]

  private static func csv(_ a: Alignment) -> String {
    let names = header.map { $0.replacingOccurrences(of: " ", with: "_") }
    var out = CSVWriter.row(["section"] + names + ["detail"] + boundColumns)
    let entries = a.groups.flatMap(\.entries)
    for (row, entry) in zip(rows(a), entries) {
      // empty, not "—", where there is no national target
      let cells = row.enumerated().map { $0.offset == 6 && $0.element == "—" ? "" : $0.element }
      out += CSVWriter.row(
        ["aligned"] + cells + [entry.verdict.description]
          + NumberFormat.bounds(entry.target.quantity)
          + NumberFormat.bounds(entry.national.national?.quantity))
    }
    for (section, list) in [("not-comparable", a.notComparable), ("outside", a.excluded)] {
      for e in list {
        out += CSVWriter.row(
          [
            section, e.target.indicator, e.target.horizon?.csv ?? "", e.target.geo, e.target.id,
            TargetListing.figure(e.target), section == "outside" ? "outside" : "not comparable",
            "", "", "", e.reason,
          ] + NumberFormat.bounds(e.target.quantity) + NumberFormat.bounds(nil))
      }
    }
    return out
  }

  static func json(_ a: Alignment) -> JSON {
    func excluded(_ e: Alignment.Excluded) -> JSON {
      .object([
        ("target", .string(e.target.id)), ("geo", .string(e.target.geo)),
        ("reason", .string(e.reason)),
      ])
    }
    return .document(
      "alignment",
      [
        ("region", .string(a.region)), ("geography", .string(a.geography.rawValue)),
        ("membership", .optional(a.basis?.rawValue)),
        ("members", .array(a.members.map { .string($0.id) })),
        (
          "groups",
          .array(
            a.groups.map { g in
              .object([
                ("indicator", .string(g.indicator)), ("year", .number(Double(g.year))),
                (
                  "entries",
                  .array(
                    g.entries.map { e in
                      .object([
                        ("geo", .string(e.target.geo)), ("target", .string(e.target.id)),
                        ("figure", .string(TargetListing.figure(e.target))),
                        ("verdict", .string(e.verdict.verdict)),
                        ("detail", .string(e.verdict.description)),
                        ("national_target", .optional(e.national.national?.id)),
                        ("vs_national", .string(e.national.status.rawValue)),
                        ("inherited", .optional(e.inheritedBy)),
                      ])
                    })
                ),
                ("references", .array(g.references.map { .string($0.id) })),
              ])
            })
        ),
        ("not_comparable", .array(a.notComparable.map(excluded))),
        ("outside", .array(a.excluded.map(excluded))),
      ])
  }
}
