import Foundation
import TestSupport
import Testing

@testable import Reports

/// The Word writer: data strings escaped, footnotes once per note, column widths that fit.
@Suite struct AdministrativeDocumentTests {
  static let hostile = "<w:p>&amp; \"q\" 'a' ]]> \u{1}\u{FFFE} Độc lập"

  static func page() -> Page {
    Page(
      slug: "x", title: hostile, language: .vi,
      blocks: [
        .paragraph([.text(hostile), .note("n1")]),
        .table(
          Table(
            id: "t", caption: hostile, header: ["Chỉ tiêu", hostile],
            rows: [[Cell([.text("a"), .note("n1")]), Cell([.text(hostile), .note("n2")])]])),
      ],
      notes: [
        Note(id: "n1", lines: [[.text("nguồn 1 " + hostile)]]),
        Note(id: "n2", lines: [[.text("nguồn 2")], [.text("dòng hai")]]),
      ])
  }

  @Test func dataStringsAreEscapedAndEveryPartIsWellFormedXML() throws {
    let heading = DocumentHeading.provincialReport("Lào Cai (mới)", language: .vi)
    #expect(heading.place == "Lào Cai" && heading.issuer == "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI")
    let bytes = try AdministrativeDocument(page: Self.page(), heading: heading).bytes()
    let check = try Python.run(
      """
      import io, sys, zipfile, xml.etree.ElementTree as ET
      z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
      W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
      texts = {}
      for name in z.namelist():
          if name.endswith(".xml") or name.endswith(".rels"):
              root = ET.fromstring(z.read(name))
              texts[name] = "".join(t.text or "" for t in root.iter(W + "t"))
      print(texts["word/document.xml"])
      print("|" + texts["word/footnotes.xml"])
      """, input: Data(bytes))
    #expect(check.status == 0, "\(check.stderr.suffix(400))")
    let out = String(decoding: check.stdout, as: UTF8.self)
    // XML 1.0 cannot hold U+0001 or U+FFFE: they become U+FFFD; everything else round-trips
    let expected = "<w:p>&amp; \"q\" 'a' ]]> \u{FFFD}\u{FFFD} Độc lập"
    // title, paragraph, caption, header cell, data cell and the first footnote
    #expect(out.components(separatedBy: expected).count - 1 == 6, "\(out)")
    // n1 cited twice: one footnote, the second mention raised as its number
    #expect(out.contains("| nguồn 1 ") && out.contains(" nguồn 2dòng hai"))
    let document = AdministrativeDocument(page: Self.page(), heading: heading).word()
    #expect(document.footnotes.count == 2)
  }

  @Test func columnWidthsFillTheLineAndKeepWordsWhole() {
    let texts = [
      ["Chỉ tiêu", "Năm", "Mục tiêu quốc gia"],
      ["Tỷ trọng kinh tế số trong GRDP (% GRDP)", "2030", "≥ 30"],
    ]
    let widths = AdministrativeDocument.Builder.widths(texts, total: 9355, points: 11)
    #expect(widths.reduce(0, +) == 9355)
    // "2030" needs 4 characters of 11 pt plus the cell's margins
    #expect(widths[1] >= 4 * 110 + 2 * WordDocument.cellMargin)
    #expect(widths[0] > widths[1] && widths[0] > widths[2])
    // more columns than fit: scaled down, still the whole line
    let crowded = AdministrativeDocument.Builder.widths(
      [Array(repeating: "Chênh-lệch-với-trung", count: 20)], total: 9355, points: 11)
    #expect(crowded.reduce(0, +) == 9355 && crowded.allSatisfy { $0 > 0 })
    #expect(AdministrativeDocument.Builder.widths([], total: 9355, points: 11).isEmpty)
  }
}
