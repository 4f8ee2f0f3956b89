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
}
