import Foundation
import TestSupport
import Testing

/// `docs/architecture.md`, `Package.swift` and the `import` lines under `Sources/` describe
/// the same module graph, and that graph runs one way.
@Suite struct ArchitectureTests {
  /// What a module may import besides the project's modules.
  static let system: Set<String> = ["Foundation", "Dispatch", "Synchronization"]

  /// The table of docs/architecture.md: module → the project modules it may import.
  static func documented() throws -> [String: Set<String>] {
    let text = try String(
      contentsOf: Paths.packageRoot.appendingPathComponent("docs/architecture.md"),
      encoding: .utf8)
    var graph: [String: Set<String>] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count > 3 else { continue }
      let module = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      graph[module] = Set(backticked(cells[2]))
    }
    return graph
  }

  static func backticked(_ text: String) -> [String] {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  /// A target of Package.swift: its kind, name, dependencies and path.
  struct PackageTarget {
    var kind: String
    var name: String
    var dependencies: Set<String>
    var path: String?
  }

  static func packageTargets() throws -> [PackageTarget] {
    let text = try String(
      contentsOf: Paths.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    let pattern = try NSRegularExpression(
      pattern:
        #"\.(target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)"(.*?)\)(?=,\s*(?://[^\n]*\n\s*)*\.|\s*\])"#,
      options: [.dotMatchesLineSeparators])
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      guard let kind = Range(match.range(at: 1), in: text),
        let name = Range(match.range(at: 2), in: text),
        let rest = Range(match.range(at: 3), in: text)
      else { return nil }
      let tail = String(text[rest])
      var dependencies: Set<String> = []
      if let open = tail.range(of: "dependencies: ["),
        let close = tail[open.upperBound...].firstIndex(of: "]")
      {
        dependencies = Set(
          tail[open.upperBound..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\""))
          }.filter { !$0.isEmpty })
      }
      var path: String?
      if let at = tail.range(of: "path: \"") {
        path = String(tail[at.upperBound...].prefix { $0 != "\"" })
      }
      return PackageTarget(
        kind: String(text[kind]), name: String(text[name]), dependencies: dependencies,
        path: path)
    }
  }

  /// The modules each Swift file under `Sources/<module>/` imports.
  static func imports(of module: String) throws -> [(file: String, module: String)] {
    let root = Paths.packageRoot.appendingPathComponent("Sources/\(module)")
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
    var found: [(String, String)] = []
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
          words[..<index].allSatisfy({ $0.hasPrefix("@") })
        else { continue }
        found.append(("Sources/\(module)/\(path)", String(words[index + 1])))
      }
    }
    return found
  }

  @Test func theDocumentedGraphIsThePackagesGraph() throws {
    let documented = try Self.documented()
    #expect(documented.count >= 6, "the table of docs/architecture.md is not found")
    let targets = try Self.packageTargets()
    let modules = targets.filter { $0.kind != "testTarget" && $0.path == nil }
    #expect(Set(modules.map(\.name)) == Set(documented.keys), "modules of Package.swift")
    for target in modules {
      let written = (documented[target.name] ?? []).sorted()
      #expect(
        target.dependencies == documented[target.name],
        "\(target.name): Package.swift \(target.dependencies.sorted()), the doc \(written)")
    }
  }

  @Test func everyImportIsAllowed() throws {
    let documented = try Self.documented()
    for (module, allowed) in documented {
      for (file, imported) in try Self.imports(of: module) {
        #expect(
          allowed.contains(imported) || Self.system.contains(imported),
          "\(file) imports \(imported), which \(module) may not")
      }
    }
  }

  @Test func theGraphHasNoCycle() throws {
    var remaining = try Self.documented()
    var order: [String] = []
    while let next = remaining.keys.sorted().first(where: { remaining[$0]?.isEmpty ?? false }) {
      order.append(next)
      remaining[next] = nil
      for key in remaining.keys { remaining[key]?.remove(next) }
    }
    #expect(remaining.isEmpty, "a cycle among \(remaining.keys.sorted())")
    #expect(order.first == "Support")
  }

  @Test func benchmarksAreOutsideTheLibraryGraph() throws {
    let targets = try Self.packageTargets()
    let benchmarks = Set(
      targets.filter { $0.path?.hasPrefix("Benchmarks/") ?? false }.map(\.name))
    #expect(benchmarks == ["CompositeBench", "ScaleBench"])
    for target in targets where !benchmarks.contains(target.name) {
      #expect(target.dependencies.isDisjoint(with: benchmarks), "\(target.name)")
    }
  }

  @Test func noModuleReachesIntoAnotherBySPI() throws {
    let root = Paths.packageRoot.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      #expect(!text.contains("@_spi"), "Sources/\(path)")
    }
  }
}
