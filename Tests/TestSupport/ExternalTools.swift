import Foundation
import Support

/// The Debian programs the ingest tests drive (poppler, tesseract, LibreOffice) and the
/// documents they make with them: a PDF with a text layer and a scanned page.
/// `./scripts/test` installs them all; a test that lacks one is skipped with the reason.
public enum ExternalTools {
  /// `PATH` of this process.
  public static var path: String? { ProcessInfo.processInfo.environment["PATH"] }

  /// Whether `name` is on `PATH`.
  public static func has(_ name: String) -> Bool { ExternalProgram(name, path: path) != nil }

  /// Whether every one of `names` is on `PATH`.
  public static func available(_ names: String...) -> Bool { names.allSatisfy(has) }

  /// Runs `name` from `PATH` with `arguments`.
  public static func run(_ name: String, _ arguments: [String]) throws -> ExternalProgram.Output {
    guard let program = ExternalProgram(name, path: path) else {
      throw ToolFailure(message: "\(name) is not on PATH")
    }
    return try program.run(arguments)
  }

  /// Converts `file` with LibreOffice headless (`--convert-to filter`) into `directory`, with
  /// a profile of its own so that tests running at the same time do not share one instance.
  public static func libreOffice(convert file: URL, to filter: String, in directory: URL) throws
    -> ExternalProgram.Output
  {
    let profile = directory.appendingPathComponent("libreoffice-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try run(
      "soffice",
      [
        "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
        "--convert-to", filter, "--outdir", directory.path, file.path,
      ])
  }

  /// Whether tesseract is installed with Vietnamese.
  public static let hasVietnameseOCR: Bool = {
    guard let tesseract = ExternalProgram("tesseract", path: path),
      let listing = try? tesseract.run(["--list-langs"])
    else { return false }
    let words = (String(decoding: listing.stdout, as: UTF8.self) + listing.stderr)
      .split(whereSeparator: \.isWhitespace)
    return words.contains("vie")
  }()

  /// Whether python3 can draw a scan: Pillow and the DejaVu font.
  public static let canDrawScans: Bool =
    Python.hasModule("PIL") && FileManager.default.fileExists(atPath: dejaVu)

  static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

  /// Converts the UTF-8 text file at `text` to a PDF with a text layer beside it, with
  /// LibreOffice (its own profile directory, so parallel runs do not share one).
  /// - Returns: the PDF.
  public static func pdf(fromText text: URL) throws -> URL {
    let directory = text.deletingLastPathComponent()
    guard let soffice = ExternalProgram("soffice", path: path) else {
      throw ToolFailure(message: "soffice is not on PATH")
    }
    let profile = directory.appendingPathComponent("lo-profile").absoluteString
    let output = try soffice.run([
      "-env:UserInstallation=\(profile)", "--headless", "--infilter=Text (encoded):UTF8",
      "--convert-to", "pdf", "--outdir", directory.path, text.path,
    ])
    let pdf = text.deletingPathExtension().appendingPathExtension("pdf")
    guard output.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
      throw ToolFailure(message: "soffice failed (\(output.status)): \(output.stderr)")
    }
    return pdf
  }

  /// Draws `lines` as a scanned A4-wide page at 300 dpi (DejaVu Sans at about 10 pt), with
  /// seeded speckle noise and a slight skew, and saves it to `url`: a PNG, or for `.pdf` a PDF
  /// holding only the image (no text layer).
  public static func scan(_ lines: [String], to url: URL, seed: Int = 14) throws {
    let script = """
      import sys, random
      from PIL import Image, ImageDraw, ImageFont
      lines = sys.stdin.read().split("\\n")
      font = ImageFont.truetype(sys.argv[2], 42)
      width, height = 2480, 240 + 75 * len(lines)
      page = Image.new("L", (width, height), 255)
      draw = ImageDraw.Draw(page)
      for i, line in enumerate(lines):
          draw.text((150, 120 + 75 * i), line, font=font, fill=0)
      rng = random.Random(int(sys.argv[3]))
      pixels = page.load()
      for _ in range(width * height // 400):
          pixels[rng.randrange(width), rng.randrange(height)] = rng.choice([0, 90, 170])
      page = page.rotate(0.4, fillcolor=255, resample=Image.BICUBIC)
      if sys.argv[1].endswith(".pdf"):
          page.save(sys.argv[1], resolution=300)
      else:
          page.save(sys.argv[1], dpi=(300, 300))
      """
    let run = try Python.run(
      script, arguments: [url.path, dejaVu, String(seed)],
      input: Data(lines.joined(separator: "\n").utf8))
    guard run.status == 0 else { throw ToolFailure(message: "drawing the scan: \(run.stderr)") }
  }

  /// A copy of the shipped `datasets/` in a new scratch directory (tests never touch the
  /// repository's): returns the scratch directory and the copy inside it.
  public static func datasetCopy() throws -> (scratch: URL, data: URL) {
    let scratch = try Paths.scratch("provbench-ingest")
    let data = scratch.appendingPathComponent("datasets")
    try FileManager.default.copyItem(
      at: Paths.packageRoot.appendingPathComponent("datasets"), to: data)
    return (scratch, data)
  }

  /// A tool could not make a test document.
  public struct ToolFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The message.
    public var description: String { message }
  }
}
