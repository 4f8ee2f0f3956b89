import Foundation
import Support

/// A source document's text, searchable for quotes with white space collapsed.
public struct SourceText: Sendable {
  /// The text in NFC with white-space runs collapsed to one space and the ends trimmed, as
  /// UTF-8. A quote matches at a byte offset exactly when it matches at a scalar offset,
  /// since UTF-8 is self-synchronising.
  let bytes: [UInt8]
  /// The byte offsets at which the source line changes, ascending, and the line from there.
  private let lineStarts: [Int32]
  private let lineNumbers: [Int32]

  /// - Parameter text: the file's content.
  public init(_ text: String) {
    var text = Text.nfc(text)
    self = text.withUTF8 { SourceText(nfcUTF8: $0) }
  }

  /// A source from the bytes of a file, or nil if they are not valid UTF-8 (what
  /// `String(bytes:encoding: .utf8)` refuses).
  init?(fileBytes: [UInt8]) {
    let quick = fileBytes.withUnsafeBufferPointer { buffer -> SourceText?? in
      let (valid, quickNFC) = UTF8Scan.check(buffer)
      guard valid else { return .some(nil) }
      guard quickNFC, !buffer.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
      return SourceText(nfcUTF8: buffer)
    }
    if let quick {
      guard let quick else { return nil }
      self = quick
      return
    }
    guard let text = String(bytes: fileBytes, encoding: .utf8) else { return nil }
    self.init(text)
  }

  private init(nfcUTF8 input: UnsafeBufferPointer<UInt8>) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(input.count)
    var lineStarts: [Int32] = []
    var lineNumbers: [Int32] = []
    var line: Int32 = 1
    var i = 0
    while i < input.count {
      let (isSpace, length) = UTF8Scan.whitespace(input, at: i)
      if isSpace {
        if input[i] == 0x0A { line += 1 }
        i += length
        continue
      }
      let run = UTF8Scan.wordEnd(input, from: i)  // a run without white space
      if lineNumbers.last != line {
        lineStarts.append(Int32(truncatingIfNeeded: bytes.count))
        lineNumbers.append(line)
      }
      if !bytes.isEmpty { bytes.append(0x20) }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<run]))
      i = run
    }
    self.bytes = bytes
    self.lineStarts = lineStarts
    self.lineNumbers = lineNumbers
  }

  /// The source line of the byte at `offset` of the collapsed text.
  private func line(at offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {  // the last start at or before `offset`
      let mid = (low + high + 1) / 2
      if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
    }
    return Int(lineNumbers[low])
  }

  /// The lines a quote spans, or nil if the quote is not in the text.
  /// - Complexity: O(n × m) in the worst case; quotes are short.
  public func lines(of quote: String) -> ClosedRange<Int>? {
    let needle = Text.collapsedUTF8(quote)
    guard let start = firstMatch(of: needle[...]) else { return nil }
    return line(at: start)...line(at: start + needle.count - 1)
  }

  /// Where a quote that is not in the text stops matching: the longest prefix that is in the
  /// text and the line it is on. Helps a user find a typo in a long quote.
  public func longestMatchingPrefix(of quote: String) -> (prefix: String, line: Int)? {
    let needle = Text.collapsedUTF8(quote)
    var ends: [Int] = [0]  // the byte length of the first k scalars
    for (offset, byte) in needle.enumerated() where byte & 0xC0 != 0x80 && offset > 0 {
      ends.append(offset)
    }
    if !needle.isEmpty { ends.append(needle.count) }
    var low = 0
    var high = ends.count - 1
    var best: (length: Int, start: Int)?
    while low < high {  // prefixes that match are closed downwards: binary search the length
      let mid = (low + high + 1) / 2
      if let start = firstMatch(of: needle[0..<ends[mid]]) {
        best = (mid, start)
        low = mid
      } else {
        high = mid - 1
      }
    }
    guard let best, best.length > 0 else { return nil }
    return (String(decoding: needle[0..<ends[best.length]], as: UTF8.self), line(at: best.start))
  }

  /// The first offset at or after `from` where `needle` occurs, before `limit` if given.
  func firstMatch(of needle: ArraySlice<UInt8>, from: Int = 0, limit: Int? = nil) -> Int? {
    guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
    let last = min(bytes.count - needle.count, (limit ?? bytes.count) - 1)
    guard from <= last else { return nil }
    return bytes.withUnsafeBufferPointer { hay -> Int? in
      needle.withUnsafeBufferPointer { pin -> Int? in
        guard let h = hay.baseAddress, let p = pin.baseAddress else { return nil }
        let first = Int32(p[0])
        var i = from
        while i <= last {
          guard let hit = memchr(h + i, first, last - i + 1) else { return nil }
          i = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(h + i, p, pin.count) == 0 { return i }
          i += 1
        }
        return nil
      }
    }
  }
}
