import Catalog

/// One target with everything needed to defend it: figure, document, place, quote.
public enum TargetDetail {
  /// A labelled plain-text block.
  public static func render(_ t: Target, catalog: Catalog) -> String {
    var lines: [(String, String)] = []
    lines.append(("target", "\(t.id)"))
    lines.append(("geo", "\(catalog.geoName(t.geo)) (\(t.geo))"))
    if let indicator = catalog.indicator(id: t.indicator) {
      lines.append(("indicator", "\(indicator.id): \(indicator.name) / \(indicator.nameEn)"))
    }
    lines.append(("year", t.horizon?.description ?? "none given in the document"))
    lines.append(("figure", "\(TargetListing.figure(t)) \(t.unit.rawValue) (\(t.kind.rawValue))"))
    if !t.label.isEmpty { lines.append(("label", t.label)) }
    if let document = catalog.document(id: t.provenance.source) {
      let number = document.number.isEmpty ? "no number" : document.number
      let date = document.date.isEmpty ? "no date" : document.date
      lines.append(("document", "\(document.id): \(number), \(date), \(document.issuer)"))
      lines.append(("title", document.title))
      if let file = document.file {
        let lineRange = catalog.quoteLines(of: t).map { r in
          r.count == 1 ? "line \(r.lowerBound)" : "lines \(r.lowerBound)–\(r.upperBound)"
        }
        lines.append(
          ("source", "\(catalog.directory)/sources/\(file)" + (lineRange.map { ", \($0)" } ?? "")))
      }
      if let url = document.url { lines.append(("url", url)) }
    }
    if !t.provenance.section.isEmpty { lines.append(("section", t.provenance.section)) }
    lines.append(("quote", "“\(t.provenance.quote)”"))
    lines.append(("confidence", t.provenance.confidence.rawValue))
    if !t.note.isEmpty { lines.append(("note", t.note)) }
    let width = lines.map(\.0.count).max() ?? 0
    return lines.map { label, value in
      label + String(repeating: " ", count: width - label.count + 2) + TextTable.oneLine(value)
    }.joined(separator: "\n") + "\n"
  }
}
