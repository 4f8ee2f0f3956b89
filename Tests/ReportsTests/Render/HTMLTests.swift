import Testing

@testable import Reports

@Suite struct HTMLTests {
  @Test func textEscapesTheFiveSignificantCharacters() {
    #expect(
      HTML.text(#"<a href="x">Tom & Jerry's</a>"#).rendered()
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
  }

  @Test func attributeValuesAreEscaped() {
    let node = HTML.inline("td", ["title": #"x" onclick="alert(1)"#, "data-x": "a'b<c>&"])
    #expect(
      node.rendered()
        == #"<td title="x&quot; onclick=&quot;alert(1)" data-x="a&#39;b&lt;c&gt;&amp;"></td>"#
    )
  }

  @Test func nothingIsEscapedTwice() {
    // Data that already looks like an entity is data: the browser must show `&amp;`.
    let node = HTML.inline(
      "p", ["title": "&amp;"], [.text("&amp;"), .inline("b", [:], [.text("&lt;")])])
    #expect(node.rendered() == #"<p title="&amp;amp;">&amp;amp;<b>&amp;lt;</b></p>"#)
  }

  @Test func rawIsWrittenAsIs() {
    #expect(HTML.group([.raw("<br>"), .text("<br>")]).rendered() == "<br>&lt;br&gt;")
  }

  @Test func blockElementsPutChildrenOnTheirOwnLines() {
    let list = HTML.block(
      "ul", [:], [.inline("li", [:], [.text("a")]), .inline("li", [:], [.text("b")])])
    #expect(list.rendered() == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")
  }

  @Test func emptyElements() {
    #expect(
      HTML.empty("meta", ["charset": "utf-8"], selfClosing: false).rendered()
        == #"<meta charset="utf-8">"#)
    #expect(HTML.empty("circle", ["r": "1"], selfClosing: true).rendered() == #"<circle r="1"/>"#)
  }

  @Test func attributesSkipNilValuesAndKeepOrder() {
    var attributes: Attributes = ["b": "1"]
    attributes.add("a", nil)
    attributes.add("c", "2")
    #expect(HTML.inline("i", attributes).rendered() == #"<i b="1" c="2"></i>"#)
  }
}
