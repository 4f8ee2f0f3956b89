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
  /// The targets in `format`; `table` and `md` in the localizer's language, `csv` (the
  /// `targets.csv` format) and `json` the same in every language.
  public static func render(
    _ targets: [Target], catalog: Catalog, format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table:
      let t = ListingText(localizer, catalog, markdown: false)
      return t.table(
        [
          t(.listID), t(.listGeo), t(.listIndicator), t(.listYear), t(.listTarget), t(.listUnit),
          t(.listKind), t(.listDocument),
        ],
        targets.map { target in
          [
            target.id, t.geo(target.geo), t.indicator(target.indicator),
            target.horizon?.description ?? "—", figure(target, t), unit(target.unit, t),
            kind(target.kind, t), target.provenance.source,
          ]
        })
    case .csv:
      return CSVWriter.row(csvHeader) + targets.map { CSVWriter.row(csvFields($0)) }.joined()
    case .json:
      return JSON.document(
        "targets", [("targets", .array(targets.map { json($0, catalog: catalog) }))]
      )
      .rendered() + "\n"
    case .md:
      let t = ListingText(localizer, catalog, markdown: true)
      return t.table(
        [
          t(.listID), t(.listGeo), t(.listIndicator), t(.listYear), t(.listTarget), t(.listUnit),
          t(.listDocument), t(.listQuote),
        ],
        targets.map { target in
          [
            t.id(target.id), t.vi ? t.geo(target.geo) : catalog.geoName(target.geo),
            t.indicator(target.indicator), target.horizon?.description ?? "—",
            figure(target, t), unit(target.unit, t), t.id(target.provenance.source),
            t.text(target.provenance.quote),
          ]
        })
    }
  }

  /// The figure in `t`'s language: `≥ 37,6`, `(định tính)`.
  static func figure(_ target: Target, _ t: ListingText) -> String {
    t.vi ? t.text(t.l.figure(target.quantity)) : figure(target)
  }

  /// The unit's code in English, its words in Vietnamese.
  static func unit(_ unit: Unit, _ t: ListingText) -> String {
    t.vi ? t.text(t.l.unit(unit)) : unit.rawValue
  }

  /// The kind's code in English, its words in Vietnamese.
  static func kind(_ kind: TargetKind, _ t: ListingText) -> String {
    t.text(Self.kind(kind, t.l))
  }

  /// The kind's code in English, its words in Vietnamese (unescaped).
  static func kind(_ kind: TargetKind, _ l: Localizer) -> String {
    guard l.vi else { return kind.rawValue }
    switch kind {
    case .quantitative: return l(.listQuantitative)
    case .rank: return l(.listRankKind)
    case .qualitative: return l(.listQualitative)
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
