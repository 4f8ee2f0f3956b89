/// What the readers of the Support module find wrong with a file; the modules that read data
/// turn it into their own error (`CatalogError`, `CompositeError`).
public enum SupportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file could not be read at all.
  case unreadableFile(path: String, reason: String)
  /// The file's text is malformed; each diagnostic is located.
  case invalidData([Diagnostic])

  /// The message as printed: `path: error: …` for an unreadable file, one line per diagnostic.
  public var description: String {
    switch self {
    case .unreadableFile(let path, let reason):
      return "\(path): error: cannot read file: \(reason)"
    case .invalidData(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    }
  }

  /// The diagnostics carried by `.invalidData`; none for an unreadable file.
  public var diagnostics: [Diagnostic] {
    if case .invalidData(let list) = self { return list }
    return []
  }
}
