/// The names of denominators and weight variables (the ids of `indicators.csv`'s `denominator`
/// and `regional_weight` columns) on report pages: Vietnamese pages say "dân số", never
/// `population`.
enum Denominators {
  static let names: [String: (vi: String, en: String)] = [
    "administrative_dossiers": ("hồ sơ thủ tục hành chính", "administrative dossiers"),
    "adult_population": ("dân số trưởng thành", "adult population"),
    "agency_activities": ("hoạt động của cơ quan", "agency activities"),
    "agency_dt_tasks": (
      "nhiệm vụ chuyển đổi số của cơ quan", "agency digital-transformation tasks"
    ),
    "agency_processes_and_records": (
      "quy trình và hồ sơ của cơ quan", "agency processes and records"
    ),
    "cadres_civil_servants_public_employees": (
      "cán bộ, công chức, viên chức", "cadres, civil servants and public employees"
    ),
    "citizens_and_businesses": ("người dân và doanh nghiệp", "citizens and businesses"),
    "digital_economy_value": ("giá trị kinh tế số", "digital economy value"),
    "economic_administrative_centres_and_industrial_zones": (
      "trung tâm kinh tế, hành chính và khu công nghiệp",
      "economic and administrative centres and industrial zones"
    ),
    "eligible_administrative_procedures": (
      "thủ tục hành chính đủ điều kiện", "eligible administrative procedures"
    ),
    "enterprises": ("doanh nghiệp", "enterprises"),
    "goods_export_value": ("kim ngạch xuất khẩu hàng hóa", "goods export value"),
    "grdp": ("GRDP", "GRDP"),
    "grdp_growth": ("tăng trưởng GRDP", "GRDP growth"),
    "households": ("hộ gia đình", "households"),
    "leadership_civil_servants": ("cán bộ lãnh đạo, quản lý", "leading civil servants"),
    "local_budget_expenditure": ("chi ngân sách địa phương", "local budget expenditure"),
    "manufacturing_output": (
      "giá trị sản xuất công nghiệp chế biến, chế tạo", "manufacturing output"
    ),
    "none": ("không có mẫu số", "no denominator"),
    "patents": ("bằng sáng chế", "patents"),
    "pm_assigned_budget_estimate": (
      "dự toán ngân sách được Thủ tướng giao", "budget estimate assigned by the Prime Minister"
    ),
    "population": ("dân số", "population"),
    "population_15plus": ("dân số từ 15 tuổi trở lên", "population aged 15 and over"),
    "population_or_area": ("dân số hoặc diện tích", "population or area"),
    "rd_spending": ("chi cho nghiên cứu và phát triển", "R&D spending"),
    "recognised_community_tourism_sites": (
      "điểm du lịch cộng đồng được công nhận", "recognised community tourism sites"
    ),
    "residential_areas": ("khu dân cư", "residential areas"),
    "retail_sales": ("tổng mức bán lẻ hàng hóa", "retail sales"),
    "sector_value_added": ("giá trị tăng thêm của ngành", "sector value added"),
    "smes": ("doanh nghiệp nhỏ và vừa", "small and medium enterprises"),
    "state_budget_expenditure": ("chi ngân sách nhà nước", "state budget expenditure"),
    "state_budget_science_recurrent_expenditure": (
      "chi thường xuyên ngân sách nhà nước cho khoa học",
      "state-budget recurrent expenditure on science"
    ),
    "transactions": ("giao dịch", "transactions"),
    "villages": ("thôn, bản", "villages"),
    "workforce": ("lực lượng lao động", "workforce"),
    "unknown": ("chưa xác định", "unknown"),
  ]

  /// The name of denominator or weight variable `id` in `language`; the id in words (`_` as
  /// spaces) for an id the table does not have yet.
  static func name(_ id: String, _ language: Language) -> String {
    guard let entry = names[id] else { return id.replacingOccurrences(of: "_", with: " ") }
    return language == .vi ? entry.vi : entry.en
  }
}
