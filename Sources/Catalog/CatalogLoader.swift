import Foundation
import Support

/// A catalog that loaded without errors, with the warnings found on the way.
public struct LoadedCatalog: Sendable {
  /// The validated catalog.
  public var catalog: Catalog
  /// The warnings found, located as `file:line:column`; none is an error.
  public var warnings: [Diagnostic]
}

/// Loads a dataset directory (see docs/data.md) and validates it in one pass.
public enum CatalogLoader {
  /// Reads every file of the dataset directory, decodes and cross-checks it.
  ///
  /// Targets and observations are decoded as their files are read (the rows are never held
  /// all at once) and their quotes are checked in batches per source document.
  /// - Parameters:
  ///   - directory: the dataset directory.
  ///   - displayPath: how messages name the directory (`datasets`).
  /// - Returns: the catalog and its warnings.
  /// - Throws: `CatalogError.invalidData` with every error and warning, in file order.
  /// - Complexity: O(n) in the size of the files, expected.
  public static func load(
    from directory: URL, displayPath: String, extraTargets: (url: URL, displayPath: String)? = nil
  ) throws -> LoadedCatalog {
    var log = DiagnosticLog()
    let base = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
    let files = DatasetFiles(directory: directory, base: base)

    var unusable = Unusable()
    func decode<T>(
      _ name: String, _ schema: Schema, columns: [String],
      _ decoder: (RowReader, inout DiagnosticLog) -> T?
    ) -> [(RowReader, T)] {
      guard let read = files.rows(name, schema, &log) else {
        unusable.columns.formUnion(columns)
        return []
      }
      unusable.ids.formUnion(read.rejectedIDs)
      return read.rows.compactMap { row in
        guard let value = decoder(row, &log) else {
          unusable.ids.insert(row.text(.id))
          return nil
        }
        return (row, value)
      }
    }
    let documents = decode(
      "documents.csv", Schemas.documents, columns: ["document", "source"], RecordDecoding.document)
    let provinces = decode(
      "provinces.csv", Schemas.provinces, columns: ["geo", "successor"], RecordDecoding.province)
    let regions = decode(
      "regions.csv", Schemas.regions, columns: ["geo", "region"], RecordDecoding.region)
    let indicators = decode(
      "indicators.csv", Schemas.indicators, columns: ["indicator"], RecordDecoding.indicator)

    var references = References(
      documents: documents, provinces: provinces, regions: regions, indicators: indicators,
      sourcesDirectory: directory.appendingPathComponent("sources"),
      sourcesPath: "\(base)/sources", unusable: unusable)
    references.checkReferenceFiles(&log)

    // Targets and observations are independent: they are read on two threads, each with its
    // own copy of the references and its own log (merged in file order below).
    let observationJob = Concurrent { [references] in
      var references = references
      var log = DiagnosticLog()
      let observations = readObservations(files, &references, &log)
      return (observations, log)
    }
    var targets = readTargets(files, "targets.csv", &references, &log)
    TargetConsistency.check(targets, &log)
    QuoteRules.check(
      targets,
      documents: Dictionary(documents.map { ($0.1.id, $0.1) }, uniquingKeysWith: { a, _ in a }),
      &log)
    if let extra = extraTargets {
      // what-if targets are meant to differ from the dataset's: checked among themselves only
      let extraFiles = DatasetFiles(directory: extra.url.deletingLastPathComponent(), base: "")
      references.acceptsImpliedDrafts = true
      let added = readTargets(
        extraFiles, extra.url.lastPathComponent, displayPath: extra.displayPath, &references,
        &log)
      TargetConsistency.check(added, &log)
      targets += added
    }
    let (observations, observationLog) = observationJob.wait()
    log.append(contentsOf: observationLog.entries)
    let (sources, sourceProblems) = references.sources.finish()
    log.append(contentsOf: sourceProblems)

    let catalog = Catalog(
      documents: documents.map(\.1) + references.impliedDrafts, provinces: provinces.map(\.1),
      regions: regions.map(\.1),
      indicators: indicators.map(\.1), targets: targets, observations: observations,
      sources: sources, directory: base)
    let all = log.sorted
    if log.hasErrors { throw CatalogError.invalidData(all) }
    return LoadedCatalog(catalog: catalog, warnings: all)
  }

  /// The targets of one file, in file order; those with errors are logged and left out.
  private static func readTargets(
    _ files: DatasetFiles, _ name: String, displayPath: String? = nil,
    _ references: inout References, _ log: inout DiagnosticLog
  ) -> [Target] {
    readRecords(
      files, name, Schemas.targets, displayPath: displayPath, targets: true, &references, &log,
      decode: RecordDecoding.target,
      check: { references, target, row, log, output in
        references.check(target, row, &log, output: output)
      })
  }

  /// The observations, in file order; those with errors are logged and left out.
  private static func readObservations(
    _ files: DatasetFiles, _ references: inout References, _ log: inout DiagnosticLog
  ) -> [Observation] {
    readRecords(
      files, "observations.csv", Schemas.observations, optional: true, targets: false,
      &references, &log, decode: RecordDecoding.observation,
      check: { references, observation, row, log, output in
        references.check(observation, row, &log, output: output)
      })
  }

  /// The records of one file, streamed, decoded and checked against `references`, in file
  /// order; those with errors (including quotes not found in their source, checked in
  /// batches) are logged and left out. If the file turns out to be unusable part-way, what
  /// it had added to `references` is rolled back.
  private static func readRecords<Record>(
    _ files: DatasetFiles, _ name: String, _ schema: Schema, optional: Bool = false,
    displayPath: String? = nil, targets: Bool, _ references: inout References,
    _ log: inout DiagnosticLog,
    decode: (RowReader, inout DiagnosticLog) -> Record?,
    check: (inout References, Record, RowReader, inout DiagnosticLog, Int) -> Record?
  ) -> [Record] {
    var records: [Record] = []
    var references2 = references
    references2.mark()
    files.stream(
      name, schema, &log, optional: optional, displayPath: displayPath,
      expect: { rows in
        records.reserveCapacity(rows)
        references2.expect(rows, targets: targets)
      },
      rollback: {
        records = []
        references2.rollback()
      },
      { row, log in
        guard let record = decode(row, &log),
          let checked = check(&references2, record, row, &log, records.count)
        else { return }
        records.append(checked)
      })
    records.remove(at: references2.takeFailedQuotes(&log))
    references = references2
    return records
  }
}

extension Array {
  /// Removes the elements at `offsets` (ascending).
  mutating func remove(at offsets: [Int]) {
    guard !offsets.isEmpty else { return }
    var next = 0
    var kept = 0
    for index in indices {
      if next < offsets.count && offsets[next] == index {
        next += 1
        continue
      }
      swapAt(kept, index)
      kept += 1
    }
    removeSubrange(kept...)
  }
}
