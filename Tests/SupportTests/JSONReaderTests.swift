import Support
import Testing

@Suite struct JSONReaderTests {
  func error(_ text: String) -> String? {
    do {
      _ = try JSONReader.read(text, file: "s.json")
      return nil
    } catch let error as SupportError {
      return error.diagnostics.first?.description
    } catch {
      return "\(error)"
    }
  }

  @Test func valuesKeepTheirLocations() throws {
    let root = try JSONReader.read(
      "{\n  \"a\": [1, 2.5e1, -0.5],\n  \"b\": {\"c\": null, \"d\": true}\n}", file: "s.json")
    guard case .array(let items) = root["a"]?.value else {
      Issue.record("a is an array")
      return
    }
    #expect(items.map(\.value) == [.number(1), .number(25), .number(-0.5)])
    #expect(items[1].location == SourceLocation(file: "s.json", line: 2, column: 12))
    #expect(root["b"]?["c"]?.value == .null)
    #expect(root["b"]?["d"]?.value == .bool(true))
    #expect(root["b"]?["d"]?.location.line == 3)
  }

  @Test func stringEscapesAndSurrogatePairs() throws {
    let node = try JSONReader.read(#""Lai Ch\u00e2u \"x\" \\ \n \ud83d\ude00""#, file: "s.json")
    #expect(node.value == .string("Lai Châu \"x\" \\ \n 😀"))
  }

  @Test(arguments: [
    ("", "s.json:1:1: error: unexpected end of file"),
    ("{\"a\": 01}", "s.json:1:7: error: invalid number '01'"),
    ("{\"a\": 1, \"a\": 2}", "s.json:1:10: error: duplicate member 'a'"),
    ("[1 2]", "s.json:1:4: error: expected ',' or ']'"),
    ("\"\\x\"", "s.json:1:4: error: invalid escape '\\x'"),
    ("\"\\ud800\"", "s.json:1:8: error: unpaired surrogate in \\u escape"),
    ("tru", "s.json:1:4: error: invalid literal (expected 'true')"),
    ("{} {}", "s.json:1:4: error: unexpected text after the JSON value"),
    ("\"a\nb\"", "s.json:1:3: error: control character in a string (write it escaped)"),
  ])
  func malformedJSONIsLocated(_ text: String, _ message: String) {
    #expect(error(text) == message)
  }

  @Test func deepNestingIsRefusedNotCrashed() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(error(deep) == "s.json:1:65: error: nesting deeper than 64 levels")
  }
}
