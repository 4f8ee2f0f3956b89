/// A correlation heat map: a square matrix of values in −1…1, each cell coloured by its value
/// and labelled with it, so the number and not the colour alone carries the meaning.
public struct HeatMap: Sendable, Hashable {
  /// The chart's id, from which every element id of its SVG is made.
  public var id: String
  /// The chart's title, shown above it (`<title>` in SVG).
  public var title: String
  /// A sentence describing the chart for screen readers (`<desc>`).
  public var description: String
  /// The row labels, which are also the columns' (columns are numbered 1…n in the SVG).
  public var labels: [String]
  /// `values[i][j]`, row `i`, column `j`; nil for a blank cell.
  public var values: [[Double?]]
  /// What a blank cell means, for the legend, e.g. "fewer than 10 provinces".
  public var blankMeaning: String

  /// A heat map with every field given.
  /// - Precondition: one row of `labels.count` values per label.
  public init(
    id: String, title: String, description: String, labels: [String], values: [[Double?]],
    blankMeaning: String
  ) {
    precondition(
      values.count == labels.count && values.allSatisfy { $0.count == labels.count },
      "square heat map \(id)")
    self.id = id
    self.title = title
    self.description = description
    self.labels = labels
    self.values = values
    self.blankMeaning = blankMeaning
  }
}
