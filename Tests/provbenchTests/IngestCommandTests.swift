import Foundation
import Support
import TestSupport
import Testing

/// `provbench ingest` end to end through the built binary: a PDF with a text layer and a
/// scanned page go through ingest → review sheet → decisions → `catalog add` → `catalog
/// validate`, on a copy of datasets/. The documents are made by the tests themselves.
@Suite struct IngestCommandTests {
  static let pdfTools = ExternalTools.has("pdftotext") && ExternalTools.has("soffice")
  static let ocrTools =
    ExternalTools.has("tesseract") && ExternalTools.has("pdftoppm")
    && ExternalTools.hasVietnameseOCR && ExternalTools.canDrawScans

  @Test(
    .enabled(
      if: pdfTools,
      "needs pdftotext (poppler-utils) and soffice (libreoffice-writer): ./scripts/test installs them"
    ))
  func aPDFWithATextLayerEndsInTheCatalog() throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    // long enough that the targets fall on page 2
    let filler = (1...70).map {
      "\($0). Nội dung quán triệt số \($0) về chuyển đổi số trong cơ quan."
    }
    let lines =
      Array(IngestFixture.planLines[0..<4]) + filler + ["", ""]
      + IngestFixture.planLines[4...]
    let text = try IngestFixture.write(
      lines.joined(separator: "\n") + "\n", "ke-hoach-57.txt", in: scratch)
    let pdf = try ExternalTools.pdf(fromText: text)
    try FileManager.default.removeItem(at: text)
    let review = scratch.appendingPathComponent("review")

    let ingest = try Runner.run(
      ["ingest", pdf.path, "--geo", "Lai Châu", "--data", data.path, "--review", review.path],
      in: scratch)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stderr.contains("ke-hoach-57.pdf: 2 pages, 3 candidates (0 unclassified)"))
    let sourceURL = data.appendingPathComponent("sources/ke-hoach-57.txt")
    let source = try String(contentsOf: sourceURL, encoding: .utf8)
    #expect(source.hasPrefix("=== trang 1 ===\n") && source.contains("\n=== trang 2 ===\n"))
    let sheet = review.appendingPathComponent("ke-hoach-57-review.csv")
    let rows = try IngestFixture.rows(sheet)
    #expect(
      Set(rows.map { "\($0["indicator"] ?? "") \($0["value"] ?? "")" }) == IngestFixture.planTargets
    )
    // page and line cite the stored text: line N of page P is the quote's first line
    let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    for row in rows {
      let page = try #require(row["page"].flatMap { Int($0) })
      let line = try #require(row["line"].flatMap { Int($0) })
      #expect(page == 2)
      let marker = try #require(sourceLines.firstIndex(of: "=== trang \(page) ==="))
      let cited = Text.collapsingWhitespace(String(sourceLines[marker + line]))
      let quote = row["quote"] ?? ""
      #expect(cited.contains(String(quote.prefix(20))), "page \(page) line \(line): \(cited)")
    }
    let html = try String(
      contentsOf: review.appendingPathComponent("ke-hoach-57-review.html"), encoding: .utf8)
    #expect(html.contains("<mark>Tỷ trọng kinh tế số đạt tối thiểu 25% GRDP</mark>"))
    #expect(html.contains("<dt>đề xuất là</dt>\n<dd>mục tiêu (target)</dd>"))
    #expect(html.contains("<title>Rà soát: ke-hoach-57</title>"))
    // Vietnamese names on the page, the ids the sheet holds after them.
    #expect(html.contains("<dd>Tỷ trọng kinh tế số trong GRDP (% GRDP)</dd>"))
    #expect(
      html.contains(
        "<dt>mã chỉ tiêu, đơn vị (ghi trong bảng)</dt>\n"
          + "<dd>digital_economy_share_grdp, percent_of_grdp</dd>"))
    #expect(!html.contains("<dt>chỉ tiêu</dt>\n<dd>digital_economy_share_grdp"))
    // The extractor's reason in Vietnamese; the sheet keeps it in English.
    #expect(html.contains("<dt>lý do</dt>\n<dd>chỉ tiêu theo "))
    #expect(!html.contains("indicator from"))
    #expect(rows.allSatisfy { $0["reason"]?.hasPrefix("indicator from") == true })

    try IngestFixture.decide(sheet) { $0["decision"] = "accept" }
    let add = try Runner.run(["catalog", "add", sheet.path, "--data", data.path], in: scratch)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(
      add.stdout.contains(
        ": 3 rows: 3 added, 0 skipped as duplicates, 0 rejected, 0 left undecided\n"))
    let documents = try String(
      contentsOf: data.appendingPathComponent("documents.csv"), encoding: .utf8)
    let digest = SHA256.hex(try Data(contentsOf: sourceURL))
    #expect(documents.contains(",ke-hoach-57.txt,,vi,primary,") && documents.contains(digest))
    let validate = try Runner.run(["catalog", "validate", "--data", data.path], in: scratch)
    #expect(validate.status == 0 && validate.stdout.contains(": ok: "), "\(validate.stderr)")
    let show = try Runner.run(["catalog", "show", "ke-hoach-57-x01", "--data", data.path])
    #expect(show.status == 0 && show.stdout.contains("Tỷ trọng kinh tế số"))
  }

  /// A PDF whose targets are in a table (LibreOffice's rendering of an HTML table, read back by
  /// `pdftotext -layout`): one candidate per figure cell, results of the `Ước thực hiện` column
  /// as observations, goals of the `Mục tiêu` column as targets, all accepted into the catalog
  /// with their quotes in the stored text.
  @Test(
    .enabled(
      if: pdfTools,
      "needs pdftotext (poppler-utils) and soffice (libreoffice-writer): ./scripts/test installs them"
    ))
  func aPDFWithATableEndsInTheCatalog() throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let rows = [
      ["1", "Tốc độ tăng trưởng GRDP bình quân", "%/năm", "8,0", "10,0"],
      ["2", "GRDP bình quân đầu người", "triệu đồng", "75", "150"],
      ["3", "Tỷ trọng kinh tế số trong GRDP", "%", "20", "≥ 30"],
      ["4", "Số nhà nghiên cứu khoa học trên 1 vạn dân", "người", "8", "12"],
      ["5", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "&lt; 10", "&lt; 5"],
    ]
    let header = """
      <html><head><meta charset="utf-8"></head><body>
      <p>PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030</p>
      <table border="1">
      <tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Ước thực hiện năm 2025</th>
      <th>Mục tiêu năm 2030</th></tr>

      """
    let body = rows.map { "<tr><td>" + $0.joined(separator: "</td><td>") + "</td></tr>\n" }
    let html = header + body.joined() + "</table></body></html>\n"
    let source = try IngestFixture.write(html, "phu-luc.html", in: scratch)
    // through a Writer document: LibreOffice's web layout would print the table on a second
    // page and drop the caption
    let odt = try ExternalTools.libreOffice(convert: source, to: "odt", in: scratch)
    try #require(odt.status == 0, "soffice: \(odt.stderr)")
    let convert = try ExternalTools.libreOffice(
      convert: scratch.appendingPathComponent("phu-luc.odt"), to: "pdf", in: scratch)
    let pdf = scratch.appendingPathComponent("phu-luc.pdf")
    try #require(convert.status == 0, "soffice: \(convert.stderr)")

    let ingest = try Runner.run(
      ["ingest", pdf.path, "--geo", "lai-chau", "--document", "lc-bang", "--data", data.path],
      in: scratch)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let sheet = scratch.appendingPathComponent("lc-bang-review.csv")
    let found = try IngestFixture.rows(sheet)
    let read = found.map { row in
      ["indicator", "year", "comparator", "value", "kind"].map { row[$0] ?? "" }
    }
    #expect(
      read == [
        ["grdp_growth_rate", "2025", "=", "8", "observation"],
        ["grdp_growth_rate", "2030", "=", "10", "target"],
        ["grdp_per_capita", "2025", "=", "75", "observation"],
        ["grdp_per_capita", "2030", "=", "150", "target"],
        ["digital_economy_share_grdp", "2025", "=", "20", "observation"],
        ["digital_economy_share_grdp", "2030", ">=", "30", "target"],
        ["researchers_per_10k", "2025", "=", "8", "observation"],
        ["researchers_per_10k", "2030", "=", "12", "target"],
        ["poverty_rate", "2025", "<", "10", "observation"],
        ["poverty_rate", "2030", "<", "5", "target"],
      ], "\(read)")
    #expect(ingest.stderr.contains("phu-luc.pdf: 1 page, 10 candidates (0 unclassified)"))
    #expect(found.allSatisfy { $0["page"] == "1" })
    // an observation cannot be a bound (`< 10` in 2025): catalog add says so and writes
    // nothing, so the analyst rejects it (or edits it to a figure a source gives)
    try IngestFixture.decide(sheet) { $0["decision"] = "accept" }
    let bound = try Runner.run(["catalog", "add", sheet.path, "--data", data.path], in: scratch)
    #expect(bound.status == 65)
    #expect(bound.stderr.contains("error: invalid comparator '<' for an observation"))
    try IngestFixture.decide(sheet) { row in
      row["decision"] =
        row["kind"] == "observation" && row["comparator"] == "<" ? "reject" : "accept"
    }
    let add = try Runner.run(["catalog", "add", sheet.path, "--data", data.path], in: scratch)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(
      add.stdout.contains(": 10 rows: 9 added, 0 skipped as duplicates, 1 rejected"),
      "\(add.stdout)")
    let validate = try Runner.run(["catalog", "validate", "--data", data.path], in: scratch)
    #expect(validate.status == 0 && validate.stdout.contains(": ok: "), "\(validate.stderr)")
    let stored = Text.collapsingWhitespace(
      try String(
        contentsOf: data.appendingPathComponent("sources/lc-bang.txt"), encoding: .utf8))
    for row in found { #expect(stored.contains(row["quote"] ?? "\u{0}"), "\(row)") }
  }

  /// A page drawn at 300 dpi with noise, as a PNG and as a PDF without a text layer (the PDF
  /// page is rasterised and read by OCR like the image).
  @Test(
    .enabled(
      if: ocrTools,
      "needs tesseract-ocr, tesseract-ocr-vie, poppler-utils, pillow and fonts-dejavu-core: ./scripts/test installs them"
    ),
    arguments: ["scan.png", "scan.pdf"])
  func aScannedPageEndsInTheCatalog(_ name: String) throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let scan = scratch.appendingPathComponent(name)
    try ExternalTools.scan(IngestFixture.planLines, to: scan)
    let ingest = try Runner.run(
      ["ingest", name, "--geo", "lai-chau", "--document", "lc-scan", "--data", data.path],
      in: scratch)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stderr.contains("\(name): 1 page (1 read by OCR), "))
    let sheet = scratch.appendingPathComponent("lc-scan-review.csv")
    let rows = try IngestFixture.rows(sheet)
    let found = Set(rows.map { "\($0["indicator"] ?? "") \($0["value"] ?? "")" })
    #expect(found.isSuperset(of: IngestFixture.planTargets), "\(found)")
    try IngestFixture.decide(sheet) { row in
      row["decision"] = row["indicator"] == "unclassified" ? "reject" : "accept"
    }
    let add = try Runner.run(["catalog", "add", sheet.path, "--data", data.path], in: scratch)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains(" added, 0 skipped as duplicates, "))
    let validate = try Runner.run(["catalog", "validate", "--data", data.path], in: scratch)
    #expect(validate.status == 0, "\(validate.stderr)")
    // and, independently of the validator, each quote is in the stored text
    let stored = Text.collapsingWhitespace(
      try String(
        contentsOf: data.appendingPathComponent("sources/lc-scan.txt"), encoding: .utf8))
    for row in rows where row["indicator"] != "unclassified" {
      #expect(stored.contains(row["quote"] ?? "\u{0}"))
    }
  }

  @Test(arguments: [
    ("plan.pdf", "pdftotext", "poppler-utils"), ("scan.png", "tesseract", "tesseract-ocr"),
  ])
  func aMissingProgramStopsBeforeAnythingIsWritten(
    _ name: String, _ program: String, _ package: String
  ) throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    try IngestFixture.write("not really a document", name, in: scratch)
    let emptyPath = scratch.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: emptyPath, withIntermediateDirectories: true)
    let before = IngestFixture.snapshot(scratch)
    let run = try Runner.run(
      ["ingest", name, "--geo", "lai-chau", "--data", data.path], in: scratch,
      environment: ["PATH": emptyPath.path])
    #expect(run.status == 69)
    #expect(
      run.stderr
        == "error: '\(program)' not found on PATH: install Debian's \(package) (apt-get install"
        + " \(package))\n")
    #expect(IngestFixture.snapshot(scratch) == before)
  }

  /// Stand-ins for the Debian programs: one that fails, a tesseract without Vietnamese, a
  /// PDF page without text when pdftoppm is missing.
  @Test func failingProgramsAndMissingPiecesAreReported() throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let bin = scratch.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try IngestFixture.write("%PDF-1.4", "broken.pdf", in: scratch)
    try IngestFixture.write("png", "scan.png", in: scratch)
    func ingest(_ file: String) throws -> Run {
      try Runner.run(
        ["ingest", file, "--geo", "lai-chau", "--data", data.path], in: scratch,
        environment: ["PATH": bin.path])
    }
    try IngestFixture.fakeProgram(
      "pdftotext", "echo 'Syntax Error: Couldn'\"'\"'t find trailer dictionary' >&2; exit 1",
      in: bin)
    try IngestFixture.fakeProgram(
      "tesseract", "echo 'List of available languages (2):'; echo eng; echo osd", in: bin)
    let before = IngestFixture.snapshot(scratch)
    let broken = try ingest("broken.pdf")
    #expect(broken.status == 65)
    #expect(
      broken.stderr
        == "broken.pdf:1:1: error: pdftotext failed (exit status 1): Syntax Error: Couldn't find"
        + " trailer dictionary\n")
    let noVietnamese = try ingest("scan.png")
    #expect(noVietnamese.status == 69)
    #expect(
      noVietnamese.stderr
        == "error: tesseract has no 'vie' language data: install Debian's tesseract-ocr-vie"
        + " (apt-get install tesseract-ocr-vie)\n")
    // a page without text needs OCR: pdftoppm is then required
    try IngestFixture.fakeProgram("pdftotext", "printf '   \\f'", in: bin)
    let noRasteriser = try ingest("broken.pdf")
    #expect(noRasteriser.status == 69 && noRasteriser.stderr.contains("'pdftoppm' not found"))
    #expect(
      IngestFixture.snapshot(scratch).filter { !$0.key.hasPrefix("bin/") }
        == before.filter { !$0.key.hasPrefix("bin/") })
  }
}
