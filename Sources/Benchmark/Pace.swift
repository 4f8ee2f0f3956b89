@_spi(Benchmark) import Catalog
import Foundation

/// The Open SDG progress category of a target (Statistics Canada's method).
public enum PaceStatus: String, Sendable, Hashable {
  case achieved = "achieved"
  case onTrack = "on track"
  case accelerationNeeded = "acceleration needed"
  case limitedProgress = "limited progress"
  case deterioration = "deterioration"
  case insufficientData = "insufficient data"
  case notApplicable = "not applicable"
}

/// Observed and required annual growth of an indicator towards a target.
public struct Pace: Sendable, Hashable {
  public var status: PaceStatus
  /// `(y_latest / y_first)^(1/(t_latest − t_first)) − 1`.
  public var observedGrowth: Double?
  /// `(y_target / y_latest)^(1/(t_target − t_latest)) − 1`.
  public var requiredGrowth: Double?
  /// observed / required.
  public var ratio: Double?
  /// The observations used (first and latest), by id.
  public var observations: [String]
  /// The figure the target requires at least: its lower end when higher is better.
  public var requiredFigure: Double?
  public var note: String
}

extension Catalog {
  /// The pace of `target`'s geo towards it, from that geo's observations of the indicator.
  ///
  /// Thresholds of the ratio R = observed / required growth: achieved when the latest
  /// observation already meets the target; on track R ≥ 0.95; acceleration needed
  /// 0.6 ≤ R < 0.95; limited progress 0 ≤ R < 0.6; deterioration R < 0.
  public func pace(of target: Target) -> Pace {
    func none(_ status: PaceStatus, _ note: String, _ used: [Observation] = []) -> Pace {
      Pace(
        status: status, observedGrowth: nil, requiredGrowth: nil, ratio: nil,
        observations: used.map(\.id), requiredFigure: nil, note: note)
    }
    guard let quantity = target.quantity, let horizon = target.horizon,
      let polarity = indicator(id: target.indicator)?.polarity
    else { return none(.notApplicable, "a qualitative target or one without a year") }
    if target.unit == .percentPerYear || target.unit == .rank {
      return none(.notApplicable, "the target is a growth rate or a rank, not a level")
    }
    let series = observationPositions(geo: target.geo).lazy.map { observations[$0] }
      .filter { $0.indicator == target.indicator }.sorted { $0.year < $1.year }
    guard let latest = series.last else { return none(.insufficientData, "no observation") }
    let range = FigureRange(quantity)
    let required = polarity == .higher ? range.low : range.high
    let met: Bool
    switch (polarity, quantity.comparator) {
    case (.higher, .greaterThan): met = latest.value > required
    case (.lower, .lessThan): met = latest.value < required
    case (.higher, _): met = latest.value >= required
    case (.lower, _): met = latest.value <= required
    }
    if met {
      var pace = none(
        .achieved, "the latest observation (\(latest.year)) meets the target", [latest])
      pace.requiredFigure = required
      return pace
    }
    guard let first = series.first, first.year < latest.year else {
      return none(.insufficientData, "one observation only: growth needs two years", [latest])
    }
    guard first.value > 0, latest.value > 0, required > 0 else {
      return none(.insufficientData, "growth rates need positive values", [first, latest])
    }
    guard horizon.year > latest.year else {
      return none(
        .insufficientData, "the horizon \(horizon.year) is not after the latest observation",
        [first, latest])
    }
    let observed = pow(latest.value / first.value, 1 / Double(latest.year - first.year)) - 1
    let needed = pow(required / latest.value, 1 / Double(horizon.year - latest.year)) - 1
    let ratio = observed / needed
    let status: PaceStatus =
      ratio >= 0.95
      ? .onTrack
      : ratio >= 0.6 ? .accelerationNeeded : ratio >= 0 ? .limitedProgress : .deterioration
    return Pace(
      status: status, observedGrowth: observed, requiredGrowth: needed, ratio: ratio,
      observations: [first.id, latest.id], requiredFigure: required,
      note: "observed \(first.year)–\(latest.year), required \(latest.year)–\(horizon.year)")
  }
}
