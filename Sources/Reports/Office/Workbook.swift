import Support

/// An Excel workbook (Office Open XML SpreadsheetML, `.xlsx`) written without any library: a
/// ZIP of a few XML parts. Each sheet has a bold, frozen header row, column widths that fit
/// the text, numbers as numeric cells and every other value as text (Vietnamese intact).
public struct Workbook: Sendable {
  /// One sheet: a header row and data rows of cells.
  public struct Sheet: Sendable {
    /// The tab's name; cut to Excel's 31 characters, with `[]:*?/\` replaced.
    public var name: String
    /// The column names.
    public var header: [String]
    /// The rows, each as long as the header or shorter.
    public var rows: [[Cell]]

    /// A sheet named `name` with `header` and `rows`.
    public init(name: String, header: [String], rows: [[Cell]]) {
      self.name = name
      self.header = header
      self.rows = rows
    }
  }

  /// One cell's value.
  public enum Cell: Sendable, Equatable {
    /// A number, written as a numeric cell; one that is not finite is left empty.
    case number(Double)
    /// Text, written as an inline string.
    case text(String)
    /// Nothing (a missing value).
    case empty

    /// The cell a tidy CSV field stands for: empty for an empty field; a number for a plain
    /// decimal number (`40`, `-15.38`, `0.623`), but text for one with a leading zero (`01`, a
    /// province code) or a sign or exponent Excel would read differently; text otherwise.
    public init(csvField field: String) {
      if field.isEmpty {
        self = .empty
        return
      }
      let body = field.hasPrefix("-") ? field.dropFirst() : Substring(field)
      let digitsAndPoint =
        !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      let leadingZero = body.count > 1 && body.hasPrefix("0") && !body.hasPrefix("0.")
      if digitsAndPoint, !leadingZero, body.filter({ $0 == "." }).count <= 1,
        let value = Double(field), value.isFinite
      {
        self = .number(value)
      } else {
        self = .text(field)
      }
    }
  }

  /// The sheets, in tab order.
  public var sheets: [Sheet]

  /// A workbook of `sheets`.
  public init(sheets: [Sheet]) {
    self.sheets = sheets
  }

  /// The `.xlsx` file's bytes; the same sheets always give the same bytes.
  /// - Throws: `ZipWriter.Failure` for a workbook too large for a plain ZIP.
  public func bytes() throws -> [UInt8] {
    let names = Self.uniqueNames(sheets.map(\.name))
    var entries = [
      ZipWriter.Entry(path: "[Content_Types].xml", data: Array(contentTypes.utf8)),
      ZipWriter.Entry(path: "_rels/.rels", data: Array(Self.rootRelationships.utf8)),
      ZipWriter.Entry(path: "xl/workbook.xml", data: Array(workbook(names).utf8)),
      ZipWriter.Entry(path: "xl/_rels/workbook.xml.rels", data: Array(relationships.utf8)),
      ZipWriter.Entry(path: "xl/styles.xml", data: Array(Self.styles.utf8)),
    ]
    for (index, sheet) in sheets.enumerated() {
      entries.append(
        ZipWriter.Entry(
          path: "xl/worksheets/sheet\(index + 1).xml", data: Array(Self.sheetXML(sheet).utf8)))
    }
    return try ZipWriter.archive(entries)
  }

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let officeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private var contentTypes: String {
    Self.declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + sheets.indices.map {
        "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      }.joined() + "</Types>"
  }

  private static let rootRelationships =
    declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  private func workbook(_ names: [String]) -> String {
    Self.declaration
      + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.officeRelationships)\"><sheets>"
      + names.enumerated().map {
        "<sheet name=\"\(Self.escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>"
      }.joined() + "</sheets></workbook>"
  }

  private var relationships: String {
    Self.declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + sheets.indices.map {
        "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.officeRelationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
      }.joined()
      + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.officeRelationships)/styles\" Target=\"styles.xml\"/>"
      + "</Relationships>"
  }

  /// Two cell formats: the default, and bold for the header row.
  private static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  private static func sheetXML(_ sheet: Sheet) -> String {
    let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
    var widths = [Int](repeating: 8, count: columns)
    func measure(_ text: String, _ column: Int) {
      widths[column] = min(60, max(widths[column], text.count + 2))
    }
    for (column, name) in sheet.header.enumerated() { measure(name, column) }
    for row in sheet.rows {
      for (column, cell) in row.enumerated() {
        switch cell {
        case .number(let x): measure(Text.shortestNumber(x), column)
        case .text(let s): measure(s, column)
        case .empty: break
        }
      }
    }
    var out = declaration + "<worksheet xmlns=\"\(main)\">"
    // the header row stays in view while scrolling
    out += "<sheetViews><sheetView workbookViewId=\"0\">"
    out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    out += "</sheetView></sheetViews>"
    if columns > 0 {
      out += "<cols>"
      for (index, width) in widths.enumerated() {
        out +=
          "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      out += "</cols>"
    }
    out += "<sheetData>"
    out += row(1, sheet.header.map(Cell.text), style: 1)
    for (index, cells) in sheet.rows.enumerated() { out += row(index + 2, cells, style: 0) }
    return out + "</sheetData></worksheet>"
  }

  private static func row(_ number: Int, _ cells: [Cell], style: Int) -> String {
    var out = "<row r=\"\(number)\">"
    for (column, cell) in cells.enumerated() {
      let reference = columnName(column) + String(number)
      let styled = style == 0 ? "" : " s=\"\(style)\""
      switch cell {
      case .number(let x) where x.isFinite:
        out += "<c r=\"\(reference)\"\(styled)><v>\(Text.shortestNumber(x))</v></c>"
      case .text(let s):
        out +=
          "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
          + escape(s) + "</t></is></c>"
      default: break
      }
    }
    return out + "</row>"
  }

  /// `A`, …, `Z`, `AA`, … for column index 0, 1, ….
  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var name = ""
    while n > 0 {
      let digit = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + digit))) + name
      n = (n - 1) / 26
    }
    return name
  }

  /// `s` for XML text and attributes; characters XML 1.0 does not allow become U+FFFD.
  static func escape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        let v = scalar.value
        let allowed =
          v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
          || (0xE000...0xFFFD).contains(v) || v >= 0x10000
        if allowed { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
      }
    }
    return out
  }

  /// Sheet names Excel accepts: `[]:*?/\` replaced by `-`, at most 31 characters, unique.
  static func uniqueNames(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.map { raw in
      var name = String(
        raw.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
      if name.isEmpty { name = "Sheet" }
      var candidate = name
      var n = 2
      while !seen.insert(candidate.lowercased()).inserted {
        let suffix = " (\(n))"
        candidate = String(name.prefix(31 - suffix.count)) + suffix
        n += 1
      }
      return candidate
    }
  }
}
