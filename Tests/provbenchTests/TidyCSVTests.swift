import Foundation
import Support
import TestSupport
import Testing

/// The CSV of the commands whose columns are settled (docs/formats.md) is tidy: a header of
/// snake_case names, the same number of fields in every row, numbers that parse as numbers
/// in the numeric columns, `true`/`false` in the flag columns, empty for missing.
@Suite struct TidyCSVTests {
  static let cases: [(arguments: [String], numeric: [String], flags: [String])] = [
    (
      ["rank", "--indicator", "digital_economy_share_grdp", "--year", "2030"],
      ["rank", "value_low", "value_high", "z", "percentile", "observed_year"],
      ["tied", "inherited", "conflicting"]
    ),
    (
      ["gaps", "lai-chau"],
      [
        "year", "value_low", "value_high", "mean_low", "mean_high", "n", "m", "median_low",
        "median_high", "weighted_low", "weighted_high", "weighted_n", "weight_year",
        "national_low", "national_high", "gap_to_mean_low", "gap_to_mean_high",
        "gap_to_national_low", "gap_to_national_high", "gap_to_leader_low", "gap_to_leader_high",
        "z", "percentile", "rank", "ranked", "members", "observed_value", "observed_year",
      ],
      ["inherited", "conflicting", "tied"]
    ),
    (
      ["align", "--indicator", "digital_economy_share_grdp"],
      ["year", "value_low", "value_high", "national_low", "national_high"], []
    ),
    (
      ["compare", "thai-nguyen", "lai-chau"],
      [
        "difference_low", "difference_high", "first_low", "first_high", "second_low", "second_high",
      ],
      []
    ),
    (
      ["index", "--spec", "datasets/composite/asem.json"],
      ["rank", "Index", "Sust", "Conn"], []
    ),
    (
      ["uncertainty", "--spec", "datasets/composite/asem.json", "--runs", "20"],
      ["nominal_score", "nominal_rank", "mean_rank", "median_rank", "q5_rank", "q95_rank"], []
    ),
    (["audit", "--spec", "datasets/composite/asem.json"], ["level", "value"], []),
    (
      ["sensitivity", "--spec", "datasets/composite/asem.json", "--runs", "20"],
      [
        "first_order", "first_order_q5", "first_order_q95", "total_order", "total_order_q5",
        "total_order_q95",
      ], []
    ),
    (
      ["coverage"],
      ["year", "n_targets", "target_low", "target_high", "observed_year", "observed_value"],
      []
    ),
  ]

  @Test(arguments: cases.indices)
  func numericColumnsParseAsNumbers(_ index: Int) throws {
    let (arguments, numeric, flags) = Self.cases[index]
    let run = try Runner.run(arguments + ["--format", "csv"])
    #expect(run.status == 0, "\(run.stderr.prefix(200))")
    let table = try CSVReader.read(Array(run.stdout.utf8), file: "out.csv")
    #expect(!table.records.isEmpty)
    // COINr's own codes (Index, Sust) name the composite's columns as its data does
    for name in table.header where arguments[0] != "index" {
      #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "header '\(name)'")
    }
    for record in table.records {
      #expect(record.fields.count == table.header.count, "line \(record.line)")
      for (name, field) in zip(table.header, record.fields) where !field.isEmpty {
        if numeric.contains(name) {
          #expect(Double(field)?.isFinite == true, "\(name) = '\(field)' on line \(record.line)")
        }
        if flags.contains(name) {
          #expect(field == "true" || field == "false", "\(name) = '\(field)'")
        }
      }
    }
  }

  /// `--bom` puts a UTF-8 byte-order mark before the same CSV, for Excel on Windows; it goes
  /// with `--format csv` only.
  @Test func aByteOrderMarkOnRequest() throws {
    let plain = try Runner.run(["coverage", "--format", "csv"])
    let marked = try Runner.run(["coverage", "--format", "csv", "--bom"])
    #expect(marked.status == 0)
    #expect(Array(marked.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(marked.stdout.dropFirst()) == plain.stdout)
    let misplaced = try Runner.run(["coverage", "--bom"])
    #expect(misplaced.status == 64 && misplaced.stdout.isEmpty)
    #expect(misplaced.stderr.hasPrefix("error: '--bom' goes with '--format csv'"))
  }
}
