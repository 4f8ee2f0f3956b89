import Foundation

/// Reads user files with errors that name the file, never a Foundation error code.
///
/// Only regular files are read: a named pipe, a socket or a device is refused before anything
/// could block on it, and a file of a dataset may not be a link to a file outside it.
public enum FileInput {
  /// The bytes of the file at `url`.
  /// - Parameter root: a directory the file must resolve inside (its links followed); nil for
  ///   a file the user names directly.
  /// - Throws: `SupportError.unreadableFile` naming `displayPath` and the reason.
  public static func bytes(of url: URL, displayPath: String, within root: URL? = nil) throws
    -> [UInt8]
  {
    let (descriptor, size) = try openRegular(url, displayPath: displayPath, within: root)
    defer { close(descriptor) }
    return try readAll(descriptor, size: size, displayPath: displayPath)
  }

  /// Opens a regular file for reading: its descriptor (the caller closes it) and size.
  package static func openRegular(_ url: URL, displayPath: String, within root: URL?) throws -> (
    Int32, Int
  ) {
    let path = url.path
    func failure(_ reason: String) -> SupportError {
      .unreadableFile(path: displayPath, reason: reason)
    }
    var link = stat()
    guard lstat(path, &link) == 0 else { throw failure(reason(errno)) }
    if let root {
      guard let resolved = realPath(path) else { throw failure(reason(errno)) }
      let base = realPath(root.path) ?? root.standardizedFileURL.path
      guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
        throw failure("is a link to a file outside the dataset (\(resolved))")
      }
    }
    // O_NONBLOCK: opening a named pipe must not wait for a writer
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(reason(errno)) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw failure(reason(code))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      return (descriptor, Int(status.st_size))
    case S_IFDIR:
      close(descriptor)
      throw failure("is a directory")
    default:
      close(descriptor)
      throw failure("is not a regular file (a named pipe, socket or device)")
    }
  }

  /// Every byte from `descriptor`, expecting about `size`.
  package static func readAll(_ descriptor: Int32, size: Int, displayPath: String) throws -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: max(size, 0))
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw SupportError.unreadableFile(path: displayPath, reason: reason(errno))
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  /// The path with every link resolved, or nil (errno says why).
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// An error number in the words the messages use.
  package static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES, EPERM: "permission denied"
    case ELOOP: "a loop of symbolic links"
    case ENOTDIR: "a part of the path is not a directory"
    case EISDIR: "is a directory"
    default: String(cString: strerror(code))
    }
  }
}
