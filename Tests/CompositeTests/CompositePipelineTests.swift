import Foundation
import Testing

@testable import Composite

/// The ASEM build against COINr 1.1.14's own output, step by step.
@Suite struct CompositePipelineTests {
  func result() throws -> CompositeResult { try ReferenceFixtures.asemResult.get() }

  /// Compares one step's data set with COINr's and reports the largest relative error.
  func check(_ table: CompositeTable?, against file: String) throws {
    let actual = try #require(table, "the step's data set is kept")
    let expected = try ReferenceFixtures.table(file, unitCodes: actual.unitCodes)
    #expect(Set(actual.columnCodes) == Set(expected.columnCodes), "\(file) columns")
    let (worst, mismatches) = ReferenceFixtures.compare(actual, expected)
    print("\(file): max relative error \(worst)")
    #expect(mismatches.isEmpty, "\(mismatches.count) cells differ: \(mismatches.prefix(5))")
  }

  @Test func denominatedMatchesCOINr() throws {
    try check(result().denominated, against: "denominated.csv")
  }

  @Test func imputedByGroupMeanMatchesCOINr() throws {
    try check(result().imputed, against: "imputed.csv")
  }

  @Test func screenedKeepsEveryUnitAsCOINrDoes() throws {
    let result = try result()
    #expect(result.removedUnits.isEmpty)
    #expect(result.unitCodes.count == 51)
    try check(result.screened, against: "screened.csv")
  }

  @Test func treatedMatchesCOINr() throws {
    try check(result().treated, against: "treated.csv")
  }

  @Test func treatmentDetailsMatchCOINr() throws {
    let records = try result().treatment
    let (header, rows) = try ReferenceFixtures.csv("treated_details.csv")
    #expect(header.first == "iCode")
    #expect(records.count == rows.count)
    let byCode = Dictionary(uniqueKeysWithValues: records.map { ($0.indicator, $0) })
    var worst = 0.0
    for row in rows {
      let record = try #require(byCode[row[0]], "record for \(row[0])")
      #expect(record.passedBefore == (row[1] == "TRUE"), "\(row[0]) pass before")
      #expect(isClose(record.skewBefore, Double(row[2]) ?? .nan), "\(row[0]) skew")
      #expect(isClose(record.kurtosisBefore, Double(row[3]) ?? .nan), "\(row[0]) kurtosis")
      if row[4] == "NA" {
        #expect(record.winsorisedPoints == 0 && record.skewAfter == nil, "\(row[0]) untreated")
      } else {
        #expect(record.winsorisedPoints == Int(row[4]), "\(row[0]) points")
        #expect(record.passedAfter == (row[5] == "TRUE"), "\(row[0]) pass after")
        #expect(isClose(record.skewAfter ?? .nan, Double(row[6]) ?? .nan), "\(row[0]) skew after")
        #expect(
          isClose(record.kurtosisAfter ?? .nan, Double(row[7]) ?? .nan), "\(row[0]) kurt after")
      }
      #expect(!record.logTransformed)
      let pairs = [
        (record.skewBefore, row[2]), (record.kurtosisBefore, row[3]),
        (record.skewAfter ?? .nan, row[6]), (record.kurtosisAfter ?? .nan, row[7]),
      ]
      for (actual, field) in pairs {
        guard let expected = Double(field) else { continue }
        worst = max(worst, abs(actual - expected) / abs(expected))
      }
    }
    print("treated_details.csv: max relative error \(worst)")
  }

  @Test func normalisedMatchesCOINr() throws {
    try check(result().normalised, against: "normalised.csv")
  }

  @Test func aggregatedMatchesCOINr() throws {
    try check(result().aggregated, against: "aggregated.csv")
  }

  @Test func ranksAndRoundedScoresMatchResultsFull() throws {
    let result = try result()
    let (header, rows) = try ReferenceFixtures.csv("results_full.csv")
    let ranks = try #require(result.ranks("Index"))
    let rankByUnit = Dictionary(uniqueKeysWithValues: zip(result.unitCodes, ranks))
    for row in rows {
      #expect(rankByUnit[row[0]] == Int(row[1]), "rank of \(row[0])")
      for (column, field) in zip(header, row).dropFirst(2) {
        let score = try #require(result.aggregated.value(unit: row[0], column: column))
        #expect(
          ((score * 100).rounded() / 100 - (Double(field) ?? .nan)).magnitude < 1e-9,
          "\(row[0]) \(column): \(score) rounds to \(field)")
      }
    }
  }

  @Test func headlineMatchesThePublishedRanking() throws {
    let result = try result()
    let ranks = try #require(result.ranks("Index"))
    let scores = try #require(result.scores("Index"))
    let top = zip(result.unitCodes, zip(ranks, scores)).sorted { $0.1.0 ?? 99 < $1.1.0 ?? 99 }
      .prefix(4)
    #expect(top.map(\.0) == ["CHE", "NLD", "DNK", "NOR"])
    #expect(top.map { ($0.1.1 * 100).rounded() / 100 } == [68.38, 64.82, 64.80, 64.47])
  }
}
