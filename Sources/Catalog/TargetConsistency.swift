import Support

/// Row-level consistency of targets: a repeated row (a warning) and one document stating two
/// different figures for the same geo, indicator and horizon (an error: the catalog would give
/// two answers for one question). Conflicts between documents are reported by alignment, not
/// treated as data errors. A row whose note names the earlier target's id is an acknowledged
/// restatement and is not reported.
enum TargetConsistency {
  /// - Complexity: O(n) expected; one small table per document (rows of one document usually
  ///   come together, so the table in use stays in cache).
  static func check(_ targets: [Target], _ log: inout DiagnosticLog) {
    struct Key: Hashable {
      var geo: String
      var indicator: String
      var horizon: Horizon?

      func hash(into hasher: inout Hasher) {  // the geo rarely varies within a document
        hasher.combine(indicator)
        hasher.combine(horizon)
      }
    }
    var parked: [String: [Key: Int]] = [:]
    var document: String?
    var first: [Key: Int] = [:]
    for (index, target) in targets.enumerated() where target.kind != .qualitative {
      if target.provenance.source != document {
        if let document { parked[document] = first }
        document = target.provenance.source
        first = parked.removeValue(forKey: target.provenance.source) ?? [:]
      }
      let key = Key(geo: target.geo, indicator: target.indicator, horizon: target.horizon)
      guard let earlierIndex = first[key] else {
        first[key] = index
        continue
      }
      let earlier = targets[earlierIndex]
      // Naming the earlier target in the note acknowledges a deliberate restatement.
      if names(target.note, earlier.id) { continue }
      if earlier.quantity == target.quantity {
        log.warning(
          target.location,
          "target \(Text.quoted(target.id)) repeats target \(Text.quoted(earlier.id)) (line \(earlier.location.line))"
            + " with the same figure")
      } else {
        log.error(
          target.location,
          "contradictory targets: \(Text.quoted(target.id)) and \(Text.quoted(earlier.id)) (line \(earlier.location.line))"
            + " give different figures for \(Text.quoted(target.indicator)) \(target.horizon?.description ?? "")"
            + " in document \(Text.quoted(target.provenance.source)); correct one, or name"
            + " \(Text.quoted(earlier.id)) in the note of \(Text.quoted(target.id)) if the document states both"
        )
      }
    }
  }

  /// Whether `note` names `id` as a whole word (`t1` is not named by `t10`).
  private static func names(_ note: String, _ id: String) -> Bool {
    note.split { !($0.isLetter || $0.isNumber || "-_.".contains($0)) }.contains { $0 == id }
  }
}
