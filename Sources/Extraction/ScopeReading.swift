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
    /// The latest single year named in the sentences about results so far (`quý III/2025` over
    /// `quý III/2022`): the year a report is written in, for parts of a year named without it
    /// (JE).
    var reportedLatest: YearMention?
    /// The earliest horizon the document looks forward to (`đến năm 2025`): a bare `năm 2024`
    /// before it is a past year.
    var present: Int?
    /// The year of the document's date in its first lines (`ngày 08/6/2022`).
    var dated: YearMention?
    /// The latest first year of a period named in the sentences before (`nhiệm kỳ 2025-2030`):
    /// a period that ends by then (`nhiệm kỳ 2020-2025`) is the term whose results are told.
    var termStart: Int?
  }

  /// Words that say a sentence speaks of results or of goals.
  enum TenseReading {
    /// Past results whatever else the sentence says (`ước đạt`, `nhiệm kỳ vừa qua`).
    static let strongPast = [
      "ước", "vừa qua", "năm qua", "kỳ qua", "gian qua", "đoạn qua", "tháng qua", "nhìn lại",
      "đã đạt", "đã thực hiện", "đã hoàn thành", "đã vượt", "đã triển khai", "đánh giá kết quả",
      "tình hình thực hiện", "vượt dự toán", "trở lại đây", "công bố số liệu", "tháng đầu năm",
      "đánh giá việc thực hiện", "năm liền", "năm liên tiếp", "cán mốc", "chỉ đạt",
      "estimated", "last year",
    ].map(spelled)
    /// Past results unless the sentence also speaks of goals (`kết quả đạt được`); praise
    /// (`tăng trưởng ấn tượng`, `đạt kỷ lục`) is given to results, not to goals.
    static let weakPast = [
      "đạt được", "ấn tượng", "kỷ lục", "nổi bật", "đúng hướng", "hoàn thành và vượt",
      "đạt và vượt", "đạt nhiều kết quả", "tổng kết", "phấn đấu và đạt được",
      "achieved",
    ].map(spelled)
    /// `đã` (already: `đã phủ sóng … đến 99,7% địa bàn`), a past result for the figures after it
    /// in its clause unless a goal word comes first; as written only, since OCR's `da` is also
    /// `đa` (`tối đa`, `đa dạng`).
    static let already = Text.nfc("đã")
    /// The present state (`Hiện nay, 100% …`, `Đến nay, toàn tỉnh có …`, `Tính đến 30/11/2025,
    /// …`, a briefing's `… cho biết tốc độ tăng trưởng đạt 8,06%`): a result when it opens the
    /// sentence's figures; after a figure it dates that figure only (`từ 30% hiện nay lên 50% vào
    /// năm 2030`).
    static let now = [
      "hiện nay", "đến nay", "hiện có", "hiện tại", "tính đến", "cho biết", "năm nay", "đang có",
      "as of now",
    ].map(spelled)
    /// Goals: `phấn đấu`, `mục tiêu`, `sẽ`; not right after a figure or `đạt` (`đạt 76,5%
    /// mục tiêu`, `cao hơn kế hoạch` compare a result with its goal).
    static let forward = [
      "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "định hướng", "tầm nhìn", "sẽ",
      "theo quy hoạch", "kịch bản", "đặt ra", "đề ra", "thời gian tới", "sắp tới", "target", "aim",
      "will",
    ].map(spelled)

    /// A result set beside its goal or a wider average after the figure: `8,76%/năm, cao hơn
    /// mục tiêu đề ra`, `7,1%, cao hơn mức trung bình cả nước`. Plans do not measure a target
    /// against their own goal, so the figure before such words is a result.
    static let resultComparisons = [
      "cao hơn mục tiêu", "vượt mục tiêu", "vượt kế hoạch", "vượt chỉ tiêu", "so với mục tiêu",
      "so với kế hoạch", "đúng kế hoạch", "dự toán", "cao hơn mức trung bình", "cao hơn bình quân",
      "cao hơn mức chung", "cao hơn so với bình quân", "cao hơn so với mức", "so với cùng kỳ",
      "so cùng kỳ", "vượt kịch bản", "bám sát kế hoạch", "so với nghị quyết",
      "higher than the target",
      "above the target", "above the national average",
    ].map(spelled)

    /// The facts of a place as it stands (`có tổng diện tích tự nhiên là 352.196 ha`, `dân số
    /// tại thời điểm ngày 31-12-2015 là …`): what follows in the clause is no goal, whatever
    /// period the sentence names.
    static let facts = ["diện tích tự nhiên", "tại thời điểm"].map(spelled)
    /// `trong khi` (whereas): `…, trong khi mục tiêu đề ra là 50%`.
    static let contrast = ["trong khi"].map(spelled)

    /// Where a report turns to a figure it aims at (`… ước đạt 220 triệu đồng … và hướng đến
    /// 14.000-15.000 USD vào năm 2030`): a goal for a figure whose own year is ahead, and
    /// nothing else (`… hướng đến Chính quyền số` names no figure and sets no goal).
    static let aims = ["hướng đến", "hướng tới"].map(spelled)

    /// What must be reached (`quý IV phải tăng 9,5%`, `cần đạt 8,3-8,5%`, `để đạt tăng trưởng
    /// trên 8%`, `đòi hỏi tăng trưởng quý III phải đạt 8,3%`): a head word, then within three
    /// words a verb of reaching (JA). Heads and verbs as written only: without marks `de`,
    /// `can` and `phai` are other words as often (`đề`, `cán`, `phái`).
    static let requirementHeads = ["phải", "cần", "để", "nhằm", "đòi hỏi", "yêu cầu"].map(spelled)
    static let reachVerbs = ["đạt", "tăng", "giảm", "lên", "ở mức", "về đích"].map(spelled)
    static let strengthenFold = WordForm("cường").fold
    static let toFold = Text.nfc("để")

    /// A part of a year named without its year (`quý IV`, `cả năm`, `6 tháng cuối năm`, `năm
    /// nay`): the year is the one the text reports (JE).
    static let partsOfYear = [
      "cả năm", "quý i", "quý ii", "quý iii", "quý iv", "tháng đầu năm", "tháng cuối năm",
      "năm nay", "tháng còn lại",
    ].map(spelled)

    /// Documents that set goals (`Nghị quyết`, `Chương trình hành động`, `Đề án`): a text that
    /// names one may speak of goals without a goal word.
    static let planDocuments = [
      "nghị quyết", "chương trình hành động", "đề án", "quy hoạch", "phương hướng", "nhiệm vụ",
    ].map(spelled)

    /// Goal words that also name what a report measures (`nhiều chỉ tiêu đạt cao`).
    static let measured = ["chỉ tiêu", "kế hoạch"].map(spelled)

    /// A forecast (`Dự kiến đến năm 2025, … tăng lên`): a goal when its year is ahead, an
    /// estimate of a result when a later term already starts in that year.
    static let forecast = ["dự kiến"].map(spelled)

    /// A marker's words, lower-case NFC as written and folded (for text without marks); both
    /// are worked out once, not at every token the marker is tried at.
    struct Spelled: Sendable {
      let words: [String]
      let folds: [String]
      var count: Int { words.count }
    }

    /// Whether `token` is one of the one-word markers `list`: as written where it has marks
    /// (`đặt` is not `đạt`), by fold where it has none.
    static func isOne(of list: [Spelled], _ token: Token) -> Bool {
      guard let form = token.form else { return false }
      let written = Text.nfc(token.text.lowercased())
      return written.allSatisfy(\.isASCII)
        ? list.contains { $0.folds == [form.fold] } : list.contains { $0.words == [written] }
    }

    /// The lower-case NFC words of a marker.
    static func spelled(_ phrase: String) -> Spelled {
      let words = Text.nfc(phrase.lowercased()).split(separator: " ").map(String.init)
      return Spelled(words: words, folds: words.map { WordForm($0).fold })
    }

    /// Each token of a range as the markers compare it: lower-case NFC, and whether it has no
    /// marks (then it is compared by fold).
    struct Written {
      let lower: Int
      let words: [String]
      let plain: [Bool]

      init(_ plan: PlanText, _ range: Range<Int>) {
        lower = range.lowerBound
        words = range.map { Text.nfc(plan.tokens[$0].text.lowercased()) }
        plain = words.map { $0.allSatisfy(\.isASCII) }
      }
    }
    /// Words right before a goal word that make it a yardstick for a result: `đạt kế hoạch`,
    /// `cao hơn mục tiêu`, `gấp 3 lần mục tiêu`.
    /// Matched as spelled where the text has marks (`đặt mục tiêu` sets a goal, `đạt mục tiêu`
    /// meets one), by fold where it has none.
    static let comparing = ["đạt", "hơn", "vượt", "với", "so", "lần", "thành", "đúng", "kết"]
    static let comparingFolds = OCRFold.folds(comparing)
    static let setFold = WordForm("đặt").fold
    static let withFold = WordForm("với").fold
    static let soFold = WordForm("so").fold
    /// Words before `đạt` that make the goal after it one still to meet.
    static let aimFolds = OCRFold.folds(["để", "phải", "nhằm", "cần"])
    /// `quyết tâm` before `đạt`, as one of `aimFolds`.
    static let resolvedFolds = [WordForm("quyết").fold, WordForm("tâm").fold]
    static let goalFold = WordForm("mục").fold
    /// Words that may stand between a comparing word and the goal word it compares: a count
    /// (`vượt 17/17 chỉ tiêu`), a quantifier (`hoàn thành toàn bộ các chỉ tiêu`) or `được`
    /// (`chưa đạt được mục tiêu đề ra`).
    static let quantifiers = OCRFold.folds([
      "toàn", "bộ", "các", "cả", "những", "nhiều", "hầu", "hết", "được",
    ])

    /// The token indices where each kind of marker starts in `range`.
    struct Markers: Sendable {
      var strongPast: [Int] = []
      var weakPast: [Int] = []
      var forward: [Int] = []
      /// Where a result comparison (`cao hơn mục tiêu`) starts.
      var compared: [Int] = []
      /// Where a forecast (`dự kiến`) starts.
      var forecast: [Int] = []
      /// Where `facts` words start.
      var facts: [Int] = []
      /// Where `đã` stands.
      var already: [Int] = []
      /// Where a goal word that also names what is measured (`chỉ tiêu`, `kế hoạch`) starts:
      /// after a comma in a report it is a subject (`…, nhiều chỉ tiêu đạt cao như …`), not a goal.
      var itemWords: Set<Int> = []
      /// Where a present-state marker (`hiện nay`, `đến nay`) starts.
      var now: [Int] = []
      /// Where an aim (`hướng đến`, `hướng tới`) starts.
      var aims: [Int] = []
      /// Where a part of a year named without its year starts (`quý IV`, `cả năm`).
      var partsOfYear: [Int] = []
      /// A requirement's words, from its head to its verb of reaching (`phải tăng`, `cần đạt`).
      var requirements: [ClosedRange<Int>] = []
      /// Where a goal word opens a bracket after a figure (`tăng 5,1% (kế hoạch tăng 5,1 -
      /// 5,2%)`): the plan quoted beside a result.
      var asides: [Int] = []
      /// Where a `;` or `:` stands: the clause breaks of the sentence.
      var breaks: [Int] = []
      /// Where a `,` stands.
      var commas: [Int] = []
      /// Where `trong khi` (whereas) starts: it opens a clause set against the one before.
      var contrasts: [Int] = []
      /// Where any goal word, aim or forecast starts, however it is read (`với mục tiêu` and
      /// the plan's items counted in a report included, not a result measured against its
      /// plan as `so với kế hoạch`): a text without one speaks of no goal at all.
      var goalWords: [Int] = []

      /// Whether the words before token `index` speak of results.
      func past(before index: Int) -> Bool {
        if strongPast.contains(where: { $0 < index }) { return true }
        return weakPast.contains(where: { $0 < index }) && !forward.contains(where: { $0 < index })
      }

      /// Whether a goal word stands before token `index`, after the last result word and a
      /// clause break past it: `đánh giá kết quả …; thống nhất 29 chỉ tiêu …: tăng 10%`.
      /// - Parameter commas: a `,` breaks the clause too (`đã hoàn thành …, đề ra mục tiêu
      ///   … 12%/năm`), for a figure whose own year is still ahead.
      func goalAfterBreak(before index: Int, commas: Bool = false) -> Bool {
        guard let last = (strongPast + weakPast).filter({ $0 < index }).max() else {
          return false
        }
        return forward.contains { goal in
          guard goal > last, goal < index else { return false }
          if breaks.contains(where: { $0 > last && $0 < goal }) { return true }
          // `chỉ đạt 1.000 tỷ đồng, trong khi chỉ tiêu đầu năm là 5.074 tỷ đồng`: the goal set
          // against the result.
          if contrasts.contains(where: { $0 > last && goal - $0 == 2 }) { return true }
          // Past a comma only, `chỉ tiêu` and `kế hoạch` are what a report measures.
          return commas && !itemWords.contains(goal)
            && self.commas.contains { $0 > last && $0 < goal }
        }
      }

      /// `đã` before `index` in its clause (no `;` or `:` between) and no goal word before it:
      /// a result told of that figure only, not of the sentences after it (`… nhiệm kỳ 2025 –
      /// 2030 đã khai mạc` names the new term, it reports nothing).
      func saysAlready(before index: Int) -> Bool {
        inClause(already, before: index) != nil && !forward.contains { $0 < index }
      }

      /// A `facts` phrase before `index` with no `;` or `:` between.
      func statesFact(before index: Int) -> Bool { inClause(facts, before: index) != nil }

      /// The last of `positions` before `index` with no `;` or `:` between them.
      func inClause(_ positions: [Int], before index: Int) -> Int? {
        guard let last = positions.last(where: { $0 < index }),
          !breaks.contains(where: { $0 > last && $0 < index })
        else { return nil }
        return last
      }

      /// Whether a present-state word stands before token `index` and before `firstFigure`
      /// (the sentence's first figure), with no goal word before `index`.
      func presentState(before index: Int, firstFigure: Int) -> Bool {
        now.contains { $0 < index && $0 < firstFigure }
          && !forward.contains { $0 < index }
      }

      /// Whether the words before token `index` speak of goals (and not of results).
      func goal(before index: Int) -> Bool {
        forward.contains(where: { $0 < index }) && !past(before: index)
      }

      /// Whether a result comparison follows token `index` before token `end` (the next
      /// figure or the end of the sentence).
      func compared(after index: Int, before end: Int) -> Bool {
        compared.contains { $0 > index && $0 < end }
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
      // The end of the last goal word read as a yardstick: `mục tiêu đề ra` after `cao hơn`
      // is one yardstick, not a goal.
      var yardstickEnd = -1
      let written = Written(plan, lower..<upper)
      for start in lower..<upper {
        let token = plan.tokens[start]
        if token.isSymbol(";") || token.isSymbol(":") { out.breaks.append(start) }
        if token.isSymbol(",") { out.commas.append(start) }
        guard token.kind == .word else { continue }
        if length(of: now, at: start, plan, upper, written) != nil { out.now.append(start) }
        if length(of: planDocuments, at: start, plan, upper, written) != nil {
          out.goalWords.append(start)
        }
        if length(of: aims, at: start, plan, upper, written) != nil {
          out.aims.append(start)
          out.goalWords.append(start)
        }
        if let count = length(of: partsOfYear, at: start, plan, upper, written),
          !(start + count < upper && plan.tokens[start + count].isSymbol("/")),
          !(start + count + 1 < upper && plan.tokens[start + count].kind == .number)
        {
          // Not `quý I/2025` nor `tháng đầu năm 2025`, which name their year.
          out.partsOfYear.append(start)
        }
        if let verb = requirement(at: start, plan, upper, written) {
          // Not a goal word for HU: `Để đạt kết quả này, …` tells how a result was reached.
          out.requirements.append(start...verb)
        }
        if length(of: resultComparisons, at: start, plan, upper, written) != nil {
          out.compared.append(start)
        }
        if length(of: forecast, at: start, plan, upper, written) != nil {
          out.forecast.append(start)
          out.goalWords.append(start)
        }
        if length(of: facts, at: start, plan, upper, written) != nil { out.facts.append(start) }
        if length(of: contrast, at: start, plan, upper, written) != nil {
          out.contrasts.append(start)
        }
        if quotesPlanAbbreviated(at: start, plan, lower..<upper) {
          out.asides.append(start)
          out.compared.append(start)
        }
        if written.words[start - lower] == Self.already { out.already.append(start) }
        if length(of: strongPast, at: start, plan, upper, written) != nil {
          if !estimatesGoal(at: start, out.forward, out.itemWords, plan, written),
            !namesBase(at: start, written), !isFalseFriend(at: start, written)
          {
            out.strongPast.append(start)
          }
        } else if length(of: weakPast, at: start, plan, upper, written) != nil {
          out.weakPast.append(start)
        } else if let count = length(of: forward, at: start, plan, upper, written),
          !isLikely(at: start, plan, range)
        {
          // `so với kế hoạch`, `vượt chỉ tiêu`: a result measured, no goal spoken of.
          if !out.compared.contains(where: { $0 < start && start - $0 <= 3 }) {
            out.goalWords.append(start)
          }
          if start == yardstickEnd || isComparison(before: start, plan, range) {
            yardstickEnd = start + count
          } else if length(of: measured, at: start, plan, upper, written) != nil,
            countsItems(before: start, plan, range)
              || metAfter(start + count, plan, upper, written)
          {
            // `10/10 chỉ tiêu … đạt và vượt`, `nhiều chỉ tiêu … tăng trưởng cao`: the plan's
            // items counted in a report, not a goal set (HG).
            yardstickEnd = start + count
          } else if quotesPlan(at: start, plan, lower..<upper) {
            // The figure before the bracket is measured against it; the bracket sets the
            // year's plan, not the sentence's tense.
            out.asides.append(start)
            out.compared.append(start)
          } else {
            out.forward.append(start)
            if length(of: measured, at: start, plan, upper, written) != nil {
              out.itemWords.insert(start)
            }
          }
        }
      }
      return out
    }

    /// The last token of the verb of reaching of a requirement whose head starts at `start`:
    /// within three words after the head, with no number or symbol between.
    private static func requirement(
      at start: Int, _ plan: PlanText, _ upper: Int, _ written: Written
    ) -> Int? {
      let i = start - written.lower
      guard !written.plain[i],
        let count = length(of: requirementHeads, at: start, plan, upper, written)
      else { return nil }
      // Lower-case as written: `Cần Thơ`, `TP. Cần Thơ ước đạt` name a city. `Để` is taken with
      // a capital too, as it opens a sentence (`Để đạt mục tiêu …`).
      guard Text.nfc(plan.tokens[start].text) == written.words[i] || written.words[i] == toFold
      else { return nil }
      var j = start + count
      var words = 0
      while j < upper, words <= 3, plan.tokens[j].kind == .word {
        if !written.plain[j - written.lower],
          let count = length(of: reachVerbs, at: j, plan, upper, written),
          // `để tăng cường …` strengthens; it names no level.
          !(j + 1 < upper && plan.tokens[j + 1].form?.fold == strengthenFold)
        {
          return j + count - 1
        }
        words += 1
        j += 1
      }
      return nil
    }

    /// `khả năng sẽ giảm 11,04%` (likely to fall): `sẽ` after `khả năng` forecasts a result; it
    /// sets no goal (KH).
    private static func isLikely(at start: Int, _ plan: PlanText, _ range: Range<Int>) -> Bool {
      guard start - 2 >= range.lowerBound, plan.tokens[start].form?.fold == willFold else {
        return false
      }
      return plan.tokens[start - 2].form?.fold == likelyFolds[0]
        && plan.tokens[start - 1].form?.fold == likelyFolds[1]
    }
    static let willFold = WordForm("sẽ").fold
    static let likelyFolds = [WordForm("khả").fold, WordForm("năng").fold]

    /// A count of items right before token `start` (`10/10`, `13/15`) or `nhiều` (many): only
    /// a report counts how many of the plan's items it met.
    private static func countsItems(before start: Int, _ plan: PlanText, _ range: Range<Int>)
      -> Bool
    {
      guard start - 1 >= range.lowerBound else { return false }
      let previous = plan.tokens[start - 1]
      if previous.form?.fold == manyFold { return true }
      // `N/M`: a share of the items; a bare `22 chỉ tiêu` may be the plan's own list.
      guard start - 3 >= range.lowerBound, previous.kind == .number,
        plan.tokens[start - 2].isSymbol("/"), plan.tokens[start - 3].kind == .number
      else { return false }
      return true
    }
    static let manyFold = WordForm("nhiều").fold

    /// `Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch`: the plan's items said to be met, a few
    /// words after them and before any figure or break, are counted by a report (HV).
    private static func metAfter(
      _ start: Int, _ plan: PlanText, _ upper: Int, _ written: Written
    ) -> Bool {
      var j = start
      while j < upper, j - start <= metReach {
        let token = plan.tokens[j]
        guard token.kind == .word else { return false }
        if length(of: met, at: j, plan, upper, written) != nil { return true }
        j += 1
      }
      return false
    }
    static let met = [
      "đạt và vượt", "hoàn thành và vượt", "đều đạt", "đều vượt", "đều hoàn thành",
    ].map(spelled)
    static let metReach = 4

    /// `tăng 5,1% (kế hoạch tăng 5,1 - 5,2%)`, `chiếm 43,8% (kế hoạch từ 36,1 - 36,6%)`: a goal
    /// word right after `(` that follows a figure (its unit may stand between) quotes the plan
    /// beside a result (HD).
    private static func quotesPlan(at start: Int, _ plan: PlanText, _ range: Range<Int>) -> Bool {
      guard start - 1 > range.lowerBound, plan.tokens[start - 1].isSymbol("(") else {
        return false
      }
      // `tăng 13,18% so với cùng kỳ (kế hoạch đầu năm 10,11%)`: the comparison with the year
      // before may stand between the figure and the bracket (KA).
      return figureBefore(mark: start, within: 8, plan, range)
    }

    /// Whether a figure (a number that is not a year) stands before the plan's mark at `mark`,
    /// looking back from the token before its `(` or `/` to `reach` tokens before the mark, with
    /// no `,`, `;` or `:` between: the result the quoted plan stands beside (HD, MC).
    private static func figureBefore(
      mark: Int, within reach: Int, _ plan: PlanText, _ range: Range<Int>
    ) -> Bool {
      var j = mark - 2
      while j >= range.lowerBound, mark - j <= reach {
        let token = plan.tokens[j]
        if token.kind == .number { return !FigureReading.isYear(token.text) }
        if token.isSymbol(",") || token.isSymbol(";") || token.isSymbol(":") { return false }
        j -= 1
      }
      return false
    }

    /// `ước tăng 8,31%/KH tăng 3-4%`, `ước đạt 9,34% (KBTT: 11,08%)`: the plan (`KH`, kế hoạch)
    /// or the growth scenario (`KBTT`, kịch bản tăng trưởng) abbreviated, upper-case as written,
    /// after `/` or `(` that follows a figure, and before a figure (a `:` or a verb of reaching
    /// may stand between), quotes the plan beside a result (MC), as `(kế hoạch …)` does (HD).
    /// `KH-CN` (khoa học - công nghệ) is another word: a number must follow.
    private static func quotesPlanAbbreviated(
      at start: Int, _ plan: PlanText, _ range: Range<Int>
    ) -> Bool {
      let t = plan.tokens
      guard planAbbreviations.contains(t[start].text), start - 2 >= range.lowerBound,
        t[start - 1].isSymbol("(") || t[start - 1].isSymbol("/")
      else { return false }
      var next = start + 1
      if next < range.upperBound, t[next].isSymbol(":") { next += 1 }
      if next < range.upperBound, t[next].isWord(reachFolds) { next += 1 }
      guard next < range.upperBound, t[next].kind == .number, !FigureReading.isYear(t[next].text)
      else { return false }
      // A figure before the mark, within its unit's few words (`38.198 tấn/KH`).
      return figureBefore(mark: start, within: 5, plan, range)
    }
    static let planAbbreviations: Set<String> = ["KH", "KBTT"]
    static let reachFolds = OCRFold.folds(["tăng", "đạt", "giảm", "chiếm"])

    /// `phấn đấu đến 2030 tổng thu ngân sách ước đạt 57.000 tỷ đồng`: `ước` after a goal word
    /// (not one that names what a report measures), with no figure between them, estimates
    /// what the goal will reach; it reports nothing (HC). After a figure (`mục tiêu 8%, ước đạt
    /// 8,2%`) or a `;` it is a result set beside its goal.
    private static func estimatesGoal(
      at start: Int, _ forward: [Int], _ items: Set<Int>, _ plan: PlanText, _ written: Written
    ) -> Bool {
      guard isEstimate(at: start, written),
        let goal = forward.last(where: { $0 < start && !items.contains($0) })
      else { return false }
      // A `;` ends the goal's clause (`… vượt mục tiêu … đề ra; tốc độ … ước đạt 9,54%`); a
      // `:` opens the goal's list (`Phấn đấu đến năm 2025 … các chỉ tiêu chủ yếu: … ước đạt`).
      return !plan.tokens[(goal + 1)..<start].contains { token in
        (token.kind == .number && !FigureReading.isYear(token.text)) || token.isSymbol(";")
      }
    }
    /// `tăng 10,2% so với ước thực hiện năm 2017`: the estimate a figure is compared with is its
    /// base, not a result the sentence reports (HE).
    private static func namesBase(at start: Int, _ written: Written) -> Bool {
      let before = start - 1 - written.lower
      guard before >= 0, isEstimate(at: start, written) else { return false }
      // As written where the text has marks (`số` folds to `so`: `con số ước đạt` reports).
      return written.plain[before]
        ? estimateBaseFolds.contains(written.words[before])
        : estimateBases.contains(written.words[before])
    }
    /// Result words that a neighbour makes something else: `chứng chỉ đạt 30%` (a certificate)
    /// is no `chỉ đạt 45,8%` (only reached), `năm liền kề` (the year before, a base) no `3 năm
    /// liền` (in a row). Each: the folds of the result word's first words, and the fold of the
    /// word at an offset from its first word.
    static let falseFriends: [(words: [String], offset: Int, neighbour: String)] = [
      (["chỉ"], -1, "chứng"), (["năm", "liền"], 2, "kề"),
    ].map { ($0.0.map { WordForm($0).fold }, $0.1, WordForm($0.2).fold) }

    /// Whether the result words starting at token `start` are one of `falseFriends`.
    private static func isFalseFriend(at start: Int, _ written: Written) -> Bool {
      let at = start - written.lower
      func fold(_ k: Int) -> String? {
        written.words.indices.contains(k) ? OCRFold.fold(written.words[k], keepSymbols: false) : nil
      }
      return falseFriends.contains { friend in
        friend.words.indices.allSatisfy { fold(at + $0) == friend.words[$0] }
          && fold(at + friend.offset) == friend.neighbour
      }
    }
    static let estimateBases: Set<String> = ["so", "với"]
    static let estimateBaseFolds: Set<String> = ["so", "voi"]

    /// Whether token `start` is `ước` (estimated): as written where the text has marks, by
    /// fold where it has none, as every marker is compared.
    private static func isEstimate(at start: Int, _ written: Written) -> Bool {
      let word = written.words[start - written.lower]
      return written.plain[start - written.lower]
        ? WordForm(word).fold == estimated.folds[0] : word == estimated.words[0]
    }
    static let estimated = spelled("ước")

    /// The number of words of the first of `phrases` that starts at token `start`, if any.
    private static func length(
      of phrases: [Spelled], at start: Int, _ plan: PlanText, _ upper: Int, _ written: Written
    ) -> Int? {
      phrases.first { phrase in
        guard start + phrase.count <= upper else { return false }
        for offset in 0..<phrase.count {
          let token = plan.tokens[start + offset]
          guard token.kind == .word, let form = token.form else { return false }
          let at = start + offset - written.lower
          if written.plain[at] {
            if form.fold != phrase.folds[offset] { return false }
          } else if written.words[at] != phrase.words[offset] {
            return false
          }
        }
        return true
      }?.count
    }

    /// `76,5% mục tiêu`, `đạt kế hoạch`, `so với kế hoạch`: a goal word comparing a result.
    private static func isComparison(before token: Int, _ plan: PlanText, _ range: Range<Int>)
      -> Bool
    {
      guard token - 1 >= range.lowerBound, token - 1 < plan.tokens.count else { return false }
      // `76,5% mục tiêu` compares; `29 chỉ tiêu chủ yếu` counts the plan's items.
      if plan.tokens[token - 1].isSymbol("%") { return true }
      var j = token - 1
      while j >= range.lowerBound, token - j <= 7 {
        let previous = plan.tokens[j]
        if previous.kind == .number || previous.isSymbol("/") {
          j -= 1
          continue
        }
        guard let form = previous.form else { return false }
        let written = Text.nfc(previous.text.lowercased())
        // `với` without `so` before a quantifier lists the plan's goals (`Nghị quyết … năm 2026
        // với các chỉ tiêu như:`); `so với các chỉ tiêu` and `với định hướng` still compare.
        // `Với kịch bản quý IV tăng trưởng 12,7% …`: `với` opening the sentence leads the goal
        // in; it compares nothing (JB). After a comma it may close a report (`…, đạt khoảng 4,4
        // tỷ USD, với định hướng ưu tiên …`).
        let alone =
          form.fold == withFold && (j < token - 1 || j == range.lowerBound)
          && (j - 1 < range.lowerBound || plan.tokens[j - 1].form?.fold != soFold)
        // Without marks `dat muc tieu` is read as `đặt mục tiêu`, the far commoner phrase: a
        // goal set, not met (`đạt kế hoạch` and `dat duoc muc tieu` keep their reading).
        let compares =
          !alone
          && (written.allSatisfy(\.isASCII)
            ? comparingFolds.contains(form.fold)
              && !(form.fold == setFold && j == token - 1
                && plan.tokens[token].form?.fold == goalFold)
            : comparing.contains(written))
        // `Để đạt mục tiêu tăng trưởng cả năm 8,0% trở lên`, `phải đạt kế hoạch`: a goal to
        // be met, not one measured against (HF).
        if compares {
          let aim = j - 1 >= range.lowerBound ? plan.tokens[j - 1].form?.fold : nil
          // `quyết tâm đạt mục tiêu tăng GRDP năm 2026 trên 10%`: resolved to meet it.
          let resolved =
            aim == resolvedFolds[1] && j - 2 >= range.lowerBound
            && plan.tokens[j - 2].form?.fold == resolvedFolds[0]
          return !(aim.map(aimFolds.contains) ?? false) && !resolved
        }
        guard quantifiers.contains(form.fold) else { return false }
        j -= 1
      }
      return false
    }
  }

  /// Keeps the scope from sentence to sentence.
  struct ScopeTracker: Sendable {
    private(set) var scope = Scope()
    private let plan: PlanText
    /// The years the document names as its vision (`tầm nhìn đến năm 2050`).
    private let visionYears: Set<Int>
    /// The lines that open with a vision (`Tầm nhìn đến năm 2050, …`).
    private let visionLines: Set<Int>

    /// - Parameter plan: the whole text; its forward horizons and date are read once.
    init(_ plan: PlanText) {
      self.plan = plan
      let all = YearReading.mentions(in: 0..<plan.tokens.count, of: plan, strict: false)
      // A year-end report's plan section (`Chỉ tiêu, nhiệm vụ năm 2024:`) names the year it
      // looks forward to: the years before it are reported, even one said with `đến` (`Đến cuối
      // năm 2023, toàn tỉnh có 11.572 hộ nghèo`, KE).
      scope.present =
        all.filter(\.opensPlan).map(\.horizon.year).min()
        ?? all.filter { $0.forward && !$0.vision }.map(\.horizon.year).min()
      scope.dated = Self.date(in: plan)
      let visions = all.filter(\.vision)
      visionYears = Set(visions.map(\.horizon.year))
      // A paragraph opens with the vision when its first words name the vision's year, with
      // `tầm nhìn` or without (`Đến năm 2030 hoàn thiện …` after `định hướng đến năm 2030`).
      let years = visionYears
      visionLines = Set(
        all.filter {
          years.contains($0.horizon.year)
            && $0.first - plan.tokenRange(lines: $0.line...$0.line).lowerBound <= 6
        }.map(\.line))
    }

    /// The first date in the first five lines: `dd/mm/yyyy`, `tháng … năm yyyy` or the period a
    /// report covers (`6 tháng đầu năm 2025`).
    private static func date(in plan: PlanText) -> YearMention? {
      let t = plan.tokens
      for i in t.indices where t[i].line <= 5 && t[i].kind == .number {
        guard FigureReading.isYear(t[i].text), let year = Int(t[i].text), i >= 2 else { continue }
        let slashDate = t[i - 1].isSymbol("/") && t[i - 2].kind == .number
        let spelled =
          i >= 4 && t[i - 1].form?.fold == "nam" && t[i - 2].kind == .number
          && t[i - 3].form?.fold == "thang"
        // A report's period: `6 tháng đầu năm 2025`, `9 tháng năm 2024`.
        let period =
          i >= 3 && t[i - 1].form?.fold == "nam"
          && (t[i - 2].form.map { $0.fold == "thang" } == true
            || (t[i - 2].form.map { ["dau", "cuoi"].contains($0.fold) } == true
              && t[i - 3].form?.fold == "thang"))
        if slashDate || spelled || period {
          return YearMention(
            horizon: Horizon(year: year), first: i, last: i, head: max(0, i - 4), line: t[i].line,
            words: plan.text(from: max(0, i - 4), to: i))
        }
      }
      return nil
    }

    /// Whether `mention` only names again a term already named (`nhiệm kỳ 2025 - 2030` in a
    /// photo caption between results), in a sentence with no figures that it does not lead:
    /// that does not turn the text from results to goals.
    private func namesKnownTerm(_ mention: YearMention, hasFigures: Bool) -> Bool {
      guard !hasFigures, !mention.leads, let start = mention.horizon.startYear,
        let known = scope.termStart
      else { return false }
      return start <= known
    }

    /// `Theo đó, mục tiêu tổng quát đến năm 2025 là …` with no figure: the goal it states, its
    /// goal word right before the year and words after it, sets the horizon of the figures that
    /// follow (`Phấn đấu … nhóm 20 …`). A heading (`Mục tiêu đến năm 2030`) is read as one
    /// already; an aim beyond the horizon in force or a period the sentence names (`Tỉnh đặt
    /// mục tiêu đến năm 2045 trở thành …` after `giai đoạn 2025-2030`) does not.
    private func statesGoal(
      _ mention: YearMention, in sentence: Range<Int>, years: [YearMention],
      markers: TenseReading.Markers, hasFigures: Bool
    ) -> Bool {
      guard !hasFigures, mention.forward,
        markers.forward.contains(where: { $0 < mention.head && mention.head - $0 <= 4 })
      else { return false }
      // words after the year, or a `:` closing a lead (`mục tiêu cơ bản đến năm 2025 gồm:`)
      let after = plan.tokens[min(mention.last + 1, sentence.upperBound)..<sentence.upperBound]
      let closesLead = after.prefix(3).contains { $0.isSymbol(":") }
      guard after.filter({ $0.kind == .word }).count >= 3 || closesLead else { return false }
      let bounds =
        [scope.carried?.horizon.year].compactMap { $0 }
        + years.filter { $0.horizon.startYear != nil }.map(\.horizon.year)
      return bounds.allSatisfy { $0 >= mention.horizon.year }
    }

    /// Moves past `sentence`, whose horizon mentions are `years` and markers `markers`.
    /// - Parameters:
    ///   - hasFigures: the sentence states figures (its horizons then carry on).
    ///   - reportsResults: every figure of the sentence was read as a past result, so the
    ///     sentences after it speak of results too.
    ///   - lastFigure: the last token of the sentence's last figure, if any.
    mutating func advance(
      past sentence: Range<Int>, years: [YearMention], markers: TenseReading.Markers,
      hasFigures: Bool, isBullet: Bool, reportsResults: Bool = false, lastFigure: Int? = nil
    ) {
      let end = sentence.upperBound
      // `Đến nay, toàn tỉnh có 4.285 trạm BTS` with no figure read still tells results.
      let now = !hasFigures && markers.presentState(before: end, firstFigure: end)
      let past = markers.past(before: end) || reportsResults || now
      if past {
        scope.past = true
      } else if markers.goal(before: end)
        || years.contains(where: { mention in
          (mention.forward && !mention.vision)
            || (scope.present.map { mention.horizon.year >= $0 } == true
              && !namesKnownTerm(mention, hasFigures: hasFigures))
        })
      {
        scope.past = false
      }
      if past, let year = years.min(by: { $0.horizon.year < $1.horizon.year }) {
        scope.pastYear = year
      }
      if past,
        let latest = years.filter({ $0.horizon.startYear == nil && !$0.forward })
          .max(by: { $0.horizon.year < $1.horizon.year }),
        latest.horizon.year >= scope.reportedLatest?.horizon.year ?? latest.horizon.year
      {
        scope.reportedLatest = latest
      }
      if let start = years.compactMap(\.horizon.startYear).max() {
        scope.termStart = max(scope.termStart ?? start, start)
      }
      // Item-level leads (`- Đến năm 2025, …`) stay in their item.
      guard !isBullet, !past else { return }
      // `Ban chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025 đưa ra mục tiêu … vào năm 2030` after
      // `nhiệm kỳ 2025-2030`: the ended term names who sets the goals; the horizon said with
      // `vào`/`đến` after it is theirs.
      if !hasFigures, markers.goal(before: end), let known = scope.termStart,
        let ended = years.first(where: { mention in
          !mention.forward && mention.horizon.startYear != nil && mention.horizon.year <= known
        }),
        let horizon = years.first(where: { mention in
          mention.forward && !mention.vision && !mention.maintenance
            && mention.horizon.year > ended.horizon.year
        })
      {
        scope.carried = horizon
        return
      }
      let setters = years.filter { mention in
        guard !mention.vision, !mention.maintenance, mention.aside == nil,
          !(hasFigures && mention.enclosed != nil)
        else { return false }
        // The document's vision year written without `tầm nhìn` (`… và đến năm 2050 khoảng
        // 80%`) keeps its own figure but governs nothing after it, unless its paragraph opens
        // with the vision.
        if visionYears.contains(mention.horizon.year), !visionLines.contains(mention.line) {
          return false
        }
        // A year after the last figure and beyond a comma names where the plan heads next
        // (`đạt 8%, hướng tới giai đoạn 2026-2030`), not the horizon of what follows.
        if let lastFigure, mention.first > lastFigure,
          plan.hasComma(from: lastFigure + 1, to: mention.first)
        {
          return false
        }
        // `đến năm 2030, … 35-37% GRDP và tăng lên 50% GRDP vào năm 2045.`: a year after the
        // last figure dates that figure; the sentence's forward lead still governs what follows.
        if let lastFigure, mention.first > lastFigure,
          years.contains(where: { other in
            other.first < mention.first && other.forward && !other.vision && other.aside == nil
              && other.horizon.year < mention.horizon.year
          })
        {
          return false
        }
        // `Kế hoạch chuyển đổi số … năm 2026 … đặt mục tiêu … giai đoạn 2026–2030`: a period
        // that holds the plan's own year, named after it, is the setting of a one-year plan.
        if let start = mention.horizon.startYear,
          years.contains(where: { own in
            (own.plansOwn || own.leads && !own.forward && own.horizon.startYear == nil)
              && own.first < mention.first
              && (start...mention.horizon.year).contains(own.horizon.year)
          }), markers.goal(before: end)
        {
          return false
        }
        // A plan's own year (`Kế hoạch … năm 2022 đề ra mục tiêu cụ thể, gồm:`) sets the
        // horizon of the goals it lists, replacing an earlier line's `đến năm 2030`.
        if mention.plansOwn { return markers.goal(before: end) }
        // `Đến năm 2030 hoàn thiện hạ tầng số.` opens a sentence of goals with no figure and no
        // comma after the year: the figures that follow are that year's.
        let opensGoals = !hasFigures && mention.forward && mention.head - sentence.lowerBound <= 1
        return mention.horizon.startYear != nil || mention.leads || hasFigures || opensGoals
          || statesGoal(
            mention, in: sentence, years: years, markers: markers, hasFigures: hasFigures)
      }
      if let last = setters.last { scope.carried = last }
    }
  }
}

extension Extraction.PlanText {
  /// Whether a `,` stands among the tokens `from..<to`.
  func hasComma(from: Int, to: Int) -> Bool {
    let lower = max(from, 0)
    let upper = min(to, tokens.count)
    guard lower < upper else { return false }
    return tokens[lower..<upper].contains { $0.isSymbol(",") }
  }
}
