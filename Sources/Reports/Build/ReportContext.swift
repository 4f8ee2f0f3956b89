import Benchmark
import Catalog

/// What every page builder needs: the catalog, the language, the geography and the horizon.
struct ReportContext {
  var catalog: Catalog
  var localizer: Localizer
  var geography: GeographyVersion
  var region: String
  var year: Int
  /// Provinces with a profile page in the set (others are not linked).
  var profiled: Set<String> = []
  /// A region too large to show every member on every profile (above
  /// `ReportContext.compactAbove` members, e.g. a synthetic one): profiles then show the
  /// region's summary and leave the member-by-member figures to the dashboard, so the set
  /// grows linearly with the members, not with their square.
  var compact = false

  /// The real regions (14 or 9 provinces, 34 nationally) stay below this.
  static let compactAbove = 40
  /// The aligned entries of each geo, computed once for the set (every profile needs its own).
  var entriesByGeo: [String: [Alignment.Entry]] = [:]
  /// The set's composite index, built once for the composite, audit and profile pages.
  var composite: CompositeAnalysis?

  var language: Language { localizer.language }

  func geoName(_ id: String) -> String {
    let name = catalog.geoName(id)
    guard language == .en, let province = catalog.province(id: id) else { return name }
    return province.nameEn.isEmpty ? name : province.nameEn
  }

  /// A table cell naming a geo: a link to its profile where the set has one, else its name.
  func geoCell(_ id: String) -> Cell {
    Cell(
      profiled.contains(id)
        ? [.link(text: geoName(id), slug: ProfilePage.slug(id))] : [.text(geoName(id))])
  }

  /// The notice on the region's membership in this geography version.
  var membershipNotice: Block {
    let inferred = catalog.membershipBasis(of: region, in: geography) == .inferred
    if inferred { return .notice([.text(localizer(.membershipInferred))], .warning) }
    // the notice names Decision 369/QĐ-TTg only where the region's own source is that decision
    let source =
      catalog.regions.first { $0.id == region && $0.geography == geography.rawValue }?
      .membersSource ?? ""
    if source.contains("369/QĐ-TTg") {
      return .notice([.text(localizer(.membershipOfficial))], .neutral)
    }
    let count = catalog.members(of: region, in: geography).count
    let text =
      language == .vi
      ? "Thành phần vùng: \(count) tỉnh theo danh sách của bộ dữ liệu (\(source))."
      : "Region membership: \(count) provinces as the dataset lists them (\(source))."
    return .notice([.text(text)], .neutral)
  }

  /// The provenance note of a target: document, section, verbatim quote, confidence,
  /// inheritance and the data's note.
  func note(for target: Target, inheritedBy rule: String? = nil) -> Note {
    let l = localizer
    var lines: [[Inline]] = []
    let originalID = String(target.id.split(separator: "@").first ?? Substring(target.id))
    let source = catalog.target(id: originalID) ?? target
    if let document = catalog.document(id: source.provenance.source) {
      let number =
        document.number.isEmpty ? (language == .vi ? "không số" : "no number") : document.number
      let date =
        document.date.isEmpty ? (language == .vi ? "không ngày" : "no date") : document.date
      lines.append([
        .strong(l(.document) + ": "),
        .text("\(document.title) (\(number), \(date), \(document.issuer))"),
      ])
      if let file = document.file {
        let range =
          catalog.quoteLines(of: source).map { r in
            r.count == 1 ? ":\(r.lowerBound)" : ":\(r.lowerBound)–\(r.upperBound)"
          } ?? ""
        lines.append([
          .strong(l(.sourceFile) + ": "), .text("\(catalog.directory)/sources/\(file)\(range)"),
        ])
      }
      if let url = document.url { lines.append([.strong(l(.url) + ": "), .text(url)]) }
    } else {
      lines.append([.strong(l(.url) + ": "), .text(source.provenance.source)])
    }
    if !source.provenance.section.isEmpty {
      lines.append([.strong(l(.section) + ": "), .text(source.provenance.section)])
    }
    lines.append([.strong(l(.quote) + ": "), .text("“\(source.provenance.quote)”")])
    if !source.label.isEmpty { lines.append([.text(source.label)]) }
    lines.append([
      .strong(l(.confidence) + ": "), .text(l.confidence(source.provenance.confidence)),
    ])
    if let rule { lines.append([.strong(l(.inheritedFrom) + ": "), .text(rule)]) }
    if !source.caveat.isEmpty { lines.append([.strong(l(.caveats) + ": "), .text(source.caveat)]) }
    if !source.note.isEmpty { lines.append([.strong(l(.note) + ": "), .text(source.note)]) }
    return Note(id: target.id, lines: lines)
  }

  /// A figure followed by its note references.
  func figureCell(
    _ quantity: Quantity?, _ ids: [String], tone: Tone = .none, sortKey: Double? = nil
  )
    -> Cell
  {
    Cell([.text(localizer.figure(quantity))] + ids.map { .note($0) }, sortKey: sortKey, tone: tone)
  }
}

/// Collects provenance notes once each, in order of first use.
struct NoteBook {
  private(set) var notes: [Note] = []
  private var seen = Set<String>()

  mutating func add(_ note: Note) {
    if seen.insert(note.id).inserted { notes.append(note) }
  }
}

extension ReportContext {
  /// The provenance note of an observation: where it is read, its quote, confidence and note.
  func note(for observation: Observation) -> Note {
    let l = localizer
    var lines: [[Inline]] = [[.strong(l(.url) + ": "), .text(observation.provenance.source)]]
    if !observation.provenance.section.isEmpty {
      lines.append([.strong(l(.document) + ": "), .text(observation.provenance.section)])
    }
    lines.append([.strong(l(.quote) + ": "), .text("“\(observation.provenance.quote)”")])
    lines.append([
      .strong(l(.confidence) + ": "), .text(l.confidence(observation.provenance.confidence)),
    ])
    if !observation.note.isEmpty {
      lines.append([.strong(l(.note) + ": "), .text(observation.note)])
    }
    return Note(id: observation.id, lines: lines)
  }

  /// The page with exactly the notes it references, in order of first reference: a missing
  /// note is built from the catalog, an unreferenced one is dropped.
  func reconcilingNotes(_ page: Page) -> Page {
    var referenced: [String] = []
    func scan(_ inlines: [Inline]) {
      for inline in inlines { if case .note(let id) = inline { referenced.append(id) } }
    }
    for block in page.blocks {
      switch block {
      case .paragraph(let inlines), .notice(let inlines, _): scan(inlines)
      case .bullets(let items): items.forEach(scan)
      case .table(let table): table.rows.forEach { $0.forEach { scan($0.content) } }
      case .heading, .chart: break
      }
    }
    var seen = Set<String>()
    let ids = referenced.filter { seen.insert($0).inserted }
    let existing = Dictionary(page.notes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var copy = page
    copy.notes = ids.map { id in
      if let note = existing[id] { return note }
      let original = String(id.split(separator: "@").first ?? Substring(id))
      if let target = catalog.target(id: original) {
        var note = self.note(for: target)
        note.id = id
        return note
      }
      if let observation = catalog.observations.first(where: { $0.id == original }) {
        return self.note(for: observation)
      }
      return Note(id: id, lines: [[.text(id)]])
    }
    return copy
  }
}
