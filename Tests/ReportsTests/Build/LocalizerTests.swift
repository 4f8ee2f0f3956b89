import Catalog
import Testing

@testable import Reports

/// Reasons for leaving a target out read in the page's language: English is the catalog's
/// own wording, Vietnamese a translation that keeps every id and figure.
@Suite struct LocalizerTests {
  static let day = Day(year: 2025, month: 7, day: 1)
  static let causes: [ExclusionReason] = [
    .notComparable(.qualitative(target: "t1")), .notComparable(.missingYear(target: "t2")),
    .notAProvince(geo: "x", region: "NMM"), .notYetExisting(geo: "ab", from: day),
    .ceased(geo: "a", on: day, successor: "ab", region: "NMM", geography: .from2025),
    .didNotExist(geo: "a", on: day), .notMember(geo: "bac-ninh", region: "NMM"),
    .successorSetsOwnTarget(successor: "ab"), .notCombinable(.unknownIndicator),
    .notCombinable(.notQuantitative), .notCombinable(.conflictingPredecessor),
    .notCombinable(.differentComparators), .notCombinable(.noRegionalWeight),
    .notCombinable(.noCommonYear(variable: "grdp")), .notCombinable(.zeroWeights),
  ]

  /// English pages read the catalog's own wording, written out here so the test can fail.
  @Test func englishReasonsAreTheCatalogsWording() {
    let expected: [(ExclusionReason, String)] = [
      (.notAProvince(geo: "x", region: "NMM"), "x is not a province of NMM"),
      (.notYetExisting(geo: "ab", from: Self.day), "ab exists from 2025-07-01: use geography 2025"),
      (.successorSetsOwnTarget(successor: "ab"), "ab sets its own target"),
      (.notCombinable(.zeroWeights), "weights sum to zero"),
      (
        .notCombinable(.noCommonYear(variable: "grdp")),
        "no year in which 'grdp' is observed for every predecessor"
      ),
    ]
    for (cause, text) in expected { #expect(Localizer(.en).exclusion(cause) == text) }
  }

  @Test(arguments: causes)
  func exclusionReasonsAreTranslated(_ cause: ExclusionReason) {
    let vi = Localizer(.vi).exclusion(cause)
    #expect(vi != cause.description)
    #expect(!vi.isEmpty)
    // the ids and values the English names are kept
    for id in ["t1", "t2", "ab", "bac-ninh", "NMM", "grdp", "2025-07-01"]
    where cause.description.contains(id) {
      #expect(vi.contains(id), "\(vi) lost \(id)")
    }
  }

  @Test func translationsDoNotRepeat() {
    let texts = Self.causes.map { Localizer(.vi).exclusion($0) }
    #expect(Set(texts).count == texts.count)
  }
}
