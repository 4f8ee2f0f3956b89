import Foundation
import Synchronization

/// A directory built beside its final place and moved there in one step, so that a reader, a
/// failure or an interrupted run sees the previous content or the new one, never a mix.
///
/// The stage is a hidden sibling, `.<name>.provbench-new-<pid>`. SIGINT, SIGTERM and SIGHUP
/// remove every open stage before the process ends by the same signal; what a SIGKILL leaves
/// is removed by the next run for the same place, unless the process that made it still runs.
public struct StagedDirectory: Sendable {
  /// Why a stage could not be made or moved into place.
  public struct Failure: Error, Sendable, Equatable {
    /// What went wrong, for the caller's located message.
    public var reason: String
  }

  /// The hidden directory to write into.
  public let url: URL
  /// The final place.
  public let target: URL

  /// Creates an empty stage for `target`, after removing what killed runs left for it.
  /// - Throws: `Failure` if the parent or the stage cannot be created.
  public init(for target: URL) throws {
    let manager = FileManager.default
    let target = target.standardizedFileURL
    let parent = target.deletingLastPathComponent()
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw Failure(reason: "cannot create its parent directory")
    }
    let prefix = ".\(target.lastPathComponent).provbench-new-"
    for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
    where entry.hasPrefix(prefix) {
      // another run that is still writing keeps its stage
      if let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(), isRunning(pid) {
        continue
      }
      try? manager.removeItem(at: parent.appendingPathComponent(entry))
    }
    let url = parent.appendingPathComponent(prefix + String(getpid()))
    Interruption.installHandlers()
    guard Interruption.create(url.path) else {
      throw Failure(reason: "cannot create a directory beside it")
    }
    self.url = url
    self.target = target
  }

  /// Moves the stage into place: renamed if the target does not exist, otherwise swapped
  /// with it in one step (Linux `renameat2` with `RENAME_EXCHANGE`) and the previous content
  /// removed.
  /// - Throws: `Failure` with the system's reason; the stage is then discarded.
  public func commit() throws {
    let exists = FileManager.default.fileExists(atPath: target.path)
    let failure: Int32? = Interruption.whileHeld {
      let moved =
        exists ? Self.exchange(url.path, target.path) : rename(url.path, target.path) == 0
      return moved ? nil : errno
    }
    if let failure {
      let reason = String(cString: strerror(failure))
      discard()
      throw Failure(reason: reason)
    }
    // after a swap the stage holds the previous content
    if exists { try? FileManager.default.removeItem(at: url) }
    Interruption.unregister(url.path)
  }

  /// Removes the stage and what was written into it.
  public func discard() {
    try? FileManager.default.removeItem(at: url)
    Interruption.unregister(url.path)
  }

  private typealias RenameAt2 =
    @convention(c) (
      Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
    ) -> Int32

  /// Swaps two directories in one step (`renameat2(…, RENAME_EXCHANGE)`, Linux 3.15 and later).
  /// Where the system lacks it, the old content is moved aside first: a kill in between leaves
  /// it aside, where the next run removes it.
  private static func exchange(_ a: String, _ b: String) -> Bool {
    let renameExchange: UInt32 = 1 << 1
    if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") {
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return true }
      guard errno == EINVAL || errno == ENOSYS else { return false }
    }
    let aside = a + "-old"
    guard rename(b, aside) == 0 else { return false }
    guard rename(a, b) == 0 else {
      _ = rename(aside, b)
      return false
    }
    return rename(aside, a) == 0 || (try? FileManager.default.removeItem(atPath: aside)) != nil
  }
}

/// Whether process `pid` exists and is not a zombie (a killed run nobody has reaped).
func isRunning(_ pid: Int32) -> Bool {
  guard kill(pid, 0) == 0 else { return false }
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
    let close = stat.lastIndex(of: ")")
  else { return true }
  // the state follows the command name in parentheses: "1234 (provbench) Z …"
  return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
}

/// The write end of the pipe from the signal handler to the cleaner thread; set once, before
/// the handler is installed, and only read after.
nonisolated(unsafe) private var interruptPipe: Int32 = -1

/// The open stages of this process, removed when an interrupting signal arrives.
enum Interruption {
  private struct State: ~Copyable {
    var stages: Set<String> = []
    var installed = false
  }

  private static let state = Mutex(State())
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// `SIG_IGN` as an address, as glibc defines it.
  private static let ignored = 1

  /// Installs the handler of the interrupting signals (once per process). The handler only
  /// writes the signal's number into a pipe (all a handler may safely do); a thread reading it
  /// waits for a move in progress, removes every open stage and ends the process by the same
  /// signal, so the caller sees the usual status (130 for SIGINT in a shell).
  static func installHandlers() {
    state.withLock { state in
      guard !state.installed else { return }
      state.installed = true
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { return }
      interruptPipe = ends[1]
      let reader = ends[0]
      let cleaner = Thread {
        var byte: UInt8 = 0
        while read(reader, &byte, 1) != 1 {}
        Self.interrupted(by: Int32(byte))
      }
      cleaner.start()
      for number in signals {
        let previous = signal(number) { number in
          var byte = UInt8(truncatingIfNeeded: number)
          _ = write(interruptPipe, &byte, 1)
        }
        // a signal ignored when the process started (SIGINT of a background job) stays so
        if let previous, unsafeBitCast(previous, to: Int.self) == ignored {
          signal(number, SIG_IGN)
        }
      }
      // A child inherits its parent's blocked signals (a program that starts provbench from a
      // dispatch thread blocks them all); unblocked here, they reach this thread.
      unblock(signals)
    }
  }

  /// Removes the open stages and ends the process by `number`, keeping the lock to the end
  /// so that no move can start after the stages are gone.
  private static func interrupted(by number: Int32) {
    state.withLock { state in
      for path in state.stages {
        // renamed first: a file the writing thread opens under the old path from now on fails
        // instead of landing in a directory being removed
        let dead = path + "-interrupted"
        let gone = rename(path, dead) == 0 ? dead : path
        try? FileManager.default.removeItem(atPath: gone)
      }
      signal(number, SIG_DFL)
      unblock([number])
      raise(number)
      _exit(128 + number)
    }
  }

  /// Unblocks `numbers` in the calling thread.
  private static func unblock(_ numbers: [Int32]) {
    var set = sigset_t()
    sigemptyset(&set)
    for number in numbers { sigaddset(&set, number) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Creates the directory `path` and registers it, in one step for an interruption.
  static func create(_ path: String) -> Bool {
    state.withLock { state in
      guard mkdir(path, 0o777) == 0 else { return false }
      state.stages.insert(path)
      return true
    }
  }

  static func unregister(_ path: String) { state.withLock { _ = $0.stages.remove(path) } }

  /// Runs `body` (a move into place) while no interruption can remove the stages.
  static func whileHeld<T>(_ body: () -> T) -> T {
    state.withLock { _ in body() }
  }
}
