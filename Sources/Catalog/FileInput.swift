import Foundation

/// Reads user files with errors that name the file, never a Foundation error code.
enum FileInput {
  /// The bytes of the file at `url`.
  /// - Throws: `CatalogError.unreadableFile` naming `displayPath` and the reason.
  static func bytes(of url: URL, displayPath: String) throws -> [UInt8] {
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
}
