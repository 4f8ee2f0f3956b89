import Foundation

/// Everything that can go wrong in the Reports module.
public enum ReportsError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A report file could not be written.
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
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

/// Writes rendered pages: every file is first written in full under a temporary name, then all
/// are renamed into place, so a failure never leaves a half-written report.
public enum ReportWriter {
  /// Renders and writes `pages` into `directory` (created if needed).
  /// - Parameters:
  ///   - directory: the output directory.
  ///   - displayPath: how to name the directory in the returned paths.
  /// - Returns: the written paths, in page order.
  /// - Throws: `ReportsError.cannotWrite`.
  public static func write(
    _ pages: [Page], format: ReportFormat, to directory: URL, displayPath: String
  ) throws -> [String] {
    var files: [(name: String, content: String)] = []
    for page in pages {
      for ext in format.extensions {
        let content = ext == "md" ? MarkdownRenderer.render(page) : HTMLRenderer.render(page)
        files.append(("\(page.slug).\(ext)", content))
      }
    }
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ReportsError.cannotWrite(path: displayPath, reason: "cannot create the directory")
    }
    var temporary: [(URL, URL)] = []
    defer { for (temp, _) in temporary { try? manager.removeItem(at: temp) } }
    for file in files {
      let final = directory.appendingPathComponent(file.name)
      let temp = directory.appendingPathComponent(".\(file.name).tmp-\(getpid())")
      guard manager.createFile(atPath: temp.path, contents: Data(file.content.utf8)) else {
        throw ReportsError.cannotWrite(
          path: "\(displayPath)/\(file.name)", reason: "permission denied or disk full")
      }
      temporary.append((temp, final))
    }
    for (temp, final) in temporary {
      guard rename(temp.path, final.path) == 0 else {
        throw ReportsError.cannotWrite(path: final.path, reason: String(cString: strerror(errno)))
      }
    }
    temporary = []
    return files.map { "\(displayPath)/\($0.name)" }
  }
}
