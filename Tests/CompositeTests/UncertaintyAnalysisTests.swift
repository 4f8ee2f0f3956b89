import Testing

@testable import Composite

@Suite struct UncertaintyAnalysisTests {
  func analyse(_ spec: UncertaintySpec, nominal: CompositeSpec = .coinrASEM) throws
    -> UncertaintyResult
  {
    let input = try ReferenceFixtures.asem.get()
    return try UncertaintyAnalysis.run(
      input.data, framework: input.framework, nominal: nominal, uncertainty: spec)
  }

  func vignette(runs: Int, seed: UInt64, jobs: Int) -> UncertaintySpec {
    var spec = UncertaintySpec.coinrVignette(runs: runs, seed: seed)
    spec.jobs = jobs
    return spec
  }

  @Test func sameSeedGivesIdenticalResultsForAnyNumberOfJobs() throws {
    let serial = try analyse(vignette(runs: 200, seed: 11, jobs: 1))
    let parallel = try analyse(vignette(runs: 200, seed: 11, jobs: 2))
    let many = try analyse(vignette(runs: 200, seed: 11, jobs: 7))
    let again = try analyse(vignette(runs: 200, seed: 11, jobs: 1))
    #expect(serial.units == parallel.units)
    #expect(serial.units == many.units)
    #expect(serial.units == again.units)
    #expect(serial.failedRuns == 0 && serial.runs == 200 && serial.target == "Index")
    let otherSeed = try analyse(vignette(runs: 200, seed: 12, jobs: 2))
    #expect(serial.units.map(\.meanRank) != otherSeed.units.map(\.meanRank))
  }

  @Test func withoutNoiseAndWithOneSettingEveryQuantileIsTheNominalRank() throws {
    let spec = UncertaintySpec(
      runs: 40, seed: 3, winsorisationLimits: [5], normalisations: [.minMax0To100],
      aggregationMethods: [.arithmetic], weightNoise: [2: 0, 3: 0], jobs: 2)
    let result = try analyse(spec)
    let build = try ReferenceFixtures.asemResult.get()
    #expect(result.units.map(\.nominalRank) == build.ranks("Index"))
    for unit in result.units {
      let rank = Double(unit.nominalRank ?? 0)
      #expect(
        [unit.meanRank, unit.medianRank, unit.q5Rank, unit.q95Rank] == [rank, rank, rank, rank],
        "\(unit.unit)")
    }
  }

  @Test func vignetteRanksSpreadAroundTheNominalRank() throws {
    let result = try analyse(vignette(runs: 300, seed: 2024, jobs: 2))
    for unit in result.units {
      #expect(unit.q5Rank <= unit.medianRank && unit.medianRank <= unit.q95Rank, "\(unit.unit)")
      #expect(unit.q5Rank >= 1 && unit.q95Rank <= 51)
    }
    let che = try #require(result.units.first { $0.unit == "CHE" })
    #expect(che.nominalRank == 1 && che.medianRank == 1)
    #expect(isClose(che.nominalScore, 68.38, relative: 1e-3))
    #expect(result.units.contains { $0.q95Rank - $0.q5Rank >= 3 }, "weights and methods move ranks")
  }

  @Test func runsThatCannotAggregateCountAsFailed() throws {
    // Geometric means of min-max 0…100 scores meet zeros in every run.
    let spec = UncertaintySpec(runs: 12, aggregationMethods: [.geometric], jobs: 2)
    let result = try analyse(spec)
    #expect(result.failedRuns == 12)
    #expect(result.units.allSatisfy { $0.medianRank.isNaN && $0.nominalRank != nil })
  }

  @Test func targetCanBeAnyNodeButMustExist() throws {
    var spec = vignette(runs: 20, seed: 5, jobs: 2)
    spec.target = "Conn"
    #expect(try analyse(spec).target == "Conn")
    spec.target = "Conm"
    #expect(
      throws: CompositeError.unknownCompositeName(kind: "target", name: "Conm", suggestion: "Conn")
    ) {
      try analyse(spec)
    }
  }
}
