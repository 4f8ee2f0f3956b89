import Foundation
import TestSupport
import Testing

/// A report set appears whole or not at all, never over someone else's files, and a killed run
/// leaves the previous set intact and no litter after the next run.
@Suite struct ReportSafetyTests {
  /// How a run ended.
  enum End: Equatable { case finished, killed(Int32) }

  /// Starts the binary with `arguments` and sends it `signal` after `delay` seconds, or reaps
  /// it if it finished before.
  @discardableResult
  static func kill(_ arguments: [String], after delay: Double, signal: Int32 = SIGKILL) throws
    -> End
  {
    let process = Process()
    process.executableURL = Runner.executable
    process.arguments = arguments
    process.currentDirectoryURL = Runner.packageRoot
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    Foundation.kill(process.processIdentifier, signal)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
      ? .killed(process.terminationStatus) : .finished
  }

  /// `count` moments spread at random (seeded, so every run of the test is the same) over
  /// `0 … 1.2 × duration`: some fall before the write phase, some in it, some after the end.
  static func moments(_ count: Int, over duration: Double, seed: UInt64) -> [Double] {
    // Knuth's MMIX linear congruential generator: enough to spread a few moments
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double((state >> 33) % 10_000) / 10_000 * 1.2 * duration
    }
  }

  /// How long one run of `arguments` takes here, in seconds.
  static func duration(_ arguments: [String]) throws -> Double {
    let start = Date()
    let run = try Runner.run(arguments)
    #expect(run.status == 0, "\(run.stderr.prefix(200))")
    return Date().timeIntervalSince(start)
  }

  func names(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }

  @Test func badOptionsWriteNothing() throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("reports")
    for arguments in [
      ["--out", ""], ["--province", "", "--out", out.path],
      ["--province", "lai-chau,lai-chau", "--out", out.path],
    ] {
      let run = try Runner.run(["report"] + arguments, in: root)
      #expect(run.status == 64, "\(arguments)")
      #expect(run.stdout.isEmpty)
    }
    // the same province by two spellings: refused before anything is written
    let twice = try Runner.run(["report", "--province", "lai chau,lai-chau", "--out", out.path])
    #expect(twice.status == 1 && twice.stderr.contains("is a province given twice?"))
    #expect(names(root).isEmpty, "nothing written, no litter: \(names(root))")
  }

  @Test func aDirectoryWithOtherFilesIsNotReplaced() throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes.txt")
    try Data("mine".utf8).write(to: notes)
    let run = try Runner.run(["report", "--out", root.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("holds files that are not report pages (notes.txt)"))
    #expect(names(root) == ["notes.txt"])
  }

  /// A second run replaces the set whole: pages of the first set that the second does not
  /// write are gone, the marker stays, nothing hidden is left beside the directory.
  @Test func aSecondRunReplacesTheSetWhole() throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("reports")
    #expect(try Runner.run(["report", "--out", out.path, "--format", "md"]).status == 0)
    #expect(names(out).contains("province-son-la.md"))
    let second = try Runner.run([
      "report", "--out", out.path, "--format", "html", "--province", "lai-chau",
    ])
    #expect(second.status == 0)
    #expect(!names(out).contains { $0.hasSuffix(".md") }, "the first set is gone whole")
    #expect(names(out).contains("province-lai-chau.html"))
    #expect(names(root) == ["reports"], "no litter beside the set: \(names(root))")
  }

  /// Interrupts `report` at random moments with SIGINT, SIGTERM and SIGKILL while it replaces
  /// an English set with a Vietnamese one: after each interruption the directory holds one
  /// whole set of one language; SIGINT and SIGTERM leave nothing hidden beside it at once, a
  /// SIGKILL's leftovers are gone after the next run.
  @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
  func anInterruptedRunLeavesAWholeSet(signal: Int32) throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("reports")
    let english = ["report", "--out", out.path, "--lang", "en"]
    let duration = try Self.duration(english)
    let full = names(out)
    #expect(full.count > 20)
    func language() throws -> String {
      let index = try String(
        contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
      return index.contains("<html lang=\"vi\"") ? "vi" : "en"
    }
    var interrupted = 0
    for delay in Self.moments(8, over: duration, seed: UInt64(signal)) {
      let end = try Self.kill(
        ["report", "--out", out.path, "--lang", "vi"], after: delay, signal: signal)
      if end == .killed(signal) { interrupted += 1 }
      #expect(names(out) == full, "after signal \(signal) at \(delay) s: \(names(out).count) files")
      let lang = try language()
      for page in full where page.hasSuffix(".html") {
        let text = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
        #expect(text.contains("<html lang=\"\(lang)\""), "\(page) is from another set")
      }
      if signal != SIGKILL {
        #expect(names(root) == ["reports"], "signal \(signal) at \(delay) s left \(names(root))")
      }
    }
    #expect(interrupted > 0, "no run was interrupted: the moments are too late")
    #expect(try Runner.run(english).status == 0)
    #expect(names(root) == ["reports"], "litter left: \(names(root))")
    #expect(names(out) == full)
  }
}

/// `synth` writes a dataset whole or not at all: a killed run leaves no directory, and the next
/// run removes what it left behind.
@Suite struct SynthSafetyTests {
  @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
  func anInterruptedRunLeavesNothingHalfWritten(signal: Int32) throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("synthetic")
    let arguments = [
      "synth", "--units", "200", "--indicators", "30", "--seed", "1", "--out", out.path,
    ]
    let duration = try ReportSafetyTests.duration(arguments)
    try FileManager.default.removeItem(at: out)
    var interrupted = 0
    for delay in ReportSafetyTests.moments(6, over: duration, seed: 100 + UInt64(signal)) {
      let end = try ReportSafetyTests.kill(arguments, after: delay, signal: signal)
      if end == .killed(signal) { interrupted += 1 }
      if FileManager.default.fileExists(atPath: out.path) {
        // the run finished before the signal: the dataset is whole
        let check = try Runner.run(["catalog", "validate", "--data", out.path])
        #expect(check.status == 0, "after a signal at \(delay) s: \(check.stderr.prefix(200))")
        try FileManager.default.removeItem(at: out)
      }
      if signal != SIGKILL {
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(left.isEmpty, "signal \(signal) at \(delay) s left \(left)")
      }
    }
    #expect(interrupted > 0, "no run was interrupted: the moments are too late")
    let done = try Runner.run([
      "synth", "--units", "20", "--indicators", "5", "--seed", "1", "--out", out.path,
    ])
    #expect(done.status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
    #expect(left == ["synthetic"], "litter left: \(left)")
  }
}

/// A region too large to repeat on every profile (above 40 members, synthetic) gets compact
/// profiles: the region's summary, each member's figure once on the dashboard.
@Suite struct CompactReportTests {
  @Test func aLargeRegionGetsCompactProfiles() throws {
    let root = try Paths.scratch("provbench-safety")
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("synthetic")
    let synth = try Runner.run([
      "synth", "--units", "45", "--indicators", "6", "--seed", "3", "--out", data.path,
    ])
    #expect(synth.status == 0)
    let out = root.appendingPathComponent("reports")
    let run = try Runner.run([
      "report", "--data", data.path, "--format", "md", "--out", out.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let profiles = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
      $0.hasPrefix("province-")
    }
    #expect(profiles.count == 45)
    let profile = try String(
      contentsOf: out.appendingPathComponent(try #require(profiles.sorted().first)),
      encoding: .utf8)
    #expect(profile.contains("số liệu của từng tỉnh ở trang bảng tổng hợp"))
    #expect(!profile.contains("## Các tỉnh trong vùng"), "no dot plot of every province")
  }
}
