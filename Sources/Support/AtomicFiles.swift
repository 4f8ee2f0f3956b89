import Foundation

/// Writes several files so that all of them change or none does: each is written to a hidden
/// temporary file beside its place, and only when every one is written are they renamed into
/// place; a rename that fails puts back what the earlier ones replaced.
///
/// Only a crash between two renames can leave a mix; a reader never sees half a file.
public enum AtomicFiles {
  /// Why the files could not be written; nothing was changed.
  public struct Failure: Error, Sendable, Equatable {
    /// The file that failed, as the caller named it.
    public var path: String
    /// The system's reason.
    public var reason: String
  }

  /// Writes each `(url, bytes)`; directories are created as needed.
  /// - Parameter displayPath: how messages name a file (default: its path).
  /// - Throws: `Failure` naming the first file that could not be written.
  public static func write(
    _ files: [(url: URL, bytes: [UInt8])], displayPath: (URL) -> String = { $0.path }
  ) throws {
    let manager = FileManager.default
    var staged: [(temporary: URL, target: URL)] = []
    func cleanUp() {
      for entry in staged { try? manager.removeItem(at: entry.temporary) }
    }
    for (url, bytes) in files {
      let directory = url.deletingLastPathComponent()
      let temporary = directory.appendingPathComponent(
        ".\(url.lastPathComponent).provbench-new-\(getpid())")
      do {
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: temporary)
      } catch {
        try? manager.removeItem(at: temporary)
        cleanUp()
        throw Failure(path: displayPath(url), reason: reason(error))
      }
      staged.append((temporary, url))
    }
    // what each rename replaced, kept aside until every rename has succeeded
    var done: [(target: URL, previous: URL?)] = []
    for (index, entry) in staged.enumerated() {
      var previous: URL?
      if manager.fileExists(atPath: entry.target.path) {
        let aside = entry.temporary.appendingPathExtension("old")
        guard link(entry.target.path, aside.path) == 0 else {
          let failure = Failure(
            path: displayPath(entry.target), reason: String(cString: strerror(errno)))
          undo(done)
          staged.removeFirst(index)
          cleanUp()
          throw failure
        }
        previous = aside
      }
      guard rename(entry.temporary.path, entry.target.path) == 0 else {
        let failure = Failure(
          path: displayPath(entry.target), reason: String(cString: strerror(errno)))
        if let previous { try? manager.removeItem(at: previous) }
        undo(done)
        staged.removeFirst(index)
        cleanUp()
        throw failure
      }
      done.append((entry.target, previous))
    }
    for entry in done { if let previous = entry.previous { try? manager.removeItem(at: previous) } }
  }

  /// Puts back the files that `done` replaced (or removes the new ones), last first.
  private static func undo(_ done: [(target: URL, previous: URL?)]) {
    for entry in done.reversed() {
      if let previous = entry.previous {
        _ = rename(previous.path, entry.target.path)
      } else {
        try? FileManager.default.removeItem(at: entry.target)
      }
    }
  }

  private static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(truncatingIfNeeded: underlying.code)))
    }
    return nsError.localizedDescription
  }
}
