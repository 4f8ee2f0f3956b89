import Support

/// Everything that can go wrong in the Catalog module because of user input.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No dataset directory was given or found; `tried` lists the places looked at.
  case dataDirectoryNotFound(tried: [String])
  /// A file could not be read at all.
  case unreadableFile(path: String, reason: String)
  /// The data has errors; every diagnostic found in the run, warnings included.
  case invalidData([Diagnostic])
  /// A geo (province, region, nation) that the catalog does not know.
  case unknownGeo(String, suggestion: String?)
  /// An indicator id that the catalog does not know.
  case unknownIndicator(String, suggestion: String?)
  /// A target id that the catalog does not know.
  case unknownTarget(String, suggestion: String?)

  /// The message as printed: located lines for invalid data, one line otherwise.
  public var description: String {
    switch self {
    case .dataDirectoryNotFound(let tried):
      return "no dataset directory found (tried \(tried.joined(separator: ", ")))"
    case .unreadableFile(let path, let reason):
      return "\(path): error: cannot read file: \(reason)"
    case .invalidData(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .unknownGeo(let name, let suggestion):
      return "unknown province or region \(Text.quoted(name))" + Self.hint(suggestion)
    case .unknownIndicator(let name, let suggestion):
      return "unknown indicator \(Text.quoted(name))" + Self.hint(suggestion)
    case .unknownTarget(let name, let suggestion):
      return "unknown target \(Text.quoted(name))" + Self.hint(suggestion)
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// The diagnostics carried by `.invalidData`; none for the other cases.
  public var diagnostics: [Diagnostic] {
    if case .invalidData(let list) = self { return list }
    return []
  }
}

extension CatalogError {
  /// The same failure of a Support reader, as the catalog reports it.
  public init(_ error: SupportError) {
    switch error {
    case .unreadableFile(let path, let reason): self = .unreadableFile(path: path, reason: reason)
    case .invalidData(let diagnostics): self = .invalidData(diagnostics)
    }
  }

  /// Runs `body`, which reads files through Support, and reports what it finds wrong as a
  /// catalog error.
  package static func reading<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as SupportError {
      throw CatalogError(error)
    }
  }
}
