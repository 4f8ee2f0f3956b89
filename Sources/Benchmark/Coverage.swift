import Catalog

/// What is known of one province and indicator: its targets for a horizon year and its latest
/// observed value.
public struct CoverageCell: Sendable, Hashable {
  /// The province's id.
  public var province: String
  /// The indicator's id.
  public var indicator: String
  /// The province's targets whose horizon ends in the matrix's year (several when documents
  /// disagree or periods differ: "2021–2030" and "2026–2030"), in file order.
  public var targets: [Target]
  /// The latest annual observed value, chosen by `ObservedValue.order` where sources differ.
  public var latest: ObservedValue?
  /// The latest period average ("2021–2025"), for indicators observed only that way.
  public var periodAverage: Observation?

  /// Whether the province has an observed value of any kind.
  public var isObserved: Bool { latest != nil || periodAverage != nil }
}

/// A province × indicator matrix of targets and observations over a region's members.
public struct CoverageMatrix: Sendable {
  /// The id of the region whose members are the columns.
  public var region: String
  /// The geography version the members are taken from.
  public var geography: GeographyVersion
  /// The horizon year of the targets shown.
  public var year: Int
  /// The region's members in that version, in file order: one column each.
  public var provinces: [Province]
  /// The rows, one indicator each.
  public var indicators: [Indicator]
  /// `cells[i][p]`: indicator `i`, province `p`.
  public var cells: [[CoverageCell]]

  /// How many provinces set a target for indicator `i`.
  public func targetCount(_ i: Int) -> Int { cells[i].filter { !$0.targets.isEmpty }.count }

  /// How many provinces have an observed value of indicator `i`.
  public func observedCount(_ i: Int) -> Int { cells[i].filter(\.isObserved).count }

  /// The indicator's row, if it is in the matrix.
  public func row(of indicator: String) -> Int? { indicators.firstIndex { $0.id == indicator } }
}

extension Catalog {
  /// The coverage matrix of the members of `region` in `geography`: for each indicator and
  /// province, the targets for `year` and the latest observed value (any year).
  ///
  /// - Parameter indicators: the rows; by default every indicator a member has a target (for
  ///   `year`) or an observation of, in `indicators.csv` order.
  public func coverage(
    region: String = "NMM", geography: GeographyVersion, year: Int = 2030,
    indicators selected: [String]? = nil
  ) -> CoverageMatrix {
    let provinces = members(of: region, in: geography)
    let ids = Set(provinces.map(\.id))
    let rows: [Indicator]
    if let selected {
      rows = selected.compactMap { indicator(id: $0) }
    } else {
      var used = Set<String>()
      for target in targets where ids.contains(target.geo) && target.horizon?.year == year {
        used.insert(target.indicator)
      }
      for observation in observations where ids.contains(observation.geo) {
        used.insert(observation.indicator)
      }
      rows = indicators.filter { used.contains($0.id) }
    }
    let own = provinces.map { province in
      targetPositions(geo: province.id).map { targets[$0] }.filter { $0.horizon?.year == year }
    }
    let cells = rows.map { definition in
      provinces.indices.map { p in
        let province = provinces[p]
        let own = own[p].filter { $0.indicator == definition.id }
        return CoverageCell(
          province: province.id, indicator: definition.id, targets: own,
          latest: latestObserved(geo: province.id, indicator: definition.id),
          periodAverage: periodAverages(geo: province.id, indicator: definition.id).max {
            $0.year < $1.year
          })
      }
    }
    return CoverageMatrix(
      region: region, geography: geography, year: year, provinces: provinces, indicators: rows,
      cells: cells)
  }
}

extension Catalog {
  /// The core indicators of a national document: those for which a national (`VN`) target
  /// quoted from document `number` exists and which a province can set too (international
  /// league-table positions, group `index_rank`, are left out), in `indicators.csv` order.
  public func coreIndicators(document number: String = "57-NQ/TW") -> [Indicator] {
    memoised("core|\(number)") { computeCoreIndicators(number) }
  }

  private func computeCoreIndicators(_ number: String) -> [Indicator] {
    let ids = Set(
      targets.filter { target in
        target.geo == "VN" && document(id: target.provenance.source)?.number == number
      }.map(\.indicator))
    return indicators.filter { ids.contains($0.id) && $0.group != "index_rank" }
  }

  /// The core indicators of `number` for which `province` has no target, of the indicator
  /// or of another indicator of its family (a local-budget share answers a state-budget one).
  public func coreIndicatorsWithoutTarget(province: String, document number: String = "57-NQ/TW")
    -> [Indicator]
  {
    let families = Set(
      targetPositions(geo: province).compactMap { indicator(id: targets[$0].indicator)?.family })
    return coreIndicators(document: number).filter { !families.contains($0.family) }
  }
}
