import Foundation
import Support
import TestSupport
import Testing

/// `--format docx` writes a page as a Vietnamese administrative document (Decree 30/2020/NĐ-CP)
/// that python-docx reads and LibreOffice renders, with each figure's source as a real Word
/// footnote. python-docx (PyPI) and LibreOffice and poppler-utils (Debian) are installed by
/// ./scripts/test; without them the tests that need them are skipped, visibly.
@Suite struct WordDocumentTests {
  static let pythonDocx = Python.hasModule("docx")
  static let renderers = ExternalTools.available("soffice", "pdftotext", "pdftoppm", "pdfinfo")

  /// Writes `arguments` + `--format docx --output <dir>/<name>` and returns the file.
  static func write(_ arguments: [String], _ name: String, in dir: URL) throws -> URL {
    let file = dir.appendingPathComponent(name)
    let run = try Runner.run(arguments + ["--format", "docx", "--output", file.path])
    #expect(run.status == 0 && run.stdout.isEmpty, "\(run.stderr)")
    #expect(run.stderr.hasPrefix("wrote \(file.path): "), "\(run.stderr)")
    return file
  }

  /// What python-docx and the package's XML parts say about a document, as JSON.
  static let inspect = """
    import json, re, sys, zipfile, docx
    from docx.enum.section import WD_ORIENT
    d = docx.Document(sys.argv[1])
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    z = zipfile.ZipFile(sys.argv[1])
    body = z.read("word/document.xml").decode()
    notes = z.read("word/footnotes.xml").decode()
    import xml.etree.ElementTree as ET
    W = "{%s}" % ns["w"]
    root = ET.fromstring(notes)
    footnotes = {}
    for f in root.findall("w:footnote", ns):
        i = int(f.get(W + "id"))
        if i >= 2:
            footnotes[i] = "\\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in f.findall("w:p", ns))
    refs = [int(x) for x in re.findall(r'<w:footnoteReference w:id="(\\d+)"/>', body)]
    s = d.sections
    fonts = d.styles.element.xpath("//w:docDefaults//w:rFonts/@w:ascii")
    sizes = d.styles.element.xpath("//w:docDefaults//w:sz/@w:val")
    header = "".join(x.text or "" for x in s[0].header._element.iter(W + "instrText"))
    print(json.dumps({
      "sections": [{"width_mm": round(x.page_width.mm), "height_mm": round(x.page_height.mm),
                    "landscape": x.orientation == WD_ORIENT.LANDSCAPE,
                    "left_mm": round(x.left_margin.mm), "right_mm": round(x.right_margin.mm),
                    "top_mm": round(x.top_margin.mm), "bottom_mm": round(x.bottom_margin.mm)} for x in s],
      "first_page_different": s[0].different_first_page_header_footer,
      "page_field": header.strip(),
      "font": fonts[0] if fonts else None, "size": sizes[0] if sizes else None,
      "heading_left": d.tables[0].cell(0, 0).text, "heading_right": d.tables[0].cell(0, 1).text,
      "paragraphs": [{"text": p.text, "bold": all(r.bold for r in p.runs if r.text.strip()),
                      "centre": p.alignment is not None and int(p.alignment) == 1} for p in d.paragraphs],
      "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables[1:]],
      "footnotes": footnotes, "references": refs,
    }, ensure_ascii=False))
    """

  static func read(_ file: URL) throws -> [String: Any] {
    let run = try Python.run(inspect, arguments: [file.path])
    #expect(run.status == 0, "\(run.stderr.suffix(600))")
    return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  @Test(.enabled(if: pythonDocx, "needs python3 with python-docx (./scripts/test installs it)"))
  func aDraftIsLaidOutAsAnAdministrativeDocument() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try Self.write(["draft", "lai-chau"], "draft.docx", in: dir)
    let doc = try Self.read(file)

    // Decree 30/2020/NĐ-CP, Phụ lục I: A4, margins 20–25 / 20–25 / 30–35 / 15–20 mm, Times New
    // Roman 13–14 pt, page numbers in the top margin but not on the first page
    let sections = try #require(doc["sections"] as? [[String: Any]])
    let first = try #require(sections.first)
    #expect(first["width_mm"] as? Int == 210 && first["height_mm"] as? Int == 297)
    #expect(first["top_mm"] as? Int == 20 && first["bottom_mm"] as? Int == 20)
    #expect(first["left_mm"] as? Int == 30 && first["right_mm"] as? Int == 15)
    #expect(doc["font"] as? String == "Times New Roman" && doc["size"] as? String == "28")
    #expect(doc["first_page_different"] as? Bool == true && doc["page_field"] as? String == "PAGE")
    // the ten-column rationale table is set on a landscape page, not squeezed
    #expect(sections.contains { $0["landscape"] as? Bool == true && $0["width_mm"] as? Int == 297 })

    let left = try #require(doc["heading_left"] as? String)
    let right = try #require(doc["heading_right"] as? String)
    for words in ["DỰ THẢO", "ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số:", "/BC-UBND"] {
      #expect(left.contains(words), "\(words) in \(left)")
    }
    for words in [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày",
    ] {
      #expect(right.contains(words), "\(words) in \(right)")
    }
    let paragraphs = try #require(doc["paragraphs"] as? [[String: Any]])
    let title = paragraphs.first { $0["text"] as? String == "Dự thảo mục tiêu 2030: Lai Châu" }
    #expect(title?["bold"] as? Bool == true && title?["centre"] as? Bool == true)
    #expect(
      paragraphs.contains { $0["text"] as? String == "BÁO CÁO" && $0["bold"] as? Bool == true })

    // every proposal's wording of the Markdown page is a paragraph of the document
    let markdown = try Runner.run(["draft", "lai-chau", "--format", "md"]).stdout
    let section = markdown.components(separatedBy: "## Căn cứ từng đề xuất").first ?? ""
    let bullets = section.split(separator: "\n").filter { $0.hasPrefix("- ") }.map {
      String($0.dropFirst(2)).replacingOccurrences(of: "\\", with: "")
    }
    #expect(bullets.count >= 10)
    let texts = Set(paragraphs.compactMap { $0["text"] as? String })
    for bullet in bullets { #expect(texts.contains("- " + bullet), "\(bullet)") }

    // the rationale table: a row per proposal, inputs named by province and figure, not by id
    let json = try Runner.run(["draft", "lai-chau", "--format", "json"]).stdout
    let proposals = try #require(
      (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["proposals"]
        as? [Any])
    let tables = try #require(doc["tables"] as? [[[String]]])
    let rationale = try #require(tables.first { $0.first?.first == "Chỉ tiêu" })
    #expect(rationale.count == proposals.count + 1)
    #expect(rationale.first?.contains("Dữ liệu đầu vào") == true)
    let inputs = rationale.dropFirst().compactMap { $0.count > 8 ? $0[8] : nil }.joined()
    #expect(
      inputs.contains("Thái Nguyên ≥ 40") && !inputs.contains("ext-t-") && !inputs.contains("lc57-")
    )

    // real footnotes, each cited once, carrying the source's verbatim quote
    let footnotes = try #require(doc["footnotes"] as? [String: String])
    let references = try #require(doc["references"] as? [Int])
    #expect(footnotes.count >= 20)
    #expect(
      Set(references.map(String.init)) == Set(footnotes.keys)
        && Set(references).count == references.count)
    let quote = try Self.quote(of: "lc57-06")
    #expect(footnotes.values.contains { $0.contains("“\(quote)”") && $0.contains("lc-ctr-57.txt") })
  }

  /// The verbatim quote of a target in the bundled targets.csv.
  static func quote(of id: String) throws -> String {
    let csv = try Data(contentsOf: Paths.packageRoot.appendingPathComponent("datasets/targets.csv"))
    let table = try CSVReader.read(Array(csv), file: "targets.csv")
    let quote = try #require(table.header.firstIndex(of: "quote"))
    let record = try #require(table.records.first { $0.fields.first == id })
    return record.fields[quote]
  }

  @Test(.enabled(if: pythonDocx, "needs python3 with python-docx (./scripts/test installs it)"))
  func comparisonAndProfileAsDocumentsWithTheOfficesHeading() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let compare = try Self.write(
      [
        "compare", "thai-nguyen", "lai-chau", "--issuer",
        "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN|Sở Khoa học và Công nghệ", "--number", "12/BC-SKHCN",
      ], "compare.docx", in: dir)
    let doc = try Self.read(compare)
    let left = try #require(doc["heading_left"] as? String)
    #expect(left.contains("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ"), "\(left)")
    #expect(left.contains("Số: 12/BC-SKHCN") && !left.contains("DỰ THẢO"))
    let paragraphs = try #require(doc["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.contains { $0["text"] as? String == "So sánh: Thái Nguyên – Lai Châu" })
    let tables = try #require(doc["tables"] as? [[[String]]])
    #expect(tables.contains { $0.first?.contains("Thái Nguyên") == true && $0.count > 1 })

    let profile = try Self.write(["gaps", "lai-chau"], "profile.docx", in: dir)
    let paragraphsOfProfile = try #require(try Self.read(profile)["paragraphs"] as? [[String: Any]])
    #expect(paragraphsOfProfile.contains { $0["text"] as? String == "Hồ sơ mục tiêu: Lai Châu" })
    let translation = try Self.write(["draft", "lai-chau", "--lang", "en"], "en.docx", in: dir)
    let english = try Self.read(translation)
    #expect(
      (english["heading_right"] as? String)?.contains("SOCIALIST REPUBLIC OF VIET NAM") == true)
    #expect((english["heading_left"] as? String)?.contains("PEOPLE'S COMMITTEE") == true)
    #expect((english["footnotes"] as? [String: String])?.isEmpty == false)
  }

  /// LibreOffice opens the document and renders it to PDF and PNG: the text is there, the
  /// pages are A4, and no table runs past the margins.
  @Test(
    .enabled(
      if: renderers, "needs LibreOffice and poppler-utils (./scripts/test installs them)"))
  func libreOfficeRendersTheDocumentWithinItsMargins() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (arguments, name, title) in [
      (["draft", "lai-chau"], "draft", "Dự thảo mục tiêu 2030: Lai Châu"),
      (["gaps", "lai-chau"], "profile", "Hồ sơ mục tiêu: Lai Châu"),
    ] {
      let file = try Self.write(arguments, "\(name).docx", in: dir)
      let convert = try ExternalTools.libreOffice(convert: file, to: "pdf", in: dir)
      let pdf = dir.appendingPathComponent("\(name).pdf")
      #expect(convert.status == 0, "\(convert.stderr)")
      let text = try ExternalTools.run("pdftotext", ["-layout", pdf.path, "-"])
      let words = String(decoding: text.stdout, as: UTF8.self)
      #expect(words.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && words.contains(title))
      #expect(words.contains("Trích nguyên văn"), "footnotes rendered")
      let info = String(
        decoding: try ExternalTools.run("pdfinfo", [pdf.path]).stdout, as: UTF8.self)
      #expect(info.contains("(A4)"), "A4: \(info)")

      // every word inside the printable area of its page (30 mm left, 15 mm right), so no
      // table column overflows; 2 pt of slack for glyph overhang
      let boxes = try ExternalTools.run("pdftotext", ["-bbox", pdf.path, "-"])
      let overflowing = Self.wordsOutsideMargins(String(decoding: boxes.stdout, as: UTF8.self))
      #expect(overflowing.isEmpty, "\(name): \(overflowing.prefix(5))")

      let png = dir.appendingPathComponent("\(name)-page")
      let render = try ExternalTools.run(
        "pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "2", pdf.path, png.path])
      #expect(render.status == 0, "\(render.stderr)")
      let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      let pages = listing.filter { $0.hasPrefix("\(name)-page") && $0.hasSuffix(".png") }.sorted()
      #expect(pages.count == 2)
      let first = try Data(contentsOf: dir.appendingPathComponent(pages[0]))
      let (width, height) = try #require(Self.pngSize(first))
      #expect(abs(Double(height) / Double(width) - 297.0 / 210.0) < 0.02, "\(width)×\(height)")
    }
  }

  /// `word (page N)` for each word of `pdftotext -bbox` output outside its page's margins.
  static func wordsOutsideMargins(_ html: String) -> [String] {
    let points = 72.0 / 25.4
    var outside: [String] = []
    for (number, page) in html.components(separatedBy: "<page ").dropFirst().enumerated() {
      guard let width = Self.attribute("width", in: page) else { continue }
      let (low, high) = (30 * points - 2, width - 15 * points + 2)
      for line in page.split(separator: "\n") where line.contains("<word ") {
        let text = String(line)
        guard let xMin = attribute("xMin", in: text), let xMax = attribute("xMax", in: text)
        else { continue }
        if xMin < low || xMax > high {
          let word = text.split(separator: ">").dropFirst().first?.split(separator: "<").first
          outside.append("\(word.map(String.init) ?? "?") (page \(number + 1))")
        }
      }
    }
    return outside
  }

  static func attribute(_ name: String, in text: String) -> Double? {
    guard let range = text.range(of: "\(name)=\"") else { return nil }
    return Double(text[range.upperBound...].prefix { $0 != "\"" })
  }

  /// Width and height from a PNG's IHDR chunk.
  static func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data)
    guard bytes.count > 24, bytes[12...15].elementsEqual(Array("IHDR".utf8)) else { return nil }
    let int = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
  }

  @Test func wordOptionsAreCheckedAndTheBytesAreDeterministic() throws {
    let stray = try Runner.run(["gaps", "lai-chau", "--issuer", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"])
    #expect(
      stray.status == 64 && stray.stderr.hasPrefix("error: '--issuer' goes with '--format docx'"))
    let empty = try Runner.run(["draft", "lai-chau", "--format", "docx", "--issuer", " | "])
    #expect(empty.status == 64 && empty.stderr.hasPrefix("error: '--issuer' needs a body"))
    let whatIf = try Runner.run([
      "gaps", "lai-chau", "--format", "docx", "--with", "targets.csv",
    ])
    #expect(whatIf.status == 64 && whatIf.stderr.hasPrefix("error: '--with' does not go with"))
    let listing = try Runner.run(["rank", "--indicator", "grdp_growth", "--format", "docx"])
    #expect(listing.status == 64 && listing.stderr.contains("invalid value 'docx'"))
    // piped (not a terminal): the document goes to standard output, the same bytes each time
    let one = try Runner.run(["draft", "lai-chau", "--format", "docx"])
    let two = try Runner.run(["draft", "lai-chau", "--format", "docx"])
    #expect(one.status == 0 && one.stdout.hasPrefix("PK") && one.stdout == two.stdout)
  }
}

/// A binary file is never written to a terminal: run under a pseudo-terminal (Python's pty),
/// `--format docx` and `--format xlsx` without `--output` are refused before any work.
@Suite struct BinaryToTerminalTests {
  @Test(arguments: [
    ["draft", "lai-chau", "--format", "docx"], ["gaps", "lai-chau", "--format", "docx"],
    ["gaps", "lai-chau", "--format", "xlsx"], ["report", "--format", "xlsx"],
  ])
  func refusedOnATerminal(_ words: [String]) throws {
    let run = try Python.run(
      """
      import os, pty, subprocess, sys, threading
      master, slave = pty.openpty()
      seen = bytearray()
      def drain():
          while True:
              try:
                  chunk = os.read(master, 65536)
              except OSError:
                  return
              if not chunk:
                  return
              seen.extend(chunk)
      threading.Thread(target=drain, daemon=True).start()
      p = subprocess.run(sys.argv[2:], stdout=slave, stderr=subprocess.PIPE, cwd=sys.argv[1])
      os.close(slave)
      print(p.returncode, len(seen))
      sys.stderr.write(p.stderr.decode())
      """, arguments: [Paths.packageRoot.path, Runner.executable.path] + words)
    let out = String(decoding: run.stdout, as: UTF8.self).split(separator: " ")
    #expect(out.first == "64", "\(words): \(run.stderr)")
    #expect(out.last?.hasPrefix("0") == true, "nothing written to the terminal")
    #expect(run.stderr.contains("is binary: give '--output FILE' or redirect standard output"))
  }
}
