import Composite

/// The audit page's sections about the index's assumptions: the variance-based sensitivity of
/// the ranks to each uncertain input, and the rank intervals over the uncertainty runs.
enum AuditSensitivity {
  static func blocks(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> [Block] {
    let vi = ctx.language == .vi
    var blocks: [Block] = [
      .heading(
        level: 2,
        text: vi
          ? "Độ nhạy của thứ hạng với các giả định" : "How much each assumption moves the ranks",
        anchor: "sensitivity"),
      .paragraph([
        .text(
          vi
            ? "Mỗi giả định của chỉ số (cách chuẩn hóa, trọng số, cách gộp…) được thay đổi ngẫu nhiên cùng lúc, và phần thay đổi của thứ hạng (trung bình |hạng − hạng danh nghĩa| của các tỉnh) được chia cho từng giả định (chỉ số Sobol, thiết kế Saltelli như COINr). Chỉ số bậc một là phần do riêng giả định đó; chỉ số tổng gồm cả phần nó tạo ra khi kết hợp với giả định khác. Giả định có chỉ số tổng lớn là giả định cần được biện minh kỹ nhất; chỉ số tổng gần 0 nghĩa là lựa chọn đó không làm thay đổi thứ hạng. Râu là khoảng bootstrap 5–95%: râu dài nghĩa là ước lượng chưa chắc."
            : "Every assumption of the index (normalisation, weights, aggregation…) is varied at random at once, and the change in the ranks (the provinces' mean |rank − nominal rank|) is apportioned to each (Sobol indices, Saltelli design as in COINr). The first-order index is the part due to that assumption alone; the total-order index adds what it does together with the others. The assumption with the largest total index is the one that most needs justifying; a total index near 0 means the choice does not change the ranks. Whiskers are 5–95% bootstrap intervals: a long whisker means the estimate is uncertain."
        )
      ]),
    ]
    switch analysis.sensitivity {
    case .failure:
      blocks.append(
        .paragraph([
          .text(
            vi
              ? "Không phân tích: đặc tả chỉ thay đổi ít hơn hai giả định."
              : "Not analysed: the spec varies fewer than two assumptions.")
        ]))
    case .success(let result):
      blocks.append(.paragraph([.text(settings(result, vi))]))
      if result.outputVariance.map({ $0 > 0 }) != true {
        blocks.append(
          .notice(
            [
              .text(
                vi
                  ? "Không có chỉ số: thứ hạng không thay đổi giữa các lần dựng (phương sai của đầu ra bằng 0). Với \(analysis.result.unitCodes.count) tỉnh được xếp hạng và các giả định này, không lựa chọn nào làm thứ hạng dịch chuyển."
                  : "No indices: the ranks do not change between builds (the output's variance is 0). With \(analysis.result.unitCodes.count) provinces ranked and these assumptions, no choice moves a rank."
              )
            ], .neutral))
      } else {
        blocks.append(.chart(.sensitivityBars(bars(result, vi))))
        if result.rowsUsed < result.runs {
          blocks.append(
            .paragraph([
              .text(
                vi
                  ? "Chỉ dùng \(result.rowsUsed)/\(result.runs) hàng của thiết kế: các hàng có lần dựng lỗi bị bỏ."
                  : "\(result.rowsUsed) of \(result.runs) design rows used: rows with a failed build are left out."
              )
            ]))
        }
      }
    }
    let whiskers = analysis.rankWhiskers(ctx)
    blocks.append(
      .heading(level: 2, text: vi ? "Khoảng thứ hạng" : "Rank intervals", anchor: "ranks"))
    blocks.append(
      .paragraph([
        .text(
          vi
            ? "Qua \(analysis.uncertainty.runs) lần dựng lại chỉ số với các giả định thay đổi ngẫu nhiên (hạt giống \(CompositeAnalysis.seed)), mỗi tỉnh có một khoảng thứ hạng từ phân vị 5% đến 95%. Khoảng hẹp nghĩa là thứ hạng vững; hai tỉnh có khoảng chồng lên nhau thì không nên nói tỉnh nào hơn tỉnh nào."
            : "Over \(analysis.uncertainty.runs) rebuilds of the index with the assumptions varied at random (seed \(CompositeAnalysis.seed)), each province has a rank interval from the 5% to the 95% quantile. A narrow interval is a robust rank; where two provinces' intervals overlap, neither should be said to be ahead."
        )
      ]))
    if whiskers.rows.isEmpty {
      blocks.append(
        .paragraph([
          .text(vi ? "Không tỉnh nào có khoảng thứ hạng." : "No province has a rank interval.")
        ]))
    } else {
      blocks.append(.chart(.rankWhiskers(whiskers)))
    }
    return blocks
  }

  /// "N = 200, 1,000 builds (217 failed), 200 bootstrap replications, seed 1".
  static func settings(_ result: SensitivityResult, _ vi: Bool) -> String {
    let failed =
      result.failedRuns == 0
      ? ""
      : vi
        ? " (\(result.failedRuns) lần không tính được vì trung bình nhân hoặc điều hòa gặp giá trị nó không nhận, bị bỏ)"
        : " (\(result.failedRuns) that could not be computed, a geometric or harmonic mean meeting a value it cannot take, left out)"
    return vi
      ? "Cỡ mẫu N = \(result.runs), \(result.evaluations) lần dựng\(failed), \(result.bootstrap) lần bootstrap, hạt giống \(CompositeAnalysis.seed)."
      : "Sample N = \(result.runs), \(result.evaluations) builds\(failed), \(result.bootstrap) bootstrap replications, seed \(CompositeAnalysis.seed)."
  }

  static func bars(_ result: SensitivityResult, _ vi: Bool) -> SensitivityBars {
    SensitivityBars(
      id: "sensitivity-indices",
      title: vi ? "Chỉ số độ nhạy Sobol của thứ hạng" : "Sobol sensitivity indices of the ranks",
      description: result.indices.map { index in
        let first =
          index.first.map { ChartNumber.localized($0, decimals: 2, vi ? .vi : .en) } ?? "—"
        let total =
          index.total.map { ChartNumber.localized($0, decimals: 2, vi ? .vi : .en) } ?? "—"
        return vi
          ? "\(name(index.input, vi)): bậc một \(first), tổng \(total)"
          : "\(name(index.input, vi)): first order \(first), total \(total)"
      }.joined(separator: "; "),
      rows: result.indices.map { index in
        SensitivityBars.Row(
          label: name(index.input, vi),
          first: .init(value: index.first, low: index.firstQ5, high: index.firstQ95),
          total: .init(value: index.total, low: index.totalQ5, high: index.totalQ95))
      })
  }

  static func name(_ input: SensitivityInput, _ vi: Bool) -> String {
    switch input {
    case .winsorisation: vi ? "Xử lý giá trị ngoại lai" : "Outlier treatment"
    case .normalisation: vi ? "Cách chuẩn hóa" : "Normalisation"
    case .weights: vi ? "Trọng số" : "Weights"
    case .aggregation: vi ? "Cách gộp" : "Aggregation"
    }
  }
}
