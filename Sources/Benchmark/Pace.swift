import Catalog
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

extension PaceStatus {
  /// The category of a growth ratio R = observed / required (sdg-build's thresholds for a
  /// target): on track R ≥ 0.95, acceleration needed 0.6 ≤ R < 0.95, limited progress
  /// 0 ≤ R < 0.6, deterioration R < 0.
  public init(ratio: Double) {
    self =
      ratio >= 0.95
      ? .onTrack
      : ratio >= 0.6 ? .accelerationNeeded : ratio >= 0 ? .limitedProgress : .deterioration
  }
}

/// Observed and required annual growth of an indicator towards a target.
public struct Pace: Sendable, Hashable {
  /// The progress category.
  public var status: PaceStatus
  /// `(y_latest / y_base)^(1/(t_latest − t_base)) − 1`.
  public var observedGrowth: Double?
  /// `(y_target / y_base)^(1/(t_target − t_base)) − 1`: from the base year, as Open SDG.
  public var requiredGrowth: Double?
  /// observed / required; nil where the required growth is not positive in the better
  /// direction (the base year already reached the target's figure).
  public var ratio: Double?
  /// The observations used (base and latest), by id.
  public var observations: [String]
  /// The figure the target requires at least: its lower end when higher is better.
  public var requiredFigure: Double?
  /// The base and latest years of the observed series, when two were used.
  public var baseYear: Int? = nil
  /// The latest observed year used; also set when the target is already achieved.
  public var latestYear: Int? = nil
  /// Which source was used where a year has several (`ObservedValue.rule`), one per year.
  public var choices: [String] = []
  /// How the status was reached, in English: the years the growth spans, or why there is none.
  public var note: String
}

extension Catalog {
  /// The pace of `target`'s geo towards it, from that geo's annual observations of the
  /// indicator (Open SDG's progress measure for a quantitative target, sdg-build
  /// `ProgressMeasure.py`, methodology 2).
  ///
  /// The base year is the first observed year and the current year the latest one up to the
  /// horizon. Achieved when the latest value meets the target (a strict bound `>` must be
  /// exceeded). Otherwise R = observed growth (base → latest) / required growth (base →
  /// horizon, to the target's figure): on track R ≥ 0.95; acceleration needed 0.6 ≤ R < 0.95;
  /// limited progress 0 ≤ R < 0.6; deterioration R < 0. Where the base year already reached
  /// the figure but the latest value does not meet the target (it fell back, or sits on a
  /// strict bound), R is undefined: deterioration if the series moved the wrong way, limited
  /// progress if it did not move.
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
    let series = observedSeries(geo: target.geo, indicator: target.indicator).filter {
      $0.year <= horizon.year
    }
    guard let latestValue = series.last else { return none(.insufficientData, "no observation") }
    let latest = latestValue.chosen
    let choices = series.map(\.rule).filter { !$0.isEmpty }
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
      pace.latestYear = latest.year
      pace.choices = choices
      return pace
    }
    guard let base = series.first?.chosen, base.year < latest.year else {
      var pace = none(.insufficientData, "one observed year only: growth needs two", [latest])
      pace.choices = choices
      return pace
    }
    guard base.value > 0, latest.value > 0, required > 0 else {
      return none(.insufficientData, "growth rates need positive values", [base, latest])
    }
    guard horizon.year > latest.year else {
      return none(
        .insufficientData, "the horizon \(horizon.year) is not after the latest observation",
        [base, latest])
    }
    let observed = pow(latest.value / base.value, 1 / Double(latest.year - base.year)) - 1
    let needed = pow(required / base.value, 1 / Double(horizon.year - base.year)) - 1
    let span = "observed \(base.year)–\(latest.year), required \(base.year)–\(horizon.year)"
    var pace = Pace(
      status: .insufficientData, observedGrowth: observed, requiredGrowth: needed, ratio: nil,
      observations: [base.id, latest.id], requiredFigure: required, baseYear: base.year,
      latestYear: latest.year, choices: choices, note: span)
    // The better direction's required growth: positive when higher is better.
    let betterNeeded = polarity == .higher ? needed : -needed
    let betterObserved = polarity == .higher ? observed : -observed
    guard betterNeeded > 0 else {
      pace.status = betterObserved < 0 ? .deterioration : .limitedProgress
      pace.note =
        span + "; the base year already reached the target's figure, so no growth "
        + "is required and the ratio is undefined"
      return pace
    }
    let ratio = observed / needed
    pace.ratio = ratio
    pace.status = PaceStatus(ratio: ratio)
    return pace
  }
}
