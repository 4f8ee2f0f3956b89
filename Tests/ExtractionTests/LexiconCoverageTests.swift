import Testing

@testable import Catalog
@testable import Extraction

/// The shipped lexicon names the socio-economic targets provincial plans set: one sentence per
/// indicator family, written for this test (not taken from a labelled set), read with the
/// shipped `datasets/lexicon.csv` and `indicators.csv`. Each figure must get its indicator and
/// that indicator's unit, in the order of the sentence.
@Suite struct LexiconCoverageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var family: String
    var text: String
    /// Indicator id and unit per candidate, in order; `nil` unit for an unclassified figure.
    var expected: [Classified]
    var testDescription: String { family }
  }

  struct Classified: Sendable, Equatable, CustomStringConvertible {
    var indicator: String
    var unit: Unit?
    init(_ indicator: String, _ unit: Unit?) {
      self.indicator = indicator
      self.unit = unit
    }
    var description: String { "\(indicator) (\(unit?.rawValue ?? "no unit"))" }
  }

  typealias C = Classified

  static let cases: [Case] = [
    Case(
      family: "GRDP growth",
      text: "Giai đoạn 2026-2030, tốc độ tăng GRDP bình quân đạt 9,5%/năm.",
      expected: [C("grdp_growth_rate", .percentPerYear)]),
    Case(
      family: "GRDP per capita in VND",
      text: "Đến năm 2030, GRDP/người đạt 150 triệu đồng.",
      expected: [C("grdp_per_capita", .vndMillionPerPerson)]),
    Case(
      family: "GRDP per capita in USD",
      text: "Đến năm 2030, GRDP bình quân đầu người đạt 7.200 USD.",
      expected: [C("grdp_per_capita_usd", .usdPerPerson)]),
    Case(
      family: "economic structure",
      text:
        "Đến năm 2030, cơ cấu kinh tế: công nghiệp - xây dựng chiếm 45%; dịch vụ chiếm 38%;"
        + " nông, lâm nghiệp và thủy sản chiếm 11%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 6%.",
      expected: [
        C("industry_construction_share_grdp", .percentOfGRDP),
        C("services_share_grdp", .percentOfGRDP), C("agriculture_share_grdp", .percentOfGRDP),
        C("product_tax_share_grdp", .percentOfGRDP),
      ]),
    Case(
      family: "private sector share",
      text: "Đến năm 2030, khu vực kinh tế tư nhân đóng góp khoảng 60% GRDP.",
      expected: [C("private_sector_share_grdp", .percentOfGRDP)]),
    Case(
      family: "labour productivity growth",
      text: "Tốc độ tăng năng suất lao động bình quân đạt trên 7%/năm giai đoạn 2026-2030.",
      expected: [C("labour_productivity_growth", .percentPerYear)]),
    Case(
      family: "trained workers and those with a degree or certificate",
      text:
        "Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 78%, trong đó có bằng cấp, chứng chỉ đạt 38%.",
      expected: [
        C("trained_labour_share", .percent), C("certified_trained_labour_share", .percent),
      ]),
    Case(
      family: "agricultural labour",
      text:
        "Đến năm 2030, tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm xuống dưới 30%.",
      expected: [C("agricultural_labour_share", .percent)]),
    Case(
      family: "urban unemployment",
      text: "Giữ tỷ lệ thất nghiệp ở khu vực thành thị dưới 3% đến năm 2030.",
      expected: [C("unemployment_rate_urban", .percent)]),
    Case(
      family: "jobs created",
      text: "Đến năm 2030, mỗi năm tạo 18.000 việc làm mới.",
      expected: [C("jobs_created", .count)]),
    Case(
      family: "jobs created, as the employed workers added",
      text:
        "Giai đoạn 2026-2030, số lao động có việc làm tăng thêm mỗi năm khoảng 9.000 đến 9.500 người.",
      expected: [C("jobs_created", .count)]),
    Case(
      family: "jobs created, as the employed workers added, without diacritics",
      text:
        "Giai doan 2026-2030, so lao dong co viec lam tang them moi nam khoang 9.000 den 9.500 nguoi.",
      expected: [C("jobs_created", .count)]),
    Case(
      family: "poverty rate",
      text: "Đến năm 2030, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn dưới 1,5%.",
      expected: [C("poverty_rate", .percent)]),
    Case(
      family: "poverty reduction per year",
      text: "Giai đoạn 2026-2030, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
      expected: [C("poverty_rate_reduction", .percentPerYear)]),
    Case(
      family: "income per capita",
      text: "Đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng.",
      expected: [C("income_per_capita", .vndMillionPerPerson)]),
    Case(
      family: "forest cover",
      text: "Duy trì tỷ lệ che phủ rừng ổn định ở mức 55% đến năm 2030.",
      expected: [C("forest_cover", .percent)]),
    Case(
      family: "clean and hygienic water",
      text:
        "Đến năm 2030, tỷ lệ dân số đô thị được sử dụng nước sạch đạt 98% và tỷ lệ dân số nông"
        + " thôn được sử dụng nước hợp vệ sinh đạt 99%.",
      expected: [
        C("clean_water_urban_share", .percent), C("hygienic_water_rural_share", .percent),
      ]),
    Case(
      family: "solid waste",
      text: "Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%.",
      expected: [C("solid_waste_treatment_urban_share", .percent)]),
    Case(
      family: "life expectancy",
      text: "Tuổi thọ trung bình của người dân đạt 75,5 tuổi vào năm 2030.",
      expected: [C("life_expectancy", .years)]),
    Case(
      family: "doctors and hospital beds",
      text:
        "Đến năm 2030, số bác sĩ đạt 15 người trên một vạn dân; số giường bệnh đạt 38"
        + " giường/vạn dân.",
      expected: [C("doctors_per_10k", .per10kPeople), C("hospital_beds_per_10k", .per10kPeople)]),
    Case(
      family: "health insurance",
      text: "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%.",
      expected: [C("health_insurance_coverage", .percent)]),
    Case(
      family: "urbanisation",
      text: "Phấn đấu đến năm 2030 tỷ lệ đô thị hóa đạt 40%.",
      expected: [C("urbanisation_rate", .percent)]),
    Case(
      family: "new-style rural communes",
      text:
        "Đến năm 2030, tỷ lệ xã đạt chuẩn nông thôn mới đạt 90%, trong đó 40% số xã đạt chuẩn"
        + " nông thôn mới nâng cao.",
      expected: [
        C("new_rural_commune_share", .percent), C("new_rural_advanced_commune_share", .percent),
      ]),
    Case(
      family: "budget revenue",
      text: "Đến năm 2030, thu ngân sách nhà nước trên địa bàn đạt 25.000 tỷ đồng.",
      expected: [C("budget_revenue", .vndTrillion)]),
    Case(
      family: "total social investment",
      text: "Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt khoảng 450 nghìn tỷ đồng.",
      expected: [C("total_social_investment", .vndTrillion)]),
    Case(
      family: "exports (growth and value in billion USD)",
      text:
        "Kim ngạch xuất khẩu tăng bình quân 12%/năm giai đoạn 2026-2030; đến năm 2030, kim"
        + " ngạch xuất khẩu đạt trên 3 tỷ USD.",
      expected: [C("export_growth", .percentPerYear), C("export_value", .usdBillion)]),
    Case(
      family: "FDI attracted (billion USD)",
      text: "Giai đoạn 2026-2030, thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt 5 tỷ USD.",
      expected: [C("fdi_attracted", .usdBillion)]),
    Case(
      family: "tourist arrivals (million visits)",
      text: "Đến năm 2030, đón 12 triệu lượt khách du lịch.",
      expected: [C("tourist_arrivals", .millionVisits)]),
    Case(
      family: "FDI",
      text:
        "Đến năm 2030, tỉnh đứng thứ 12 cả nước về thu hút vốn đầu tư trực tiếp nước ngoài (FDI).",
      expected: [C("fdi_attraction_rank", .rank)]),
    Case(
      family: "tourism",
      text:
        "Đến năm 2030, tổng thu từ khách du lịch đạt 30.000 tỷ đồng; lượt khách du lịch tăng"
        + " bình quân 10%/năm.",
      expected: [C("tourism_revenue", .vndTrillion), C("tourist_arrivals_growth", .percentPerYear)]
    ),
    Case(
      family: "schools meeting national standards",
      text: "Đến năm 2030, tỷ lệ trường học đạt chuẩn quốc gia đạt 85%.",
      expected: [C("standard_schools_share", .percent)]),
    Case(
      family: "PCI rank",
      text:
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm 20 tỉnh dẫn đầu cả nước vào năm 2030.",
      expected: [C("pci_rank", .rank)]),
    Case(
      family: "PAR INDEX rank",
      text: "Chỉ số cải cách hành chính (PAR INDEX) nằm trong nhóm 15 tỉnh dẫn đầu vào năm 2030.",
      expected: [C("par_index_rank", .rank)]),
    Case(
      family: "digital: online dossiers, cashless payments, digital economy",
      text:
        "Đến năm 2030, tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến đạt 90%; tỷ lệ giao"
        + " dịch thanh toán không dùng tiền mặt đạt 80%; tỷ trọng kinh tế số đạt 25% GRDP.",
      expected: [
        C("online_dossier_share", .percent), C("cashless_transaction_share", .percent),
        C("digital_economy_share_grdp", .percentOfGRDP),
      ]),
    Case(
      family: "without diacritics",
      text: "Den nam 2030, ty le che phu rung dat 55%, ty le ho ngheo duoi 1,5%.",
      expected: [C("forest_cover", .percent), C("poverty_rate", .percent)]),
  ]

  @Test(arguments: cases)
  func eachFamilyGetsItsIndicatorAndUnit(_ test: Case) throws {
    let candidates = try ExtractionFixture.extractor().extract(test.text, geo: "lai-chau")
    #expect(candidates.map { C($0.indicatorID, $0.unit) } == test.expected)
  }

  @Test func everyIndicatorTheCasesNameIsInTheShippedCatalogWithThatUnit() throws {
    let indicators = try ExtractionFixture.catalog.get().catalog.indicators
    let units = Dictionary(indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
    for expected in Self.cases.flatMap(\.expected) where expected.indicator != "unclassified" {
      #expect(units[expected.indicator] == expected.unit, "\(expected)")
    }
  }
}
