import Dispatch
import Foundation

/// What a run of the `provbench` binary printed, and how it ended.
public struct Run: Sendable {
  public var stdout: String
  public var stderr: String
  public var status: Int32
}

/// Runs the built `provbench` binary, as a user would, and captures what it prints.
public enum Runner {
  /// The package root.
  public static let packageRoot = Paths.packageRoot

  /// The `provbench` executable next to the test bundle.
  public static var executable: URL {
    Bundle.main.bundleURL.appendingPathComponent("provbench")
  }

  /// Runs `provbench` with `arguments` in `directory` (default: the package root), with
  /// `PROVBENCH_DATA` unset unless `environment` sets it.
  public static func run(
    _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["PROVBENCH_DATA"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Both pipes are drained at once (stderr on another thread): read one after the other, a
    // child that fills the second pipe while the first is still open would block for ever.
    let errors = Drain(err.fileHandleForReading)
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.wait()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), status: process.terminationStatus)
  }
}

/// Reads a file handle to its end on another thread.
final class Drain: @unchecked Sendable {
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
