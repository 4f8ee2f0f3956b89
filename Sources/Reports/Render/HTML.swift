/// A fragment of HTML built so that data can only enter escaped.
///
/// Like Plot's `.text` and `.raw`: `text` and every attribute value are escaped when the tree
/// is written, exactly once; `raw` accepts only a `StaticString`, i.e. the renderer's own
/// literal markup (stylesheet, script, doctype), never a value computed from data.
indirect enum HTML: Sendable {
  /// An element. `block` writes each child on its own line, for readable output.
  case element(String, Attributes, [HTML], block: Bool)
  /// A void HTML element (`<meta>`) or an empty SVG element (`<circle/>`).
  case empty(String, Attributes, selfClosing: Bool)
  /// Text content: `& < > " '` are escaped.
  case text(String)
  /// The renderer's constant markup, written as is.
  case raw(StaticString)
  /// Several nodes with nothing around them.
  case group([HTML])

  /// An inline element: children are written next to each other.
  static func inline(_ name: String, _ attributes: Attributes = [:], _ children: [HTML] = [])
    -> HTML
  {
    .element(name, attributes, children, block: false)
  }

  /// A block element: each child on its own line.
  static func block(_ name: String, _ attributes: Attributes = [:], _ children: [HTML] = [])
    -> HTML
  {
    .element(name, attributes, children, block: true)
  }

  /// The markup, escaped.
  func rendered() -> String {
    var out = ""
    write(into: &out)
    return out
  }

  /// Appends the markup to `out`.
  /// - Complexity: O(n) in the size of the output.
  func write(into out: inout String) {
    switch self {
    case .element(let name, let attributes, let children, let block):
      HTML.checkName(name)
      out += "<" + name
      attributes.write(into: &out)
      out += block ? ">\n" : ">"
      for child in children {
        child.write(into: &out)
        if block { out += "\n" }
      }
      out += "</" + name + ">"
    case .empty(let name, let attributes, let selfClosing):
      HTML.checkName(name)
      out += "<" + name
      attributes.write(into: &out)
      out += selfClosing ? "/>" : ">"
    case .text(let text):
      out += HTML.escape(text)
    case .raw(let markup):
      out += markup.description
    case .group(let nodes):
      for node in nodes { node.write(into: &out) }
    }
  }

  /// `s` with `& < > " '` replaced by character references, for text and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for character in s.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  /// Element and attribute names come from the renderer, never from data.
  static func checkName(_ name: String) {
    precondition(
      !name.isEmpty
        && name.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            || $0 == "-" || $0 == ":"
        },
      "not a markup name: '\(name)'")
  }
}

/// The attributes of an element, in the order given; values are escaped when written.
struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
  private(set) var pairs: [Pair] = []

  struct Pair: Sendable, Hashable {
    var name: String
    var value: String
  }

  init(dictionaryLiteral elements: (String, String)...) {
    pairs = elements.map { Pair(name: $0.0, value: $0.1) }
  }

  /// Appends `name="value"`, or nothing when `value` is nil.
  mutating func add(_ name: String, _ value: String?) {
    guard let value else { return }
    pairs.append(Pair(name: name, value: value))
  }

  /// A copy with `name="value"` appended (nothing when `value` is nil).
  func adding(_ name: String, _ value: String?) -> Attributes {
    var copy = self
    copy.add(name, value)
    return copy
  }

  func write(into out: inout String) {
    for pair in pairs {
      HTML.checkName(pair.name)
      out += " " + pair.name + "=\"" + HTML.escape(pair.value) + "\""
    }
  }
}
