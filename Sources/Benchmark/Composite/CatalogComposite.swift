import Catalog
import Foundation
import Support

/// Builds composite input from the catalog: the region's provinces as units, catalog
/// indicators as level-1 items (direction from polarity), each province's target figure
/// (midpoint of a range) or latest observation as the value; no figure is a missing value.
enum CatalogComposite {
  static func input(
    _ catalog: Catalog, framework: [IndicatorMeta], subject: BenchmarkSubject, year: Int,
    geography: GeographyVersion, region: String
  ) throws -> CompositeInput {
    var metas = framework
    for (index, meta) in metas.enumerated() where meta.level == 1 {
      guard let indicator = catalog.indicator(id: meta.code) else {
        throw BenchmarkError.unknownCompositeName(
          kind: "indicator", name: meta.code,
          suggestion: Text.nearest(to: meta.code, in: catalog.indicators.map(\.id)))
      }
      metas[index].direction = indicator.polarity == .higher ? .positive : .negative
      metas[index].name = indicator.nameEn
    }
    let members = catalog.members(of: region, in: geography)
    let indicators = metas.filter { $0.level == 1 }.map(\.code)
    var rows = [[Double?]](
      repeating: [Double?](repeating: nil, count: indicators.count), count: members.count)
    // One regional statistic per indicator, computed on every core.
    let statistics = parallelMap(
      indicators.count, jobs: ProcessInfo.processInfo.activeProcessorCount
    ) {
      catalog.regionalStatistic(
        indicator: indicators[$0], year: year, region: region, geography: geography,
        subject: subject)
    }
    for (column, statistic) in statistics.enumerated() {
      guard let statistic else { continue }
      for (row, member) in members.enumerated() {
        rows[row][column] = statistic.contribution(of: member.id)?.figure.mid  // O(1), memoised
      }
    }
    let data = CompositeData(unitCodes: members.map(\.id), indicatorCodes: indicators, rows: rows)
    return CompositeInput(
      data: data, framework: try CompositeFramework(metas), unitNames: members.map(\.name))
  }
}
