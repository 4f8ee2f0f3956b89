import Foundation
import Support
import Testing

/// The streaming scanner must read exactly what `CSVReader.read` reads and fail exactly where
/// it fails.
@Suite struct CSVStreamTests {
  func stream(_ bytes: [UInt8]) throws -> [([String], Int)] {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stream-\(UUID().uuidString).csv")
    _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(at: url) }
    var records: [([String], Int)] = []
    _ = try CSVReader.forEachRecord(contentsOf: url, displayPath: "t.csv") {
      records.append(($0, $1))
    }
    return records
  }

  func outcome(_ body: () throws -> [([String], Int)]) -> String {
    do {
      return try body().map { "\($0.1):\($0.0)" }.joined(separator: "|")
    } catch {
      return "\(error)"
    }
  }

  @Test func randomFilesReadAsTheTableReaderReadsThem() {
    let pieces =
      [
        "a", "b", ",", ",", "\n", "\r\n", "\r", "\"", "\"\"", " ", "Châu", "\u{FEFF}", "x,y",
      ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]
    var random = SplitMix64(seed: 5)
    for _ in 0..<1_500 {
      var bytes: [UInt8] = []
      for _ in 0..<random.int(in: 0...16) {
        bytes += pieces[random.int(in: 0...(pieces.count - 1))]
      }
      let expected = outcome {
        let table = try CSVReader.read(bytes, file: "t.csv")
        return [(table.header, table.headerPositions.first?.line ?? 0)]
          + table.records.map { ($0.fields, $0.line) }
      }
      let streamed = outcome {
        var records = try stream(bytes)
        if !records.isEmpty { records[0].0 = records[0].0.map(Text.trimmed) }
        return records
      }
      #expect(streamed == expected, "\(bytes)")
    }
  }

  @Test func recordedPositionsMatchTheTable() throws {
    let text = "id,name,value\n1,Lai Châu,37\n\n2,\"x\ny\",5\r\n3,\"a\"\"b\",6"
    let table = try CSVReader.read(Array(text.utf8), file: "t.csv")
    let bytes = CSVBytes(copying: Array(text.utf8))
    var scanner = CSVScanner(bytes.buffer)
    var fields: [String] = []
    var positions: [[CSVPosition]] = []
    while case .record(let offset, let line) = scanner.next(&fields) {
      positions.append(CSVReader.positions(in: bytes, recordAt: offset, line: line))
    }
    #expect(positions == [table.headerPositions] + table.records.map(\.positions))
  }
}
