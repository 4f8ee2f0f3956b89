import Foundation
import Testing

@testable import Composite

@Suite struct WinsorisationTests {
  /// COINr's documentation example: 1…10 with two outliers.
  let example: [Double] = Array(1...10).map(Double.init) + [30, 100]
  /// 1…20 with three outliers: needs two points, or the log fallback with one.
  let heavy: [Double] = Array(1...20).map(Double.init) + [100, 200, 400]

  func treat(_ values: [Double], _ treatment: Winsorisation) -> ([Double], TreatmentRecord) {
    var copy = values
    let record = copy.withUnsafeMutableBufferPointer { treatment.treat($0, code: "x") }
    return (copy, record)
  }

  @Test func skewAndKurtosisAreE1071TypeTwo() {
    // Values from the closed forms in docs/composite.md (also Excel's SKEW and KURT).
    var values = example
    let (skew, kurtosis) = values.withUnsafeMutableBufferPointer { Winsorisation.moments($0) }
    #expect(isClose(skew, 3.0632410342394985, relative: 1e-12))
    #expect(isClose(kurtosis, 9.741390834569144, relative: 1e-12))
    var three: [Double] = [1, 2, 10]
    let short = three.withUnsafeMutableBufferPointer { Winsorisation.moments($0) }
    #expect(!short.skew.isNaN && short.kurtosis.isNaN)
  }

  @Test func winsorisesTheHighOutlierUntilItPasses() {
    let (values, record) = treat(example, Winsorisation())
    #expect(values == Array(1...10).map(Double.init) + [30, 30])
    #expect(record.passedBefore == false && record.winsorisedPoints == 1)
    #expect(record.passedAfter == true && !record.logTransformed)
    #expect(isClose(record.skewAfter ?? 0, 1.7120380600890506, relative: 1e-12))
    #expect(isClose(record.kurtosisAfter ?? 0, 1.8157805377242044, relative: 1e-12))
  }

  @Test func negativeSkewWinsorisesTheLowEnd() {
    let (values, record) = treat(example.map { -$0 }, Winsorisation())
    #expect(values == (Array(1...10).map(Double.init) + [30, 30]).map { -$0 })
    #expect(record.winsorisedPoints == 1)
  }

  @Test func tiedPointsCountCumulatively() {
    let (values, record) = treat(heavy, Winsorisation(maxPoints: 5))
    #expect(values == Array(1...20).map(Double.init) + [100, 100, 100])
    #expect(record.winsorisedPoints == 2 && record.passedAfter == true)
  }

  @Test func logFallbackAppliesToTheOriginalValues() {
    let (values, record) = treat(heavy, Winsorisation(maxPoints: 1))
    #expect(record.winsorisedPoints == 1 && record.passedAfter == false && record.logTransformed)
    let expected = heavy.map { log($0 - 1 + 0.01 * 399) }
    #expect(allClose(values, expected, relative: 1e-12))
    let (kept, noFallback) = treat(heavy, Winsorisation(maxPoints: 1, logFallback: false))
    #expect(kept == Array(1...20).map(Double.init) + [100, 200, 200])
    #expect(!noFallback.logTransformed)
  }

  @Test func passingSkippedAndTooShortColumnsAreUntouched() {
    let calm: [Double] = [1, 2, 3, 4, 5]
    #expect(treat(calm, Winsorisation()).0 == calm)
    #expect(treat(calm, Winsorisation()).1.passedBefore == true)
    #expect(treat(example, Winsorisation(skip: ["x"])).0 == example)
    // Three values: skew is at most √3 < 2, so COINr passes them whatever the kurtosis.
    let short: [Double] = [1, 2, 100]
    #expect(treat(short, Winsorisation()).0 == short)
    #expect(treat(short, Winsorisation()).1.passedBefore == true)
    // All equal: skew and kurtosis are 0/0, R's check gives NA and COINr leaves the column.
    let flat: [Double] = [5, 5, 5, 5, 5]
    let (values, record) = treat(flat, Winsorisation())
    #expect(values == flat && record.passedBefore == nil)
  }

  @Test func missingValuesAreIgnoredAndKept() {
    let (values, record) = treat(example + [.nan], Winsorisation())
    #expect(values.prefix(12).elementsEqual(Array(1...10).map(Double.init) + [30, 30]))
    #expect(values[12].isNaN && record.winsorisedPoints == 1)
  }
}
