import Support

/// One year's observed value of a geo and indicator, chosen among the sources that give one.
///
/// Two sources often give a figure for the same year (a preliminary estimate and the official
/// figure, a ministry and the press). Both are kept; statistics use the one `Catalog.choose`
/// prefers, and every figure that uses it can say which and why.
public struct ObservedValue: Sendable, Hashable {
  /// The year observed.
  public var year: Int
  /// The observation statistics use.
  public var chosen: Observation
  /// The other observations of the same geo, indicator and year, in file order.
  public var others: [Observation]

  /// Whether another source gives a different figure for the year.
  public var isConflicting: Bool { others.contains { $0.value != chosen.value } }

  /// Why `chosen` is used, naming the others and their figures; empty when it is alone.
  public var rule: String {
    guard !others.isEmpty else { return "" }
    let rest = others.map { "\($0.id) = \(Text.shortestNumber($0.value))" }.joined(separator: ", ")
    return
      "\(year): \(chosen.id) = \(Text.shortestNumber(chosen.value)) used (\(ObservedValue.order)); "
      + "also \(rest)"
  }

  /// The documented order of preference among sources of one year.
  public static let order =
    "primary over secondary over translation, exact over approximate, "
    + "then the first in the file"
}

extension Catalog {
  /// The annual observed values of `geo` for `indicator`, one per year, oldest first.
  ///
  /// Period averages ("2021-2025") are left out: they are not a year's value
  /// (`periodAverages(geo:indicator:)` has them).
  public func observedSeries(geo: String, indicator: String) -> [ObservedValue] {
    var byYear: [Int: [Observation]] = [:]
    for position in index.observations(ofGeo: geo, self) {
      let observation = observations[position]
      guard observation.indicator == indicator, !observation.isPeriodAverage else { continue }
      byYear[observation.year, default: []].append(observation)
    }
    return byYear.keys.sorted().compactMap { year in
      guard let sources = byYear[year], let chosen = Self.choose(sources) else { return nil }
      return ObservedValue(
        year: year, chosen: chosen, others: sources.filter { $0.id != chosen.id })
    }
  }

  /// The latest annual observed value of `geo` for `indicator` in or before `year`.
  public func latestObserved(geo: String, indicator: String, upTo year: Int = .max)
    -> ObservedValue?
  {
    observedSeries(geo: geo, indicator: indicator).last { $0.year <= year }
  }

  /// The period averages of `geo` for `indicator` ("2021-2025"), in file order.
  public func periodAverages(geo: String, indicator: String) -> [Observation] {
    index.observations(ofGeo: geo, self).map { observations[$0] }.filter {
      $0.indicator == indicator && $0.isPeriodAverage
    }
  }

  /// The preferred of several observations of one year (`ObservedValue.order`): the most
  /// direct source, then an exact figure over an approximate one, then the first listed.
  static func choose(_ sources: [Observation]) -> Observation? {
    sources.enumerated().min { a, b in
      let ka = (
        a.element.provenance.confidence.directness, a.element.isApproximate ? 1 : 0, a.offset
      )
      let kb = (
        b.element.provenance.confidence.directness, b.element.isApproximate ? 1 : 0, b.offset
      )
      return ka < kb
    }?.element
  }
}

extension Catalog {
  /// Every geo, indicator and year for which sources give different annual figures, in file
  /// order of their first observation; optionally of one geo only. Each names the figure
  /// statistics use (`ObservedValue.order`) and the others.
  public func observationConflicts(geo: String? = nil) -> [ObservedValue] {
    struct Key: Hashable {
      var geo: String
      var indicator: String
      var year: Int
    }
    var groups: [Key: [Observation]] = [:]
    var order: [Key] = []
    for observation in observations
    where !observation.isPeriodAverage && (geo == nil || observation.geo == geo) {
      let key = Key(geo: observation.geo, indicator: observation.indicator, year: observation.year)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(observation)
    }
    return order.compactMap { key in
      guard let sources = groups[key], let chosen = Self.choose(sources) else { return nil }
      let value = ObservedValue(
        year: key.year, chosen: chosen, others: sources.filter { $0.id != chosen.id })
      return value.isConflicting ? value : nil
    }
  }
}
