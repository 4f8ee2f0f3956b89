import Catalog
import Foundation
import Support

/// The words that name each indicator in plan text, in Vietnamese and English: the data behind
/// `TargetExtractor`, read from `datasets/lexicon.csv` (see docs/data.md, "lexicon.csv").
public struct Lexicon: Sendable {
  /// One keyword of one indicator.
  public struct Entry: Sendable, Hashable {
    /// The id of the indicator the keyword names.
    public var indicator: String
    /// `vi` or `en`.
    public var language: String
    /// As written in the file (NFC); matched after folding, so diacritics are optional.
    public var keyword: String
    /// How surely the keyword names the indicator, in (0, 1]; 1 unless the file says otherwise.
    public var weight: Double
    /// The row in the lexicon file.
    public var location: SourceLocation

    /// A keyword of `indicator`; the defaults are Vietnamese, weight 1 and no row of a file.
    public init(
      indicator: String, language: String = "vi", keyword: String, weight: Double = 1,
      location: SourceLocation = SourceLocation(file: "lexicon.csv", line: 0, column: 0)
    ) {
      self.indicator = indicator
      self.language = language
      self.keyword = keyword
      self.weight = weight
      self.location = location
    }
  }

  /// The languages a keyword may be in.
  public static let languages = ["vi", "en"]

  /// The keywords, in file order.
  public var entries: [Entry]

  /// A lexicon of `entries`, in the order given.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Reads and checks a lexicon file.
  /// - Parameters:
  ///   - url: the file, usually `datasets/lexicon.csv`.
  ///   - displayPath: how messages name it.
  ///   - indicators: the catalog's indicators; every row must name one of them.
  /// - Returns: the lexicon and its warnings.
  /// - Throws: `CatalogError.unreadableFile`, or `.invalidData` with every error and warning
  ///   located as `file:line:column`.
  public static func load(from url: URL, displayPath: String, indicators: [Indicator]) throws
    -> LoadedLexicon
  {
    try parse(
      CatalogError.reading { try FileInput.bytes(of: url, displayPath: displayPath) },
      file: displayPath,
      indicators: indicators)
  }

  /// Parses lexicon CSV `bytes`; see `load(from:displayPath:indicators:)`.
  public static func parse(_ bytes: [UInt8], file: String, indicators: [Indicator]) throws
    -> LoadedLexicon
  {
    var log = DiagnosticLog()
    let table = try CatalogError.reading { try CSVReader.read(bytes, file: file) }
    let schema = Schema(
      required: ["indicator", "language", "keyword"], optional: ["weight", "note"])
    let ids = indicators.map(\.id)
    let known = Set(ids)
    var entries: [Entry] = []
    var seen: [String: SourceLocation] = [:]
    for row in table.rows(schema, &log)?.rows ?? [] {
      var ok = true
      let indicator = row.text("indicator")
      if indicator.isEmpty {
        log.error(row.location("indicator"), "missing value in column 'indicator'")
        ok = false
      } else if !known.contains(indicator) {
        let hint = Text.nearest(to: indicator, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
        log.error(row.location("indicator"), "unknown indicator \(Text.quoted(indicator))\(hint)")
        ok = false
      }
      let language = row.choice("language", &log, allowed: languages) {
        languages.contains($0) ? $0 : nil
      }
      let keyword = row.text("keyword")
      let words = Extraction.Phrase(keyword).words
      if keyword.isEmpty {
        log.error(row.location("keyword"), "missing value in column 'keyword'")
        ok = false
      } else if words.isEmpty {
        log.error(
          row.location("keyword"), "keyword \(Text.quoted(keyword)) has no letters or digits")
        ok = false
      } else if Extraction.PlanText(keyword).tokens.allSatisfy({ $0.kind != .word }) {
        log.error(
          row.location("keyword"),
          "keyword \(Text.quoted(keyword)) is only a number; figures are read from the text,"
            + " keywords name the indicator")
        ok = false
      } else if words.count == 1, let only = words.first, only.fold.count < 2 {
        log.error(
          row.location("keyword"),
          "keyword \(Text.quoted(keyword)) is one letter; it would match almost anywhere")
        ok = false
      }
      var weight = 1.0
      if !row.text("weight").isEmpty {
        if let value = row.number("weight", &log) {
          if value > 0 && value <= 1 {
            weight = value
          } else {
            log.error(
              row.location("weight"),
              "weight \(Text.quoted(row.text("weight"))) is out of range; write a number"
                + " above 0 and at most 1")
            ok = false
          }
        } else {
          ok = false
        }
      }
      guard ok, let language else { continue }
      let key = indicator + "\u{0}" + words.map(\.fold).joined(separator: " ")
      if let earlier = seen[key] {
        log.warning(
          row.location("keyword"),
          "duplicate keyword \(Text.quoted(keyword)) for '\(indicator)' (also on line"
            + " \(earlier.line)) is ignored")
        continue
      }
      seen[key] = row.location("keyword")
      entries.append(
        Entry(
          indicator: indicator, language: language, keyword: keyword, weight: weight,
          location: row.rowLocation))
    }
    let all = log.sorted
    if log.hasErrors { throw CatalogError.invalidData(all) }
    return LoadedLexicon(lexicon: Lexicon(entries: entries), warnings: all)
  }
}

/// A lexicon that loaded without errors, with the warnings found on the way.
public struct LoadedLexicon: Sendable {
  /// The checked keywords.
  public var lexicon: Lexicon
  /// The warnings found, located as `file:line:column`; none is an error.
  public var warnings: [Diagnostic]
}
