/// The columns of the dataset files, for reading fields by position instead of by name.
package enum Column: Int, CaseIterable, Sendable {
  case id, geo, issuer, number, date, kind, title, implements, file, url, language, confidence
  case note, code, name, nameEn, region, validFrom, validTo, successor, source, geography, basis
  case membersSource, unit, polarity, group, family, denominator, regionalWeight, description
  case indicator, year, comparator, value, valueHigh, document, section, quote, label, caveat

  /// The header spelling.
  package var name: String {
    switch self {
    case .id: "id"
    case .geo: "geo"
    case .issuer: "issuer"
    case .number: "number"
    case .date: "date"
    case .kind: "kind"
    case .title: "title"
    case .implements: "implements"
    case .file: "file"
    case .url: "url"
    case .language: "language"
    case .confidence: "confidence"
    case .note: "note"
    case .code: "code"
    case .name: "name"
    case .nameEn: "name_en"
    case .region: "region"
    case .validFrom: "valid_from"
    case .validTo: "valid_to"
    case .successor: "successor"
    case .source: "source"
    case .geography: "geography"
    case .basis: "basis"
    case .membersSource: "members_source"
    case .unit: "unit"
    case .polarity: "polarity"
    case .group: "group"
    case .family: "family"
    case .denominator: "denominator"
    case .regionalWeight: "regional_weight"
    case .description: "description"
    case .indicator: "indicator"
    case .year: "year"
    case .comparator: "comparator"
    case .value: "value"
    case .valueHigh: "value_high"
    case .document: "document"
    case .section: "section"
    case .quote: "quote"
    case .label: "label"
    case .caveat: "caveat"
    }
  }
}

/// Where each column of one file is, by name and by `Column`, resolved once from the header.
package final class ColumnMap: Sendable {
  package let byName: [String: Int]
  /// The field index of each `Column` (by raw value), or -1.
  private let slots: [Int]

  package init(_ byName: [String: Int]) {
    self.byName = byName
    slots = Column.allCases.map { byName[$0.name] ?? -1 }
  }

  package subscript(_ column: Column) -> Int? {
    let index = slots[column.rawValue]
    return index < 0 ? nil : index
  }

  package subscript(_ name: String) -> Int? { byName[name] }
}
