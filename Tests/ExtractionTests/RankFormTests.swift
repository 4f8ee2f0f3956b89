import Testing

@testable import Catalog
@testable import Extraction

/// Places in a ranking as plans and reports write them (docs/methodology.md, "Projects and ranks
/// (LA-LD)"), and `dự án`, a count that shares a plan item's skeleton. Sentences written for
/// these tests, none taken from a labelled set; each was run through `provbench extract` at
/// 36ab205, which found none of the ranks and no `5 dự án`.
@Suite struct RankFormTests {
  typealias Row = ScopeReadingTests.Row

  /// `5 dự án` is a count; `3 đề án` stays a plan item. Without marks, `du an` is `dự án` by its
  /// own fold, not `đề án` by the skeleton they share (LA).
  @Test func aProjectIsCountedNotAPlanItem() throws {
    let text = "Đến năm 2029, hỗ trợ 5 dự án ươm tạo doanh nghiệp; xây dựng 3 đề án."
    #expect(try ResultReadingTests.rows(text) == [Row(5, "2029")])
  }

  /// `vị trí thứ 12`, `vị trí số 1`, `ở vị trí 25`: a standing, the place itself; `thứ 2 vùng
  /// Đông Nam Bộ` names its field after it (LB).
  @Test func aStandingIsARank() throws {
    let text = """
      Năm 2023, chỉ số DTI của tỉnh xếp vị trí thứ 12, vị trí số 1 về chính quyền số; năm 2022 ở vị trí 25.
      Năm 2024, tăng trưởng đạt 9,5%, xếp thứ 8 cả nước và thứ 2 vùng Đông Nam Bộ.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(12, "2023", .observation), Row(1, "2023", .observation), Row(25, "2022", .observation),
        Row(9.5, "2024", .observation), Row(8, "2024", .observation), Row(2, "2024", .observation),
      ])
  }

  /// `vị trí ≤ 30`: the bound written as a symbol is kept (LB).
  @Test func aStandingKeepsItsBound() throws {
    let text = "Đến năm 2045, chỉ số GII vị trí ≤ 30."
    #expect(try ResultReadingTests.rows(text) == [Row(30, "2045", .target, .atMost)])
  }

  /// `top 5 cả nước`, `nhóm 30 toàn quốc`, `vươn lên top 55 về …`: a group with its field after
  /// it, or entered, is a rank of at most N; `tốp 500 doanh nghiệp` names a set (LC).
  @Test func aGroupWithItsFieldIsARank() throws {
    let text = """
      Đến năm 2029, tỉnh nằm trong top 5 cả nước về chuyển đổi số, thuộc nhóm 30 toàn quốc về đổi mới sáng tạo và vươn lên top 55 về nhân lực; thu hút tốp 500 doanh nghiệp lớn.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(5, "2029", .target, .atMost), Row(30, "2029", .target, .atMost),
        Row(55, "2029", .target, .atMost),
      ])
  }

  /// `một trong 10 tỉnh, thành phố có … cao nhất`: one of the leading ten, a rank of at most 10;
  /// `một trong 3 địa phương đầu tiên` counts who came first, no rank (LD).
  @Test func oneOfTheLeadingIsARank() throws {
    let text = """
      Đến năm 2029, tỉnh là một trong 10 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất cả nước.
      Năm 2023, tỉnh là một trong 3 địa phương đầu tiên hoàn thành chuyển đổi số cấp xã.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(10, "2029", .target, .atMost)])
  }

  /// `xếp hạng 44`, `duy trì hạng 13 (năm 2023)`: `hạng` and a number after a ranking verb, a
  /// bracket or a word that keeps or moves a place, or before a year, is a place; `xếp hạng 3
  /// sao` is a hotel's class (LE). Not found at 0eba4c7.
  @Test func aPlaceAfterHạngIsARank() throws {
    let text = """
      Năm 2022, chỉ số DTI của tỉnh xếp hạng 44, duy trì hạng 13 (năm 2023); khách sạn được xếp hạng 3 sao.
      Phấn đấu đến năm 2030, chỉ số PII của tỉnh xếp hạng 20.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(44, "2022", .observation), Row(13, "2023", .observation), Row(20, "2030"),
      ])
  }
}
