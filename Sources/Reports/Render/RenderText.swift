/// The renderers' own words (section headings, chart legends, table headers), in both
/// languages. Page content comes from the page builders; only these few words come from here.
enum RenderText: Sendable, CaseIterable {
  case sources, backToReference, name, value, reference, median, nominalRank, rankInterval
  case rank, medianColumn, rankAxis, better, worse, note, difference, ownScale
  case year, observedValue, requiredPath, samePoint
  // the dot plot's legend: one entry per kind of figure
  case legendExactly, legendAtLeast, legendAbove, legendAtMost, legendBelow, legendAbout
  case legendRange

  /// The text in `language`.
  func text(_ language: Language) -> String {
    let (vi, en) = pair
    return language == .vi ? vi : en
  }

  private var pair: (String, String) {
    switch self {
    case .sources: ("Nguồn và trích dẫn", "Sources and quotes")
    case .backToReference: ("Quay lại chỗ trích dẫn", "Back to the reference")
    case .name: ("Tên", "Name")
    case .value: ("Giá trị", "Value")
    case .reference: ("đường tham chiếu", "reference line")
    case .median: ("trung vị", "median")
    case .nominalRank: ("hạng danh nghĩa", "nominal rank")
    case .rankInterval: ("khoảng Q5–Q95", "Q5–Q95 interval")
    case .rank: ("Hạng", "Rank")
    case .medianColumn: ("Trung vị", "Median")
    case .rankAxis: ("Thứ hạng (1 = cao nhất)", "Rank (1 = best)")
    case .better: ("tốt hơn", "better")
    case .worse: ("kém hơn", "worse")
    case .note: ("Chú thích", "Note")
    case .difference: ("Chênh lệch", "Difference")
    case .year: ("Năm", "Year")
    case .observedValue: ("Số liệu thực tế", "Observed")
    case .requiredPath: ("Lộ trình cần có đến mục tiêu", "Path required to the target")
    case .ownScale: ("mỗi hàng một thang đo, từ 0", "each row on its own scale from 0")
    case .samePoint: ("cùng một điểm", "same point")
    case .legendExactly: ("đạt", "exactly")
    case .legendAtLeast: ("≥ tối thiểu (đầu mũi tên đặc)", "≥ at least (solid head)")
    case .legendAbove: ("> trên, không kể mức này (đầu rỗng)", "> above, not equal (open head)")
    case .legendAtMost: ("≤ tối đa (đầu mũi tên đặc)", "≤ at most (solid head)")
    case .legendBelow: ("< dưới, không kể mức này (đầu rỗng)", "< below, not equal (open head)")
    case .legendAbout: ("~ khoảng (chấm rỗng)", "~ about (hollow dot)")
    case .legendRange: ("từ–đến", "range")
    }
  }
}
