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

  /// `807,927 tỷ đồng`: before a magnitude word the comma is a decimal one, three digits after
  /// it or not (KL); elsewhere `10,000` stays English for ten thousand.
  @Test func aCommaBeforeAMagnitudeIsADecimalComma() {
    #expect(Extraction.NumberReading.value("807,927", decimalComma: true) == 807.927)
    #expect(Extraction.NumberReading.value("1,765", decimalComma: true) == 1.765)
    #expect(Extraction.NumberReading.value("807,927") == 807_927)
    #expect(Extraction.NumberReading.value("1.234,5", decimalComma: true) == 1_234.5)
  }

  /// The figure reader passes the word after the number: `1,765 tỷ USD`, `2,150 - 2,250 triệu`
  /// are decimals; `12,500 lao động` stays twelve thousand five hundred.
  @Test func figuresBeforeAMagnitudeKeepTheirDecimals() throws {
    let text = """
      Đến năm 2031, kim ngạch xuất khẩu đạt 1,765 tỷ USD; tổng thu ngân sách đạt 807,927 tỷ đồng; thu nhập bình quân đạt 2,150 - 2,250 triệu đồng/tháng; giải quyết việc làm cho 12,500 lao động.
      """
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.map(\.value) == [1.765, 807.927, 2.15, 12_500])
    #expect(rows.count == 4 && rows[2].high == 2.25)
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
