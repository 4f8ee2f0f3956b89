import Catalog
import Foundation

extension Extraction {
  /// How a word is compared when reading OCR text: its folded spelling and, for a word shaped like
  /// one Vietnamese syllable, its skeleton (onset, a vowel slot, coda).
  ///
  /// `trén`, `tren` and `trên` fold to `tren`; `nudc` and `nước` fold differently (`nudc`, `nuoc`)
  /// but share the skeleton `nVc`, because `d` cannot end a Vietnamese syllable before `c` and is
  /// read as a damaged vowel.
  struct WordForm: Sendable, Hashable {
    /// Lower case, no diacritics, OCR confusions inside the word repaired.
    var fold: String
    /// Onset + `V` + coda, or nil when the word is not shaped like one syllable.
    var skeleton: String?
    /// A lone onset (`s`, `b`, `tr`): a syllable whose vowel the OCR lost (`kinh té s dat`).
    var isBareOnset: Bool
    /// Two or more letters, all upper case (`GRDP`, `R&D`, `KH&CN`); in a keyword such a word
    /// matches only itself, written in capitals.
    var isUpperCase: Bool

    init(_ word: String) {
      let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
      let upper =
        letters.count >= 2
        && letters.allSatisfy { $0.properties.isUppercase || !$0.properties.isLowercase }
        && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
      fold = OCRFold.fold(word, keepSymbols: upper || OCRFold.isTechnicalTerm(word))
      isUpperCase = upper
      skeleton = OCRFold.skeleton(fold)
      isBareOnset = OCRFold.onsets.contains(fold)
    }
  }

  /// Folding and skeletons of OCR-damaged Vietnamese words (docs/methodology.md, "Extracting
  /// targets from plan text").
  enum OCRFold {
    /// Characters the seed OCR put inside words in place of letters, and the letter they stand
    /// for: `s6`/`s0` (số), `1én` (lên), `x4`/`x3` (xã), `ngh¢`/`nghi€p` (nghệ, nghiệp),
    /// `k¥` (kỹ), `B§` (Bộ), `b9` (bộ), `chuy@n` (chuyên), `v&i` (với), `hﬁng` (hằng), `tw` (tư).
    /// `1` is `l` before a vowel or at the start of a word and `i` after one (`ho1` = hội).
    static let confusions: [Unicode.Scalar: String] = [
      "0": "o", "6": "o", "9": "o", "4": "a", "3": "a", "¢": "e", "€": "e", "@": "e", "&": "e",
      "§": "o", "¥": "y", "|": "l", "\u{FB01}": "a", "w": "u",
    ]

    /// Apostrophes and marks that OCR inserts into words (`tru’O’ng`, `‘nhiém`); dropped.
    static let dropped: Set<Unicode.Scalar> = ["'", "’", "‘", "`", "´", "™"]

    /// Vietnamese syllable onsets, longest first.
    static let onsetList = [
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "g", "h",
      "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
    ]
    static let onsets = Set(onsetList)
    /// Consonant codas, longest first (`i`, `y`, `o`, `u` endings belong to the vowel slot).
    static let codaList = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// `5G`, `3D`, `4G`: digits then capitals, kept as written.
    static func isTechnicalTerm(_ word: String) -> Bool {
      let scalars = Array(word.unicodeScalars)
      guard let firstLetter = scalars.firstIndex(where: { !("0"..."9").contains($0) }),
        firstLetter > 0
      else { return false }
      return scalars[firstLetter...].allSatisfy { ("A"..."Z").contains($0) }
    }

    /// The folded spelling of `word`: lower case, diacritics removed (`đ` → `d`), apostrophes
    /// dropped and, unless `keepSymbols` (acronyms, `5G`), OCR confusions repaired: the
    /// characters of `confusions`, `ir` and `tt` (ư) read as `u`, a leading `p` not followed
    /// by `h` read as `d` (the OCR's `Đ`: `Pén nam` = Đến năm), and `b` or `d` after the first
    /// letter read as `o`.
    static func fold(_ word: String, keepSymbols: Bool = false) -> String {
      var base: [Character] = []
      // `quan Iy`: a capital I before y is the OCR's l (no Vietnamese word starts with "iy").
      let word = word.hasPrefix("Iy") ? "l" + word.dropFirst() : word
      for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
        if dropped.contains(scalar) { continue }
        if (0x300...0x36F).contains(scalar.value) { continue }
        if scalar == "đ" {
          base.append("d")
        } else {
          base.append(Character(scalar))
        }
      }
      if keepSymbols { return String(base) }
      var out = ""
      for (index, character) in base.enumerated() {
        if character == "1" {
          let next = index + 1 < base.count ? base[index + 1] : " "
          let startsWord = index == 0
          out += startsWord || vowels.contains(next) ? "l" : "i"
        } else if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
          let replacement = confusions[scalar]
        {
          out += replacement
        } else {
          out.append(character)
        }
      }
      out = out.replacingOccurrences(of: "ir", with: "u").replacingOccurrences(of: "tt", with: "u")
      if out.hasPrefix("p") && !out.hasPrefix("ph") && out.count > 1 {
        out = "d" + out.dropFirst()
      }
      // No Vietnamese syllable has `b` or `d` after its first letter: there they are the
      // OCR's reading of a vowel with marks (`sb`, `sd` = số; `nudc` = nước; `tdi` = tối).
      var letters = Array(out)
      for index in letters.indices.dropFirst() where letters[index] == "b" || letters[index] == "d"
      {
        letters[index] = "o"
      }
      return String(letters)
    }

    /// Onset + `V` + coda for a folded word shaped like one syllable (a vowel slot of one to four
    /// characters), nil otherwise. Letters in the vowel slot that cannot stand there (`d` in
    /// `nudc`, `b` in `sb`, `tr` in `mtrc`) are OCR damage and are absorbed by `V`.
    static func skeleton(_ folded: String) -> String? {
      guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
      var onset = ""
      for candidate in onsetList where folded.hasPrefix(candidate) && folded.count > candidate.count
      {
        onset = candidate
        break
      }
      let rest = folded.dropFirst(onset.count)
      var coda = ""
      for candidate in codaList where rest.hasSuffix(candidate) && rest.count > candidate.count {
        coda = candidate
        break
      }
      let slot = rest.dropLast(coda.count)
      guard (1...4).contains(slot.count) else { return nil }
      // A slot without any vowel is damage only when short (`sb`, `tdi`); longer runs of
      // consonants are not a Vietnamese word.
      if !slot.contains(where: { vowels.contains($0) }) && slot.count > 2 { return nil }
      return onset + "V" + coda
    }
  }
}

extension Extraction.OCRFold {
  /// The folds of literal words, for sets the code compares folds with (`about` folds to
  /// `aoout` like every text word does, so it must be folded the same way to be found).
  static func folds(_ words: [String]) -> Set<String> {
    Set(words.map { Extraction.WordForm($0).fold })
  }
}
