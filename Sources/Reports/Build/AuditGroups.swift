import Composite

/// The audit page's sections about each group: Cronbach's alpha and the principal
/// components of its children, each shown only over enough provinces.
enum AuditGroups {
  /// Alpha of every aggregate over its children, with the provinces behind it.
  static func reliability(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> [Block] {
    let vi = ctx.language == .vi
    let l = ctx.localizer
    let minimum = AuditPage.minimumUnits
    var blocks: [Block] = [
      .heading(
        level: 2,
        text: vi
          ? "Độ nhất quán trong nhóm (alpha của Cronbach)"
          : "Consistency within groups (Cronbach's alpha)",
        anchor: "reliability"),
      .paragraph([
        .text(
          vi
            ? "Alpha của Cronbach cho biết các thành phần của một nhóm có cùng đo một điều hay không: từ 0,7 trở lên thường được xem là nhất quán, thấp hơn nghĩa là các thành phần đo những điều khác nhau. Điều đó không sai với chỉ tiêu mang tính cấu thành, nhưng khi đó tên nhóm không nên hàm ý một khái niệm duy nhất. Alpha chỉ được in khi mọi cặp thành phần có số liệu ở từ \(minimum) tỉnh trở lên."
            : "Cronbach's alpha says whether the members of a group measure one thing: 0.7 or more is usually read as consistent, less as members measuring different things. That is not wrong for formative indicators, but the group's name should then not suggest a single concept. Alpha is printed only where every pair of members has values for \(minimum) or more provinces."
        )
      ]),
    ]
    let rows: [[Cell]] = analysis.audit.reliability.map { group in
      let enough = group.fewestPairsOfChildren >= minimum
      let alpha: Cell
      if enough, let value = group.alphaOfChildren {
        alpha = Cell(
          l.number(value), sortKey: value, tone: value >= 0.7 ? .good : .warning)
      } else {
        alpha = Cell(
          enough
            ? (vi ? "không xác định" : "undefined")
            : (vi ? "quá ít tỉnh" : "too few provinces"))
      }
      return [
        Cell(analysis.name(group.group, ctx)),
        alpha,
        Cell(String(group.fewestPairsOfChildren), sortKey: Double(group.fewestPairsOfChildren)),
      ]
    }
    blocks.append(
      .table(
        Table(
          id: "cronbach-alpha",
          caption: vi ? "Alpha của Cronbach theo nhóm" : "Cronbach's alpha by group",
          header: vi
            ? ["Nhóm", "Alpha (các thành phần)", "Số tỉnh (cặp ít nhất)"]
            : ["Group", "Alpha (of its members)", "Provinces (fewest pair)"],
          rows: rows)))
    return blocks
  }

  /// The weights the first principal component would give each group's children.
  static func components(_ analysis: CompositeAnalysis, _ ctx: ReportContext) -> [Block] {
    let vi = ctx.language == .vi
    let l = ctx.localizer
    let minimum = AuditPage.minimumUnits
    var blocks: [Block] = [
      .heading(
        level: 2, text: vi ? "Thành phần chính theo nhóm" : "Principal components by group",
        anchor: "pca"),
      .paragraph([
        .text(
          vi
            ? "Phân tích thành phần chính (PCA) tìm hướng mà các thành phần của một nhóm cùng biến thiên nhiều nhất. Hệ số của thành phần chính thứ nhất là trọng số mà riêng số liệu sẽ gán (COINr: get_PCA); so với trọng số bằng nhau của chỉ số, hệ số lệch xa hoặc trái dấu cho biết thành phần đó đi riêng một hướng. Tỷ lệ phương sai cho biết thành phần thứ nhất tóm tắt nhóm được bao nhiêu. Chỉ in khi có từ \(minimum) tỉnh đủ số liệu mọi thành phần."
            : "Principal component analysis (PCA) finds the direction in which a group's members vary together most. The loadings of the first component are the weights the data alone would give them (COINr: get_PCA); against the index's equal weights, a loading far off or of opposite sign marks a member that goes its own way. The share of variance says how much of the group the first component sums up. Shown only where \(minimum) or more provinces have every member."
        )
      ]),
    ]
    var rows: [[Cell]] = []
    var missing: [String] = []
    for group in analysis.audit.components {
      let name = analysis.name(group.group, ctx)
      switch group.analysis {
      case .success(let pca) where pca.unitsUsed >= minimum:
        let share = pca.varianceShares.first ?? .nan
        for (code, weight) in zip(pca.codes, pca.weights) {
          rows.append([
            Cell(name), Cell(analysis.name(code, ctx)),
            Cell(
              l.number(weight, decimals: 3), sortKey: weight, tone: weight < 0 ? .warning : .none),
            Cell(l.number(share * 100, decimals: 1) + "%", sortKey: share),
            Cell(String(pca.unitsUsed), sortKey: Double(pca.unitsUsed)),
          ])
        }
      case .success(let pca):
        missing.append(
          vi ? "\(name) (\(pca.unitsUsed) tỉnh)" : "\(name) (\(pca.unitsUsed) provinces)")
      case .failure(.tooFewCompleteUnits(let n)):
        missing.append(vi ? "\(name) (\(n) tỉnh)" : "\(name) (\(n) provinces)")
      case .failure(.constantColumn(let code)):
        missing.append(
          vi
            ? "\(name) (\(analysis.name(code, ctx)) không đổi giữa các tỉnh)"
            : "\(name) (\(analysis.name(code, ctx)) is constant across provinces)")
      }
    }
    if !rows.isEmpty {
      blocks.append(
        .table(
          Table(
            id: "pca-weights",
            caption: vi
              ? "Trọng số theo thành phần chính thứ nhất"
              : "Weights from the first principal component",
            header: vi
              ? ["Nhóm", "Thành phần", "Hệ số PC1", "Phương sai PC1 giải thích", "Số tỉnh"]
              : ["Group", "Member", "PC1 loading", "Variance PC1 explains", "Provinces"],
            rows: rows)))
    }
    if !missing.isEmpty {
      blocks.append(
        .paragraph([
          .strong(
            vi
              ? "Không phân tích (dưới \(minimum) tỉnh đủ số liệu, hoặc một thành phần không đổi): "
              : "Not analysed (fewer than \(minimum) provinces with every member, or a member that does not vary): "
          ),
          .text(missing.joined(separator: "; ")),
        ]))
    }
    return blocks
  }
}
