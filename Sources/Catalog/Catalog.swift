import Support

/// The loaded, validated dataset: documents, geography, indicators, targets, observations.
///
/// Lookups by id and the indices behind alignment and benchmarks are built on first use and
/// dropped whenever a property is set, so a changed catalog never answers from stale data.
public struct Catalog: Sendable {
  /// The documents targets and observations are quoted from, in file order.
  public var documents: [Document] { didSet { index = CatalogIndex() } }
  /// Provinces of every administrative period, the 2025 merger's predecessors included.
  public var provinces: [Province] { didSet { index = CatalogIndex() } }
  /// Regions, one entry per geography version, and the nation (`VN`).
  public var regions: [Region] { didSet { index = CatalogIndex() } }
  /// The indicators, in file order; alignments and coverage follow this order.
  public var indicators: [Indicator] { didSet { index = CatalogIndex() } }
  /// Every target, in file order (what-if targets after the dataset's).
  public var targets: [Target] { didSet { index = CatalogIndex() } }
  /// Every observed value, in file order.
  public var observations: [Observation] { didSet { index = CatalogIndex() } }
  /// The source texts by document id, for documents that have a file.
  public var sources: [String: SourceText]
  /// The directory the catalog was read from, as the user named it.
  public var directory: String
  /// Lookups built on first use (see `CatalogIndex`).
  var index = CatalogIndex()

  /// A catalog of the given records; the loader builds one from a dataset directory.
  public init(
    documents: [Document] = [], provinces: [Province] = [], regions: [Region] = [],
    indicators: [Indicator] = [], targets: [Target] = [], observations: [Observation] = [],
    sources: [String: SourceText] = [:], directory: String = "."
  ) {
    self.documents = documents
    self.provinces = provinces
    self.regions = regions
    self.indicators = indicators
    self.targets = targets
    self.observations = observations
    self.sources = sources
    self.directory = directory
  }

  /// The first document with this id.
  /// - Complexity: O(1) after a first O(n) call.
  public func document(id: String) -> Document? {
    index.document(id, self).map { documents[$0] }
  }

  /// The first indicator with this id.
  /// - Complexity: O(1) after a first O(n) call.
  public func indicator(id: String) -> Indicator? {
    index.indicator(id, self).map { indicators[$0] }
  }

  /// The first province with this id.
  /// - Complexity: O(1) after a first O(n) call.
  public func province(id: String) -> Province? {
    index.province(id, self).map { provinces[$0] }
  }

  /// The first target with this id.
  /// - Complexity: O(1) after a first O(n) call.
  public func target(id: String) -> Target? {
    index.target(id, self).map { targets[$0] }
  }

  /// Every geo id a target may name: provinces, then regions (including `VN`).
  public var geoIDs: [String] {
    var seen = Set<String>()
    return (provinces.map(\.id) + regions.map(\.id)).filter { seen.insert($0).inserted }
  }

  /// The display name of a geo id (Vietnamese), or the id itself if unknown.
  public func geoName(_ id: String) -> String {
    province(id: id)?.name ?? regions.first { $0.id == id }?.name ?? id
  }

  /// Resolves what a user typed (`lai-chau`, `Lai Châu`, `lai chau`, `LAI CHAU`) to a geo id.
  /// - Throws: `CatalogError.unknownGeo` with the nearest id as a suggestion.
  public func geoID(matching query: String) throws -> String {
    let key = Text.slug(query)
    if let exact = geoIDs.first(where: { $0 == query }) { return exact }
    if let byID = geoIDs.first(where: { Text.slug($0) == key }) { return byID }
    let names = provinces.map { ($0.id, $0.name) } + regions.map { ($0.id, $0.name) }
    if let byName = names.first(where: { Text.slug($0.1) == key }) { return byName.0 }
    throw CatalogError.unknownGeo(query, suggestion: Text.nearest(to: query, in: geoIDs))
  }

  /// Resolves an indicator id, accepting case and separator differences.
  /// - Throws: `CatalogError.unknownIndicator` with the nearest id as a suggestion.
  public func indicatorID(matching query: String) throws -> String {
    let key = Text.slug(query)
    if let match = indicators.first(where: { $0.id == query || Text.slug($0.id) == key }) {
      return match.id
    }
    throw CatalogError.unknownIndicator(
      query, suggestion: Text.nearest(to: query, in: indicators.map(\.id)))
  }

  /// The target with this id.
  /// - Throws: `CatalogError.unknownTarget` with the nearest id as a suggestion.
  public func target(matching query: String) throws -> Target {
    if let target = target(id: query) { return target }
    throw CatalogError.unknownTarget(
      query, suggestion: Text.nearest(to: query, in: targets.map(\.id)))
  }

  /// The lines of the target's quote in its source file, where the source is a local file.
  public func quoteLines(of target: Target) -> ClosedRange<Int>? {
    sources[target.provenance.source]?.lines(of: target.provenance.quote)
  }
}
