import Testing

@testable import Catalog
@testable import Extraction

@Suite struct NumberReadingTests {
  @Test(arguments: [
    ("37,6", 37.6), ("0,623", 0.623), ("0,75", 0.75), ("02", 2.0), ("100", 100.0),
    ("1.000", 1000.0), ("240.000", 240000.0), ("82.789", 82789.0), ("1.234,5", 1234.5),
    ("0.75", 0.75), ("2.5", 2.5), ("10,000", 10000.0), ("8,5", 8.5), ("1.000.000", 1e6),
  ])
  func vietnameseNumbers(_ text: String, _ value: Double) {
    #expect(Extraction.NumberReading.value(text) == value)
  }

  @Test(arguments: ["1,2,3", "1.2.3", "1,23.4", "1234567890123456", ""])
  func ambiguousOrTooLongNumbersAreRejected(_ text: String) {
    #expect(Extraction.NumberReading.value(text) == nil)
  }

  @Test func zeroPaddingMarksACount() {
    #expect(Extraction.NumberReading.isZeroPadded("02"))
    #expect(Extraction.NumberReading.isZeroPadded("05"))
    #expect(!Extraction.NumberReading.isZeroPadded("0,623"))
    #expect(!Extraction.NumberReading.isZeroPadded("0"))
    #expect(!Extraction.NumberReading.isZeroPadded("20"))
  }

  @Test func csvSpelling() {
    #expect(Extraction.NumberReading.csv(37.6) == "37.6")
    #expect(Extraction.NumberReading.csv(2) == "2")
    #expect(Extraction.NumberReading.csv(0.623) == "0.623")
  }
}
