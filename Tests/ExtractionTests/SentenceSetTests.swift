import Foundation
import Testing

@testable import Catalog
@testable import Extraction

/// Plan sentences written for these tests (not taken from the seed documents), each in two
/// spellings: Vietnamese with full diacritics, and the same words as OCR without diacritics
/// damages them (`s6`, `t6i thiéu`, `trén`, `1én`, `tir`, `nhém`, `ngh¢`, `Pén`). Together they
/// cover every comparator, ranges, decimal commas, zero-padded counts, HDI, growth per year,
/// money, a 2045 vision heading, `toàn tỉnh` and a figure no keyword explains.
@Suite struct SentenceSetTests {
  typealias E = ExtractionFixture.Expected

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var diacritics: String
    var ocr: String
    var expected: [E]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "tối thiểu",
      diacritics: "Đến năm 2030, tỷ trọng kinh tế số đạt tối thiểu 35% GRDP của tỉnh.",
      ocr: "Pén nam 2030, ty trong kinh té s6 dat t6i thiéu 35% GRDP cua tinh.",
      expected: [E("digital_economy_share_grdp", .atLeast, 35, year: "2030")]),
    Case(
      name: "ít nhất",
      diacritics:
        "Phấn đấu đến năm 2030 có ít nhất 50% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.",
      ocr: "Phan dau dén nim 2030 c6 it nhat 50% doanh nghiép nh6 va vira img dung cong nghé s6.",
      expected: [E("sme_digital_adoption_share", .atLeast, 50, year: "2030")]),
    Case(
      name: "từ … trở lên",
      diacritics:
        "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế từ 45% trở lên vào năm 2030.",
      ocr:
        "Déng gop cua ning suat nhan t6 tong hop (TFP) vao ting truong kinh té tir 45 % tr¢ 1én vao nim 2030.",
      expected: [E("tfp_contribution", .atLeast, 45, year: "2030")]),
    Case(
      name: "không thấp hơn",
      diacritics:
        "Đến năm 2030, chi ngân sách địa phương cho khoa học và công nghệ không thấp hơn 2% tổng chi ngân sách địa phương.",
      ocr:
        "Dén nam 2030, chi ngan sach dia phuong cho khoa hoc va cong ngh¢ khong thdp hon 2% tong chi ngan sach dia phuong.",
      expected: [E("sti_budget_share_local", .atLeast, 2, year: "2030")]),
    Case(
      name: "trên",
      diacritics:
        "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 90% vào năm 2030.",
      ocr:
        "Ti 1€ sir dung dich vu cong truc tuyén cua ngudi dan va doanh nghiép dat trén 90% vao nam 2030.",
      expected: [E("online_public_service_usage", .greaterThan, 90, year: "2030")]),
    Case(
      name: "hơn",
      diacritics:
        "Đến năm 2030, xuất khẩu sản phẩm công nghệ cao chiếm hơn 40% tổng giá trị hàng hóa xuất khẩu.",
      ocr:
        "Dén nam 2030, xuat khau san phdm cong nghé cao chiém hon 40% tdng gia tri hang hoa xuat khau.",
      expected: [E("high_tech_export_share", .greaterThan, 40, year: "2030")]),
    Case(
      name: "vượt",
      diacritics: "Tỷ lệ giao dịch không dùng tiền mặt vượt 70% vào năm 2028.",
      ocr: "Ty 1¢ giao dich khong dung tién mat vuot 70% vao nim 2028.",
      expected: [E("cashless_transaction_share", .greaterThan, 70, year: "2028")]),
    Case(
      name: "đạt, decimal comma",
      diacritics:
        "Phấn đấu đến năm 2030, tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt 37,5%.",
      ocr: "Phan dau dén nam 2030, ty 1é doanh nghi€p c6 hoat dong d6i méi sang tao dat 37,5%.",
      expected: [E("innovative_enterprise_share", .equal, 37.5, year: "2030")]),
    Case(
      name: "tối đa",
      diacritics: "Đến năm 2030, tỷ lệ thất nghiệp ở khu vực thành thị tối đa 3%.",
      ocr: "Dén nam 2030, ty 1¢ that nghiép & khu vuc thanh thi t6i da 3%.",
      expected: [E("unemployment_rate_urban", .atMost, 3, year: "2030")]),
    Case(
      name: "không quá (unclassified)",
      diacritics: "Tỷ lệ nợ xấu của các tổ chức tín dụng không quá 2,5% đến năm 2027.",
      ocr: "Ty 1€ ng xdu cua cac t6 chirc tin dung khong qua 2,5% dén nam 2027.",
      expected: [E(nil, .atMost, 2.5, year: "2027")]),
    Case(
      name: "dưới",
      diacritics: "Đến năm 2030, tỷ lệ hộ nghèo theo chuẩn đa chiều giảm xuống dưới 2%.",
      ocr: "Pén nam 2030, ty 1é hd nghéo theo chuin da chiéu giam xudng dudi 2%.",
      expected: [E("poverty_rate", .lessThan, 2, year: "2030")]),
    Case(
      name: "khoảng",
      diacritics: "Đến năm 2025, kinh tế số chiếm khoảng 20% GRDP.",
      ocr: "Dén nim 2025, kinh té sb chiém khoang 20% GRDP.",
      expected: [E("digital_economy_share_grdp", .approximately, 20, year: "2025")]),
    Case(
      name: "khoảng with a range",
      diacritics: "Tỷ trọng kinh tế số đạt khoảng 12-15% GRDP vào năm 2030.",
      ocr: "Ty trong kinh té sd dat khoang 12-15% GRDP vao nim 2030.",
      expected: [E("digital_economy_share_grdp", .approximately, 12, 15, year: "2030")]),
    Case(
      name: "range per year with a period",
      diacritics:
        "Số lượng đơn đăng ký sáng chế tăng bình quân 12 - 15%/năm giai đoạn 2026-2030.",
      ocr: "S6 lugng don dang ky sang ché ting binh quan 12 - 15%/nim giai doan 2026-2030.",
      expected: [E("patent_application_growth", .range, 12, 15, year: "2026-2030")]),
    Case(
      name: "growth per year",
      diacritics: "Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10,5%/năm.",
      ocr: "Tdc d6 tang truong GRDP binh quan giai doan 2026 - 2030 dat 10,5%/nam.",
      expected: [E("grdp_growth_rate", .equal, 10.5, year: "2026-2030")]),
    Case(
      name: "HDI 0,623",
      diacritics: "Chỉ số phát triển con người (HDI) duy trì trên 0,623 đến năm 2030.",
      ocr: "Chi s6 phat trién con ngudi (HDI) duy tri trén 0,623 dén nam 2030.",
      expected: [E("hdi", .greaterThan, 0.623, year: "2030")]),
    Case(
      name: "02 doanh nghiệp",
      diacritics: "Đến năm 2030, có 02 doanh nghiệp khoa học và công nghệ được chứng nhận.",
      ocr: "Pén nim 2030, c6 02 doanh nghiép khoa hoc va cong ngh¢ duoc chirng nhan.",
      expected: [E("sti_enterprise_count", .equal, 2, year: "2030")]),
    Case(
      name: "03 thành phố",
      diacritics: "Triển khai đô thị thông minh tại 03 thành phố trên địa bàn tỉnh đến năm 2030.",
      ocr: "Trién khai d6 thi thong minh tai 03 thanh phd trén dia ban tinh dén nam 2030.",
      expected: [E("smart_city_count", .equal, 3, year: "2030")]),
    Case(
      name: "ít nhất with a count noun",
      diacritics: "Đến năm 2030, có ít nhất 20 doanh nghiệp khởi nghiệp đổi mới sáng tạo.",
      ocr: "Dén nam 2030, c6 it nhat 20 doanh nghiép khai nghiép d6i moi sang tao.",
      expected: [E("innovative_startup_count", .atLeast, 20, year: "2030")]),
    Case(
      name: "per 10,000 people",
      diacritics: "Đến năm 2030, nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân.",
      ocr: "Dén nam 2030, nhan luc nghién ctru khoa hoc dat 12 nguoi trén mot van dan.",
      expected: [E("researchers_per_10k", .equal, 12, year: "2030")]),
    Case(
      name: "100% with a subject after it",
      diacritics:
        "Đến năm 2030, 100% cán bộ, công chức, viên chức được đào tạo kiến thức cơ bản về chuyển đổi số.",
      ocr:
        "Dén nam 2030, 100% can b6, cong chirc, vién chirc duoc dao tao kién thirc co ban vé chuyén d6i s6.",
      expected: [E("civil_servants_basic_sti_dt_trained_share", .equal, 100, year: "2030")]),
    Case(
      name: "tối thiểu đạt",
      diacritics: "Tỷ lệ lao động được trang bị kỹ năng số cơ bản tối thiểu đạt 60% vào năm 2030.",
      ocr: "Ty 1é lao d6ng duoc trang bi ky nang s6 co ban t6i thiéu dat 60% vao nam 2030.",
      expected: [E("digital_skills_basic_share", .atLeast, 60, year: "2030")]),
    Case(
      name: "money per person",
      diacritics: "GRDP bình quân đầu người đến năm 2030 đạt trên 150 triệu đồng/người.",
      ocr: "GRDP binh quan dau ngudi dén nam 2030 dat trén 150 triéu d6ng/nguoi.",
      expected: [E("grdp_per_capita", .greaterThan, 150, year: "2030")]),
    Case(
      name: "toàn tỉnh recorded as 100",
      diacritics: "Đến năm 2030, hoàn thành phủ sóng 5G toàn tỉnh.",
      ocr: "Dén nam 2030, hoan thanh phu séng 5G toan tinh.",
      expected: [E("coverage_5g", .equal, 100, year: "2030")]),
    Case(
      name: "two figures in one sentence",
      diacritics:
        "Đến năm 2030, kinh phí chi cho nghiên cứu và phát triển (R&D) đạt 1,5% GRDP, trong đó kinh phí từ xã hội chiếm hơn 55%.",
      ocr:
        "Pén nam 2030, kinh phi chi cho nghién ctru va phat trién (R&D) dat 1,5% GRDP, trong d6 kinh phi tir x4 hdi chiém hon 55%.",
      expected: [
        E("rd_spending_share_grdp", .equal, 1.5, year: "2030"),
        E("rd_nonstate_share", .greaterThan, 55, year: "2030"),
      ]),
    Case(
      name: "2045 vision heading and a rank",
      diacritics: """
        II. MỤC TIÊU
        2. Tầm nhìn đến năm 2045
        - Tỷ trọng kinh tế số đạt tối thiểu 55% GRDP; tỉnh thuộc nhóm 10 tỉnh dẫn đầu cả nước về chuyển đổi số.
        """,
      ocr: """
        II. MUC TIEU
        2. TAm nhin dén nim 2045
        - Ty trong kinh té sb dat tdi thiéu 55% GRDP; tinh thudc nhém 10 tinh dan d4u ca nudc vé chuyén ddi s6.
        """,
      expected: [
        E("digital_economy_share_grdp", .atLeast, 55, year: "2045"),
        E("digital_transformation_rank", .atMost, 10, year: "2045"),
      ]),
    Case(
      name: "English",
      diacritics: "By 2030, the digital economy will account for at least 30% of GRDP.",
      ocr: "By 2030, the digital economy will account for at least 30 per cent of GRDP.",
      expected: [E("digital_economy_share_grdp", .atLeast, 30, year: "2030")]),
  ]

  /// Precision and recall over the whole set for one spelling.
  static func score(_ spelling: KeyPath<Case, String>) throws -> (
    precision: Double, recall: Double, misses: [String]
  ) {
    let extractor = try ExtractionFixture.extractor()
    var found = 0
    var right = 0
    var expected = 0
    var misses: [String] = []
    for test in cases {
      var open = test.expected
      expected += open.count
      let got = extractor.extract(test[keyPath: spelling], geo: "lai-chau").map(E.init)
      found += got.count
      for candidate in got {
        if let index = open.firstIndex(of: candidate) {
          open.remove(at: index)
          right += 1
        } else {
          misses.append("\(test.name): unexpected \(candidate)")
        }
      }
      misses += open.map { "\(test.name): missed \($0)" }
    }
    return (Double(right) / Double(max(found, 1)), Double(right) / Double(max(expected, 1)), misses)
  }

  @Test func withDiacriticsPrecisionAndRecallAtLeast90Percent() throws {
    let (precision, recall, misses) = try Self.score(\.diacritics)
    #expect(precision >= 0.9 && recall >= 0.9, "\(misses)")
  }

  @Test func withOCRDamagePrecisionAndRecallAtLeast90Percent() throws {
    let (precision, recall, misses) = try Self.score(\.ocr)
    #expect(precision >= 0.9 && recall >= 0.9, "\(misses)")
  }

  @Test(arguments: cases)
  func bothSpellingsGiveTheSameCandidates(_ test: Case) throws {
    let extractor = try ExtractionFixture.extractor()
    let clean = extractor.extract(test.diacritics, geo: "lai-chau").map(E.init)
    let damaged = extractor.extract(test.ocr, geo: "lai-chau").map(E.init)
    #expect(clean == test.expected, "with diacritics")
    #expect(damaged == test.expected, "OCR spelling")
  }
}
