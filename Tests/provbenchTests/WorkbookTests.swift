import Foundation
import Support
import TestSupport
import Testing

/// `--format xlsx` writes the command's tidy CSV as a workbook that openpyxl (PyPI, installed
/// by ./scripts/test) reads back with the same values, numbers as numbers.
@Suite struct WorkbookTests {
  static let openpyxl = Python.hasModule("openpyxl")

  /// The values openpyxl reads from `file`, one JSON array per row.
  static func readBack(_ file: URL) throws -> [[Any]] {
    let run = try Python.run(
      """
      import json, sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      ws = wb.active
      assert ws.freeze_panes == "A2", ws.freeze_panes
      assert ws["A1"].font.b, "bold header"
      print(json.dumps([ws.title] + [list(r) for r in ws.iter_rows(values_only=True)]))
      """,
      arguments: [file.path])
    #expect(run.status == 0, "\(run.stderr.suffix(400))")
    return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [Any]).dropFirst()
      .compactMap { $0 as? [Any] }
  }

  @Test(.enabled(if: openpyxl, "needs python3 with openpyxl (./scripts/test installs it)"))
  func gapsAsAWorkbookHoldTheCSVsValues() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("gaps.xlsx")
    let run = try Runner.run(["gaps", "lai-chau", "--format", "xlsx", "--output", file.path])
    #expect(run.status == 0 && run.stdout.isEmpty, "\(run.stderr)")
    let csv = try Runner.run(["gaps", "lai-chau", "--format", "csv"])
    let table = try CSVReader.read(Array(csv.stdout.utf8), file: "gaps.csv")
    let rows = try Self.readBack(file)
    #expect(rows.count == table.records.count + 1)
    #expect(rows.first?.compactMap { $0 as? String } == table.header)
    for (record, row) in zip(table.records, rows.dropFirst()) {
      for (field, value) in zip(record.fields, row) {
        if field.isEmpty {
          #expect(value is NSNull, "\(field)")
        } else if let number = Double(field),
          field == "0" || !field.hasPrefix("0") || field.hasPrefix("0.")
        {
          #expect((value as? NSNumber)?.doubleValue == number, "\(field) → \(value)")
        } else {
          #expect(value as? String == field, "\(field) → \(value)")
        }
      }
    }
    // Vietnamese text intact
    let targets = dir.appendingPathComponent("targets.xlsx")
    #expect(
      try Runner.run([
        "catalog", "targets", "--geo", "lai-chau", "--format", "xlsx", "--output", targets.path,
      ]).status == 0)
    let labels = try Self.readBack(targets).flatMap { $0.compactMap { $0 as? String } }
    #expect(labels.contains { $0.contains("Đến năm 2030") })
  }

  /// `report --format xlsx`: one workbook, a sheet per table of every page.
  @Test(.enabled(if: openpyxl, "needs python3 with openpyxl (./scripts/test installs it)"))
  func theReportAsOneWorkbook() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("report.xlsx")
    let run = try Runner.run(["report", "--format", "xlsx", "--output", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    let read = try Python.run(
      """
      import json, sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      ws = wb["province-lai-chau 1"]
      rows = [list(r) for r in ws.iter_rows(values_only=True)]
      print(json.dumps({"sheets": len(wb.sheetnames), "rows": rows}))
      """,
      arguments: [file.path])
    #expect(read.status == 0, "\(read.stderr.suffix(400))")
    let object = try #require(
      try JSONSerialization.jsonObject(with: read.stdout) as? [String: Any])
    #expect((object["sheets"] as? Int ?? 0) > 14, "a sheet per table of 19 pages")
    let rows = try #require(object["rows"] as? [[Any]])
    let header = rows.first?.compactMap { $0 as? String } ?? []
    #expect(header.first == "Chỉ tiêu", "Vietnamese headers: \(header)")
    #expect(rows.dropFirst().contains { $0.contains { $0 is NSNumber } }, "numbers as numbers")
  }

  /// LibreOffice Calc (Debian's libreoffice-calc, installed by ./scripts/test) opens the
  /// workbook and writes back, as CSV, the same values as the command's own CSV.
  @Test(
    .enabled(
      if: ExternalTools.available("soffice"),
      "needs LibreOffice (./scripts/test installs libreoffice-calc)"))
  func libreOfficeReadsTheWorkbooksValues() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (words, name) in [
      (["gaps", "lai-chau"], "gaps"),
      (["catalog", "targets", "--geo", "thai-nguyen"], "targets"),
    ] {
      let file = dir.appendingPathComponent("\(name).xlsx")
      #expect(try Runner.run(words + ["--format", "xlsx", "--output", file.path]).status == 0)
      // UTF-8, comma, double quotes, values rather than their display
      let convert = try ExternalTools.libreOffice(
        convert: file, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
        in: dir)
      #expect(convert.status == 0, "\(convert.stderr)")
      let back = try CSVReader.read(
        Array(try Data(contentsOf: dir.appendingPathComponent("\(name).csv"))), file: "lo.csv")
      let csv = try Runner.run(words + ["--format", "csv"])
      let table = try CSVReader.read(Array(csv.stdout.utf8), file: "\(name).csv")
      #expect(back.header == table.header)
      #expect(back.records.count == table.records.count)
      for (record, row) in zip(table.records, back.records) {
        for (field, value) in zip(record.fields, row.fields) {
          if let a = Double(field), let b = Double(value) {
            #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(field) → \(value)")
          } else {
            #expect(field == value, "\(field) → \(value)")
          }
        }
      }
    }
  }

  /// LibreOffice Calc opens the report's workbook of many sheets and writes every sheet as CSV
  /// (sheet parameter -1, LibreOffice 7.2 and later), Vietnamese text and numbers intact.
  @Test(
    .enabled(
      if: ExternalTools.available("soffice"),
      "needs LibreOffice (./scripts/test installs libreoffice-calc)"))
  func libreOfficeReadsTheReportWorkbook() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("report.xlsx")
    #expect(try Runner.run(["report", "--format", "xlsx", "--output", file.path]).status == 0)
    let convert = try ExternalTools.libreOffice(
      convert: file,
      to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      in: dir)
    #expect(convert.status == 0, "\(convert.stderr)")
    let sheets = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.hasSuffix(".csv")
    }
    #expect(sheets.count > 14, "a CSV per sheet: \(sheets.count)")
    let profile = try #require(sheets.first { $0.contains("province-lai-chau 1") })
    let table = try CSVReader.read(
      Array(try Data(contentsOf: dir.appendingPathComponent(profile))), file: profile)
    #expect(table.header.first == "Chỉ tiêu")
    #expect(table.records.contains { $0.fields.first == "Tỷ trọng kinh tế số trong GRDP (% GRDP)" })
  }

  @Test func aWorkbookIsNeverWrittenToATerminalOrWithoutItsFormat() throws {
    let misplaced = try Runner.run(["gaps", "lai-chau", "--output", "x.xlsx"])
    #expect(misplaced.status == 64 && misplaced.stderr.hasPrefix("error: '--output' goes with"))
    // to a pipe (not a terminal) the bytes go to standard output: a ZIP
    let piped = try Runner.run([
      "rank", "--indicator", "digital_economy_share_grdp", "--format", "xlsx",
    ])
    #expect(piped.status == 0 && piped.stdout.hasPrefix("PK"))
  }

  @Test func crc32AndZipBasics() throws {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    let zip = try ZipWriter.archive([ZipWriter.Entry(path: "a.txt", data: Array("hi".utf8))])
    #expect(Array(zip.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    #expect(Array(zip.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
  }
}
