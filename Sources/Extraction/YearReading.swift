import Catalog
import Support

extension Extraction {
  /// A horizon stated in the text (`đến năm 2030`, `giai đoạn 2021-2030`), with where it is.
  struct YearMention: Sendable, Equatable {
    var horizon: Horizon
    /// Token indices of the (first) year and the last year.
    var first: Int
    var last: Int
    /// The token index where its words start (`đến` of `đến năm 2030`, `giai` of `giai đoạn
    /// 2021-2025`); a figure that ends right before it owns it (`65% năm 2020`).
    var head: Int
    var line: Int
    /// The words as written (`dén nim 2030`).
    var words: String
    /// Said with a forward marker (`đến`, `tới`, `vào`, `trước` năm): a horizon, not a date.
    var forward = false
    /// `tầm nhìn đến năm 2045`: a long-term vision.
    var vision = false
    /// `duy trì đến năm 2030`: how long a level is kept, not when it is reached.
    var maintenance = false
    /// The tokens of the bracket it opens, with a figure of its own (`(đến năm 2030 đạt 30%)`):
    /// it dates nothing outside.
    var aside: Range<Int>?
    /// The tokens of a bracket it stands in (`(theo Bộ tiêu chí … giai đoạn 2026-2030)`): it
    /// names what the bracket speaks of and dates no figure after the bracket.
    var enclosed: Range<Int>?
    /// Its words start a clause (after `,`, `;`, `:`, `và` or at the start of the range):
    /// `… 20% GRDP và đến năm 2030, …` names the horizon of what follows, not of what precedes.
    var opensClause = false
    /// A `:` follows the year, or a `,` and the year stands in the first words of its clause:
    /// `Mục tiêu đến năm 2030:`, `Đến năm 2025,` lead clauses. A year closing a longer clause
    /// (`… trở thành thành phố trực thuộc Trung ương vào năm 2035, …`) dates that clause's goal.
    var leads = false
    /// A bare `năm YYYY` naming a plan's own year (`Kế hoạch chuyển đổi số tỉnh năm 2022`,
    /// `Chương trình năm 2025`): the horizon of the goals the plan then lists.
    var plansOwn = false
    /// A bare `năm YYYY` closing a lead made only of a plan section's words, before a `:` or
    /// the end of its line (`Chỉ tiêu, nhiệm vụ năm 2024:`, `PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
    /// 2025`): the year a year-end report plans for, after the results of the years before it
    /// (KE).
    var opensPlan = false
  }

  /// Reads horizon years (docs/methodology.md, "Extracting targets").
  enum YearReading {
    /// Words right before `năm YYYY` or `YYYY` that make it a horizon.
    static let markers: Set<String> = OCRFold.folds([
      "den", "toi", "vao", "truoc", "nhin", "by", "in", "until", "to", "through",
    ])
    /// Words before `năm YYYY` that make it something else: a date (`tháng 12 năm 2024`), a base
    /// year (`so với năm 2020`, `năm gốc`, the base of a multiple `gấp 1,6 lần năm 2020`), a
    /// start (`từ năm 2021`), a name (`Việt Nam 2030`).
    static let excluded: Set<String> = OCRFold.folds(Array(excludedSpelled))
    /// The same words as written with their marks: a word with marks must be one of them
    /// (`điện tử năm 2025` is no `từ năm 2025`), one without is matched by its fold.
    static let excludedSpelled: Set<String> = [
      "tháng", "với", "gốc", "lần", "từ", "việt", "since", "from", "ngày",
      // `theo giá so sánh năm 2010`: the base year of constant prices (JD).
      "sánh",
    ]
    static func isExcluded(_ token: Token) -> Bool {
      guard let form = token.form, excluded.contains(form.fold) else { return false }
      let written = Text.nfc(token.text.lowercased())
      return written.allSatisfy(\.isASCII) || excludedSpelled.contains(written)
    }
    static let year = Phrase("năm").words
    /// Words before a marker that make the year a vision or a maintenance horizon.
    static let visionFold = WordForm("nhìn").fold
    static let keptFolds: Set<String> = OCRFold.folds(["trì", "vững"])
    static let joinerFold = WordForm("và").fold
    /// `cho` of `mục tiêu … cho năm 2026`, and how many words before it the goal may stand.
    static let forFold = WordForm("cho").fold
    static let forReach = 5
    /// `quý`, `tháng` of a deadline within a year (`vào quý 2/2026`).
    static let deadlineUnits: Set<String> = OCRFold.folds(["quý", "tháng"])
    static let quarterFold = WordForm("quý").fold
    /// `tính` of `tính đến tháng 7/2025`, `tính đến cuối năm 2013` (as of): the date of a state,
    /// not a deadline or a horizon.
    static let asOfFold = WordForm("tính").fold
    static let endWords: Set<String> = OCRFold.folds(["hết", "cuối"])
    static let comparedFold = WordForm("compared").fold
    /// The words that name a plan (`kế hoạch`, `chương trình`, `đề án`) or its figures (`Các chỉ
    /// tiêu kinh tế - xã hội năm 2018`) before its own year.
    static let planNames: [[String]] = [
      ["ke", "hoach"], ["chuong", "trinh"], ["de", "an"], ["chi", "tieu"],
    ]
    /// How many words a lead's marker may stand after the start of its clause: `Đến năm 2025,`,
    /// `Mục tiêu đến năm 2030,`, `Phấn đấu đến năm 2030,`.
    static let leadReach = 3

    /// The horizon mentions in the tokens `range` of `text`.
    /// - Parameter strict: only `đến/tới/trước (năm) YYYY`, `tầm nhìn YYYY` and periods count
    ///   (for a title, where `năm 2025` is usually the date of issue).
    static func mentions(in range: Range<Int>, of text: PlanText, strict: Bool) -> [YearMention] {
      let t = text.tokens
      let lower = max(range.lowerBound, 0)
      let upper = min(range.upperBound, t.count)
      func word(_ i: Int) -> WordForm? { i >= lower && i < upper ? t[i].form : nil }
      var out: [YearMention] = []
      var i = lower
      while i < upper {
        let token = t[i]
        guard token.kind == .number, FigureReading.isYear(token.text), let value = Int(token.text),
          value >= 2000
        else {
          i += 1
          continue
        }
        if i + 1 < upper, t[i + 1].isSymbol("/") || t[i + 1].isSymbol("%") {
          i += 1
          continue
        }
        // `vào quý 2/2026`, `trước tháng 6/2026`: a deadline within a year, the year's horizon
        // when a forward marker stands before it (a bare `quý I/2026` dates a report, and
        // `tính đến tháng 7/2025` the state it tells).
        if i - 4 >= lower, t[i - 1].isSymbol("/"), let unit = t[i - 3].form?.fold,
          deadlineUnits.contains(unit), t[i - 2].kind == .number || t[i - 2].kind == .word,
          let marker = word(i - 4), markers.contains(marker.fold), marker.fold != visionFold,
          !strict
        {
          var mention = YearMention(
            horizon: Horizon(year: value), first: i, last: i, head: i - 4, line: token.line,
            words: text.text(from: i - 4, to: i))
          mention.forward = word(i - 5)?.fold != asOfFold
          mention.opensClause = opens(at: i - 4, lower: lower, t)
          mention.leads = leads(after: i, head: i - 4, lower: lower, upper: upper, t)
          out.append(mention)
          i += 1
          continue
        }
        // `quý I/2025 … ước đạt 14,02%`: a quarter of a year, which dates what the sentence
        // reports or plans as `năm 2025` would (JD).
        // A quarter after a base (`số liệu gốc quý I/2024`, `so với quý I/2024`) is none, and
        // a quarter dates its own clause only: it leads no sentences after it.
        if i - 3 >= lower, t[i - 1].isSymbol("/"), t[i - 3].form?.fold == quarterFold,
          t[i - 2].kind == .number || t[i - 2].kind == .word, !strict
        {
          let base =
            i - 4 >= lower
            && (isExcluded(t[i - 4]) || t[i - 4].form?.fold == TenseReading.soFold)
          if !base {
            var mention = YearMention(
              horizon: Horizon(year: value), first: i, last: i, head: i - 3, line: token.line,
              words: text.text(from: i - 3, to: i))
            mention.opensClause = opens(at: i - 3, lower: lower, t)
            out.append(mention)
          }
          i += 1
          continue
        }
        if i > lower, t[i - 1].isSymbol("/") || t[i - 1].kind == .number {
          i += 1
          continue
        }
        // A period: 2021-2030, 2021 – 2030.
        if i + 2 < upper, ["-", "–", "—"].contains(t[i + 1].text), t[i + 1].kind == .symbol,
          t[i + 2].kind == .number, FigureReading.isYear(t[i + 2].text),
          let end = Int(t[i + 2].text), end > value
        {
          let head = periodHead(at: i, lower: lower, t)
          // `so với giai đoạn 2016–2020`, `cao hơn giai đoạn 2016 – 2020`, `gấp 2 lần nhiệm kỳ
          // 2015-2020`: the base of a comparison, not a horizon.
          if let fold = word(head - 1)?.fold, baseWords.contains(fold) {
            i += 3
            continue
          }
          // `HĐND tỉnh khóa 19, nhiệm kỳ 2021-2026`: the term of the assembly that meets, which
          // names who decides, not when the goals are due.
          if namesAssembly(before: head, lower: lower, t) {
            i += 3
            continue
          }
          var mention = YearMention(
            horizon: Horizon(year: end, startYear: value), first: i, last: i + 2, head: head,
            line: token.line, words: text.text(from: max(i - 2, lower), to: i + 2))
          mention.vision = word(i - 1)?.fold == visionFold || word(i - 2)?.fold == visionFold
          mention.aside = aside(at: head, last: i + 2, lower: lower, t)
          mention.enclosed = bracket(around: head, last: i + 2, lower: lower, upper: upper, t)
          mention.opensClause = opens(at: i - 1, lower: lower, t) || mention.aside != nil
          mention.leads = leads(after: i + 2, head: i, lower: lower, upper: upper, t)
          out.append(mention)
          i += 3
          continue
        }
        var back = i - 1
        var sawYearWord = false
        if let w = word(back), year.contains(where: { Phrase.compare($0, w) != nil }) {
          sawYearWord = true
          back -= 1
        }
        // `đến hết năm 2025`, `đến cuối năm 2025`: the marker stands before `hết`/`cuối`.
        if sawYearWord, let w = word(back), endWords.contains(w.fold),
          let m = word(back - 1), markers.contains(m.fold)
        {
          back -= 1
        }
        let before = word(back)
        let dateNumber = back >= lower && t[back].kind == .number
        let compared = before?.fold == "to" && word(back - 1)?.fold == comparedFold
        // `so với cùng kỳ năm 2024`: the same period a year before, a base.
        let samePeriod =
          before?.fold == WordForm("kỳ").fold
          && word(back - 1)?.fold == WordForm("cùng").fold
        // `so với thực hiện năm 2024`, `so ước thực hiện năm 2017`: what was done that year, a
        // base.
        let doneBase =
          before?.fold == WordForm("hiện").fold && word(back - 1)?.fold == WordForm("thực").fold
          && word(back - 2).map { doneBaseWords.contains($0.fold) } == true
        let isExcluded =
          compared || samePeriod || doneBase
          || (back >= lower && back < upper && isExcluded(t[back]))
        // `đặt ra mục tiêu rất cao cho năm 2026`: `cho` (for) after a goal word marks the year
        // the goal is for; elsewhere (`dành cho năm 2025`) it marks nothing.
        let goalFor =
          before?.fold == forFold
          && goalLead(before: back, reach: forReach, lower: lower, inClause: false, t)
        let isMarked = (before.map { markers.contains($0.fold) } ?? false) || goalFor
        let plansOwn = sawYearWord && !isMarked && namesPlan(before: back + 1, lower: lower, t)
        // A title names its plan's year without a marker (`Nghị quyết về kế hoạch phát triển
        // kinh tế - xã hội năm 2023`): the year of its figures, though not a sign of goals.
        if !dateNumber && !isExcluded && (isMarked || (sawYearWord && !strict) || plansOwn) {
          let from = max(sawYearWord || isMarked ? back : i, lower)
          let head = isMarked ? back : (sawYearWord ? back + 1 : i)
          var mention = YearMention(
            horizon: Horizon(year: value), first: i, last: i, head: head, line: token.line,
            words: text.text(from: from, to: i))
          // `Tính đến cuối năm 2013, … có trên 395.850 người`: as of a year, the date of a state
          // (as `tính đến tháng 7/2025` above), not a horizon.
          let asOf = !goalFor && word(back - 1)?.fold == asOfFold
          mention.forward =
            isMarked && before?.fold != visionFold && !asOf
            && !(estimatedAfter(i, upper: upper, t)
              && !goalLead(before: back, reach: goalReach, lower: lower, inClause: true, t))
          let previous = word(head - 1)
          mention.vision = isMarked && (before?.fold == visionFold || previous?.fold == visionFold)
          mention.maintenance = isMarked && previous.map { keptFolds.contains($0.fold) } ?? false
          mention.aside = aside(at: head, last: i, lower: lower, t)
          mention.enclosed = bracket(around: head, last: i, lower: lower, upper: upper, t)
          mention.opensClause = opens(at: head, lower: lower, t) || mention.aside != nil
          mention.leads = leads(after: i, head: head, lower: lower, upper: upper, t)
          mention.plansOwn = plansOwn
          mention.opensPlan =
            sawYearWord && !isMarked
            && opensPlanSection(yearWord: back + 1, last: i, lower: lower, upper: upper, t)
          out.append(mention)
        }
        i += 1
      }
      return out
    }

    /// `GRDP bình quân đầu người … đến năm 2020 ước đạt 6.903 USD/người`: `ước` (estimated)
    /// right after the year, a `,` at most between, dates an estimate; the year is no horizon
    /// (KG). After a goal word (`phấn đấu đến năm 2030 ước đạt …`, HC) it still is.
    private static func estimatedAfter(_ year: Int, upper: Int, _ t: [Token]) -> Bool {
      var j = year + 1
      if j < upper, t[j].isSymbol(",") { j += 1 }
      return j < upper && TenseReading.isOne(of: [TenseReading.estimated], t[j])
    }

    /// A goal word (`mục tiêu`, `phấn đấu`, `định hướng`) ending before token `end`, starting
    /// at most `reach` tokens before it; with `inClause`, no `,`, `;`, `:` or `.` between.
    private static func goalLead(
      before end: Int, reach: Int, lower: Int, inClause: Bool, _ t: [Token]
    ) -> Bool {
      var j = end - 1
      while j - 1 >= max(lower, end - reach) {
        if inClause, [",", ";", ":", "."].contains(where: t[j].isSymbol) { return false }
        if goalLeads.contains([t[j - 1].form?.fold ?? "", t[j].form?.fold ?? ""]) { return true }
        j -= 1
      }
      return false
    }
    static let goalReach = 12

    /// Whether the words from the start of the clause to the `năm` at token `yearWord` are a
    /// plan section's name (`Chỉ tiêu, nhiệm vụ`, `II. PHƯƠNG HƯỚNG, NHIỆM VỤ`, `Kế hoạch`) and
    /// a `:` or the end of the line follows the year at token `last`. A `.`, `;`, `:` or an
    /// earlier line starts the clause; every word of it must be one of `sectionWords`.
    private static func opensPlanSection(
      yearWord: Int, last: Int, lower: Int, upper: Int, _ t: [Token]
    ) -> Bool {
      let closes =
        last + 1 >= upper || t[last + 1].isSymbol(":") || t[last + 1].line != t[last].line
      guard closes, yearWord < t.count else { return false }
      var folds: [String] = []
      var j = yearWord - 1
      while j >= lower, t[j].line == t[yearWord].line {
        let token = t[j]
        if token.kind == .symbol, [".", ";", ":", "!", "?"].contains(token.text) { break }
        if let form = token.form {
          guard sectionWords.contains(form.fold) || romanNumerals.contains(form.fold) else {
            return false
          }
          folds.insert(form.fold, at: 0)
        }
        j -= 1
      }
      return zip(folds, folds.dropFirst()).contains { pair in
        sectionNames.contains([pair.0, pair.1])
      }
    }
    /// The names of a plan's section (`chỉ tiêu`, `nhiệm vụ`, `phương hướng`, `kế hoạch`,
    /// `mục tiêu`), and the words that may stand beside them in its heading.
    static let sectionNames = Set(
      [
        ["chỉ", "tiêu"], ["nhiệm", "vụ"], ["phương", "hướng"], ["kế", "hoạch"], ["mục", "tiêu"],
      ]
      .map { $0.map { WordForm($0).fold } })
    static let sectionWords: Set<String> = OCRFold.folds([
      "chỉ", "tiêu", "nhiệm", "vụ", "phương", "hướng", "kế", "hoạch", "mục", "giải", "pháp",
      "và", "chủ", "yếu", "trọng", "tâm", "các", "một", "số", "những", "cơ", "bản",
    ])
    static let romanNumerals: Set<String> = OCRFold.folds([
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "a", "b", "c",
    ])

    /// Where the words of the period whose first year is token `first` start: at its name
    /// (`giai đoạn 2016–2020`), else at the year.
    private static func periodHead(at first: Int, lower: Int, _ t: [Token]) -> Int {
      var head = first
      // The period's name, at most two words: `giai đoạn`, `thời kỳ`, `nhiệm kỳ`, `kỳ`.
      while head - 1 >= lower, head >= first - 1, let fold = t[head - 1].form?.fold,
        periodNames.contains(fold)
      {
        head -= 1
      }
      return head
    }
    static let periodNames: Set<String> = OCRFold.folds([
      "giai", "đoạn", "thời", "kỳ", "nhiệm", "năm", "học",
    ])
    static let assemblyFold = WordForm("khóa").fold

    /// `khóa 19, nhiệm kỳ`, `khóa XV nhiệm kỳ`: a numbered assembly right before the period.
    private static func namesAssembly(before head: Int, lower: Int, _ t: [Token]) -> Bool {
      var j = head - 1
      if j >= lower, t[j].isSymbol(",") { j -= 1 }
      guard j - 1 >= lower, t[j].kind == .number || t[j].kind == .word else { return false }
      return t[j - 1].form?.fold == assemblyFold
    }
    static let baseWords: Set<String> = OCRFold.folds(["với", "hơn", "lần", "compared"])
    static let doneBaseWords: Set<String> = OCRFold.folds(["với", "so", "ước"])

    /// Whether the year ending at token `last`, whose words start at `head`, leads what follows:
    /// a `:` follows it, or a `,` and its words start within `leadReach` words of their clause.
    private static func leads(after last: Int, head: Int, lower: Int, upper: Int, _ t: [Token])
      -> Bool
    {
      guard last + 1 < upper else { return false }
      if t[last + 1].isSymbol(":") { return true }
      guard t[last + 1].isSymbol(",") else { return false }
      var start = head
      while start > lower, head - start <= leadReach {
        let before = t[start - 1]
        if before.isSymbol(",") || before.isSymbol(";") || before.isSymbol(":") { break }
        start -= 1
      }
      return head - start <= leadReach
    }

    /// Whether a plan's name (`kế hoạch`, `chương trình`, `đề án`) stands in the clause before
    /// token `year` (the `năm` of a bare year), within the thirteen tokens before that.
    private static func namesPlan(before year: Int, lower: Int, _ t: [Token]) -> Bool {
      var j = year - 2
      while j >= max(lower, year - 14) {
        let token = t[j]
        if token.isSymbol(",") || token.isSymbol(";") || token.isSymbol(":") { return false }
        if planNames.contains(where: { name in
          name.indices.allSatisfy { k in
            j + k < year && t[j + k].form?.fold == name[k]
          }
        }) {
          return true
        }
        j -= 1
      }
      return false
    }

    /// Whether the words from token `head` on start a clause: the range starts there, or a
    /// `,`, `;`, `:` or `và` stands right before them or before a `dự kiến` right before them.
    private static func opens(at head: Int, lower: Int, _ t: [Token]) -> Bool {
      guard head > lower, head - 1 < t.count else { return true }
      // `… đứng thứ 6 cả nước và dự kiến năm 2025 đạt …`: a forecast word before the year
      // belongs to the clause the year opens.
      if head - 2 > lower, t[head - 2].form?.fold == "du", t[head - 1].form?.fold == "kien" {
        return opens(at: head - 2, lower: lower, t)
      }
      // `…; mục tiêu đến năm 2030, …`, `phấn đấu đến năm 2015 …`: a goal word between the break
      // and the year belongs to the clause the year opens.
      if head - 2 > lower, let a = t[head - 2].form?.fold, let b = t[head - 1].form?.fold,
        goalLeads.contains([a, b])
      {
        return opens(at: head - 2, lower: lower, t)
      }
      let before = t[head - 1]
      return before.isSymbol(",") || before.isSymbol(";") || before.isSymbol(":")
        || before.form?.fold == joinerFold
    }

    /// `… tối thiểu 20% GRDP (đến năm 2030 đạt 30%);`: the bracket that the year at `head`
    /// opens (up to two words before it, `(dự kiến năm 2030 …`), when the bracket holds a figure
    /// of its own: the year is that figure's, not the one before it. A bracket holding only the
    /// year (`đạt 45% (năm 2020)`) dates the figure before it and is no aside.
    static func aside(at head: Int, last: Int, lower: Int, _ t: [Token]) -> Range<Int>? {
      guard
        let open = (max(lower, head - 3)..<head).last(where: { t[$0].isSymbol("(") }),
        t[(open + 1)..<head].allSatisfy({ $0.kind == .word })
      else { return nil }
      var i = last + 1
      while i < t.count, i - open <= asideReach {
        if t[i].isSymbol(")") { return nil }
        if t[i].kind == .number, !FigureReading.isYear(t[i].text) {
          let close = t[i...].prefix(asideReach).firstIndex { $0.isSymbol(")") } ?? i + 1
          return open..<(close + 1)
        }
        i += 1
      }
      return nil
    }
    /// The bracket around tokens `head...last`, when one opens before them and closes after
    /// them within `bracketReach` tokens each way and holds other words than the year and no
    /// figure.
    static func bracket(around head: Int, last: Int, lower: Int, upper: Int, _ t: [Token])
      -> Range<Int>?
    {
      var open = head - 1
      while open >= max(lower, head - bracketReach), !t[open].isSymbol("(") {
        if t[open].isSymbol(")") { return nil }
        open -= 1
      }
      guard open >= max(lower, head - bracketReach) else { return nil }
      var close = last + 1
      while close < min(upper, last + 1 + bracketReach), !t[close].isSymbol(")") {
        if t[close].isSymbol("(") { return nil }
        close += 1
      }
      guard close < min(upper, last + 1 + bracketReach) else { return nil }
      // A bracket holding just the year (`trong những năm qua (năm 2024) đã đóng góp …`) dates
      // what is said around it; one that names something (`(theo Bộ tiêu chí … giai đoạn
      // 2026-2030)`) does not.
      // One that holds figures (`(năm 2015 đạt 47.076 tỷ đồng, năm 2020 đạt …)`) tells them.
      let inside = t[(open + 1)..<head] + t[(last + 1)..<close]
      if inside.contains(where: { $0.kind == .number && !FigureReading.isYear($0.text) }) {
        return nil
      }
      let words = inside.filter { $0.kind == .word }.count
      return words >= namingWords ? open..<(close + 1) : nil
    }
    /// How far a bracket around a year may open before it or close after it.
    static let bracketReach = 20
    /// How many words besides the year make a bracket name something.
    static let namingWords = 3
    /// How far into a bracket its own figure may stand.
    static let asideReach = 12
    static let goalLeads = Set(
      [["mục", "tiêu"], ["phấn", "đấu"], ["định", "hướng"]].map { $0.map { WordForm($0).fold } })
  }
}
