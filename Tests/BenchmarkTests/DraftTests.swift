import Testing

@testable import Benchmark
@testable import Catalog

@Suite struct DraftTests {
  let de = Fixture.indicator("de", unit: .percentOfGRDP)
  let count = Fixture.indicator("cnt", unit: .count)

  func catalog(observations: [Observation] = [], extra: [Target] = []) -> Catalog {
    var c = Fixture.catalog(
      provinces: ["lc", "tn", "hb", "ls"], indicators: [de, count],
      targets: [
        Fixture.target("lc1", "lc", "de", .approximately, 9, high: 10, unit: .percentOfGRDP),
        Fixture.target("tn1", "tn", "de", .atLeast, 40, unit: .percentOfGRDP),
        Fixture.target("hb1", "hb", "de", .approximately, 30, unit: .percentOfGRDP),
        Fixture.target("ls1", "ls", "de", .range, 25, high: 30, unit: .percentOfGRDP),
        Fixture.target("tn2", "tn", "cnt", .equal, 3, unit: .count),
        Fixture.target("hb2", "hb", "cnt", .equal, 2, unit: .count),
      ] + extra, observations: observations)
    c.regions.append(
      Region(
        id: "VN", name: "VN", nameEn: "VN", geography: "national", basis: .official,
        membersSource: ""))
    c.provinces.append(Fixture.province("VN", region: nil))
    return c
  }

  func proposal(_ draft: Draft, _ indicator: String) -> DraftProposal? {
    draft.proposals.first { $0.indicator.id == indicator }
  }

  @Test func regionalMeanRaisesLaiChauAndListsInputs() throws {
    let d = catalog().draft(
      "lc", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025)
    let p = try #require(proposal(d, "de"))
    // mean of mids: (9.5 + 40 + 30 + 27.5) / 4 = 26.75
    #expect(p.proposed == Quantity(.atLeast, 26.75))
    #expect(p.rule == .regionalMean)
    #expect(p.current.map(\.id) == ["lc1"])
    #expect(Set(p.inputs) == ["lc1", "tn1", "hb1", "ls1"])
    // gap to the mean (26.125–27.375 over the ranges' ends) before and after
    #expect(p.gapBefore.map { $0.absolute.high < 0 } == true)
    #expect(p.gapAfter.map { $0.absolute.low <= 0 && $0.absolute.high >= 0 } == true)
  }

  @Test func eachRuleGivesItsFigure() throws {
    let c = catalog(extra: [Fixture.target("vn1", "VN", "de", .atLeast, 30, unit: .percentOfGRDP)])
    func figure(_ rule: DraftRule) -> Double? {
      proposal(c.draft("lc", year: 2030, rules: [rule], region: "R", geography: .before2025), "de")?
        .proposed?.value
    }
    #expect(figure(.regionalMedian) == 28.75)  // mids 9.5, 27.5, 30, 40
    #expect(figure(.topQuartile) == 32.5)  // type 7: 30 + 0.25 × (40 − 30)
    #expect(figure(.leader) == 40)
    #expect(figure(.national) == 30)
    #expect(figure(.peer("hb")) == 30)
    #expect(figure(.keep) == 9)
  }

  @Test func neverSilentlyLowersATarget() throws {
    let d = catalog().draft(
      "tn", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025)
    let p = try #require(proposal(d, "de"))
    #expect(p.proposed == Quantity(.atLeast, 40))
    #expect(p.rule == .keep)
    #expect(p.flags.contains(.wouldLower(rule: .regionalMean, figure: 26.75, current: 40)))
  }

  @Test func sharesAreCappedAt100() throws {
    let c = catalog(extra: [Fixture.target("vn1", "VN", "de", .atLeast, 130, unit: .percentOfGRDP)])
    let p = try #require(
      proposal(
        c.draft("lc", year: 2030, rules: [.national], region: "R", geography: .before2025), "de"))
    #expect(p.proposed?.value == 100)
    #expect(p.flags.contains(.cappedAtPhysicalBound(rule: .national, figure: 130, bound: 100)))
  }

  @Test func rulesThatCannotApplySayWhyAndTheNextOneIsUsed() throws {
    let d = catalog().draft(
      "lc", year: 2030, rules: [.national, .feasiblePace, .leader], region: "R",
      geography: .before2025)
    let p = try #require(proposal(d, "de"))
    #expect(p.rule == .leader)
    #expect(
      p.flags.contains(.ruleNotApplicable(rule: .national, reason: "no national target for 2030")))
    #expect(
      p.flags.contains(
        .ruleNotApplicable(rule: .feasiblePace, reason: "no observation of the province")))
  }

  @Test func maxCombinationTakesTheMostAmbitious() throws {
    let d = catalog().draft(
      "lc", year: 2030, rules: [.regionalMedian, .leader], combination: .max, region: "R",
      geography: .before2025)
    #expect(proposal(d, "de")?.rule == .leader)
  }

  @Test func missingTargetsAreListedAndCountsRoundUp() throws {
    let d = catalog().draft(
      "lc", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025)
    #expect(d.missing.map(\.indicator.id) == ["cnt"])
    #expect(d.missing.first?.targetedBy == ["hb", "tn"])
    #expect(
      proposal(d, "cnt")?.proposed == Quantity(.atLeast, 3), "mean 2.5 rounds up to 3 enterprises")
    #expect(proposal(d, "cnt")?.current.isEmpty == true)
  }

  @Test func feasiblePaceUsesTheBestObservedRegionalGrowth() throws {
    let c = catalog(observations: [
      Fixture.observation("lc", "de", 2024, 5, unit: .percentOfGRDP),
      Fixture.observation("tn", "de", 2020, 10, unit: .percentOfGRDP),
      Fixture.observation("tn", "de", 2022, 12.1, unit: .percentOfGRDP),
    ])
    let p = try #require(
      proposal(
        c.draft("lc", year: 2030, rules: [.feasiblePace], region: "R", geography: .before2025), "de"
      ))
    // best pace: (12.1/10)^(1/2) − 1 = 0.1; 5 × 1.1^6 = 8.857805 → 8.86, below the current 9: kept
    #expect(abs((p.bestRegionalPace ?? 0) - 0.1) < 1e-12)
    #expect(p.proposed == Quantity(.atLeast, 9))
    #expect(
      p.flags.contains {
        if case .wouldLower(.feasiblePace, let f, 9) = $0 {
          return abs(f - 8.86) < 1e-9
        } else {
          return false
        }
      })
    let mean = try #require(
      proposal(
        c.draft("lc", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025), "de"
      ))
    // 26.75 from 5 in six years needs (26.75/5)^(1/6) − 1 ≈ 32.2 %/year, faster than 10 %
    #expect(mean.paceSeenInRegion == false)
    #expect(mean.flags.contains { if case .paceNotSeen = $0 { return true } else { return false } })
  }

  /// For a lower-is-better indicator the region's best pace is its steepest fall: a required
  /// fall gentler than that has been seen in the region.
  @Test func paceSeenInRegionFollowsPolarity() throws {
    let poverty = Fixture.indicator("pov", polarity: .lower)
    let c = Fixture.catalog(
      provinces: ["lc", "tn"], indicators: [poverty],
      targets: [
        Fixture.target("lc1", "lc", "pov", .atMost, 8),
        Fixture.target("tn1", "tn", "pov", .atMost, 4),
      ],
      observations: [
        Fixture.observation("lc", "pov", 2024, 10),
        // tn halved its rate in two years: about −29 % a year
        Fixture.observation("tn", "pov", 2020, 20), Fixture.observation("tn", "pov", 2022, 10),
      ])
    let p = try #require(
      proposal(
        c.draft("lc", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025),
        "pov"))
    // mean 6 from 10 in six years: (6/10)^(1/6) − 1 ≈ −8.2 %/year, gentler than −29 %
    #expect(p.proposed == Quantity(.atMost, 6))
    #expect((p.requiredPace ?? 0) < 0 && (p.bestRegionalPace ?? 0) < (p.requiredPace ?? 0))
    #expect(p.paceSeenInRegion == true)
    #expect(!p.flags.contains { if case .paceNotSeen = $0 { return true } else { return false } })
  }

  /// An embedding program may pass no rule: every current target stands, nothing traps.
  @Test func noRulesKeepEveryCurrentTarget() throws {
    let d = catalog().draft("lc", year: 2030, rules: [], region: "R", geography: .before2025)
    let p = try #require(proposal(d, "de"))
    // "~ 9–10" kept as its lower end, as the keep rule reads a current range
    #expect(p.rule == .keep && p.proposed == Quantity(.atLeast, 9))
    #expect(d.proposals.allSatisfy { $0.rule == .keep || $0.rule == nil })
  }

  @Test func ruleSpellings() {
    #expect(DraftRule(argument: "regional-mean") == .regionalMean)
    #expect(DraftRule(argument: "peer:thai-nguyen") == .peer("thai-nguyen"))
    #expect(DraftRule(argument: "peer:") == nil)
    #expect(DraftRule(argument: "mean") == nil)
    for spelling in DraftRule.spellings where !spelling.contains("<") {
      #expect(DraftRule(argument: spelling)?.description == spelling)
    }
  }
}

@Suite struct DraftFallbackTests {
  @Test func whenNoRuleAppliesTheCurrentTargetStands() throws {
    let only = Fixture.indicator("solo")
    let catalog = Fixture.catalog(
      provinces: ["lc", "tn"], indicators: [only],
      targets: [Fixture.target("s1", "lc", "solo", .greaterThan, 40)])
    let d = catalog.draft(
      "lc", year: 2030, rules: [.regionalMean], region: "R", geography: .before2025)
    let p = try #require(d.proposals.first)
    #expect(p.rule == .keep)
    #expect(p.proposed == Quantity(.greaterThan, 40), "the current wording 'trên 40%' is kept")
    #expect(
      p.flags == [
        .ruleNotApplicable(
          rule: .regionalMean, reason: "fewer than two provinces of the region target it")
      ])
  }
}
