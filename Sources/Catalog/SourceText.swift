/// A source document's text, searchable for quotes with white space collapsed.
public struct SourceText: Sendable {
  /// The text with white-space runs collapsed to one space, as Unicode scalars (NFC).
  private let scalars: [Unicode.Scalar]
  /// The 1-based source line of each scalar in `scalars`.
  private let lines: [Int]

  /// - Parameter text: the file's content.
  public init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var lines: [Int] = []
    var line = 1
    var pendingSpace = false
    for scalar in Text.nfc(text).unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        if scalar == "\n" { line += 1 }
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        lines.append(line)
        pendingSpace = false
      }
      scalars.append(scalar)
      lines.append(line)
    }
    self.scalars = scalars
    self.lines = lines
  }

  /// The lines a quote spans, or nil if the quote is not in the text.
  /// - Complexity: O(n × m) in the worst case; quotes are short.
  public func lines(of quote: String) -> ClosedRange<Int>? {
    let needle = Array(Text.collapsingWhitespace(Text.nfc(quote)).unicodeScalars)
    guard let start = firstMatch(of: needle) else { return nil }
    return lines[start]...lines[start + needle.count - 1]
  }

  /// Where a quote that is not in the text stops matching: the longest prefix that is in the
  /// text and the line it is on. Helps a user find a typo in a long quote.
  public func longestMatchingPrefix(of quote: String) -> (prefix: String, line: Int)? {
    let needle = Array(Text.collapsingWhitespace(Text.nfc(quote)).unicodeScalars)
    var low = 0
    var high = needle.count
    var best: (length: Int, start: Int)?
    while low < high {  // prefixes that match are closed downwards: binary search the length
      let mid = (low + high + 1) / 2
      if let start = firstMatch(of: Array(needle[0..<mid])) {
        best = (mid, start)
        low = mid
      } else {
        high = mid - 1
      }
    }
    guard let best, best.length > 0 else { return nil }
    var prefix = String.UnicodeScalarView()
    prefix.append(contentsOf: needle[0..<best.length])
    return (String(prefix), lines[best.start])
  }

  private func firstMatch(of needle: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    let first = needle[0]
    var i = 0
    let last = scalars.count - needle.count
    while i <= last {
      if scalars[i] == first {
        var j = 1
        while j < needle.count && scalars[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
