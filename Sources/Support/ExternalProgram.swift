import Dispatch
import Foundation

/// Runs a program found on `PATH` (poppler's `pdftotext`, `tesseract`), with arguments and no
/// shell, capturing what it prints.
///
/// Both output pipes are drained at once on their own threads: a program that fills one pipe
/// while the caller reads the other would otherwise wait for ever.
public struct ExternalProgram: Sendable {
  /// What a finished run printed and how it ended.
  public struct Output: Sendable {
    /// Standard output, as bytes.
    public var stdout: [UInt8]
    /// Standard error, decoded leniently (it is only ever quoted in a message).
    public var stderr: String
    /// The exit status, or 128 + the signal that ended the program.
    public var status: Int32
  }

  /// Why a program could not be run at all.
  public struct Failure: Error, Sendable, Equatable {
    /// The system's reason.
    public var reason: String
  }

  /// The program's name as the user would type it (`pdftotext`).
  public let name: String
  /// Where it was found.
  public let url: URL

  /// The program `name` in the first directory of `path` (a `PATH` value) holding an
  /// executable file of that name; nil if none does.
  public init?(_ name: String, path: String?) {
    guard !name.isEmpty, !name.contains("/") else { return nil }
    for directory in (path ?? "").split(separator: ":", omittingEmptySubsequences: true) {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      var status = stat()
      guard stat(candidate.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        access(candidate.path, X_OK) == 0
      else { continue }
      self.name = name
      self.url = candidate
      return
    }
    return nil
  }

  /// Runs the program with `arguments`, its standard input empty, and waits for it to end.
  /// - Parameter environment: the child's environment (default: this process's).
  /// - Throws: `Failure` when the program cannot be started.
  public func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Output {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let environment { process.environment = environment }
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Failure(reason: "cannot start \(url.path): \(error.localizedDescription)")
    }
    let errors = Collector(stderr.fileHandleForReading)
    let output = Collector(stdout.fileHandleForReading)
    let out = output.wait()
    let err = errors.wait()
    process.waitUntilExit()
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return Output(
      stdout: Array(out), stderr: String(decoding: err, as: UTF8.self), status: status)
  }
}

/// Reads a file handle to its end on a thread of its own.
private final class Collector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
