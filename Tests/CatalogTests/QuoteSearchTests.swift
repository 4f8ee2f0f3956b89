import Support
import Testing

@testable import Catalog

@Suite struct QuoteSearchTests {
  @Test func batchesFindWhatASingleSearchFinds() {
    var random = SplitMix64(seed: 11)
    let words = ["đạt", "tối thiểu", "40%", "GRDP", "năm 2030", "khoảng", "9–10%", "và", "số"]
    for _ in 0..<200 {
      let text = (0..<random.int(in: 0...200)).map { _ in
        words[random.int(in: 0...(words.count - 1))]
      }.joined(separator: random.chance(50) ? " " : "\n ")
      let source = SourceText(text)
      let needles = (0..<random.int(in: 1...40)).map { _ in
        (0..<random.int(in: 1...6)).map { _ in words[random.int(in: 0...(words.count - 1))] }
          .joined(separator: " ")
      }
      let (found, _) = source.contains(
        needles.map(Text.collapsedUTF8), from: random.int(in: 0...max(0, text.utf8.count)))
      #expect(found == needles.map { source.lines(of: $0) != nil }, "\(text) \(needles)")
    }
  }
}
