// Times the composite engine: the ASEM build, its uncertainty analysis and a large synthetic
// build. Run through Benchmarks/run-composite.sh (release build); see Benchmarks/README.md.
//
// Usage: CompositeBench [--data DIR] [--jobs N] [--repeat N] [--quick]
//                       [--asem-only | --synthetic-only]

import Composite
import Foundation

struct Options {
  var data = "Tests/CompositeTests/Fixtures/coinr-asem"
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var repeats = 5
  var quick = false
  var asemOnly = false
  var syntheticOnly = false

  init(_ arguments: [String]) {
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--data": data = iterator.next() ?? data
      case "--jobs": jobs = iterator.next().flatMap { Int($0) } ?? jobs
      case "--repeat": repeats = iterator.next().flatMap { Int($0) } ?? repeats
      case "--quick": quick = true
      case "--asem-only": asemOnly = true
      case "--synthetic-only": syntheticOnly = true
      default:
        FileHandle.standardError.write(Data("error: unknown option '\(argument)'\n".utf8))
        exit(64)
      }
    }
  }
}

/// The median wall time of `repeats` calls, in seconds, and the last result.
func time<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
  var times: [Double] = []
  var result: T?
  for _ in 0..<max(1, repeats) {
    let clock = ContinuousClock()
    let start = clock.now
    result = try body()
    let elapsed = clock.now - start
    times.append(
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }
  times.sort()
  guard let result else { fatalError("no run") }
  return (times[times.count / 2], result)
}

func report(_ name: String, _ seconds: Double, _ note: String = "") {
  let milliseconds = String(format: "%10.2f ms", seconds * 1000)
  print("\(name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(milliseconds)  \(note)")
}

/// A synthetic composite: `units` × `indicators` skewed values with 2% missing, two groups,
/// a denominator for every fifth indicator, 10 indicators per pillar, 10 pillars per
/// sub-index, one index.
func synthetic(units: Int, indicators: Int, seed: UInt64) throws -> (
  CompositeData, CompositeFramework
) {
  var random = UncertaintyRandom(seed: seed)
  let unitCodes = (0..<units).map { "U\($0)" }
  let indicatorCodes = (0..<indicators).map { "I\($0)" }
  var values = [Double](repeating: 0, count: units * indicators)
  for index in values.indices {
    let u = random.nextUnit()
    values[index] = u < 0.02 ? .nan : exp(3 * random.nextUnit()) * (1 + u)
  }
  let population = (0..<units).map { _ in 1 + 1000 * random.nextUnit() }
  let groups = (0..<units).map { Optional($0 % 2 == 0 ? "A" : "B") }
  let pillars = (indicators + 9) / 10
  let subIndices = (pillars + 9) / 10
  var meta: [IndicatorMeta] = indicatorCodes.enumerated().map { index, code in
    IndicatorMeta(
      code: code, level: 1, parent: "P\(index / 10)",
      direction: index % 7 == 0 ? .negative : .positive,
      denominator: index % 5 == 0 ? "Population" : nil)
  }
  meta += (0..<pillars).map { IndicatorMeta(code: "P\($0)", level: 2, parent: "S\($0 / 10)") }
  meta += (0..<subIndices).map { IndicatorMeta(code: "S\($0)", level: 3, parent: "Index") }
  meta.append(IndicatorMeta(code: "Index", level: 4, parent: nil))
  let data = CompositeData(
    unitCodes: unitCodes, indicatorCodes: indicatorCodes, values: values,
    groups: ["Group": groups], denominators: ["Population": population])
  return (data, try CompositeFramework(meta))
}

func main() throws {
  let options = Options(Array(CommandLine.arguments.dropFirst()))
  print("CompositeBench: jobs \(options.jobs), median of \(options.repeats) repeats")
  print(String(repeating: "-", count: 80))

  if !options.syntheticOnly { try asem(options) }
  if !options.asemOnly { try synthetic(options) }
}

func asem(_ options: Options) throws {
  let (loadTime, input) = try time(options.repeats) {
    try CompositeLoader.load(directory: URL(fileURLWithPath: options.data))
  }
  report("ASEM load idata.csv + imeta.csv", loadTime)

  let (buildTime, build) = try time(max(options.repeats, 20)) {
    try CompositePipeline.run(input.data, framework: input.framework, spec: .coinrASEM)
  }
  let top = (build.ranks("Index") ?? []).enumerated().filter { $0.element == 1 }
    .map { build.unitCodes[$0.offset] }
  report("ASEM full build (6 steps, all data sets kept)", buildTime, "rank 1: \(top)")

  for runs in options.quick ? [100] : [100, 10_000] {
    for jobs in Set([1, options.jobs]).sorted() {
      let (seconds, result) = try time(runs > 1000 ? 1 : options.repeats) {
        try UncertaintyAnalysis.run(
          input.data, framework: input.framework, nominal: .coinrASEM,
          uncertainty: {
            var spec = UncertaintySpec.coinrVignette(runs: runs, seed: 2024)
            spec.jobs = jobs
            return spec
          }())
      }
      let che = result.units.first { $0.unit == "CHE" }
      let summary = che.map {
        "CHE median \($0.medianRank), Q5–Q95 \($0.q5Rank)–\($0.q95Rank); "
          + "failed runs \(result.failedRuns)"
      }
      report("ASEM uncertainty N = \(runs), jobs \(jobs)", seconds, summary ?? "")
    }
  }

}

func synthetic(_ options: Options) throws {
  let (units, indicators) = options.quick ? (2_000, 100) : (10_000, 500)
  let (data, framework) = try synthetic(units: units, indicators: indicators, seed: 7)
  var spec = CompositeSpec.coinrASEM
  spec.imputation = .groupMean("Group")
  for keep in [true, false] {
    let (seconds, result) = try time(max(1, options.repeats / 2)) {
      try CompositePipeline.run(data, framework: framework, spec: spec, keepIntermediates: keep)
    }
    report(
      "synthetic \(units) × \(indicators) build, intermediates \(keep ? "kept" : "dropped")",
      seconds, "\(result.unitCodes.count) units kept")
  }
  let (uaSeconds, _) = try time(1) {
    try UncertaintyAnalysis.run(
      data, framework: framework, nominal: spec,
      uncertainty: {
        var ua = UncertaintySpec.coinrVignette(runs: 100, seed: 2024)
        ua.jobs = options.jobs
        return ua
      }())
  }
  report("synthetic \(units) × \(indicators) uncertainty N = 100", uaSeconds)
}

do {
  try main()
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
