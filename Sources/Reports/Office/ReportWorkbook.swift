/// A report set as one Excel workbook: a sheet per table of every page, in page order.
public enum ReportWorkbook {
  /// The workbook of `pages`' tables. A sheet is named after its page (and numbered when the
  /// page has several tables); a cell's number is a numeric cell when its text is that number
  /// (`37,6` on a Vietnamese page is the number 37.6), its text otherwise; footnote markers
  /// are left out.
  public static func workbook(_ pages: [Page]) -> Workbook {
    var sheets: [Workbook.Sheet] = []
    for page in pages {
      let tables = page.blocks.compactMap { block -> Table? in
        if case .table(let table) = block { return table }
        return nil
      }
      for (index, table) in tables.enumerated() {
        let name = tables.count == 1 ? page.slug : "\(page.slug) \(index + 1)"
        sheets.append(
          Workbook.Sheet(
            name: name, header: table.header,
            rows: table.rows.map { $0.map { cell($0, page.language) } }))
      }
    }
    return Workbook(sheets: sheets)
  }

  static func cell(_ cell: Cell, _ language: Language) -> Workbook.Cell {
    let text = cell.content.plainText
    if text.isEmpty || text == "—" { return .empty }
    // the page's own spelling of a number: a decimal comma in Vietnamese
    let plain = language == .vi ? text.replacingOccurrences(of: ",", with: ".") : text
    if case .number(let x) = Workbook.Cell(csvField: plain), cell.sortKey.map({ $0 == x }) ?? true {
      return .number(x)
    }
    return .text(text)
  }
}
