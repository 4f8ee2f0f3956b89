import Catalog

/// A target proposed by `TargetExtractor`, for an analyst to check before it goes into
/// `targets.csv`.
public struct CandidateTarget: Sendable, Hashable, Identifiable {
  /// Where the horizon year came from.
  public enum YearSource: Sendable, Hashable {
    /// The sentence of the figure, on this line.
    case sentence(line: Int)
    /// The nearest heading with a year above the figure.
    case heading(line: Int)
    /// A lead clause or period earlier in the text (`Mục tiêu đến năm 2030:`, `nhiệm kỳ
    /// 2025-2030`), or the year of the results a passage reports (`Nhìn lại năm 2024`).
    case scope(line: Int)
    /// The document's title (`Kế hoạch … đến năm 2030`).
    case title(line: Int)
    /// The header of the table column the figure is in (`Mục tiêu năm 2030`), on this line.
    case column(line: Int)
    /// Nowhere: the text gives no year.
    case none
  }

  /// Whether the figure is something to reach or something already reached. `kind` already
  /// names the target kind (rank or quantitative), so this is the candidate's role.
  public enum Role: String, Sendable, Hashable {
    /// A figure to reach by the horizon year: a row for `targets.csv`.
    case target
    /// A past result (`năm 2024 đạt 7,5%`, `ước đạt`, `giai đoạn 2021-2025 đạt bình quân`): a
    /// row for `observations.csv`, with the year it describes in `horizon`.
    case observation
  }

  /// `<document>-x01`, `-x02` … in text order.
  public var id: String
  /// The geo id given to the extractor.
  public var geo: String
  /// An indicator id, or nil for a figure no keyword of the lexicon explains (`unclassified`).
  public var indicator: String?
  /// The indicator's unit; nil when unclassified.
  public var unit: Unit?
  /// `rank` for a rank figure, `quantitative` otherwise (qualitative targets are not proposed).
  public var kind: TargetKind
  /// The comparator and figure(s), in the indicator's unit (`tỷ đồng` converted to trillion).
  public var quantity: Quantity
  /// The horizon year or period; nil when the text gives none.
  public var horizon: Horizon?
  /// Where the horizon year came from; `.none` when `horizon` is nil.
  public var yearSource: YearSource
  /// The document id given by the user, or "".
  public var document: String
  /// The heading path, e.g. `II.1 Muc tiéu dén nim 2030` (as the OCR wrote it).
  public var section: String
  /// The clause of the figure, verbatim (white space collapsed).
  public var quote: String
  /// The source lines the quote spans.
  public var lines: ClosedRange<Int>
  /// How sure the extractor is, 0–1.
  public var confidence: Double
  /// Why: the keyword, the comparator words and where the year came from.
  public var reason: String
  /// What `targets.csv` needs in its note: "no year", where the year comes from when the
  /// quote and section do not say it, "recorded as 100".
  public var note: String
  /// A target, or a past result to record as an observation.
  public var role: Role = .target
  /// The figure as written when a unit conversion changed it (`240.000 tỷ đồng` is 240 trillion
  /// in `quantity`, 240000 here); nil when `quantity` is as written.
  public var stated: Quantity?
  /// The year the figure's sentence gives it with `đến` and no goal word (`Đến cuối năm 2022,
  /// … là 28,54%`): a horizon, or the date of a state when the text reports a later year.
  var statedAsOf: Int?
  /// The figure is the plan quoted beside a result, in brackets (`(kế hoạch tăng 5,1 - 5,2%)`)
  /// or as the second number of a pair (`45.799/36.875 tỷ đồng`): a target of its year,
  /// whatever the text around it reports.
  var quotesPlan = false
  /// The figure is a floor said after it (`10,24% trở lên`, `63 triệu đồng trở lên`): a level
  /// to reach, which reports do not give (HZ).
  var setsFloor = false
  /// The figure is what a requirement says must be reached (`quý IV phải tăng 9,5%`): a goal,
  /// whatever the text around it reports (JA).
  var required = false

  /// The figure as written in the text, before any unit conversion.
  public var statedQuantity: Quantity { stated ?? quantity }

  /// The indicator column: the id or `unclassified`.
  public var indicatorID: String { indicator ?? "unclassified" }

  /// The columns of `targets.csv`, then `lines`, `extraction_confidence`, `reason` and `role`
  /// (`target` or `observation`).
  public static let csvColumns = [
    "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
    "document", "section", "quote", "label", "confidence", "caveat", "note", "lines",
    "extraction_confidence", "reason", "role",
  ]

  /// The row's fields in `csvColumns` order; `label`, `confidence` and `caveat` are left to
  /// the editor.
  public var csvFields: [String] {
    [
      id, geo, indicatorID, unit?.rawValue ?? "", horizon?.csv ?? "",
      quantity.comparator.rawValue, Extraction.NumberReading.csv(quantity.value),
      quantity.valueHigh.map(Extraction.NumberReading.csv) ?? "", kind.rawValue, document, section,
      quote,
      "", "", "", note, linesText, Extraction.NumberReading.csv((confidence * 100).rounded() / 100),
      reason, role.rawValue,
    ]
  }

  /// `61` or `61-62`.
  public var linesText: String {
    lines.lowerBound == lines.upperBound
      ? "\(lines.lowerBound)" : "\(lines.lowerBound)-\(lines.upperBound)"
  }
}
