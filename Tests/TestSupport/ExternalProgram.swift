import Foundation

/// Runs the Debian programs some tests check provbench's files with (LibreOffice, poppler's
/// pdftotext and pdftoppm), which ./scripts/test installs; found on PATH.
public enum ExternalProgram {
  /// The program's path on PATH, or nil when it is not installed.
  public static func path(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    for directory in directories {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Whether every one of `names` is on PATH.
  public static func available(_ names: String...) -> Bool {
    names.allSatisfy { path($0) != nil }
  }

  /// Runs `name` with `arguments`, its output drained on threads so a large one cannot block.
  public static func run(_ name: String, _ arguments: [String]) throws
    -> (status: Int32, stdout: Data, stderr: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errors = Drain(stderr.fileHandleForReading)
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let message = errors.wait()
    process.waitUntilExit()
    return (process.terminationStatus, output, String(decoding: message, as: UTF8.self))
  }

  /// Converts `file` with LibreOffice headless (`--convert-to filter`) into `directory`, with
  /// a profile of its own so that tests running at the same time do not share one instance.
  public static func libreOffice(convert file: URL, to filter: String, in directory: URL) throws
    -> (status: Int32, stdout: Data, stderr: String)
  {
    let profile = directory.appendingPathComponent("libreoffice-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try run(
      "soffice",
      [
        "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
        "--convert-to", filter, "--outdir", directory.path, file.path,
      ])
  }
}
