import Composite
import Support

/// Renders a composite's statistical audit (`CompositeAudit`).
///
/// `table` and `md` show the sections an analyst reads (statistics, reliability and the first
/// principal component per group, correlation with the parent, flagged pairs, strong
/// denominator correlations, equal-influence weights) in the localizer's language; `csv` (one
/// tidy row per number) and `json` carry everything, the full correlation matrices too, the
/// same in every language. An undefined number is `—` in text, an empty cell in CSV and
/// `null` in JSON.
public enum AuditListing {
  /// The audit in `format`.
  public static func render(
    _ audit: CompositeAudit, format: ListingFormat, localizer: Localizer = Localizer(.en)
  ) -> String {
    switch format {
    case .table, .md: return text(audit, markdown: format == .md, localizer)
    case .csv: return csv(audit)
    case .json: return json(audit).rendered() + "\n"
    }
  }

  /// One titled table per section.
  static func sections(_ audit: CompositeAudit, _ l: Localizer) -> [(
    title: String, header: [String], rows: [[String]]
  )] {
    func t(_ en: String, _ vi: String) -> String { l.vi ? vi : en }
    func n(_ x: Double?) -> String {
      x.map { $0.isFinite ? l.number($0, decimals: 3) : "—" } ?? "—"
    }
    let thresholds = IndicatorStatistics.Thresholds()
    let statistics = audit.statistics.map { s -> [String] in
      let flags = [
        s.lowAvailability(thresholds) ? t("low availability", "thiếu dữ liệu") : nil,
        s.fewNonZero(thresholds) ? t("mostly zero", "phần lớn bằng 0") : nil,
        s.fewUnique(thresholds) ? t("few distinct values", "ít giá trị khác nhau") : nil,
        s.outliers(thresholds) ? t("skew and kurtosis", "lệch và nhọn") : nil,
      ].compactMap { $0 }
      return [
        s.code, n(s.availableShare), n(s.minimum), n(s.maximum), n(s.mean), n(s.median),
        n(s.standardDeviation), n(s.skew), n(s.kurtosis), flags.joined(separator: ", "),
      ]
    }
    let pcaByGroup = Dictionary(
      audit.components.map { ($0.group, $0) }, uniquingKeysWith: { a, _ in a })
    let reliability = audit.reliability.map { r -> [String] in
      let pca = pcaByGroup[r.group].flatMap { try? $0.analysis.get() }
      return [
        r.group, String(r.level), n(r.alphaOfChildren), n(r.alphaOfIndicators),
        n(pca?.varianceShares.first),
      ]
    }
    let weights = audit.components.flatMap { group -> [[String]] in
      switch group.analysis {
      case .success(let pca):
        return zip(pca.codes, pca.weights).map { [group.group, $0, n($1)] }
      case .failure(let problem):
        return [[group.group, "—", describe(problem, l)]]
      }
    }
    let parents = audit.parentCorrelations.map {
      [$0.code, $0.parent, n($0.pearson), n($0.spearman)]
    }
    let flags = audit.flags.map {
      [
        String($0.groupLevel), $0.group,
        $0.kind == .collinear ? t("collinear", "cộng tuyến") : t("negative", "âm"), $0.first,
        $0.second, n($0.correlation),
      ]
    }
    let denominators = audit.denominatorCorrelations.filter { $0.isStrong() }.map {
      [$0.indicator, $0.denominator, n($0.correlation)]
    }
    let optimised = audit.optimisedWeights.flatMap { o in
      o.codes.indices.map {
        [String(o.level), o.codes[$0], n(o.weights[$0]), n(o.desired[$0]), n(o.obtained[$0])]
      }
    }
    return [
      (
        t("indicator statistics (input data)", "thống kê chỉ tiêu (dữ liệu đầu vào)"),
        [
          t("indicator", "chỉ tiêu"), t("available", "có dữ liệu"), "min", "max",
          t("mean", "trung bình"), t("median", "trung vị"), "sd", t("skew", "độ lệch"),
          t("kurtosis", "độ nhọn"), t("flags", "cảnh báo"),
        ], statistics
      ),
      (
        t("reliability per group", "độ tin cậy theo nhóm"),
        [
          t("group", "nhóm"), t("level", "cấp"), t("alpha (children)", "alpha (thành phần)"),
          t("alpha (indicators)", "alpha (chỉ tiêu)"),
          t("PC1 share of variance", "tỷ lệ phương sai PC1"),
        ], reliability
      ),
      (
        t("PCA weights (first component)", "trọng số PCA (thành phần thứ nhất)"),
        [t("group", "nhóm"), t("item", "thành phần"), t("weight", "trọng số")], weights
      ),
      (
        t("correlation with parent", "tương quan với nhóm cha"),
        [t("item", "thành phần"), t("parent", "nhóm cha"), "Pearson", "Spearman"], parents
      ),
      (
        t("flagged pairs within groups", "cặp chỉ tiêu cần xem trong nhóm"),
        [
          t("group level", "cấp nhóm"), t("group", "nhóm"), t("flag", "cảnh báo"),
          t("first", "thứ nhất"), t("second", "thứ hai"), "r",
        ], flags
      ),
      (
        t(
          "strong denominator correlations (|r| > 0.6)",
          "tương quan mạnh với mẫu số (|r| > 0,6)"),
        [t("indicator", "chỉ tiêu"), t("denominator", "mẫu số"), "r"], denominators
      ),
      (
        t("equal-influence weights", "trọng số ảnh hưởng đều"),
        [
          t("level", "cấp"), t("item", "thành phần"), t("weight", "trọng số"),
          t("desired share", "tỷ lệ mong muốn"), t("obtained share", "tỷ lệ đạt được"),
        ], optimised
      ),
    ]
  }

  static func describe(_ problem: PrincipalComponents.Problem, _ l: Localizer) -> String {
    switch problem {
    case .tooFewCompleteUnits(let count):
      return l.vi
        ? "không có PCA: chỉ \(count) đơn vị đủ dữ liệu"
        : "no PCA: only \(count) units have every value"
    case .constantColumn(let code):
      return l.vi ? "không có PCA: \(code) không đổi" : "no PCA: \(code) is constant"
    }
  }

  static func text(_ audit: CompositeAudit, markdown: Bool, _ l: Localizer) -> String {
    let note =
      l.vi
      ? "Ma trận tương quan đầy đủ: --format csv hoặc json."
      : "Full correlation matrices: --format csv or json."
    let parts = sections(audit, l).map { section -> String in
      let empty = l.vi ? "(không có)" : "(none)"
      if markdown {
        let body =
          section.rows.isEmpty
          ? empty + "\n" : MarkdownTable(header: section.header, rows: section.rows).rendered()
        return "## " + MarkdownTable.cell(section.title) + "\n\n" + body
      }
      let body =
        section.rows.isEmpty
        ? empty + "\n" : TextTable(header: section.header, rows: section.rows).rendered()
      return section.title + "\n" + body
    }
    return parts.joined(separator: "\n") + "\n" + note + "\n"
  }
}
