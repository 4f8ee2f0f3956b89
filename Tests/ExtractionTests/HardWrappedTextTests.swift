import Foundation
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// `pdftotext -layout` writes a justified page as hard-wrapped lines with no blank line between
/// paragraphs, while the labelled passages keep one paragraph per line. These tests wrap two
/// labelled sets the way a PDF does and score them again: the extractor must read the same
/// figures, roles and years (docs/methodology.md, "Hard-wrapped text").
@Suite struct HardWrappedTextTests {
  /// `line` broken at spaces into pieces of at most `width` characters (a longer word stands
  /// alone), each with the offset of its first character in `line`.
  static func wrap(_ line: String, width: Int) -> [(text: String, start: Int)] {
    let characters = Array(line)
    var pieces: [(text: String, start: Int)] = []
    var start = 0
    while start < characters.count {
      while start < characters.count, characters[start] == " " { start += 1 }
      guard start < characters.count else { break }
      var end = min(start + width, characters.count)
      if end < characters.count, characters[end] != " " {
        // Back to the last space, unless the word is longer than the line.
        var space = end
        while space > start, characters[space] != " " { space -= 1 }
        if space > start { end = space }
      }
      pieces.append((String(characters[start..<end]), start))
      start = end
    }
    return pieces
  }

  /// The set in `folder` with every text wrapped at `width` and each label moved to the line
  /// that holds the first digit of its phrase.
  static func wrapped(_ folder: URL, width: Int) throws -> (
    texts: [(name: String, text: String)], labels: [PassageScoring.Label]
  ) {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    try #require(names.count >= 10, "only \(names.count) passages in \(folder.path)")
    let rows = try ExpectedFigure.read(
      folder.appendingPathComponent("expected.csv"), displayPath: "expected.csv",
      directory: folder)
    var texts: [(String, String)] = []
    // file → original line → its pieces' new line numbers and offsets
    var moved: [String: [[(line: Int, start: Int)]]] = [:]
    var originals: [String: [String]] = [:]
    for name in names {
      let text = try UTF8Text.read(folder.appendingPathComponent(name), displayPath: name)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      var out: [String] = []
      var map: [[(line: Int, start: Int)]] = []
      for line in lines {
        let pieces = wrap(line, width: width)
        if pieces.isEmpty {
          out.append("")
          map.append([(out.count, 0)])
          continue
        }
        var places: [(line: Int, start: Int)] = []
        for piece in pieces {
          out.append(piece.text)
          places.append((out.count, piece.start))
        }
        map.append(places)
      }
      texts.append((name, out.joined(separator: "\n")))
      moved[name] = map
      originals[name] = lines
    }
    var labels: [PassageScoring.Label] = []
    for row in rows {
      var label = PassageScoring.Label(row)
      let lines = try #require(originals[row.file], "\(row.file) is not in the set")
      let places = try #require(moved[row.file]?[row.line - 1])
      let line = lines[row.line - 1]
      let at: Int =
        line.range(of: row.phrase).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        ?? 0
      let digit: Int = Array(row.phrase).firstIndex(where: \.isNumber) ?? 0
      let offset = at + digit
      let place = places.last { $0.start <= offset } ?? places[0]
      label.line = place.line
      labels.append(label)
    }
    return (texts, labels)
  }

  static func score(_ texts: [(name: String, text: String)], _ labels: [PassageScoring.Label])
    throws -> RealPassageEvaluationTests.Run
  {
    let extractor = try ExtractionFixture.extractor()
    let files = texts.map { name, text in
      PassageScoring.score(
        extractor.extract(text, geo: "vn", document: nil), against: labels, file: name)
    }
    let overall = PassageScoring.FileScore(
      file: "overall", targets: files.map(\.targets).reduce(PassageScoring.Tally(), +),
      observations: files.map(\.observations).reduce(PassageScoring.Tally(), +),
      missed: files.flatMap(\.missed), spurious: files.flatMap(\.spurious),
      wrongYear: files.flatMap(\.wrongYear))
    return RealPassageEvaluationTests.Run(files: files, overall: overall)
  }

  @Test func wrappingKeepsEveryWordAndItsPlace() {
    let line = "GRDP bình quân đầu người đạt 6.300 - 6.500 USD vào năm 2030."
    let pieces = Self.wrap(line, width: 20)
    #expect(pieces.allSatisfy { $0.text.count <= 20 })
    #expect(pieces.map(\.text).joined(separator: " ") == line)
    for piece in pieces {
      #expect(Array(line)[piece.start..<(piece.start + piece.text.count)] == Array(piece.text)[...])
    }
  }

  /// The gate set (set 1) and set 7, wrapped at 75 columns with no indent and no blank line
  /// between paragraphs, score what they score as one paragraph per line.
  @Test(arguments: ["extraction", "extraction-seventh"])
  func aHardWrappedSetScoresAsItsParagraphs(_ name: String) throws {
    let folder = Paths.packageRoot.appendingPathComponent(
      "Tests/ExtractionTests/Fixtures/\(name)")
    let flat = try RealPassageEvaluationTests.run(folder)
    let (texts, labels) = try Self.wrapped(folder, width: 75)
    let wrapped = try Self.score(texts, labels)
    let flatLines = try texts.map { name, _ in
      try UTF8Text.read(folder.appendingPathComponent(name), displayPath: name)
        .split(separator: "\n", omittingEmptySubsequences: false).count
    }.reduce(0, +)
    let wrappedLines = texts.map {
      $0.text.split(separator: "\n", omittingEmptySubsequences: false).count
    }.reduce(0, +)
    #expect(2 * wrappedLines > 3 * flatLines, "\(flatLines) lines became only \(wrappedLines)")
    let a = flat.overall
    let b = wrapped.overall
    #expect(b.targets.matched == a.targets.matched, "\(RealPassageEvaluationTests.report(wrapped))")
    #expect(b.targets.proposed == a.targets.proposed)
    #expect(b.targets.yearRight == a.targets.yearRight)
    #expect(b.observations.matched == a.observations.matched)
    #expect(
      RealPassageEvaluationTests.pastResultsProposedAsTargets(wrapped).count
        == RealPassageEvaluationTests.pastResultsProposedAsTargets(flat).count)
  }

  /// `… đạt 6.300` then a line `- 6.500 USD`: a range wrapped at its dash is one range, not a
  /// figure and a list item.
  @Test func aRangeWrappedAtItsDashIsOneRange() throws {
    let text = """
      Phấn đấu đến năm 2030, GRDP bình quân đầu người đạt 6.300
      - 6.500 USD, tỷ lệ đô thị hóa đạt 40%.
      """
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.first == ScopeReadingTests.Row(6300, "2030", high: 6500, .range))
    #expect(rows.count == 2)
  }
}
