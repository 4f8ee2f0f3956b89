import Support

@testable import Catalog

/// A small region built in code: provinces, indicators, targets and observations.
enum Fixture {
  static func indicator(
    _ id: String, unit: Unit = .percent, polarity: Polarity = .higher,
    weight: Weighting = .unweighted
  ) -> Indicator {
    Indicator(
      id: id, name: id, nameEn: id, unit: unit, polarity: polarity, group: "g", family: id,
      denominator: "d", regionalWeight: weight, description: "")
  }

  static func province(_ id: String, region: String? = "R") -> Province {
    Province(
      id: id, code: "00", name: id, nameEn: id, region: region, validFrom: nil, validTo: nil,
      successor: nil, source: "")
  }

  static func target(
    _ id: String, _ geo: String, _ indicator: String, _ comparator: Comparison, _ value: Double,
    high: Double? = nil, year: Int = 2030, unit: Unit = .percent
  ) -> Target {
    Target(
      id: id, geo: geo, indicator: indicator, unit: unit, horizon: Horizon(year: year),
      kind: unit == .rank ? .rank : .quantitative,
      quantity: Quantity(comparator, value, high: high),
      provenance: Provenance(source: "d", section: "", quote: "q", confidence: .primary),
      label: "", caveat: "", note: "", location: SourceLocation(file: "t", line: 1, column: 1))
  }

  static func observation(
    _ geo: String, _ indicator: String, _ year: Int, _ value: Double, unit: Unit = .percent
  ) -> Observation {
    Observation(
      id: "\(geo)-\(indicator)-\(year)", geo: geo, indicator: indicator, unit: unit, year: year,
      value: value, isApproximate: false,
      provenance: Provenance(
        source: "https://example.org", section: "", quote: "q", confidence: .primary),
      note: "", location: SourceLocation(file: "o", line: 1, column: 1))
  }

  static func document(_ id: String, date: String, status: DocumentStatus = .adopted) -> Document {
    Document(
      id: id, geo: "a", issuer: "", number: "", date: date, kind: .plan, title: id,
      implements: [], file: nil, url: "https://example.org", language: "vi",
      confidence: .primary, note: "", status: status)
  }

  static func catalog(
    provinces: [String], indicators: [Indicator], targets: [Target],
    observations: [Observation] = []
  ) -> Catalog {
    Catalog(
      provinces: provinces.map { province($0) } + [province("outside", region: nil)],
      regions: [
        Region(
          id: "R", name: "R", nameEn: "R", geography: "2024", basis: .official, membersSource: "")
      ],
      indicators: indicators, targets: targets, observations: observations)
  }
}
