import Foundation
import Support

/// Appends reviewed rows to a dataset directory: targets to `targets.csv`, observations to
/// `observations.csv`, their documents to `documents.csv`, never twice, and only if the
/// resulting dataset loads without errors (what `catalog validate` checks, quotes in their
/// sources included).
///
/// The whole directory is staged (`StagedDirectory`) and swapped into place in one step, so a
/// reader sees the dataset before or after the addition, never a mix of its files.
public enum CatalogAddition {
  /// The file a row goes to.
  public enum Record: String, Sendable, Hashable {
    /// A row of `targets.csv`.
    case target
    /// A row of `observations.csv`.
    case observation

    /// The file name under the dataset directory.
    public var file: String { self == .target ? "targets.csv" : "observations.csv" }
  }

  /// One row to add: its fields by the column names of its file.
  public struct Row: Sendable, Hashable {
    /// The file it goes to.
    public var record: Record
    /// Fields by column name (`id`, `geo`, `indicator` …); a missing column is written empty.
    public var fields: [String: String]
    /// Where the row came from (a review sheet's line), for the summary.
    public var origin: SourceLocation

    /// A row for `record`'s file, read at `origin`.
    public init(record: Record, fields: [String: String], origin: SourceLocation) {
      self.record = record
      self.fields = fields
      self.origin = origin
    }

    /// The row's `id`.
    public var id: String { fields["id"] ?? "" }
  }

  /// What happened to each row.
  public struct Outcome: Sendable {
    /// The rows appended, in input order.
    public var added: [Row] = []
    /// The rows left out because the dataset already holds them, each with why.
    public var duplicates: [(row: Row, reason: String)] = []
    /// The ids of the documents appended to `documents.csv`.
    public var addedDocuments: [String] = []
    /// The warnings of the resulting dataset.
    public var warnings: [Diagnostic] = []
  }

  /// Adds `rows` and `documents` (`documents.csv` fields by column; only those whose id the
  /// dataset lacks) to the dataset at `directory`.
  /// - Parameters:
  ///   - displayPath: how messages name the directory (`datasets`).
  /// - Returns: what was added and what was skipped as a duplicate.
  /// - Throws: `CatalogError.invalidData` with the resulting dataset's errors (located in its
  ///   files as they would be written), or the current dataset's; `.unreadableFile` when the
  ///   directory cannot be staged or swapped. The dataset is then unchanged.
  public static func add(
    _ rows: [Row], documents: [[String: String]], to directory: URL, displayPath: String
  ) throws -> Outcome {
    let current = try CatalogLoader.load(from: directory, displayPath: displayPath).catalog
    var outcome = Outcome()
    var ids: [Record: Set<String>] = [
      .target: Set(current.targets.map(\.id)), .observation: Set(current.observations.map(\.id)),
    ]
    var keys: [String: String] = [:]
    for target in current.targets {
      keys[
        key(
          .target, target.geo, target.indicator, target.horizon?.csv ?? "",
          target.provenance.source, target.provenance.quote)] = target.id
    }
    for observation in current.observations {
      keys[
        key(
          .observation, observation.geo, observation.indicator,
          observation.firstYear.map { "\($0)-\(observation.year)" } ?? String(observation.year),
          observation.provenance.source, observation.provenance.quote)] = observation.id
    }
    for row in rows {
      let f = row.fields
      let document = row.record == .target ? f["document"] : f["source"]
      let rowKey = key(
        row.record, f["geo"] ?? "", f["indicator"] ?? "", f["year"] ?? "",
        document ?? "", f["quote"] ?? "")
      if ids[row.record, default: []].contains(row.id) {
        outcome.duplicates.append(
          (row, "id \(Text.quoted(row.id)) is already in \(row.record.file)"))
      } else if let existing = keys[rowKey] {
        outcome.duplicates.append(
          (row, "same geo, indicator, year, document and quote as \(Text.quoted(existing))"))
      } else {
        ids[row.record, default: []].insert(row.id)
        keys[rowKey] = row.id
        outcome.added.append(row)
      }
    }
    let known = Set(current.documents.map(\.id))
    var newDocuments: [[String: String]] = []
    for document in documents {
      let id = document["id"] ?? ""
      guard !known.contains(id), !outcome.addedDocuments.contains(id) else { continue }
      // a document nothing added refers to stays out
      let used = outcome.added.contains { ($0.fields["document"] ?? $0.fields["source"]) == id }
      guard used else { continue }
      newDocuments.append(document)
      outcome.addedDocuments.append(id)
    }
    guard !outcome.added.isEmpty || !newDocuments.isEmpty else { return outcome }
    outcome.warnings = try write(outcome.added, newDocuments, to: directory, displayPath)
    return outcome
  }

  /// What makes two rows the same statement: file, geo, indicator, year, document and quote
  /// (white space collapsed, NFC).
  private static func key(
    _ record: Record, _ geo: String, _ indicator: String, _ year: String, _ document: String,
    _ quote: String
  ) -> String {
    [record.rawValue, geo, indicator, year, document, Text.collapsingWhitespace(Text.nfc(quote))]
      .joined(separator: "\u{1F}")
  }

  /// Stages a copy of the dataset, appends, loads the copy and swaps it into place.
  private static func write(
    _ rows: [Row], _ documents: [[String: String]], to directory: URL, _ displayPath: String
  ) throws -> [Diagnostic] {
    let manager = FileManager.default
    // a --data that is a link: the directory it names is replaced, the link stays a link
    let directory = directory.resolvingSymlinksInPath()
    let stage: StagedDirectory
    do {
      stage = try StagedDirectory(for: directory)
    } catch let failure as StagedDirectory.Failure {
      throw CatalogError.unreadableFile(path: displayPath, reason: failure.reason)
    }
    var committed = false
    defer { if !committed { stage.discard() } }
    do {
      for entry in try manager.contentsOfDirectory(atPath: directory.path) {
        try manager.copyItem(
          at: directory.appendingPathComponent(entry), to: stage.url.appendingPathComponent(entry))
      }
    } catch {
      throw CatalogError.unreadableFile(
        path: displayPath, reason: "cannot copy the dataset to stage the addition: \(error)")
    }
    try CSVAppend.append(
      documents, to: stage.url.appendingPathComponent("documents.csv"),
      displayPath: "\(displayPath)/documents.csv", header: Schemas.documents.required + ["sha256"])
    for record in [Record.target, .observation] {
      let selected = rows.filter { $0.record == record }.map(\.fields)
      guard !selected.isEmpty else { continue }
      let schema = record == .target ? Schemas.targets : Schemas.observations
      try CSVAppend.append(
        selected, to: stage.url.appendingPathComponent(record.file),
        displayPath: "\(displayPath)/\(record.file)", header: schema.required + schema.optional)
    }
    // checked where it stands, but named as the files it will replace
    let loaded = try CatalogLoader.load(from: stage.url, displayPath: displayPath)
    do {
      try stage.commit()
      committed = true
    } catch let failure as StagedDirectory.Failure {
      throw CatalogError.unreadableFile(path: displayPath, reason: failure.reason)
    }
    return loaded.warnings
  }
}
