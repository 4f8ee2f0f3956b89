import Benchmark
import Catalog
import Support

/// A draft as a page: a section ready to paste into a plan, then the detail per proposal.
public enum DraftPage {
  /// The page of `draft`, in `language`.
  public static func build(
    _ draft: Draft, catalog: Catalog, language: Language, geography: GeographyVersion
  ) -> Page {
    let ctx = ReportContext(
      catalog: catalog, localizer: Localizer(language, catalog: catalog), geography: geography,
      region: "NMM",
      year: draft.year)
    let l = ctx.localizer
    let vi = language == .vi
    var book = NoteBook()
    let ready = draft.proposals.compactMap { p -> [Inline]? in
      guard let q = p.proposed, let rule = p.rule else { return nil }
      return [.text(DraftText.statement(p, q, rule, l))]
    }
    var rows: [[Cell]] = []
    for p in draft.proposals {
      p.current.forEach { book.add(ctx.note(for: $0)) }
      for id in p.inputs {
        if let t = catalog.target(id: id) { book.add(ctx.note(for: t)) }
      }
      let current =
        p.current.isEmpty
        ? Cell([.badge(vi ? "chưa có mục tiêu" : "missing target", .warning)])
        : ctx.figureCell(p.current[0].quantity, p.current.map(\.id))
      rows.append([
        Cell(l.indicatorName(p.indicator) + " (\(l.unit(p.indicator.unit)))"), current,
        Cell(p.proposed.map(l.figure) ?? "—", sortKey: p.proposed?.value),
        Cell(p.rule.map { DraftText.ruleName($0, l) } ?? "—"),
        Cell(l.gap(p.gapBefore) + " → " + l.gap(p.gapAfter)),
        Cell(l.gap(p.gapAfterWithDraft)),
        Cell(
          p.requiredPace.map { l.number($0 * 100) + (vi ? "%/năm" : "%/year") } ?? "—",
          sortKey: p.requiredPace),
        Cell([
          .badge(
            p.paceSeenInRegion.map {
              $0
                ? (vi ? "đã có trong vùng" : "seen in region")
                : (vi ? "chưa có trong vùng" : "not seen in region")
            }
              ?? (vi ? "chưa đủ số liệu" : "no data"),
            p.paceSeenInRegion.map { $0 ? .good : .warning } ?? .none)
        ]),
        Cell(inputs(p.inputs, catalog: catalog, ctx)),
        Cell(p.flags.map { DraftText.flag($0, l) }.joined(separator: "; ")),
      ])
    }
    let header =
      vi
      ? [
        "Chỉ tiêu", "Mục tiêu hiện hành", "Đề xuất", "Quy tắc",
        "Chênh lệch với TB vùng hiện nay (trước → sau)", "Chênh lệch với TB vùng có dự thảo",
        "Tốc độ cần", "Tốc độ đã thấy", "Dữ liệu đầu vào", "Cảnh báo",
      ]
      : [
        "Indicator", "Current target", "Proposal", "Rule",
        "Gap to the regional mean as it stands (before → after)",
        "Gap to the regional mean with the draft", "Required pace", "Pace seen", "Inputs", "Flags",
      ]
    let blocks: [Block] = [
      ctx.membershipNotice,
      .heading(
        level: 2,
        text: vi
          ? "Nội dung đề xuất (để đưa vào kế hoạch)" : "Proposed wording (ready for the plan)",
        anchor: "ready"),
      .bullets(ready),
      .heading(
        level: 2, text: vi ? "Căn cứ từng đề xuất" : "Rationale per proposal", anchor: "rationale"),
      .table(
        Table(
          id: "draft", caption: vi ? "Đề xuất và căn cứ" : "Proposals and rationale",
          header: header, rows: rows)),
      .heading(
        level: 2, text: vi ? "Chỉ tiêu tỉnh chưa có mục tiêu" : "Missing targets", anchor: "missing"
      ),
      .bullets(
        draft.missing.map {
          [
            .text(
              l.indicatorName($0.indicator) + ": "
                + $0.targetedBy.map { ctx.geoName($0) }.joined(separator: ", "))
          ]
        }),
    ]
    let title =
      vi
      ? "Dự thảo mục tiêu \(draft.year): \(ctx.geoName(draft.province))"
      : "Draft targets \(draft.year): \(ctx.geoName(draft.province))"
    let page = Page(
      slug: Document.draftID(province: draft.province, year: draft.year), title: title,
      language: language,
      blocks: blocks,
      notes: book.notes)
    return ctx.reconcilingNotes(page)
  }

  /// Each input as a reader names it, `Thái Nguyên ≥ 40`, `Lai Châu 2024: 7,5`, with its
  /// note: the figures the proposal rests on, not the catalog's row ids.
  static func inputs(_ ids: [String], catalog: Catalog, _ ctx: ReportContext) -> [Inline] {
    let l = ctx.localizer
    var out: [Inline] = []
    for id in ids {
      if !out.isEmpty { out.append(.text("; ")) }
      if let t = catalog.target(id: id) {
        out += [.text("\(ctx.geoName(t.geo)) \(l.figure(t.quantity))"), .note(id)]
      } else if let o = catalog.observations.first(where: { $0.id == id }) {
        out += [
          .text("\(ctx.geoName(o.geo)) \(o.year): \(l.number(o.value, decimals: 3))"), .note(id),
        ]
      } else {
        out.append(.text(id))
      }
    }
    return out
  }
}
