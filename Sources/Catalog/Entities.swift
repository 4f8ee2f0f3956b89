/// A measurable quantity that targets and observations refer to.
public struct Indicator: Sendable, Hashable, Identifiable {
  /// A unique slug, e.g. `digital_economy_share_grdp`.
  public var id: String
  /// Vietnamese name, NFC.
  public var name: String
  /// The English name.
  public var nameEn: String
  /// The unit every target and observation of the indicator must use.
  public var unit: Unit
  /// Whether higher or lower values are better.
  public var polarity: Polarity
  /// The Resolution 57 task group or index pillar.
  public var group: String
  /// Indicators that measure related things (`sti_funding`: budget shares and R&D spending).
  /// Targets of one family but different indicators are listed as not comparable, with the
  /// reason, instead of being left out silently. Defaults to the indicator's own id.
  public var family: String
  /// What the ratio is divided by (`grdp`, `local_budget_expenditure`, `none` …).
  public var denominator: String
  /// What a correct regional figure is weighted by, if anything.
  public var regionalWeight: Weighting
  /// What the indicator measures, in English (`description` in `indicators.csv`).
  public var description: String

  /// An indicator with every field given (the loader builds them from `indicators.csv`).
  public init(
    id: String, name: String, nameEn: String, unit: Unit, polarity: Polarity, group: String,
    family: String, denominator: String, regionalWeight: Weighting, description: String
  ) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.unit = unit
    self.polarity = polarity
    self.group = group
    self.family = family
    self.denominator = denominator
    self.regionalWeight = regionalWeight
    self.description = description
  }
}

/// A province (or centrally run city) in one administrative period.
public struct Province: Sendable, Hashable, Identifiable {
  /// An ASCII slug (`lai-chau`); a province created in 2025 has its own (`thai-nguyen-2025`).
  public var id: String
  /// The GSO code; codes were reused in the 2025 merger, so the id is the key.
  public var code: String
  /// The Vietnamese name.
  public var name: String
  /// The English name.
  public var nameEn: String
  /// The socio-economic region id, e.g. `NMM`; nil outside the regions provbench covers.
  public var region: String?
  /// The first day the province existed; nil when open-ended.
  public var validFrom: Day?
  /// The last day the province existed (`2025-06-30` for merged ones); nil when open-ended.
  public var validTo: Day?
  /// The province that took over this one's territory, for provinces merged in 2025.
  public var successor: String?
  /// Where the province's record comes from (`source` in `provinces.csv`).
  public var source: String

  /// Whether the province existed on `day`.
  public func exists(on day: Day) -> Bool {
    (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
  }

  /// A province with every field given; `validFrom`, `validTo` and `successor` describe the 2025 merger.
  public init(
    id: String, code: String, name: String, nameEn: String, region: String?, validFrom: Day?,
    validTo: Day?, successor: String?, source: String
  ) {
    self.id = id
    self.code = code
    self.name = name
    self.nameEn = nameEn
    self.region = region
    self.validFrom = validFrom
    self.validTo = validTo
    self.successor = successor
    self.source = source
  }
}

/// A socio-economic region in one geography version (its membership can change).
public struct Region: Sendable, Hashable {
  /// How membership of a region's geography version is known.
  public enum Basis: String, Sendable, Hashable, CaseIterable {
    /// Named in a legal document.
    case official
    /// Derived by provbench (e.g. the post-merger composition); shown as such in reports.
    case inferred
  }

  /// The region's id (`NMM`), or `VN` for the nation.
  public var id: String
  /// The Vietnamese name.
  public var name: String
  /// The English name.
  public var nameEn: String
  /// `2024` (before the 1 July 2025 merger), `2025` (after it) or `national`.
  public var geography: String
  /// Whether the membership is official or inferred.
  public var basis: Basis
  /// What the membership rests on, in words (`members_source`).
  public var membersSource: String

  /// A region in one geography version.
  public init(
    id: String, name: String, nameEn: String, geography: String, basis: Basis, membersSource: String
  ) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.geography = geography
    self.basis = basis
    self.membersSource = membersSource
  }
}

/// The kind of a source document.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
  case actionProgram = "action-program"
  case plan
  case dispatch
  case resolution
  case decision
  case report
  case article
  /// A draft of updated targets written by `provbench draft`; its targets supersede the
  /// province's current ones in what-if runs.
  case draft
}

/// Whether a document's targets are the adopted ones.
public enum DocumentStatus: String, Sendable, Hashable, CaseIterable {
  /// A plan, resolution or decision as issued (the default).
  case adopted
  /// A draft, an appraisal dossier or a proposal that was later adopted in some form: its
  /// targets are kept and reported, but an adopted document's target is preferred.
  case draft
}

/// A source document that targets are quoted from.
public struct Document: Sendable, Hashable, Identifiable {
  /// The id of the draft document `provbench draft` writes for `province` and `year`
  /// (`draft-lai-chau-2030`), which its target rows name as their source.
  public static func draftID(province: String, year: Int) -> String {
    "draft-\(province)-\(year)"
  }

  /// A short unique slug, e.g. `tn-62-ctr-tu`.
  public var id: String
  /// The province or region that issued it.
  public var geo: String
  /// The issuing body, e.g. `Bộ Chính trị`.
  public var issuer: String
  /// As printed; empty where the source leaves it blank.
  public var number: String
  /// As printed; empty where the source leaves it blank.
  public var date: String
  /// The kind of document (plan, resolution, article …).
  public var kind: DocumentKind
  /// The document's title, as `documents.csv` gives it.
  public var title: String
  /// The numbers of the higher documents it implements (`57-NQ/TW`), in file order.
  public var implements: [String]
  /// The text under `sources/`, if provbench holds one.
  public var file: String?
  /// Where the quoted text can be read online, if anywhere.
  public var url: String?
  /// The language code of the text (`vi`, `en` …), as the file gives it.
  public var language: String
  /// How directly provbench holds the text: the issuer's own, press or translation.
  public var confidence: Confidence
  /// Free text: caveats about the record, e.g. why `number` or `date` is blank.
  public var note: String
  /// Whether the targets are adopted ones or a draft's; adopted unless the file says `draft`.
  public var status: DocumentStatus = .adopted
  /// The SHA-256 of `file` (64 lower-case hex digits) when `documents.csv` records it, so that
  /// a source text changed after its quotes were checked is noticed.
  public var sha256: String?

  /// A source document with every field given.
  public init(
    id: String, geo: String, issuer: String, number: String, date: String, kind: DocumentKind,
    title: String, implements: [String], file: String?, url: String?, language: String,
    confidence: Confidence, note: String, status: DocumentStatus = .adopted, sha256: String? = nil
  ) {
    self.id = id
    self.geo = geo
    self.issuer = issuer
    self.number = number
    self.date = date
    self.kind = kind
    self.title = title
    self.implements = implements
    self.file = file
    self.url = url
    self.language = language
    self.confidence = confidence
    self.note = note
    self.status = status
    self.sha256 = sha256
  }
}
