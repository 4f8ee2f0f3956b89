import Foundation
import TestSupport

@testable import Catalog
@testable import Extraction

/// The shipped catalog and lexicon, loaded once for the extraction tests.
enum ExtractionFixture {
  static let datasets = Paths.packageRoot.appendingPathComponent("datasets")

  static let catalog = Result { try CatalogLoader.load(from: datasets, displayPath: "datasets") }

  static let lexicon = Result {
    try Lexicon.load(
      from: datasets.appendingPathComponent("lexicon.csv"), displayPath: "datasets/lexicon.csv",
      indicators: catalog.get().catalog.indicators)
  }

  static func extractor() throws -> TargetExtractor {
    TargetExtractor(
      lexicon: try lexicon.get().lexicon, indicators: try catalog.get().catalog.indicators)
  }

  /// What a test expects of one candidate: indicator (nil = unclassified), comparator,
  /// value, high value and year.
  struct Expected: Sendable, Hashable, CustomStringConvertible {
    var indicator: String?
    var comparator: Comparison
    var value: Double
    var high: Double?
    var year: String

    init(
      _ indicator: String?, _ comparator: Comparison, _ value: Double, _ high: Double? = nil,
      year: String
    ) {
      self.indicator = indicator
      self.comparator = comparator
      self.value = value
      self.high = high
      self.year = year
    }

    init(_ candidate: CandidateTarget) {
      indicator = candidate.indicator
      comparator = candidate.quantity.comparator
      value = candidate.quantity.value
      high = candidate.quantity.valueHigh
      year = candidate.horizon?.csv ?? ""
    }

    var description: String {
      "\(indicator ?? "unclassified") \(comparator.rawValue) \(value)"
        + (high.map { "–\($0)" } ?? "") + " \(year.isEmpty ? "no year" : year)"
    }
  }
}
