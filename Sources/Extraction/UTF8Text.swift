import Catalog
import Foundation
import Support

/// Reads a text file (a plan to extract from) as UTF-8, with a located error for bad bytes.
public enum UTF8Text {
  /// The UTF-8 text of the file at `url` (a byte-order mark is dropped).
  /// - Throws: `CatalogError.unreadableFile`, or `.invalidData` locating the first byte that
  ///   is not UTF-8.
  public static func read(_ url: URL, displayPath: String) throws -> String {
    try decode(
      CatalogError.reading { try FileInput.bytes(of: url, displayPath: displayPath) },
      file: displayPath)
  }

  /// Decodes UTF-8 `bytes`; see `read(_:displayPath:)`.
  public static func decode(_ bytes: [UInt8], file: String) throws -> String {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var scalars = String.UnicodeScalarView()
    var line = 1
    var column = 1
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        scalars.append(scalar)
      case .emptyInput:
        break loop
      case .error:
        throw CatalogError.invalidData([
          Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column),
            "invalid UTF-8 byte sequence (save the file as UTF-8)")
        ])
      }
    }
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    return String(scalars)
  }
}
