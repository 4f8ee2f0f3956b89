import Catalog
import Support

extension Extraction {
  /// A figure found in a sentence, before its indicator is known.
  struct Figure: Sendable {
    /// What the words around the number make of it; it decides which indicator units fit.
    enum Kind: Sendable, Equatable {
      /// `40%`, `45 per cent`.
      case percent
      /// `10%/năm`, `8% mỗi năm`: a growth rate.
      case percentPerYear
      /// `15 người trên một vạn dân`, `12 per 10,000 people`.
      case per10k
      /// `nhóm 10 tỉnh`, `top 20`: a position, 1 is best.
      case rank
      /// `02 doanh nghiệp`, `03 thành phố`: a zero-padded count, or a count noun of the lexicon.
      case count
      /// `trên 0,75`: a decimal below 1 after a comparator.
      case index
      /// A number with a unit word: `nghìn tỷ đồng`, `triệu đồng/người`, `USD`, `triệu người`.
      case measure(Unit)
      /// Any other number after a comparator (`đạt 15`).
      case amount
      /// No number: `toàn tỉnh`, `toàn bộ` recorded as 100 (percent).
      case implied
      /// A number with a counted noun or a magnitude no catalog unit names (`2.000 doanh
      /// nghiệp`, `18,5 triệu lượt khách`, `17 tỷ USD`), or the numbers of a result/target pair.
      case counted
      /// A multiple of a base (`gấp 1,9 lần so với năm 2020`, `tăng 1,14 lần`, `gấp 3,5 - 4
      /// lần`): no catalog unit holds it, so it is proposed unclassified with its base to name.
      case multiple
    }

    var kind: Kind
    var value: Double
    var high: Double?
    var comparator: ComparatorReading.Reading
    /// Token indices of the number (or implying words) and of the last token of the figure.
    var first: Int
    var last: Int
    /// The words that imply the figure (`.implied`) or a conversion the note must state.
    var impliedBy: String?
    var conversion: String?
    /// The counted thing as written (`vườn ươm`), when a noun of `countedWords` follows the number.
    var counts: String?
    /// The factor from the number as written to `value` (0.001 for `tỷ đồng`).
    var scale = 1.0
    /// `45.799/36.875 tỷ đồng`: the second number of a pair, in `value`'s unit.
    var paired: Double?

    /// The figure as written, when a unit conversion changed it.
    var stated: Quantity? {
      guard scale != 1, scale > 0 else { return nil }
      var written = quantity
      written.value = Self.unscaled(value, by: scale)
      written.valueHigh = high.map { Self.unscaled($0, by: scale) }
      return written
    }

    /// `value` in the unit `scale` leads to. A sub-unit factor (0.001 for `tỷ đồng`) divides by
    /// its whole inverse, so that `12.450 tỷ đồng` is 12.45 trillion, not 12.450000000000001
    /// (`12450 * 0.001`): the source's precision is kept.
    static func scaled(_ value: Double, by scale: Double) -> Double {
      guard scale > 0, scale < 1 else { return value * scale }
      return value / (1 / scale).rounded()
    }

    /// The inverse of `scaled`: the number as written.
    static func unscaled(_ value: Double, by scale: Double) -> Double {
      guard scale > 0, scale < 1 else { return value / scale }
      return value * (1 / scale).rounded()
    }

    /// The quantity, with the comparator a range or `khoảng` range calls for.
    var quantity: Quantity {
      guard let high, high > value else {
        let comparison = comparator.comparison == .range ? .equal : comparator.comparison
        return Quantity(comparison, value)
      }
      let comparison: Comparison = comparator.comparison == .approximately ? .approximately : .range
      return Quantity(comparison, value, high: high)
    }
  }

  /// Finds the figures of a sentence (docs/methodology.md, "Extracting targets").
  enum FigureReading {
    /// Words after which a number is a label, not a figure: dates, document numbers, articles,
    /// appendices, sessions (`ngày 23`, `tháng 01`, `số 03`, `Phụ lục 01`, `lần thứ 11`).
    static let labelWords: Set<String> = OCRFold.folds([
      "ngay", "thang", "nam", "so", "dieu", "khoan", "chuong", "phan", "luc", "thu", "khoa",
      "diem", "tiet", "trang", "dot", "quy", "buoc", "giai", "doan", "ky", "lan", "hop", "no",
      "article", "section", "chapter", "page", "annex", "appendix", "clause", "item",
    ])
    static let rankGroupWords = Phrase("nhóm").words + Phrase("top").words
    /// How many provinces the country has had: 63 until 2025, 34 after the merger.
    static let wholeCountry: Set<Double> = [63, 34]
    /// `đứng thứ 10`, `xếp thứ 5`, `xếp hạng 09/63`: a place in a ranking, said as it is.
    static let ordinalFold = WordForm("thứ").fold
    static let placeFold = WordForm("hạng").fold
    static let rankVerbs: Set<String> = OCRFold.folds(["đứng", "xếp", "hạng", "vị", "cao"])
    static let nationWords = ["cả nước", "toàn quốc", "trong cả nước", "trong vùng"].map(
      Phrase.init)
    /// The field a place is told in, after it (LB): `thứ 2 vùng Đông Nam Bộ`, `top 3 trong khu
    /// vực ASEAN`, `địa phương thứ 2 của cả nước`.
    static let fieldWords =
      nationWords
      + [
        "vùng", "khu vực", "trong khu vực", "trong toàn quốc", "của cả nước", "so với cả nước",
      ].map(Phrase.init)
    /// `vị trí 25`, `vị trí thứ 8`, `vị trí số 1`: a standing (LB); `1.900 vị trí` after a number
    /// counts places, so only the words before it make a rank.
    static let standing = Phrase("vị trí")
    static let standingFold = WordForm("trí").fold
    /// Words before `hạng N` that keep or move a place (LE): `duy trì`, `giữ`, `lên`, `xuống`.
    static let placeMoves: Set<String> = OCRFold.folds(["trì", "giữ", "lên", "xuống", "đứng"])
    static let starFold = WordForm("sao").fold
    static let yearFold = WordForm("năm").fold
    /// Words before a group that make it the ranking entered (LC): `lọt vào Top 10`, `vươn lên
    /// top 55`.
    static let entering: Set<String> = OCRFold.folds(["vào", "lên"])
    /// `một trong 10 tỉnh … cao nhất`, `1 trong 20 địa phương dẫn đầu` (LD): one of the leading
    /// N, a rank of at most N; `một trong 3 địa phương đầu tiên` is a count of who came first.
    static let amongFold = WordForm("trong").fold
    static let leading = ["dẫn đầu", "đứng đầu", "hàng đầu", "tốp đầu"].map(Phrase.init)
    static let mostFold = WordForm("nhất").fold
    /// `thống nhất`, `duy nhất`, `hợp nhất`, `thứ nhất`: `nhất` in a word that is no superlative.
    static let notSuperlative: Set<String> = OCRFold.folds(["thống", "duy", "hợp", "đồng", "thứ"])
    /// What plans count of themselves: `24 chỉ tiêu`, `17 Đề án`, `5 nhiệm vụ trọng tâm`.
    static let planItemTerms = [
      "chỉ tiêu", "mục tiêu", "nhiệm vụ", "giải pháp", "đề án", "khâu", "chương trình",
      "nhóm nhiệm vụ", "đột phá", "trụ cột", "targets", "goals", "tasks",
    ]
    static let planItems = planItemTerms.map(Phrase.init)
    /// Spelled as the counted terms are (LA): `5 dự án` shares `đề án`'s skeleton but is a count.
    static let planItemSpellings = planItemTerms.map { TenseReading.spelled($0).words }
    /// Words after a number that make it a count or a magnitude without a catalog unit.
    static let countedWords = countedTerms.map(Phrase.init)
    static let equalsFold = WordForm("bằng").fold
    static let emissionFolds = [WordForm("phát").fold, WordForm("thải").fold]
    /// Words of magnitude after a number: `tỷ`, `tỉ`, `triệu`, `nghìn`, `ngàn`, `vạn`.
    static let magnitudeWords: Set<String> = OCRFold.folds([
      "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "vạn",
    ])
    /// The scale words a count may be written with (`2 triệu doanh nghiệp`).
    static let countScales: Set<String> = OCRFold.folds(["nghìn", "ngàn", "vạn", "triệu"])
    /// `con` counts animals; `con số` (`tăng trưởng 2 con số`) is a number's digits.
    static let animals = Phrase("con")
    static let digitFold = WordForm("số").fold
    /// Each counted term's words as written, lower-case NFC: a text word with marks must be
    /// spelled so (`2 phương án` is no `2 phường`, `tăng 1 bậc so` no `bác sĩ`); one without
    /// marks is matched by its fold, as OCR text needs.
    static let countedSpellings = countedTerms.map { TenseReading.spelled($0).words }
    static let countedTerms =
      [
        "doanh nghiệp", "hợp tác xã", "cán bộ", "sản phẩm", "dự án", "lượt", "triệu lượt",
        "nghìn lượt", "ngàn lượt", "triệu khách", "nghìn khách", "tỷ USD", "triệu USD",
        "billion USD", "million USD", "enterprises", "firms",
        // Physical output and areas plans set (`226.000 tấn`, `59,5 vạn tấn`, `10.000 ha`) and
        // workers (`9.000-10.000 lao động/năm`): kept as written, with no catalog unit.
        "tấn", "nghìn tấn", "vạn tấn", "triệu tấn", "ha", "héc-ta", "lao động", "tonnes",
        "hectares",
        // Connection speeds digital-infrastructure plans set (`đạt 70Mb/s`, `86,96 Mbps`) (MD).
        "Mb", "Mbps", "Gb", "Gbps",
      ] + countedNouns
    /// Things plans count that no catalog indicator holds (I3): places (`thêm 20 thôn`), bodies
    /// (`thành lập 3 vườn ươm`), works (`ít nhất 10 công trình`), outputs (`50 bằng sáng chế`,
    /// `20 ý tưởng`) and people (`đào tạo nghề cho 13.000 người`). A number before one is a
    /// figure even with no comparator, proposed unclassified for a reviewer to name or reject.
    /// Chosen from the kinds of thing 57-NQ programmes and five-year plans count, with the
    /// misses of labelled sets 1-26 in view; sets 27-29 measured them blind. Plan items (`24 chỉ
    /// tiêu`, `6 nhóm chỉ tiêu`) and spans of time stay out.
    static let countedNouns =
      placeNouns + [
        // bodies and establishments
        "tổ chức", "cơ sở", "trung tâm", "vườn ươm", "phòng thí nghiệm", "viện", "trường",
        "bệnh viện", "trạm", "hội", "câu lạc bộ", "tổ hợp tác", "chuỗi", "startup",
        // works and sites
        "khu công nghiệp", "cụm công nghiệp", "khu kinh tế", "công trình", "tuyến", "cây cầu",
        "căn", "căn nhà", "căn hộ", "ngôi nhà", "nhà ở", "phòng", "chợ", "siêu thị", "cửa hàng",
        "điểm du lịch", "khu du lịch", "di tích", "cơ sở lưu trú", "giường",
        // outputs of science, innovation and production
        "sáng chế", "bằng sáng chế", "văn bằng", "đơn đăng ký", "nhãn hiệu", "kiểu dáng",
        "giải pháp hữu ích", "quyền tác giả", "đề tài", "bài báo", "công bố", "mô hình", "ý tưởng",
        "cuộc thi", "sự kiện", "hội chợ", "lễ hội", "giống", "tiêu chuẩn", "quy chuẩn",
        // records and services of digital government, and equipment
        "hồ sơ", "thủ tục", "dịch vụ", "tài khoản", "phương tiện", "thiết bị",
        // animals (`đàn bò 1.200 con`, `750.000 con gia cầm`), not `2 con số` (two digits) (KD)
        "con",
        // people and households
        "người", "hộ", "học sinh", "sinh viên", "học viên", "bác sĩ", "nhà khoa học", "chuyên gia",
        "kỹ sư", "việc làm", "chỗ làm việc", "đảng viên", "hội viên", "thành viên", "du khách",
        "khách",
        // English
        "startups", "patents", "projects", "households", "people", "workers", "schools",
        "hospitals", "organisations", "organizations", "centres", "centers", "incubators",
        "laboratories",
      ]
    /// Places and units of settlement: counted by plans (`thêm 20 thôn`, `ít nhất 3 huyện`), and
    /// also named in descriptions of the territory (`6 huyện (Định Hóa, Võ Nhai, …)`), which
    /// `describesPlaces` tells apart.
    static let placeNouns = [
      "xã", "phường", "thị trấn", "huyện", "thôn", "bản", "tổ dân phố", "khu dân cư", "đô thị",
      "làng", "làng nghề", "communes", "villages", "districts",
    ]
    static let placePhrases = Set(placeNouns.map(Phrase.init))
    /// Words that make a four-digit number after them a year, beside `labelWords` (`năm`) and
    /// the year markers (`đến`, `trước`): `từ 2026`, `cuối 2025`, `trong 2026`.
    static let yearStarts: Set<String> = OCRFold.folds([
      "từ", "sau", "cuối", "đầu", "trong", "giữa", "since",
    ])
    /// `đại diện cho hơn 242.000 đảng viên`: the members a congress's delegates stand for, a
    /// meeting fact like the delegates themselves.
    static let represents = Phrase("đại diện")
    static let rankPlaceWords: Set<String> = OCRFold.folds([
      "tinh", "dia", "thanh", "nuoc", "quoc", "provinces", "province", "localities", "cities",
      "countries",
    ])
    static let perYear = ["năm", "mỗi năm", "một năm", "hằng năm", "per year", "a year"].map(
      Phrase.init)
    static let percentWords = ["phần trăm", "per cent", "percent"].map(Phrase.init)
    static let durationWords = ["tháng", "tuần", "ngày", "giờ", "months", "days"].map(Phrase.init)
    static let pointFold = WordForm("điểm").fold
    static let ageFold = WordForm("tuổi").fold
    static let longevityFold = WordForm("thọ").fold
    static let delegates = Phrase("đại biểu")
    static let speedFolds: Set<String> = OCRFold.folds(["Mb", "Gb"])
    static let assent = [
      "tán thành", "đồng ý", "biểu quyết", "thống nhất", "nhất trí", "thông qua",
    ]
    .map(Phrase.init)
    static let per10kWords = ["vạn dân", "vạn người"].map(Phrase.init)
    /// Words that make `10.000 dân` after them a figure's base (`trên`, `mỗi`).
    static let perBaseWords = OCRFold.folds(["trên", "mỗi"])
    static let haveFold = WordForm("có").fold
    static let tenThousandFold = WordForm("vạn").fold
    static let oneFold = WordForm("một").fold
    static let peopleWords: Set<String> = OCRFold.folds([
      "dan", "nguoi", "people", "inhabitants", "residents", "population", "persons",
    ])
    static let dashes: Set<String> = ["-", "–", "—"]
    /// Unit words after a number, the unit they give and the factor to it.
    static let unitWords: [(phrase: Phrase, unit: Unit, scale: Double)] = [
      // `1,2 triệu tỷ đồng` is 1,200 trillion VND, not 1.2 of anything.
      ("triệu tỷ đồng", Unit.vndTrillion, 1000.0), ("triệu tỷ", .vndTrillion, 1000),
      ("nghìn tỷ đồng", .vndTrillion, 1), ("nghìn tỷ", .vndTrillion, 1),
      ("ngàn tỷ đồng", .vndTrillion, 1), ("ngàn tỷ", .vndTrillion, 1),
      ("trillion VND", .vndTrillion, 1), ("trillion dong", .vndTrillion, 1),
      ("tỷ đồng", .vndTrillion, 0.001), ("billion VND", .vndTrillion, 0.001),
      ("triệu đồng", .vndMillionPerPerson, 1), ("million VND", .vndMillionPerPerson, 1),
      ("tỷ USD", .usdBillion, 1), ("billion USD", .usdBillion, 1), ("triệu USD", .usdMillion, 1),
      ("million USD", .usdMillion, 1), ("triệu lượt khách", .millionVisits, 1),
      ("triệu lượt", .millionVisits, 1), ("million visits", .millionVisits, 1),
      ("lượt khách", .visits, 1), ("USD", .usdPerPerson, 1), ("triệu người", .millionPeople, 1),
      // `274 triệu VND (tương đương 11.000 đô la Mỹ)`
      ("nghìn tỷ VND", .vndTrillion, 1), ("tỷ VND", .vndTrillion, 0.001),
      ("triệu VND", .vndMillionPerPerson, 1), ("tỷ đô la Mỹ", .usdBillion, 1),
      ("tỷ đô la", .usdBillion, 1), ("triệu đô la Mỹ", .usdMillion, 1),
      ("triệu đô la", .usdMillion, 1), ("đô la Mỹ", .usdPerPerson, 1), ("đô la", .usdPerPerson, 1),
      ("million people", .millionPeople, 1), ("tuổi", .years, 1),
    ].map { (Phrase($0.0), $0.1, $0.2) }

    static let multipleFold = WordForm("lần").fold
    /// Words of change before a multiple: `gấp`, `tăng`, `giảm`, `bằng`, `hơn`, `gần`.
    static let changeWords: Set<String> = OCRFold.folds([
      "gấp", "tăng", "giảm", "bằng", "hơn", "gần",
    ])

    /// `15 tuổi` that is no lifetime (`tuổi thọ 75 tuổi`): the age bound of a population.
    static let ageWord = Phrase("tuổi")

    /// The figures of the sentence `range`, in order.
    /// - Parameter startsCount: whether the words from a token index on name a counted thing
    ///   of the lexicon (`doanh nghiệp khởi nghiệp`).
    static func figures(
      in range: Range<Int>, of text: PlanText, stream: WordStream, startsCount: (Int) -> Bool
    ) -> [Figure] {
      let reader = Reader(
        text: text, lower: max(range.lowerBound, 0), upper: min(range.upperBound, text.tokens.count)
      )
      var out: [Figure] = []
      var i = reader.lower
      while i < reader.upper {
        if let shares = reader.structure(at: i) {
          out += shares
          i = (shares.last?.last ?? i) + 1
          continue
        }
        guard let figure = reader.figure(at: i, stream: stream, startsCount: startsCount) else {
          i += 1
          continue
        }
        out.append(figure)
        i = figure.last + 1
      }
      return out
    }

    static func isYear(_ text: String) -> Bool {
      guard text.count == 4, text.allSatisfy(\.isNumber), let year = Int(text) else {
        return false
      }
      return (1900...2100).contains(year)
    }

    /// Reads one figure of a sentence.
    struct Reader {
      let text: PlanText
      let lower: Int
      let upper: Int

      func token(_ i: Int) -> Token? { i >= lower && i < upper ? text.tokens[i] : nil }

      func isDash(_ i: Int) -> Bool {
        guard let t = token(i) else { return false }
        return t.kind == .symbol && dashes.contains(t.text)
      }

      func glued(_ a: Int, _ b: Int) -> Bool {
        guard let x = token(a), let y = token(b) else { return false }
        return x.end == y.start
      }

      /// The word before token `i`, across symbols (`Số: 122`) but not `.` or `;`, nor `:`
      /// when `stopAtColon` (`nền tảng số: 13/17 dịch vụ` is no document number).
      func previousWord(_ i: Int, stopAtColon: Bool = false) -> WordForm? {
        previousWordIndex(i, stopAtColon: stopAtColon).flatMap { text.tokens[$0].form }
      }

      /// The index of the token `previousWord` reads (a word, or a number ending the search).
      func previousWordIndex(_ i: Int, stopAtColon: Bool = false) -> Int? {
        var j = i - 1
        while j >= lower, text.tokens[j].kind == .symbol, !text.tokens[j].isSymbol("."),
          !text.tokens[j].isSymbol(";"), !(stopAtColon && text.tokens[j].isSymbol(":"))
        {
          j -= 1
        }
        return j >= lower ? j : nil
      }

      /// The words from token `index` on, up to `count`, stopping at anything but a word.
      func words(from index: Int, count: Int) -> [WordForm] {
        var out: [WordForm] = []
        var j = index
        while out.count < count, let form = token(j)?.form {
          out.append(form)
          j += 1
        }
        return out
      }

      /// Dates (22/12/2024), document numbers (569/QĐ-TTg, 57-NQ/TW), `/1 vạn dân`, times
      /// and codes (10:04:04-0800); the second number of a range is read with the first.
      func isLabel(_ i: Int) -> Bool {
        let previous = token(i - 1)
        let next = token(i + 1)
        return previous?.isSymbol("/") == true || next?.isSymbol("/") == true
          || (previous?.isSymbol(":") == true && glued(i - 1, i))
          || (next?.isSymbol(":") == true && glued(i, i + 1) && token(i + 2)?.kind == .number)
          || (isDash(i - 1) && token(i - 2)?.kind == .number && glued(i - 2, i - 1))
          || (isDash(i + 1) && token(i + 2)?.kind == .word)
      }

      /// `tương ứng chiếm 28-28-44%`: three or more shares joined by dashes that add up to a
      /// whole (100 ± 1), an economic structure written in one go; one figure each, not a range.
      func structure(at i: Int) -> [Figure]? {
        guard token(i)?.kind == .number, !(isDash(i - 1) && token(i - 2)?.kind == .number)
        else { return nil }
        var indices = [i]
        var j = i
        while isDash(j + 1), let next = token(j + 2), next.kind == .number {
          indices.append(j + 2)
          j += 2
        }
        guard indices.count >= 3, token(j + 1)?.isSymbol("%") == true else { return nil }
        let values = indices.compactMap { token($0).flatMap { NumberReading.value($0.text) } }
        guard values.count == indices.count, abs(values.reduce(0, +) - 100) <= 1 else {
          return nil
        }
        return zip(indices, values).map { index, value in
          Figure(
            kind: .percent, value: value, high: nil,
            comparator: ComparatorReading.Reading(comparison: .equal, words: nil),
            first: index, last: index == j ? j + 1 : index)
        }
      }

      /// `807,927 tỷ đồng`, `1,765 tỷ USD`, `2,150 - 2,250 triệu`: a magnitude word after the
      /// number (or after the range it opens) makes its comma a decimal one, as Vietnamese writes
      /// it; no text writes thousands of billions with an English comma (KL).
      func magnitudeFollows(_ i: Int) -> Bool {
        func magnitude(_ k: Int) -> Bool {
          token(k)?.form.map { magnitudeWords.contains($0.fold) } == true
        }
        if magnitude(i + 1) { return true }
        return joinsRange(at: i + 1) && token(i + 2)?.kind == .number && magnitude(i + 3)
      }

      /// A dash or `đến`/`tới`/`to` at token `j`: what joins a range's two numbers.
      func joinsRange(at j: Int) -> Bool {
        isDash(j) || token(j)?.isWord(["den", "toi", "to"]) == true
      }

      /// `9-10`, `16 - 18`, `từ 8 đến 10`, `20% - 30%`: the high value and its token.
      func range(at i: Int, value: Double) -> (high: Double, last: Int)? {
        var j = i + 1
        if token(j)?.isSymbol("%") == true { j += 1 }
        guard joinsRange(at: j), let end = token(j + 1), end.kind == .number,
          let high = NumberReading.value(end.text, decimalComma: magnitudeFollows(j + 1)),
          high > value, let first = token(i), !(isYear(first.text) && isYear(end.text))
        else { return nil }
        if j > i + 1 && token(j + 2)?.isSymbol("%") != true { return nil }
        return (high, j + 1)
      }

      /// `45.799/36.875 tỷ đồng`, `83,2%/50%`, `13/17 dịch vụ`, `09/63 tỉnh`: two numbers
      /// joined by `/` and followed by `%`, a unit or a word; nil for dates (`4/2,`, `1/12)`,
      /// `7/10` before a plain noun), chains (`08/6/2022`) and codes (`122/KH-UBND`).
      /// - Returns: the second number, its token, and whether both carry `%`.
      func pair(at i: Int) -> (value: Double, index: Int, percent: Bool)? {
        guard let a = token(i), let first = NumberReading.value(a.text) else { return nil }
        if let before = token(i - 1), before.isSymbol("/") || before.isSymbol("-") {
          return nil
        }
        var j = i + 1
        let percent = token(j)?.isSymbol("%") == true
        if percent { j += 1 }
        guard token(j)?.isSymbol("/") == true, glued(j - 1, j), let b = token(j + 1),
          b.kind == .number, glued(j, j + 1), let second = NumberReading.value(b.text)
        else { return nil }
        var end = j + 1
        if percent {
          guard token(end + 1)?.isSymbol("%") == true else { return nil }
          end += 1
        }
        // `xếp thứ 26/63.`: a place out of a count, also where the sentence ends after it
        let ranked = previousWord(i).map { $0.fold == ordinalFold || $0.fold == placeFold } ?? false
        guard let after = token(end + 1) else { return ranked ? (second, j + 1, percent) : nil }
        if after.isSymbol("/") || (isDash(end + 1) && glued(end, end + 1)) { return nil }
        guard percent || after.kind == .word || (ranked && after.kind == .symbol) else {
          return nil
        }
        let unit = words(from: end + 1, count: 3)
        let named =
          unitWords.contains { $0.phrase.match(unit, at: 0) != nil }
          || countedWords.contains { $0.match(unit, at: 0) != nil }
        if !percent && !named && !ranked && first <= 31 && second <= 12 && !a.text.contains(".") {
          return nil  // a day and a month
        }
        return (second, j + 1, percent)
      }

      /// `gấp 1,9 lần`, `tăng 1,14 lần`, `gấp hơn 3 lần`, `cao hơn 1,7 lần`, `tăng gần 1,8 lần`:
      /// `lần` after the number, and a word of change among the two words before it. Not a
      /// frequency (`2 lần/năm`) nor an ordinal (`lần thứ 3` has `lần` before the number).
      func isMultiple(at i: Int, after index: Int) -> Bool {
        guard let times = token(index)?.form, times.fold == multipleFold,
          token(index + 1)?.isSymbol("/") != true
        else { return false }
        var j = i - 1
        var seen = 0
        while j >= lower, seen < 2 {
          if let form = text.tokens[j].form {
            if changeWords.contains(form.fold) { return true }
            seen += 1
          } else if text.tokens[j].kind != .symbol || !dashes.contains(text.tokens[j].text) {
            return false
          }
          j -= 1
        }
        return false
      }

      /// `trên 76 tuổi` is a life expectancy; `trẻ em dưới 5 tuổi`, `từ 60 tuổi trở lên` name an
      /// age group, not a figure.
      func isLifetime(_ value: Double, after index: Int) -> Bool {
        guard value >= 40 else { return false }
        let next = words(from: index, count: 2)
        // `tuổi thọ trung bình đạt từ 75,5 tuổi trở lên` is a life expectancy all the same
        return !ComparatorReading.after.contains { $0.phrase.match(next, at: 0) != nil }
          || namesLifeExpectancy(before: index)
      }

      /// `tuổi thọ` among the ten tokens before the figure's unit.
      func namesLifeExpectancy(before index: Int) -> Bool {
        let first = max(lower, index - 12)
        guard first < index - 1 else { return false }
        return (first..<(index - 1)).contains { j in
          token(j)?.form?.fold == ageFold && token(j + 1)?.form?.fold == longevityFold
        }
      }

      /// `đại biểu tán thành`, `đại biểu có mặt biểu quyết tán thành`: the share is a vote.
      func isVote(after index: Int) -> Bool {
        let next = words(from: index, count: 6)
        guard next.count > 2, FigureReading.delegates.match(next, at: 0) != nil else {
          return false
        }
        return (2..<next.count).contains { k in
          FigureReading.assent.contains { $0.match(next, at: k) != nil }
        }
      }

      /// `đứng thứ 10`, `xếp hạng 09/63`, `thứ 15/34`, `thứ 3 cả nước`: a place in a ranking.
      func isOrdinalRank(at i: Int, paired: Bool) -> Bool {
        guard let previous = previousWord(i) else { return false }
        let verb = { token(i - 2)?.form.map { rankVerbs.contains($0.fold) } ?? false }
        switch previous.fold {
        case ordinalFold, digitFold:
          if follows(standing, before: i - 1) { return true }
          return previous.fold == ordinalFold && (verb() || paired || namesField(after: i))
        case placeFold: return (paired && verb()) || isStanding(at: i, verb: verb())
        case standingFold: return follows(standing, before: i)
        default: return false
        }
      }

      /// `xếp hạng 51`, `duy trì hạng 13 (năm 2023)`, `(hạng 2)`, `Hạng 2 năm 2021` (LE): `hạng`
      /// and a number, with a ranking verb or a bracket before `hạng` or the year after the
      /// number, is a place; `hạng 3 sao` is a class of hotel.
      func isStanding(at i: Int, verb: Bool) -> Bool {
        guard token(i - 1)?.form?.fold == placeFold else { return false }
        let next = words(from: i + 1, count: 1).first
        if next?.fold == starFold { return false }
        if verb || token(i - 2)?.isSymbol("(") == true { return true }
        if let keeping = token(i - 2)?.form, placeMoves.contains(keeping.fold) { return true }
        var j = i + 1
        if token(j)?.isSymbol("(") == true { j += 1 }
        return token(j)?.form?.fold == yearFold
      }

      /// Whether the words after token `index` name the field of a ranking (`cả nước`, `vùng`).
      func namesField(after index: Int) -> Bool {
        let next = words(from: index + 1, count: 4)
        return fieldWords.contains { $0.match(next, at: 0) != nil }
      }

      /// Whether `phrase` ends right before token `index`, symbols between skipped (`vị trí ≤ 30`).
      func follows(_ phrase: Phrase, before index: Int) -> Bool {
        guard var j = previousWordIndex(index) else { return false }
        var before: [WordForm] = []
        while before.count < phrase.words.count, j >= lower, let form = text.tokens[j].form {
          before.insert(form, at: 0)
          j -= 1
        }
        return phrase.match(before, at: 0) != nil
      }

      /// `top 5 cả nước`, `nhóm 30 cả nước`, `lọt vào Top 10,`, `vươn lên top 55 vào năm 2030`
      /// (LC): a group with its field after it, at the end of a clause, or entered; `tốp 500
      /// doanh nghiệp` names a set.
      func isGroupRank(at i: Int, last: Int) -> Bool {
        guard let at = previousWordIndex(i), let group = text.tokens[at].form,
          rankGroupWords.contains(where: { Phrase.compare($0, group) != nil })
        else { return false }
        if namesField(after: last) { return true }
        if let next = token(last + 1), next.kind == .symbol, !next.isSymbol("%"),
          !next.isSymbol("/")
        {
          return true
        }
        if token(last + 1) == nil { return true }
        guard let entered = token(at - 1)?.form else { return false }
        return entering.contains(entered.fold)
      }

      /// `một trong 10 tỉnh, thành phố có thu nhập … cao nhất`, `1 trong 20 địa phương dẫn đầu`
      /// (LD): one of the N places that lead, a rank of at most N.
      func isOneOfLeading(at i: Int, last: Int) -> Bool {
        guard token(i - 1)?.form?.fold == amongFold, let one = token(i - 2),
          one.form?.fold == oneFold || (one.kind == .number && one.text == "1"),
          let place = token(last + 1)?.form, rankPlaceWords.contains(place.fold)
        else { return false }
        var j = last + 1
        while j < min(upper, last + 16), let next = token(j) {
          if next.isSymbol(";") || next.isSymbol(".") { return false }
          if let form = next.form {
            let ahead = words(from: j, count: 2)
            if leading.contains(where: { $0.match(ahead, at: 0) != nil }) { return true }
            if form.fold == mostFold,
              let before = token(j - 1)?.form, !notSuperlative.contains(before.fold)
            {
              return true
            }
          }
          j += 1
        }
        return false
      }

      func figure(at i: Int, stream: WordStream, startsCount: (Int) -> Bool) -> Figure? {
        guard let current = token(i), current.kind == .number,
          let value = NumberReading.value(current.text, decimalComma: magnitudeFollows(i))
        else { return nil }
        let pair = self.pair(at: i)
        guard pair != nil || !isLabel(i) else { return nil }
        var last = pair?.index ?? i
        var high: Double?
        if pair == nil, let range = range(at: i, value: value) {
          high = range.high
          last = range.last
        }
        var kind: Figure.Kind?
        var scale = 1.0
        var conversion: String?
        var counts: String?
        // `giảm 1-1,5 điểm%/năm`, `1,5 điểm phần trăm`: percentage points, read as the
        // percent they change by.
        if token(last + 1)?.form?.fold == pointFold,
          token(last + 2)?.isSymbol("%") == true
            || percentWords.contains(where: {
              $0.match(words(from: last + 2, count: 2), at: 0) != nil
            })
        {
          last += 1
        }
        let after = words(from: last + 1, count: 3)
        if token(last + 1)?.isSymbol("%") == true {
          kind = .percent
          last += 1
          if token(last + 1)?.isSymbol("/") == true, let word = token(last + 2)?.form,
            let year = perYear.first?.words.first, Phrase.compare(year, word) != nil
          {
            kind = .percentPerYear
            last += 2
          } else if perYear.dropFirst().contains(where: {
            $0.match(words(from: last + 1, count: 3), at: 0) != nil
          }) {
            kind = .percentPerYear
          }
        } else if let words = percentWords.first(where: { $0.match(after, at: 0) != nil }) {
          kind = .percent
          last += words.words.count
        } else if value == 10000, let next = token(last + 1)?.form,
          peopleWords.contains(next.fold), let before = token(i - 1),
          before.isSymbol("/") || before.form.map({ perBaseWords.contains($0.fold) }) == true
        {
          return nil  // `10 bác sĩ trên 10.000 dân`: the base of the figure before
        } else if isPer10k(from: last + 1) {
          if value == 1 { return nil }  // `trên 1 vạn dân` is the unit
          kind = .per10k
        } else if followsPer10kBase(i) {
          kind = .per10k
        } else if let group = previousWord(i),
          rankGroupWords.contains(where: { Phrase.compare($0, group) != nil }),
          let place = token(last + 1)?.form, rankPlaceWords.contains(place.fold)
        {
          kind = .rank
        } else if isOrdinalRank(at: i, paired: pair != nil) || isGroupRank(at: i, last: last)
          || isOneOfLeading(at: i, last: last)
        {
          kind = .rank
        } else if let unit = unitWords.first(where: { $0.phrase.match(after, at: 0) != nil }),
          unit.unit != .years || isLifetime(value, after: last + 2)
        {
          kind = .measure(unit.unit)
          scale = unit.scale
          last += unit.phrase.words.count
          if scale != 1 {
            conversion = text.text(from: i, to: last)
          }
        } else if isMultiple(at: i, after: last + 1) {
          kind = .multiple
          last += 1
        } else if durationWords.contains(where: { $0.match(after, at: 0) != nil }) {
          return nil  // `09 tháng đầu năm`, `dưới 36 tháng tuổi`: a span of time, no figure
        } else if ageWord.match(after, at: 0) != nil {
          return nil  // `dân số từ 15 tuổi trở lên`: an age bound of who is counted, no figure
        } else if isYear(current.text) && high == nil && pair == nil && isDated(at: i) {
          // `năm 2030 doanh nghiệp …`, `từ 2026 người dân`, `2021 - 2026 tổ chức`: a year before
          // a noun (`khoảng 2000 doanh nghiệp` is a count)
          return nil
        } else if let group = previousWord(i),
          rankGroupWords.contains(where: { Phrase.compare($0, group) != nil })
        {
          return nil  // `tốp 500 doanh nghiệp`: the name of a set, not a figure
        } else if spelledTerm(after, at: last + 1, among: planItems, planItemSpellings, exact: true)
          != nil
        {
          return nil  // `24 chỉ tiêu`, `17 Đề án`: items of the plan, not a figure of it
        } else if let (noun, scaleWords) = countedNoun(after, at: last + 1).map({ ($0, 0) })
          ?? scaledNoun(after, at: last + 1)
        {
          if representsMembers(before: i) { return nil }
          var nounEnd = last + scaleWords + noun.words.count
          // `70Mb/s`: the `/s` of a speed is part of its unit (MD).
          if token(nounEnd)?.form.map({ speedFolds.contains($0.fold) }) == true,
            token(nounEnd + 1)?.isSymbol("/") == true, token(nounEnd + 2)?.text == "s"
          {
            nounEnd += 2
          }
          if placePhrases.contains(noun), describesPlaces(after: nounEnd + 1) {
            return nil
          }
          kind =
            NumberReading.isZeroPadded(current.text) || startsCount(last + 1) ? .count : .counted
          counts = text.text(from: last + 1, to: nounEnd)
        } else if isYear(current.text) && high == nil && pair == nil {
          return nil
        } else if let label = previousWord(i, stopAtColon: pair != nil),
          labelWords.contains(label.fold)
        {
          return nil
        } else if NumberReading.isZeroPadded(current.text) || startsCount(last + 1) {
          kind = .count
        }
        // `với trên 90,5% đại biểu tán thành`: a vote, not a figure of the plan.
        if kind == .percent, isVote(after: last + 1) { return nil }
        // `phát thải ròng bằng 0 vào năm 2050`: net zero, a level of emissions to reach (KJ).
        if kind == nil, value == 0, high == nil, let words = netZero(before: i) {
          kind = .counted
          counts = words
        }
        let offset = stream.offset(atOrAfter: i)
        let nextOffset = stream.offset(atOrAfter: last + 1)
        var reading = ComparatorReading.read(text, stream, figure: offset, next: nextOffset)
        if kind == nil && reading.words != nil {
          let decimal = current.text.contains { $0 == "," || $0 == "." }
          kind = value < 1 && decimal ? .index : .amount
        }
        if kind == nil && pair != nil { kind = .counted }
        guard let kind else { return nil }
        if kind == .rank {
          // `nhóm 10 tỉnh` is a rank of at most 10; `đứng thứ 10` is the place itself.
          let group = previousWord(i).map { word in
            rankGroupWords.contains { Phrase.compare($0, word) != nil }
              || word.fold == amongFold
          }
          // `nhóm 63 tỉnh, thành (trước sáp nhập) và 34 tỉnh`: every province of the country
          // before or after the 2025 merger, the field a ranking is told in, not a place in it.
          if group == true, high == nil, FigureReading.wholeCountry.contains(value) { return nil }
          // `vị trí ≤ 30`: a bound written as a symbol is kept.
          let bound = token(i - 1).map { $0.isSymbol("≤") || $0.isSymbol("<") } ?? false
          reading = ComparatorReading.Reading(
            comparison: group == true || bound ? .atMost : .equal,
            words: text.text(from: max(i - 1, lower), to: i))
        }
        var figure = Figure(
          kind: kind, value: Figure.scaled(value, by: scale),
          high: high.map { Figure.scaled($0, by: scale) }, comparator: reading,
          first: i, last: last)
        figure.conversion = conversion
        figure.counts = counts
        figure.scale = scale
        if let pair, kind != .rank { figure.paired = Figure.scaled(pair.value, by: scale) }
        return figure
      }

      /// The counted term `after` (the words from token `index`) starts with, spelled as the term
      /// where the text has marks.
      func countedNoun(_ after: [WordForm], at index: Int) -> Phrase? {
        guard let term = spelledTerm(after, at: index, among: countedWords, countedSpellings),
          !(term == animals && token(index + 1)?.form?.fold == digitFold)
        else { return nil }
        return term
      }

      /// The first of `terms` that `after` (the words from token `index`) starts with, where each
      /// text word with marks is spelled as the term's word (`spellings`), and one without marks
      /// matches by fold, as OCR text needs; `exact` asks every fold to be the term's own, no
      /// skeleton (`du an` is `dự án`, not `đề án`).
      func spelledTerm(
        _ after: [WordForm], at index: Int, among terms: [Phrase], _ spellings: [[String]],
        exact: Bool = false
      ) -> Phrase? {
        for (term, spelling) in zip(terms, spellings) {
          guard let score = term.match(after, at: 0), !exact || score == 1 else { continue }
          let spelled = spelling.indices.allSatisfy { k in
            guard let written = token(index + k).map({ Text.nfc($0.text.lowercased()) }) else {
              return false
            }
            return written.allSatisfy(\.isASCII) || written == spelling[k]
          }
          if spelled { return term }
        }
        return nil
      }

      /// `2 triệu doanh nghiệp`, `30 nghìn lao động`: a scale word (`nghìn`, `ngàn`, `vạn`,
      /// `triệu`) between the number and a counted term; the count is kept as written, scale
      /// word included, as `triệu lượt` is (KI).
      func scaledNoun(_ after: [WordForm], at index: Int) -> (Phrase, Int)? {
        guard let first = after.first, countScales.contains(first.fold) else { return nil }
        return countedNoun(Array(after.dropFirst()), at: index + 1).map { ($0, 1) }
      }

      /// `phát thải (ròng) bằng 0`: `bằng` right before the number, `phát thải` among the three
      /// words before it; the words from `phát` up to `bằng`.
      func netZero(before i: Int) -> String? {
        guard token(i - 1)?.form?.fold == equalsFold else { return nil }
        var j = i - 2
        while j - 1 >= max(lower, i - 5) {
          if token(j - 1)?.form?.fold == emissionFolds[0], token(j)?.form?.fold == emissionFolds[1]
          {
            return text.text(from: j - 1, to: i - 2)
          }
          j -= 1
        }
        return nil
      }

      /// Whether the four-digit number at `i` is a year by the word before it (`năm 2030`, `đến
      /// 2030`, `từ 2026`) or as the end of a period (`2021 - 2026`).
      func isDated(at i: Int) -> Bool {
        if isDash(i - 1), let start = token(i - 2), isYear(start.text) { return true }
        guard let label = previousWord(i) else { return false }
        return labelWords.contains(label.fold) || YearReading.markers.contains(label.fold)
          || yearStarts.contains(label.fold)
      }

      /// `đại diện cho hơn 242.000 đảng viên`: `đại diện` among the four words before the number.
      func representsMembers(before i: Int) -> Bool {
        var j = i - 1
        var before: [WordForm] = []
        while before.count < 4, let form = token(j)?.form {
          before.insert(form, at: 0)
          j -= 1
        }
        return (0..<before.count).contains { represents.match(before, at: $0) != nil }
      }

      /// `6 huyện (Định Hóa, Võ Nhai, …)`, `7 huyện Chợ Mới, Chợ Đồn`, `4 phường: Phước Trung`:
      /// places named after their count describe the territory; a plan's count of places goes on
      /// to what they reach (`thêm 2 huyện đạt chuẩn`). `index` is the token after the noun.
      func describesPlaces(after index: Int) -> Bool {
        guard let next = token(index) else { return false }
        if next.isSymbol(":") { return true }
        if next.isSymbol("("), let inner = token(index + 1) {
          return inner.kind == .word && Self.isName(inner)
        }
        return next.kind == .word && Self.isName(next)
      }

      /// A word written with a capital first letter and lower-case after it (`Chợ`, `Định`), as
      /// place names are; not an acronym (`KCN`).
      static func isName(_ token: Token) -> Bool {
        guard let first = token.text.first, first.isUppercase else { return false }
        return token.text.dropFirst().contains { $0.isLowercase } || token.text.count == 1
      }

      /// `mỗi 10.000 dân có 10 bác sĩ`, `1 vạn dân có 15 giường bệnh`: the base stated first.
      func followsPer10kBase(_ i: Int) -> Bool {
        guard let have = token(i - 1)?.form, have.fold == haveFold,
          let people = token(i - 2)?.form, peopleWords.contains(people.fold),
          let base = token(i - 3)
        else { return false }
        if base.kind == .number { return namesTenThousandPeople(at: i - 3) }
        guard let tenThousand = base.form, tenThousand.fold == tenThousandFold,
          let one = token(i - 4)
        else { return false }
        return one.kind == .number
          ? NumberReading.value(one.text) == 1 : one.form?.fold == oneFold
      }

      /// Token `j` is `10.000` and the next a word for people (`10.000 dân`): the base of a
      /// figure per 10,000 people, written before or after it.
      func namesTenThousandPeople(at j: Int) -> Bool {
        guard let number = token(j), number.kind == .number,
          NumberReading.value(number.text) == 10000, let after = token(j + 1)?.form
        else { return false }
        return peopleWords.contains(after.fold)
      }

      /// `người trên một vạn dân`, `cán bộ nghiên cứu/1 vạn dân`, `per 10,000 people` within
      /// the next twelve tokens of the sentence.
      func isPer10k(from index: Int) -> Bool {
        var words: [WordForm] = []
        var j = index
        while let token = token(j), j - index < 12 {
          if token.kind == .number {
            if namesTenThousandPeople(at: j) { return true }
            guard NumberReading.value(token.text) == 1,
              self.token(j - 1)?.isSymbol("/") == true || !words.isEmpty
            else {
              break
            }
          } else if token.kind == .symbol, [".", ";", ":", "%", ","].contains(token.text) {
            break
          } else if let form = token.form {
            words.append(form)
          }
          j += 1
        }
        return words.indices.contains { at in
          per10kWords.contains { $0.match(words, at: at) != nil }
        }
      }
    }
  }
}
