import Foundation

/// Runs the built `provbench` binary, as a user would, and captures what it prints.
struct Run {
  var stdout: String
  var stderr: String
  var status: Int32
}

enum Runner {
  /// The package root (three levels above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `provbench` executable next to the test bundle.
  static var executable: URL {
    Bundle.main.bundleURL.appendingPathComponent("provbench")
  }

  /// Runs `provbench` with `arguments` in `directory` (default: the package root).
  static func run(
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
    // Read before waiting: a full pipe would otherwise block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), status: process.terminationStatus)
  }
}
