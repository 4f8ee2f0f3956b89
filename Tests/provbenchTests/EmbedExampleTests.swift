import Foundation
import TestSupport
import Testing

/// `Examples/embed` builds a catalog in memory through the public API, validates it, computes
/// a province's gaps and renders its profile page as Markdown: it compiles (the package builds
/// it for this test target) and prints what the figures say.
@Suite struct EmbedExampleTests {
  @Test func theExampleRunsAndPrintsTheGapAndThePage() throws {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("EmbedExample")
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("validated: 3 targets, no errors"))
    // beta's 20 against the mean of 40, 20 and 30
    #expect(
      text.contains(
        "beta digital_economy_share_grdp 2030: own 20, regional mean 30 over 3 of 3, gap -10"))
    #expect(text.contains("| digital_economy_share_grdp | 2030 | = 20 | b1 | 30 | 3 of 3 |"))
    #expect(text.contains("# Target profile: Tỉnh Beta"))
    // the page does not claim the NMM's decision for a region the dataset defines itself
    #expect(text.contains("Region membership: 3 provinces as the dataset lists them (example)."))
    #expect(!text.contains("369/QĐ-TTg"))
  }
}
