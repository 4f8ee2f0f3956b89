import Foundation
import Testing

@testable import Support

/// Programs are found on PATH and run without a shell; both pipes are drained at once.
@Suite struct ExternalProgramTests {
  static let path = "/usr/local/bin:/usr/bin:/bin"

  @Test func aProgramNotOnThePathIsNotFound() {
    #expect(ExternalProgram("provbench-no-such-program", path: Self.path) == nil)
    #expect(ExternalProgram("sh", path: "") == nil)
    #expect(ExternalProgram("sh", path: nil) == nil)
    // a path is not a name: only PATH decides
    #expect(ExternalProgram("/bin/sh", path: Self.path) == nil)
  }

  /// Far more than a pipe holds, on both streams: read one after the other, this would hang.
  @Test func bigOutputsOnBothStreamsDoNotDeadlock() throws {
    let shell = try #require(ExternalProgram("sh", path: Self.path))
    let output = try shell.run([
      "-c", "head -c 1000000 /dev/zero; head -c 500000 /dev/zero | tr '\\0' x >&2; exit 3",
    ])
    #expect(output.status == 3)
    #expect(output.stdout.count == 1_000_000)
    #expect(output.stderr.utf8.count == 500_000)
  }

  @Test func argumentsAreNotInterpretedByAShell() throws {
    let echo = try #require(ExternalProgram("echo", path: Self.path))
    let output = try echo.run(["$HOME;", "`id`", "a b"])
    #expect(String(decoding: output.stdout, as: UTF8.self) == "$HOME; `id` a b\n")
    #expect(output.status == 0)
  }
}
