import Testing

@testable import Benchmark
@testable import Catalog

/// The memoised lookups of a regional statistic answer as the plain scans over its
/// contributions do.
@Suite struct StatisticMemoTests {
  func statistic(_ values: [Double]) throws -> RegionalStatistic {
    let provinces = values.indices.map { Fixture.province("p\($0)") }
    let targets = values.enumerated().map { Fixture.target("t\($0)", "p\($0)", "x", .equal, $1) }
    let catalog = Catalog(
      provinces: provinces, indicators: [Fixture.indicator("x")], targets: targets)
    return try #require(
      catalog.regionalStatistic(indicator: "x", year: 2030, region: "R", geography: .before2025))
  }

  @Test(arguments: [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [7], [2, 2], [0, -0.0, 1, 1, 1]])
  func ranksPercentilesAndTiesMatchTheScans(values: [Double]) throws {
    let s = try statistic(values)
    let mids = s.contributions.map(\.figure.mid)
    for polarity in [Polarity.higher, .lower] {
      let ranks = Statistics.competitionRanks(mids, polarity: polarity)
      for (index, c) in s.contributions.enumerated() {
        let rank = try #require(s.rank(of: c.geo, polarity: polarity))
        #expect(rank.position == ranks[index])
        #expect(
          rank.tiedWith
            == s.contributions.indices.filter { $0 != index && mids[$0] == mids[index] }.map {
              s.contributions[$0].geo
            })
        #expect(
          s.percentile(of: c.geo, polarity: polarity)
            == Statistics.percentile(of: mids[index], among: mids, polarity: polarity))
      }
    }
  }

  @Test func changedContributionsAreNotAnsweredFromTheMemo() throws {
    var s = try statistic([1, 2, 3])
    #expect(s.contribution(of: "p2")?.figure.mid == 3)
    s.contributions.removeLast()
    #expect(s.contribution(of: "p2") == nil)
    #expect(s.rank(of: "p1", polarity: .higher)?.position == 1)
    #expect(try statistic([1, 2]) == statistic([1, 2]))
  }
}
