import Testing

@testable import Support

/// `parallelMap` gives the serial map's result, in order, whatever the number of jobs: the
/// reason gaps, the catalog composite and uncertainty runs do not depend on the core count.
@Suite struct ParallelMapTests {
  @Test(arguments: [1, 2, 3, 8, 64])
  func equalsTheSerialMapForAnyNumberOfJobs(_ jobs: Int) {
    for count in [0, 1, 2, 7, 100] {
      // uneven work, so later items often finish before earlier ones
      let work: @Sendable (Int) -> [Double] = { index in
        (0..<((index * 37) % 11) * 200).map { Double($0 * index) }.suffix(1) + [Double(index)]
      }
      let parallel = parallelMap(count, jobs: jobs, work)
      #expect(parallel == (0..<count).map(work), "count \(count), jobs \(jobs)")
    }
  }
}
