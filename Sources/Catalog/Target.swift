import Support

/// Whether a target states a figure, a league-table position, or only words.
public enum TargetKind: String, Sendable, Hashable, CaseIterable {
  case quantitative
  /// A position among provinces ("nhóm 10 tỉnh dẫn đầu" is rank ≤ 10).
  case rank
  /// No figure ("nhóm dẫn đầu", "mức trung bình của vùng"): recorded, never averaged.
  case qualitative
}

/// Where a figure comes from: the document, the place in it and its exact words.
public struct Provenance: Sendable, Hashable {
  /// A document id from `documents.csv`, or a URL.
  public var source: String
  /// Where in the document the quote stands (a heading path); may be empty.
  public var section: String
  /// The verbatim text, as in the source (OCR errors included).
  public var quote: String
  /// How directly the wording is held: the issuer's text, press or translation.
  public var confidence: Confidence

  /// Provenance with the verbatim quote as the source writes it.
  public init(
    source: String, section: String, quote: String, confidence: Confidence
  ) {
    self.source = source
    self.section = section
    self.quote = quote
    self.confidence = confidence
  }
}

/// A policy target of one geo (province, region or nation) for one indicator.
public struct Target: Sendable, Hashable, Identifiable {
  /// The id in `targets.csv`; `<id>@<successor>` for an inherited target.
  public var id: String
  /// A province id, a region id (`NMM`) or `VN`.
  public var geo: String
  /// The id of the indicator targeted.
  public var indicator: String
  /// Must equal the indicator's unit; the loader checks it.
  public var unit: Unit
  /// nil where the document gives no year.
  public var horizon: Horizon?
  /// Whether the target states a figure, a rank or only words.
  public var kind: TargetKind
  /// nil for qualitative targets.
  public var quantity: Quantity?
  /// The document, section and verbatim quote the target is read from.
  public var provenance: Provenance
  /// A clean Vietnamese rendering of the quote (diacritics restored by an editor).
  public var label: String
  /// What an analyst must know before comparing this target with another province's
  /// (a different wording or scope); makes a comparison "comparable with caveat".
  public var caveat: String
  /// Free text: ambiguity, scope, where the year comes from, how a figure was recorded.
  public var note: String
  /// The row in `targets.csv`.
  public var location: SourceLocation

  /// A target with every field given; `location` names where it was read (a file and row, or a place in the calling program).
  public init(
    id: String, geo: String, indicator: String, unit: Unit, horizon: Horizon?, kind: TargetKind,
    quantity: Quantity?, provenance: Provenance, label: String, caveat: String, note: String,
    location: SourceLocation
  ) {
    self.id = id
    self.geo = geo
    self.indicator = indicator
    self.unit = unit
    self.horizon = horizon
    self.kind = kind
    self.quantity = quantity
    self.provenance = provenance
    self.label = label
    self.caveat = caveat
    self.note = note
    self.location = location
  }
}

/// An observed value of an indicator for one geo and year.
public struct Observation: Sendable, Hashable, Identifiable {
  /// The id in `observations.csv`.
  public var id: String
  /// A province id, a region id or `VN`.
  public var geo: String
  /// The id of the indicator observed.
  public var indicator: String
  /// Must equal the indicator's unit; the loader checks it.
  public var unit: Unit
  /// The year observed; for a period average, its last year.
  public var year: Int
  /// The value, in the indicator's unit.
  public var value: Double
  /// True where the source says "khoảng" (about).
  public var isApproximate: Bool
  /// The source (a document id or a URL), section and verbatim quote of the value.
  public var provenance: Provenance
  /// Free text: what is uncertain about the value, or how it was found.
  public var note: String
  /// The row in `observations.csv` (or where the calling program built it).
  public var location: SourceLocation
  /// The first year of a period the value averages over ("2021-2025": 2021); nil for the
  /// value of one year. A period average is never read as a year's value in a series.
  public var firstYear: Int? = nil

  /// Whether the value is an average over several years, not one year's value.
  public var isPeriodAverage: Bool { firstYear != nil }

  /// `2024`, or `2021–2025` for a period average.
  public var yearText: String { firstYear.map { "\($0)–\(year)" } ?? String(year) }

  /// An observation with every field given; `location` names where it was read.
  public init(
    id: String, geo: String, indicator: String, unit: Unit, year: Int, value: Double,
    isApproximate: Bool, provenance: Provenance, note: String, location: SourceLocation,
    firstYear: Int? = nil
  ) {
    self.id = id
    self.geo = geo
    self.indicator = indicator
    self.unit = unit
    self.year = year
    self.value = value
    self.isApproximate = isApproximate
    self.provenance = provenance
    self.note = note
    self.location = location
    self.firstYear = firstYear
  }
}
