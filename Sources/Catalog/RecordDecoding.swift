import Support

/// Turns CSV rows into domain values, logging every bad field instead of stopping at the first.
enum RecordDecoding {
  static func document(_ row: RowReader, _ log: inout DiagnosticLog) -> Document? {
    let id = row.required(.id, &log)
    let geo = row.required(.geo, &log)
    let kind = row.choice(.kind, &log, allowed: DocumentKind.allCases.map(\.rawValue)) {
      DocumentKind(rawValue: $0)
    }
    let confidence = row.choice(
      .confidence, &log, allowed: Confidence.allCases.map(\.rawValue), parse: Confidence.init)
    let title = row.required(.title, &log)
    let file = row.text(.file)
    let url = row.text(.url)
    if file.isEmpty && url.isEmpty {
      log.error(row.location(.file), "a document needs a 'file' under sources/ or a 'url'")
    }
    if !file.isEmpty && !isInsideSources(file) {
      log.error(row.location(.file), "file \(Text.quoted(file)) must be a path inside sources/")
    }
    let status: DocumentStatus? =
      row.text("status").isEmpty
      ? .adopted
      : row.choice(
        "status", &log, allowed: DocumentStatus.allCases.map(\.rawValue),
        parse: DocumentStatus.init)
    let sha256 = row.text("sha256")
    if !sha256.isEmpty && !SHA256.isDigest(sha256) {
      log.error(
        row.location("sha256"),
        "sha256 \(Text.quoted(sha256)) is not a SHA-256 digest (64 lower-case hex digits)")
    }
    guard let id, let geo, let kind, let confidence, let title, let status else { return nil }
    return Document(
      id: id, geo: geo, issuer: row.printable(.issuer, &log), number: row.text(.number),
      date: row.text(.date), kind: kind, title: title,
      implements: row.text(.implements).split(separator: ";").map { Text.trimmed(String($0)) },
      file: file.isEmpty ? nil : file, url: url.isEmpty ? nil : url,
      language: row.text(.language), confidence: confidence, note: row.text(.note),
      status: status, sha256: sha256.isEmpty ? nil : sha256)
  }

  /// Whether `file` names a path below `sources/` (no absolute path, no `..`).
  static func isInsideSources(_ file: String) -> Bool {
    !file.hasPrefix("/") && !file.contains("\\") && !file.split(separator: "/").contains("..")
  }

  static func province(_ row: RowReader, _ log: inout DiagnosticLog) -> Province? {
    let id = row.required(.id, &log)
    let name = row.required(.name, &log)
    let code = row.required(.code, &log)
    let from = day(row, .validFrom, &log)
    let to = day(row, .validTo, &log)
    if let from, let to, to < from {
      log.error(row.location(.validTo), "valid_to '\(to)' is before valid_from '\(from)'")
    }
    if let id, !Text.isSlug(id) {
      log.error(
        row.location(.id),
        "province id \(Text.quoted(id)) is not a slug: write lower-case ASCII letters, digits and "
          + "single hyphens, e.g. 'lai-chau' (report files are named after it)")
    }
    guard let id, let name, let code, Text.isSlug(id) else { return nil }
    let region = row.text(.region)
    let successor = row.text(.successor)
    return Province(
      id: id, code: code, name: name, nameEn: row.printable(.nameEn, &log),
      region: region.isEmpty ? nil : region, validFrom: from, validTo: to,
      successor: successor.isEmpty ? nil : successor, source: row.text(.source))
  }

  private static func day(_ row: RowReader, _ column: Column, _ log: inout DiagnosticLog) -> Day? {
    let text = row.text(column)
    if text.isEmpty { return nil }
    guard let day = Day(iso: text) else {
      log.error(
        row.location(column),
        "invalid date \(Text.quoted(text)) in column '\(column.name)': write a calendar date as YYYY-MM-DD"
      )
      return nil
    }
    return day
  }

  static func region(_ row: RowReader, _ log: inout DiagnosticLog) -> Region? {
    let id = row.required(.id, &log)
    let name = row.required(.name, &log)
    let geography = row.required(.geography, &log)
    let basis = row.choice(
      .basis, &log, allowed: Region.Basis.allCases.map(\.rawValue), parse: Region.Basis.init)
    guard let id, let name, let geography, let basis else { return nil }
    return Region(
      id: id, name: name, nameEn: row.printable(.nameEn, &log), geography: geography, basis: basis,
      membersSource: row.text(.membersSource))
  }

  static func indicator(_ row: RowReader, _ log: inout DiagnosticLog) -> Indicator? {
    let id = row.required(.id, &log)
    let name = row.required(.name, &log)
    let unit = row.choice(.unit, &log, allowed: Unit.allCases.map(\.rawValue), parse: Unit.init)
    let polarity = row.choice(
      .polarity, &log, allowed: Polarity.allCases.map(\.rawValue), parse: Polarity.init)
    guard let id, let name, let unit, let polarity else { return nil }
    return Indicator(
      id: id, name: name, nameEn: row.printable(.nameEn, &log), unit: unit, polarity: polarity,
      group: row.text(.group), family: row.text(.family).isEmpty ? id : row.text(.family),
      denominator: row.text(.denominator),
      regionalWeight: Weighting(csv: row.text(.regionalWeight)),
      description: row.text(.description))
  }

  static func target(_ row: RowReader, _ log: inout DiagnosticLog) -> Target? {
    let id = row.required(.id, &log)
    let geo = row.required(.geo, &log)
    let indicator = row.required(.indicator, &log)
    let unit = row.choice(.unit, &log, allowed: Unit.allCases.map(\.rawValue), parse: Unit.init)
    let horizon = horizon(row, &log)
    let kind = row.choice(
      .kind, &log, allowed: TargetKind.allCases.map(\.rawValue), parse: TargetKind.init)
    let document = row.required(.document, &log)
    let quote = row.required(.quote, &log)
    let confidence = optionalConfidence(row, &log)
    var quantity: Quantity?
    if let kind, let unit {
      quantity = QuantityDecoding.decode(row, kind: kind, unit: unit, &log)
    }
    if row.text(.label).isEmpty {
      log.warning(row.location(.label), "no label: add a clean Vietnamese wording of the quote")
    }
    guard let id, let geo, let indicator, let unit, let kind, let document, let quote,
      kind == .qualitative || quantity != nil
    else { return nil }
    return Target(
      id: id, geo: geo, indicator: indicator, unit: unit, horizon: horizon ?? nil, kind: kind,
      quantity: quantity,
      provenance: Provenance(
        source: document, section: row.text(.section), quote: quote,
        confidence: confidence ?? .primary),
      label: row.printable(.label, &log), caveat: row.text(.caveat), note: row.text(.note),
      location: row.rowLocation)
  }

  /// The horizon: `.some(nil)` for an empty year, nil after an error.
  private static func horizon(_ row: RowReader, _ log: inout DiagnosticLog) -> Horizon?? {
    let text = row.text(.year)
    if text.isEmpty { return .some(nil) }
    guard let horizon = Horizon(csv: text) else {
      log.error(
        row.location(.year),
        "invalid year \(Text.quoted(text)): write a year like '2030' or a period like '2021-2030'")
      return nil
    }
    return .some(horizon)
  }

  private static func optionalConfidence(_ row: RowReader, _ log: inout DiagnosticLog)
    -> Confidence?
  {
    guard !row.text(.confidence).isEmpty else { return nil }
    return row.choice(
      .confidence, &log, allowed: Confidence.allCases.map(\.rawValue), parse: Confidence.init)
  }

  static func observation(_ row: RowReader, _ log: inout DiagnosticLog) -> Observation? {
    let id = row.required(.id, &log)
    let geo = row.required(.geo, &log)
    let indicator = row.required(.indicator, &log)
    let unit = row.choice(.unit, &log, allowed: Unit.allCases.map(\.rawValue), parse: Unit.init)
    let yearText = row.text(.year)
    // "2024", or a period "2021-2025" for an average over those years.
    let parts = yearText.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    var year: Int? = nil
    var firstYear: Int? = nil
    if parts.count == 1, let only = parts[0], (1900...2100).contains(only) {
      year = only
    } else if parts.count == 2, let first = parts[0], let last = parts[1],
      (1900...2100).contains(first), (1900...2100).contains(last), first < last
    {
      year = last
      firstYear = first
    } else {
      log.error(
        row.location(.year),
        "invalid year \(Text.quoted(yearText)): write a year like '2024' or a period like "
          + "'2021-2025'")
    }
    let value = row.number(.value, &log)
    if row.text(.value).isEmpty {
      log.error(row.location(.value), "missing value in column 'value'")
    }
    let comparator = row.text(.comparator)
    if !comparator.isEmpty && comparator != "=" && comparator != "~" {
      log.error(
        row.location(.comparator),
        "invalid comparator \(Text.quoted(comparator)) for an observation: use '=' or '~' (about)")
    }
    let source = row.required(.source, &log)
    let quote = row.required(.quote, &log)
    let confidence = row.choice(
      .confidence, &log, allowed: Confidence.allCases.map(\.rawValue), parse: Confidence.init)
    if let unit, let value { QuantityDecoding.checkRange(value, unit: unit, row, .value, &log) }
    guard let id, let geo, let indicator, let unit, let year, let value, let source, let quote,
      let confidence
    else { return nil }
    return Observation(
      id: id, geo: geo, indicator: indicator, unit: unit, year: year, value: value,
      isApproximate: comparator == "~",
      provenance: Provenance(
        source: source, section: row.text(.section), quote: quote, confidence: confidence),
      note: row.text(.note), location: row.rowLocation, firstYear: firstYear)
  }
}
