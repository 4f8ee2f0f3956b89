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
  public var section: String
  /// The verbatim text, as in the source (OCR errors included).
  public var quote: String
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
  public var id: String
  /// A province id, a region id (`NMM`) or `VN`.
  public var geo: String
  public var indicator: String
  public var unit: Unit
  /// nil where the document gives no year.
  public var horizon: Horizon?
  public var kind: TargetKind
  /// nil for qualitative targets.
  public var quantity: Quantity?
  public var provenance: Provenance
  /// A clean Vietnamese rendering of the quote (diacritics restored by an editor).
  public var label: String
  /// What an analyst must know before comparing this target with another province's
  /// (a different wording or scope); makes a comparison "comparable with caveat".
  public var caveat: String
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
  public var id: String
  public var geo: String
  public var indicator: String
  public var unit: Unit
  /// The year observed; for a period average, its last year.
  public var year: Int
  public var value: Double
  /// True where the source says "khoảng" (about).
  public var isApproximate: Bool
  public var provenance: Provenance
  public var note: String
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
