import Foundation

/// Safe identifiers made from data strings: HTML ids, link targets and footnote labels.
///
/// Diacritics are dropped (`Lai Châu` → `lai-chau`, `đ` → `d`) and every run of other
/// characters becomes one `-`, so data can neither break out of an attribute nor turn a link
/// into `javascript:` (the colon is not kept).
enum Identifier {
  /// An HTML id, anchor or page slug: only `[a-z0-9-_.]`, lower case.
  static func html(_ s: String) -> String {
    sanitise(s, lowercase: true, fallback: "_") { scalar in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        || scalar == "_" || scalar == "."
    }
  }

  /// A Markdown footnote label: only `[A-Za-z0-9-]`.
  static func footnote(_ s: String) -> String {
    sanitise(s, lowercase: false, fallback: "note") { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || scalar == "-"
    }
  }

  private static func sanitise(
    _ s: String, lowercase: Bool, fallback: String, allowed: (Unicode.Scalar) -> Bool
  ) -> String {
    var out = ""
    var pendingDash = false
    for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      var mapped = scalar
      if scalar == "đ" { mapped = "d" }
      if scalar == "Đ" { mapped = "D" }
      if lowercase, ("A"..."Z").contains(mapped), let lower = Unicode.Scalar(mapped.value + 32) {
        mapped = lower
      }
      if allowed(mapped) {
        if pendingDash { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(mapped)
      } else {
        pendingDash = true
      }
    }
    if pendingDash { out += "-" }
    return out.isEmpty ? fallback : out
  }
}

/// The page's notes numbered in order (1, 2 …), each with a label unique on the page.
///
/// Two ids that sanitise to the same label (`a.b` and `a_b` as footnotes) get `-2`, `-3` …
/// in the order of `page.notes`, so every reference resolves to its own note.
struct NoteIndex: Sendable {
  struct Entry: Sendable, Hashable {
    /// The position in `page.notes`, from 1.
    var number: Int
    /// The sanitised, unique label.
    var label: String
  }

  private var entries: [String: Entry] = [:]

  /// Numbers `notes` and labels them with `label`.
  /// - Precondition: note ids are unique.
  init(_ notes: [Note], label: (String) -> String) {
    var used = Set<String>()
    for (index, note) in notes.enumerated() {
      precondition(entries[note.id] == nil, "note '\(note.id)' appears twice in the page's notes")
      let base = label(note.id)
      var candidate = base
      var suffix = 2
      while used.contains(candidate) {
        candidate = "\(base)-\(suffix)"
        suffix += 1
      }
      used.insert(candidate)
      entries[note.id] = Entry(number: index + 1, label: candidate)
    }
  }

  /// The entry of the note `id`.
  /// - Precondition: the page's notes contain `id` (a reference without its note is a page
  ///   builder's mistake: the figure would have no source).
  func entry(_ id: String) -> Entry {
    guard let entry = entries[id] else {
      preconditionFailure("note '\(id)' is referenced but not in the page's notes")
    }
    return entry
  }
}
