import Benchmark
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

  /// Open SDG's statuses on the pages: an arrow for the progress and Open SDG's colour
  /// (green, yellow, orange, red); no arrow where there is no status.
  @Test func paceBadgesCarryAnArrowAndOpenSDGsColour() {
    let expected: [(PaceStatus, String, String, Tone)] = [
      (.achieved, "◎ achieved", "◎ đã đạt", .good),
      (.onTrack, "↑ on track", "↑ đúng tiến độ", .good),
      (.accelerationNeeded, "↗ acceleration needed", "↗ cần tăng tốc", .warning),
      (.limitedProgress, "→ limited progress", "→ tiến bộ hạn chế", .caution),
      (.deterioration, "↓ deterioration", "↓ đi xuống", .bad),
      (.insufficientData, "insufficient data", "chưa đủ số liệu", .none),
      (.notApplicable, "not applicable", "không áp dụng", .none),
    ]
    for (status, en, vi, tone) in expected {
      #expect(Localizer(.en).paceBadge(status) == (en, tone))
      #expect(Localizer(.vi).paceBadge(status) == (vi, tone))
    }
    // the command-line listings keep the words alone
    #expect(Localizer(.en).pace(.onTrack).0 == "on track")
  }
}
