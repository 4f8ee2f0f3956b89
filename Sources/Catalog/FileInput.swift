import Foundation

/// Reads user files with errors that name the file, never a Foundation error code.
enum FileInput {
  /// The bytes of the file at `url`.
  /// - Throws: `CatalogError.unreadableFile` naming `displayPath` and the reason.
  static func bytes(of url: URL, displayPath: String) throws -> [UInt8] {
    if let bytes = regularFileBytes(url.path) { return bytes }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CatalogError.unreadableFile(path: displayPath, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw CatalogError.unreadableFile(path: displayPath, reason: "is a directory")
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CatalogError.unreadableFile(path: displayPath, reason: "permission denied")
    }
    return [UInt8](data)
  }

  /// The bytes of a readable regular file read with POSIX calls, or nil for anything else
  /// (the caller then works out the reason as before).
  private static func regularFileBytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      guard count > 0 else { break }
      filled += count
    }
    guard filled == bytes.count else { return nil }  // changed while read: take the slow path
    return bytes
  }
}
