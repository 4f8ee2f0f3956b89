import Foundation
import Support

/// The ids that targets and observations may refer to, and the source texts of documents;
/// checks each reference where it is written, so messages point at the right column.
struct References {
  /// The documents' source texts, read when a quote first needs one (see `SourceStore`).
  let sources: SourceStore
  private var documents: [String: Document]
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
  /// Ids first seen since `mark()` (and whether they are target ids), so that a file found
  /// unreadable can be undone.
  private var journal: [(id: String, isTarget: Bool)]?
  /// Where the last quote of each document was found: the next is looked for from there.
  private var quoteCursors: [String: Int] = [:]
  /// Quotes waiting to be checked, by document, besides the batch being added to.
  private var quoteBatches: [String: [PendingQuote]] = [:]
  /// The batch being added to: consecutive rows usually quote the same document.
  private var batchID: String?
  private var batch: [PendingQuote] = []
  /// The batch is checked when it holds this many quotes (about a quarter of the text).
  private var batchLimit = 0
  /// The last document found to have no source text.
  private var lastWithoutSource: String?
  private var lastDocument: Document?
  private var lastGeo: String?
  /// Outputs whose quote was not found, since the last `takeFailedQuotes()`.
  private var failedQuotes: [Int] = []
  /// Whether a target may name the draft document `draft-<geo>-<year>` that `provbench draft`
  /// writes, without a row for it in documents.csv (a what-if file of draft rows as they are).
  var acceptsImpliedDrafts = false
  /// The draft documents so implied, in the order first named.
  private(set) var impliedDrafts: [Document] = []

  init(
    documents: [(RowReader, Document)], provinces: [(RowReader, Province)],
    regions: [(RowReader, Region)], indicators: [(RowReader, Indicator)],
    sourcesDirectory: URL, sourcesPath: String, unusable: Unusable
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
    sources = SourceStore(
      documents: documents, directory: sourcesDirectory, path: sourcesPath)
  }

  /// Duplicate ids and references between the small files (documents, provinces, regions).
  func checkReferenceFiles(_ log: inout DiagnosticLog) {
    Self.checkUnique(documentRows.map { ($0.0, $0.1.id) }, "document", &log)
    Self.checkUnique(provinceRows.map { ($0.0, $0.1.id) }, "province", &log)
    Self.checkUnique(indicatorRows.map { ($0.0, $0.1.id) }, "indicator", &log)
    Self.checkUnique(
      regionRows.map { ($0.0, "\($0.1.id)@\($0.1.geography)") }, "region and geography", &log)
    for (row, document) in documentRows where !geoIDs.contains(document.geo) {
      unknown(.geo, document.geo, among: Array(geoIDs), what: "province or region", row, &log)
    }
    for (row, province) in provinceRows {
      if let region = province.region, !regionIDs.contains(region) {
        unknown(.region, region, among: Array(regionIDs), what: "region", row, &log)
      }
      if let successor = province.successor, !provinceIDs.contains(successor) {
        unknown(.successor, successor, among: Array(provinceIDs), what: "province", row, &log)
      }
      if province.successor != nil && province.validTo == nil {
        log.error(row.location(.validTo), "a province with a successor needs a 'valid_to' date")
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
          row.location(.id),
          "duplicate \(what) id \(Text.quoted(id)) (first defined on line \(line))")
      } else {
        first[id] = row.line
      }
    }
  }

  private func unknown(
    _ column: Column, _ value: String, among ids: [String], what: String, _ row: RowReader,
    _ log: inout DiagnosticLog, advice: String = ""
  ) {
    // A reference to a row that has its own errors, or into a file that could not be read,
    // is not a second mistake: the first error already says what to fix.
    if unusable.ids.contains(value) || unusable.columns.contains(column.name) { return }
    let hint = Text.nearest(to: value, in: ids.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
    log.error(row.location(column), "unknown \(what) \(Text.quoted(value))\(hint)\(advice)")
  }

  /// Checks a target's id, geo, indicator, unit and document; nil if any is wrong. Its quote
  /// is queued and checked in batches (see `takeFailedQuotes`): if it is not found, the
  /// target, returned here as the caller's `output`-th value, must be dropped.
  mutating func check(
    _ target: Target, _ row: RowReader, _ log: inout DiagnosticLog, output: Int
  ) -> Target? {
    var ok = unique(target.id, isTarget: true, row, &log)
    ok = checkGeoAndIndicator(target.geo, target.indicator, target.unit, row, &log) && ok
    guard let document = document(target.provenance.source) ?? impliedDraft(for: target) else {
      unknown(
        .document, target.provenance.source, among: Array(documents.keys),
        what: "document", row, &log)
      return nil
    }
    queueQuote(target.provenance.quote, in: document, row, output: ok ? output : -1, &log)
    guard ok else { return nil }
    var target = target
    if row.text(.confidence).isEmpty { target.provenance.confidence = document.confidence }
    return target
  }

  /// Checks an observation's id, geo, indicator, unit and source (a document id or a URL);
  /// its quote is queued as a target's is.
  mutating func check(
    _ observation: Observation, _ row: RowReader, _ log: inout DiagnosticLog, output: Int
  ) -> Observation? {
    var ok = unique(observation.id, isTarget: false, row, &log)
    ok =
      checkGeoAndIndicator(
        observation.geo, observation.indicator, observation.unit, row, &log) && ok
    let source = observation.provenance.source
    if let document = document(source) {
      queueQuote(
        observation.provenance.quote, in: document, row, output: ok ? output : -1, &log)
    } else if !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
      unknown(
        .source, source, among: Array(documents.keys), what: "source", row, &log,
        advice: ": use a document id or an http(s) URL")
      ok = false
    }
    return ok ? observation : nil
  }

  /// The draft document a what-if row of `provbench draft` names (`draft-<geo>-<year>`), made
  /// from the row when the draft's documents.csv row is not at hand; nil for any other id.
  private mutating func impliedDraft(for target: Target) -> Document? {
    guard acceptsImpliedDrafts, let year = target.horizon?.year,
      target.provenance.source == Document.draftID(province: target.geo, year: year)
    else { return nil }
    let draft = Document(
      id: target.provenance.source, geo: target.geo, issuer: "provbench draft", number: "",
      date: "", kind: .draft, title: "Dự thảo mục tiêu đến năm \(year)", implements: [],
      file: nil, url: nil, language: "vi", confidence: .primary,
      note: "a draft read from a what-if file of target rows", status: .draft)
    documents[draft.id] = draft
    impliedDrafts.append(draft)
    return draft
  }

  /// The document with this id (the last one asked for is kept: rows come in runs).
  private mutating func document(_ id: String) -> Document? {
    if let last = lastDocument, last.id == id { return last }
    lastDocument = documents[id]
    return lastDocument
  }

  private mutating func unique(
    _ id: String, isTarget: Bool, _ row: RowReader, _ log: inout DiagnosticLog
  ) -> Bool {
    let earlier =
      isTarget
      ? seenTargetIDs.updateValue(row.line, forKey: id)
      : seenObservationIDs.updateValue(row.line, forKey: id)
    guard let line = earlier else {
      journal?.append((id, isTarget))
      return true
    }
    if isTarget { seenTargetIDs[id] = line } else { seenObservationIDs[id] = line }
    log.error(
      row.location(.id),
      "duplicate \(isTarget ? "target" : "observation") id \(Text.quoted(id))"
        + " (first defined on line \(line))")
    return false
  }

  private mutating func checkGeoAndIndicator(
    _ geo: String, _ indicatorID: String, _ unit: Unit, _ row: RowReader,
    _ log: inout DiagnosticLog
  ) -> Bool {
    var ok = true
    if geo != lastGeo && !geoIDs.contains(geo) {
      unknown(.geo, geo, among: Array(geoIDs), what: "province or region", row, &log)
      ok = false
    } else {
      lastGeo = geo
    }
    guard let indicator = indicators[indicatorID] else {
      unknown(.indicator, indicatorID, among: Array(indicators.keys), what: "indicator", row, &log)
      return false
    }
    if indicator.unit != unit {
      log.error(
        row.location(.unit),
        "unit '\(unit.rawValue)' does not match indicator \(Text.quoted(indicator.id)),"
          + " which is measured in '\(indicator.unit.rawValue)'")
      ok = false
    }
    return ok
  }

  /// Queues `quote` for checking against the document's source text, if it has one.
  private mutating func queueQuote(
    _ quote: String, in document: Document, _ row: RowReader, output: Int,
    _ log: inout DiagnosticLog
  ) {
    let id = document.id
    if id != batchID {
      // a document known only by URL: the quote cannot be checked here
      if id == lastWithoutSource { return }
      guard let (source, _) = sources.text(of: id) else {
        lastWithoutSource = id
        return
      }
      parkBatch(&log)
      batchID = id
      batch = quoteBatches.removeValue(forKey: id) ?? []
      batchLimit = max(1, source.bytes.count / 64)
    }
    batch.append(
      PendingQuote(
        output: output, quote: quote, file: row.file, line: row.line,
        field: row.columns[.quote] ?? 0, positions: row.positions))
    if batch.count >= batchLimit {
      flushQuotes(id, batch, &log)
      batch = []
    }
  }

  /// Sets the current batch aside when the rows move on to another document: checked now if
  /// it is large enough to be worth a pass over the text, kept for later otherwise.
  private mutating func parkBatch(_ log: inout DiagnosticLog) {
    guard let id = batchID else { return }
    if batch.count >= 16 {
      flushQuotes(id, batch, &log)
    } else if !batch.isEmpty {
      quoteBatches[id] = batch
    }
    batch = []
    batchID = nil
  }

  /// Checks the queued quotes of one document, logging those not found.
  private mutating func flushQuotes(
    _ id: String, _ batch: [PendingQuote], _ log: inout DiagnosticLog
  ) {
    guard let (source, path) = sources.text(of: id) else { return }
    let (found, cursor) = source.contains(
      batch.map { Text.collapsedUTF8($0.quote) }, from: quoteCursors[id] ?? 0)
    quoteCursors[id] = cursor
    for (pending, isFound) in zip(batch, found) where !isFound {
      var message = "quote not found in \(Text.quoted(path)) (compared with white space collapsed)"
      if let partial = source.longestMatchingPrefix(of: pending.quote),
        partial.prefix.count >= 8
      {
        let tail = String(partial.prefix.suffix(30))
        message += "; it matches up to '…\(tail)' on line \(partial.line)"
      }
      log.error(pending.location, message)
      if pending.output >= 0 { failedQuotes.append(pending.output) }
    }
  }

  /// Checks every queued quote and returns the outputs (see `check`) whose quote was not
  /// found, in ascending order; the caller drops them. Ends the journal of `mark()`.
  mutating func takeFailedQuotes(_ log: inout DiagnosticLog) -> [Int] {
    parkBatch(&log)
    for id in quoteBatches.keys.sorted() {
      flushQuotes(id, quoteBatches[id] ?? [], &log)
    }
    quoteBatches = [:]
    journal = nil
    defer { failedQuotes = [] }
    return failedQuotes.sorted()
  }

  /// Makes room for about `rows` more target or observation ids.
  mutating func expect(_ rows: Int, targets: Bool) {
    if targets {
      seenTargetIDs.reserveCapacity(seenTargetIDs.count + rows)
    } else {
      seenObservationIDs.reserveCapacity(seenObservationIDs.count + rows)
    }
  }

  /// Starts recording what the next file changes, for `rollback()`.
  mutating func mark() {
    journal = []
  }

  /// Undoes the ids and quotes recorded since `mark()`: the file could not be read after all.
  mutating func rollback() {
    for (id, isTarget) in journal ?? [] {
      if isTarget { seenTargetIDs[id] = nil } else { seenObservationIDs[id] = nil }
    }
    journal = nil
    quoteBatches = [:]
    batch = []
    batchID = nil
    failedQuotes = []
  }
}

/// A quote waiting to be checked, with what its error message needs.
struct PendingQuote {
  /// The index of the checked value in the caller's output, or -1 if it was rejected anyway.
  var output: Int
  var quote: String
  var file: String
  var line: Int
  /// The field index of the `quote` column.
  var field: Int
  var positions: RecordPositions

  var location: SourceLocation {
    RowReader(
      file: file, fields: [], columns: ColumnMap([:]), line: line, positions: positions
    ).location(field: field)
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
