import Catalog
import Support

/// One indicator of the synthetic dataset: its unit, polarity, weight and the scale of its
/// figures, drawn from the seed.
struct SyntheticIndicator: Sendable {
  var number: Int
  var id: String
  var unit: Unit
  var polarity: Polarity
  /// The `regional_weight` column: `grdp`, `population`, `none` or `unknown`.
  var weight: String
  var denominator: String
  /// Figures are whole multiples of 10^-decimals within `low...high` (scaled).
  var decimals: Int
  var low: Int
  var high: Int
  /// The centre of the provinces' figures, scaled.
  var centre: Int
  /// Words after a figure in a quote (`% GRDP`, `điểm`).
  var suffix: String
  /// Growth rates are targets for a period (`2021-2030`), not a year.
  var isPeriod: Bool { unit == .percentPerYear }
  var group: Int { (number - 1) / 10 + 1 }
  var name: String { "Chỉ số thử nghiệm \(number)" }
  var nameEn: String { "Synthetic indicator \(number)" }

  /// The units the generator uses, with how often each is drawn.
  static let unitMix: [(Unit, Int)] = [
    (.percentOfGRDP, 14), (.percent, 16), (.percentOfLocalBudget, 6), (.percentPerYear, 8),
    (.per10kPeople, 8), (.index, 8), (.score, 8), (.count, 10), (.rank, 8),
    (.vndMillionPerPerson, 5), (.usdPerPerson, 5), (.vndTrillion, 4),
  ]

  init(number: Int, width: Int, random: inout SplitMix64) {
    self.number = number
    id = "i" + SyntheticText.padded(number, width: width)
    unit = random.pick(Self.unitMix)
    let scale = Self.scale(of: unit)
    (decimals, low, high, suffix, denominator, weight) = scale
    polarity = unit == .rank ? .lower : (random.chance(12) ? .lower : .higher)
    let span = high - low
    centre = low + span / 4 + random.int(in: 0...(span / 2))
  }

  /// Decimals, scaled range, quote suffix, denominator and regional weight of a unit.
  private static func scale(of unit: Unit) -> (Int, Int, Int, String, String, String) {
    switch unit {
    case .percentOfGRDP: (1, 10, 600, "% GRDP", "grdp", "grdp")
    case .percent: (1, 50, 950, "%", "enterprises", "unknown")
    case .percentOfLocalBudget: (1, 5, 100, "% chi ngân sách địa phương", "local_budget", "unknown")
    case .percentPerYear: (1, 20, 120, "%/năm", "none", "grdp")
    case .per10kPeople: (1, 10, 400, " người trên vạn dân", "population", "population")
    case .index: (3, 300, 950, " điểm", "none", "none")
    case .score: (1, 200, 950, " điểm", "none", "none")
    case .rank: (0, 1, 63, "", "none", "none")
    case .vndMillionPerPerson: (0, 40, 250, " triệu đồng/người", "population", "population")
    case .usdPerPerson: (0, 1500, 12000, " USD/người", "population", "population")
    case .vndTrillion: (1, 50, 5000, " nghìn tỷ đồng", "none", "none")
    default: (0, 10, 5000, " doanh nghiệp", "none", "none")
    }
  }

  /// A province's figure near the centre (scaled), inside the unit's range.
  func figure(_ random: inout SplitMix64) -> Int {
    let spread = max(1, (high - low) / 5)
    return min(high, max(low, centre + random.int(in: -spread...spread)))
  }
}

/// Number and text formatting for the synthetic files.
enum SyntheticText {
  /// `n` with leading zeros to `width` digits.
  static func padded(_ n: Int, width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A scaled figure as the CSV writes it (`37.6`) or as a Vietnamese quote does (`37,6`).
  static func figure(_ scaled: Int, decimals: Int, separator: Character = ".") -> String {
    guard decimals > 0 else { return String(scaled) }
    let sign = scaled < 0 ? "-" : ""
    let magnitude = abs(scaled)
    var unit = 1
    for _ in 0..<decimals { unit *= 10 }
    return sign + String(magnitude / unit) + String(separator)
      + padded(magnitude % unit, width: decimals)
  }
}
