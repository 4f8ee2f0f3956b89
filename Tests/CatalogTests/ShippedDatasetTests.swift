import Foundation
import Testing

@testable import Catalog

/// The bundled `datasets/`: it loads cleanly, every quote is in its source, and every target's
/// figure, comparator and year can be read off its quote.
@Suite struct ShippedDatasetTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets")
  static let loaded = Result { try CatalogLoader.load(from: root, displayPath: "datasets") }

  func catalog() throws -> Catalog { try Self.loaded.get().catalog }

  @Test func loadsWithoutErrorsOrWarnings() throws {
    let loaded = try Self.loaded.get()
    #expect(loaded.warnings.map(\.description) == [])
    #expect(loaded.catalog.documents.count == 5)
  }

  @Test func sourcesAreByteIdenticalToTheSeeds() throws {
    let seeds = Self.root.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/seeds")
    guard FileManager.default.fileExists(atPath: seeds.path) else { return }
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
      let file = try #require(document.file, "\(target.id): seed documents are local files")
      let text = try String(
        contentsOf: Self.root.appendingPathComponent("sources/\(file)"), encoding: .utf8)
      let haystack = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let needle = target.provenance.quote.split(whereSeparator: \.isWhitespace).joined(
        separator: " ")
      #expect(haystack.contains(needle), "\(target.id): quote not in \(file)")
      checked += 1
    }
    #expect(checked == catalog.targets.count && checked > 60)
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

  /// OCR-tolerant cue words per comparator, matched on lower-case text without diacritics.
  static let cues: [Comparison: String] = [
    .atLeast: #"t[o6d]i thi[e]u|it nhat|tr[o0¢] ?[l1]en|khong thap hon"#,
    .greaterThan: #"tr[e]n \d|h[o]n \d|vuot"#,
    .approximately: #"khoang"#,
    .range: #"\d ?- ?\d"#,
    .atMost: #"t[o6]i da|khong qua"#,
    .lessThan: #"duoi \d"#,
  ]

  static func folded(_ s: String) -> String {
    s.lowercased().folding(options: .diacriticInsensitive, locale: nil)
  }

  @Test func everyComparatorIsWrittenInItsQuote() throws {
    for target in try catalog().targets {
      guard let quantity = target.quantity else { continue }
      let quote = Self.folded(target.provenance.quote)
      if target.kind == .rank {
        let group = try Regex(#"nh[oe]m "# + NumberText.plain(quantity.value) + " ")
        #expect(quote.contains(group), "\(target.id): a rank target names its top group")
        continue
      }
      if let cue = Self.cues[quantity.comparator] {
        #expect(quote.contains(try Regex(cue)), "\(target.id): no cue for \(quantity.comparator)")
      } else {
        // '=' is a plain figure: no bound word may stand right before it.
        let value = NumberText.vietnamese(quantity.value)
        let bound = try Regex(#"(t[o6d]i thieu|tren|hon|khoang|it nhat) "# + value)
        #expect(!quote.contains(bound), "\(target.id): '=' but the quote states a bound")
      }
    }
  }

  @Test func everyYearIsStatedOrExplained() throws {
    for target in try catalog().targets {
      guard let horizon = target.horizon else {
        #expect(target.note.lowercased().contains("no year"), "\(target.id): say why no year")
        continue
      }
      let year = String(horizon.year)
      let stated =
        target.provenance.quote.contains(year) || target.provenance.section.contains(year)
      #expect(stated || target.note.contains(year), "\(target.id): year \(year) not stated")
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
