import Catalog
import Foundation

extension PaceStatus {
  /// The category of an observed growth without a target, in the indicator's better direction
  /// (Open SDG's thresholds for an indicator without a quantitative target, with the natural
  /// limit factor C = 1): on track ≥ 1.5 %/year, acceleration needed 0.5 ≤ g < 1.5,
  /// limited progress 0 ≤ g < 0.5, deterioration g < 0.
  public init(directedGrowth growth: Double) {
    self =
      growth >= 0.015
      ? .onTrack
      : growth >= 0.005 ? .accelerationNeeded : growth >= 0 ? .limitedProgress : .deterioration
  }
}

extension Catalog {
  /// The progress of `geo` on `indicator` where it has no target: the compound annual growth
  /// of its annual observations from the first observed year to the latest one up to `year`,
  /// in the indicator's better direction, against Open SDG's fixed thresholds for indicators
  /// without a quantitative target (open-sdg `docs/progress-methodology.md`; sdg-build
  /// `ProgressMeasure.py`, `methodology_1`).
  ///
  /// Insufficient data with fewer than two observed years or a value that is not positive (a
  /// growth rate needs both); not applicable to indicators in %/year or ranks, which are not
  /// levels. Open SDG scales the thresholds down near a natural limit (a share close to 100 %);
  /// no indicator here records its limit, so the factor is 1.
  /// - Returns: the status with the growth, the years and the observations used; never a
  ///   non-finite growth.
  public func trend(geo: String, indicator id: String, upTo year: Int = .max) -> Pace {
    func none(_ status: PaceStatus, _ note: String, _ used: [Observation] = []) -> Pace {
      Pace(
        status: status, observedGrowth: nil, requiredGrowth: nil, ratio: nil,
        observations: used.map(\.id), requiredFigure: nil, note: note)
    }
    guard let definition = indicator(id: id) else { return none(.notApplicable, "no indicator") }
    if definition.unit == .percentPerYear || definition.unit == .rank {
      return none(.notApplicable, "the indicator is a growth rate or a rank, not a level")
    }
    let series = observedSeries(geo: geo, indicator: id).filter { $0.year <= year }
    guard let first = series.first?.chosen, let last = series.last?.chosen,
      first.year < last.year
    else {
      return none(
        .insufficientData, "one observed year only: growth needs two",
        series.last.map { [$0.chosen] } ?? [])
    }
    guard first.value > 0, last.value > 0 else {
      return none(.insufficientData, "growth rates need positive values", [first, last])
    }
    let growth = pow(last.value / first.value, 1 / Double(last.year - first.year)) - 1
    let directed = definition.polarity == .higher ? growth : -growth
    return Pace(
      status: PaceStatus(directedGrowth: directed), observedGrowth: growth,
      requiredGrowth: nil, ratio: nil, observations: [first.id, last.id], requiredFigure: nil,
      baseYear: first.year, latestYear: last.year,
      choices: series.map(\.rule).filter { !$0.isEmpty },
      note: "observed \(first.year)–\(last.year), no target: fixed thresholds")
  }
}
