import Catalog
import Composite
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
        throw CompositeError.unknownCompositeName(
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

extension CompositeSpecFile {
  /// The composite's input: loaded from the spec's COINr files, or built from `catalog`.
  /// - Throws: `CompositeError.invalidSpec` for a level-1 code that is no indicator of the
  ///   catalog (located in the spec), or what `CompositeLoader` and the framework find wrong.
  public func input(catalog: Catalog?) throws -> CompositeInput {
    switch source {
    case .coinr(let idata, let imeta):
      return try CompositeLoader.load(idata: idata, imeta: imeta, displayPaths: coinrDisplayPaths)
    case .catalog(let settings):
      guard let catalog else {
        throw CompositeError.invalidFramework("a catalog source needs the dataset")
      }
      // level-1 codes are indicator ids: an unknown one is a located error in the spec
      let ids = catalog.indicators.map(\.id)
      let unknown = framework.filter { $0.level == 1 && catalog.indicator(id: $0.code) == nil }
      if !unknown.isEmpty {
        throw CompositeError.invalidSpec(
          unknown.map { meta in
            let hint = Text.nearest(to: meta.code, in: ids, key: { $0 }).map {
              " (did you mean '\($0)'?)"
            }
            return Diagnostic(
              .error,
              at: frameworkLocations[meta.code] ?? SourceLocation(file: "spec", line: 1, column: 1),
              "unknown indicator \(Text.quoted(meta.code))\(hint ?? ""): a level-1 code of a "
                + "catalog source is an indicator id")
          })
      }
      guard let geography = GeographyVersion(rawValue: settings.geography) else {
        throw CompositeError.unknownCompositeName(
          kind: "geography", name: settings.geography, suggestion: nil)
      }
      return try CatalogComposite.input(
        catalog, framework: framework,
        subject: settings.subject == .targets ? .targets : .observations, year: settings.year,
        geography: geography, region: settings.region)
    }
  }
}
