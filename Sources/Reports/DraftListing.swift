import Benchmark
import Catalog

/// Renders a draft for the terminal or as JSON.
public enum DraftListing {
  /// The proposals as a terminal table, then the flags, the inputs and the missing targets,
  /// in the localizer's language.
  public static func table(
    _ draft: Draft, catalog: Catalog, localizer: Localizer = Localizer(.en)
  ) -> String {
    if localizer.vi { return vietnamese(draft, ListingText(localizer, catalog, markdown: false)) }
    var out =
      "Draft \(draft.year) for \(catalog.geoName(draft.province)) (\(draft.province)); rules: "
      + draft.rules.map(\.description).joined(separator: ", ")
      + " (\(draft.combination.rawValue))\n\n"
    out += TextTable(
      header: [
        "indicator", "current", "proposal", "rule", "gap to mean: now → proposal",
        "with the draft in the mean", "required pace", "pace seen", "flags",
      ],
      rows: draft.proposals.map { p in
        [
          p.indicator.id,
          p.current.isEmpty
            ? "missing" : p.current.map { TargetListing.figure($0) }.joined(separator: "; "),
          p.proposed.map { TargetListing.figure($0) } ?? "—", p.rule?.description ?? "—",
          (p.gapBefore.map { $0.absolute.display(decimals: 2) } ?? "—") + " → "
            + (p.gapAfter.map { $0.absolute.display(decimals: 2) } ?? "—"),
          p.gapAfterWithDraft.map { $0.absolute.display(decimals: 2) } ?? "—",
          p.requiredPace.map { FigureRange.format(($0 * 10000).rounded() / 100) + "%/yr" } ?? "—",
          p.paceSeenInRegion.map { $0 ? "yes" : "no" } ?? "unknown", "\(p.flags.count)",
        ]
      }
    ).rendered()
    out +=
      "\nGaps to the regional mean as it stands; \"with the draft in the mean\": against the mean"
      + " recomputed with the proposal in place of the current figure (what gaps --with shows)\n"
    let flags = draft.proposals.flatMap { p in p.flags.map { "  \(p.indicator.id): \($0)\n" } }
    if !flags.isEmpty { out += "\nFlags\n" + flags.joined() }
    out +=
      "\nInputs\n"
      + draft.proposals.map { "  \($0.indicator.id): \($0.inputs.joined(separator: ", "))\n" }
      .joined()
    out +=
      "\nMissing targets (\(draft.missing.count))\n"
      + draft.missing.map {
        "  \($0.indicator.id): targeted by \($0.targetedBy.joined(separator: ", "))\n"
      }.joined()
    return out
  }

  /// The terminal table in Vietnamese: the draft page's words for rules and flags, names for
  /// indicators and provinces, decimal commas.
  static func vietnamese(_ draft: Draft, _ t: ListingText) -> String {
    let l = t.l
    func gap(_ g: Gap?) -> String { t.number(g.map { $0.absolute.display(decimals: 2) } ?? "—") }
    var out =
      "\(l(.draftTitle)) \(draft.year): \(t.catalog.geoName(draft.province)); \(l(.draftRules)): "
      + draft.rules.map { DraftText.ruleName($0, l) }.joined(separator: ", ")
      + " (\(l(draft.combination == .first ? .draftFirst : .draftMax)))\n\n"
    out += t.table(
      [
        l(.listIndicator), l(.draftCurrent), l(.draftProposal), l(.draftRule),
        l(.draftGapNowProposal), l(.draftWithDraft), l(.draftRequiredPace), l(.draftPaceSeen),
        l(.draftFlags),
      ],
      draft.proposals.map { p in
        [
          t.indicator(p.indicator.id),
          p.current.isEmpty
            ? l(.draftMissing) : p.current.map { l.figure($0.quantity) }.joined(separator: "; "),
          p.proposed.map(l.figure) ?? "—", p.rule.map { DraftText.ruleName($0, l) } ?? "—",
          gap(p.gapBefore) + " → " + gap(p.gapAfter), gap(p.gapAfterWithDraft),
          p.requiredPace.map { l.number($0 * 100) + l.unit(.percentPerYear) } ?? "—",
          p.paceSeenInRegion.map { l($0 ? .draftSeen : .draftNotSeen) } ?? l(.draftPaceUnknown),
          "\(p.flags.count)",
        ]
      })
    out += "\n\(l(.draftGapNote))\n"
    let flags = draft.proposals.flatMap { p in
      p.flags.map { t.bullet(t.indicator(p.indicator.id) + ": " + DraftText.flag($0, l)) }
    }
    if !flags.isEmpty { out += "\n\(l(.draftFlagsTitle))\n" + flags.joined() }
    out +=
      "\n\(l(.draftInputs))\n"
      + draft.proposals.map {
        t.bullet(t.indicator($0.indicator.id) + ": " + $0.inputs.joined(separator: ", "))
      }.joined()
    out +=
      "\n\(l(.draftMissingTargets)) (\(draft.missing.count))\n"
      + draft.missing.map {
        t.bullet(t.indicator($0.indicator.id) + ": \(l(.draftTargetedBy)) " + t.geos($0.targetedBy))
      }.joined()
    return out
  }

  /// A gap to the regional mean as `{"low": …, "high": …}`, or null.
  static func gapJSON(_ gap: Gap?) -> JSON {
    guard let gap else { return .null }
    return .object([("low", .number(gap.absolute.low)), ("high", .number(gap.absolute.high))])
  }

  /// The draft as JSON: the proposals with their gaps (to the mean as it stands, and to the
  /// mean with the draft in it) and the missing targets.
  public static func json(_ draft: Draft) -> String {
    JSON.document(
      "draft",
      [
        ("province", .string(draft.province)), ("year", .number(Double(draft.year))),
        ("rules", .array(draft.rules.map { .string($0.description) })),
        ("combination", .string(draft.combination.rawValue)),
        (
          "proposals",
          .array(
            draft.proposals.map { p in
              .object([
                ("indicator", .string(p.indicator.id)),
                ("current", .array(p.current.map { .string($0.id) })),
                ("comparator", .optional(p.proposed?.comparator.rawValue)),
                ("value", .optional(p.proposed?.value)),
                ("rule", .optional(p.rule?.description)),
                ("gap_before", gapJSON(p.gapBefore)), ("gap_after", gapJSON(p.gapAfter)),
                ("gap_after_with_draft", gapJSON(p.gapAfterWithDraft)),
                ("required_pace", .optional(p.requiredPace)),
                ("best_regional_pace", .optional(p.bestRegionalPace)),
                ("pace_seen_in_region", p.paceSeenInRegion.map(JSON.bool) ?? .null),
                ("inputs", .array(p.inputs.map(JSON.string))),
                ("flags", .array(p.flags.map { .string($0.description) })),
              ])
            })
        ),
        (
          "missing",
          .array(
            draft.missing.map {
              .object([
                ("indicator", .string($0.indicator.id)),
                ("targeted_by", .array($0.targetedBy.map(JSON.string))),
              ])
            })
        ),
      ]
    ).rendered() + "\n"
  }
}
