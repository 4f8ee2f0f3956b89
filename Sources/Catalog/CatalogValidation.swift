import Support

extension Catalog {
  /// Checks a catalog built in memory (not read by `CatalogLoader`, which checks as it reads)
  /// by the dataset's rules: unique ids, province ids that are slugs; every reference (a target's geo,
  /// indicator and document, an observation's source, a province's region and successor)
  /// known; units as their indicator's; finite figures inside their unit's range; quotes
  /// found in the source texts the catalog holds; the quote rules (figure, comparator and
  /// year in the quote) and the consistency of each province's targets.
  ///
  /// Targets and observations are located at their `location`; documents, provinces,
  /// regions and indicators at `<directory>/<file>.csv` and their position, as if written there.
  /// - Returns: every problem found, errors and warnings, in location order; empty if none.
  /// - Complexity: O(n) in the records plus one pass over each source text with quotes.
  public func validate() -> [Diagnostic] {
    var log = DiagnosticLog()
    func at(_ file: String, _ index: Int) -> SourceLocation {
      SourceLocation(file: "\(directory)/\(file).csv", line: index + 2, column: 1)
    }
    func ids<T>(
      _ items: [T], _ file: String, _ what: String, slugs: Bool = false, _ id: (T) -> String
    ) -> Set<String> {
      var seen: [String: Int] = [:]
      for (index, item) in items.enumerated() {
        let value = id(item)
        // a province id names report pages: it must be safe as a file name
        if slugs, !Text.isSlug(value) {
          log.error(at(file, index), "\(what) id \(Text.quoted(value)) is not a slug")
        }
        if let first = seen.updateValue(index, forKey: value) {
          seen[value] = first
          log.error(
            at(file, index),
            "duplicate \(what) id \(Text.quoted(value)) (first at line \(first + 2))")
        }
      }
      return Set(seen.keys)
    }
    let documentIDs = ids(documents, "documents", "document", \.id)
    let provinceIDs = ids(provinces, "provinces", "province", slugs: true, \.id)
    let indicatorIDs = ids(indicators, "indicators", "indicator", \.id)
    let regionIDs = Set(regions.map(\.id))
    let geos = provinceIDs.union(regionIDs)
    for (index, province) in provinces.enumerated() {
      if let region = province.region, !regionIDs.contains(region) {
        log.error(at("provinces", index), "unknown region \(Text.quoted(region))")
      }
      if let successor = province.successor, !provinceIDs.contains(successor) {
        log.error(at("provinces", index), "unknown successor \(Text.quoted(successor))")
      }
    }
    func reference(
      _ location: SourceLocation, geo: String, indicator: String, unit: Unit
    ) {
      if !geos.contains(geo) {
        log.error(location, "unknown province or region \(Text.quoted(geo))")
      }
      guard indicatorIDs.contains(indicator), let known = self.indicator(id: indicator) else {
        log.error(location, "unknown indicator \(Text.quoted(indicator))")
        return
      }
      if known.unit != unit {
        log.error(
          location,
          "unit '\(unit.rawValue)' does not match indicator \(Text.quoted(indicator)),"
            + " which is measured in '\(known.unit.rawValue)'")
      }
    }
    func figure(_ location: SourceLocation, _ value: Double, _ unit: Unit) {
      if let problem = QuantityDecoding.rangeProblem(value, unit: unit) {
        log.error(location, problem)
      }
    }
    var quotes: [String: [(quote: String, location: SourceLocation)]] = [:]
    var targetIDs: [String: SourceLocation] = [:]
    for target in targets {
      if let first = targetIDs.updateValue(target.location, forKey: target.id) {
        targetIDs[target.id] = first
        log.error(
          target.location, "duplicate target id \(Text.quoted(target.id)) (first at \(first))")
      }
      reference(target.location, geo: target.geo, indicator: target.indicator, unit: target.unit)
      for value in [target.quantity?.value, target.quantity?.valueHigh].compactMap({ $0 }) {
        figure(target.location, value, target.unit)
      }
      if documentIDs.contains(target.provenance.source) {
        quotes[target.provenance.source, default: []].append(
          (target.provenance.quote, target.location))
      } else {
        log.error(target.location, "unknown document \(Text.quoted(target.provenance.source))")
      }
    }
    var observationIDs: [String: SourceLocation] = [:]
    for observation in observations {
      if let first = observationIDs.updateValue(observation.location, forKey: observation.id) {
        observationIDs[observation.id] = first
        log.error(
          observation.location,
          "duplicate observation id \(Text.quoted(observation.id)) (first at \(first))")
      }
      reference(
        observation.location, geo: observation.geo, indicator: observation.indicator,
        unit: observation.unit)
      figure(observation.location, observation.value, observation.unit)
      let source = observation.provenance.source
      if documentIDs.contains(source) {
        quotes[source, default: []].append((observation.provenance.quote, observation.location))
      } else if !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
        log.error(
          observation.location,
          "unknown source \(Text.quoted(source)): use a document id or an http(s) URL")
      }
    }
    for (id, list) in quotes.sorted(by: { $0.key < $1.key }) {
      guard let text = sources[id] else { continue }  // known by URL only: not checkable here
      let (found, _) = text.contains(list.map { Text.collapsedUTF8($0.quote) }, from: 0)
      for (entry, isFound) in zip(list, found) where !isFound {
        log.error(entry.location, "quote not found in the source text of \(Text.quoted(id))")
      }
    }
    TargetConsistency.check(targets, &log)
    QuoteRules.check(
      targets,
      documents: Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
      &log)
    return log.sorted
  }
}
