/// The columns of each dataset file (see docs/data.md).
enum Schemas {
  static let documents = Schema(
    required: [
      "id", "geo", "issuer", "number", "date", "kind", "title", "implements", "file", "url",
      "language", "confidence", "note",
    ],
    optional: ["status", "sha256"])
  static let provinces = Schema(required: [
    "id", "code", "name", "name_en", "region", "valid_from", "valid_to", "successor", "source",
  ])
  static let regions = Schema(required: [
    "id", "name", "name_en", "geography", "basis", "members_source",
  ])
  static let indicators = Schema(
    required: [
      "id", "name", "name_en", "unit", "polarity", "group", "denominator", "regional_weight",
      "description",
    ],
    optional: ["family"])
  static let targets = Schema(
    required: [
      "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
      "document", "section", "quote", "label", "note",
    ],
    optional: ["confidence", "caveat"])
  static let observations = Schema(
    required: [
      "id", "geo", "indicator", "unit", "year", "value", "source", "quote", "confidence", "note",
    ],
    optional: ["comparator", "section"])
}
