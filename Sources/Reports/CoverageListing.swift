import Benchmark
import Catalog
import Support

/// Renders a coverage matrix: for each indicator and province, the target and the latest
/// observed value, with years and confidence.
public enum CoverageListing {
  /// The matrix in `format`: a per-indicator summary, then one row per indicator and province;
  /// `table` and `md` in the localizer's language, `csv` and `json` the same in every one.
  public static func render(
    _ m: CoverageMatrix, catalog: Catalog, format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    let t = ListingText(localizer, catalog, markdown: format == .md)
    switch format {
    case .table:
      return title(m, t) + "\n\n" + t.table(summaryHeader(t), summary(m, t)) + "\n"
        + t.table(cellHeader(t), cellRows(m, t))
    case .md:
      return t.heading(t.text(title(m, t)), level: 1) + "\n\n" + t.heading(t(.listSummary))
        + "\n\n" + t.table(summaryHeader(t), summary(m, t)) + "\n"
        + t.heading(t(.listProvinceRows)) + "\n\n" + t.table(cellHeader(t), cellRows(m, t))
    case .csv: return CSVWriter.row(csvHeader) + csvRows(m).map(CSVWriter.row).joined()
    case .json: return json(m).rendered() + "\n"
    }
  }

  static func title(_ m: CoverageMatrix, _ t: ListingText) -> String {
    let basis = t.catalog.membershipBasis(of: m.region, in: m.geography)
    guard t.vi else {
      return "Coverage of \(m.region), geography \(m.geography.rawValue)"
        + (basis == .inferred ? " (membership inferred, not official)" : "")
        + ": targets for \(m.year) and the latest observed value of \(m.provinces.count) provinces"
    }
    return "\(t(.coverageTitle)) \(t.catalog.geoName(m.region)), \(t(.listGeography)) "
      + m.geography.rawValue
      + (basis == .inferred ? " (\(t(.listMembershipInferred)))" : "")
      + ": \(t(.listCoverageOf)) \(m.year) \(t(.listLatestOf)) \(m.provinces.count) "
      + t(.listProvinces)
  }

  static func summaryHeader(_ t: ListingText) -> [String] {
    [t(.listIndicator), t(.listTargetsNofM), t(.listObservedNofM)]
  }

  static func summary(_ m: CoverageMatrix, _ t: ListingText) -> [[String]] {
    m.indicators.indices.map { i in
      [
        t.indicator(m.indicators[i].id), t.l.count(m.targetCount(i), of: m.provinces.count),
        t.l.count(m.observedCount(i), of: m.provinces.count),
      ]
    }
  }

  static func cellHeader(_ t: ListingText) -> [String] {
    [t(.listIndicator), t(.listProvince), t(.listTarget), t(.listLatestObserved)]
  }

  /// A target as a reader writes it: figure, period where it is one, and a mark for anything
  /// but a primary text.
  public static func targetText(_ t: Target) -> String {
    var text = t.quantity.map(TargetListing.figure) ?? "(qualitative)"
    if let horizon = t.horizon, horizon.startYear != nil { text += " [\(horizon)]" }
    if t.provenance.confidence != .primary { text += " (\(t.provenance.confidence.rawValue))" }
    return text
  }

  /// `targetText` in `t`'s language.
  static func targetText(_ target: Target, _ t: ListingText) -> String {
    guard t.vi else { return targetText(target) }
    var text = t.l.figure(target.quantity)
    if let horizon = target.horizon, horizon.startYear != nil { text += " [\(horizon)]" }
    return t.text(text + t.l.confidenceMark(target.provenance.confidence))
  }

  /// The latest observed value with its year and marks, else the period average, else `—`.
  public static func observedText(_ cell: CoverageCell) -> String {
    if let latest = cell.latest {
      let o = latest.chosen
      var text = (o.isApproximate ? "~ " : "") + FigureRange.format(o.value) + " (\(o.year))"
      if o.provenance.confidence != .primary { text += " (\(o.provenance.confidence.rawValue))" }
      if latest.isConflicting { text += " (sources differ)" }
      return text
    }
    if let p = cell.periodAverage {
      return FigureRange.format(p.value) + " (average \(p.yearText))"
    }
    return "—"
  }

  /// `observedText` in `t`'s language.
  static func observedText(_ cell: CoverageCell, _ t: ListingText) -> String {
    guard t.vi else { return observedText(cell) }
    if let latest = cell.latest {
      let o = latest.chosen
      return t.text(
        t.l.numeric((o.isApproximate ? "~ " : "") + FigureRange.format(o.value)) + " (\(o.year))"
          + t.l.confidenceMark(o.provenance.confidence)
          + (latest.isConflicting ? " (\(t.l(.sourcesDiffer).lowercased()))" : ""))
    }
    if let p = cell.periodAverage {
      return t.text(
        t.l.numeric(FigureRange.format(p.value)) + " (\(t.l(.listAverage)) \(p.yearText))")
    }
    return "—"
  }

  static func cellRows(_ m: CoverageMatrix, _ t: ListingText) -> [[String]] {
    m.indicators.indices.flatMap { i in
      m.cells[i].map { cell in
        [
          t.indicator(m.indicators[i].id), t.geo(cell.province),
          cell.targets.isEmpty
            ? "—" : cell.targets.map { targetText($0, t) }.joined(separator: "; "),
          observedText(cell, t),
        ]
      }
    }
  }

  static let csvHeader = [
    "region", "geography", "year", "indicator", "unit", "province", "n_targets", "target_ids",
    "target_comparator", "target_low", "target_high", "target_period_start", "target_confidence",
    "observed_id", "observed_year", "observed_value", "observed_approximate",
    "observed_confidence", "observed_other_ids", "period_average_id", "period_start", "period_end",
    "period_average_value",
  ]

  static func number(_ x: Double?) -> String { x.map(NumberFormat.plain) ?? "" }

  static func csvRows(_ m: CoverageMatrix) -> [[String]] {
    m.indicators.indices.flatMap { i in
      m.cells[i].map { cell in
        // one target fills the bound columns; several (documents disagree) leave them empty
        // and the ids say which to read
        let only = cell.targets.count == 1 ? cell.targets.first : nil
        let q = only?.quantity
        let chosen = cell.latest?.chosen
        return [
          m.region, m.geography.rawValue, String(m.year), m.indicators[i].id,
          m.indicators[i].unit.rawValue, cell.province, String(cell.targets.count),
          cell.targets.map(\.id).joined(separator: ";"), q.map { $0.comparator.symbol } ?? "",
          number(q.map { FigureRange($0).low }), number(q.map { FigureRange($0).high }),
          only?.horizon?.startYear.map(String.init) ?? "",
          only?.provenance.confidence.rawValue ?? "", chosen?.id ?? "",
          chosen.map { String($0.year) } ?? "", number(chosen?.value),
          chosen.map { $0.isApproximate ? "true" : "false" } ?? "",
          chosen?.provenance.confidence.rawValue ?? "",
          (cell.latest?.others ?? []).map(\.id).joined(separator: ";"),
          cell.periodAverage?.id ?? "", cell.periodAverage?.firstYear.map(String.init) ?? "",
          cell.periodAverage.map { String($0.year) } ?? "", number(cell.periodAverage?.value),
        ]
      }
    }
  }

  static func json(_ m: CoverageMatrix) -> JSON {
    .document(
      "coverage",
      [
        ("region", .string(m.region)), ("geography", .string(m.geography.rawValue)),
        ("year", .number(Double(m.year))),
        ("provinces", .array(m.provinces.map { .string($0.id) })),
        (
          "indicators",
          .array(
            m.indicators.indices.map { i in
              .object([
                ("indicator", .string(m.indicators[i].id)),
                ("targets_n", .number(Double(m.targetCount(i)))),
                ("observed_n", .number(Double(m.observedCount(i)))),
                ("m", .number(Double(m.provinces.count))),
                (
                  "cells",
                  .array(
                    m.cells[i].map { cell in
                      .object([
                        ("province", .string(cell.province)),
                        (
                          "targets",
                          .array(
                            cell.targets.map { t in
                              .object([
                                ("id", .string(t.id)),
                                ("figure", .string(t.quantity.map(TargetListing.figure) ?? "")),
                                ("low", t.quantity.map { .number(FigureRange($0).low) } ?? .null),
                                ("high", t.quantity.map { .number(FigureRange($0).high) } ?? .null),
                                (
                                  "period_start",
                                  t.horizon?.startYear.map { .number(Double($0)) } ?? .null
                                ),
                                ("confidence", .string(t.provenance.confidence.rawValue)),
                              ])
                            })
                        ),
                        ("observed", observedJSON(cell)),
                      ])
                    })
                ),
              ])
            })
        ),
      ])
  }

  static func observedJSON(_ cell: CoverageCell) -> JSON {
    if let latest = cell.latest {
      let o = latest.chosen
      return .object([
        ("id", .string(o.id)), ("year", .number(Double(o.year))), ("value", .number(o.value)),
        ("approximate", .bool(o.isApproximate)),
        ("confidence", .string(o.provenance.confidence.rawValue)),
        ("other_sources", .array(latest.others.map { .string($0.id) })),
        ("period_average", .bool(false)),
      ])
    }
    if let p = cell.periodAverage {
      return .object([
        ("id", .string(p.id)), ("year", .number(Double(p.year))), ("value", .number(p.value)),
        ("first_year", p.firstYear.map { .number(Double($0)) } ?? .null),
        ("confidence", .string(p.provenance.confidence.rawValue)),
        ("period_average", .bool(true)),
      ])
    }
    return .null
  }
}
