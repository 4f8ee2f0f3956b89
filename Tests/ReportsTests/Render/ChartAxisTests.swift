import Testing

@testable import Reports

@Suite struct ChartAxisTests {
  static let ranges: [(Double, Double)] = [
    (0, 37.6), (0.1, 0.62), (20, 80), (-8, 12.5), (-15.17, -13.17), (0, 1), (0, 1.1),
    (1999, 2031), (0, 123_456), (-0.003, 0.004), (5, 5), (0, 0),
  ]

  @Test(arguments: ranges)
  func fourToSixNiceTicksCoverTheData(low: Double, high: Double) {
    let axis = ChartAxis.nice(covering: [low, high], includeZero: false, pixels: 0...100)
    #expect((4...6).contains(axis.ticks.count), "\(axis.ticks)")
    #expect(axis.low <= low && axis.high >= high)
    let step = axis.ticks[1] - axis.ticks[0]
    for (a, b) in zip(axis.ticks, axis.ticks.dropFirst()) {
      #expect(abs((b - a) - step) < step * 1e-6)
    }
  }

  @Test func nonNegativeDataStartsAtZero() {
    let axis = ChartAxis.nice(covering: [30, 37.6, 40], includeZero: true, pixels: 0...400)
    #expect(axis.ticks == [0, 10, 20, 30, 40])
    #expect(axis.decimals == 0)
    #expect(axis.position(0) == 0 && axis.position(40) == 400 && axis.position(10) == 100)
  }

  @Test func decimalsFollowTheStep() {
    let axis = ChartAxis.nice(covering: [0.1, 0.62], includeZero: true, pixels: 0...1)
    #expect(axis.ticks == [0, 0.2, 0.4, 0.6, 0.8])
    #expect(axis.ticks.map { axis.label($0, .vi) } == ["0,0", "0,2", "0,4", "0,6", "0,8"])
    #expect(axis.ticks.map { axis.label($0, .en) } == ["0.0", "0.2", "0.4", "0.6", "0.8"])
    let quarter = ChartAxis.nice(covering: [0, 1.1], includeZero: true, pixels: 0...1)
    #expect(quarter.decimals == 2 && quarter.label(1.25, .vi) == "1,25")
  }

  @Test func nonFiniteValuesAreIgnored() {
    let axis = ChartAxis.nice(covering: [.nan, 3, .infinity, 7], includeZero: false, pixels: 0...1)
    #expect(axis.low <= 3 && axis.high >= 7 && axis.high < 100)
  }

  @Test func rankAxisStartsAtOne() {
    #expect(ChartAxis.ranks(upTo: 4, pixels: 0...1).ticks == [1, 2, 3, 4])
    let fourteen = ChartAxis.ranks(upTo: 14, pixels: 0...130)
    #expect(fourteen.ticks == [1, 5, 10])
    #expect(fourteen.position(1) == 0 && fourteen.position(14) == 130)
    #expect(ChartAxis.ranks(upTo: 34, pixels: 0...1).ticks == [1, 10, 20, 30])
  }

  @Test func numbersAreFixedAndLocalized() {
    #expect(ChartNumber.fixed(12.5) == "12.50")
    #expect(ChartNumber.fixed(-0.001) == "0.00")
    #expect(ChartNumber.fixed(-3.456) == "-3.46")
    #expect(ChartNumber.fixed(0.1 + 0.2) == "0.30")
    #expect(ChartNumber.localized(-2.5, decimals: 1, .vi) == "−2,5")
    #expect(ChartNumber.value(37.6, .vi) == "37,6")
    #expect(ChartNumber.value(40, .en) == "40")
    #expect(ChartNumber.range(9, 10, .vi) == "9–10")
    #expect(ChartNumber.range(-1.5, 2, .vi, signed: true) == "−1,5 đến +2")
    #expect(ChartNumber.range(3.2, 3.2, .en, signed: true) == "+3.2")
  }
}
