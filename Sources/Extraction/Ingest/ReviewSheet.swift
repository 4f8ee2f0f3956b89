import Catalog
import Support

/// The review sheet `provbench ingest` writes (`<document>-review.csv`): one row per candidate,
/// with an empty `decision` for the reviewer (accept, edit, reject) and the candidate in the
/// `targets.csv` columns, then where it stands in the document (docs/formats.md).
public struct ReviewSheet: Sendable {
  /// What the reviewer decides for a row.
  public enum Decision: String, Sendable, Hashable, CaseIterable {
    /// Add the row as it stands.
    case accept
    /// Add the row as the reviewer corrected it.
    case edit
    /// Leave it out.
    case reject
  }

  /// One candidate: the row's fields by column name.
  public struct Row: Sendable, Hashable {
    /// Fields by the names of `ReviewSheet.columns`.
    public var fields: [String: String]
    /// The file lines of the quote in the stored source (not a column: for the HTML page).
    public var lines: ClosedRange<Int>

    /// A row with `fields`, quoting `lines` of the source.
    public init(fields: [String: String], lines: ClosedRange<Int>) {
      self.fields = fields
      self.lines = lines
    }

    /// The field named `column`, or "".
    public subscript(_ column: String) -> String { fields[column] ?? "" }
  }

  /// The columns, in order: the reviewer's two, `kind` (`target` or `observation`), the
  /// `targets.csv` columns (its `kind` as `target_kind`), then the place and the extractor's
  /// own confidence and reasons.
  public static let columns = [
    "decision", "review_note", "kind", "id", "geo", "indicator", "unit", "year", "comparator",
    "value", "value_high", "target_kind", "document", "section", "quote", "label", "confidence",
    "caveat", "note", "page", "line", "extraction_confidence", "reason",
  ]

  /// The document id.
  public var document: String
  /// The rows, in text order.
  public var rows: [Row]

  /// The sheet of `candidates` extracted from `text` (the stored source).
  public init(document: String, candidates: [CandidateTarget], text: PagedText) {
    self.document = document
    rows = candidates.map { candidate in
      var fields = Dictionary(
        zip(CandidateTarget.csvColumns, candidate.csvFields), uniquingKeysWith: { a, _ in a })
      fields["target_kind"] = fields["kind"]
      // the extractor's reading: a past result is proposed for observations.csv
      fields["kind"] = candidate.role == .observation ? "observation" : "target"
      let place = text.place(ofLine: candidate.lines.lowerBound)
      fields["page"] = String(place.page)
      fields["line"] = String(place.line)
      return Row(fields: fields, lines: candidate.lines)
    }
  }

  /// The sheet as CSV (RFC 4180, `\n`, no byte-order mark), header first.
  public var csv: String {
    CSVWriter.row(Self.columns)
      + rows.map { row in CSVWriter.row(Self.columns.map { row[$0] }) }
      .joined()
  }
}
