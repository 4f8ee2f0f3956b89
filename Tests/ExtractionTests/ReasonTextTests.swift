import Foundation
import TestSupport
import Testing

@testable import Extraction

/// The extractor's reasons in Vietnamese, for the review page.
@Suite struct ReasonTextTests {
  @Test func everyWordingCompilesWithTheSameSlots() {
    for wording in ReasonText.wordings {
      #expect(wording.pattern != nil, "\(wording.vietnamese)")
      let vietnamese = wording.vietnamese.components(separatedBy: "{").dropFirst().map {
        String($0.prefix { $0 != "}" })
      }
      #expect(vietnamese.sorted() == wording.slots.sorted(), "\(wording.vietnamese)")
    }
  }

  @Test func aReasonIsToldInVietnamese() {
    let reason =
      "indicator from 'GRDP tăng' before the figure (score 0.9); close second"
      + " 'digital_economy_share_grdp'; no comparator word: read as =; a past result: 'hội năm"
      + " 2026' is the year a term named before starts (2026); year from 'hội năm 2026' in the"
      + " sentence"
    #expect(
      ReasonText.vietnamese(
        reason, names: ["digital_economy_share_grdp": "Tỷ trọng kinh tế số trong GRDP"])
        == "chỉ tiêu theo 'GRDP tăng' trước số liệu (điểm 0,9); chỉ tiêu gần bằng điểm: 'Tỷ trọng"
        + " kinh tế số trong GRDP'; không có từ so sánh: đọc là =; kết quả đã đạt: 'hội năm"
        + " 2026' là năm bắt đầu của nhiệm kỳ đã nêu trước (2026); năm theo 'hội năm 2026'"
        + " trong câu")
  }

  /// `; ` inside the document's quoted words does not split the reason; an unknown wording
  /// stays, marked as English.
  @Test func quotedWordsStayWholeAndUnknownWordingsAreMarked() {
    #expect(
      ReasonText.vietnamese("year from line 3: 'đến năm 2030'; no year")
        == "năm theo dòng 3: 'đến năm 2030'; không có năm")
    #expect(
      ReasonText.parts(of: "year from 'năm 2025; năm 2026' in the sentence; range")
        == ["year from 'năm 2025; năm 2026' in the sentence", "range"])
    #expect(
      ReasonText.vietnamese("range; something new")
        == "khoảng giá trị; something new (tiếng Anh)")
  }

  /// Every reason and note the extractor gives on the thirty-one labelled sets has a Vietnamese
  /// wording: one added to the extractor without it fails here.
  @Test func everyReasonOnTheLabelledSetsIsTranslated() throws {
    let fixtures = Paths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures")
    let sets = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
      .filter { $0.hasPrefix("extraction") }.sorted()
    try #require(sets.count >= 48, "only \(sets.count) labelled sets")
    let extractor = try ExtractionFixture.extractor()
    var untranslated: Set<String> = []
    var parts = 0
    for set in sets {
      let folder = fixtures.appendingPathComponent(set)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasSuffix(".txt") {
        let text = try UTF8Text.read(folder.appendingPathComponent(name), displayPath: name)
        for candidate in extractor.extract(text, geo: "vn") {
          for part in ReasonText.parts(of: candidate.reason)
            + ReasonText.parts(of: candidate.note)
          {
            parts += 1
            if ReasonText.translate(part, names: [:]) == nil
              || ReasonText.vietnamese(part).contains("(tiếng Anh)")
            {
              untranslated.insert(part)
            }
          }
        }
      }
    }
    #expect(parts > 10_000)
    #expect(untranslated.isEmpty, "\(untranslated.sorted().prefix(20))")
  }
}
