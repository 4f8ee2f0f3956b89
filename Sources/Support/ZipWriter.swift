/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries: the container of
/// Office Open XML files. Every entry has the same fixed timestamp (1 January 1980), so the
/// same entries always give the same bytes.
public enum ZipWriter {
  /// One file of the archive: its path inside it and its bytes.
  public struct Entry: Sendable {
    /// The path inside the archive, `/`-separated (`xl/workbook.xml`).
    public var path: String
    /// The file's bytes.
    public var data: [UInt8]

    /// An entry named `path` holding `data`.
    public init(path: String, data: [UInt8]) {
      self.path = path
      self.data = data
    }
  }

  /// Why an archive cannot be written.
  public struct Failure: Error, Sendable, Equatable {
    /// What went wrong.
    public var reason: String
  }

  /// The archive of `entries`, in the order given.
  /// - Throws: `Failure` when an entry or the archive exceeds what a ZIP without its 64-bit
  ///   extension holds (4 GiB, 65,535 entries).
  public static func archive(_ entries: [Entry]) throws -> [UInt8] {
    guard entries.count < 0xFFFF else { throw Failure(reason: "more than 65,534 entries") }
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let name = Array(entry.path.utf8)
      guard entry.data.count < 0xFFFF_FFFF, out.count < 0xFFFF_FFFF, name.count < 0xFFFF else {
        throw Failure(reason: "\(entry.path) is too large for a ZIP without ZIP64")
      }
      let crc = CRC32.checksum(entry.data)
      let offset = UInt32(out.count)
      // local file header
      out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
      out += le32(crc) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
      out += le16(UInt16(name.count)) + le16(0) + name + entry.data
      // its central directory record (flag 0x0800: the name is UTF-8)
      central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0)
      central += le16(0x21) + le32(crc) + le32(UInt32(entry.data.count))
      central += le32(UInt32(entry.data.count)) + le16(UInt16(name.count)) + le16(0) + le16(0)
      central += le16(0) + le16(0) + le32(0) + le32(offset) + name
    }
    guard out.count < 0xFFFF_FFFF, central.count < 0xFFFF_FFFF else {
      throw Failure(reason: "the archive is too large for a ZIP without ZIP64")
    }
    let centralOffset = UInt32(out.count)
    out += central
    out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count))
    out += le16(UInt16(entries.count)) + le32(UInt32(central.count)) + le32(centralOffset)
    out += le16(0)
    return out
  }

  private static func le16(_ x: UInt16) -> [UInt8] { [UInt8(x & 0xFF), UInt8(x >> 8)] }
  private static func le32(_ x: UInt32) -> [UInt8] {
    [UInt8(x & 0xFF), UInt8((x >> 8) & 0xFF), UInt8((x >> 16) & 0xFF), UInt8(x >> 24)]
  }
}

/// CRC-32 as ZIP, PNG and gzip use it (polynomial 0xEDB88320, reflected).
public enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The CRC-32 of `bytes` (`"123456789"` gives 0xCBF43926).
  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
