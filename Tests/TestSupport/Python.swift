import Foundation

/// Runs Python 3 for the tests that check provbench's files with Python's own readers
/// (openpyxl, jsonschema), which ./scripts/test installs.
public enum Python {
  /// Whether `python3` can import `module`.
  public static func hasModule(_ module: String) -> Bool {
    guard let run = try? run("import \(module)") else { return false }
    return run.status == 0
  }

  /// Runs `script` with `arguments` (`sys.argv[1...]`), writing `input` to its standard input.
  public static func run(_ script: String, arguments: [String] = [], input: Data? = nil) throws
    -> (status: Int32, stdout: Data, stderr: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let errors = Drain(stderr.fileHandleForReading)
    // written on another thread: a script that prints before it reads cannot block the test
    let data = input ?? Data()
    Thread.detachNewThread {
      stdin.fileHandleForWriting.write(data)
      try? stdin.fileHandleForWriting.close()
    }
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let message = errors.wait()
    process.waitUntilExit()
    return (process.terminationStatus, output, String(decoding: message, as: UTF8.self))
  }
}
