import Catalog
import Support

/// Renders a regional alignment: per indicator and year, every member's figure, the verdict,
/// its standing against the national target; then what could not be aligned and why.
public enum AlignmentListing {
  /// The alignment in `format`: each member target by indicator and year, then those left
  /// out; `table` and `md` in the localizer's language, `csv` and `json` the same in every one.
  public static func render(
    _ a: Alignment, catalog: Catalog, format: ListingFormat, localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table: return text(a, ListingText(localizer, catalog, markdown: false))
    case .md: return markdown(a, ListingText(localizer, catalog, markdown: true))
    case .csv: return csv(a, catalog)
    case .json: return json(a).rendered() + "\n"
    }
  }

  static let header = [
    "indicator", "year", "geo", "target", "figure", "verdict", "national", "vs national",
    "inherited",
  ]

  static func header(_ t: ListingText) -> [String] {
    [
      t(.listIndicator), t(.listYear), t(.listGeo), t(.listTarget), t(.listFigure),
      t(.listVerdict), t(.listNational), t(.listVsNational), t(.listInherited),
    ]
  }

  static func rows(_ a: Alignment, _ t: ListingText) -> [[String]] {
    let l = t.l
    return a.groups.flatMap { g in
      g.entries.map { e in
        [
          t.indicator(g.indicator), String(g.year), t.geo(e.target.geo), t.id(e.target.id),
          t.figure(e.target),
          t.text(t.vi ? l.verdict(e.verdict) : e.verdict.verdict),
          e.national.national.map(t.figure) ?? "—",
          t.text(t.vi ? l.standing(e.national.status).0 : e.national.status.rawValue),
          t.vi ? e.inheritedBy.map { _ in t(.listInherited) } ?? "" : e.inheritedBy ?? "",
        ]
      }
    }
  }

  static func title(_ a: Alignment, _ t: ListingText) -> String {
    let name = t.catalog.regions.first { $0.id == a.region }?.name ?? a.region
    guard t.vi else {
      let basis =
        a.basis.map {
          $0 == .inferred ? "membership inferred, not official" : "official membership"
        }
        ?? "membership not defined"
      return
        "\(name) (\(a.region)), geography \(a.geography.rawValue): \(a.members.count) provinces, \(basis)"
    }
    let basis =
      a.basis.map { $0 == .inferred ? t(.listMembershipInferred) : t(.listMembershipOfficial) }
      ?? t(.listMembershipUndefined)
    return t.text(
      "\(name), \(t(.listGeography)) \(a.geography.rawValue): \(a.members.count) "
        + "\(t(.listProvinces)), \(basis)")
  }

  static func notes(_ a: Alignment, _ t: ListingText) -> [String] {
    let l = t.l
    return a.groups.flatMap { g in
      g.entries.flatMap { e -> [String] in
        var lines: [String] = []
        let head = GapsListing.about(g.indicator, g.year, t)
        if case .comparableWithCaveat(let caveats) = e.verdict {
          lines += caveats.map {
            t.vi ? head + t.text(t.caveat($0)) : "\(g.indicator) \(g.year): \($0)"
          }
        }
        if !e.national.note.isEmpty {
          lines.append(
            t.vi
              ? head + t.id(e.target.id) + t.text(" \(l(.listVsNational)): " + nationalNote(e, t))
              : "\(g.indicator) \(g.year) \(e.target.id) vs national: \(e.national.note)")
        }
        return lines
      }
    }
  }

  /// Why this national target was used, in Vietnamese (the engine's note is English).
  static func nationalNote(_ e: Alignment.Entry, _ t: ListingText) -> String {
    guard let national = e.national.national else { return "" }
    if e.national.status == .notComparable,
      case .notComparable(let reason) = t.catalog.comparability(e.target, national)
    {
      return t.l.reason(reason)
    }
    return t.l(.listNationalChoice) + " " + national.id
  }

  private static func text(_ a: Alignment, _ t: ListingText) -> String {
    var out = title(a, t) + "\n\n"
    out += t.table(header(t), rows(a, t))
    let notes = notes(a, t)
    if !notes.isEmpty { out += "\n\(t(.listCaveats))\n" + notes.map(t.bullet).joined() }
    out += "\n\(t(.listNotComparable)) (\(a.notComparable.count))\n"
    out += t.table(excludedHeader(t), excludedRows(a.notComparable, t))
    out += "\n\(t(.listOutside)) (\(a.excluded.count))\n"
    out += t.table(excludedHeader(t), excludedRows(a.excluded, t))
    return out
  }

  static func excludedHeader(_ t: ListingText) -> [String] {
    [t(.listTarget), t(.listGeo), t(.listIndicator), t(.listReason)]
  }

  static func excludedRows(_ list: [Alignment.Excluded], _ t: ListingText) -> [[String]] {
    list.map {
      [
        t.id($0.target.id), t.geo($0.target.geo), t.indicator($0.target.indicator),
        t.text(t.vi ? t.l.exclusion($0.cause) : $0.reason),
      ]
    }
  }

  private static func markdown(_ a: Alignment, _ t: ListingText) -> String {
    var out = t.heading(title(a, t), level: 1) + "\n\n"
    out += t.table(header(t), rows(a, t))
    let notes = notes(a, t)
    if !notes.isEmpty {
      out += "\n" + t.heading(t(.listCaveats)) + "\n\n" + notes.map(t.bullet).joined()
    }
    out +=
      "\n" + t.heading(t(.listNotComparable)) + "\n\n"
      + t.table(excludedHeader(t), excludedRows(a.notComparable, t))
    out +=
      "\n" + t.heading(t(.listOutside)) + "\n\n"
      + t.table(excludedHeader(t), excludedRows(a.excluded, t))
    return out
  }

  /// The bound columns appended to each CSV row: the target's and the national target's
  /// comparator, low and high (empty without a figure).
  static let boundColumns = [
    "comparator", "value_low", "value_high", "national_comparator", "national_low",
    "national_high",
  ]

  private static func csv(_ a: Alignment, _ catalog: Catalog) -> String {
    let names = header.map { $0.replacingOccurrences(of: " ", with: "_") }
    var out = CSVWriter.row(["section"] + names + ["detail"] + boundColumns)
    let entries = a.groups.flatMap(\.entries)
    // the English listing's cells: CSV is the same whatever the language
    let english = ListingText(Localizer(.en), catalog, markdown: false)
    for (row, entry) in zip(rows(a, english), entries) {
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
