import Catalog
import Support

/// What one synthetic target says: its kind, comparator and figures, as CSV fields and in the
/// words of a Vietnamese plan ("tối thiểu 37,6% GRDP").
struct SyntheticStatement: Sendable {
  var kind: TargetKind
  /// The `comparator` column (`>=`, `~`, `range` …); empty for a qualitative target.
  var comparator: String
  /// Scaled figures (see `SyntheticIndicator.decimals`).
  var value: Int?
  var valueHigh: Int?

  /// A target of `indicator`: qualitative with probability `qualitativePercent`, otherwise a
  /// comparator drawn by polarity and a figure near the indicator's centre.
  static func draw(
    _ indicator: SyntheticIndicator, qualitativePercent: Int, _ random: inout SplitMix64
  ) -> SyntheticStatement {
    if random.chance(qualitativePercent) {
      return SyntheticStatement(kind: .qualitative, comparator: "", value: nil, valueHigh: nil)
    }
    let comparator: String
    if indicator.unit == .rank {
      comparator = random.pick([("<=", 70), ("=", 20), ("range", 10)])
    } else if indicator.polarity == .higher {
      comparator = random.pick([
        (">=", 40), (">", 15), ("=", 20), ("~", 10), ("range", 10), ("<=", 5),
      ])
    } else {
      comparator = random.pick([
        ("<=", 40), ("<", 20), ("=", 15), ("~", 10), ("range", 10), (">=", 5),
      ])
    }
    let value = indicator.figure(&random)
    var high: Int?
    if comparator == "range" || (comparator == "~" && random.chance(50)) {
      high = min(indicator.high, value + max(1, (indicator.high - indicator.low) / 20))
      if high == value { high = nil }
    }
    let final = comparator == "range" && high == nil ? "=" : comparator
    return SyntheticStatement(
      kind: indicator.unit == .rank ? .rank : .quantitative, comparator: final, value: value,
      valueHigh: high)
  }

  /// The same statement with another figure: a second document that disagrees.
  func restated(differently: Bool, _ indicator: SyntheticIndicator) -> SyntheticStatement {
    guard differently, let value else { return self }
    let step = max(1, (indicator.high - indicator.low) / 10)
    let shift = value + step + (valueHigh.map { $0 - value } ?? 0) <= indicator.high ? step : -step
    guard value + shift >= indicator.low else { return self }
    var copy = self
    copy.value = value + shift
    copy.valueHigh = valueHigh.map { $0 + shift }
    return copy
  }

  /// The `comparator`, `value`, `value_high` and `kind` columns.
  func columns(_ indicator: SyntheticIndicator) -> [String] {
    let figure = { (x: Int?) in
      x.map { SyntheticText.figure($0, decimals: indicator.decimals) } ?? ""
    }
    return [comparator, figure(value), figure(valueHigh), kind.rawValue]
  }

  /// The statement as a plan words it: `tối thiểu 37,6% GRDP`, `thuộc nhóm 10 tỉnh dẫn đầu`.
  func words(_ indicator: SyntheticIndicator) -> String {
    guard let value else { return "thuộc nhóm dẫn đầu của vùng" }
    let figure = { (x: Int) in
      SyntheticText.figure(x, decimals: indicator.decimals, separator: ",")
    }
    let suffix = indicator.suffix
    if kind == .rank {
      switch comparator {
      case "<=": return "thuộc nhóm \(figure(value)) tỉnh dẫn đầu"
      case "range":
        return "trong nhóm từ hạng \(figure(value)) đến hạng \(figure(valueHigh ?? value))"
      default: return "đạt hạng \(figure(value))"
      }
    }
    switch comparator {
    case ">=": return "đạt tối thiểu \(figure(value))\(suffix)"
    case ">": return "đạt trên \(figure(value))\(suffix)"
    case "<=": return "không quá \(figure(value))\(suffix)"
    case "<": return "dưới \(figure(value))\(suffix)"
    case "~":
      let high = valueHigh.map { "–" + figure($0) } ?? ""
      return "khoảng \(figure(value))\(high)\(suffix)"
    case "range": return "từ \(figure(value)) đến \(figure(valueHigh ?? value))\(suffix)"
    default: return "đạt \(figure(value))\(suffix)"
    }
  }
}
