import Foundation

@testable import Reports

/// Pages built in code for the renderer tests: a realistic one and a hostile one.
enum RenderFixture {
  /// Data that would run script if it reached the page unescaped.
  static let image = "<img src=x onerror=alert(1)>"
  static let breakout = "\"><script>alert(1)</script>"
  static let quoteBreakout = "' onmouseover='alert(1)"
  static let javascript = "javascript:alert(1)"

  /// A province profile in miniature: notice, headings, a sortable table with tones, sort
  /// keys, notes and badges, a plain table, three charts and two notes.
  static func page(_ language: Language = .vi) -> Page {
    let vi = language == .vi
    let rows: [[Cell]] = [
      [
        Cell([.text("Chi NCPT"), .note("lai-chau-t1")]), Cell("2030", sortKey: 2030),
        Cell(vi ? "37,6" : "37.6", sortKey: 37.6, tone: .good),
        Cell([.badge(vi ? "đúng tiến độ" : "on track", .good)]),
      ],
      [
        Cell([.text("Doanh nghiệp số"), .note("lai-chau-t2")]), Cell("2025", sortKey: 2025),
        Cell("−2,5", sortKey: -2.5, tone: .bad),
        Cell([.badge(vi ? "cần tăng tốc" : "acceleration needed", .warning)]),
      ],
      [
        Cell([.text("R&D"), .note("lai-chau-t1")]), Cell("2030", sortKey: 2030),
        Cell("—", tone: .neutral), Cell([.badge("?", .none)]),
      ],
    ]
    return Page(
      slug: "province-lai-chau",
      title: vi ? "Hồ sơ mục tiêu: Lai Châu" : "Target profile: Lai Châu",
      language: language,
      blocks: [
        .notice(
          [.text(vi ? "Thành phần vùng do provbench suy ra." : "Membership inferred.")], .warning),
        .paragraph([
          .text(vi ? "Chênh lệch được định hướng" : "Gaps are oriented"), .note("lai-chau-t2"),
          .text(". "),
          .link(text: vi ? "Bảng vùng" : "Dashboard", slug: "dashboard", anchor: "gaps"),
          .text(" · "), .link(text: "↑", slug: "province-lai-chau", anchor: "targets"),
        ]),
        .heading(level: 2, text: vi ? "Mục tiêu" : "Targets", anchor: "targets"),
        .table(
          Table(
            id: "profile-lai-chau", caption: vi ? "Mục tiêu của Lai Châu" : "Targets of Lai Châu",
            header: [vi ? "Chỉ tiêu" : "Indicator", vi ? "Năm" : "Year", "Gap", "Pace"],
            rows: rows)),
        .heading(level: 3, text: vi ? "Không so sánh được" : "Not benchmarked", anchor: nil),
        .bullets([[.strong(vi ? "Ghi chú: " : "Note: "), .text("1. first")], [.text("- second")]]),
        .table(
          Table(
            id: "excluded", caption: "", header: ["A", "B"],
            rows: [[Cell("x"), Cell("y")]], sortable: false)),
        .chart(.dotPlot(dotPlot)),
        .chart(.gapBars(gapBars)),
        .chart(.rankWhiskers(rankWhiskers)),
      ],
      notes: [
        Note(
          id: "lai-chau-t1",
          lines: [
            [.strong(vi ? "Văn bản: " : "Document: "), .text("Nghị quyết 05-NQ/TU (2021)")],
            [.strong(vi ? "Trích nguyên văn: " : "Verbatim quote: "), .text("“đạt 37,6%”")],
          ]),
        Note(id: "lai-chau-t2", lines: [[.text("https://example.org/a_b?x=1&y=2")]]),
      ])
  }

  static let dotPlot = DotPlot(
    id: "dots-rd-2030", title: "Chi NCPT (2030)", description: "Lai Châu 37,6; Sơn La 30",
    unit: "% GRDP",
    points: [
      DotPlot.Point(label: "Lai Châu", low: 0.62, high: 0.62, highlighted: true),
      DotPlot.Point(label: "Sơn La", low: 0.1, high: 0.3),
      DotPlot.Point(label: "Điện Biên", low: 0.45, high: 0.45),
    ],
    references: [DotPlot.Reference(label: "Trung bình vùng", value: 0.39)])

  static let gapBars = GapBars(
    id: "gaps-lai-chau", title: "Chênh lệch", description: "Lai Châu so với vùng",
    measure: "% so với trung bình vùng",
    bars: [
      GapBars.Bar(label: "NCPT 2030", low: 12.5, high: 12.5),
      GapBars.Bar(label: "Doanh nghiệp số 2025", low: -8, high: -8),
      GapBars.Bar(label: "Kinh tế số 2030", low: -3, high: 4),
    ])

  static let rankWhiskers = RankWhiskers(
    id: "ranks", title: "Thứ hạng", description: "Khoảng thứ hạng 90%",
    rows: [
      RankWhiskers.Row(label: "Lai Châu", nominal: 1, q5: 1, q95: 3, median: 1.5),
      RankWhiskers.Row(label: "Sơn La", nominal: 2, q5: 1, q95: 4, median: 2),
      RankWhiskers.Row(label: "Điện Biên", nominal: 4, q5: 3, q95: 4, median: 4),
      RankWhiskers.Row(label: "Lào Cai", nominal: 3, q5: 2, q95: 4, median: 3),
    ])

  /// A page whose every data string is hostile: title, heading and anchor, paragraph, link
  /// text, slug and anchor, badge, table id, caption, header and cells, chart id, title,
  /// description, labels and unit, note id and lines.
  static func hostilePage() -> Page {
    let h = image
    let b = breakout
    return Page(
      slug: h, title: h,
      language: .en,
      blocks: [
        .heading(level: 2, text: b, anchor: b),
        .paragraph([.text(h), .strong(b), .note(b), .badge(b, .bad)]),
        .paragraph([.link(text: h, slug: javascript, anchor: b), .text(quoteBreakout)]),
        .notice([.text(b)], .warning),
        .bullets([[.text(h)]]),
        .table(Table(id: b, caption: h, header: [b], rows: [[Cell(h, sortKey: 1)]])),
        .table(Table(id: h, caption: "", header: [b], rows: [[Cell([.text(b)])]])),
        .chart(
          .dotPlot(
            DotPlot(
              id: b, title: h, description: b, unit: h,
              points: [DotPlot.Point(label: b, low: 1, high: 2, highlighted: true)],
              references: [DotPlot.Reference(label: h, value: 1.5)]))),
        .chart(
          .gapBars(
            GapBars(
              id: h, title: b, description: h, measure: b,
              bars: [GapBars.Bar(label: h, low: -1, high: -1)]))),
        .chart(
          .rankWhiskers(
            RankWhiskers(
              id: javascript, title: h, description: b,
              rows: [RankWhiskers.Row(label: b, nominal: 1, q5: 1, q95: 2, median: 1)]))),
      ],
      notes: [Note(id: b, lines: [[.text(h)], [.strong(b), .text(quoteBreakout)]])])
  }

  /// Every value of `attribute="…"` in `html`, in order.
  static func attributeValues(_ attribute: String, in html: String) -> [String] {
    html.components(separatedBy: " \(attribute)=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
  }

  /// How many times `needle` occurs in `haystack`.
  static func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }
}
