extension Catalog {
  /// The catalog with `drafts` in place of the current targets they replace: every target of
  /// the same geo, indicator and horizon year as a draft target is removed, the drafts stay.
  /// - Parameter drafts: ids of the draft targets (already in `targets`).
  public func superseding(with drafts: Set<String>) -> Catalog {
    struct Key: Hashable {
      var geo: String
      var indicator: String
      var year: Int?
    }
    let replaced = Set(
      targets.filter { drafts.contains($0.id) }.map {
        Key(geo: $0.geo, indicator: $0.indicator, year: $0.horizon?.year)
      })
    var copy = self
    copy.targets = targets.filter { target in
      drafts.contains(target.id)
        || !replaced.contains(
          Key(geo: target.geo, indicator: target.indicator, year: target.horizon?.year))
    }
    return copy
  }

  /// The ids of targets from draft documents (`kind` = `draft`).
  public var draftTargetIDs: Set<String> {
    let draftDocuments = Set(documents.filter { $0.kind == .draft }.map(\.id))
    return Set(targets.filter { draftDocuments.contains($0.provenance.source) }.map(\.id))
  }
}
