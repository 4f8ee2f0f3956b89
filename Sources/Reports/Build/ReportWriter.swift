import Catalog
import Foundation
import Support

/// Everything that can go wrong in the Reports module.
public enum ReportsError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A report file could not be written.
  case cannotWrite(path: String, reason: String)

  /// `cannot write 'path': reason`.
  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write \(Text.quoted(path)): \(reason)"
    }
  }
}

/// The file formats of a report set.
public enum ReportFormat: String, Sendable, CaseIterable {
  case md
  case html
  case both

  var extensions: [String] {
    switch self {
    case .md: ["md"]
    case .html: ["html"]
    case .both: ["md", "html"]
    }
  }
}

/// Writes a report set whole or not at all.
///
/// Every page is rendered first; the set is written into a `StagedDirectory` beside the output
/// directory and then swapped with it in one step, so a reader, a failure or a killed run sees
/// either the previous set or the new one, never a mix.
/// The output directory must be new, empty, or a report set written before (only report pages
/// in it): provbench never replaces a directory holding anything else.
public enum ReportWriter {
  /// The file that marks a directory as a provbench report set.
  public static let marker = ".provbench-report-set"

  /// Renders and writes `pages` into `directory`.
  /// - Parameters:
  ///   - directory: the output directory; its parent is created if needed.
  ///   - displayPath: how to name the directory in the returned paths.
  /// - Returns: the written paths, in page order.
  /// - Throws: `ReportsError.cannotWrite`, before anything is written where the pages or the
  ///   directory are unsuitable.
  public static func write(
    _ pages: [Page], format: ReportFormat, to directory: URL, displayPath: String
  ) throws -> [String] {
    var files: [(name: String, content: String)] = []
    var names = Set<String>()
    for page in pages {
      guard Text.isSlug(page.slug) else {
        throw ReportsError.cannotWrite(
          path: "\(displayPath)/\(page.slug)", reason: "a page name must be a plain slug")
      }
      for ext in format.extensions {
        let name = "\(page.slug).\(ext)"
        guard names.insert(name).inserted else {
          throw ReportsError.cannotWrite(
            path: "\(displayPath)/\(name)",
            reason: "two pages would have this name (is a province given twice?)")
        }
        let content = ext == "md" ? MarkdownRenderer.render(page) : HTMLRenderer.render(page)
        files.append((name, content))
      }
    }
    let target = directory.standardizedFileURL
    let base = target.lastPathComponent
    guard !base.isEmpty, base != "/", base != ".", base != ".." else {
      throw ReportsError.cannotWrite(path: displayPath, reason: "not a directory name")
    }
    try checkReplaceable(target, displayPath)
    let stage: StagedDirectory
    do {
      stage = try StagedDirectory(for: target)
    } catch let failure as StagedDirectory.Failure {
      throw ReportsError.cannotWrite(path: displayPath, reason: failure.reason)
    }
    for file in files + [
      (marker, "A report set written by provbench; replaced whole by the next run.\n")
    ] {
      guard
        FileManager.default.createFile(
          atPath: stage.url.appendingPathComponent(file.name).path,
          contents: Data(file.content.utf8))
      else {
        stage.discard()
        throw ReportsError.cannotWrite(
          path: "\(displayPath)/\(file.name)", reason: "permission denied or disk full")
      }
    }
    do {
      try stage.commit()
    } catch let failure as StagedDirectory.Failure {
      throw ReportsError.cannotWrite(path: displayPath, reason: failure.reason)
    }
    return files.map { "\(displayPath)/\($0.name)" }
  }

  /// Refuses an output directory that holds anything but a report set.
  private static func checkReplaceable(_ target: URL, _ displayPath: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else {
      return
    }
    guard isDirectory.boolValue else {
      throw ReportsError.cannotWrite(path: displayPath, reason: "is a file, not a directory")
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
    let foreign = entries.filter { entry in
      guard entry != marker else { return false }
      let parts = entry.split(separator: ".", omittingEmptySubsequences: false)
      return
        !(parts.count == 2 && Text.isSlug(String(parts[0])) && ["md", "html"].contains(parts[1]))
    }
    if !foreign.isEmpty {
      throw ReportsError.cannotWrite(
        path: displayPath,
        reason:
          "holds files that are not report pages (\(foreign.sorted().prefix(3).joined(separator: ", ")))"
          + "; choose a new or empty directory")
    }
  }
}
