import Foundation

// A closed pipe must give an error, not kill the process with SIGPIPE before it can say so.
signal(SIGPIPE, SIG_IGN)

/// Writes all of `text` to `descriptor`; false when the system refuses (a full disk, a closed
/// pipe), where FileHandle.write would trap.
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
  let bytes = Array(text.utf8)
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
let written =
  output.binary.map { bytes in
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += n
    }
    return true
  } ?? writeAll(output.stdout, to: 1)
guard written else {
  let reason = String(cString: strerror(errno))
  _ = writeAll("error: cannot write to standard output: \(reason)\n", to: 2)
  exit(1)
}
// Nothing is left to report where standard error itself cannot be written.
_ = writeAll(output.stderr, to: 2)
exit(output.status)
