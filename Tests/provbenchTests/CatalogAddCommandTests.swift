import Foundation
import Support
import TestSupport
import Testing

/// `provbench catalog add` and the parts of `ingest` that need no external program (a `.txt`
/// document), through the built binary on a copy of datasets/.
@Suite struct CatalogAddCommandTests {
  /// A copy of datasets/ with `planLines` ingested as document `lc-txt`; the sheet's URL.
  static func ingested(_ extra: [String] = []) throws -> (scratch: URL, data: URL, sheet: URL) {
    let (scratch, data) = try ExternalTools.datasetCopy()
    try IngestFixture.write(
      (IngestFixture.planLines + extra).joined(separator: "\n") + "\n", "plan.txt", in: scratch)
    let run = try Runner.run(
      ["ingest", "plan.txt", "--geo", "lai-chau", "--document", "lc-txt", "--data", data.path],
      in: scratch)
    #expect(run.status == 0, "\(run.stderr)")
    return (scratch, data, scratch.appendingPathComponent("lc-txt-review.csv"))
  }

  static func add(_ sheet: URL, _ data: URL, in scratch: URL) throws -> Run {
    try Runner.run(["catalog", "add", sheet.lastPathComponent, "--data", data.path], in: scratch)
  }

  @Test func everyRowIsAccountedForAndNothingIsAddedTwice() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    try IngestFixture.decide(sheet) { row in
      switch row["id"] {
      case "lc-txt-x1", "lc-txt-x01": row["decision"] = "accept"
      case "lc-txt-x02":
        row["decision"] = "reject"
        row["review_note"] = "đã có trong chương trình khác"
      default: break
      }
    }
    let first = try Self.add(sheet, data, in: scratch)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.contains("added to \(data.path)/targets.csv:\n  lc-txt-x01 (line 2)\n"))
    #expect(first.stdout.contains("rejected (excluded):\n  lc-txt-x02 (line 3): đã có trong"))
    #expect(first.stdout.contains("left undecided:\n  lc-txt-x03 (line 4)\n"))
    #expect(
      first.stdout.hasSuffix(
        "lc-txt-review.csv: 3 rows: 1 added, 0 skipped as duplicates, 1 rejected, 1 left"
          + " undecided\n"))
    // the same row again, and under a new id: both skipped
    try IngestFixture.decide(sheet) { row in
      if row["id"] == "lc-txt-x03" {
        row["decision"] = "edit"
        row["id"] = "lc-txt-copy"
        row["quote"] = "Tỷ trọng kinh tế số đạt tối thiểu 25% GRDP"
        row["indicator"] = "digital_economy_share_grdp"
        row["unit"] = ""
        row["year"] = "2030"
        row["comparator"] = ">="
        row["value"] = "25"
      }
    }
    let targets = IngestFixture.snapshot(data)["targets.csv"]
    let second = try Self.add(sheet, data, in: scratch)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(
      second.stdout.contains("  lc-txt-x01 (line 2): id 'lc-txt-x01' is already in targets.csv\n"))
    #expect(
      second.stdout.contains(
        "  lc-txt-copy (line 4): same geo, indicator, year, document and quote as 'lc-txt-x01'\n"))
    #expect(
      second.stdout.contains(": 3 rows: 0 added, 2 skipped as duplicates, 1 rejected, 0 left"))
    #expect(IngestFixture.snapshot(data)["targets.csv"] == targets)
  }

  /// `--data` through a symbolic link: the linked directory gets the rows, the link stays.
  @Test func aLinkedDataDirectoryStaysALink() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let link = scratch.appendingPathComponent("data-link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: data)
    try IngestFixture.decide(sheet) { $0["decision"] = "accept" }
    let run = try Self.add(sheet, link, in: scratch)
    #expect(run.status == 0, "\(run.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    let targets = try String(
      contentsOf: data.appendingPathComponent("targets.csv"), encoding: .utf8)
    #expect(targets.contains("lc-txt-x01,lai-chau,digital_economy_share_grdp,"))
  }

  @Test func badRowsAreLocatedAndNothingIsWritten() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    try IngestFixture.decide(sheet) { row in
      row["decision"] = row["id"] == "lc-txt-x01" ? "acept" : "accept"
      if row["id"] == "lc-txt-x02" { row["value"] = "80%" }
    }
    let before = IngestFixture.snapshot(data)
    let run = try Self.add(sheet, data, in: scratch)
    #expect(run.status == 65)
    #expect(
      run.stderr.hasPrefix(
        "lc-txt-review.csv:2:1: error: unknown decision 'acept' (did you mean 'accept'?)"))
    #expect(
      run.stderr.contains(
        "lc-txt-review.csv:3:79: error: invalid number '80%' in column 'value': write the number"
          + " without '%'"))
    #expect(run.stdout.isEmpty)
    #expect(IngestFixture.snapshot(data) == before)
  }

  /// A quote edited into words the source does not hold: the dataset would not validate, so
  /// no file changes and no staged copy is left behind.
  @Test func aDatasetThatWouldNotValidateIsLeftUnchanged() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    try IngestFixture.decide(sheet) { row in
      row["decision"] = "accept"
      if row["id"] == "lc-txt-x02" {
        row["decision"] = "edit"
        row["quote"] = "Tỷ lệ dịch vụ công trực tuyến đạt trên 80%"
      }
    }
    let before = IngestFixture.snapshot(data)
    let run = try Self.add(sheet, data, in: scratch)
    #expect(run.status == 65)
    #expect(run.stderr.contains("/targets.csv:"))
    #expect(run.stderr.contains("error: quote not found in '\(data.path)/sources/lc-txt.txt'"))
    #expect(run.stderr.hasSuffix("the dataset was not changed\n"))
    #expect(IngestFixture.snapshot(data) == before)
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
    #expect(!left.contains { $0.hasPrefix(".datasets.provbench-new") }, "\(left)")
  }

  @Test func aChangedSourceIsCaughtByItsDigest() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    try IngestFixture.decide(sheet) { $0["decision"] = "accept" }
    #expect(try Self.add(sheet, data, in: scratch).status == 0)
    #expect(try Runner.run(["catalog", "validate", "--data", data.path]).status == 0)
    let source = data.appendingPathComponent("sources/lc-txt.txt")
    let text = try String(contentsOf: source, encoding: .utf8)
    try (text + "Thêm một dòng.\n").write(to: source, atomically: true, encoding: .utf8)
    let run = try Runner.run(["catalog", "validate", "--data", data.path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("/documents.csv:"))
    #expect(
      run.stderr.contains("error: source file '\(data.path)/sources/lc-txt.txt' has SHA-256 "))
  }

  @Test func aMalformedDigestIsLocated() throws {
    let (scratch, data) = try ExternalTools.datasetCopy()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let documents = data.appendingPathComponent("documents.csv")
    var lines = try String(contentsOf: documents, encoding: .utf8).split(separator: "\n").map(
      String.init)
    lines[0] += ",sha256"
    lines[1] += ",ABC"
    try (lines.joined(separator: "\n") + "\n").write(
      to: documents, atomically: true, encoding: .utf8)
    let run = try Runner.run(["catalog", "validate", "--data", data.path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("documents.csv:2:"))
    #expect(
      run.stderr.contains("error: sha256 'ABC' is not a SHA-256 digest (64 lower-case hex digits)"))
  }

  @Test func ingestingAgainKeepsTheSourceAndTheReviewersWork() throws {
    let (scratch, data, sheet) = try Self.ingested()
    defer { try? FileManager.default.removeItem(at: scratch) }
    func ingest() throws -> Run {
      try Runner.run(
        ["ingest", "plan.txt", "--geo", "lai-chau", "--document", "lc-txt", "--data", data.path],
        in: scratch)
    }
    // same text: fine, the source is left as it is
    let again = try ingest()
    #expect(again.status == 0 && again.stderr.contains("already holds this text; left as it is"))
    // a decided sheet is never overwritten
    try IngestFixture.decide(sheet) { $0["decision"] = "accept" }
    let decided = try ingest()
    #expect(decided.status == 65)
    #expect(
      decided.stderr.hasPrefix(
        "./lc-txt-review.csv:2:1: error: this review sheet already has decisions"))
    // another text under the same id: refused, nothing written
    try FileManager.default.removeItem(at: sheet)
    try IngestFixture.write("Một văn bản khác: 30% GRDP.\n", "plan.txt", in: scratch)
    let before = IngestFixture.snapshot(scratch)
    let other = try ingest()
    #expect(other.status == 65)
    #expect(
      other.stderr.hasPrefix(
        "\(data.path)/sources/lc-txt.txt:1:1: error: a different source text with this name exists")
    )
    #expect(IngestFixture.snapshot(scratch) == before)
  }

  /// Markup in the source is shown as text on the review page, escaped once.
  @Test func theReviewPageEscapesTheSourceText() throws {
    let (scratch, data, _) = try Self.ingested([
      "- Tỷ lệ hộ gia đình có <script>alert('x')</script> cáp quang & \"5G\" đạt 90%."
    ])
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = data
    let html = try String(
      contentsOf: scratch.appendingPathComponent("lc-txt-review.html"), encoding: .utf8)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("&amp; &quot;5G&quot;") && !html.contains("&amp;amp;"))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
  }

  @Test(arguments: [
    (["ingest", "plan.docx", "--geo", "lai-chau"], "cannot ingest 'plan.docx': expected a file"),
    (["ingest", "plan.pdf"], "missing option '--geo'"),
    (["ingest", "plan.pdf", "--geo", "x", "--document", "Bad_ID"], "invalid document id 'Bad_ID'"),
    (["catalog", "add"], "missing argument <review>"),
  ])
  func usageErrors(_ words: [String], _ message: String) throws {
    let run = try Runner.run(words)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("error: \(message)"), "\(run.stderr)")
  }
}
