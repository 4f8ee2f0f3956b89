import Catalog
import Support

/// Renders conflicts inside provinces.
public enum ConflictListing {
  /// The targets that disagree and, after them, the observed values whose sources disagree
  /// (the one statistics use first, marked `observed: used`); `table` and `md` in the
  /// localizer's language, `csv` and `json` the same in every language.
  public static func render(
    _ conflicts: [Conflict], observed: [ObservedValue] = [], catalog: Catalog,
    format: ListingFormat, localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table, .md:
      let t = ListingText(localizer, catalog, markdown: format == .md)
      let (header, rows, observedRows) = table(conflicts, observed, t)
      let rule =
        t.vi
        ? t(.listObservedRule)
        : "Observed values: where sources differ, statistics use "
          + ObservedValue.order + "."
      guard !observedRows.isEmpty else { return t.table(header, rows) }
      return t.table(header, rows) + "\n" + (t.markdown ? MarkdownTable.cell(rule) : rule)
        + "\n\n" + t.table(header, observedRows)
    case .csv:
      let english = ListingText(Localizer(.en), catalog, markdown: false)
      let (header, rows, observedRows) = table(conflicts, observed, english)
      return CSVWriter.row(header) + (rows + observedRows).map(CSVWriter.row).joined()
    case .json:
      return JSON.document(
        "conflicts",
        [
          ("targets", .array(conflicts.map(json))), ("observations", .array(observed.map(json))),
        ]
      ).rendered() + "\n"
    }
  }

  /// The header, the conflicting targets' rows and the observed values' rows in `t`'s words.
  static func table(_ conflicts: [Conflict], _ observed: [ObservedValue], _ t: ListingText) -> (
    [String], [[String]], [[String]]
  ) {
    let l = t.l
    let header = [
      t(.listGeo), t(.listYear), t(.listKind), t(.listTarget), t(.listIndicator), t(.listFigure),
      t(.listDocument),
    ]
    let rows = conflicts.flatMap { c in
      c.targets.map { target in
        [
          t.geo(c.geo), String(c.year), t.text(t.vi ? l.conflictKind(c.kind) : c.kind.rawValue),
          t.id(target.id), t.indicator(target.indicator), t.figure(target),
          t.id(target.provenance.source),
        ]
      }
    }
    let observedRows = observed.flatMap { v in
      ([v.chosen] + v.others).enumerated().map { index, o in
        [
          t.geo(o.geo), String(o.year),
          t.text(t(index == 0 ? .listObservedUsed : .listObservedAlso)),
          t.id(o.id), t.indicator(o.indicator),
          t.number((o.isApproximate ? "~ " : "") + NumberFormat.plain(o.value))
            + t.text(
              " (\(t.vi ? l.confidence(o.provenance.confidence) : o.provenance.confidence.rawValue))"
            ),
          t.id(o.provenance.source),
        ]
      }
    }
    return (header, rows, observedRows)
  }

  static func json(_ v: ObservedValue) -> JSON {
    func item(_ o: Observation) -> JSON {
      .object([
        ("id", .string(o.id)), ("value", .number(o.value)),
        ("approximate", .bool(o.isApproximate)),
        ("confidence", .string(o.provenance.confidence.rawValue)),
        ("source", .string(o.provenance.source)),
      ])
    }
    return .object([
      ("geo", .string(v.chosen.geo)), ("year", .number(Double(v.year))),
      ("kind", .string("conflicting observations")), ("indicator", .string(v.chosen.indicator)),
      ("used", item(v.chosen)), ("others", .array(v.others.map(item))),
      ("rule", .string(ObservedValue.order)),
    ])
  }

  static func json(_ c: Conflict) -> JSON {
    .object([
      ("geo", .string(c.geo)), ("year", .number(Double(c.year))),
      ("kind", .string(c.kind.rawValue)),
      (
        "targets",
        .array(
          c.targets.map { t in
            .object([
              ("id", .string(t.id)), ("indicator", .string(t.indicator)),
              ("figure", .string(TargetListing.figure(t))),
              ("document", .string(t.provenance.source)),
            ])
          })
      ),
    ])
  }
}
