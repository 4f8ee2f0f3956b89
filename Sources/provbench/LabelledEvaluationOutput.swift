import Extraction
import Foundation
import Reports
import Support

/// `provbench extract --evaluate DIR` as a table, CSV, Markdown or JSON (docs/formats.md,
/// "Evaluating on a labelled set").
enum LabelledEvaluationOutput {
  static let header = [
    "file", "targets_expected", "targets_proposed", "targets_matched", "target_precision",
    "target_recall", "target_year_accuracy", "non_targets_proposed", "observations_expected",
    "observations_proposed", "observations_matched", "observation_precision",
    "observation_recall", "observation_year_accuracy",
  ]

  static func render(_ evaluation: LabelledEvaluation, _ format: ExtractCommand.Format) -> String {
    let all = evaluation.files + [evaluation.overall]
    switch format {
    case .json:
      return JSON.document(
        "evaluation",
        [
          ("files", .array(evaluation.files.map(json))),
          ("overall", json(evaluation.overall)),
        ]
      ).rendered() + "\n"
    case .csv:
      return CSVWriter.row(header) + all.map { CSVWriter.row(fields($0, plain: true)) }.joined()
    case .md:
      return MarkdownTable(header: header, rows: all.map { fields($0, plain: false) }).rendered()
    case .table:
      let short = [
        "file", "targets", "proposed", "matched", "precision", "recall", "year ok",
        "non-targets proposed", "observations", "obs. proposed",
      ]
      let rows = all.map { c in
        [
          c.file, "\(c.targetsExpected)", "\(c.targetsProposed)", "\(c.targetsMatched)",
          ratio(c.targetPrecision), ratio(c.targetRecall), ratio(c.targetYearAccuracy),
          "\(c.nonTargetsProposed)", "\(c.observationsExpected)", "\(c.observationsProposed)",
        ]
      }
      let overall = evaluation.overall
      return TextTable(header: short, rows: rows).rendered()
        + "\nA proposed target matches a figure labelled as a target, a proposed observation one"
        + " labelled as a past\nresult, when the figures as written are equal and its quote's"
        + " lines contain the figure's line.\nyear ok: matched targets whose horizon is the"
        + " labelled year. non-targets proposed: past results\nproposed as targets."
        + " Observations: \(overall.observationsMatched) of \(overall.observationsProposed)"
        + " proposed matched, of \(overall.observationsExpected) labelled.\n"
    }
  }

  private static func fields(_ c: LabelledEvaluation.Counts, plain: Bool) -> [String] {
    func r(_ x: Double?) -> String { plain ? x.map(NumberFormat.data) ?? "" : ratio(x) }
    return [
      c.file, "\(c.targetsExpected)", "\(c.targetsProposed)", "\(c.targetsMatched)",
      r(c.targetPrecision), r(c.targetRecall), r(c.targetYearAccuracy), "\(c.nonTargetsProposed)",
      "\(c.observationsExpected)", "\(c.observationsProposed)", "\(c.observationsMatched)",
      r(c.observationPrecision), r(c.observationRecall), r(c.observationYearAccuracy),
    ]
  }

  private static func json(_ c: LabelledEvaluation.Counts) -> JSON {
    .object([
      ("file", .string(c.file)),
      (
        "targets",
        .object([
          ("expected", .number(Double(c.targetsExpected))),
          ("proposed", .number(Double(c.targetsProposed))),
          ("matched", .number(Double(c.targetsMatched))),
          ("years_right", .number(Double(c.targetYearsRight))),
          ("non_targets_proposed", .number(Double(c.nonTargetsProposed))),
          ("precision", .optional(c.targetPrecision)),
          ("recall", .optional(c.targetRecall)),
          ("year_accuracy", .optional(c.targetYearAccuracy)),
        ])
      ),
      (
        "observations",
        .object([
          ("expected", .number(Double(c.observationsExpected))),
          ("proposed", .number(Double(c.observationsProposed))),
          ("matched", .number(Double(c.observationsMatched))),
          ("years_right", .number(Double(c.observationYearsRight))),
          ("precision", .optional(c.observationPrecision)),
          ("recall", .optional(c.observationRecall)),
          ("year_accuracy", .optional(c.observationYearAccuracy)),
        ])
      ),
    ])
  }

  private static func ratio(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "–"
  }
}
