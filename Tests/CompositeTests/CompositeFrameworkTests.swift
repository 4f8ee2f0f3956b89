import Testing

@testable import Composite

@Suite struct CompositeFrameworkTests {
  let valid = [
    IndicatorMeta(code: "Index", level: 3, parent: nil),
    IndicatorMeta(code: "P1", level: 2, parent: "Index"),
    IndicatorMeta(code: "x", level: 1, parent: "P1", weight: 2),
    IndicatorMeta(code: "P2", level: 2, parent: "Index"),
    IndicatorMeta(code: "y", level: 1, parent: "P2"),
    IndicatorMeta(code: "z", level: 1, parent: "P2"),
  ]

  func problem(_ meta: [IndicatorMeta]) -> String? {
    do {
      _ = try CompositeFramework(meta)
      return nil
    } catch {
      return "\(error)"
    }
  }

  @Test func nodesAreIndicatorsThenAggregatesByLevel() throws {
    let framework = try CompositeFramework(valid)
    #expect(framework.codes == ["x", "y", "z", "P1", "P2", "Index"])
    #expect(framework.indicatorCount == 3 && framework.levelCount == 3)
    #expect(framework.topLevelCodes == ["Index"])
    #expect(framework.steps.map(\.children) == [[0], [1, 2], [3, 4]])
    #expect(framework.index(of: "P2") == 4)
  }

  @Test func structuralProblemsAreNamed() {
    var duplicate = valid
    duplicate.append(IndicatorMeta(code: "x", level: 1, parent: "P1"))
    #expect(problem(duplicate) == "invalid indicator framework: duplicate code 'x'")

    var typo = valid
    typo[2].parent = "P3"
    #expect(
      problem(typo)
        == "invalid indicator framework: unknown parent 'P3' of 'x' (did you mean 'P1'?)")

    var skipped = valid
    skipped[2].parent = "Index"
    #expect(
      problem(skipped)
        == "invalid indicator framework: parent 'Index' of 'x' is at level 3, not 2")

    var orphan = valid
    orphan[2].parent = nil
    #expect(problem(orphan) == "invalid indicator framework: 'x' at level 1 has no parent")

    var gap = valid.filter { $0.level != 2 }
    gap = gap.map {
      var meta = $0
      if meta.level == 1 { meta.parent = "Index" }
      return meta
    }
    #expect(
      problem(gap)
        == "invalid indicator framework: no item at level 2 (levels must run 1, 2, … without gaps)"
    )

    var childless = valid
    childless.append(IndicatorMeta(code: "P3", level: 2, parent: "Index"))
    #expect(problem(childless) == "invalid indicator framework: aggregate 'P3' has no children")

    var infinite = valid
    infinite[4].weight = .infinity
    #expect(problem(infinite) == "invalid indicator framework: 'y' has weight inf")
  }
}
