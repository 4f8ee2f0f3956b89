import Foundation
import Support
import Testing

@testable import Catalog

/// The bundled `datasets/`: it loads cleanly, every quote is in its source, and every target's
/// and observation's figure, comparator and year can be read off its quote.
///
/// Two kinds of rows are checked. The seed rows quote the five OCR texts in `sources/`. The
/// imported rows (ids `ext-…`, written by `scripts/import-external-facts.py` from
/// `../shared/data/external-facts.csv`) quote clean press text in Vietnamese, English or Russian
/// found at a URL; there is no local file to search, so their cue words include those languages.
@Suite struct ShippedDatasetTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets")
  static let loaded = Result { try CatalogLoader.load(from: root, displayPath: "datasets") }

  func catalog() throws -> Catalog { try Self.loaded.get().catalog }

  /// Whether a row was imported from the external facts (documents `ext-…`, targets `ext-t-…`,
  /// observations `ext-o-…`).
  static func isImported(_ id: String) -> Bool { id.hasPrefix("ext-") }

  @Test func loadsWithoutErrorsOrWarnings() throws {
    let loaded = try Self.loaded.get()
    #expect(loaded.warnings.map(\.description) == [])
    let documents = loaded.catalog.documents
    #expect(documents.filter { !Self.isImported($0.id) }.count == 5)
    #expect(documents.filter { $0.file != nil }.count == 5)
    for document in documents where Self.isImported(document.id) {
      #expect(document.file == nil && document.url != nil, "\(document.id): known by URL only")
    }
  }

  static let seeds = root.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/seeds")

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: seeds.path),
      "needs ../shared/seeds beside the repository"))
  func sourcesAreByteIdenticalToTheSeeds() throws {
    let seeds = Self.seeds
    let pairs = [
      ("000_68695e3a07ec79c0.txt", "lc-ctr-57.txt"), ("001_c13643acf68073d1.txt", "lc-kh-569.txt"),
      ("002_9393e3e2ef94a598.txt", "lc-ldld-671.txt"),
      ("003_df78fb2d1fe61b63.txt", "tn-62-ctr-tu.txt"),
      ("004_21fa80e86f88f0aa.txt", "lc-vp-546.txt"),
    ]
    for (seed, copy) in pairs {
      let a = try Data(contentsOf: seeds.appendingPathComponent(seed))
      let b = try Data(contentsOf: Self.root.appendingPathComponent("sources/\(copy)"))
      #expect(a == b, "\(copy) differs from \(seed)")
    }
  }

  /// An independent re-implementation of the quote check: plain string search after
  /// collapsing white space, so a bug in `SourceText` cannot hide a missing quote.
  @Test func everyQuoteIsInItsSourceFile() throws {
    let catalog = try catalog()
    var checked = 0
    for target in catalog.targets {
      let document = try #require(catalog.document(id: target.provenance.source))
      if Self.isImported(target.id) {
        // Quoted from a web page: nothing local to search; the page must be named.
        #expect(document.file == nil && document.url != nil, "\(target.id): imported by URL")
        continue
      }
      let file = try #require(document.file, "\(target.id): seed documents are local files")
      let text = try String(
        contentsOf: Self.root.appendingPathComponent("sources/\(file)"), encoding: .utf8)
      let haystack = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let needle = target.provenance.quote.split(whereSeparator: \.isWhitespace).joined(
        separator: " ")
      #expect(haystack.contains(needle), "\(target.id): quote not in \(file)")
      checked += 1
    }
    let seed = catalog.targets.filter { !Self.isImported($0.id) }.count
    #expect(checked == seed && checked > 60)
  }

  /// The numbers written in a quote, Vietnamese decimal commas read as points.
  static func numbers(in quote: String) -> [Double] {
    let regex = try! Regex(#"\d+(?:[.,]\d+)?"#)
    return quote.matches(of: regex).compactMap {
      Double(String(quote[$0.range]).replacingOccurrences(of: ",", with: "."))
    }
  }

  @Test func everyFigureIsWrittenInItsQuote() throws {
    for target in try catalog().targets {
      guard let quantity = target.quantity else {
        #expect(target.kind == .qualitative)
        continue
      }
      let numbers = Self.numbers(in: target.provenance.quote)
      for value in [quantity.value] + (quantity.valueHigh.map { [$0] } ?? []) {
        let readOff = numbers.contains(value)
        // A figure implied by words ("toàn tỉnh" = 100) must say so in the note.
        let explained = target.note.contains("recorded as \(NumberText.plain(value))")
        #expect(readOff || explained, "\(target.id): \(value) not in quote, not explained")
      }
    }
  }

  @Test func everyObservationFigureIsWrittenInItsQuote() throws {
    for observation in try catalog().observations {
      let value = observation.value
      let readOff = Self.numbers(in: observation.provenance.quote).contains(value)
      let explained = observation.note.contains("recorded as \(NumberText.plain(value))")
      #expect(readOff || explained, "\(observation.id): \(value) not in quote, not explained")
    }
  }

  /// OCR-tolerant cue words per comparator, matched on lower-case text without diacritics.
  static let cues: [Comparison: String] = [
    .atLeast: #"t[o6d]i thi[e]u|it nhat|tr[o0¢] ?[l1]en|khong thap hon"#,
    .greaterThan: #"tr[e]n \d|h[o]n \d|vuot"#,
    .approximately: #"khoang"#,
    .range: #"\d ?- ?\d"#,
    .atMost: #"t[o6]i da|khong qua"#,
    .lessThan: #"duoi \d"#,
  ]

  /// More cue words for imported rows, on top of `cues`: clean Vietnamese ("từ 10%" = from 10%
  /// upward), English, French ("au moins", "dépasser", "environ", "de 10 à 11 %"), Indonesian
  /// ("minimal") and Russian ("не менее" = not less than) press wording, and ranges written
  /// with a per cent sign or an en dash ("20% - 30%").
  static let importedCues: [Comparison: String] = [
    .atLeast: #"(^|[^a-z])tu \d|at least|a minimum of|or more|au moins|minimal \d|не менее"#,
    .greaterThan: #"(over|more than|above) \d|depasser"#,
    .approximately: #"about|around|approximately|environ"#,
    .range: #"\d%? ?[-–] ?\d|de \d+ a \d"#,
    .atMost: #"at most|no more than|up to"#,
    .lessThan: #"(under|below|less than) \d"#,
  ]

  /// Words that mark an observation as approximate: "khoảng" (about), "ước" (estimated),
  /// "dự kiến", "projected": a figure announced before the year's end.
  static let approximateObservationCue =
    #"khoang|uoc|du kien|about|around|approximately|projected|estimated"#

  /// Imported rows whose comparator is the facts file's reading and is not worded in the
  /// quote; each is explained in its note and reported, never silently accepted.
  static let importedComparatorExceptions: [String: String] = [
    "ext-o-001": "'dân số 1,65 triệu người': '~' marks a rounded press figure; no 'khoảng'",
    "ext-o-211": "'dân số 899.000 người': '~' marks a rounded press figure; no 'khoảng'",
    "ext-t-111": "'vise un PIBR de 111.100 milliards': '~' is the facts file's reading",
    "ext-t-182": "'an average 10% increase': '~' is the facts file's reading",
    "ext-t-176": "two figures of 80 in one quote; 'trên' belongs to the other one",
  ]

  static func folded(_ s: String) -> String {
    s.lowercased().folding(options: .diacriticInsensitive, locale: nil)
  }

  /// Bound words of the seed rows' OCR text, and more for the imported rows' press text.
  static let boundWords = #"t[o6d]i thieu|tren|hon|khoang|it nhat"#
  static let importedBoundWords =
    #"tu|at least|a minimum of|more than|over|above|about|around"#

  /// A bound word right before `value`: then the figure is not a plain '='.
  static func boundBefore(_ value: Double, imported: Bool) throws -> Regex<AnyRegexOutput> {
    let words =
      imported
      ? #"(^|[^a-z])("# + boundWords + "|" + importedBoundWords + ") "
      : "(" + boundWords + ") "
    let figures = Set([NumberText.vietnamese(value), NumberText.plain(value)]).sorted()
      .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
    // Imported rows: the figure must end there ('từ 2' is not a bound on 2 in 'từ 2022').
    let end = imported ? #"(?!\d|[.,]\d)"# : ""
    return try Regex(words + "(" + figures + ")" + end)
  }

  @Test func everyComparatorIsWrittenInItsQuote() throws {
    for target in try catalog().targets {
      guard let quantity = target.quantity else { continue }
      let quote = Self.folded(target.provenance.quote)
      let imported = Self.isImported(target.id)
      if let reason = Self.importedComparatorExceptions[target.id] {
        #expect(target.note.contains("Import:"), "\(target.id): explain \(reason)")
        continue
      }
      if target.kind == .rank {
        // "nhóm 10 ", "nhóm 30/63", "top 10", "top 40", "di antara 25 … teratas".
        let n = NumberText.plain(quantity.value)
        let group = try Regex(#"nh[oe]m "# + n + #"[ /]|top "# + n + #" |antara "# + n + " ")
        #expect(quote.contains(group), "\(target.id): a rank target names its top group")
        continue
      }
      if let cue = Self.cues[quantity.comparator] {
        var found = quote.contains(try Regex(cue))
        if imported, !found, let extra = Self.importedCues[quantity.comparator] {
          found = quote.contains(try Regex(extra))
        }
        #expect(found, "\(target.id): no cue for \(quantity.comparator)")
      } else {
        // '=' is a plain figure: no bound word may stand right before it.
        let bound = try Self.boundBefore(quantity.value, imported: imported)
        #expect(!quote.contains(bound), "\(target.id): '=' but the quote states a bound")
      }
    }
  }

  @Test func everyObservationComparatorIsWrittenInItsQuote() throws {
    for observation in try catalog().observations {
      let quote = Self.folded(observation.provenance.quote)
      if let reason = Self.importedComparatorExceptions[observation.id] {
        #expect(observation.note.contains("Import:"), "\(observation.id): explain \(reason)")
        continue
      }
      if observation.isApproximate {
        #expect(
          quote.contains(try Regex(Self.approximateObservationCue)),
          "\(observation.id): '~' but the quote says neither 'khoảng' nor 'ước'")
      } else {
        let bound = try Self.boundBefore(observation.value, imported: true)
        #expect(!quote.contains(bound), "\(observation.id): '=' but the quote states a bound")
      }
    }
  }

  @Test func everyYearIsStatedOrExplained() throws {
    let catalog = try catalog()
    for target in catalog.targets {
      guard let horizon = target.horizon else {
        #expect(target.note.lowercased().contains("no year"), "\(target.id): say why no year")
        continue
      }
      let year = String(horizon.year)
      var stated =
        target.provenance.quote.contains(year) || target.provenance.section.contains(year)
      // An imported row's document is described by text that often carries the horizon
      // ("nhiệm kỳ 2025-2030"); a seed document's title does not count.
      if Self.isImported(target.id), let document = catalog.document(id: target.provenance.source) {
        stated = stated || document.title.contains(year)
      }
      #expect(stated || target.note.contains(year), "\(target.id): year \(year) not stated")
    }
    for observation in catalog.observations {
      let year = String(observation.year)
      let provenance = observation.provenance
      let stated = [provenance.quote, provenance.section, observation.note].contains {
        $0.contains(year)
      }
      #expect(stated, "\(observation.id): year \(year) not stated")
    }
  }

  static let externalFacts = root.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/external-facts.csv")
  static let hasExternalFacts = FileManager.default.fileExists(atPath: externalFacts.path)

  /// The import report: one line per row of the facts file, the id it became or why not.
  static func importReport() throws -> [[String: String]] {
    let table = try CSVReader.read(
      contentsOf: root.appendingPathComponent("imports/external-facts.csv"),
      displayPath: "imports/external-facts.csv")
    return table.records.map { record in
      Dictionary(uniqueKeysWithValues: zip(table.header, record.fields))
    }
  }

  /// Every row of the external facts file is in the datasets with its quote and figure, or
  /// listed as excluded with a reason: rows = used + excluded.
  @Test(.enabled(if: hasExternalFacts, "needs ../shared/data/external-facts.csv"))
  func everyExternalFactIsImportedOrExcluded() throws {
    let table = try CSVReader.read(
      contentsOf: Self.externalFacts, displayPath: "external-facts.csv")
    let quote = try #require(table.header.firstIndex(of: "quote"))
    let value = try #require(table.header.firstIndex(of: "value"))
    let report = try Self.importReport()
    #expect(report.map { $0["row"] ?? "" } == (1...table.records.count).map(String.init))
    let excluded = Set(report.filter { $0["status"] == "excluded" }.compactMap { $0["row"] })
    for line in report {
      let status = line["status"] ?? ""
      #expect(["target", "observation", "excluded"].contains(status), "row \(line["row"] ?? "")")
      #expect((status == "excluded") == !(line["reason"] ?? "").isEmpty, "\(line)")
      #expect((status == "excluded") == (line["id"] ?? "").isEmpty, "\(line)")
    }
    let expected = table.records.enumerated().filter { !excluded.contains(String($0.offset + 1)) }
      .map { _, record in
        let figure = Double(record.fields[value]).map(NumberText.plain) ?? record.fields[value]
        return "\(figure) \(Text.nfc(record.fields[quote]))"
      }
    let catalog = try catalog()
    let targets = catalog.targets.filter { Self.isImported($0.id) }
    let observations = catalog.observations.filter { Self.isImported($0.id) }
    let imported =
      targets.map { "\(NumberText.plain($0.quantity?.value ?? .nan)) \($0.provenance.quote)" }
      + observations.map { "\(NumberText.plain($0.value)) \($0.provenance.quote)" }
    #expect(imported.sorted() == expected.sorted())
    #expect(table.records.count == targets.count + observations.count + excluded.count)
    // The report names the rows the catalog holds, each once.
    let reported = report.compactMap { $0["id"] }.filter { !$0.isEmpty }
    #expect(reported.sorted() == (targets.map(\.id) + observations.map(\.id)).sorted())
  }

  /// A figure read off a quote in another unit ('1.865.270 người' as 1.86527 million) says so
  /// in its note and in the import report, with the factor used.
  @Test func conversionsAreRecorded() throws {
    let catalog = try catalog()
    let notes = Dictionary(
      uniqueKeysWithValues: catalog.targets.map { ($0.id, $0.note) }
        + catalog.observations.map { ($0.id, $0.note) })
    var converted = 0
    for line in try Self.importReport() where !(line["conversion"] ?? "").isEmpty {
      let id = line["id"] ?? ""
      let note = try #require(notes[id], "\(id) is in the report but not in the catalog")
      #expect(note.contains(" digit grouping) recorded as"), "\(id)")
      converted += 1
    }
    #expect(converted > 10)
  }

  /// Imported targets carry their own confidence (the facts file's), the same as their
  /// document's; a translated quote's label says it is an editorial translation.
  @Test func importedTargetsKeepConfidenceAndMarkTranslations() throws {
    let catalog = try catalog()
    for target in catalog.targets where Self.isImported(target.id) {
      let document = try #require(catalog.document(id: target.provenance.source))
      #expect(target.provenance.confidence == document.confidence, "\(target.id)")
      if document.language != "vi" {
        #expect(target.note.contains("editorial Vietnamese translation"), "\(target.id)")
      }
    }
  }

  @Test func labelsAreCleanVietnameseInNFC() throws {
    for target in try catalog().targets {
      #expect(!target.label.isEmpty, "\(target.id)")
      #expect(target.label == target.label.precomposedStringWithCanonicalMapping, "\(target.id)")
    }
  }

  @Test func issueExamplesArePresent() throws {
    let catalog = try catalog()
    func figure(_ geo: String, _ indicator: String, _ year: Int) -> Quantity? {
      catalog.targets.first {
        $0.geo == geo && $0.indicator == indicator && $0.horizon?.year == year
      }?.quantity
    }
    #expect(figure("thai-nguyen", "digital_economy_share_grdp", 2030) == Quantity(.atLeast, 40))
    #expect(
      figure("lai-chau", "digital_economy_share_grdp", 2030)
        == Quantity(.approximately, 9, high: 10))
    #expect(figure("thai-nguyen", "researchers_per_10k", 2030) == Quantity(.equal, 15))
    #expect(figure("lai-chau", "researchers_per_10k", 2030) == Quantity(.equal, 10))
    #expect(
      figure("thai-nguyen", "patent_application_growth", 2030) == Quantity(.range, 16, high: 18))
    #expect(figure("lai-chau", "tfp_contribution", 2030) == Quantity(.atLeast, 37.6))
    #expect(figure("lai-chau", "hdi", 2030) == Quantity(.greaterThan, 0.623))
    #expect(figure("thai-nguyen", "smart_city_count", 2030) == Quantity(.equal, 3))
  }
}

/// Numbers as the source documents write them.
enum NumberText {
  static func plain(_ x: Double) -> String {
    x == x.rounded() ? String(Int(x)) : String(x)
  }

  static func vietnamese(_ x: Double) -> String {
    plain(x).replacingOccurrences(of: ".", with: ",")
  }
}
