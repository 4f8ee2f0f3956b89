import Catalog
import Foundation
import Support

/// Writes a draft as a complete dataset directory: the base dataset with the draft document,
/// its rationale text and its target rows added, so `provbench catalog validate --data DIR`
/// checks it like any dataset and `--with DIR` runs what-ifs on it.
public enum DraftDataset {
  /// Copies `base` to `directory` and adds `export`.
  /// - Throws: `ReportsError.cannotWrite` if `directory` exists or cannot be written;
  ///   `CatalogError` if the base files cannot be read.
  public static func write(
    _ export: DraftExport, base: URL, to directory: URL, displayPath: String
  ) throws {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: directory.path) else {
      throw ReportsError.cannotWrite(path: displayPath, reason: "it exists; choose a new directory")
    }
    // written whole or not at all, as report sets are (an interrupted run leaves nothing)
    let stage: StagedDirectory
    do {
      stage = try StagedDirectory(for: directory)
    } catch let failure as StagedDirectory.Failure {
      throw ReportsError.cannotWrite(path: displayPath, reason: failure.reason)
    }
    var committed = false
    defer { if !committed { stage.discard() } }
    let staging = stage.url
    do {
      for entry in try manager.contentsOfDirectory(atPath: base.path) {
        try manager.copyItem(
          at: base.appendingPathComponent(entry), to: staging.appendingPathComponent(entry))
      }
    } catch {
      throw ReportsError.cannotWrite(path: displayPath, reason: "cannot copy the dataset")
    }
    try append(
      [export.documentRow], to: staging.appendingPathComponent("documents.csv"),
      order: documentColumns)
    try append(
      export.targetRows, to: staging.appendingPathComponent("targets.csv"),
      order: TargetListing.csvHeader)
    let source = staging.appendingPathComponent("sources").appendingPathComponent(export.sourceFile)
    guard manager.createFile(atPath: source.path, contents: Data(export.sourceText.utf8)) else {
      throw ReportsError.cannotWrite(
        path: "\(displayPath)/sources/\(export.sourceFile)", reason: "cannot write")
    }
    do {
      try stage.commit()
      committed = true
    } catch let failure as StagedDirectory.Failure {
      throw ReportsError.cannotWrite(path: displayPath, reason: failure.reason)
    }
  }

  static let documentColumns = [
    "id", "geo", "issuer", "number", "date", "kind", "title", "implements", "file", "url",
    "language",
    "confidence", "note",
  ]

  /// Appends rows given in `order` to a CSV file, placing fields by the file's own header.
  private static func append(_ rows: [[String]], to url: URL, order: [String]) throws {
    let table = try CatalogError.reading {
      try CSVReader.read(contentsOf: url, displayPath: url.lastPathComponent)
    }
    var text = String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    for row in rows {
      let byName = Dictionary(zip(order, row), uniquingKeysWith: { a, _ in a })
      text += CSVWriter.row(table.header.map { byName[$0] ?? "" })
    }
    guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)) else {
      throw ReportsError.cannotWrite(path: url.path, reason: "cannot write")
    }
  }
}
