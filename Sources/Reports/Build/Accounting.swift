import Catalog

/// Where every target row of the catalog goes in a report set. Each row is in exactly one
/// group, so the counts add up to the number of rows in `targets.csv`.
struct Accounting {
  /// Member provinces' own targets with a figure and a year: benchmarked.
  var benchmarked: [Target] = []
  /// Predecessors' targets used through their successor (geography 2025).
  var inherited: [Target] = []
  /// Members' targets without a figure or a year: listed with the reason.
  var notComparable: [Alignment.Excluded] = []
  /// Regional and national targets: used as references.
  var references: [Target] = []
  /// Targets outside the region and geography version, with the reason.
  var excluded: [Alignment.Excluded] = []

  var total: Int {
    benchmarked.count + inherited.count + notComparable.count + references.count + excluded.count
  }

  static func of(_ catalog: Catalog, region: String, geography: GeographyVersion) -> Accounting {
    let alignment = catalog.align(region: region, geography: geography)
    func original(_ id: String) -> String { String(id.split(separator: "@")[0]) }
    let groupedIDs = alignment.groups.flatMap(\.entries).map(\.target.id)
    let own = Set(groupedIDs.filter { !$0.contains("@") })
    let viaSuccessor = Set(
      (groupedIDs + alignment.notComparable.map(\.target.id)).filter { $0.contains("@") }.map(
        original))
    let regionIDs = Set(catalog.regions.map(\.id))
    let notComparable = Dictionary(
      alignment.notComparable.filter { !$0.target.id.contains("@") }.map { ($0.target.id, $0) },
      uniquingKeysWith: { a, _ in a })
    let excluded = Dictionary(
      alignment.excluded.map { ($0.target.id, $0) }, uniquingKeysWith: { a, _ in a })
    var result = Accounting()
    for target in catalog.targets {
      if own.contains(target.id) {
        result.benchmarked.append(target)
      } else if viaSuccessor.contains(target.id) {
        result.inherited.append(target)
      } else if let item = notComparable[target.id] {
        result.notComparable.append(item)
      } else if regionIDs.contains(target.geo) {
        result.references.append(target)
      } else {
        result.excluded.append(
          excluded[target.id]
            ?? Alignment.Excluded(
              target: target, cause: .notMember(geo: target.geo, region: region)))
      }
    }
    return result
  }

  /// The summary rows of the index page.
  func summary(_ l: Localizer) -> [(String, Int)] {
    let vi = l.language == .vi
    return [
      (vi ? "Mục tiêu được so sánh" : "Benchmarked targets", benchmarked.count),
      (
        vi ? "Mục tiêu kế thừa qua sáp nhập" : "Targets inherited through the merger",
        inherited.count
      ),
      (
        vi ? "Mục tiêu định tính hoặc không có năm" : "Qualitative or undated targets",
        notComparable.count
      ),
      (
        vi
          ? "Mục tiêu vùng và quốc gia (tham chiếu)" : "Regional and national targets (references)",
        references.count
      ),
      (vi ? "Ngoài địa giới đang xét" : "Outside this geography", excluded.count),
      (vi ? "Tổng số dòng trong targets.csv" : "Rows in targets.csv", total),
    ]
  }
}

/// Where every observation row goes in a report set, each in exactly one group, so the counts
/// add up to the rows of `observations.csv`.
struct ObservationAccounting {
  /// Members' annual values: profiles (delivery, observed against the region), the coverage
  /// matrix, weights and pace.
  var members: [Observation] = []
  /// Members' averages over a period ("2021-2025"): the coverage matrix only.
  var periodAverages: [Observation] = []
  /// The nation's and regions' values: references in notes and national comparisons.
  var references: [Observation] = []
  /// Values of provinces outside the region in this geography version (pre-merger provinces
  /// in geography 2025, provinces of other regions).
  var outside: [Observation] = []

  var total: Int { members.count + periodAverages.count + references.count + outside.count }

  static func of(_ catalog: Catalog, region: String, geography: GeographyVersion)
    -> ObservationAccounting
  {
    let members = Set(catalog.members(of: region, in: geography).map(\.id))
    let regionIDs = Set(catalog.regions.map(\.id))
    var result = ObservationAccounting()
    for observation in catalog.observations {
      if members.contains(observation.geo) {
        if observation.isPeriodAverage {
          result.periodAverages.append(observation)
        } else {
          result.members.append(observation)
        }
      } else if regionIDs.contains(observation.geo) {
        result.references.append(observation)
      } else {
        result.outside.append(observation)
      }
    }
    return result
  }

  /// The summary rows of the index page.
  func summary(_ l: Localizer) -> [(String, Int)] {
    let vi = l.language == .vi
    return [
      (
        vi
          ? "Số liệu thực tế của các tỉnh trong vùng" : "Observed values of the region's provinces",
        members.count
      ),
      (vi ? "Số liệu bình quân cả giai đoạn" : "Averages over a period", periodAverages.count),
      (
        vi ? "Số liệu quốc gia và vùng (tham chiếu)" : "National and regional values (references)",
        references.count
      ),
      (
        vi
          ? "Tỉnh ngoài vùng hoặc ngoài địa giới đang xét"
          : "Provinces outside this region or geography", outside.count
      ),
      (vi ? "Tổng số dòng trong observations.csv" : "Rows in observations.csv", total),
    ]
  }
}
