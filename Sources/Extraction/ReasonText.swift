import Foundation

/// The extractor's reasons and notes (`CandidateTarget.reason`, `note`: English, as the review
/// sheet and `targets.csv` keep them) told in Vietnamese for the review page: each `; `-separated
/// part is matched against the wordings the extractor writes, the words it quotes from the
/// document kept as they are.
public enum ReasonText {
  /// `reason` in Vietnamese; a part no wording matches stays in English, marked `(tiếng Anh)`.
  /// - Parameter names: indicator id → Vietnamese name, for the runner-up the reason names.
  public static func vietnamese(_ reason: String, names: [String: String] = [:]) -> String {
    parts(of: reason).map { part in
      translate(part, names: names) ?? "\(part) (tiếng Anh)"
    }.joined(separator: "; ")
  }

  /// The parts of `reason`, split at `; ` outside quoted document words (`'năm 2025; năm
  /// 2026'` is one quote).
  static func parts(of reason: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var quoted = false
    var previous: Character = " "
    let characters = Array(reason)
    for (i, character) in characters.enumerated() {
      if character == "'" {
        // A quote opens after a space or `(` and closes before a space, `)`, `,` or the end.
        let next = i + 1 < characters.count ? characters[i + 1] : " "
        if !quoted, previous == " " || previous == "(" {
          quoted = true
        } else if quoted, next == " " || next == ")" || next == "," || next == ";" {
          quoted = false
        }
      }
      if !quoted, character == ";", i + 1 < characters.count, characters[i + 1] == " " {
        parts.append(current)
        current = ""
        previous = ";"
        continue
      }
      if !(current.isEmpty && character == " " && previous == ";") {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }

  /// One part in Vietnamese, or nil when it is no wording the extractor writes.
  static func translate(_ part: String, names: [String: String]) -> String? {
    for wording in wordings {
      guard let values = wording.match(part) else { continue }
      // Each slot of the Vietnamese takes the next value of the same slot in the English.
      var queues: [String: [String]] = [:]
      for (slot, value) in zip(wording.slots, values) { queues[slot, default: []].append(value) }
      var out = ""
      var rest = Substring(wording.vietnamese)
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        out += rest[..<open]
        let slot = String(rest[rest.index(after: open)..<close])
        let value = queues[slot]?.isEmpty == false ? queues[slot]?.removeFirst() ?? "" : ""
        switch slot {
        case "why": out += translate(value, names: names) ?? "\(value) (tiếng Anh)"
        case "id": out += names[String(value.dropFirst().dropLast())].map { "'\($0)'" } ?? value
        // The extractor writes dot decimals; a Vietnamese reader writes a comma.
        case "n": out += value.replacingOccurrences(of: ".", with: ",")
        default: out += value
        }
        rest = rest[rest.index(after: close)...]
      }
      return out + rest
    }
    return nil
  }

  /// An English wording with slots (`{q}` quoted words, `{n}` a number, `{c}` a comparator,
  /// `{b}` back-quoted words, `{id}` a quoted indicator id, `{why}` a nested reason) and its
  /// Vietnamese.
  struct Wording {
    var slots: [String]
    var vietnamese: String
    let pattern: NSRegularExpression?
    /// The words before the first slot, and the longest run of words between slots: a part
    /// without them is not tried against the pattern (a page of a thousand candidates would
    /// otherwise run every pattern on every part).
    let prefix: String
    let literal: String

    init(_ english: String, _ vietnamese: String) {
      self.vietnamese = vietnamese
      prefix = String(english.prefix { $0 != "{" })
      literal =
        english.split(separator: "{").map { String($0.drop { $0 != "}" }.dropFirst()) }
        .max { $0.count < $1.count } ?? ""
      var regex = "^"
      var slots: [String] = []
      var rest = Substring(english)
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        regex += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
        let slot = String(rest[rest.index(after: open)..<close])
        slots.append(slot)
        switch slot {
        case "n": regex += "(-?[0-9]+(?:\\.[0-9]+)?)"
        case "c": regex += "(\\S*)"
        case "b": regex += "(`[^`]*`)"
        case "why": regex += "(.+)"
        default: regex += "('.*?')"
        }
        rest = rest[rest.index(after: close)...]
      }
      regex += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
      self.slots = slots
      pattern = try? NSRegularExpression(pattern: regex, options: [.dotMatchesLineSeparators])
    }

    /// The slots' values in `part`, or nil when the wording does not match it.
    func match(_ part: String) -> [String]? {
      guard part.hasPrefix(prefix), literal.isEmpty || part.contains(literal) else { return nil }
      let whole = NSRange(part.startIndex..<part.endIndex, in: part)
      guard let pattern, let found = pattern.firstMatch(in: part, range: whole) else {
        return nil
      }
      return (1..<found.numberOfRanges).compactMap { i in
        Range(found.range(at: i), in: part).map { String(part[$0]) }
      }
    }
  }

  /// Every wording the extractor writes in a reason, more specific ones first.
  static let wordings: [Wording] = [
    Wording(
      "indicator from {q} before the figure (score {n}, OCR-tolerant match)",
      "chỉ tiêu theo {q} trước số liệu (điểm {n}, khớp gần đúng do lỗi OCR)"),
    Wording(
      "indicator from {q} after the figure (score {n}, OCR-tolerant match)",
      "chỉ tiêu theo {q} sau số liệu (điểm {n}, khớp gần đúng do lỗi OCR)"),
    Wording(
      "indicator from {q} before the figure (score {n})",
      "chỉ tiêu theo {q} trước số liệu (điểm {n})"),
    Wording(
      "indicator from {q} after the figure (score {n})", "chỉ tiêu theo {q} sau số liệu (điểm {n})"),
    Wording("close second {id}", "chỉ tiêu gần bằng điểm: {id}"),
    Wording("one phrase names several indicators", "một cụm từ nêu nhiều chỉ tiêu"),
    Wording(
      "no keyword of the lexicon near the figure: unclassified",
      "không có từ khóa nào của từ điển gần số liệu: chưa phân loại"),
    Wording("figure implied by {q}, recorded as 100", "số liệu hiểu từ {q}, ghi là 100"),
    Wording("{q} converted to {n} trillion VND", "{q} đổi thành {n} nghìn tỷ đồng"),
    Wording(
      "a multiple of a base: no catalog unit holds it",
      "bội số của một mức gốc: danh mục chưa có đơn vị cho nó"),
    Wording(
      "a count of {q}, which no catalog indicator holds",
      "số lượng {q}, danh mục chưa có chỉ tiêu cho nó"),
    Wording("comparator = : {q} starts a change", "so sánh = : {q} mở đầu một thay đổi"),
    Wording("comparator {c} from {q}", "so sánh {c} theo {q}"),
    Wording("range", "khoảng giá trị"),
    Wording("no comparator word: read as =", "không có từ so sánh: đọc là ="),
    Wording("year from {q} in the sentence", "năm theo {q} trong câu"),
    Wording("year from the heading on line {n}", "năm theo đề mục ở dòng {n}"),
    Wording(
      "year from {q} on line {n}, which governs what follows",
      "năm theo {q} ở dòng {n}, áp dụng cho phần sau"),
    Wording("year from the document title (line {n})", "năm theo tiêu đề văn bản (dòng {n})"),
    Wording(
      "year from the table column headed on line {n}", "năm theo cột bảng có tiêu đề ở dòng {n}"),
    Wording(
      "no year in the sentence, its headings or the title",
      "không có năm trong câu, trong đề mục hay tiêu đề"),
    Wording(
      "table row on line {n} {q}, column {q} (line {n})",
      "hàng bảng ở dòng {n} {q}, cột {q} (dòng {n})"),
    Wording(
      "table row on line {n}, column {q} (line {n})", "hàng bảng ở dòng {n}, cột {q} (dòng {n})"),
    Wording(
      "a plain year column read as a goal: check it is not a base year",
      "cột chỉ ghi năm được đọc là mục tiêu: cần kiểm tra đó không phải năm gốc"),
    Wording(
      "a plain year column before the table's period ({n}-): its base",
      "cột chỉ ghi năm trước giai đoạn của bảng ({n}-): năm gốc"),
    Wording(
      "the second number of a result/target pair: the old target",
      "số thứ hai của cặp kết quả/chỉ tiêu: chỉ tiêu cũ"),
    Wording(
      "role to check: a figure on its line is read as a past result",
      "cần kiểm tra vai trò: một số liệu cùng dòng được đọc là kết quả đã đạt"),
    Wording("a past result: {why}", "kết quả đã đạt: {why}"),
    Wording("a goal: {q} says what must be reached", "mục tiêu: {q} nêu mức phải đạt"),
    Wording("a goal: {q} after the figure sets a floor", "mục tiêu: {q} sau số liệu nêu mức sàn"),
    Wording(
      "a goal: {q} names the goal the figure states", "mục tiêu: {q} nêu mục tiêu mà số liệu ghi"),
    // The notes written for `targets.csv`.
    Wording("no year", "không có năm"),
    Wording("year from line {n}: {q}", "năm theo dòng {n}: {q}"),
    Wording(
      "year {c} from the document title (line {n})", "năm {c} theo tiêu đề văn bản (dòng {n})"),
    Wording(
      "year {c} from the table column {q} (line {n})", "năm {c} theo cột bảng {q} (dòng {n})"),
    Wording("{q} recorded as 100", "{q} ghi là 100"),
    Wording("{q} recorded as {n} (trillion VND)", "{q} ghi là {n} (nghìn tỷ đồng)"),
    Wording(
      "a count of {q}, name its indicator or reject",
      "số lượng {q}, cần ghi rõ chỉ tiêu hoặc loại bỏ"),
    Wording(
      "a multiple (× base): name the base and the indicator, or reject",
      "bội số (× mức gốc): ghi rõ mức gốc và chỉ tiêu, hoặc loại bỏ"),
    Wording(
      "geo {c} from the row's name {q}: check it against provinces.csv (a merged province has"
        + " an id of its own)",
      "mã địa bàn {c} theo tên hàng {q}: cần đối chiếu với provinces.csv (tỉnh sau sáp nhập có"
        + " mã riêng)"),
    // Why a figure is a past result (CandidateBuilder.pastReason, TargetExtractor).
    Wording(
      "words before the figure state a fact of the place as it stands",
      "các từ trước số liệu nêu một thông tin hiện trạng của địa phương"),
    Wording(
      "{q} (already) before the figure in its clause", "{q} (đã) trước số liệu trong cùng vế câu"),
    Wording(
      "{q} (already) after the figure, in the clause it is the subject of",
      "{q} (đã) sau số liệu, trong vế câu mà số liệu làm chủ ngữ"),
    Wording(
      "it is a share of the plan or estimate after it",
      "số liệu là tỷ lệ so với kế hoạch hoặc dự toán nêu sau nó"),
    Wording(
      "a place in a ranking, with no goal before it",
      "thứ hạng đạt được, không có từ chỉ mục tiêu trước nó"),
    Wording("words before the figure report a result", "các từ trước số liệu thuật lại kết quả"),
    Wording(
      "words before the sentence's figures tell the present state",
      "các từ trước các số liệu của câu nói về hiện trạng"),
    Wording(
      "it is the level a change starts from ({b})", "đó là mức xuất phát của một thay đổi ({b})"),
    Wording(
      "the words after the figure, which opens the sentence, report a result",
      "các từ sau số liệu, đứng đầu câu, thuật lại kết quả"),
    Wording(
      "it is compared with a goal or an average after it",
      "số liệu được so với mục tiêu hoặc mức trung bình nêu sau nó"),
    Wording(
      "{q} ended by the start of the title's term ({n})",
      "{q} đã kết thúc khi nhiệm kỳ trong tiêu đề bắt đầu ({n})"),
    Wording(
      "{q} ended as a later term named before it ({n}) starts",
      "{q} đã kết thúc khi nhiệm kỳ sau, nêu trước đó, bắt đầu ({n})"),
    Wording(
      "{q} is forecast in the year a later term starts ({n})",
      "{q} là dự báo cho năm nhiệm kỳ sau bắt đầu ({n})"),
    Wording(
      "{q} is forecast among results told up to that year",
      "{q} là dự báo giữa các kết quả thuật lại đến năm đó"),
    Wording(
      "{q} comes before {q}, forecast among results",
      "{q} đứng trước {q}, năm được dự báo giữa các kết quả"),
    Wording(
      "{q} ended before the document's date ({n})",
      "{q} đã kết thúc trước ngày ban hành văn bản ({n})"),
    Wording(
      "{q} is the year a term named before starts ({n})",
      "{q} là năm bắt đầu của nhiệm kỳ đã nêu trước ({n})"),
    Wording("the results told up to {q} cover {q}", "các kết quả thuật lại đến {q} bao gồm {q}"),
    Wording(
      "{q} is before the document's first horizon", "{q} trước mốc thời gian đầu tiên của văn bản"),
    Wording("the sentences before report results", "các câu trước thuật lại kết quả"),
    Wording(
      "the sentence sets no goal and another of its figures is a result",
      "câu không đặt mục tiêu và một số liệu khác trong câu là kết quả"),
    Wording(
      "nothing in the text sets a goal: no goal word, no year ahead",
      "văn bản không đặt mục tiêu nào: không có từ chỉ mục tiêu, không có năm phía trước"),
    Wording(
      "no sentence around it sets a goal and its paragraphs report results",
      "không câu nào quanh nó đặt mục tiêu và các đoạn văn quanh nó thuật lại kết quả"),
    Wording(
      "the text reports {n}, so `đến` {n} dates a state, not a horizon",
      "văn bản thuật lại năm {n}, nên `đến` {n} chỉ thời điểm của một hiện trạng, không phải mốc mục tiêu"
    ),
    Wording(
      "a later period of the sentence (from {n}) is reported",
      "một giai đoạn sau trong câu (từ {n}) được thuật lại"),
  ]
}
