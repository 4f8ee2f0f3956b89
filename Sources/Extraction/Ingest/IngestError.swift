/// What stops `provbench ingest` before anything is written.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A program the file needs is not on `PATH`; `package` is the Debian package with it.
  case missingProgram(name: String, package: String)
  /// tesseract is installed without Vietnamese (`vie`).
  case missingLanguage(language: String, package: String)
  /// A program ran and failed; `stderr` is what it said, trimmed.
  case programFailed(file: String, program: String, status: Int32, stderr: String)
  /// The file gave no text at all (every page empty, even after OCR).
  case noText(file: String)
  /// A file type `ingest` does not read.
  case unsupportedFile(file: String, extension: String)
  /// The source file for the document exists with other bytes.
  case sourceExists(path: String)

  /// The exit status the command line ends with: 69 for something to install, 64 for a file
  /// type, 65 for bad data.
  public var exitStatus: Int32 {
    switch self {
    case .missingProgram, .missingLanguage: 69
    case .unsupportedFile: 64
    case .programFailed, .noText, .sourceExists: 65
    }
  }

  /// The message as printed, located where there is a file to name.
  public var description: String {
    switch self {
    case .missingProgram(let name, let package):
      return "error: '\(name)' not found on PATH: install Debian's \(package)"
        + " (apt-get install \(package))"
    case .missingLanguage(let language, let package):
      return "error: tesseract has no '\(language)' language data: install Debian's \(package)"
        + " (apt-get install \(package))"
    case .programFailed(let file, let program, let status, let stderr):
      let said = stderr.isEmpty ? "" : ": \(stderr)"
      return "\(file):1:1: error: \(program) failed (exit status \(status))\(said)"
    case .noText(let file):
      return "\(file):1:1: error: no text found, not even by OCR (an empty or blank document?)"
    case .unsupportedFile(let file, let ext):
      return "error: cannot ingest \(Self.quoted(file)): '.\(ext)' is not one of .pdf, .txt,"
        + " .png, .jpg, .jpeg, .tif, .tiff"
    case .sourceExists(let path):
      return "\(path):1:1: error: a different source text with this name exists: choose"
        + " another '--document' id, or remove the old file if nothing quotes it"
    }
  }

  private static func quoted(_ s: String) -> String { "'\(s)'" }
}
