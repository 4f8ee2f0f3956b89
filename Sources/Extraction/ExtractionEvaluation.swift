import Catalog
import Foundation
import Support

/// Precision and recall of `TargetExtractor` on the documents whose text provbench holds,
/// against their targets in `targets.csv` (docs/methodology.md, "Evaluating the extractor").
///
/// A target counts when it states a figure (`quantitative` and `rank` rows with a comparator
/// and a value). A candidate is a true positive when a target of the same document has the
/// same geo, indicator, comparator, value, high value and year (horizon, period included);
/// each target is matched at most once. Unclassified candidates are false positives.
public struct ExtractionEvaluation: Sendable {
  /// The figures of one document.
  public struct DocumentResult: Sendable {
    /// The document id, or `overall` for the pooled result.
    public var document: String
    /// Targets with a figure.
    public var targets: Int
    /// Candidates the extractor proposed.
    public var candidates: Int
    /// Candidates that matched a target.
    public var truePositives: Int
    /// Candidates with no matching target.
    public var spurious: [CandidateTarget]
    /// Targets no candidate matched.
    public var missed: [Target]

    /// True positives / candidates; nil without candidates.
    public var precision: Double? {
      candidates == 0 ? nil : Double(truePositives) / Double(candidates)
    }
    /// True positives / targets; nil without targets.
    public var recall: Double? {
      targets == 0 ? nil : Double(truePositives) / Double(targets)
    }
  }

  /// One result per document with a file, in `documents.csv` order.
  public var documents: [DocumentResult]

  /// All documents pooled: micro-averaged precision and recall.
  public var overall: DocumentResult {
    DocumentResult(
      document: "overall", targets: documents.map(\.targets).reduce(0, +),
      candidates: documents.map(\.candidates).reduce(0, +),
      truePositives: documents.map(\.truePositives).reduce(0, +),
      spurious: documents.flatMap(\.spurious), missed: documents.flatMap(\.missed))
  }

  /// Extracts every document of `catalog` that has a file under `sources` and scores it.
  /// - Parameters:
  ///   - catalog: the loaded catalog (documents, indicators, targets).
  ///   - lexicon: the keywords to extract with.
  ///   - sources: the directory holding the documents' files (`datasets/sources`).
  ///   - sourcesPath: how messages name that directory.
  /// - Throws: `CatalogError.unreadableFile` or `.invalidData` for an unreadable source.
  public static func run(
    catalog: Catalog, lexicon: Lexicon, sources: URL, sourcesPath: String
  ) throws -> ExtractionEvaluation {
    let extractor = TargetExtractor(lexicon: lexicon, indicators: catalog.indicators)
    var results: [DocumentResult] = []
    for document in catalog.documents {
      guard let file = document.file else { continue }
      let text = try UTF8Text.read(
        sources.appendingPathComponent(file), displayPath: "\(sourcesPath)/\(file)")
      let candidates = extractor.extract(text, geo: document.geo, document: document.id)
      let targets = catalog.targets.filter { $0.provenance.source == document.id }
      results.append(score(candidates, against: targets, document: document.id))
    }
    return ExtractionEvaluation(documents: results)
  }

  /// Scores `candidates` against the figure targets among `targets`.
  public static func score(
    _ candidates: [CandidateTarget], against targets: [Target], document: String
  ) -> DocumentResult {
    var open = targets.filter { $0.quantity != nil }
    let total = open.count
    var spurious: [CandidateTarget] = []
    for candidate in candidates {
      if let index = open.firstIndex(where: { matches(candidate, $0) }) {
        open.remove(at: index)
      } else {
        spurious.append(candidate)
      }
    }
    return DocumentResult(
      document: document, targets: total, candidates: candidates.count,
      truePositives: candidates.count - spurious.count, spurious: spurious, missed: open)
  }

  /// Same geo, indicator, comparator, value, high value and horizon.
  public static func matches(_ candidate: CandidateTarget, _ target: Target) -> Bool {
    guard let indicator = candidate.indicator, let quantity = target.quantity else { return false }
    return candidate.geo == target.geo && indicator == target.indicator
      && candidate.quantity.comparator == quantity.comparator
      && same(candidate.quantity.value, quantity.value)
      && same(candidate.quantity.valueHigh, quantity.valueHigh)
      && candidate.horizon == target.horizon
  }

  private static func same(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    default: false
    }
  }
}
