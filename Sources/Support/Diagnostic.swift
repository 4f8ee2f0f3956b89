/// A place in a text file: path, 1-based line and 1-based column (in Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The path as shown in messages.
  public var file: String
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counted in Unicode scalars.
  public var column: Int

  /// The place at `line` and `column` (both from 1) of `file`.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the prefix of a located message.
  public var description: String { "\(file):\(line):\(column)" }

  /// File, then line, then column order (files compare as strings).
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

/// One problem found in user data, located like a compiler message.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a problem is: errors make the data unusable, warnings do not.
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  /// Whether the problem is an error or a warning.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// The text after `error: ` or `warning: `.
  public var message: String

  /// A problem of `severity` at `location`, described by `message`.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`, the shape editors and CI logs recognise.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics while a file is read, so one run reports every problem.
package struct DiagnosticLog: Sendable {
  package private(set) var entries: [Diagnostic] = []

  package init() {}

  package var hasErrors: Bool { entries.contains { $0.severity == .error } }

  package mutating func error(_ location: SourceLocation, _ message: String) {
    entries.append(Diagnostic(.error, at: location, message))
  }

  package mutating func warning(_ location: SourceLocation, _ message: String) {
    entries.append(Diagnostic(.warning, at: location, message))
  }

  package mutating func append(contentsOf other: [Diagnostic]) {
    entries.append(contentsOf: other)
  }

  /// The number of entries, to undo what a file logged when it turns out to be unreadable.
  package var count: Int { entries.count }

  /// Drops the entries logged after the first `count`.
  package mutating func truncate(to count: Int) {
    entries.removeSubrange(count...)
  }

  /// Entries in file, line, column order; stable for equal locations.
  package var sorted: [Diagnostic] {
    entries.enumerated().sorted { a, b in
      a.element.location == b.element.location
        ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
  }
}
