import Composite
import Support

/// Renders a variance-based sensitivity analysis (`SensitivityResult`).
public enum SensitivityListing {
  /// One row per uncertain input: first-order and total-order index with their bootstrap
  /// intervals. `table` and `md` in the localizer's language, `csv` and `json` the same in
  /// every language; an undefined index is `—`, an empty cell or `null`.
  public static func render(
    _ result: SensitivityResult, format: ListingFormat, localizer: Localizer = Localizer(.en)
  ) -> String {
    let l = localizer
    func n(_ x: Double?) -> String {
      x.map { $0.isFinite ? l.number($0, decimals: 3) : "—" } ?? "—"
    }
    func interval(_ low: Double?, _ high: Double?) -> String {
      guard let low, let high else { return "—" }
      return "\(n(low)) … \(n(high))"
    }
    let header =
      l.vi
      ? ["đầu vào", "chỉ số bậc một", "khoảng 5–95%", "chỉ số tổng", "khoảng 5–95%"]
      : ["input", "first order", "5–95%", "total order", "5–95%"]
    let rows = result.indices.map {
      [
        $0.input.rawValue, n($0.first), interval($0.firstQ5, $0.firstQ95), n($0.total),
        interval($0.totalQ5, $0.totalQ95),
      ]
    }
    let summary =
      l.vi
      ? "\(result.target): N = \(result.runs), \(result.evaluations) lần dựng, "
        + "\(result.failedRuns) lỗi, \(result.bootstrap) lần bootstrap; đầu ra: trung bình "
        + "|hạng − hạng danh nghĩa|\n"
      : "\(result.target): N = \(result.runs), \(result.evaluations) builds, "
        + "\(result.failedRuns) failed, \(result.bootstrap) bootstrap replications; output: mean "
        + "|rank − nominal rank|\n"
    let note: String
    if result.outputVariance.map({ $0 > 0 }) != true {
      note =
        l.vi
        ? "không có chỉ số: hạng không thay đổi giữa các lần dựng (phương sai đầu ra bằng 0)\n"
        : "no indices: the ranks do not change between builds (the output's variance is 0)\n"
    } else if result.rowsUsed < result.runs {
      note =
        l.vi
        ? "chỉ dùng \(result.rowsUsed)/\(result.runs) hàng của thiết kế: các hàng có lần dựng lỗi bị bỏ\n"
        : "\(result.rowsUsed) of \(result.runs) design rows used: rows with a failed build are left out\n"
    } else {
      note = ""
    }
    switch format {
    case .table: return summary + note + TextTable(header: header, rows: rows).rendered()
    case .md:
      return "- " + MarkdownTable.cell(summary.trimmingCharacters(in: .newlines)) + "\n"
        + (note.isEmpty
          ? "" : "- " + MarkdownTable.cell(note.trimmingCharacters(in: .newlines)) + "\n")
        + "\n" + MarkdownTable(header: header, rows: rows).rendered()
    case .csv:
      return CSVWriter.row([
        "input", "first_order", "first_order_q5", "first_order_q95", "total_order",
        "total_order_q5", "total_order_q95",
      ])
        + result.indices.map {
          CSVWriter.row(
            [$0.input.rawValue]
              + [$0.first, $0.firstQ5, $0.firstQ95, $0.total, $0.totalQ5, $0.totalQ95].map(
                NumberFormat.cell))
        }.joined()
    case .json:
      func number(_ x: Double?) -> JSON { x.map { $0.isFinite ? JSON.number($0) : .null } ?? .null }
      return JSON.document(
        "sensitivity",
        [
          ("target", .string(result.target)), ("runs", .number(Double(result.runs))),
          ("evaluations", .number(Double(result.evaluations))),
          ("failed_runs", .number(Double(result.failedRuns))),
          ("rows_used", .number(Double(result.rowsUsed))),
          ("bootstrap", .number(Double(result.bootstrap))),
          ("output_variance", number(result.outputVariance)),
          (
            "indices",
            .array(
              result.indices.map {
                .object([
                  ("input", .string($0.input.rawValue)), ("first_order", number($0.first)),
                  ("first_order_q5", number($0.firstQ5)), ("first_order_q95", number($0.firstQ95)),
                  ("total_order", number($0.total)), ("total_order_q5", number($0.totalQ5)),
                  ("total_order_q95", number($0.totalQ95)),
                ])
              })
          ),
        ]
      ).rendered() + "\n"
    }
  }
}
