import Catalog
import Foundation
import TestSupport
import Testing

@testable import Reports

/// The findings that open profile and comparison pages: their wording is reviewed through
/// golden files, and every number in them is found again in the page's own tables by logic
/// written here, not by the code that made them.
@Suite struct FindingsTests {
  static func options(_ language: Language) -> ReportOptions {
    ReportOptions(language: language)
  }

  static func markdown(_ which: ReportSet.SinglePage, _ language: Language) throws -> String {
    MarkdownRenderer.render(
      ReportSet.page(which, try ReportSetTests.catalog.get(), options(language)))
  }

  /// The findings section of a rendered page: the bullets under its heading.
  static func findings(_ markdown: String) -> [String] {
    let lines = markdown.components(separatedBy: "\n")
    guard
      let start = lines.firstIndex(where: { $0 == "## Nhận định chính" || $0 == "## Key findings" })
    else { return [] }
    return Array(lines[(start + 1)...].drop { $0.isEmpty }.prefix { $0.hasPrefix("- ") })
  }

  @Test(arguments: [
    (ReportSet.SinglePage.profile("lai-chau"), "lai-chau"),
    (.profile("son-la"), "son-la"),
    (.comparison("thai-nguyen", "lai-chau"), "compare-thai-nguyen-lai-chau"),
  ])
  func findingsMatchGoldenFiles(_ which: ReportSet.SinglePage, _ name: String) throws {
    for language in Language.allCases {
      let text = Self.findings(try Self.markdown(which, language))
      #expect((3...6).contains(text.count), "\(name) \(language): \(text.count) sentences")
      Golden.check(
        text.joined(separator: "\n") + "\n", "findings/\(name).\(language.rawValue).md")
    }
  }

  /// Each profile of the region, in both languages: every number of a clause naming an
  /// indicator is in that indicator's table row; every other clause is a count, equal to the
  /// count of the table rows it speaks of.
  @Test(arguments: Language.allCases)
  func everyNumberOfAProfileIsInItsTable(_ language: Language) throws {
    let catalog = try ReportSetTests.catalog.get()
    let provinces = catalog.members(of: "NMM", in: .before2025).map(\.id)
    #expect(provinces.count == 14)
    for province in provinces {
      let page = Page(markdown: try Self.markdown(.profile(province), language))
      let sentences = page.findings
      #expect((3...6).contains(sentences.count), "\(province): \(sentences.count) sentences")
      let targets = page.table(after: language == .vi ? "## Mục tiêu" : "## Targets")
      let gapToMean = targets.column(
        language == .vi ? "Chênh lệch với trung bình vùng" : "Gap to regional mean")
      let gapToNational = targets.column(
        language == .vi ? "Chênh lệch với mục tiêu quốc gia" : "Gap to national target")
      let means = targets.column(
        language == .vi ? "Trung bình vùng (n/m)" : "Regional mean (n of m)")
      func sign(_ cell: String) -> Int {
        if cell.hasPrefix("+") { return 1 }
        let numbers = Page.numbers(cell).compactMap {
          Double($0.replacingOccurrences(of: ",", with: "."))
        }
        return !numbers.isEmpty && numbers.allSatisfy { $0 < 0 } ? -1 : 0
      }
      let total = targets.rows.count
      let signs = gapToMean.map(sign)
      let national = gapToNational.filter { $0 != "—" }.map(sign)
      let thin = means.filter { cell in
        // "24,25–24,38 (8/14)": n is the number before the slash
        guard let n = cell.split(separator: "(").last?.split(separator: "/").first else {
          return false
        }
        return (Int(n) ?? 99) < 3
      }.count
      let delivery = page.table(
        after: language == .vi ? "## Kết quả thực hiện" : "## Delivery against"
      ).rows.count
      let excluded = page.table(
        after: language == .vi
          ? "## Mục tiêu không so sánh được với vùng" : "## Targets not benchmarked"
      ).rows.count
      let coreMissing = page.bullets(after: language == .vi ? "## Chỉ tiêu cốt lõi" : "## Core")
        .count
      let counts: [(vi: String, en: String, expected: [Int])] = [
        (
          "So với trung bình vùng", "Against the regional mean",
          [
            signs.filter { $0 > 0 }.count, total, signs.filter { $0 < 0 }.count,
            signs.filter { $0 == 0 }.count,
          ]
        ),
        ("so sánh quá mỏng", "comparisons are too thin", [thin, total]),
        (
          "So với mục tiêu quốc gia", "Against the national targets",
          [
            national.count, total, national.filter { $0 > 0 }.count,
            national.filter { $0 < 0 }.count,
            national.filter { $0 == 0 }.count,
          ]
        ),
        ("Tiến độ (", "Delivery (", [delivery, total]),
        ("Còn thiếu mục tiêu cho", "Missing: a target for", [coreMissing]),
        (
          "mục tiêu không so sánh được với vùng", "targets cannot be compared with the region",
          [excluded]
        ),
      ]
      try page.check(sentences, counts: counts, language: language, context: province)
    }
  }

  @Test(arguments: Language.allCases)
  func everyNumberOfTheComparisonIsInItsTable(_ language: Language) throws {
    let page = Page(markdown: try Self.markdown(.comparison("thai-nguyen", "lai-chau"), language))
    let vi = language == .vi
    let aligned = page.table(after: vi ? "## Mục tiêu so sánh được" : "## Comparable targets")
    let ambition = aligned.column(vi ? "Cao hơn" : "More ambitious")
    let verdicts = aligned.column(vi ? "Đánh giá" : "Verdict")
    let (a, b) = vi ? ("Thái Nguyên", "Lai Châu") : ("Thai Nguyen", "Lai Chau")
    let conflicts = Set(
      page.table(after: vi ? "## Mục tiêu mâu thuẫn" : "## Conflicting").column("#"))
    let counts: [(vi: String, en: String, expected: [Int])] = [
      (
        "cặp mục tiêu so sánh được", "pairs of targets can be compared",
        [
          aligned.rows.count, verdicts.filter { $0.contains(vi ? "có lưu ý" : "caveat") }.count,
          ambition.filter { $0 == a }.count, ambition.filter { $0 == b }.count,
          ambition.filter { $0 == (vi ? "như nhau" : "same") }.count,
          ambition.filter { $0 == "—" }.count,
        ]
      ),
      (
        "chỉ một tỉnh đặt", "set by one province only",
        [page.table(after: vi ? "## Chỉ một tỉnh có mục tiêu" : "## Only one province").rows.count]
      ),
      ("trường hợp văn bản", "cases where one province", [conflicts.count]),
    ]
    let sentences = page.findings
    #expect(sentences.count >= 3)
    // the not-comparable clause: its total, then the groups that add up to it
    // grouped by reason: every table of the section
    let notComparable = page.rows(inSection: vi ? "## Không so sánh được" : "## Not comparable")
    let clause = sentences.flatMap(Page.clauses).first {
      $0.contains(vi ? "mục tiêu không so sánh được (" : "targets cannot be compared (")
    }
    let numbers = Page.numbers(clause ?? "").compactMap { Int($0) }
    #expect(
      numbers.first == notComparable && numbers.dropFirst().reduce(0, +) == notComparable,
      "\(clause ?? "no not-comparable clause")")
    try page.check(
      sentences.map { $0.replacingOccurrences(of: clause ?? "\u{0}", with: "") }, counts: counts,
      language: language, context: "comparison")
  }
}

/// A rendered Markdown page read back as a reader would: sections, tables, bullets, numbers.
private struct Page {
  struct Table {
    var header: [String]
    var rows: [[String]]

    func column(_ title: String) -> [String] {
      guard let index = header.firstIndex(of: title) else {
        Issue.record("no column '\(title)' in \(header)")
        return []
      }
      return rows.map { $0[index] }
    }
  }

  let lines: [String]

  init(markdown: String) {
    // footnote references and Markdown escapes are not part of what a reader reads
    let plain = markdown.replacingOccurrences(
      of: #"\[\^[^\]]+\]"#, with: "", options: .regularExpression
    )
    .replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "**", with: "")
    lines = plain.components(separatedBy: "\n")
  }

  var findings: [String] {
    guard
      let start = lines.firstIndex(where: { $0 == "## Nhận định chính" || $0 == "## Key findings" })
    else { return [] }
    return lines[(start + 1)...].drop { $0.isEmpty }.prefix { $0.hasPrefix("- ") }.map {
      String($0.dropFirst(2))
    }
  }

  /// The first table after the heading that starts with `heading`; empty when there is none.
  func table(after heading: String) -> Table {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else {
      return Table(header: [], rows: [])
    }
    var rest = lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }[...]
    while true {
      rest = rest.drop { !$0.hasPrefix("| ") }
      guard rest.first != nil else { return Table(header: [], rows: []) }
      let rows = rest.prefix { $0.hasPrefix("| ") }.map { line in
        line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
      }
      rest = rest.dropFirst(rows.count)
      // a chart's table (its first column a name or a year) is not the section's table
      if let first = rows.first?.first, ["Tên", "Name", "Năm", "Year"].contains(first) {
        continue
      }
      return Table(header: rows.first ?? [], rows: Array(rows.dropFirst(2)))
    }
  }

  /// The data rows of every table between the heading that starts with `heading` and the
  /// next heading of its level.
  func rows(inSection heading: String) -> Int {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return 0 }
    let section = lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }
    // a table's header and rule are its first two lines
    let tableLines = section.filter { $0.hasPrefix("| ") }.count
    let tables = section.filter { $0.hasPrefix("| ---") }.count
    return tableLines - 2 * tables
  }

  func bullets(after heading: String) -> [String] {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
    return lines[(start + 1)...].prefix { !$0.hasPrefix("## ") && !$0.hasPrefix("<a ") }
      .filter { $0.hasPrefix("- ") }
  }

  /// Every table row of the page, each with the name of its first cell (without the unit),
  /// and every bullet as a row of one cell (the core indicators without a target).
  var rows: [(name: String, cells: [String])] {
    lines.filter { $0.hasPrefix("- ") && !$0.contains(": ") }.map {
      (String($0.dropFirst(2)), [String($0.dropFirst(2))])
    }
      + lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }.map { line in
        let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
        var name = cells.first ?? ""
        if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
          name = String(name[..<open.lowerBound])
        }
        return (name, cells)
      }
  }

  /// Numbers as written on the page: `-15,38`, `24.25`, `2030`; not those inside a word or a
  /// document number (`57-NQ/TW`, `5G`, `3D`).
  static func numbers(_ text: String) -> [String] {
    let pattern = #"(?<![\p{L}\d.,])-?\d+(?:[.,]\d+)*(?![\p{L}\d-])"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  /// A sentence cut at `; ` and at `. ` (a decimal point is never followed by a space).
  static func clauses(_ sentence: String) -> [String] {
    sentence.components(separatedBy: "; ").flatMap { $0.components(separatedBy: ". ") }
      .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
  }

  func check(
    _ sentences: [String], counts: [(vi: String, en: String, expected: [Int])], language: Language,
    context: String
  ) throws {
    let rows = self.rows
    for clause in sentences.flatMap(Self.clauses) {
      let numbers = Self.numbers(clause)
      if numbers.isEmpty { continue }
      if let count = counts.first(where: { clause.contains(language == .vi ? $0.vi : $0.en) }) {
        #expect(numbers.compactMap { Int($0) } == count.expected, "\(context): '\(clause)'")
        continue
      }
      // the rows the clause names: the longest indicator names it contains, of its years
      let named = rows.filter { !$0.name.isEmpty && clause.contains($0.name) }
      let longest = named.map(\.name.count).max() ?? 0
      let candidates = named.filter { row in
        row.name.count == longest
          && (row.cells.count == 1 || row.cells.dropFirst().contains { clause.contains("(\($0))") })
      }
      guard !candidates.isEmpty else {
        Issue.record("\(context): no table row for '\(clause)'")
        continue
      }
      let inRows = Set(candidates.flatMap { $0.cells.flatMap(Self.numbers) })
      let missing = numbers.filter { !inRows.contains($0) }
      #expect(
        missing.isEmpty,
        "\(context): \(missing) of '\(clause)' not in its row \(candidates.map(\.cells))")
    }
  }
}
