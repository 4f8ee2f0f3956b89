import Testing

@testable import Reports

/// The JSON writer: strict JSON whatever the numbers, stable member order, escaped strings.
@Suite struct JSONTests {
  @Test func numbersThatAreNotFiniteAreNull() {
    #expect(JSON.number(.nan).rendered() == "null")
    #expect(JSON.number(.infinity).rendered() == "null")
    #expect(JSON.number(-.infinity).rendered() == "null")
    #expect(JSON.number(0.623).rendered() == "0.623" && JSON.number(40).rendered() == "40")
    #expect(JSON.number(1.5e-7).rendered() == "0.00000015", "no exponent form")
  }

  @Test func aDocumentNamesItsSchemaFirst() {
    let document = JSON.document("gaps", [("province", .string("lai-chau"))])
    #expect(
      document.rendered()
        == "{\n  \"schema\": \"provbench.gaps/1\",\n  \"province\": \"lai-chau\"\n}")
  }

  @Test func stringsAreEscaped() {
    #expect(JSON.string("a\"b\\c\n\u{1}").rendered() == "\"a\\\"b\\\\c\\n\\u0001\"")
  }
}
