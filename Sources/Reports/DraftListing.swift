import Benchmark
import Catalog

/// Renders a draft for the terminal or as JSON.
public enum DraftListing {
  /// The proposals as a terminal table, then the flags, the inputs and the missing targets.
  public static func table(_ draft: Draft, catalog: Catalog) -> String {
    var out =
      "Draft \(draft.year) for \(catalog.geoName(draft.province)) (\(draft.province)); rules: "
      + draft.rules.map(\.description).joined(separator: ", ")
      + " (\(draft.combination.rawValue))\n\n"
    out += TextTable(
      header: [
        "indicator", "current", "proposal", "rule", "gap to mean before → after", "required pace",
        "pace seen", "flags",
      ],
      rows: draft.proposals.map { p in
        [
          p.indicator.id,
          p.current.isEmpty
            ? "missing" : p.current.map { TargetListing.figure($0) }.joined(separator: "; "),
          p.proposed.map { TargetListing.figure($0) } ?? "—", p.rule?.description ?? "—",
          (p.gapBefore.map { $0.absolute.display(decimals: 2) } ?? "—") + " → "
            + (p.gapAfter.map { $0.absolute.display(decimals: 2) } ?? "—"),
          p.requiredPace.map { FigureRange.format(($0 * 10000).rounded() / 100) + "%/yr" } ?? "—",
          p.paceSeenInRegion.map { $0 ? "yes" : "no" } ?? "unknown", "\(p.flags.count)",
        ]
      }
    ).rendered()
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

  /// The draft as JSON: the proposals (without gaps) and the missing targets.
  public static func json(_ draft: Draft) -> String {
    JSON.object([
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
    ]).rendered() + "\n"
  }
}
