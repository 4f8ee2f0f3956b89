import Foundation

/// A file's bytes for the streaming reader: memory-mapped read-only where possible, so a
/// large file is never copied; pages already parsed can be handed back to the kernel.
package final class CSVBytes: @unchecked Sendable {
  package let buffer: UnsafeBufferPointer<UInt8>
  private let mapped: Bool
  private var released = 0

  /// Opens the file at `url`.
  /// - Throws: `SupportError.unreadableFile` as `FileInput.bytes` does.
  package convenience init(contentsOf url: URL, displayPath: String, within root: URL? = nil) throws
  {
    let (descriptor, size) = try FileInput.openRegular(url, displayPath: displayPath, within: root)
    defer { close(descriptor) }
    if size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    {
      self.init(
        buffer: UnsafeBufferPointer(
          start: address.assumingMemoryBound(to: UInt8.self), count: size),
        mapped: true)
      return
    }
    self.init(copying: try FileInput.readAll(descriptor, size: size, displayPath: displayPath))
  }

  /// Bytes held in memory (tests, and files that cannot be mapped).
  package convenience init(copying bytes: [UInt8]) {
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
    _ = storage.initialize(from: bytes)
    self.init(
      buffer: UnsafeBufferPointer(start: storage.baseAddress, count: bytes.count), mapped: false)
  }

  private init(buffer: UnsafeBufferPointer<UInt8>, mapped: Bool) {
    self.buffer = buffer
    self.mapped = mapped
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
    } else {
      UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
    }
  }

  /// Lets the kernel drop the mapped pages before `offset` from memory; they are read again
  /// from the file if a message needs them.
  package func release(before offset: Int) {
    guard mapped, let base = buffer.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = offset / page * page
    guard end - released >= 1 << 24 else { return }
    madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
    released = end
  }
}

/// A fast record scanner for well-formed CSV: it finds delimiters eight bytes at a time and
/// keeps no positions. Anything unusual (a stray quote, text after a closing quote, an
/// unclosed quote, invalid UTF-8) stops it with `.malformed`; the caller then reads the file
/// with `CSVReader.read`, whose message and location are the reference.
package struct CSVScanner {
  package enum Step {
    /// A record: its fields were written to the array; `offset` and `line` say where it starts.
    case record(offset: Int, line: Int)
    case end
    case malformed
  }

  private let base: UnsafePointer<UInt8>?
  private let count: Int
  private(set) var index = 0
  private var line = 1
  private var escaped: [UInt8] = []
  /// Bit i set: field i of the last record needs no trimming or normalisation.
  package private(set) var clean: UInt64 = 0
  private var fieldCount = 0

  package init(_ bytes: UnsafeBufferPointer<UInt8>) {
    base = bytes.baseAddress
    count = bytes.count
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Bytes of `word` equal to `byte` have their high bit set (exact for the lowest match).
  @inline(__always)
  private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & highs
  }

  /// The first index from `start` whose byte is a quote, a line end or (if `comma`) a comma.
  @inline(__always)
  private func delimiter(from start: Int, comma: Bool) -> Int {
    guard let base else { return count }
    var i = start
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      var hits = Self.matches(word, 0x22) | Self.matches(word, 0x0A) | Self.matches(word, 0x0D)
      if comma { hits |= Self.matches(word, 0x2C) }
      if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
      i += 8
    }
    while i < count {
      let byte = base[i]
      if byte == 0x22 || byte == 0x0A || byte == 0x0D || (comma && byte == 0x2C) { return i }
      i += 1
    }
    return count
  }

  private mutating func string(_ start: Int, _ end: Int) -> String? {
    guard let base else { return "" }
    return string(UnsafeBufferPointer(start: base + start, count: end - start))
  }

  /// The text of valid UTF-8 `bytes`, or nil; notes in `clean` whether it is already
  /// trimmed and in NFC.
  private mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    switch UTF8Scan.form(bytes) {
    case .invalid: return nil
    case .valid: break
    case .clean: if fieldCount < 64 { clean |= 1 << UInt64(fieldCount) }
    }
    fieldCount += 1
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads the next record into `fields` (emptied first); blank lines are skipped.
  package mutating func next(_ fields: inout [String]) -> Step {
    fields.removeAll(keepingCapacity: true)
    clean = 0
    fieldCount = 0
    guard let base else { return .end }
    while index < count && (base[index] == 0x0A || base[index] == 0x0D) { consumeLineEnd() }
    guard index < count else { return .end }
    let start = index
    let startLine = line
    while true {
      if index < count && base[index] == 0x22 {
        guard let field = quotedField() else { return .malformed }
        fields.append(field)
      } else {
        let end = delimiter(from: index, comma: true)
        if end < count && base[end] == 0x22 { return .malformed }
        guard let field = string(index, end) else { return .malformed }
        fields.append(field)
        index = end
      }
      if index >= count { break }
      if base[index] == 0x2C {
        index += 1
        continue
      }
      consumeLineEnd()
      break
    }
    return .record(offset: start, line: startLine)
  }

  private mutating func consumeLineEnd() {
    guard let base else { return }
    if base[index] == 0x0D, index + 1 < count, base[index + 1] == 0x0A { index += 1 }
    index += 1
    line += 1
  }

  private mutating func quotedField() -> String? {
    guard let base else { return nil }
    index += 1
    let contentStart = index
    var hasEscapes = false
    var contentEnd = 0
    while true {
      let stop = delimiter(from: index, comma: false)
      guard stop < count else { return nil }
      if base[stop] == 0x22 {
        if stop + 1 < count && base[stop + 1] == 0x22 {
          hasEscapes = true
          index = stop + 2
          continue
        }
        contentEnd = stop
        index = stop + 1
        break
      }
      index = stop
      consumeLineEnd()
    }
    if index < count, base[index] != 0x2C, base[index] != 0x0A, base[index] != 0x0D {
      return nil
    }
    guard hasEscapes else { return string(contentStart, contentEnd) }
    escaped.removeAll(keepingCapacity: true)
    var i = contentStart
    while i < contentEnd {
      escaped.append(base[i])
      i += base[i] == 0x22 ? 2 : 1
    }
    let copy = escaped
    return copy.withUnsafeBufferPointer { string($0) }
  }
}

extension CSVReader {
  /// Reads the file at `url` record by record without keeping the records: `body` gets the
  /// fields of each record (the header first) and the line it starts on. For large files,
  /// where `read(contentsOf:displayPath:)` would hold every record and its positions.
  /// - Returns: the number of records, the header included.
  /// - Throws: what `read(contentsOf:displayPath:)` throws for the same file (the records
  ///   before a malformed part have then been passed to `body` already), and `body`'s errors.
  /// - Complexity: O(n) in the size of the file; memory of one record.
  public static func forEachRecord(
    contentsOf url: URL, displayPath: String,
    _ body: (_ fields: [String], _ line: Int) throws -> Void
  ) throws -> Int {
    let bytes = try CSVBytes(contentsOf: url, displayPath: displayPath)
    var scanner = CSVScanner(bytes.buffer)
    var fields: [String] = []
    var count = 0
    while true {
      switch scanner.next(&fields) {
      case .end:
        if count == 0 { _ = try read(bytes.buffer, file: displayPath) }  // "file is empty"
        return count
      case .malformed:
        _ = try read(bytes.buffer, file: displayPath)
        preconditionFailure("CSVScanner and CSVReader disagree on \(displayPath)")
      case .record(let offset, let line):
        count += 1
        try body(fields, line)
        bytes.release(before: offset)
      }
    }
  }
}
