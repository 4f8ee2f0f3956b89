import Catalog
import Foundation
import Support

/// Reads the pages of a document file through Debian's converters, found on `PATH`: a PDF's
/// text layer with poppler's `pdftotext -layout`; a PDF page without text rasterised by
/// `pdftoppm` at 300 dpi and read by `tesseract` in Vietnamese, as an image file is; a `.txt`
/// file as it is.
public struct DocumentReader: Sendable {
  /// The file types read, by lower-case extension.
  public static let extensions = ["pdf", "txt", "png", "jpg", "jpeg", "tif", "tiff"]
  /// A page with fewer letters than this in its text layer is read by OCR instead.
  static let minimumLetters = 10

  /// The `PATH` programs are looked up in.
  public var path: String?
  /// The tesseract language (`vie`).
  public var language = "vie"

  /// A reader looking programs up in `path` (a `PATH` value).
  public init(path: String?) {
    self.path = path
  }

  /// Which pages were read by OCR, for the summary.
  public struct Result: Sendable {
    /// Each page's text, in order.
    public var pages: [String]
    /// The page numbers (from 1) read by OCR.
    public var ocrPages: [Int]
  }

  /// The pages of the file at `url`.
  /// - Parameter displayPath: how messages name the file.
  /// - Throws: `IngestError` (a missing program or language, a failing program, a file type
  ///   not read, no text) or `CatalogError` for an unreadable or non-UTF-8 text file.
  public func read(_ url: URL, displayPath: String) throws -> Result {
    let ext = url.pathExtension.lowercased()
    switch ext {
    case "txt":
      return Result(pages: [try UTF8Text.read(url, displayPath: displayPath)], ocrPages: [])
    case "pdf":
      return try readPDF(url, displayPath)
    case "png", "jpg", "jpeg", "tif", "tiff":
      try requireReadable(url, displayPath)
      let tesseract = try ocrReady()
      let text = try utf8(try run(tesseract, [url.path, "-", "-l", language], displayPath))
      // a multi-page TIFF comes back with a form feed after each page
      var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
      if pages.count > 1, Text.trimmed(pages.last ?? "").isEmpty { pages.removeLast() }
      try requireText(pages, displayPath)
      return Result(pages: pages, ocrPages: Array(1...max(1, pages.count)))
    default:
      throw IngestError.unsupportedFile(file: displayPath, extension: ext)
    }
  }

  private func readPDF(_ url: URL, _ displayPath: String) throws -> Result {
    try requireReadable(url, displayPath)
    let pdftotext = try program("pdftotext", package: "poppler-utils")
    let layer = try utf8(
      try run(pdftotext, ["-layout", "-enc", "UTF-8", url.path, "-"], displayPath))
    // pdftotext ends every page with a form feed
    var pages = layer.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
    if pages.count > 1 { pages.removeLast() }
    var ocrPages: [Int] = []
    // found once, on the first page that needs them
    var tools: (pdftoppm: ExternalProgram, tesseract: ExternalProgram)?
    for (index, page) in pages.enumerated()
    where page.unicodeScalars.filter(\.properties.isAlphabetic).count < Self.minimumLetters {
      let (pdftoppm, tesseract) =
        try tools ?? (program("pdftoppm", package: "poppler-utils"), ocrReady())
      tools = (pdftoppm, tesseract)
      pages[index] = try ocr(page: index + 1, of: url, pdftoppm, tesseract, displayPath)
      ocrPages.append(index + 1)
    }
    try requireText(pages, displayPath)
    return Result(pages: pages, ocrPages: ocrPages)
  }

  /// Rasterises one page at 300 dpi into a temporary PNG and reads it with tesseract.
  private func ocr(
    page: Int, of url: URL, _ pdftoppm: ExternalProgram, _ tesseract: ExternalProgram,
    _ displayPath: String
  ) throws -> String {
    let manager = FileManager.default
    let directory = manager.temporaryDirectory.appendingPathComponent(
      "provbench-ingest-\(getpid())-\(UUID().uuidString)")
    do {
      try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw CatalogError.unreadableFile(
        path: directory.path, reason: "cannot create a temporary directory for OCR")
    }
    defer { try? manager.removeItem(at: directory) }
    let prefix = directory.appendingPathComponent("page").path
    _ = try run(
      pdftoppm,
      ["-f", "\(page)", "-l", "\(page)", "-r", "300", "-png", "-singlefile", url.path, prefix],
      displayPath)
    let text = try run(tesseract, [prefix + ".png", "-", "-l", language], displayPath)
    return try utf8(text).replacingOccurrences(of: "\u{0C}", with: "")
  }

  /// tesseract, once it is known to read `language`.
  private func ocrReady() throws -> ExternalProgram {
    let tesseract = try program("tesseract", package: "tesseract-ocr")
    let listing = try run(tesseract, ["--list-langs"], "tesseract --list-langs")
    // tesseract 4 printed the list on stderr, 5 on stdout
    let words = (String(decoding: listing, as: UTF8.self)).split(whereSeparator: \.isWhitespace)
    guard words.contains(Substring(language)) else {
      throw IngestError.missingLanguage(
        language: language, package: "tesseract-ocr-\(language == "vie" ? "vie" : language)")
    }
    return tesseract
  }

  private func program(_ name: String, package: String) throws -> ExternalProgram {
    guard let program = ExternalProgram(name, path: path) else {
      throw IngestError.missingProgram(name: name, package: package)
    }
    return program
  }

  /// Standard output of a successful run (standard error appended for `--list-langs`).
  private func run(_ program: ExternalProgram, _ arguments: [String], _ displayPath: String)
    throws -> [UInt8]
  {
    let output: ExternalProgram.Output
    do {
      output = try program.run(arguments)
    } catch let failure as ExternalProgram.Failure {
      throw IngestError.programFailed(
        file: displayPath, program: program.name, status: -1, stderr: failure.reason)
    }
    guard output.status == 0 else {
      let said = Text.collapsingWhitespace(output.stderr)
      throw IngestError.programFailed(
        file: displayPath, program: program.name, status: output.status,
        stderr: String(said.prefix(600)))
    }
    return arguments == ["--list-langs"] ? output.stdout + Array(output.stderr.utf8) : output.stdout
  }

  private func utf8(_ bytes: [UInt8]) throws -> String {
    // the converters write UTF-8; a stray byte is replaced rather than failing the document
    String(decoding: bytes, as: UTF8.self)
  }

  private func requireReadable(_ url: URL, _ displayPath: String) throws {
    // the same messages as every other file provbench reads (no such file, a directory …)
    let (descriptor, _) = try CatalogError.reading {
      try FileInput.openRegular(url, displayPath: displayPath, within: nil)
    }
    close(descriptor)
  }

  private func requireText(_ pages: [String], _ displayPath: String) throws {
    guard pages.contains(where: { !Text.trimmed($0).isEmpty }) else {
      throw IngestError.noText(file: displayPath)
    }
  }
}
