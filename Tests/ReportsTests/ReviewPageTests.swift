import Testing

@testable import Reports

/// How the review page names an indicator for a Vietnamese reader.
@Suite struct ReviewPageTests {
  @Test func anIndicatorIsNamedInVietnameseWithItsUnit() {
    let names = ["digital_economy_share_grdp": "Tỷ trọng kinh tế số trong GRDP"]
    #expect(
      ReviewPage.indicatorLabel("digital_economy_share_grdp", unit: "percent_of_grdp", names: names)
        == "Tỷ trọng kinh tế số trong GRDP (% GRDP)")
    #expect(
      ReviewPage.indicatorLabel("unclassified", unit: "", names: names) == "chưa phân loại")
    // An id the catalog does not name is shown as it is rather than hidden.
    #expect(
      ReviewPage.indicatorLabel("grdp_growth", unit: "percent_per_year", names: names)
        == "grdp_growth (%/năm)")
  }

  /// Figures with the Vietnamese decimal comma and the comparator's symbol.
  @Test func aFigureIsWrittenTheVietnameseWay() {
    #expect(ReviewPage.figureLabel(comparator: ">=", value: "25", high: "") == "≥ 25")
    #expect(ReviewPage.figureLabel(comparator: "=", value: "12.45", high: "") == "= 12,45")
    #expect(ReviewPage.figureLabel(comparator: "range", value: "10", high: "10.5") == "10–10,5")
    #expect(ReviewPage.figureLabel(comparator: "~", value: "9", high: "10") == "~ 9–10")
    #expect(ReviewPage.figureLabel(comparator: "", value: "abc", high: "") == "abc")
  }
}
