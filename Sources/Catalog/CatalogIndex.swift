import Foundation

/// Lookups over one catalog value, each built on first use and kept until the catalog is
/// changed (every stored property of `Catalog` replaces the index when it is set).
///
/// Full indices (targets by indicator, observations by indicator) cost one hashing pass over
/// their array; per-geo and per-variable lists cost one comparing pass each and are kept for
/// the geos and variables asked for. All accessors are thread-safe.
final class CatalogIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var documents: [String: Int]?
  private var indicators: [String: Int]?
  private var provinces: [String: Int]?
  private var targetIDs: [String: Int]?
  private var regionIDs: Set<String>?
  private var predecessors: [String: [Int]]?
  private var targetsByIndicator: [String: [IndicatorEntry]]?
  /// A number for each geo named by a target, for `IndicatorEntry.geo`.
  private var geoNumbers: [String: Int32] = [:]
  private var observationsByIndicator: [String: [Int]]?
  private var targetsByGeo: [String: [Int]]?
  private var observationsByGeo: [String: [Int]]?
  private var observationsOfVariable: [String: [String: [YearValue]]] = [:]
  private var national: [NationalKey: [Int]]?
  private var memberships: [MembershipKey: Membership] = [:]
  /// Values other modules derive from the catalog (regional statistics), by key.
  private var derived: [String: any Sendable] = [:]

  /// A value derived from the catalog, built once per key. Built outside the lock: building
  /// may use the other lookups, which take it.
  func memo<T: Sendable>(_ key: String, _ build: () -> T) -> T {
    lock.lock()
    // `derived[key]` is optional: test for the key first, or a missing key would cast to an
    // optional T as nil
    if let stored = derived[key], let value = stored as? T {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = build()
    lock.lock()
    derived[key] = value
    lock.unlock()
    return value
  }

  /// What a regional statistic reads of a target, kept together per indicator so that one
  /// indicator's targets are read sequentially instead of across the whole array.
  struct IndicatorEntry {
    var position: Int32
    /// The geo's number (see `geoNumber`).
    var geo: Int32
    /// The horizon year, or `Int32.min` when there is none or it does not fit.
    var year: Int32
    var qualitative: Bool
    /// Copied from the target: statistics read them for every entry, and reading the
    /// targets themselves would cost a cache miss each.
    var id: String
    var quantity: Quantity?
  }

  struct NationalKey: Hashable {
    var indicator: String
    var year: Int
  }

  struct MembershipKey: Hashable {
    var region: String
    var version: GeographyVersion
  }

  /// The members of a region in a geography version and where each is in that list.
  struct Membership {
    var members: [Province]
    var position: [String: Int]
    /// Positions of members that took over predecessors (merged provinces).
    var successors: [Int]
    /// The member position of each geo number (see `geoNumber`), -1 for non-members; empty
    /// until `memberOfGeoNumber` builds it.
    var memberOfGeoNumber: [Int32] = []
  }

  private func cached<T>(_ slot: ReferenceWritableKeyPath<CatalogIndex, T?>, _ build: () -> T)
    -> T
  {
    lock.lock()
    defer { lock.unlock() }
    if let value = self[keyPath: slot] { return value }
    let value = build()
    self[keyPath: slot] = value
    return value
  }

  /// `cached` for one key of a table of lookups kept for the keys asked for.
  private func cached<Key: Hashable, T>(
    _ slot: ReferenceWritableKeyPath<CatalogIndex, [Key: T]>, _ key: Key, _ build: () -> T
  ) -> T {
    lock.lock()
    defer { lock.unlock() }
    if let value = self[keyPath: slot][key] { return value }
    let value = build()
    self[keyPath: slot][key] = value
    return value
  }

  /// The first position of each id (`first(where:)` semantics).
  private static func positions<S: Sequence>(_ ids: S) -> [String: Int] where S.Element == String {
    var result: [String: Int] = [:]
    for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
    return result
  }

  func document(_ id: String, _ catalog: Catalog) -> Int? {
    cached(\.documents) { Self.positions(catalog.documents.lazy.map(\.id)) }[id]
  }

  func indicator(_ id: String, _ catalog: Catalog) -> Int? {
    indicatorPositions(catalog)[id]
  }

  /// Each indicator id's position in `indicators.csv`: the order of alignment groups.
  func indicatorPositions(_ catalog: Catalog) -> [String: Int] {
    cached(\.indicators) { Self.positions(catalog.indicators.lazy.map(\.id)) }
  }

  func province(_ id: String, _ catalog: Catalog) -> Int? {
    cached(\.provinces) { Self.positions(catalog.provinces.lazy.map(\.id)) }[id]
  }

  func target(_ id: String, _ catalog: Catalog) -> Int? {
    cached(\.targetIDs) { Self.positions(catalog.targets.lazy.map(\.id)) }[id]
  }

  func isRegion(_ id: String, _ catalog: Catalog) -> Bool {
    cached(\.regionIDs) { Set(catalog.regions.map(\.id)) }.contains(id)
  }

  /// Positions of the provinces whose successor is `successor`, in file order.
  func predecessors(of successor: String, _ catalog: Catalog) -> [Int] {
    cached(\.predecessors) {
      var result: [String: [Int]] = [:]
      for (position, province) in catalog.provinces.enumerated() {
        if let successor = province.successor { result[successor, default: []].append(position) }
      }
      return result
    }[successor] ?? []
  }

  /// Positions of the targets of `indicator`, in file order.
  func targets(ofIndicator indicator: String, _ catalog: Catalog) -> [Int] {
    entries(ofIndicator: indicator, catalog).map { Int($0.position) }
  }

  /// The targets of `indicator` as compact entries, in file order.
  /// - Complexity: O(1) after a first O(n) pass over all targets.
  func entries(ofIndicator indicator: String, _ catalog: Catalog) -> [IndicatorEntry] {
    lock.lock()
    defer { lock.unlock() }
    if targetsByIndicator == nil {
      var result: [String: [IndicatorEntry]] = [:]
      var numbers: [String: Int32] = [:]
      for (position, target) in catalog.targets.enumerated() {
        let geo = numbers[target.geo] ?? Int32(numbers.count)
        if geo == Int32(numbers.count) { numbers[target.geo] = geo }
        let year = target.horizon.flatMap { Int32(exactly: $0.year) } ?? .min
        result[target.indicator, default: []].append(
          IndicatorEntry(
            position: Int32(position), geo: geo, year: year,
            qualitative: target.kind == .qualitative, id: target.id, quantity: target.quantity))
      }
      targetsByIndicator = result
      geoNumbers = numbers
    }
    return targetsByIndicator?[indicator] ?? []
  }

  /// For each geo number, the position of that geo among the members of `membership`, or -1.
  /// - Precondition: `entries(ofIndicator:_:)` was called (it numbers the geos).
  func memberOfGeoNumber(_ region: String, _ version: GeographyVersion, _ catalog: Catalog)
    -> [Int32]
  {
    let membership = membership(of: region, in: version, catalog)
    lock.lock()
    defer { lock.unlock() }
    if !membership.memberOfGeoNumber.isEmpty || geoNumbers.isEmpty {
      return membership.memberOfGeoNumber
    }
    var result = [Int32](repeating: -1, count: geoNumbers.count)
    for (geo, number) in geoNumbers {
      if let member = membership.position[geo] { result[Int(number)] = Int32(member) }
    }
    memberships[MembershipKey(region: region, version: version)]?.memberOfGeoNumber = result
    return result
  }

  /// Positions of the observations of `indicator`, in file order.
  func observations(ofIndicator indicator: String, _ catalog: Catalog) -> [Int] {
    cached(\.observationsByIndicator) {
      var result: [String: [Int]] = [:]
      for (position, observation) in catalog.observations.enumerated() {
        result[observation.indicator, default: []].append(position)
      }
      return result
    }[indicator] ?? []
  }

  /// Positions of the targets of `geo`, in file order.
  func targets(ofGeo geo: String, _ catalog: Catalog) -> [Int] {
    // every geo's positions in one pass: a report asks for every province's
    cached(\.targetsByGeo) {
      var result: [String: [Int]] = [:]
      for (position, target) in catalog.targets.enumerated() {
        result[target.geo, default: []].append(position)
      }
      return result
    }[geo] ?? []
  }

  /// Positions of the observations of `geo`, in file order.
  func observations(ofGeo geo: String, _ catalog: Catalog) -> [Int] {
    cached(\.observationsByGeo) {
      var result: [String: [Int]] = [:]
      for (position, observation) in catalog.observations.enumerated() {
        result[observation.geo, default: []].append(position)
      }
      return result
    }[geo] ?? []
  }

  /// The years and values of `variable`'s observations (a weight such as `grdp`) by geo, in
  /// file order.
  func observations(ofVariable variable: String, _ catalog: Catalog) -> [String: [YearValue]] {
    cached(\.observationsOfVariable, variable) {
      // one value per geo and year, chosen as statistics choose (`ObservedValue.order`);
      // period averages are not a year's weight
      var byGeo: [String: [Int: [Observation]]] = [:]
      for observation in catalog.observations
      where observation.indicator == variable && !observation.isPeriodAverage {
        byGeo[observation.geo, default: [:]][observation.year, default: []].append(observation)
      }
      var map: [String: [YearValue]] = [:]
      for (geo, years) in byGeo {
        map[geo] = years.keys.sorted().compactMap { year in
          Catalog.choose(years[year] ?? []).map { YearValue(year: year, value: $0.value) }
        }
      }
      return map
    }
  }

  /// Positions of the national (`VN`) targets with a figure and a year, by indicator and year.
  func nationalTargets(_ indicator: String, year: Int, _ catalog: Catalog) -> [Int] {
    let vn = targets(ofGeo: "VN", catalog)
    return cached(\.national) {
      var result: [NationalKey: [Int]] = [:]
      for position in vn {
        let target = catalog.targets[position]
        guard target.kind != .qualitative, let year = target.horizon?.year else { continue }
        result[NationalKey(indicator: target.indicator, year: year), default: []].append(position)
      }
      return result
    }[NationalKey(indicator: indicator, year: year)] ?? []
  }

  func membership(of region: String, in version: GeographyVersion, _ catalog: Catalog)
    -> Membership
  {
    let key = MembershipKey(region: region, version: version)
    lock.lock()
    if let membership = memberships[key] {
      lock.unlock()
      return membership
    }
    lock.unlock()
    let members = catalog.provinces.filter {
      $0.region == region && $0.exists(on: version.referenceDay)
    }
    var position: [String: Int] = [:]
    for (index, member) in members.enumerated() where position[member.id] == nil {
      position[member.id] = index
    }
    let successors = members.indices.filter {
      !predecessors(of: members[$0].id, catalog).isEmpty
    }
    let membership = Membership(members: members, position: position, successors: successors)
    lock.lock()
    memberships[key] = membership
    lock.unlock()
    return membership
  }
}
