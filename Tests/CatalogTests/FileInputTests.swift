import Foundation
import Support
import Testing

@testable import Catalog
@testable import Extraction

/// Only regular files inside the dataset are read: a named pipe is refused at once (it would
/// block forever), a link out of the dataset is refused, a link loop is named as one.
@Suite struct FileInputTests {
  /// A copy of the valid fixture as `<root>/datasets`.
  func copyOfValid() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/valid"),
      to: root.appendingPathComponent("datasets"))
    return root
  }

  /// The valid fixture with `sources/doc-a.txt` replaced by what `make` puts there.
  func load(replacingSourceWith make: (URL) throws -> Void) throws -> [String] {
    let root = try copyOfValid()
    defer { try? FileManager.default.removeItem(at: root) }
    let source = root.appendingPathComponent("datasets/sources/doc-a.txt")
    try FileManager.default.removeItem(at: source)
    try make(source)
    let error = try #require(throws: CatalogError.self) {
      try CatalogLoader.load(from: root.appendingPathComponent("datasets"), displayPath: "datasets")
    }
    guard case .invalidData(let diagnostics) = error else { return ["\(error)"] }
    return diagnostics.filter { $0.severity == .error }.map(\.description)
  }

  @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
    let errors = try load { url in #expect(mkfifo(url.path, 0o600) == 0) }
    #expect(
      errors.contains {
        $0.contains(
          "source file 'datasets/sources/doc-a.txt' cannot be read: is not a regular file")
      }, "\(errors)")
  }

  @Test func aLinkOutOfTheDatasetIsRefused() throws {
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-outside-\(UUID().uuidString).txt")
    try Data("Quy mo kinh te so dat toi thieu 40% GRDP.".utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    let errors = try load { url in
      try FileManager.default.createSymbolicLink(at: url, withDestinationURL: outside)
    }
    #expect(errors.contains { $0.contains("is a link to a file outside the dataset") }, "\(errors)")
  }

  @Test func aLinkLoopIsNamedAsOne() throws {
    let errors = try load { url in
      try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: url.path)
    }
    #expect(errors.contains { $0.contains("a loop of symbolic links") }, "\(errors)")
  }

  @Test func aLinkInsideTheDatasetIsRead() throws {
    let root = try copyOfValid()
    defer { try? FileManager.default.removeItem(at: root) }
    let sources = root.appendingPathComponent("datasets/sources")
    try FileManager.default.moveItem(
      at: sources.appendingPathComponent("doc-a.txt"),
      to: sources.appendingPathComponent("real-doc-a.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: sources.appendingPathComponent("doc-a.txt").path,
      withDestinationPath: "real-doc-a.txt")
    #expect(throws: Never.self) {
      try CatalogLoader.load(from: root.appendingPathComponent("datasets"), displayPath: "datasets")
    }
  }

  @Test func aNamedPipeGivenByTheUserIsRefused() throws {
    let fifo = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-fifo-\(UUID().uuidString)")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    defer { try? FileManager.default.removeItem(at: fifo) }
    #expect(
      throws: SupportError.unreadableFile(
        path: "plan.txt", reason: "is not a regular file (a named pipe, socket or device)")
    ) {
      _ = try FileInput.bytes(of: fifo, displayPath: "plan.txt")
    }
    // and as a plan to extract from, as the catalog reports it
    #expect(
      throws: CatalogError.unreadableFile(
        path: "plan.txt", reason: "is not a regular file (a named pipe, socket or device)")
    ) {
      _ = try UTF8Text.read(fifo, displayPath: "plan.txt")
    }
  }
}
