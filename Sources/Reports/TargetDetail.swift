import Catalog

/// One target with everything needed to defend it: figure, document, place, quote.
public enum TargetDetail {
  /// A labelled plain-text block, in the localizer's language.
  public static func render(_ t: Target, catalog: Catalog, localizer: Localizer = Localizer(.en))
    -> String
  {
    let l = localizer
    let vi = l.vi
    var lines: [(String, String)] = []
    lines.append((l(.listTarget), "\(t.id)"))
    lines.append((l(.listGeo), "\(catalog.geoName(t.geo)) (\(t.geo))"))
    if let indicator = catalog.indicator(id: t.indicator) {
      lines.append(
        (
          l(.listIndicator),
          vi
            ? "\(indicator.name) (\(indicator.id))"
            : "\(indicator.id): \(indicator.name) / \(indicator.nameEn)"
        ))
    }
    lines.append((l(.listYear), t.horizon?.description ?? l(.listNoYearGiven)))
    lines.append(
      (
        l(.listFigure),
        vi
          ? "\(l.figure(t.quantity)) \(l.unit(t.unit)) (\(TargetListing.kind(t.kind, l)))"
          : "\(TargetListing.figure(t)) \(t.unit.rawValue) (\(t.kind.rawValue))"
      ))
    if !t.label.isEmpty { lines.append((l(.listLabel), t.label)) }
    if let document = catalog.document(id: t.provenance.source) {
      let number = document.number.isEmpty ? l(.listNoNumber) : document.number
      let date = document.date.isEmpty ? l(.listNoDate) : document.date
      lines.append((l(.listDocument), "\(document.id): \(number), \(date), \(document.issuer)"))
      lines.append((l(.listTitle), document.title))
      if let file = document.file {
        let lineRange = catalog.quoteLines(of: t).map { r in
          r.count == 1
            ? "\(l(.listLine)) \(r.lowerBound)"
            : "\(l(.listLines)) \(r.lowerBound)–\(r.upperBound)"
        }
        lines.append(
          (
            l(.listSource),
            "\(catalog.directory)/sources/\(file)" + (lineRange.map { ", \($0)" } ?? "")
          ))
      }
      if let url = document.url { lines.append((l(.listURL), url)) }
    }
    if !t.provenance.section.isEmpty { lines.append((l(.listSection), t.provenance.section)) }
    lines.append((l(.listQuote), "“\(t.provenance.quote)”"))
    lines.append(
      (
        l(.listConfidence),
        vi ? l.confidence(t.provenance.confidence) : t.provenance.confidence.rawValue
      ))
    if !t.note.isEmpty { lines.append((l(.listNote), t.note)) }
    let width = lines.map(\.0.count).max() ?? 0
    return lines.map { label, value in
      label + String(repeating: " ", count: width - label.count + 2) + TextTable.oneLine(value)
    }.joined(separator: "\n") + "\n"
  }
}
