import Catalog
import Support

/// The output formats of target listings.
public enum ListingFormat: String, Sendable, CaseIterable {
  case table
  case csv
  case json
  case md
}

/// Renders a list of targets as a terminal table, CSV (the `targets.csv` format, so a listing
/// loads back as data), JSON or Markdown.
public enum TargetListing {
  /// The targets in `format`.
  public static func render(_ targets: [Target], catalog: Catalog, format: ListingFormat) -> String
  {
    switch format {
    case .table:
      return TextTable(
        header: ["id", "geo", "indicator", "year", "target", "unit", "kind", "document"],
        rows: targets.map { t in
          [
            t.id, t.geo, t.indicator, t.horizon?.description ?? "—", figure(t), t.unit.rawValue,
            t.kind.rawValue, t.provenance.source,
          ]
        }
      ).rendered()
    case .csv:
      return CSVWriter.row(csvHeader) + targets.map { CSVWriter.row(csvFields($0)) }.joined()
    case .json:
      return JSON.document(
        "targets", [("targets", .array(targets.map { json($0, catalog: catalog) }))]
      )
      .rendered() + "\n"
    case .md:
      return MarkdownTable(
        header: ["id", "geo", "indicator", "year", "target", "unit", "document", "quote"],
        rows: targets.map { t in
          [
            t.id, catalog.geoName(t.geo), t.indicator, t.horizon?.description ?? "—", figure(t),
            t.unit.rawValue, t.provenance.source, t.provenance.quote,
          ]
        }
      ).rendered()
    }
  }

  /// The figure as read: `≥ 40`, `~ 9–10`, `16–18`, or `(qualitative)`.
  public static func figure(_ target: Target) -> String { figure(target.quantity) }

  /// The figure of a quantity as read; `(qualitative)` for none.
  public static func figure(_ quantity: Quantity?) -> String {
    quantity?.reading ?? "(qualitative)"
  }

  static let csvHeader = [
    "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
    "document", "section", "quote", "label", "confidence", "caveat", "note",
  ]

  static func csvFields(_ t: Target) -> [String] {
    [
      t.id, t.geo, t.indicator, t.unit.rawValue, t.horizon?.csv ?? "",
      t.quantity?.comparator.rawValue ?? "", t.quantity.map { NumberFormat.plain($0.value) } ?? "",
      t.quantity?.valueHigh.map(NumberFormat.plain) ?? "", t.kind.rawValue, t.provenance.source,
      t.provenance.section, t.provenance.quote, t.label, t.provenance.confidence.rawValue, t.caveat,
      t.note,
    ]
  }

  static func json(_ t: Target, catalog: Catalog) -> JSON {
    .object([
      ("id", .string(t.id)),
      ("geo", .string(t.geo)),
      ("geo_name", .string(catalog.geoName(t.geo))),
      ("indicator", .string(t.indicator)),
      ("unit", .string(t.unit.rawValue)),
      ("year", t.horizon.map { .number(Double($0.year)) } ?? .null),
      ("period_start", t.horizon?.startYear.map { .number(Double($0)) } ?? .null),
      ("kind", .string(t.kind.rawValue)),
      ("comparator", .optional(t.quantity?.comparator.rawValue)),
      ("value", .optional(t.quantity?.value)),
      ("value_high", .optional(t.quantity?.valueHigh)),
      ("document", .string(t.provenance.source)),
      ("section", .string(t.provenance.section)),
      ("quote", .string(t.provenance.quote)),
      ("confidence", .string(t.provenance.confidence.rawValue)),
      ("label", .string(t.label)),
      ("caveat", .string(t.caveat)),
      ("note", .string(t.note)),
    ])
  }
}
