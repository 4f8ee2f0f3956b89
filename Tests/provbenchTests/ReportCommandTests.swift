import Foundation
import TestSupport
import Testing

/// The main job: `provbench report` on the bundled data, in both languages and formats.
@Suite struct ReportCommandTests {
  static let goldenPages = [
    "index", "province-lai-chau", "compare-thai-nguyen-lai-chau", "dashboard", "conflicts",
    "composite", "composite-audit",
  ]

  @Test(arguments: ["vi", "en"])
  func reportSetMatchesGoldenFiles(_ language: String) throws {
    let dir = try Paths.scratch("provbench-report")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Runner.run(["report", "--lang", language, "--out", dir.path])
    #expect(run.status == 0 && run.stderr.isEmpty)
    let printed = run.stdout.split(separator: "\n").map(String.init)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      Set(printed.map { URL(fileURLWithPath: $0).lastPathComponent })
        == Set(files.filter { !$0.hasPrefix(".") }))
    #expect(files.contains("province-thai-nguyen.html") && files.contains("province-lai-chau.md"))
    #expect(
      files.filter { $0.hasPrefix(".") } == [".provbench-report-set"],
      "only the marker; no temporary file is left behind")
    for page in Self.goldenPages {
      for ext in ["md", "html"] {
        let text = try String(
          contentsOf: dir.appendingPathComponent("\(page).\(ext)"), encoding: .utf8)
        Golden.check(text, "report/\(page).\(language).\(ext)")
      }
    }
  }

  /// Every province of the region has a profile in both geography versions, also one with few
  /// or no targets; the dashboard carries the coverage matrix.
  @Test(arguments: [("2024", 14), ("2025", 9)])
  func everyMemberHasAProfile(_ geography: String, _ count: Int) throws {
    let dir = try Paths.scratch("provbench-report")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Runner.run([
      "report", "--geography", geography, "--format", "md", "--out", dir.path,
    ])
    #expect(run.status == 0 && run.stderr.isEmpty)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    let profiles = files.filter { $0.hasPrefix("province-") }
    #expect(profiles.count == count, "\(profiles.sorted())")
    for profile in profiles {
      let text = try String(contentsOf: dir.appendingPathComponent(profile), encoding: .utf8)
      #expect(text.contains("## Chỉ tiêu cốt lõi của Nghị quyết 57-NQ/TW"), "\(profile)")
    }
    let dashboard = try String(
      contentsOf: dir.appendingPathComponent("dashboard.md"), encoding: .utf8)
    #expect(dashboard.contains("## Độ bao phủ số liệu"))
    #expect(dashboard.contains("| Số tỉnh có mục tiêu | Số tỉnh có số liệu thực tế |"))
  }

  /// Sơn La has a GRDP-per-capita series (2022, 2025): its profile shows the delivery gap
  /// with the years and the pace, and its observed values against the region.
  @Test func aProfileShowsDeliveryAndObservedValues() throws {
    let dir = try Paths.scratch("provbench-report")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Runner.run([
      "report", "--province", "son-la", "--format", "md", "--out", dir.path,
    ])
    #expect(run.status == 0)
    let text = try String(
      contentsOf: dir.appendingPathComponent("province-son-la.md"), encoding: .utf8)
    #expect(text.contains("## Kết quả thực hiện so với mục tiêu"))
    #expect(text.contains("61,8 (2025)"))
    #expect(text.contains("tăng trưởng thực tế 2022–2025, cần có 2022–2030"))
    #expect(text.contains("## Số liệu thực tế so với các tỉnh trong vùng"))
    #expect(!text.contains("observed 2022"), "no English on the Vietnamese page")
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let a = try Paths.scratch("provbench-report")
    let b = try Paths.scratch("provbench-report")
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    // two failed runs would compare equal: both must succeed and write the set
    for dir in [a, b] {
      let run = try Runner.run(["report", "--out", dir.path])
      #expect(run.status == 0 && run.stderr.isEmpty)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
    #expect(files.contains("index.html") && files.count > 20)
    #expect(files == (try FileManager.default.contentsOfDirectory(atPath: b.path).sorted()))
    for file in files {
      let x = try Data(contentsOf: a.appendingPathComponent(file))
      let y = try Data(contentsOf: b.appendingPathComponent(file))
      #expect(x == y, "\(file) differs between runs")
    }
  }

  @Test func formatAndProvinceOptions() throws {
    let dir = try Paths.scratch("provbench-report")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Runner.run([
      "report", "--format", "md", "--province", "lai chau", "--compare", "lai-chau,Thái Nguyên",
      "--geography", "2025", "--out", dir.path,
    ])
    #expect(run.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      files == [
        ".provbench-report-set", "compare-lai-chau-thai-nguyen.md", "composite-audit.md",
        "composite.md", "conflicts.md", "dashboard.md", "index.md", "province-lai-chau.md",
      ])
    let index = try String(contentsOf: dir.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("do provbench suy ra, không phải danh sách chính thức"))
  }

  @Test func stampIsOptIn() throws {
    let dir = try Paths.scratch("provbench-report")
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try Runner.run(["report", "--format", "md", "--stamp", "--out", dir.path])
    let index = try String(contentsOf: dir.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("Tạo lúc: "))
  }

  @Test func badOptionsAreUsageErrors() throws {
    let run = try Runner.run(["report", "--compare", "lai-chau"])
    #expect(run.status == 64 && run.stderr.hasPrefix("error: '--compare' takes two provinces"))
    let lang = try Runner.run(["report", "--lang", "fr"])
    #expect(lang.status == 64 && lang.stderr.hasPrefix("error: invalid value 'fr' for '--lang'"))
  }
}
