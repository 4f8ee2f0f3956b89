import Benchmark
import Catalog

/// Words and numbers of the reports in one language: labels, domain verdicts, figures.
public struct Localizer: Sendable {
  /// The language of the words and number formats.
  public var language: Language

  /// How a geo id is named in sentences: the catalog's name where one is known.
  var place: @Sendable (String) -> String = { $0 }

  /// A localizer for `language`.
  public init(_ language: Language) { self.language = language }

  /// A localizer for `language` that names provinces and regions as `catalog` does.
  public init(_ language: Language, catalog: Catalog) {
    self.language = language
    place = { catalog.geoName($0) }
  }

  var vi: Bool { language == .vi }

  func callAsFunction(_ label: Label) -> String { label.text(language) }

  /// `37,6` in Vietnamese, `37.6` in English; at most `decimals` decimals.
  func number(_ x: Double, decimals: Int = 2) -> String {
    NumberFormat.localized(rounded(x, decimals), vietnamese: vi)
  }

  private func rounded(_ x: Double, _ decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (x * scale).rounded() / scale
  }

  /// A range: `9–10`, or `−15,17 đến −13,17` when an end is negative.
  func range(_ r: FigureRange, decimals: Int = 2) -> String {
    let (a, b) = (number(r.low, decimals: decimals), number(r.high, decimals: decimals))
    if a == b { return a }
    return r.low < 0 || r.high < 0 ? "\(a) \(vi ? "đến" : "to") \(b)" : "\(a)–\(b)"
  }

  /// A number as the command-line listings write it in English (`37.6`, `9–10`, `-15.38 to
  /// -14.25`, `≥ 0.623`), in the localizer's language: `37,6`, `-15,38 đến -14,25` in
  /// Vietnamese, unchanged in English. Only for text made of figures, signs and dashes.
  func numeric(_ text: String) -> String {
    guard vi else { return text }
    return text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(
      of: " to ", with: " đến ")
  }

  /// `n` members of `m` with a figure: `8 of 14`, `8/14`.
  func count(_ n: Int, of m: Int) -> String { vi ? "\(n)/\(m)" : "\(n) of \(m)" }

  /// A signed gap: `+5`, `−2,5`.
  func gap(_ g: Gap?) -> String {
    guard let g else { return "—" }
    return (g.absolute.low > 0 ? "+" : "") + range(g.absolute)
  }

  /// A target's figure as the document states it: `≥ 40`, `~ 9–10`, `16–18`.
  func figure(_ q: Quantity?) -> String {
    guard let q else { return vi ? "(định tính)" : "(qualitative)" }
    let low = number(q.value, decimals: 3)
    let high = q.valueHigh.map { number($0, decimals: 3) }
    switch q.comparator {
    case .range: return "\(low)–\(high ?? low)"
    case .approximately: return high.map { "~ \(low)–\($0)" } ?? "~ \(low)"
    default: return "\(q.comparator.symbol) \(low)"
    }
  }

  /// The unit as a reader writes it.
  func unit(_ u: Unit) -> String {
    switch u {
    case .percentOfGRDP: "% GRDP"
    case .percent: "%"
    case .percentOfLocalBudget: vi ? "% chi NSĐP" : "% of local budget"
    case .percentOfStateBudget: vi ? "% chi NSNN" : "% of state budget"
    case .percentOfGrowth: vi ? "% tăng trưởng" : "% of growth"
    case .percentPerYear: vi ? "%/năm" : "%/year"
    case .per10kPeople: vi ? "người/vạn dân" : "per 10,000 people"
    case .index: vi ? "chỉ số" : "index"
    case .score: vi ? "điểm" : "score"
    case .count: vi ? "số lượng" : "count"
    case .rank: vi ? "hạng" : "rank"
    case .vndMillionPerPerson: vi ? "triệu đồng/người" : "million VND/person"
    case .usdPerPerson: vi ? "USD/người" : "USD/person"
    case .vndTrillion: vi ? "nghìn tỷ đồng" : "trillion VND"
    case .millionPeople: vi ? "triệu người" : "million people"
    case .usdBillion: vi ? "tỷ USD" : "billion USD"
    case .usdMillion: vi ? "triệu USD" : "million USD"
    case .millionVisits: vi ? "triệu lượt khách" : "million visits"
    case .visits: vi ? "lượt khách" : "visits"
    case .vndBillion: vi ? "tỷ đồng" : "billion VND"
    case .vndMillionPerPersonMonth: vi ? "triệu đồng/người/tháng" : "million VND/person/month"
    case .per100People: vi ? "trên 100 dân" : "per 100 people"
    case .years: vi ? "năm" : "years"
    case .level: vi ? "mức" : "level"
    }
  }

  func indicatorName(_ indicator: Indicator?) -> String {
    guard let indicator else { return "" }
    return vi ? indicator.name : indicator.nameEn
  }

  /// A short mark for a figure that is not from the issuer's own text: "thứ cấp", "bản dịch".
  func confidenceMark(_ c: Confidence) -> String {
    switch c {
    case .primary: ""
    case .secondary: vi ? " [thứ cấp]" : " [secondary]"
    case .translation: vi ? " [bản dịch]" : " [translation]"
    }
  }

  func confidence(_ c: Confidence) -> String {
    switch c {
    case .primary: vi ? "văn bản gốc" : "primary (issuer's text)"
    case .secondary: vi ? "nguồn thứ cấp (báo chí)" : "secondary (press report)"
    case .translation: vi ? "bản dịch" : "translation"
    }
  }

  func verdict(_ c: Comparability) -> String {
    switch c {
    case .comparable: vi ? "so sánh được" : "comparable"
    case .comparableWithCaveat: vi ? "so sánh được, có lưu ý" : "comparable with caveat"
    case .notComparable: vi ? "không so sánh được" : "not comparable"
    }
  }

  func reason(_ r: NotComparableReason) -> String {
    guard vi else { return r.description }
    switch r {
    case .qualitative(let id): return "mục tiêu \(id) là định tính, không có con số"
    case .rankVersusFigure: return "một bên là thứ hạng, một bên là con số"
    case .missingYear(let id): return "mục tiêu \(id) không nêu năm"
    case .differentHorizon(let a, let b): return "khác mốc thời gian: \(a) và \(b)"
    case .differentDenominator(let a, let b):
      return "khác mẫu số: “\(Denominators.name(a, .vi))” và “\(Denominators.name(b, .vi))”"
    case .differentUnit(let a, let b): return "khác đơn vị: \(unit(a)) và \(unit(b))"
    case .differentScope(let a, let b): return "khác phạm vi: \(a) và \(b)"
    case .differentIndicator(let a, let b): return "khác chỉ tiêu: \(a) và \(b)"
    case .noCounterpart(let geo): return "\(place(geo)) không có mục tiêu cho chỉ tiêu này"
    }
  }

  /// Why a target is left out of an alignment, in the page's language.
  func exclusion(_ r: ExclusionReason) -> String {
    guard vi else { return r.description }
    switch r {
    case .notComparable(let reason): return self.reason(reason)
    case .notAProvince(let geo, let region):
      return "\(place(geo)) không phải là tỉnh của vùng \(place(region))"
    case .notYetExisting(let geo, let from):
      return "\(place(geo)) được thành lập từ \(from): dùng địa giới 2025"
    case .ceased(let geo, let day, let successor, let region, let geography):
      return "\(place(geo)) tồn tại đến hết \(day?.description ?? "?"); tỉnh kế thừa "
        + "\(place(successor)) không thuộc vùng \(place(region)) (địa giới \(geography.rawValue))"
    case .didNotExist(let geo, let day): return "\(place(geo)) không tồn tại vào ngày \(day)"
    case .notMember(let geo, let region): return "\(place(geo)) không thuộc vùng \(place(region))"
    case .successorSetsOwnTarget(let successor): return "\(place(successor)) đã có mục tiêu riêng"
    case .notCombinable(let refusal):
      switch refusal {
      case .unknownIndicator: return "chỉ tiêu không có trong danh mục"
      case .notQuantitative:
        return "nhiều tỉnh cũ đặt mục tiêu định tính hoặc thứ hạng, không gộp được"
      case .conflictingPredecessor:
        return "một tỉnh cũ có các mục tiêu mâu thuẫn; cần xử lý mâu thuẫn trước"
      case .differentComparators:
        return "mục tiêu của các tỉnh cũ dùng dấu so sánh khác nhau, không gộp được"
      case .noRegionalWeight:
        return "nhiều tỉnh cũ đặt mục tiêu nhưng chỉ tiêu không có quyền số vùng"
      case .noCommonYear(let variable):
        return "không có năm nào có số liệu \(variable) cho mọi tỉnh cũ"
      case .zeroWeights: return "tổng quyền số bằng 0"
      }
    }
  }

  func caveat(_ c: Caveat) -> String {
    guard vi else { return c.description }
    switch c {
    case .stated(let id, let text): return "\(id): \(text)"
    case .approximate(let id): return "\(id) là con số ước chừng (khoảng)"
    case .confidence(let id, let level): return "\(id) lấy từ \(confidence(level))"
    case .differentPeriods(let a, let b): return "khác giai đoạn: \(a) và \(b)"
    case .inherited(let id, let rule): return "\(id) được kế thừa: \(rule)"
    }
  }

  func reading(_ r: FigureReading) -> String {
    guard vi else { return r.rawValue }
    switch r {
    case .minimum: return "tối thiểu"
    case .strictMinimum: return "trên"
    case .exact: return "đạt"
    case .maximum: return "tối đa"
    case .strictMaximum: return "dưới"
    case .approximate: return "khoảng"
    case .range: return "khoảng từ–đến"
    }
  }

  func pace(_ p: PaceStatus) -> (String, Tone) {
    let tone: Tone
    switch p {
    case .achieved, .onTrack: tone = .good
    case .accelerationNeeded: tone = .warning
    // Open SDG's gauge: green, yellow, orange, red
    case .limitedProgress: tone = .caution
    case .deterioration: tone = .bad
    case .insufficientData, .notApplicable: tone = .none
    }
    guard vi else { return (p.rawValue, tone) }
    let text: String
    switch p {
    case .achieved: text = "đã đạt"
    case .onTrack: text = "đúng tiến độ"
    case .accelerationNeeded: text = "cần tăng tốc"
    case .limitedProgress: text = "tiến bộ hạn chế"
    case .deterioration: text = "đi xuống"
    case .insufficientData: text = "chưa đủ số liệu"
    case .notApplicable: text = "không áp dụng"
    }
    return (text, tone)
  }

  /// The status as a page shows it: an arrow for the progress towards the target (not the
  /// value's direction) before the words, in Open SDG's colour: ◎ achieved, ↑ on track,
  /// ↗ acceleration needed, → limited progress, ↓ deterioration; no arrow without a status.
  func paceBadge(_ p: PaceStatus) -> (String, Tone) {
    let (text, tone) = pace(p)
    let arrow: String
    switch p {
    case .achieved: arrow = "◎"
    case .onTrack: arrow = "↑"
    case .accelerationNeeded: arrow = "↗"
    case .limitedProgress: arrow = "→"
    case .deterioration: arrow = "↓"
    case .insufficientData, .notApplicable: return (text, tone)
    }
    return ("\(arrow) \(text)", tone)
  }

  func mark(_ m: StrengthMark) -> (String, Tone) {
    let tone: Tone = m == .strength ? .good : m == .weakness ? .bad : .none
    guard vi else { return (m.rawValue, tone) }
    switch m {
    case .strength: return ("điểm mạnh", tone)
    case .weakness: return ("điểm yếu", tone)
    case .neither: return ("—", tone)
    case .tooFew: return ("quá ít tỉnh", tone)
    }
  }

  func standing(_ s: NationalStanding.Status) -> (String, Tone) {
    let tone: Tone
    switch s {
    case .above: tone = .good
    case .below: tone = .bad
    case .equal, .sameFigure, .overlapping: tone = .neutral
    case .noCounterpart, .notComparable: tone = .none
    }
    guard vi else { return (s.rawValue, tone) }
    switch s {
    case .above: return ("cao hơn quốc gia", tone)
    case .equal: return ("bằng / chép mục tiêu quốc gia", tone)
    case .sameFigure: return ("cùng con số", tone)
    case .below: return ("thấp hơn quốc gia", tone)
    case .overlapping: return ("chồng lấn với quốc gia", tone)
    case .noCounterpart: return ("không có mục tiêu quốc gia tương ứng", tone)
    case .notComparable: return ("không so sánh được", tone)
    }
  }

  func conflictKind(_ k: Conflict.Kind) -> String {
    guard vi else { return k.rawValue }
    switch k {
    case .differentFigures: return "khác con số"
    case .overlappingScope: return "phạm vi lồng nhau"
    }
  }

  func rank(_ r: RegionalRank) -> String {
    let tie = r.tiedWith.isEmpty ? "" : "="
    return vi
      ? "\(tie)\(r.position)/\(r.ranked) (vùng có \(r.members) tỉnh)"
      : "\(tie)\(r.position) of \(r.ranked) (\(r.members) members)"
  }
}
