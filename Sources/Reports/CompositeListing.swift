import Benchmark
import Catalog
import Composite
import Foundation
import Support

/// Renders a composite build and an uncertainty analysis.
public enum CompositeListing {
  /// Scores and ranks of the top node and every aggregate, best first; `table` and `md` in
  /// the localizer's language, `csv` and `json` the same in every language.
  public static func index(
    _ result: CompositeResult, names: [String: String], format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    let l = localizer
    let aggregates = result.framework.nodes.filter { $0.level > 1 }.map(\.code).reversed()
    guard let top = result.framework.topLevelCodes.first, let topRanks = result.ranks(top) else {
      return ""
    }
    let order = result.unitCodes.indices.sorted {
      (topRanks[$0] ?? .max, result.unitCodes[$0]) < (topRanks[$1] ?? .max, result.unitCodes[$1])
    }
    let header = ["rank", "unit", "name"] + Array(aggregates)
    let rows = order.map { unit -> [String] in
      [
        topRanks[unit].map(String.init) ?? "—", result.unitCodes[unit],
        names[result.unitCodes[unit]] ?? "",
      ]
        + aggregates.map { code in
          guard let scores = result.scores(code) else { return "—" }
          let value = scores[scores.startIndex + unit]
          return value.isNaN ? "—" : l.numeric(NumberFormat.plain((value * 100).rounded() / 100))
        }
    }
    let shown = [l(.listRank), l(.listUnitCode), l(.listName)] + Array(aggregates)
    switch format {
    case .table:
      let removed =
        result.removedUnits.isEmpty
        ? "" : "\nremoved by screening: " + result.removedUnits.joined(separator: ", ") + "\n"
      let silent = result.indicatorsWithoutScores
      let unscored =
        silent.isEmpty
        ? ""
        : "\nindicators without any score (all missing, or one value everywhere): "
          + silent.joined(separator: ", ") + "\n"
      guard l.vi else {
        return TextTable(header: header, rows: rows).rendered() + removed + unscored
      }
      return TextTable(header: shown, rows: rows).rendered()
        + (result.removedUnits.isEmpty
          ? ""
          : "\n\(l(.listRemovedByScreening)): " + result.removedUnits.joined(separator: ", ") + "\n")
        + (silent.isEmpty
          ? "" : "\n\(l(.listWithoutScores)): " + silent.joined(separator: ", ") + "\n")
    case .csv:
      // tidy: scores unrounded, empty where missing (the table rounds and shows "—")
      return CSVWriter.row(header)
        + order.map { unit in
          CSVWriter.row(
            [
              topRanks[unit].map(String.init) ?? "", result.unitCodes[unit],
              names[result.unitCodes[unit]] ?? "",
            ]
              + aggregates.map { code in
                let score = result.scores(code).map { $0[$0.startIndex + unit] }
                return NumberFormat.cell(score)
              })
        }.joined()
    case .md: return markdown(l.vi ? shown : header, rows, codeColumn: l.vi ? 1 : nil)
    case .json:
      // scores unrounded (the table rounds them to 2 decimals), null where missing
      return JSON.document(
        "index",
        [
          ("top", .string(top)),
          ("removed_by_screening", .array(result.removedUnits.map(JSON.string))),
          (
            "units",
            .array(
              order.map { unit in
                .object(
                  [
                    ("rank", topRanks[unit].map { .number(Double($0)) } ?? .null),
                    ("unit", .string(result.unitCodes[unit])),
                    ("name", .string(names[result.unitCodes[unit]] ?? "")),
                  ]
                    + aggregates.map { code in
                      let score = result.scores(code).map { $0[$0.startIndex + unit] }
                      return (code, score.map { JSON.number($0) } ?? .null)
                    })
              })
          ),
        ]
      ).rendered() + "\n"
    }
  }

  /// Nominal rank and the distribution of ranks over the runs, in nominal rank order.
  /// `table` and `md` are in the localizer's language, `csv` and `json` the same in every one.
  public static func uncertainty(
    _ result: UncertaintyResult, names: [String: String], format: ListingFormat,
    localizer: Localizer = Localizer(.en)
  ) -> String {
    let l = localizer
    let units = result.units.sorted {
      ($0.nominalRank ?? .max, $0.unit) < ($1.nominalRank ?? .max, $1.unit)
    }
    let header = [
      "unit", "name", "nominal score", "nominal rank", "mean rank", "median rank", "Q5", "Q95",
    ]
    func n(_ x: Double) -> String {
      x.isNaN ? "—" : l.numeric(NumberFormat.plain((x * 100).rounded() / 100))
    }
    let shown =
      l.vi
      ? [
        l(.listUnitCode), l(.listName), l(.listNominalScore), l(.listNominalRank),
        l(.listMeanRank), l(.listMedianRank), "Q5", "Q95",
      ] : header
    let rows = units.map { u in
      [
        u.unit, names[u.unit] ?? "", n(u.nominalScore), u.nominalRank.map(String.init) ?? "—",
        n(u.meanRank), n(u.medianRank), n(u.q5Rank), n(u.q95Rank),
      ]
    }
    let summary =
      l.vi
      ? "\(l(.listCompositeTarget)) \(result.target): \(result.runs) \(l(.listRuns)), "
        + "\(result.failedRuns) \(l(.listFailed))\n"
      : "target \(result.target): \(result.runs) runs, \(result.failedRuns) failed\n"
    switch format {
    case .table: return summary + TextTable(header: shown, rows: rows).rendered()
    case .csv:
      let data = NumberFormat.cell
      return CSVWriter.row([
        "unit", "name", "nominal_score", "nominal_rank", "mean_rank", "median_rank", "q5_rank",
        "q95_rank",
      ])
        + units.map { u in
          CSVWriter.row([
            u.unit, names[u.unit] ?? "", data(u.nominalScore),
            u.nominalRank.map(String.init) ?? "", data(u.meanRank), data(u.medianRank),
            data(u.q5Rank), data(u.q95Rank),
          ])
        }.joined()
    case .md:
      return "- " + MarkdownTable.cell(summary.trimmingCharacters(in: .newlines)) + "\n\n"
        + markdown(shown, rows, codeColumn: l.vi ? 0 : nil)
    case .json:
      return JSON.document(
        "uncertainty",
        [
          ("target", .string(result.target)), ("runs", .number(Double(result.runs))),
          ("failed_runs", .number(Double(result.failedRuns))),
          (
            "units",
            .array(
              units.map { u in
                .object([
                  ("unit", .string(u.unit)),
                  ("nominal_score", u.nominalScore.isNaN ? .null : .number(u.nominalScore)),
                  ("nominal_rank", u.nominalRank.map { .number(Double($0)) } ?? .null),
                  ("mean_rank", u.meanRank.isNaN ? .null : .number(u.meanRank)),
                  ("median_rank", u.medianRank.isNaN ? .null : .number(u.medianRank)),
                  ("q5_rank", u.q5Rank.isNaN ? .null : .number(u.q5Rank)),
                  ("q95_rank", u.q95Rank.isNaN ? .null : .number(u.q95Rank)),
                ])
              })
          ),
        ]
      ).rendered() + "\n"
    }
  }

  /// A Markdown table whose column `codeColumn` (the unit codes) is shown as code spans, as
  /// Vietnamese listings show ids; a plain escaped table without one.
  static func markdown(_ header: [String], _ rows: [[String]], codeColumn: Int?) -> String {
    guard let codeColumn else { return MarkdownTable(header: header, rows: rows).rendered() }
    var table = MarkdownTable(
      header: header.map(MarkdownTable.cell),
      rows: rows.map { row in
        row.enumerated().map {
          $0.offset == codeColumn ? MarkdownTable.code($0.element) : MarkdownTable.cell($0.element)
        }
      })
    table.cellsAreMarkdown = true
    return table.rendered()
  }
}
