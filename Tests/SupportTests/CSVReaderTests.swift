import Support
import Testing

@Suite struct CSVReaderTests {
  func read(_ text: String) throws -> CSVTable {
    try CSVReader.read(Array(text.utf8), file: "t.csv")
  }

  func error(_ bytes: [UInt8]) -> String? {
    do {
      _ = try CSVReader.read(bytes, file: "t.csv")
      return nil
    } catch let error as SupportError {
      return error.diagnostics.first?.description
    } catch {
      return "\(error)"
    }
  }

  @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
    let table = try read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
    #expect(table.header == ["a", "b", "c"])
    #expect(table.records.map(\.fields) == [["x, y", "say \"hi\"", "two\nlines"]])
  }

  @Test func bomAndCRLFAreAccepted() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("id,name\r\n1,Lai Châu\r\n2,\"a\r\nb\"\r\n".utf8)
    let table = try CSVReader.read(bytes, file: "t.csv")
    #expect(table.header == ["id", "name"])
    #expect(table.records.map(\.fields) == [["1", "Lai Châu"], ["2", "a\r\nb"]])
    #expect(table.records[1].line == 3)
  }

  @Test func positionsCountLinesAndScalarColumns() throws {
    let table = try read("id,name,value\n1,Lai Châu,37\n\n2,\"x\ny\",5\n")
    #expect(table.records[0].positions.map(\.column) == [1, 3, 12])
    #expect(table.records[1].line == 4)
    #expect(table.records[1].positions[2] == CSVPosition(line: 5, column: 4))
  }

  @Test func emptyTrailingFieldsAndMissingFinalNewline() throws {
    let table = try read("a,b,c\n1,,")
    #expect(table.records.map(\.fields) == [["1", "", ""]])
  }

  @Test func loneCarriageReturnEndsALine() throws {
    let table = try read("a\r1\r2")
    #expect(table.records.map(\.fields) == [["1"], ["2"]])
    #expect(table.records[1].line == 3)
  }

  @Test func unterminatedQuoteIsLocatedAtItsOpening() {
    #expect(
      error(Array("a,b\n1,\"open\n".utf8))
        == "t.csv:2:3: error: quoted field is never closed (missing '\"')")
  }

  @Test func quoteInsideUnquotedFieldIsAnError() {
    #expect(
      error(Array("a,b\n1,x\"y\n".utf8))?.hasPrefix(
        "t.csv:2:4: error: quote inside an unquoted field") == true)
  }

  @Test func textAfterClosingQuoteIsAnError() {
    #expect(
      error(Array("a,b\n1,\"x\"y\n".utf8))?.hasPrefix(
        "t.csv:2:6: error: unexpected text after a closing quote") == true)
  }

  @Test func invalidUTF8IsLocated() {
    #expect(
      error(Array("a,b\n1,x".utf8) + [0xC3, 0x28])
        == "t.csv:2:4: error: invalid UTF-8 byte sequence (save the file as UTF-8)")
  }

  @Test func emptyFileIsAnError() {
    #expect(error([]) == "t.csv:1:1: error: file is empty")
    #expect(error([0xEF, 0xBB, 0xBF]) == "t.csv:1:1: error: file is empty")
  }
}
