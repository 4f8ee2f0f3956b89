import Catalog

/// Renders conflicts inside provinces.
public enum ConflictListing {
  public static func render(_ conflicts: [Conflict], catalog: Catalog, format: ListingFormat)
    -> String
  {
    let header = ["geo", "year", "kind", "target", "indicator", "figure", "document"]
    let rows = conflicts.flatMap { c in
      c.targets.map { t in
        [
          c.geo, String(c.year), c.kind.rawValue, t.id, t.indicator, TargetListing.figure(t),
          t.provenance.source,
        ]
      }
    }
    switch format {
    case .table: return TextTable(header: header, rows: rows).rendered()
    case .md: return MarkdownTable(header: header, rows: rows).rendered()
    case .csv: return CSVWriter.row(header) + rows.map(CSVWriter.row).joined()
    case .json: return JSON.array(conflicts.map(json)).rendered() + "\n"
    }
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
