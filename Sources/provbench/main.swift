import Foundation

// A closed pipe must give an error, not kill the process with SIGPIPE before it can say so.
signal(SIGPIPE, SIG_IGN)

/// Writes all of `bytes` to `descriptor`; false when the system refuses (a full disk, a closed
/// pipe), where FileHandle.write would trap.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  var offset = 0
  while offset < bytes.count {
    let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written < 0 {
      if errno == EINTR { continue }
      return false
    }
    offset += written
  }
  return true
}

let environment = Environment(
  variables: ProcessInfo.processInfo.environment,
  currentDirectory: FileManager.default.currentDirectoryPath,
  stderrIsTerminal: isatty(2) == 1, stdoutIsTerminal: isatty(1) == 1)
let output = CLI.run(Array(CommandLine.arguments.dropFirst()), environment)
guard writeAll(output.binary ?? Array(output.stdout.utf8), to: 1) else {
  let reason = String(cString: strerror(errno))
  _ = writeAll(Array("error: cannot write to standard output: \(reason)\n".utf8), to: 2)
  exit(1)
}
// Nothing is left to report where standard error itself cannot be written.
_ = writeAll(Array(output.stderr.utf8), to: 2)
exit(output.status)
