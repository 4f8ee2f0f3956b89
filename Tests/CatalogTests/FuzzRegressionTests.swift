import Foundation
import Support
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// Replays every input the fuzzers found (`Fuzz/Crashers/<target>/`, see `scripts/fuzz`)
/// through the API its harness drives, with the harness's checks as expectations: a crash
/// here is a crash there, and a wrong answer fails the test.
@Suite struct FuzzRegressionTests {
  @Test func everyCrasherDirectoryHasAHarnessAndAReplay() throws {
    // harnesses of the Benchmark module (Fuzz/Spec) are replayed by BenchmarkTests
    let harnesses = try FuzzCrasher.directories(FuzzCrasher.fuzz)
      .filter {
        FileManager.default.fileExists(atPath: "\(FuzzCrasher.fuzz.path)/\($0)/main.swift")
      }
    let catalogHarnesses = try harnesses.filter {
      let main = try String(
        contentsOf: FuzzCrasher.fuzz.appendingPathComponent("\($0)/main.swift"), encoding: .utf8)
      return !main.contains("import Benchmark")
    }
    let crashers = try FuzzCrasher.directories(FuzzCrasher.crashers)
    #expect(Set(catalogHarnesses) == Set(FuzzCrasher.Target.allCases.map(\.rawValue)))
    #expect(harnesses.contains("Spec"), "the spec harness is replayed by BenchmarkTests")
    #expect(Set(crashers).isSubset(of: harnesses))
  }

  @Test(arguments: FuzzCrasher.all)
  func crasherIsHandled(_ crasher: FuzzCrasher) throws {
    let bytes = try [UInt8](Data(contentsOf: crasher.url))
    switch crasher.target {
    case .csvReader: try Replay.csvReader(bytes)
    case .targets: try Replay.targets(bytes)
    case .parsers: Replay.parsers(String(decoding: bytes, as: UTF8.self))
    case .jsonReader: try Replay.jsonReader(String(decoding: bytes, as: UTF8.self))
    case .extractor: try Replay.extractor(bytes)
    }
  }

  /// The replays themselves work: the first seed of each target passes them.
  @Test(arguments: FuzzCrasher.Target.allCases)
  func firstSeedReplays(_ target: FuzzCrasher.Target) throws {
    let directory = FuzzCrasher.fuzz.appendingPathComponent("Corpus/\(target.rawValue)")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().first)
    let crasher = FuzzCrasher(target: target, url: directory.appendingPathComponent(name))
    try crasherIsHandled(crasher)
  }

  @Test func yearsAndDatesHaveOneSpelling() {
    #expect(Horizon(csv: "0966") == nil)
    #expect(Horizon(csv: "0202-2030") == nil)
    #expect(Horizon(csv: "2021–2030")?.csv == "2021-2030")
    #expect(Day(iso: "0025-04-15") == nil)
    #expect(Day(iso: "2025-+4-15") == nil)
    #expect(Day(iso: "2025-04-15")?.description == "2025-04-15")
  }
}

/// One file under `Fuzz/Crashers/<target>/`.
struct FuzzCrasher: Sendable, CustomTestStringConvertible {
  enum Target: String, Sendable, CaseIterable {
    case csvReader = "CSVReader"
    case targets = "Targets"
    case parsers = "Parsers"
    case jsonReader = "JSONReader"
    case extractor = "Extractor"
  }

  var target: Target
  var url: URL
  var testDescription: String { "\(target.rawValue)/\(url.lastPathComponent)" }

  static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")
  static let crashers = fuzz.appendingPathComponent("Crashers")

  static var all: [FuzzCrasher] {
    Target.allCases.flatMap { target in
      let directory = crashers.appendingPathComponent(target.rawValue)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map {
        FuzzCrasher(target: target, url: directory.appendingPathComponent($0))
      }
    }
  }

  /// The subdirectories of `url`; none if it does not exist (git keeps no empty directory).
  static func directories(_ url: URL) throws -> [String] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    return try FileManager.default.contentsOfDirectory(atPath: url.path).filter {
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: url.appendingPathComponent($0).path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
  }
}

/// The checks of each harness under `Fuzz/`, as expectations.
enum Replay {
  /// `Fuzz/CSVReader`: one located error, or a table that reads back the same.
  static func csvReader(_ bytes: [UInt8]) throws {
    do {
      let table = try CSVReader.read(bytes, file: "fuzz.csv")
      func line(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
          .joined(separator: ",")
      }
      let written = ([table.header] + table.records.map(\.fields)).map(line)
        .joined(separator: "\n")
      let again = try CSVReader.read(Array(written.utf8), file: "fuzz.csv")
      #expect(again.header == table.header)
      #expect(again.records.map(\.fields) == table.records.map(\.fields))
    } catch let error as SupportError {
      expectLocated(error.diagnostics, file: "fuzz.csv", count: 1)
    }
  }

  /// `Fuzz/Targets`: located errors, or one target for every non-empty row.
  static func targets(_ body: [UInt8]) throws {
    let header =
      "id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,"
      + "label,confidence,caveat,note\n"
    let bytes = Array(header.utf8) + body
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/valid")
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("provbench-fuzz-regression-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixture, to: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    try Data(bytes).write(to: scratch.appendingPathComponent("targets.csv"))
    do {
      let loaded = try CatalogLoader.load(from: scratch, displayPath: "datasets")
      let table = try CSVReader.read(bytes, file: "datasets/targets.csv")
      let rows = table.records.filter { !$0.fields.allSatisfy { Text.trimmed($0).isEmpty } }
      #expect(loaded.catalog.targets.count == rows.count)
    } catch let error as CatalogError {
      expectLocated(error, file: "datasets/", count: nil)
    }
  }

  /// `Fuzz/Parsers`: what a field parser accepts is how it writes the value back.
  static func parsers(_ text: String) {
    for field in [text, Text.nfc(Text.trimmed(text))] {
      if let horizon = Horizon(csv: field) {
        #expect(horizon.csv == field.replacingOccurrences(of: "–", with: "-"))
      }
      if let day = Day(iso: field) {
        #expect(day.description == field)
      }
      if let comparison = Comparison(csv: field) {
        #expect(Comparison(csv: comparison.rawValue) == comparison)
      }
      if let number = RowReader.parseNumber(field) {
        #expect(number.isFinite)
      } else {
        #expect(RowReader.numberAdvice(field, column: "value").hasPrefix("invalid number "))
      }
    }
  }

  /// `Fuzz/JSONReader`: one located error, or a value.
  static func jsonReader(_ text: String) throws {
    do {
      _ = try JSONReader.read(text, file: "spec.json")
    } catch let error as SupportError {
      expectLocated(error.diagnostics, file: "spec.json", count: 1)
    }
  }

  /// The extractor of the `Extractor` harness: the shipped lexicon and indicators.
  static let harnessExtractor = Result {
    let datasets = Paths.packageRoot.appendingPathComponent("datasets")
    let indicators = try CatalogLoader.load(from: datasets, displayPath: "datasets").catalog
      .indicators
    let lexicon = try Lexicon.load(
      from: datasets.appendingPathComponent("lexicon.csv"), displayPath: "datasets/lexicon.csv",
      indicators: indicators)
    return TargetExtractor(lexicon: lexicon.lexicon, indicators: indicators)
  }

  /// `Fuzz/Extractor`: well-formed candidates from any bytes.
  static func extractor(_ bytes: [UInt8]) throws {
    let text =
      (try? UTF8Text.decode(bytes, file: "plan.txt")) ?? String(decoding: bytes, as: UTF8.self)
    let lines = text.unicodeScalars.count(where: { $0 == "\n" || $0 == "\r" }) + 1
    let candidates = try harnessExtractor.get().extract(
      text, geo: "fuzz", document: "fuzz-doc")
    #expect(Set(candidates.map(\.id)).count == candidates.count)
    for candidate in candidates {
      #expect(candidate.lines.lowerBound >= 1 && candidate.lines.upperBound <= lines)
      #expect(candidate.quantity.value.isFinite)
      #expect((0...1).contains(candidate.confidence))
    }
  }

  static func expectLocated(_ error: CatalogError, file: String, count: Int?) {
    expectLocated(error.diagnostics, file: file, count: count)
  }

  static func expectLocated(_ diagnostics: [Diagnostic], file: String, count: Int?) {
    #expect(diagnostics.contains { $0.severity == .error })
    if let count { #expect(diagnostics.count == count) }
    for diagnostic in diagnostics {
      #expect(diagnostic.location.file.hasPrefix(file))
      #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
      #expect(!diagnostic.description.contains("\n"))
    }
  }
}
