import Catalog
import Support

extension Extraction {
  /// What the text before a sentence says about its time: the horizon a lead clause or a
  /// period set (`Mục tiêu đến năm 2030:`, `nhiệm kỳ 2025-2030`), and whether it speaks of
  /// results (`Nhìn lại năm 2024`, `kết quả đạt được`) or of goals (docs/methodology.md,
  /// "Year scopes and past results").
  struct Scope: Sendable {
    /// The last horizon that governs the sentences after it, and its line.
    var carried: YearMention?
    /// The text before the sentence speaks of results.
    var past = false
    /// The year of the results spoken of: the earliest-ending mention of the last sentence
    /// about results that names one.
    var pastYear: YearMention?
    /// The earliest horizon the document looks forward to (`đến năm 2025`): a bare `năm 2024`
    /// before it is a past year.
    var present: Int?
    /// The year of the document's date in its first lines (`ngày 08/6/2022`).
    var dated: YearMention?
  }

  /// Words that say a sentence speaks of results or of goals.
  enum TenseReading {
    /// Past results whatever else the sentence says (`ước đạt`, `nhiệm kỳ vừa qua`).
    static let strongPast = [
      "ước", "vừa qua", "năm qua", "kỳ qua", "gian qua", "nhìn lại", "đã đạt", "đã thực hiện",
      "đã hoàn thành", "đã vượt", "đã triển khai", "đánh giá kết quả", "tình hình thực hiện",
      "estimated", "last year",
    ].map(spelled)
    /// Past results unless the sentence also speaks of goals (`kết quả đạt được`).
    static let weakPast = ["đạt được", "achieved"].map(spelled)
    /// Goals: `phấn đấu`, `mục tiêu`, `sẽ`; not right after a figure or `đạt` (`đạt 76,5%
    /// mục tiêu`, `cao hơn kế hoạch` compare a result with its goal).
    static let forward = [
      "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "định hướng", "tầm nhìn", "sẽ",
      "đặt ra", "đề ra", "thời gian tới", "sắp tới", "target", "aim", "will",
    ].map(spelled)

    /// The lower-case NFC words of a marker.
    static func spelled(_ phrase: String) -> [String] {
      Text.nfc(phrase.lowercased()).split(separator: " ").map(String.init)
    }
    static let comparing: Set<String> = OCRFold.folds(["đạt", "hơn", "vượt", "với", "so"])

    /// The token indices where each kind of marker starts in `range`.
    struct Markers: Sendable {
      var strongPast: [Int] = []
      var weakPast: [Int] = []
      var forward: [Int] = []

      /// Whether the words before token `index` speak of results.
      func past(before index: Int) -> Bool {
        if strongPast.contains(where: { $0 < index }) { return true }
        return weakPast.contains(where: { $0 < index }) && !forward.contains(where: { $0 < index })
      }

      /// Whether the words before token `index` speak of goals (and not of results).
      func goal(before index: Int) -> Bool {
        forward.contains(where: { $0 < index }) && !past(before: index)
      }
    }

    /// The markers of `range`. Unlike keywords, marker words must be spelled as listed: with
    /// their marks when the text has marks (`đã đạt` is not `đã đặt`, `để đạt`), by their
    /// folded spelling when it has none (OCR text without diacritics).
    static func markers(in range: Range<Int>, of plan: PlanText) -> Markers {
      var out = Markers()
      let lower = max(range.lowerBound, 0)
      let upper = min(range.upperBound, plan.tokens.count)
      guard lower < upper else { return out }
      for start in lower..<upper where plan.tokens[start].kind == .word {
        if matches(strongPast, at: start, plan, upper) {
          out.strongPast.append(start)
        } else if matches(weakPast, at: start, plan, upper) {
          out.weakPast.append(start)
        } else if matches(forward, at: start, plan, upper),
          !isComparison(before: start, plan, range)
        {
          out.forward.append(start)
        }
      }
      return out
    }

    private static func matches(
      _ phrases: [[String]], at start: Int, _ plan: PlanText, _ upper: Int
    )
      -> Bool
    {
      phrases.contains { words in
        guard start + words.count <= upper else { return false }
        for (offset, word) in words.enumerated() {
          let token = plan.tokens[start + offset]
          guard token.kind == .word, let form = token.form else { return false }
          let written = Text.nfc(token.text.lowercased())
          if written.allSatisfy(\.isASCII) {
            if form.fold != WordForm(word).fold { return false }
          } else if written != word {
            return false
          }
        }
        return true
      }
    }

    /// `76,5% mục tiêu`, `đạt kế hoạch`, `so với kế hoạch`: a goal word comparing a result.
    private static func isComparison(before token: Int, _ plan: PlanText, _ range: Range<Int>)
      -> Bool
    {
      guard token - 1 >= range.lowerBound, token - 1 < plan.tokens.count else { return false }
      let previous = plan.tokens[token - 1]
      if previous.kind == .number || previous.isSymbol("%") { return true }
      return previous.form.map { comparing.contains($0.fold) } ?? false
    }
  }

  /// Keeps the scope from sentence to sentence.
  struct ScopeTracker: Sendable {
    private(set) var scope = Scope()
    private let plan: PlanText

    /// - Parameter plan: the whole text; its forward horizons and date are read once.
    init(_ plan: PlanText) {
      self.plan = plan
      let all = YearReading.mentions(in: 0..<plan.tokens.count, of: plan, strict: false)
      scope.present = all.filter { $0.forward && !$0.vision }.map(\.horizon.year).min()
      scope.dated = Self.date(in: plan)
    }

    /// The first date in the first five lines: `dd/mm/yyyy` or `tháng … năm yyyy`.
    private static func date(in plan: PlanText) -> YearMention? {
      let t = plan.tokens
      for i in t.indices where t[i].line <= 5 && t[i].kind == .number {
        guard FigureReading.isYear(t[i].text), let year = Int(t[i].text), i >= 2 else { continue }
        let slashDate = t[i - 1].isSymbol("/") && t[i - 2].kind == .number
        let spelled =
          i >= 4 && t[i - 1].form?.fold == "nam" && t[i - 2].kind == .number
          && t[i - 3].form?.fold == "thang"
        if slashDate || spelled {
          return YearMention(
            horizon: Horizon(year: year), first: i, last: i, line: t[i].line,
            words: plan.text(from: max(0, i - 4), to: i))
        }
      }
      return nil
    }

    /// Moves past `sentence`, whose horizon mentions are `years` and markers `markers`.
    /// - Parameter hasFigures: the sentence states figures (its horizons then carry on).
    mutating func advance(
      past sentence: Range<Int>, years: [YearMention], markers: TenseReading.Markers,
      hasFigures: Bool, isBullet: Bool
    ) {
      let end = sentence.upperBound
      let past = markers.past(before: end)
      if past {
        scope.past = true
      } else if markers.goal(before: end)
        || years.contains(where: { mention in
          (mention.forward && !mention.vision)
            || scope.present.map { mention.horizon.year >= $0 } == true
        })
      {
        scope.past = false
      }
      if past, let year = years.min(by: { $0.horizon.year < $1.horizon.year }) {
        scope.pastYear = year
      }
      // Item-level leads (`- Đến năm 2025, …`) stay in their item.
      guard !isBullet, !past else { return }
      let setters = years.filter { mention in
        guard !mention.vision, !mention.maintenance else { return false }
        return mention.horizon.startYear != nil || mention.leads || hasFigures
      }
      if let last = setters.last { scope.carried = last }
    }
  }
}
