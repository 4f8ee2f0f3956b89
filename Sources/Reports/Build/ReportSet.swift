import Benchmark
import Catalog
import Composite
import Foundation

/// What a report set contains and how it is written.
public struct ReportOptions: Sendable {
  /// Province ids to profile; nil for every member of the region.
  public var provinces: [String]?
  /// The two provinces of the comparison page; nil for Thái Nguyên and Lai Châu when present.
  public var comparison: (String, String)?
  /// The horizon year of the dashboard.
  public var year: Int
  /// The geography version the region's members are taken from.
  public var geography: GeographyVersion
  /// The language of every page.
  public var language: Language
  /// The id of the region whose members the set covers.
  public var region: String
  /// A generation time to print on the index page; nil keeps the output byte-identical.
  public var stamp: String?
  /// The composite index spec for the composite page, if any.
  public var compositeSpec: URL?

  /// Options with every field given; the defaults make the Vietnamese set of `NMM` for 2030.
  public init(
    provinces: [String]? = nil, comparison: (String, String)? = nil, year: Int = 2030,
    geography: GeographyVersion = .before2025, language: Language = .vi, region: String = "NMM",
    stamp: String? = nil, compositeSpec: URL? = nil
  ) {
    self.compositeSpec = compositeSpec
    self.provinces = provinces
    self.comparison = comparison
    self.year = year
    self.geography = geography
    self.language = language
    self.region = region
    self.stamp = stamp
  }
}

/// Builds the pages of a report set from a catalog.
public enum ReportSet {
  /// The pages: index, one profile per province, the comparison, the dashboard, the composite
  /// index and its audit (with a composite spec), conflicts.
  /// - Throws: `CatalogError` or `CompositeError` when the composite spec is invalid.
  public static func pages(_ catalog: Catalog, _ options: ReportOptions) throws -> [Page] {
    var ctx = context(catalog, options)
    let members = catalog.members(of: options.region, in: options.geography).map(\.id)
    // every member has a profile, also one with few or no targets: what it has achieved and
    // what it has not set are worth a page
    let provinces = options.provinces ?? members
    ctx.profiled = Set(provinces)
    ctx.composite = try options.compositeSpec.map {
      try CompositeAnalysis.build($0, catalog: catalog)
    }
    var pages = provinces.map { ProfilePage.build($0, ctx) }
    if let (a, b) = options.comparison ?? defaultPair(members) {
      pages.append(ComparisonPage.build(a, b, ctx))
    }
    pages.append(DashboardPage.build(ctx))
    if let analysis = ctx.composite {
      pages.append(CompositePage.build(analysis, ctx))
      pages.append(AuditPage.build(analysis, ctx))
    }
    pages.append(ConflictsPage.build(ctx))
    let index = IndexPage.build(ctx, pages: pages.map { ($0.slug, $0.title) }, stamp: options.stamp)
    return ([index] + pages).map { ctx.reconcilingNotes($0) }
  }

  /// One page of a report set on its own, as it reads in the set.
  public enum SinglePage: Sendable, Hashable {
    /// A province's profile.
    case profile(String)
    /// Two provinces side by side.
    case comparison(String, String)
  }

  /// The page `which`, built exactly as `pages` builds it (links to other pages of the set
  /// stay as text where the page is used alone, in a Word document).
  public static func page(_ which: SinglePage, _ catalog: Catalog, _ options: ReportOptions)
    -> Page
  {
    var ctx = context(catalog, options)
    switch which {
    case .profile(let province):
      ctx.profiled = [province]
      return ctx.reconcilingNotes(ProfilePage.build(province, ctx))
    case .comparison(let a, let b):
      ctx.profiled = [a, b]
      return ctx.reconcilingNotes(ComparisonPage.build(a, b, ctx))
    }
  }

  /// The context every page of a set is built in: the region's aligned entries by province.
  static func context(_ catalog: Catalog, _ options: ReportOptions) -> ReportContext {
    var ctx = ReportContext(
      catalog: catalog, localizer: Localizer(options.language, catalog: catalog),
      geography: options.geography,
      region: options.region, year: options.year)
    let members = catalog.members(of: options.region, in: options.geography).map(\.id)
    ctx.compact = members.count > ReportContext.compactAbove
    for entry in catalog.align(region: options.region, geography: options.geography).groups
      .flatMap(\.entries)
    {
      ctx.entriesByGeo[entry.target.geo, default: []].append(entry)
    }
    return ctx
  }

  /// Thái Nguyên and Lai Châu (or Thái Nguyên's successor), the pair the project started from.
  static func defaultPair(_ members: [String]) -> (String, String)? {
    let first = ["thai-nguyen", "thai-nguyen-2025"].first { members.contains($0) }
    guard let first, members.contains("lai-chau") else { return nil }
    return (first, "lai-chau")
  }
}
