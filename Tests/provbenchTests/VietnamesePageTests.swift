import Foundation
import TestSupport
import Testing

/// Vietnamese pages speak Vietnamese: a reason names denominators, provinces and indicators by
/// their labels, not by internal ids or English variable names.
@Suite struct VietnamesePageTests {
  @Test func reasonsUseLabelsNotIds() throws {
    let root = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("reports")
    let run = try Runner.run(["report", "--lang", "vi", "--format", "md", "--out", out.path])
    #expect(run.status == 0, "\(run.stderr.prefix(300))")
    var text = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path)
    where name.hasSuffix(".md") {
      text += try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
    }
    let denominators = text.components(separatedBy: "khác mẫu số: ").dropFirst()
    #expect(!denominators.isEmpty)
    for reason in denominators {
      let line = String(reason.prefix { $0 != "|" && $0 != "\n" })
      #expect(!line.contains("_"), "an id in '\(line)'")
      for english in ["population", "expenditure", "citizens", "spending", "grdp "] {
        #expect(!line.contains(english), "English in '\(line)'")
      }
    }
    #expect(text.contains("khác mẫu số: “dân số” và “người dân và doanh nghiệp”"))
    // a province is named, not given by its id
    #expect(!text.contains("lai-chau không có mục tiêu") && !text.contains("thai-nguyen không"))
    #expect(text.contains("Lai Châu không có mục tiêu cho chỉ tiêu này"))
  }
}
