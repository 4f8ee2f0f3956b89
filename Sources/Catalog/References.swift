import Foundation

/// The ids that targets and observations may refer to, and the source texts of documents;
/// checks each reference where it is written, so messages point at the right column.
struct References {
  private(set) var sources: [String: SourceText] = [:]
  private var sourcePaths: [String: String] = [:]
  private let documents: [String: Document]
  private let indicators: [String: Indicator]
  private let geoIDs: Set<String>
  private let provinceIDs: Set<String>
  private let regionIDs: Set<String>
  private let provinceRows: [(RowReader, Province)]
  private let documentRows: [(RowReader, Document)]
  private let regionRows: [(RowReader, Region)]
  private let indicatorRows: [(RowReader, Indicator)]
  private let unusable: Unusable
  private var seenTargetIDs: [String: Int] = [:]
  private var seenObservationIDs: [String: Int] = [:]

  init(
    documents: [(RowReader, Document)], provinces: [(RowReader, Province)],
    regions: [(RowReader, Region)], indicators: [(RowReader, Indicator)],
    sourcesDirectory: URL, sourcesPath: String, unusable: Unusable, _ log: inout DiagnosticLog
  ) {
    self.unusable = unusable
    self.documents = Dictionary(documents.map { ($0.1.id, $0.1) }, uniquingKeysWith: { a, _ in a })
    self.indicators = Dictionary(
      indicators.map { ($0.1.id, $0.1) }, uniquingKeysWith: { a, _ in a })
    provinceIDs = Set(provinces.map(\.1.id))
    regionIDs = Set(regions.map(\.1.id))
    geoIDs = provinceIDs.union(regionIDs)
    provinceRows = provinces
    documentRows = documents
    regionRows = regions
    indicatorRows = indicators
    for (row, document) in documents {
      guard let file = document.file, RecordDecoding.isInsideSources(file) else { continue }
      let path = "\(sourcesPath)/\(file)"
      do {
        let bytes = try FileInput.bytes(
          of: sourcesDirectory.appendingPathComponent(file), displayPath: path)
        guard let text = String(bytes: bytes, encoding: .utf8) else {
          log.error(row.location("file"), "source file \(Text.quoted(path)) is not valid UTF-8")
          continue
        }
        sources[document.id] = SourceText(text)
        sourcePaths[document.id] = path
      } catch let error as CatalogError {
        if case .unreadableFile(_, let reason) = error {
          log.error(
            row.location("file"), "source file \(Text.quoted(path)) cannot be read: \(reason)")
        }
      } catch {
        log.error(row.location("file"), "source file \(Text.quoted(path)) cannot be read: \(error)")
      }
    }
  }

  /// Duplicate ids and references between the small files (documents, provinces, regions).
  func checkReferenceFiles(_ log: inout DiagnosticLog) {
    Self.checkUnique(documentRows.map { ($0.0, $0.1.id) }, "document", &log)
    Self.checkUnique(provinceRows.map { ($0.0, $0.1.id) }, "province", &log)
    Self.checkUnique(indicatorRows.map { ($0.0, $0.1.id) }, "indicator", &log)
    Self.checkUnique(
      regionRows.map { ($0.0, "\($0.1.id)@\($0.1.geography)") }, "region and geography", &log)
    for (row, document) in documentRows where !geoIDs.contains(document.geo) {
      unknown("geo", document.geo, among: Array(geoIDs), what: "province or region", row, &log)
    }
    for (row, province) in provinceRows {
      if let region = province.region, !regionIDs.contains(region) {
        unknown("region", region, among: Array(regionIDs), what: "region", row, &log)
      }
      if let successor = province.successor, !provinceIDs.contains(successor) {
        unknown("successor", successor, among: Array(provinceIDs), what: "province", row, &log)
      }
      if province.successor != nil && province.validTo == nil {
        log.error(row.location("valid_to"), "a province with a successor needs a 'valid_to' date")
      }
    }
  }

  private static func checkUnique(
    _ rows: [(RowReader, String)], _ what: String, _ log: inout DiagnosticLog
  ) {
    var first: [String: Int] = [:]
    for (row, id) in rows {
      if let line = first[id] {
        log.error(
          row.location("id"),
          "duplicate \(what) id \(Text.quoted(id)) (first defined on line \(line))")
      } else {
        first[id] = row.rowLocation.line
      }
    }
  }

  private func unknown(
    _ column: String, _ value: String, among ids: [String], what: String, _ row: RowReader,
    _ log: inout DiagnosticLog, advice: String = ""
  ) {
    // A reference to a row that has its own errors, or into a file that could not be read,
    // is not a second mistake: the first error already says what to fix.
    if unusable.ids.contains(value) || unusable.columns.contains(column) { return }
    let hint = Text.nearest(to: value, in: ids.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
    log.error(row.location(column), "unknown \(what) \(Text.quoted(value))\(hint)\(advice)")
  }

  /// Checks a target's id, geo, indicator, unit, document and quote; nil if any is wrong.
  mutating func check(_ target: Target, _ row: RowReader, _ log: inout DiagnosticLog) -> Target? {
    var ok = unique(target.id, &seenTargetIDs, "target", row, &log)
    ok = checkGeoAndIndicator(target.geo, target.indicator, target.unit, row, &log) && ok
    guard let document = documents[target.provenance.source] else {
      unknown(
        "document", target.provenance.source, among: Array(documents.keys),
        what: "document", row, &log)
      return nil
    }
    ok = checkQuote(target.provenance.quote, in: document, row, &log) && ok
    guard ok else { return nil }
    var target = target
    if row.text("confidence").isEmpty { target.provenance.confidence = document.confidence }
    return target
  }

  /// Checks an observation's id, geo, indicator, unit and source (a document id or a URL).
  mutating func check(_ observation: Observation, _ row: RowReader, _ log: inout DiagnosticLog)
    -> Observation?
  {
    var ok = unique(observation.id, &seenObservationIDs, "observation", row, &log)
    ok =
      checkGeoAndIndicator(
        observation.geo, observation.indicator, observation.unit, row, &log) && ok
    let source = observation.provenance.source
    if let document = documents[source] {
      ok = checkQuote(observation.provenance.quote, in: document, row, &log, column: "quote") && ok
    } else if !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
      unknown(
        "source", source, among: Array(documents.keys), what: "source", row, &log,
        advice: ": use a document id or an http(s) URL")
      ok = false
    }
    return ok ? observation : nil
  }

  private func unique(
    _ id: String, _ seen: inout [String: Int], _ what: String, _ row: RowReader,
    _ log: inout DiagnosticLog
  ) -> Bool {
    if let line = seen[id] {
      log.error(
        row.location("id"),
        "duplicate \(what) id \(Text.quoted(id)) (first defined on line \(line))")
      return false
    }
    seen[id] = row.rowLocation.line
    return true
  }

  private func checkGeoAndIndicator(
    _ geo: String, _ indicatorID: String, _ unit: Unit, _ row: RowReader,
    _ log: inout DiagnosticLog
  ) -> Bool {
    var ok = true
    if !geoIDs.contains(geo) {
      unknown("geo", geo, among: Array(geoIDs), what: "province or region", row, &log)
      ok = false
    }
    guard let indicator = indicators[indicatorID] else {
      unknown("indicator", indicatorID, among: Array(indicators.keys), what: "indicator", row, &log)
      return false
    }
    if indicator.unit != unit {
      log.error(
        row.location("unit"),
        "unit '\(unit.rawValue)' does not match indicator \(Text.quoted(indicator.id)),"
          + " which is measured in '\(indicator.unit.rawValue)'")
      ok = false
    }
    return ok
  }

  private func checkQuote(
    _ quote: String, in document: Document, _ row: RowReader, _ log: inout DiagnosticLog,
    column: String = "quote"
  ) -> Bool {
    guard let source = sources[document.id], let path = sourcePaths[document.id] else {
      return true  // a document known only by URL: the quote cannot be checked here
    }
    if source.lines(of: quote) != nil { return true }
    var message = "quote not found in \(Text.quoted(path)) (compared with white space collapsed)"
    if let partial = source.longestMatchingPrefix(of: quote), partial.prefix.count >= 8 {
      let tail = String(partial.prefix.suffix(30))
      message += "; it matches up to '…\(tail)' on line \(partial.line)"
    }
    log.error(row.location(column), message)
    return false
  }
}

/// Ids whose rows had errors, and reference columns whose whole file could not be read: a
/// reference to them is not reported again.
struct Unusable {
  var ids: Set<String> = []
  /// Reference columns (`geo`, `indicator`, `document`, `source`, `region`, `successor`)
  /// pointing into a file that could not be read at all.
  var columns: Set<String> = []
}
