import Catalog
import Support

extension Extraction {
  /// Turns a figure and its chosen indicator into a candidate row: quote, section, year,
  /// confidence and the reasons for it.
  struct CandidateBuilder {
    let document: Engine.Document
    let units: [String: Unit]
    let figure: Figure
    /// The first token of every figure of the sentence, sorted (a year past another figure
    /// belongs to that one).
    let figureFirsts: [Int]
    /// The last token of every figure of the sentence: a year whose words start right after a
    /// figure (`65% năm 2020`) is that figure's.
    let figureLasts: Set<Int>
    /// The sentence's horizon mentions, in text order, and the first token of each.
    let years: [YearMention]
    let yearFirsts: [Int]
    /// What the text before the sentence set: a carried horizon, results or goals.
    let scope: Scope
    let markers: TenseReading.Markers
    let clause: Range<Int>
    let stream: WordStream

    /// What a candidate's confidence is multiplied by when the text gives it no year.
    static let noYearFactor = 0.85

    /// - Parameters:
    ///   - score: the indicator, or nil for `unclassified`.
    ///   - runnerUp: the next best indicator (a close second lowers the confidence).
    ///   - listed: the figure is one of several indicators listed after `về`.
    func build(
      score: IndicatorScoring.Score?, runnerUp: IndicatorScoring.Score?, listed: Bool
    ) -> CandidateTarget {
      let plan = document.plan
      let line = plan.tokens.indices.contains(figure.first) ? plan.tokens[figure.first].line : 1
      let stack = document.layout.headingStack(at: line)
      let quote = Quoting.clause(around: figure, in: clause, of: plan)
      var reasons: [String] = []
      var notes: [String] = []
      var confidence = 1.0

      let indicator = score?.indicator
      let unit = indicator.flatMap { units[$0] }
      if let score {
        let words = Quoting.words(of: score.match, in: stream, plan)
        var fragment =
          "indicator from \(Text.quoted(words)) \(score.after ? "after" : "before") the figure"
          + " (score \(NumberReading.csv((score.value * 100).rounded() / 100))"
          + (score.match.quality < 1 ? ", OCR-tolerant match)" : ")")
        var indicatorConfidence = min(1, 0.45 + score.value)
        if let runnerUp, runnerUp.value >= 0.8 * score.value, !listed {
          indicatorConfidence *= 0.8
          fragment += "; close second '\(runnerUp.indicator)'"
        }
        if listed { fragment += "; one phrase names several indicators" }
        reasons.append(fragment)
        confidence *= indicatorConfidence
      } else {
        reasons.append("no keyword of the lexicon near the figure: unclassified")
        confidence *= 0.3
      }

      switch figure.kind {
      case .implied:
        let words = Text.quoted(figure.impliedBy ?? "")
        reasons.append("figure implied by \(words), recorded as 100")
        notes.append("\(words) recorded as 100")
        confidence *= 0.6
      case .measure:
        if let converted = figure.conversion {
          let value = NumberReading.csv(figure.value)
          reasons.append("\(Text.quoted(converted)) converted to \(value) trillion VND")
          notes.append("\(Text.quoted(converted)) recorded as \(value) (trillion VND)")
        }
      case .index, .amount:
        confidence *= 0.85
      case .multiple:
        reasons.append("a multiple of a base: no catalog unit holds it")
        notes.append("a multiple (× base): name the base and the indicator, or reject")
      case .count, .counted:
        if score == nil, let counted = figure.counts {
          // I3: what the number counts is the reviewer's best clue to the indicator.
          reasons.append("a count of \(Text.quoted(counted)), which no catalog indicator holds")
          notes.append("a count of \(Text.quoted(counted)), name its indicator or reject")
        }
      case .rank, .percent, .percentPerYear, .per10k:
        break
      }
      var quantity = figure.quantity
      var stated = figure.stated
      // `từ 55% lên 65%`: `từ` names where a change starts, the level itself, not a floor.
      let base = figure.high == nil && startsFromBase()
      if base {
        quantity.comparator = .equal
        stated?.comparator = .equal
        reasons.append("comparator = : \(Text.quoted("từ")) starts a change")
      } else if let words = figure.comparator.words, figure.kind != .implied {
        reasons.append("comparator \(figure.quantity.comparator.symbol) from \(Text.quoted(words))")
      } else if figure.high != nil {
        reasons.append("range")
      } else if figure.kind != .implied {
        reasons.append("no comparator word: read as =")
        confidence *= 0.9
      }

      let own = sentenceYear()
      let requirement = self.requirement
      let quotedGoal = self.quotedGoal
      let aside = insideAside()
      let why = pastReason(
        own: own, required: requirement != nil, quotesPlan: aside || quotedGoal != nil)
      let role: CandidateTarget.Role = why == nil ? .target : .observation
      let (horizon, source, yearWords) =
        markers.statesFact(before: figure.first)
        ? factYear() : year(stack: stack, own: own, role: role, quotesPlan: aside)
      if let why {
        reasons.append("a past result: \(why)")
      } else if let words = requirement {
        let said = document.plan.text(from: words.lowerBound, to: words.upperBound)
        reasons.append("a goal: \(Text.quoted(said)) says what must be reached")
      } else if let words = quotedGoal {
        let said = document.plan.text(from: words.lowerBound, to: words.upperBound)
        reasons.append("a goal: \(Text.quoted(said)) names the goal the figure states")
      } else if setsFloor, figure.comparator.words.map({ $0.contains("trở lên") }) != true {
        reasons.append("a goal: \(Text.quoted("trở lên")) after the figure sets a floor")
      }
      switch source {
      case .sentence(let at):
        reasons.append("year from \(Text.quoted(yearWords)) in the sentence")
        if let horizon, !quote.text.contains(String(horizon.year)) {
          notes.append("year from line \(at): \(Text.quoted(yearWords))")
        }
      case .heading(let at):
        reasons.append("year from the heading on line \(at)")
        confidence *= 0.95
      case .scope(let at):
        reasons.append(
          "year from \(Text.quoted(yearWords)) on line \(at), which governs what follows")
        notes.append("year from line \(at): \(Text.quoted(yearWords))")
        confidence *= 0.95
      case .title(let at):
        reasons.append("year from the document title (line \(at))")
        notes.append("year \(horizon?.csv ?? "") from the document title (line \(at))")
        confidence *= 0.85
      case .column(let at):
        reasons.append("year from the table column headed on line \(at)")
      case .none:
        reasons.append("no year in the sentence, its headings or the title")
        notes.append("no year")
        confidence *= Self.noYearFactor
      }

      let kind: TargetKind = unit == .rank || figure.kind == .rank ? .rank : .quantitative
      return CandidateTarget(
        id: "", geo: document.geo, indicator: indicator, unit: unit, kind: kind,
        quantity: quantity, horizon: horizon, yearSource: source, document: document.id,
        section: Layout.sectionName(stack), quote: quote.text, lines: quote.lines,
        confidence: max(0, min(1, confidence)), reason: reasons.joined(separator: "; "),
        note: notes.joined(separator: "; "), role: role, stated: stated,
        statedAsOf: statedAsOf(own: own, source: source),
        quotesPlan: aside || quotedGoal != nil,
        setsFloor: setsFloor, required: requirement != nil)
    }

    /// `đạt 10,24% trở lên`, `từ 10,24% trở lên`: a floor said after the figure (HZ).
    var setsFloor: Bool { figure.comparator.floorAfter }

    /// The requirement that makes the figure a goal (JA), its words from head to verb: `… 9 tháng
    /// đầu năm, để đạt mục tiêu … cả năm (trên 10%), thì quý IV phải tăng trên 17%`. Its verb of
    /// reaching stands after the sentence's words of report and before the figure, within ten
    /// tokens, with no other figure, comma, `;` or `:` between.
    private var requirement: ClosedRange<Int>? {
      let reported = lastReportWord
      guard let words = markers.requirements.last(where: { $0.upperBound < figure.first }),
        case let verb = words.upperBound, figure.first - verb <= 10,
        // Report words before the requirement or at its verb (`để đạt được`), not inside it
        // (`… ước đạt`) or after it.
        reported < words.lowerBound || reported == verb,
        !markers.breaks.contains(where: { $0 > verb && $0 < figure.first }),
        !markers.commas.contains(where: { $0 > verb && $0 < figure.first }),
        !figureStarts(from: verb, before: figure.first)
      else { return nil }
      return words
    }

    /// `vượt mục tiêu đề ra là 8,5%`, `chỉ tiêu 1,765 tỷ USD`, `kịch bản là 8,96-9,61%`: a goal
    /// word (`mục tiêu`, `kế hoạch`, `chỉ tiêu`, `kịch bản`) a few words before the figure, with
    /// only words that say how the goal was set or what it measures between (`đề ra`, `là`,
    /// `tăng`, `năm 2024`, a comparator), names the goal the figure states: a report quotes its
    /// plan (KK). Its words, from the goal word to the last word before the figure.
    private var quotedGoal: ClosedRange<Int>? {
      let t = document.plan.tokens
      // `kế hoạch (tăng 2,3% so với cùng kỳ)`: a figure compared after it is a result.
      let end = markers.breaks.first { $0 > figure.last } ?? Int.max
      if markers.compared(after: figure.last, before: end) { return nil }
      var j = figure.first - 1
      var words = 0
      var sets = false
      while j - 1 >= clause.lowerBound, words <= Self.goalQuoteReach {
        let token = t[j]
        if token.isSymbol("(") || token.isSymbol(":") {
          j -= 1
          continue
        }
        if token.kind == .number {
          // `kế hoạch năm 2024 là 8%`: the plan's own year.
          guard FigureReading.isYear(token.text), t[j - 1].form?.fold == FigureReading.yearFold
          else {
            return nil
          }
          j -= 1
          continue
        }
        guard let form = token.form else { return nil }
        if let previous = t[j - 1].form,
          Self.goalNouns.contains([previous.fold, form.fold])
        {
          // `vượt kế hoạch 2.660 ha`, `so với kế hoạch (tăng 0,49%)`: after a word that
          // measures against the goal, the figure is the margin unless the words between say
          // the goal was set (`vượt mục tiêu đề ra là 8,5%`).
          let measured =
            j - 2 >= clause.lowerBound && TenseReading.isOne(of: Self.measuring, t[j - 2])
          return measured && !sets ? nil : (j - 1)...(figure.first - 1)
        }
        guard TenseReading.isOne(of: Self.goalQuoteWords, token) else { return nil }
        sets = sets || TenseReading.isOne(of: Self.settingWords, token)
        words += 1
        j -= 1
      }
      return nil
    }
    static let goalQuoteReach = 5
    static let goalNouns = Set(
      [["mục", "tiêu"], ["kế", "hoạch"], ["chỉ", "tiêu"], ["kịch", "bản"]].map {
        $0.map { WordForm($0).fold }
      })
    static let goalQuoteWords = [
      "đề", "ra", "đặt", "là", "tăng", "giảm", "trưởng", "ở", "mức", "năm", "đầu", "cả", "của",
      "tỉnh", "trên", "dưới", "khoảng", "từ", "tối", "thiểu", "ít", "nhất", "hơn", "gần",
    ].map(TenseReading.spelled)
    static let settingWords = ["đề", "đặt", "là"].map(TenseReading.spelled)
    static let measuring = ["vượt", "so", "với", "đạt", "thành"].map(TenseReading.spelled)

    /// `9 tháng đầu năm 2031 ước đạt 7,2%, … thì quý IV phải tăng trên 13%`: a goal whose
    /// clause names a part of a year without its year (`quý IV`, `cả năm`, `năm nay`) is in the
    /// year the text reports: an earlier year of the sentence said without a forward word, else
    /// the latest year of the results told before (JE).
    private func reportedYear() -> YearMention? {
      guard markers.partsOfYear.contains(where: { clause.contains($0) }) else { return nil }
      let earlier = years.last {
        $0.last < figure.first && !$0.forward && $0.horizon.startYear == nil
      }
      return earlier ?? scope.reportedLatest
    }

    /// The figure stands in a bracket that quotes the plan beside a result (`(kế hoạch tăng
    /// 5,1 - 5,2%)`, HD): no `)` between the bracket's goal word and the figure.
    private func insideAside() -> Bool {
      guard let aside = markers.asides.last(where: { $0 < figure.first }) else { return false }
      let plan = document.plan
      // `ước chiếm 23,4%/KH 24,5-25,5%; công nghiệp … ước chiếm 31,6%/KH …`: a plan quoted
      // after `/` has no bracket to close; it holds the first figure after it only (MC).
      if aside > 0, plan.tokens[aside - 1].isSymbol("/") {
        return !figureStarts(from: aside, before: figure.first)
          && !markers.breaks.contains { $0 > aside && $0 < figure.first }
      }
      // A bracket inside the aside (`(kịch bản tăng trưởng (KBTT): 7,87%)`) does not close it.
      var depth = 0
      for token in plan.tokens[aside..<figure.first] {
        if token.isSymbol("(") { depth += 1 }
        if token.isSymbol(")") { depth -= 1 }
        if depth < 0 { return false }
      }
      return true
    }

    /// `Đến cuối năm 2022, tỷ lệ hộ nghèo toàn tỉnh là 28,54%`: the figure's own year, said with
    /// `đến` and no goal word, forecast or aim before the figure; whether it is a horizon or
    /// the date of a state ("as of") only the rest of the text tells (`reportedLater`).
    private func statedAsOf(own: YearMention?, source: CandidateTarget.YearSource) -> Int? {
      guard let own, case .sentence = source, own.forward, !own.vision, !own.maintenance,
        own.horizon.startYear == nil, noGoalBefore
      else { return nil }
      return own.horizon.year
    }

    /// No goal word, forecast or aim stands before the figure in its sentence.
    private var noGoalBefore: Bool {
      !markers.forward.contains(where: { $0 < figure.first })
        && !markers.forecast.contains(where: { $0 < figure.first })
        && !markers.aims.contains(where: { $0 < figure.first })
    }

    /// `45.799/36.875 tỷ đồng` among results: the second number is the old target the first
    /// one is measured against (when the result is above it; `13/17` is 13 of 17).
    func oldTarget(paired candidate: CandidateTarget) -> CandidateTarget? {
      guard candidate.role == .observation, let paired = figure.paired, paired < figure.value,
        figure.high == nil
      else { return nil }
      var target = candidate
      target.role = .target
      target.quantity = Quantity(.equal, paired)
      target.stated =
        figure.scale != 1 && figure.scale > 0
        ? Quantity(.equal, Figure.unscaled(paired, by: figure.scale)) : nil
      target.reason += "; the second number of a result/target pair: the old target"
      target.quotesPlan = true
      return target
    }

    /// The sentence's own horizon for the figure, if it names one (see `year`).
    func sentenceYear() -> YearMention? {
      /// Whether another figure starts strictly between token indices `a` and `b`.
      func between(_ a: Int, _ b: Int) -> Bool { figureStarts(from: a + 1, before: b) }
      // `từ 55% năm 2015 lên 65% năm 2020`: a year right after the figure is its own, and a
      // year right after an earlier figure is that one's. One right after a later figure may
      // close a list (`… khoảng 40%, … 14,3% đến năm 2020;`) and stays free.
      // The share's base may stand between (`từ 12,87% GDP năm 2021 lên 14,02% GDP năm 2025`).
      let end = figure.last + baseWords(after: figure.last)
      if let bound = years.first(where: { $0.head == end + 1 }) { return bound }
      // A year in a bracket of its own (`20% (đến năm 2030 đạt 30%)`) dates only what it holds.
      let free = years.filter {
        ($0.head > figure.last || !figureLasts.contains($0.head - 1))
          && $0.aside.map { $0.contains(figure.first) } != false
          && $0.enclosed.map { figure.first < $0.upperBound } != false
      }
      // `đến hết năm 2025 và duy trì đến năm 2030`: the level is reached by 2025.
      let kept = free.filter { !$0.maintenance }
      let usable = kept.isEmpty ? free : kept
      let before = usable.last { $0.last < figure.first }
      // A year after the figure that opens a clause (`… và đến năm 2030, …`) is the next one's.
      let next = usable.first { $0.first > figure.last && !$0.opensClause }
      let freeBefore = before.flatMap { between($0.last, figure.first) ? nil : $0 }
      let freeNext = next.flatMap { between(figure.last, $0.first) ? nil : $0 }
      var chosen = freeBefore ?? freeNext
      // A year beyond a comma after the figure (`Năm 2025, … đạt 8% trở lên, tạo tiền đề …
      // giai đoạn 2026 - 2030`) is nearer only when the year before is not free.
      if let b = freeBefore, let n = freeNext, n.first - figure.last < figure.first - b.last,
        !document.plan.hasComma(from: figure.last + 1, to: n.first)
      {
        chosen = n
      }
      // With no free year, the sentence's lead (`Theo đó, giai đoạn 2016 - 2020, phấn đấu …`)
      // governs its clauses, not a year that other figures already took (`… đến năm 2030 đạt
      // khoảng 12.500 USD; tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm`).
      let lead = usable.last { $0.leads && $0.last < figure.first }
      return chosen ?? lead ?? before ?? next
    }

    /// How many tokens after `last` name the base of a share (`GDP`, `GRDP`): 0 or 1.
    private func baseWords(after last: Int) -> Int {
      let t = document.plan.tokens
      guard t.indices.contains(last + 1), let fold = t[last + 1].form?.fold,
        Self.shareBases.contains(fold)
      else { return 0 }
      return 1
    }
    static let shareBases: Set<String> = ["gdp", "grdp"]

    /// The words right after the figure name the plan, estimate or target it is a share of.
    private func sharesOfPlan() -> Bool {
      let plan = document.plan
      let next = figure.last + 1
      guard next + 1 < plan.tokens.count, let first = plan.tokens[next].form,
        let second = plan.tokens[next + 1].form
      else { return false }
      return Self.plans.contains { $0 == [first.fold, second.fold] }
    }
    static let plans = [["kế", "hoạch"], ["dự", "toán"], ["chỉ", "tiêu"], ["mục", "tiêu"]].map {
      $0.map { WordForm($0).fold }
    }

    /// `quy mô nền kinh tế năm 2020 đạt 89.362 tỷ đồng; … tỉ lệ hộ nghèo đến năm 2020 giảm còn
    /// 1,93%`: `đến năm Y` with no goal word before the figure, after the text has told results
    /// of Y, dates a state reached; it is no horizon (ME).
    private func reachedAlready(_ own: YearMention?) -> Bool {
      guard let own, own.forward, !own.vision, own.horizon.startYear == nil,
        let told = scope.reportedLatest
      else { return false }
      return told.horizon.year >= own.horizon.year && noGoalBefore
    }

    /// `99,5% thôn, bản đã được phủ sóng`, `100% đơn vị, địa phương đã thành lập ban chỉ đạo`:
    /// `đã` (already, as written) within eight tokens after the figure, with only words and
    /// commas between (no figure, clause break or bracket), tells what the figure's subject
    /// has done. Not when `đã` qualifies the noun or restates a goal: `lao động đã qua đào tạo`,
    /// `mức chỉ tiêu 3,4% đã đề ra`, `di tích đã được xếp hạng`.
    private func alreadyAfter() -> Bool {
      let t = document.plan.tokens
      guard let done = markers.already.first(where: { $0 > figure.last }),
        done - figure.last <= 8, done + 1 < t.count,
        !figureStarts(from: figure.last + 1, before: done),
        !markers.breaks.contains(where: { $0 > figure.last && $0 < done }),
        !t[(figure.last + 1)..<done].contains(where: { token in
          token.kind == .number || token.isSymbol("(") || token.isSymbol(")")
        })
      else { return false }
      let next = (done + 1..<min(done + 4, t.count)).map { t[$0].form?.fold ?? "" }
      return !Self.alreadyQualifies.contains { words in
        next.count >= words.count && Array(next.prefix(words.count)) == words
      }
    }
    /// What follows `đã` when it qualifies a noun or restates a goal (see `alreadyAfter`).
    static let alreadyQualifies = [
      "qua", "giao", "khó", "đề ra", "đặt ra", "báo cáo", "loại trừ", "ban hành", "được giao",
      "được xếp hạng", "được đánh giá", "được phê duyệt", "được công nhận",
    ].map { $0.split(separator: " ").map { WordForm(String($0)).fold } }

    /// A fact's year is the date it is stated at (`dân số tại thời điểm ngày 31-12-2024 là …`),
    /// never the plan's period; none when the text gives no date (`diện tích tự nhiên`).
    private func factYear() -> (Horizon?, CandidateTarget.YearSource, String) {
      let plan = document.plan
      guard let fact = markers.inClause(markers.facts, before: figure.first) else {
        return (nil, .none, "")
      }
      let dated = (fact..<figure.first).last { i in
        plan.tokens.indices.contains(i) && plan.tokens[i].kind == .number
          && FigureReading.isYear(plan.tokens[i].text)
      }
      guard let dated, let year = Int(plan.tokens[dated].text) else { return (nil, .none, "") }
      return (
        Horizon(year: year), .sentence(line: plan.tokens[dated].line),
        plan.text(from: fact, to: dated)
      )
    }

    /// Why the figure is a past result, or nil for a target: a past result when words before
    /// the figure say so (`ước đạt`, `Nhìn lại năm 2024`), when a result comparison follows it
    /// (`8,76%/năm, cao hơn mục tiêu đề ra`), when its own year is a period that ended by the
    /// start of the document's term (`giai đoạn 2021-2025` under `nhiệm kỳ 2025-2030`) or a bare
    /// year before the document's first horizon (`năm 2020 đạt 2.591 USD` in a plan to 2030),
    /// or when the sentences before speak of results and this one names no goal and no year
    /// from that horizon on. Never for a figure quoting the plan (`quotesPlan`: in a bracket or
    /// after `/KH`, HD and MC, or after a goal word, KK), a floor (HZ) or what a requirement
    /// says must be reached (`required`, JA).
    private func pastReason(own: YearMention?, required: Bool, quotesPlan: Bool) -> String? {
      // Words reporting results reach across a clause break until the text names a goal and
      // the figure's own year is still ahead: `đánh giá kết quả … 2020–2025 và mục tiêu …
      // 2025–2030; thống nhất 29 chỉ tiêu …: … đạt 10%/năm trở lên`.
      // With no forward horizon in the text, a term named as such (`nhiệm kỳ 2025-2030 đã hoàn
      // thành …, đề ra mục tiêu … 12%/năm`) is ahead unless a later term was named before it.
      let ahead = own.map { own in
        scope.present.map { own.horizon.year >= $0 }
          ?? (own.forward
            || own.horizon.startYear.map { start in start >= (scope.termStart ?? start) } == true)
      }.map { $0 && !reachedAlready(own) }
      if quotesPlan || setsFloor || required { return nil }
      if markers.statesFact(before: figure.first) {
        return "words before the figure state a fact of the place as it stands"
      }
      // `trong năm 2024, … đã xử lý … 68,54%`: the text's first year ahead, named without a
      // forward word, is no horizon to set against `đã`.
      let sameYearUnmarked = own.map { !$0.forward && scope.present == $0.horizon.year } == true
      if markers.saysAlready(before: figure.first), ahead != true || sameYearUnmarked {
        return "'đã' (already) before the figure in its clause"
      }
      // `100% đơn vị, địa phương đã thành lập …`: the figure is the subject of a clause told
      // with `đã` (MB).
      if ahead != true, !markers.forward.contains(where: { $0 < figure.first }),
        alreadyAfter()
      {
        return "'đã' (already) after the figure, in the clause it is the subject of"
      }
      // `bằng 101,1% kế hoạch`, `vượt 4,16% kế hoạch`: a share of the plan measures a result;
      // under a goal (`mục tiêu … hoàn thành 100% kế hoạch`) it is one.
      if figure.kind == .percent, ahead != true, !markers.goal(before: figure.first),
        sharesOfPlan()
      {
        return "it is a share of the plan or estimate after it"
      }
      // `xếp thứ 26/63`, `đứng thứ 4 trong khu vực` with no goal word before it and nothing ahead
      // in force: a place reached. A goal word, a forward year of its own, or a forward horizon
      // carried from a lead or the title keeps it a goal.
      if figure.kind == .rank, figure.comparator.comparison == .equal, ahead != true,
        !markers.goal(before: figure.first), !document.looksAhead(scope)
      {
        return "a place in a ranking, with no goal before it"
      }
      if markers.past(before: figure.first),
        // A goal after a `;` or `:` always; after a `,` too for a figure whose year is ahead.
        !markers.goalAfterBreak(before: figure.first, commas: ahead == true),
        !(own?.forward == true && aimsAt())
      {
        return "words before the figure report a result"
      }
      if ahead != true,
        markers.presentState(before: figure.first, firstFigure: figureFirsts.first ?? figure.first)
      {
        return "words before the sentence's figures tell the present state"
      }
      // Even under a goal word (`phấn đấu nâng tỷ lệ từ 55% lên 65%`), the level a change
      // starts from is where things stand, not a goal.
      if startsFromBase() {
        return "it is the level a change starts from (`từ … lên …`)"
      }
      // `Hơn 105 triệu đồng - đó là mức GRDP … ước đạt vào năm 2025`: a sentence that opens
      // with its figure takes its tense from the words after it.
      if stream.offset(atOrAfter: figure.first) <= 1, markers.forward.isEmpty,
        markers.strongPast.contains(where: { $0 > figure.last })
      {
        return "the words after the figure, which opens the sentence, report a result"
      }
      if markers.goal(before: figure.first) || markers.goalAfterBreak(before: figure.first) {
        return nil
      }
      // Up to the clause's end: `đạt gần 55 ngàn tỉ đồng, bằng 121% dự toán;` measures the
      // figure against the estimate through the share after it.
      let end = markers.breaks.first { $0 > figure.last } ?? Int.max
      if markers.compared(after: figure.last, before: end) {
        return "it is compared with a goal or an average after it"
      }
      if let own, !own.forward, own.horizon.startYear != nil,
        let term = document.titleYear?.horizon.startYear, own.horizon.year <= term
      {
        return "\(Text.quoted(own.words)) ended by the start of the title's term (\(term))"
      }
      // A plan sets no goal for a period that ended before it was written or before a later
      // term it has already named: `nhiệm kỳ 2025-2030` … `nhiệm kỳ 2020-2025, … đạt 63 tỷ USD`.
      // A phase that ends after the first year the plan looks forward to is one of its own
      // phases (`Từ nay đến năm 2015 …, giai đoạn 2016-2020 là …, giai đoạn 2021-2030 là …`).
      if let period = own ?? scope.carried, !period.forward, period.horizon.startYear != nil,
        let later = scope.termStart, period.horizon.year <= later,
        scope.present.map({ period.horizon.year > $0 }) != true
      {
        return
          "\(Text.quoted(period.words)) ended as a later term named before it (\(later)) starts"
      }
      // A forecast of a year in which a later term named before already starts (`nhiệm kỳ
      // 2025-2030` … `Dự kiến đến năm 2025, con số này tăng lên 4.776 USD`) estimates the
      // result of the term that ends then, as `ước đạt` does.
      if let own, own.horizon.startYear == nil, let later = scope.termStart,
        own.horizon.year <= later, markers.forecast.contains(where: { $0 < figure.first })
      {
        return "\(Text.quoted(own.words)) is forecast in the year a later term starts (\(later))"
      }
      // Among results told up to a year, a forecast of that year (`… ước đạt vào năm 2025` …
      // `GRDP năm 2025 dự kiến đạt 390 nghìn tỷ đồng`) estimates a result, as `ước đạt` does.
      if scope.past, markers.forward.isEmpty, let own, own.horizon.startYear == nil,
        let reported = scope.pastYear, own.horizon.year <= reported.horizon.year,
        markers.forecast.contains(where: { $0 < figure.first })
      {
        return "\(Text.quoted(own.words)) is forecast among results told up to that year"
      }
      // Among results, a year before one the sentence goes on to forecast (`Đến năm 2024, …
      // đạt 354,6 nghìn tỷ đồng …; năm 2025 dự kiến đạt 390 …`) has been reached.
      if scope.past, let own, own.horizon.startYear == nil,
        markers.forecast.contains(where: { $0 > figure.last }),
        let later = years.first(where: {
          $0.first > figure.last && $0.horizon.year > own.horizon.year
        })
      {
        return
          "\(Text.quoted(own.words)) comes before \(Text.quoted(later.words)), forecast among results"
      }
      if let own, !own.forward, let dated = scope.dated, own.horizon.year < dated.horizon.year {
        return "\(Text.quoted(own.words)) ended before the document's date (\(dated.horizon.year))"
      }
      // Among results, a year in which a term named before starts (`nhiệm kỳ 2025-2030` … `Trong
      // nhiệm kỳ vừa qua, … Quy mô nền kinh tế đến năm 2025 đạt 126.000 tỷ đồng`) is the end of
      // the term whose results are told.
      if scope.past, markers.forward.isEmpty, let own, own.horizon.startYear == nil,
        let later = scope.termStart, own.horizon.year <= later
      {
        return "\(Text.quoted(own.words)) is the year a term named before starts (\(later))"
      }
      // Among results up to a year, a period ending by then (`Đến năm 2025, … ước đạt …` then
      // `Trong giai đoạn 2020 - 2025, … hơn 5,4 tỷ USD`) is a period reported on, even when the
      // document looks forward to its end.
      if scope.past, markers.forward.isEmpty, let own, !own.forward, own.horizon.startYear != nil,
        let reported = scope.pastYear, own.horizon.year <= reported.horizon.year
      {
        let upTo = Text.quoted(reported.words)
        return "the results told up to \(upTo) cover \(Text.quoted(own.words))"
      }
      if let own, let present = scope.present {
        // A year the document looks forward to (`Năm 2028, …` in a plan to 2028) is a goal's.
        if own.horizon.year >= present { return nil }
        if !own.forward, own.horizon.startYear == nil {
          return "\(Text.quoted(own.words)) is before the document's first horizon"
        }
      }
      // `…; các chỉ tiêu đều đạt và vượt …` after the figure names what was measured, not a goal.
      let goalWords = markers.forward.filter {
        $0 < figure.first || !markers.itemWords.contains($0)
      }
      if scope.past && goalWords.isEmpty { return "the sentences before report results" }
      return nil
    }

    /// `… và hướng đến 14.000-15.000 USD vào năm 2030`: an aim stands after the sentence's
    /// report words and before the figure, with no other figure between it and the figure.
    private func aimsAt() -> Bool {
      let reported = lastReportWord
      return markers.aims.contains { aim in
        aim > reported && aim < figure.first && !figureStarts(from: aim, before: figure.first)
      }
    }

    /// Whether a figure of the sentence starts at a token index from `a` up to (not including)
    /// `b`.
    private func figureStarts(from a: Int, before b: Int) -> Bool {
      let i = Sorted.lowerBound(figureFirsts, a)
      return i < figureFirsts.count && figureFirsts[i] < b
    }

    /// Where the sentence's last word of report before the figure starts (`ước`, `đạt được`), or
    /// -1.
    private var lastReportWord: Int {
      (markers.strongPast + markers.weakPast).filter { $0 < figure.first }.max() ?? -1
    }

    /// `từ 55% năm 2015 lên 65% năm 2020`: the figure after `từ` is where a change starts when
    /// `lên` or `xuống` follows it before the next figure.
    private func startsFromBase() -> Bool {
      let t = document.plan.tokens
      guard figure.first >= 1, t.indices.contains(figure.first - 1),
        t[figure.first - 1].form?.fold == Self.fromFold
      else { return false }
      // `lên` (not `trở lên`) within the three tokens before the next figure: `lên 65%`, `lên
      // mức 65%`.
      let next = Sorted.lowerBound(figureFirsts, figure.first + 1)
      guard next < figureFirsts.count, figureFirsts[next] <= t.count else { return false }
      let end = figureFirsts[next]
      let start = max(figure.last + 1, end - 3)
      guard start < end else { return false }
      return (start..<end).contains { i in
        t[i].form.map { Self.directionWords.contains($0.fold) } == true
          && t[i - 1].form?.fold != Self.floorFold
      }
    }
    static let fromFold = WordForm("từ").fold
    /// `trở` of `trở lên`: a floor, not a change.
    static let floorFold = WordForm("trở").fold
    static let directionWords: Set<String> = OCRFold.folds(["lên", "xuống"])

    /// The sentence's nearest horizon with no other figure between it and this one (before it
    /// on a tie: `năm 2030 … 30% và 50% vào năm 2045`), else its nearest before, else after;
    /// a year kept (`duy trì đến năm 2030`) or opening the next clause is passed over. Without
    /// one: for a target, the horizon a lead clause or period set earlier in the section, else
    /// the innermost heading's, else the title's; for a past result, the year of the results
    /// spoken of, else the heading's, else the document's date, else the title's. A target
    /// quoting the plan beside a result (`quotesPlan`) takes the results' year first (MC).
    /// - Complexity: O(y) in the years of the sentence.
    func year(stack: [Heading], own: YearMention?, role: CandidateTarget.Role, quotesPlan: Bool)
      -> (Horizon?, CandidateTarget.YearSource, String)
    {
      if let own {
        return (own.horizon, .sentence(line: own.line), own.words)
      }
      // The plan quoted beside a result (`ước đạt 9,34% (KBTT: 11,08%)`) is the plan of the
      // result's year: with no year of its own it takes the year the results are told in (MC).
      if role == .target, quotesPlan, let past = scope.pastYear {
        return (past.horizon, .scope(line: past.line), past.words)
      }
      if role == .target, let reported = reportedYear() {
        return (reported.horizon, .scope(line: reported.line), reported.words)
      }
      let sectionStart = stack.last?.line ?? 0
      if role == .target, let carried = scope.carried, carried.line >= sectionStart {
        return (carried.horizon, .scope(line: carried.line), carried.words)
      }
      if role == .observation, let past = scope.pastYear {
        return (past.horizon, .scope(line: past.line), past.words)
      }
      // `nhiệm kỳ 2025-2030, …` then `Kinh tế tăng trưởng bình quân 6,5%/năm`: the term told.
      if role == .observation, let carried = scope.carried, carried.line >= sectionStart,
        carried.horizon.startYear != nil, let later = scope.termStart,
        carried.horizon.year <= later
      {
        return (carried.horizon, .scope(line: carried.line), carried.words)
      }
      for heading in stack.reversed() {
        if let mention = document.headingYears[heading.line] {
          return (mention.horizon, .heading(line: mention.line), mention.words)
        }
      }
      if role == .observation, let dated = scope.dated {
        return (dated.horizon, .title(line: dated.line), dated.words)
      }
      if let title = document.titleYear {
        // Results reported under a new term's title (`nhiệm kỳ 2025-2030`) are those of the
        // term that ends as it starts.
        if role == .observation, let start = title.horizon.startYear {
          return (Horizon(year: start), .title(line: title.line), title.words)
        }
        return (title.horizon, .title(line: title.line), title.words)
      }
      return (nil, .none, "")
    }
  }
}
