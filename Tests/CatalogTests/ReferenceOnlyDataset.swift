import Foundation

/// A dataset directory with the shipped reference files (provinces, regions, indicators) and
/// empty documents and targets, for tests that load a few observation rows of their own.
enum ReferenceOnlyDataset {
  static let observationsHeader =
    "id,geo,indicator,unit,year,comparator,value,source,section,quote,confidence,note\n"

  /// A new directory (the caller removes it) holding the reference files and empty tables.
  static func make(_ prefix: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets")
    for file in ["provinces.csv", "regions.csv", "indicators.csv"] {
      try FileManager.default.copyItem(
        at: shipped.appendingPathComponent(file), to: dir.appendingPathComponent(file))
    }
    try "id,geo,issuer,number,date,kind,title,implements,file,url,language,confidence,note\n"
      .write(to: dir.appendingPathComponent("documents.csv"), atomically: true, encoding: .utf8)
    try
      "id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,label,note\n"
      .write(to: dir.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
    return dir
  }

  /// Writes `rows` (CSV lines after the header) as the directory's observations.csv.
  static func writeObservations(_ rows: String, in dir: URL) throws {
    try (observationsHeader + rows).write(
      to: dir.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
  }
}
