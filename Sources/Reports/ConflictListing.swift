import Catalog
import Support

/// Renders conflicts inside provinces.
public enum ConflictListing {
  /// The targets that disagree and, after them, the observed values whose sources disagree
  /// (the one statistics use first, marked `observed: used`).
  public static func render(
    _ conflicts: [Conflict], observed: [ObservedValue] = [], catalog: Catalog,
    format: ListingFormat
  ) -> String {
    let header = ["geo", "year", "kind", "target", "indicator", "figure", "document"]
    let rows = conflicts.flatMap { c in
      c.targets.map { t in
        [
          c.geo, String(c.year), c.kind.rawValue, t.id, t.indicator, TargetListing.figure(t),
          t.provenance.source,
        ]
      }
    }
    let observedRows = observed.flatMap { v in
      ([v.chosen] + v.others).enumerated().map { index, o in
        [
          o.geo, String(o.year), index == 0 ? "observed: used" : "observed: also", o.id,
          o.indicator,
          (o.isApproximate ? "~ " : "") + NumberFormat.plain(o.value)
            + " (\(o.provenance.confidence.rawValue))",
          o.provenance.source,
        ]
      }
    }
    let rule = "Observed values: where sources differ, statistics use " + ObservedValue.order + "."
    switch format {
    case .table:
      return TextTable(header: header, rows: rows).rendered()
        + (observedRows.isEmpty
          ? ""
          : "\n" + rule + "\n\n" + TextTable(header: header, rows: observedRows).rendered())
    case .md:
      return MarkdownTable(header: header, rows: rows).rendered()
        + (observedRows.isEmpty
          ? ""
          : "\n" + MarkdownTable.cell(rule) + "\n\n"
            + MarkdownTable(header: header, rows: observedRows).rendered())
    case .csv: return CSVWriter.row(header) + (rows + observedRows).map(CSVWriter.row).joined()
    case .json:
      return JSON.document(
        "conflicts",
        [
          ("targets", .array(conflicts.map(json))), ("observations", .array(observed.map(json))),
        ]
      ).rendered() + "\n"
    }
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
