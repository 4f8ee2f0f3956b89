/// A version of the provincial map: before or after the merger of 1 July 2025.
public enum GeographyVersion: String, Sendable, Hashable, CaseIterable {
  /// The 63 provinces until 30 June 2025 (14 in the Northern Midlands and Mountains).
  case before2025 = "2024"
  /// The 34 provinces from 1 July 2025.
  case from2025 = "2025"

  /// The day on which membership is read.
  public var referenceDay: Day {
    switch self {
    case .before2025: Day(year: 2025, month: 6, day: 30)
    case .from2025: Day(year: 2025, month: 7, day: 1)
    }
  }
}

extension Catalog {
  /// The provinces of `region` in a geography version, in file order.
  public func members(of region: String, in version: GeographyVersion) -> [Province] {
    index.membership(of: region, in: version, self).members
  }

  /// How membership of `region` in `version` is known; nil if the data does not define it.
  public func membershipBasis(of region: String, in version: GeographyVersion) -> Region.Basis? {
    regions.first { $0.id == region && $0.geography == version.rawValue }?.basis
  }

  /// The provinces that `province` took over on its creation (empty for unchanged provinces).
  public func predecessors(of province: String) -> [Province] {
    index.predecessors(of: province, self).map { provinces[$0] }
  }
}
