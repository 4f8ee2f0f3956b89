import Catalog
import Foundation
import Support

extension Catalog {
  /// Proposes updated targets for `province` by `rules` (see docs/methodology.md, Drafting).
  ///
  /// Every indicator the province targets for `year`, and every one its region's provinces or
  /// the nation target but it does not ("missing"), gets a proposal or the reason there is
  /// none. A proposal is never silently below the current target: the current one is kept
  /// and flagged. With no rules, every current target is kept as it is.
  public func draft(
    _ province: String, year: Int, rules: [DraftRule], combination: DraftCombination = .first,
    region: String = "NMM", geography: GeographyVersion
  ) -> Draft {
    // no rules is no trap: no rule applies, so every current target stands ("keep")
    let alignment = align(region: region, geography: geography, year: year)
    let members = Set(members(of: region, in: geography).map(\.id))
    var proposals: [DraftProposal] = []
    var missing: [(Indicator, [String])] = []
    for indicator in indicators where indicator.unit != .level {
      let group = alignment.groups.first { $0.indicator == indicator.id && $0.year == year }
      let own = group?.entries.filter { $0.target.geo == province }.map(\.target) ?? []
      let others = (group?.entries.map(\.target.geo) ?? []).filter {
        $0 != province && members.contains($0)
      }
      let national = targets.filter {
        $0.geo == "VN" && $0.indicator == indicator.id && $0.horizon?.year == year
          && $0.quantity != nil
      }
      if own.isEmpty && others.isEmpty && national.isEmpty { continue }
      // the nation's place among countries (GII, Southeast Asian ranks) is no province's target
      if own.isEmpty && others.isEmpty && isNationalOnly(indicator) { continue }
      if own.isEmpty {
        missing.append((indicator, Array(Set(others)).sorted() + (national.isEmpty ? [] : ["VN"])))
      }
      proposals.append(
        proposal(
          for: indicator, year: year, province: province, current: own, rules: rules,
          combination: combination, region: region, geography: geography,
          // the nation's most direct text, as a national benchmark would choose it
          national: preferredNational(national, implementing: [])))
    }
    return Draft(
      province: province, year: year, rules: rules, combination: combination, proposals: proposals,
      missing: missing.map { (indicator: $0.0, targetedBy: $0.1) })
  }

  /// A league-table position that no province sets or observes: the nation's rank among
  /// countries.
  private func isNationalOnly(_ indicator: Indicator) -> Bool {
    indicator.group == "index_rank"
      && !targets.contains { $0.geo != "VN" && $0.indicator == indicator.id }
      && !observations.contains { $0.geo != "VN" && $0.indicator == indicator.id }
  }

  private func proposal(
    for indicator: Indicator, year: Int, province: String, current: [Target], rules: [DraftRule],
    combination: DraftCombination, region: String, geography: GeographyVersion, national: Target?
  ) -> DraftProposal {
    let polarity = indicator.polarity
    let statistic = regionalStatistic(
      indicator: indicator.id, year: year, region: region, geography: geography)
    let better: (Double, Double) -> Bool = { polarity == .higher ? $0 > $1 : $0 < $1 }
    let currentFigures = current.compactMap(\.quantity).map {
      polarity == .higher ? $0.value : ($0.valueHigh ?? $0.value)
    }
    let currentBest = currentFigures.max(by: { better($1, $0) })
    var flags: [DraftFlag] = []
    var inputs = current.map(\.id)
    var candidates: [(rule: DraftRule, figure: Double)] = []
    // what each rule's figure rests on: the chosen one's sources give its wording and precision
    var usedBy: [DraftRule: [String]] = [:]
    let pace = paceInputs(indicator, province: province, region: region, geography: geography)
    for rule in rules {
      switch figure(rule, indicator, statistic, currentBest, national, year, province, pace) {
      case .success(let (value, used)):
        candidates.append((rule, value))
        usedBy[rule] = used
        inputs += used
      case .failure(let refusal):
        flags.append(.ruleNotApplicable(rule: rule, reason: refusal.reason))
      }
    }
    var chosen: (rule: DraftRule, figure: Double)? =
      combination == .first ? candidates.first : candidates.max { better($1.figure, $0.figure) }
    // When no rule applies, the current target stands: a draft never drops a target.
    if chosen == nil, let currentBest { chosen = (.keep, currentBest) }
    var proposed: Quantity?
    var rule = chosen?.rule
    if var (chosenRule, value) = chosen {
      if indicator.unit.isShare && value > 100 {
        flags.append(.cappedAtPhysicalBound(rule: chosenRule, figure: value, bound: 100))
        value = 100
      }
      // the targets the chosen figure comes from (the current ones for "keep")
      let sources = (current + (usedBy[chosenRule] ?? []).compactMap { target(id: $0) })
        .compactMap(\.quantity)
      value = rounded(
        value, indicator, like: sources.flatMap { [$0.value] + ($0.valueHigh.map { [$0] } ?? []) })
      if let currentBest, better(currentBest, value) {
        flags.append(.wouldLower(rule: chosenRule, figure: value, current: currentBest))
        value = currentBest
        chosenRule = .keep
      }
      rule = chosenRule
      proposed = Quantity(polarity == .higher ? .atLeast : .atMost, value)
      // The same figure as a target it comes from (a current one, the national one, the
      // leader's) keeps that target's strictness: "trên 55%" stays "> 55", never "≥ 55".
      if let same = sources.first(where: {
        (polarity == .higher ? $0.value : ($0.valueHigh ?? $0.value)) == value
          && $0.comparator == (polarity == .higher ? .greaterThan : .lessThan)
      }) {
        proposed = Quantity(same.comparator, value)
      }
    }
    // The gaps as `gaps` computes them: the province's figure as it counts in the regional
    // statistic (a range stays a range), against the mean as it stands and against the mean
    // the region would have with the proposal in place of the province's current figure.
    let own =
      statistic?.contributions.first { $0.geo == province }?.figure
      ?? currentBest.map { FigureRange($0, $0) }
    let before = own.flatMap { o in
      statistic.map { Gap(o, to: $0.mean, polarity: polarity) }
    }
    let after = proposed.flatMap { p in
      statistic.map { Gap(FigureRange(p.value, p.value), to: $0.mean, polarity: polarity) }
    }
    let afterWithDraft = proposed.flatMap { p -> Gap? in
      guard let statistic else { return nil }
      let figures =
        statistic.contributions.filter { $0.geo != province }.map(\.figure)
        + [FigureRange(p.value, p.value)]
      guard let low = Statistics.mean(figures.map(\.low)),
        let high = Statistics.mean(figures.map(\.high))
      else { return nil }
      return Gap(FigureRange(p.value, p.value), to: FigureRange(low, high), polarity: polarity)
    }
    var required: Double?
    if let p = proposed, let latest = pace.latest, year > latest.year, latest.value > 0, p.value > 0
    {
      required = Foundation.pow(p.value / latest.value, 1 / Double(year - latest.year)) - 1
      inputs.append(latest.id)
      if let r = required, pace.best.map({ better(r, $0) }) ?? true {
        flags.append(.paceNotSeen(required: r, best: pace.best))
      }
    }
    var seen = Set<String>()
    return DraftProposal(
      indicator: indicator, year: year, current: current, proposed: proposed, rule: rule,
      candidates: candidates, gapBefore: before, gapAfter: after,
      gapAfterWithDraft: afterWithDraft, requiredPace: required,
      bestRegionalPace: pace.best, inputs: inputs.filter { seen.insert($0).inserted }, flags: flags)
  }

  private struct Refusal: Error {
    var reason: String
  }

  private struct PaceInputs {
    var latest: Observation?
    var best: Double?
    var bestIDs: [String]
  }

  /// The province's latest observation and the best observed annual growth in the region.
  private func paceInputs(
    _ indicator: Indicator, province: String, region: String, geography: GeographyVersion
  ) -> PaceInputs {
    let latest = latestObserved(geo: province, indicator: indicator.id)?.chosen
    var best: (Double, [String])?
    for member in members(of: region, in: geography) {
      let series = observedSeries(geo: member.id, indicator: indicator.id).map(\.chosen)
      guard let first = series.first, let last = series.last, first.year < last.year,
        first.value > 0, last.value > 0
      else {
        continue
      }
      let growth = Foundation.pow(last.value / first.value, 1 / Double(last.year - first.year)) - 1
      let isBetter =
        indicator.polarity == .higher
        ? growth > (best?.0 ?? -.infinity) : growth < (best?.0 ?? .infinity)
      if isBetter { best = (growth, [first.id, last.id]) }
    }
    return PaceInputs(latest: latest, best: best?.0, bestIDs: best?.1 ?? [])
  }

  private func figure(
    _ rule: DraftRule, _ indicator: Indicator, _ statistic: RegionalStatistic?, _ current: Double?,
    _ national: Target?, _ year: Int, _ province: String, _ pace: PaceInputs
  ) -> Result<(Double, [String]), Refusal> {
    let polarity = indicator.polarity
    func regional(_ pick: (RegionalStatistic) -> Double?) -> Result<(Double, [String]), Refusal> {
      guard let s = statistic, s.contributions.count >= 2, let value = pick(s) else {
        return .failure(Refusal(reason: "fewer than two provinces of the region target it"))
      }
      return .success((value, s.contributions.flatMap(\.sources)))
    }
    switch rule {
    case .keep:
      guard let current else { return .failure(Refusal(reason: "no current target")) }
      return .success((current, []))
    case .regionalMean: return regional { $0.mean.mid }
    case .regionalMedian: return regional { $0.median.mid }
    case .topQuartile:
      return regional { s in
        Statistics.quantile(s.contributions.map(\.figure.mid), polarity == .higher ? 0.75 : 0.25)
      }
    case .leader: return regional { $0.leaders(polarity: polarity).first?.figure.mid }
    case .national:
      guard let national, let q = national.quantity else {
        return .failure(Refusal(reason: "no national target for \(year)"))
      }
      return .success((polarity == .higher ? q.value : (q.valueHigh ?? q.value), [national.id]))
    case .peer(let peer):
      let peerTargets = targets.filter {
        $0.geo == peer && $0.indicator == indicator.id && $0.horizon?.year == year
          && $0.quantity != nil
      }
      guard let q = peerTargets.first?.quantity else {
        return .failure(Refusal(reason: "\(peer) has no target for \(year)"))
      }
      return .success((FigureRange(q).mid, peerTargets.map(\.id)))
    case .feasiblePace:
      guard let latest = pace.latest else {
        return .failure(Refusal(reason: "no observation of the province"))
      }
      guard let best = pace.best else {
        return .failure(
          Refusal(reason: "no province of the region has two observations to measure a pace"))
      }
      guard year > latest.year else {
        return .failure(Refusal(reason: "the latest observation is not before \(year)"))
      }
      let value = latest.value * Foundation.pow(1 + best, Double(year - latest.year))
      return .success((value, [latest.id] + pace.bestIDs))
    }
  }

  /// Counts are whole numbers (rounded towards more ambition), ranks whole positions; other
  /// figures keep two decimals.
  /// `value` to the precision plans write: whole counts and ranks, otherwise two decimals or
  /// as many as the figures it comes from have (an HDI of 0.623 stays 0.623, not 0.62).
  private func rounded(_ value: Double, _ indicator: Indicator, like figures: [Double]) -> Double {
    switch indicator.unit {
    case .count: return indicator.polarity == .higher ? value.rounded(.up) : value.rounded(.down)
    case .rank: return max(1, value.rounded(.down))
    default:
      let decimals = min(6, max(2, figures.map(Self.decimals).max() ?? 0))
      let scale = Foundation.pow(10, Double(decimals))
      return (value * scale).rounded() / scale
    }
  }

  /// The number of decimals `x` is written with (`0.623`: 3), up to 6.
  private static func decimals(_ x: Double) -> Int {
    let text = Text.plainNumber(x)
    guard let point = text.firstIndex(of: ".") else { return 0 }
    return text.distance(from: point, to: text.endIndex) - 1
  }
}
