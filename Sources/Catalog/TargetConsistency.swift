/// Row-level consistency of targets: duplicated rows and one document stating two different
/// figures for the same indicator and year. (Conflicts between documents are reported by
/// alignment, not treated as data errors.) A row whose note names the earlier target's id is
/// an acknowledged restatement and is not reported.
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
      if target.note.contains(earlier.id) { continue }
      if earlier.quantity == target.quantity {
        log.warning(
          target.location,
          "target \(Text.quoted(target.id)) repeats target \(Text.quoted(earlier.id)) (line \(earlier.location.line))"
            + " with the same figure")
      } else {
        log.warning(
          target.location,
          "target \(Text.quoted(target.id)) and target \(Text.quoted(earlier.id)) (line \(earlier.location.line)) give"
            + " different figures for \(Text.quoted(target.indicator)) \(target.horizon?.description ?? "")"
            + " in one document; say why in 'note' or correct one")
      }
    }
  }
}
