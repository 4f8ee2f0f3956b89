import Catalog
import Support

/// Builds small catalogs in code for engine tests, through the public initialisers.
public enum TestCatalog {
  public static func indicator(
    _ id: String, unit: Unit = .percent, polarity: Polarity = .higher, family: String? = nil,
    denominator: String = "none", weight: Weighting = .unweighted
  ) -> Indicator {
    Indicator(
      id: id, name: id, nameEn: id, unit: unit, polarity: polarity, group: "test",
      family: family ?? id, denominator: denominator, regionalWeight: weight, description: "")
  }

  public static func target(
    _ id: String, geo: String, _ indicator: String, unit: Unit = .percent, year: Int? = 2030,
    _ comparator: Comparison? = .equal, _ value: Double? = nil, high: Double? = nil,
    kind: TargetKind? = nil, document: String = "doc", caveat: String = "",
    confidence: Confidence = .primary
  ) -> Target {
    let quantity = comparator.flatMap { c in value.map { Quantity(c, $0, high: high) } }
    return Target(
      id: id, geo: geo, indicator: indicator, unit: unit, horizon: year.map { Horizon(year: $0) },
      kind: kind ?? (quantity == nil ? .qualitative : (unit == .rank ? .rank : .quantitative)),
      quantity: quantity,
      provenance: Provenance(source: document, section: "", quote: "q", confidence: confidence),
      label: "", caveat: caveat, note: "",
      location: SourceLocation(file: "t", line: 1, column: 1))
  }

  public static func province(
    _ id: String, region: String? = "R", from: Day? = nil, to: Day? = nil, successor: String? = nil
  ) -> Province {
    Province(
      id: id, code: "00", name: id, nameEn: id, region: region, validFrom: from, validTo: to,
      successor: successor, source: "")
  }

  public static func document(_ id: String, number: String = "", implements: [String] = [])
    -> Document
  {
    Document(
      id: id, geo: "VN", issuer: "", number: number, date: "", kind: .plan, title: id,
      implements: implements, file: nil, url: "https://example.org", language: "vi",
      confidence: .primary, note: "")
  }

  public static func observation(_ geo: String, _ indicator: String, _ year: Int, _ value: Double)
    -> Observation
  {
    Observation(
      id: "\(geo)-\(indicator)-\(year)", geo: geo, indicator: indicator, unit: .vndTrillion,
      year: year, value: value, isApproximate: false,
      provenance: Provenance(
        source: "https://example.org", section: "", quote: "q", confidence: .primary),
      note: "", location: SourceLocation(file: "o", line: 1, column: 1))
  }

  public static let june30 = Day(year: 2025, month: 6, day: 30)
  public static let july1 = Day(year: 2025, month: 7, day: 1)
}
