import Foundation

/// A catalog that loaded without errors, with the warnings found on the way.
public struct LoadedCatalog: Sendable {
  public var catalog: Catalog
  public var warnings: [Diagnostic]
}

/// Loads a dataset directory (see docs/data.md) and validates it in one pass.
public enum CatalogLoader {
  /// Reads every file of the dataset directory, decodes and cross-checks it.
  /// - Parameters:
  ///   - directory: the dataset directory.
  ///   - displayPath: how messages name the directory (`datasets`).
  /// - Returns: the catalog and its warnings.
  /// - Throws: `CatalogError.invalidData` with every error and warning, in file order.
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
          unusable.ids.insert(row.text("id"))
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
      sourcesPath: "\(base)/sources", unusable: unusable, &log)
    references.checkReferenceFiles(&log)

    var targetRows = files.rows("targets.csv", Schemas.targets, &log)?.rows ?? []
    if let extra = extraTargets {
      let extraFiles = DatasetFiles(directory: extra.url.deletingLastPathComponent(), base: "")
      targetRows +=
        extraFiles.rows(
          extra.url.lastPathComponent, Schemas.targets, &log, displayPath: extra.displayPath)?.rows
        ?? []
    }
    let targets = targetRows.compactMap { row in
      RecordDecoding.target(row, &log).flatMap { references.check($0, row, &log) }
    }
    let observationRows =
      files.rows("observations.csv", Schemas.observations, &log, optional: true)?.rows ?? []
    let observations = observationRows.compactMap { row in
      RecordDecoding.observation(row, &log).flatMap { references.check($0, row, &log) }
    }
    TargetConsistency.check(targets, &log)

    let catalog = Catalog(
      documents: documents.map(\.1), provinces: provinces.map(\.1), regions: regions.map(\.1),
      indicators: indicators.map(\.1), targets: targets, observations: observations,
      sources: references.sources, directory: base)
    let all = log.sorted
    if log.hasErrors { throw CatalogError.invalidData(all) }
    return LoadedCatalog(catalog: catalog, warnings: all)
  }
}

/// Opens the CSV files of a dataset directory, logging unreadable ones.
struct DatasetFiles {
  let directory: URL
  let base: String

  /// The rows of one file, or nil if the file could not be used at all (the log says why).
  func rows(
    _ name: String, _ schema: Schema, _ log: inout DiagnosticLog, optional: Bool = false,
    displayPath: String? = nil
  ) -> ReadRows? {
    let url = directory.appendingPathComponent(name)
    let path = displayPath ?? "\(base)/\(name)"
    if optional && !FileManager.default.fileExists(atPath: url.path) {
      return ReadRows(rows: [], rejectedIDs: [])
    }
    do {
      return try CSVReader.read(contentsOf: url, displayPath: path).rows(schema, &log)
    } catch let error as CatalogError {
      if case .unreadableFile(_, let reason) = error {
        log.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file: \(reason)")
      } else {
        log.append(contentsOf: error.diagnostics)
      }
    } catch {
      log.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file: \(error)")
    }
    return nil
  }
}
