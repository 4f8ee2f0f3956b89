/// Row-level consistency of targets: duplicated rows and one document stating two different
/// figures for the same indicator and year. (Conflicts between documents are reported by
/// alignment, not treated as data errors.) A row whose note names the earlier target's id is
/// an acknowledged restatement and is not reported.
enum TargetConsistency {
  static func check(_ targets: [Target], _ log: inout DiagnosticLog) {
    struct Key: Hashable {
      var geo: String
      var indicator: String
      var horizon: Horizon?
      var document: String
    }
    var first: [Key: Target] = [:]
    for target in targets where target.kind != .qualitative {
      let key = Key(
        geo: target.geo, indicator: target.indicator, horizon: target.horizon,
        document: target.provenance.source)
      guard let earlier = first[key] else {
        first[key] = target
        continue
      }
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
