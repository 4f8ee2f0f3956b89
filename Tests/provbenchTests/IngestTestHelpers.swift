import Foundation
import Support
import TestSupport

/// What the ingest tests share: review sheets read and decided, directory snapshots.
enum IngestFixture {
  /// The review sheet's rows, fields by column name.
  static func rows(_ sheet: URL) throws -> [[String: String]] {
    let table = try CSVReader.read(contentsOf: sheet, displayPath: sheet.lastPathComponent)
    return table.records.map { record in
      Dictionary(zip(table.header, record.fields), uniquingKeysWith: { a, _ in a })
    }
  }

  /// Writes `decide(row)` (accept, edit, reject or nil for none) into each row's decision, as
  /// a reviewer would in a spreadsheet; `edit` may change other fields too.
  static func decide(
    _ sheet: URL, _ decide: (inout [String: String]) -> Void
  ) throws {
    let table = try CSVReader.read(contentsOf: sheet, displayPath: sheet.lastPathComponent)
    var text = CSVWriter.row(table.header)
    for record in table.records {
      var row = Dictionary(zip(table.header, record.fields), uniquingKeysWith: { a, _ in a })
      decide(&row)
      text += CSVWriter.row(table.header.map { row[$0] ?? "" })
    }
    try text.write(to: sheet, atomically: true, encoding: .utf8)
  }

  /// Every file under `directory` and its bytes, by relative path.
  static func snapshot(_ directory: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    let base = directory.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
    for case let path as String in walker {
      var isDirectory: ObjCBool = false
      let full = base + "/" + path
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      out[path] = FileManager.default.contents(atPath: full)
    }
    return out
  }

  /// Writes `text` to `name` in `directory` and returns the file.
  @discardableResult
  static func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  /// An executable shell script `name` in `directory` (a stand-in for a Debian program).
  static func fakeProgram(_ name: String, _ script: String, in directory: URL) throws {
    let url = try write("#!/bin/sh\n" + script + "\n", name, in: directory)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
  }

  /// A short plan with three targets on three lines, in Vietnamese with diacritics.
  static let planLines = [
    "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
    "KẾ HOẠCH",
    "Phát triển kinh tế số và xã hội số đến năm 2030",
    "",
    "I. MỤC TIÊU",
    "1. Mục tiêu đến năm 2030",
    "- Tỷ trọng kinh tế số đạt tối thiểu 25% GRDP.",
    "- Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.",
    "- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 9,5%/năm.",
  ]

  /// The three targets of `planLines`: indicator and value.
  static let planTargets: Set<String> = [
    "digital_economy_share_grdp 25", "online_public_service_usage 80", "grdp_growth_rate 9.5",
  ]
}
