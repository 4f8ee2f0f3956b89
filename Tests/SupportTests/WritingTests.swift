import Testing

@testable import Support

/// The one plain-number writer and the one CSV writer: what they write reads back the same.
@Suite struct WritingTests {
  @Test(arguments: [
    (40.0, "40"), (37.6, "37.6"), (0.623, "0.623"), (-15.17, "-15.17"), (0.0001, "0.0001"),
    (0.00001, "0.00001"), (1.5e-7, "0.00000015"), (-2.5e-6, "-0.0000025"),
    (1e15, "1000000000000000"), (1.2345e17, "123450000000000000"), (0, "0"), (-0.0, "0"),
  ])
  func shortestNumbersHaveNoExponent(_ x: Double, _ text: String) {
    #expect(Text.shortestNumber(x) == text)
    #expect(Double(Text.shortestNumber(x)) == x)
  }

  @Test func notFiniteValuesAreNamed() {
    #expect(Text.shortestNumber(.nan) == "nan")
    #expect(Text.shortestNumber(.infinity) == "inf" && Text.shortestNumber(-.infinity) == "-inf")
  }

  @Test func plainNumbersAreRoundedToSixDecimals() {
    #expect(Text.plainNumber(23.166666666666668) == "23.166667")
    #expect(Text.plainNumber(2.0000000001) == "2")
    #expect(Text.plainNumber(0.623) == "0.623")
  }

  @Test func csvFieldsAreQuotedOnlyWhenNeeded() throws {
    #expect(CSVWriter.field("Lai Châu") == "Lai Châu")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("one\r\ntwo") == "\"one\r\ntwo\"")
    let row = CSVWriter.row(["x", "a,b", "say \"hi\"", "two\nlines", ""])
    let table = try CSVReader.read(Array(("h1,h2,h3,h4,h5\n" + row).utf8), file: "t.csv")
    #expect(table.records.map(\.fields) == [["x", "a,b", "say \"hi\"", "two\nlines", ""]])
  }
}
