import Catalog

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
    static let rankPlaceWords: Set<String> = OCRFold.folds([
      "tinh", "dia", "thanh", "nuoc", "quoc", "provinces", "province", "localities", "cities",
      "countries",
    ])
    static let perYear = ["năm", "mỗi năm", "một năm", "hằng năm", "per year", "a year"].map(
      Phrase.init)
    static let percentWords = ["phần trăm", "per cent", "percent"].map(Phrase.init)
    static let per10kWords = ["vạn dân", "vạn người"].map(Phrase.init)
    static let peopleWords: Set<String> = OCRFold.folds([
      "dan", "nguoi", "people", "inhabitants", "residents", "population", "persons",
    ])
    static let dashes: Set<String> = ["-", "–", "—"]
    /// Unit words after a number, the unit they give and the factor to it.
    static let unitWords: [(phrase: Phrase, unit: Unit, scale: Double)] = [
      ("nghìn tỷ đồng", Unit.vndTrillion, 1.0), ("nghìn tỷ", .vndTrillion, 1),
      ("ngàn tỷ đồng", .vndTrillion, 1), ("ngàn tỷ", .vndTrillion, 1),
      ("trillion VND", .vndTrillion, 1), ("trillion dong", .vndTrillion, 1),
      ("tỷ đồng", .vndTrillion, 0.001), ("billion VND", .vndTrillion, 0.001),
      ("triệu đồng", .vndMillionPerPerson, 1), ("million VND", .vndMillionPerPerson, 1),
      ("USD", .usdPerPerson, 1), ("triệu người", .millionPeople, 1),
      ("million people", .millionPeople, 1),
    ].map { (Phrase($0.0), $0.1, $0.2) }

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

      func previousWord(_ i: Int) -> WordForm? {
        var j = i - 1
        while j >= lower, text.tokens[j].kind == .symbol, !text.tokens[j].isSymbol("."),
          !text.tokens[j].isSymbol(";")
        {
          j -= 1
        }
        return j >= lower ? text.tokens[j].form : nil
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

      /// `9-10`, `16 - 18`, `từ 8 đến 10`, `20% - 30%`: the high value and its token.
      func range(at i: Int, value: Double) -> (high: Double, last: Int)? {
        var j = i + 1
        if token(j)?.isSymbol("%") == true { j += 1 }
        guard isDash(j) || token(j)?.isWord(["den", "toi", "to"]) == true,
          let end = token(j + 1), end.kind == .number, let high = NumberReading.value(end.text),
          high > value, let first = token(i), !(isYear(first.text) && isYear(end.text))
        else { return nil }
        if j > i + 1 && token(j + 2)?.isSymbol("%") != true { return nil }
        return (high, j + 1)
      }

      func figure(at i: Int, stream: WordStream, startsCount: (Int) -> Bool) -> Figure? {
        guard let current = token(i), current.kind == .number,
          let value = NumberReading.value(current.text), !isLabel(i)
        else { return nil }
        var last = i
        var high: Double?
        if let range = range(at: i, value: value) {
          high = range.high
          last = range.last
        }
        var kind: Figure.Kind?
        var scale = 1.0
        var conversion: String?
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
        } else if isPer10k(from: last + 1) {
          if value == 1 { return nil }  // `trên 1 vạn dân` is the unit
          kind = .per10k
        } else if let group = previousWord(i),
          rankGroupWords.contains(where: { Phrase.compare($0, group) != nil }),
          let place = token(last + 1)?.form, rankPlaceWords.contains(place.fold)
        {
          kind = .rank
        } else if let unit = unitWords.first(where: { $0.phrase.match(after, at: 0) != nil }) {
          kind = .measure(unit.unit)
          scale = unit.scale
          last += unit.phrase.words.count
          if scale != 1 {
            conversion = text.text(from: i, to: last)
          }
        } else if isYear(current.text) && high == nil {
          return nil
        } else if let label = previousWord(i), labelWords.contains(label.fold) {
          return nil
        } else if NumberReading.isZeroPadded(current.text) || startsCount(last + 1) {
          kind = .count
        }
        let offset = stream.offset(atOrAfter: i)
        let nextOffset = stream.offset(atOrAfter: last + 1)
        var reading = ComparatorReading.read(text, stream, figure: offset, next: nextOffset)
        if kind == nil && reading.words != nil {
          let decimal = current.text.contains { $0 == "," || $0 == "." }
          kind = value < 1 && decimal ? .index : .amount
        }
        guard let kind else { return nil }
        if kind == .rank {
          reading = ComparatorReading.Reading(
            comparison: .atMost, words: text.text(from: max(i - 1, lower), to: i))
        }
        var figure = Figure(
          kind: kind, value: value * scale, high: high.map { $0 * scale }, comparator: reading,
          first: i, last: last)
        figure.conversion = conversion
        return figure
      }

      /// `người trên một vạn dân`, `cán bộ nghiên cứu/1 vạn dân`, `per 10,000 people` within
      /// the next twelve tokens of the sentence.
      func isPer10k(from index: Int) -> Bool {
        var words: [WordForm] = []
        var j = index
        while let token = token(j), j - index < 12 {
          if token.kind == .number {
            let value = NumberReading.value(token.text)
            if value == 10000, let after = self.token(j + 1)?.form,
              peopleWords.contains(after.fold)
            {
              return true
            }
            guard value == 1, self.token(j - 1)?.isSymbol("/") == true || !words.isEmpty else {
              break
            }
          } else if token.kind == .symbol, [".", ";", ":", "%"].contains(token.text) {
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
