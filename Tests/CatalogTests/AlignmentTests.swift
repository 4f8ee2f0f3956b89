import TestSupport
import Testing

@testable import Catalog

@Suite struct AlignmentTests {
  let catalog = Catalog(
    provinces: [
      TestCatalog.province("a", to: TestCatalog.june30, successor: "ab"),
      TestCatalog.province("c"),
      TestCatalog.province("out", region: nil),
      TestCatalog.province("ab", from: TestCatalog.july1),
    ],
    regions: [
      Region(
        id: "R", name: "R", nameEn: "R", geography: "2024", basis: .official, membersSource: ""),
      Region(
        id: "R", name: "R", nameEn: "R", geography: "2025", basis: .inferred, membersSource: ""),
      Region(
        id: "VN", name: "VN", nameEn: "VN", geography: "national", basis: .official,
        membersSource: ""),
    ],
    indicators: [TestCatalog.indicator("de"), TestCatalog.indicator("q")],
    targets: [
      TestCatalog.target("a1", geo: "a", "de", .atLeast, 40),
      TestCatalog.target("c1", geo: "c", "de", .approximately, 9, high: 10),
      TestCatalog.target("c2", geo: "c", "q", nil, nil),
      TestCatalog.target("c3", geo: "c", "de", year: nil, .equal, 5),
      TestCatalog.target("o1", geo: "out", "de", .equal, 1),
      TestCatalog.target("ab1", geo: "ab", "de", year: 2045, .equal, 50),
      TestCatalog.target("vn", geo: "VN", "de", .atLeast, 30),
    ])

  @Test func before2025GroupsOwnTargetsAndExcludesTheRestWithReasons() {
    let a = catalog.align(region: "R", geography: .before2025)
    #expect(a.basis == .official)
    #expect(a.members.map(\.id) == ["a", "c"])
    #expect(a.groups.map { "\($0.indicator)@\($0.year)" } == ["de@2030"])
    #expect(a.groups[0].entries.map(\.target.id) == ["a1", "c1"])
    #expect(a.groups[0].entries.map(\.national.status) == [.above, .below])
    #expect(a.groups[0].references.map(\.id) == ["vn"])
    #expect(a.groups[0].entries[1].verdict == .comparableWithCaveat([.approximate(target: "c1")]))
    #expect(a.notComparable.map(\.target.id) == ["c2", "c3"])
    #expect(Set(a.excluded.map(\.target.id)) == ["o1", "ab1"])
    #expect(
      a.excluded.first { $0.target.id == "ab1" }?.reason
        == "ab exists from 2025-07-01: use geography 2025")
    #expect(a.excluded.first { $0.target.id == "o1" }?.reason == "out is not in R")
    #expect(
      a.excluded.first { $0.target.id == "ab1" }?.cause
        == .notYetExisting(geo: "ab", from: TestCatalog.july1))
    #expect(
      a.notComparable.map(\.cause).allSatisfy {
        if case .notComparable = $0 { true } else { false }
      })
  }

  @Test func from2025InheritsAndMarksInferredMembership() {
    let a = catalog.align(region: "R", geography: .from2025)
    #expect(a.basis == .inferred)
    #expect(a.members.map(\.id) == ["c", "ab"])
    let de2030 = a.groups.first { $0.indicator == "de" && $0.year == 2030 }
    #expect(de2030?.entries.map(\.target.id) == ["c1", "a1@ab"])
    #expect(
      de2030?.entries.last?.inheritedBy == "inherited from a, the only predecessor with this target"
    )
    #expect(a.groups.contains { $0.indicator == "de" && $0.year == 2045 })
  }

  @Test func everyTargetInScopeIsAccountedFor() {
    for geography in GeographyVersion.allCases {
      let a = catalog.align(region: "R", geography: geography)
      let grouped = a.groups.flatMap { $0.entries.map { $0.target.id.split(separator: "@")[0] } }
      let accounted = Set(
        grouped.map(String.init) + a.notComparable.map(\.target.id) + a.excluded.map(\.target.id))
      let expected = Set(catalog.targets.filter { $0.geo != "VN" }.map(\.id))
      #expect(accounted == expected, "\(geography)")
    }
  }

  @Test func filtersByIndicatorAndYear() {
    let a = catalog.align(region: "R", geography: .before2025, indicator: "q")
    #expect(a.groups.isEmpty)
    #expect(a.notComparable.map(\.target.id) == ["c2"])
    let y = catalog.align(region: "R", geography: .from2025, year: 2045)
    #expect(y.groups.map(\.year) == [2045])
  }
}
