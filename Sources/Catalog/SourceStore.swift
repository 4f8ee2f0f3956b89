import Foundation
import Support

/// The source texts of a dataset's documents, each read the first time a quote needs it (on
/// whichever loading thread that is) and the rest by `finish()`, so that every file is read
/// once and its problems are reported as if all had been read up front.
final class SourceStore: @unchecked Sendable {
  private let lock = NSLock()
  /// The rows of the documents with a file under `sources/`, by document id, in file order.
  private let rows: [String: [(RowReader, Document)]]
  private let directory: URL
  private let path: String
  private var loaded: [String: (text: SourceText, path: String)?] = [:]
  private var diagnostics = DiagnosticLog()

  init(documents: [(RowReader, Document)], directory: URL, path: String) {
    var rows: [String: [(RowReader, Document)]] = [:]
    for (row, document) in documents {
      guard let file = document.file, RecordDecoding.isInsideSources(file) else { continue }
      rows[document.id, default: []].append((row, document))
    }
    self.rows = rows
    self.directory = directory
    self.path = path
  }

  /// The source text of a document and its path for messages, or nil if it has none or the
  /// file cannot be used (a later row with the same id replaces an earlier one).
  func text(of id: String) -> (SourceText, String)? {
    lock.lock()
    defer { lock.unlock() }
    return load(id).map { ($0.text, $0.path) }
  }

  /// Reads the files no quote asked for; returns every text and the problems found.
  func finish() -> (texts: [String: SourceText], diagnostics: [Diagnostic]) {
    lock.lock()
    defer { lock.unlock() }
    var texts: [String: SourceText] = [:]
    for id in rows.keys.sorted() {
      if let (text, _) = load(id) { texts[id] = text }
    }
    return (texts, diagnostics.entries)
  }

  private func load(_ id: String) -> (text: SourceText, path: String)? {
    if let known = loaded[id] { return known }
    var result: (text: SourceText, path: String)?
    for (row, document) in rows[id] ?? [] {
      guard let file = document.file else { continue }
      let path = "\(self.path)/\(file)"
      do {
        let bytes = try FileInput.bytes(
          of: directory.appendingPathComponent(file), displayPath: path, within: directory)
        if let expected = document.sha256, SHA256.isDigest(expected) {
          let actual = SHA256.hex(bytes)
          if actual != expected {
            diagnostics.error(
              row.location("sha256"),
              "source file \(Text.quoted(path)) has SHA-256 \(actual), not the \(expected)"
                + " recorded here (the file changed after it was added; restore it or re-ingest)"
            )
          }
        }
        guard let text = SourceText(fileBytes: bytes) else {
          diagnostics.error(
            row.location(.file), "source file \(Text.quoted(path)) is not valid UTF-8")
          continue
        }
        result = (text, path)
      } catch let error as SupportError {
        if case .unreadableFile(_, let reason) = error {
          diagnostics.error(
            row.location(.file), "source file \(Text.quoted(path)) cannot be read: \(reason)")
        }
      } catch {
        diagnostics.error(
          row.location(.file), "source file \(Text.quoted(path)) cannot be read: \(error)")
      }
    }
    loaded[id] = .some(result)
    return result
  }
}
