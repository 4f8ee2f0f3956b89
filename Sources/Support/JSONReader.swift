/// A parsed JSON value with the place it was read from, for located messages in spec files.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([(key: String, node: JSONNode)])

  /// Same kind and contents; nested nodes compare with their locations, members in order.
  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.node == $1.node }
    default: false
    }
  }

  /// Hashes an object by its member names only, so equal values still hash alike.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .number(let x): hasher.combine(x)
    case .string(let s): hasher.combine(s)
    case .array(let items): hasher.combine(items)
    case .object(let members): hasher.combine(members.map(\.key))
    }
  }
}

/// A JSON value and its location.
public struct JSONNode: Sendable, Hashable {
  /// The value as parsed.
  public var value: JSONValue
  /// Where the value starts in the file.
  public var location: SourceLocation

  /// The member `key` of an object, if this is an object that has it.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }
}

/// An RFC 8259 JSON reader that keeps line and column of every value.
public enum JSONReader {
  /// Parses `text`.
  /// - Throws: `SupportError.invalidData` with one located diagnostic.
  public static func read(_ text: String, file: String) throws -> JSONNode {
    var parser = JSONParser(scalars: Array(text.unicodeScalars), file: file)
    parser.skipWhitespace()
    let node = try parser.value(depth: 0)
    parser.skipWhitespace()
    guard parser.index == parser.scalars.count else {
      throw parser.error("unexpected text after the JSON value")
    }
    return node
  }
}

private struct JSONParser {
  package let scalars: [Unicode.Scalar]
  package let file: String
  package var index = 0
  package var line = 1
  package var column = 1

  package var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  package func error(_ message: String) -> SupportError {
    SupportError.invalidData([Diagnostic(.error, at: location, message)])
  }

  package mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  package mutating func skipWhitespace() {
    while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { advance() }
  }

  package mutating func expect(_ word: String) throws {
    for scalar in word.unicodeScalars {
      guard index < scalars.count, scalars[index] == scalar else {
        throw error("invalid literal (expected '\(word)')")
      }
      advance()
    }
  }

  package mutating func value(depth: Int) throws -> JSONNode {
    guard depth < 64 else { throw error("nesting deeper than 64 levels") }
    guard index < scalars.count else { throw error("unexpected end of file") }
    let start = location
    switch scalars[index] {
    case "{": return JSONNode(value: try object(depth: depth), location: start)
    case "[": return JSONNode(value: try array(depth: depth), location: start)
    case "\"": return JSONNode(value: .string(try string()), location: start)
    case "t":
      try expect("true")
      return JSONNode(value: .bool(true), location: start)
    case "f":
      try expect("false")
      return JSONNode(value: .bool(false), location: start)
    case "n":
      try expect("null")
      return JSONNode(value: .null, location: start)
    default: return JSONNode(value: .number(try number()), location: start)
    }
  }

  package mutating func object(depth: Int) throws -> JSONValue {
    advance()
    var members: [(key: String, node: JSONNode)] = []
    skipWhitespace()
    if index < scalars.count, scalars[index] == "}" {
      advance()
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < scalars.count, scalars[index] == "\"" else {
        throw error("expected a member name in quotes")
      }
      let keyLocation = location
      let key = try string()
      if members.contains(where: { $0.key == key }) {
        throw SupportError.invalidData([
          Diagnostic(.error, at: keyLocation, "duplicate member \(Text.quoted(key))")
        ])
      }
      skipWhitespace()
      guard index < scalars.count, scalars[index] == ":" else {
        throw error("expected ':' after the member name")
      }
      advance()
      skipWhitespace()
      members.append((key, try value(depth: depth + 1)))
      skipWhitespace()
      guard index < scalars.count else { throw error("unexpected end of file in an object") }
      if scalars[index] == "," {
        advance()
        continue
      }
      guard scalars[index] == "}" else { throw error("expected ',' or '}'") }
      advance()
      return .object(members)
    }
  }

  package mutating func array(depth: Int) throws -> JSONValue {
    advance()
    var items: [JSONNode] = []
    skipWhitespace()
    if index < scalars.count, scalars[index] == "]" {
      advance()
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try value(depth: depth + 1))
      skipWhitespace()
      guard index < scalars.count else { throw error("unexpected end of file in an array") }
      if scalars[index] == "," {
        advance()
        continue
      }
      guard scalars[index] == "]" else { throw error("expected ',' or ']'") }
      advance()
      return .array(items)
    }
  }

  package mutating func string() throws -> String {
    advance()
    var out = String.UnicodeScalarView()
    while true {
      guard index < scalars.count else { throw error("string is never closed") }
      let scalar = scalars[index]
      if scalar == "\"" {
        advance()
        return String(out)
      }
      if scalar.value < 0x20 { throw error("control character in a string (write it escaped)") }
      if scalar == "\\" {
        advance()
        guard index < scalars.count else { throw error("string is never closed") }
        let escaped = scalars[index]
        advance()
        switch escaped {
        case "\"": out.append("\"")
        case "\\": out.append("\\")
        case "/": out.append("/")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "u":
          let code = try hex4()
          if (0xD800...0xDBFF).contains(code) {
            guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u"
            else {
              throw error("unpaired surrogate in \\u escape")
            }
            advance()
            advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low),
              let s = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
            else { throw error("invalid surrogate pair") }
            out.append(s)
          } else {
            guard let s = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
            out.append(s)
          }
        default: throw error("invalid escape \(Text.quoted("\\\(escaped)"))")
        }
        continue
      }
      out.append(scalar)
      advance()
    }
  }

  package mutating func hex4() throws -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard index < scalars.count, let digit = UInt32(String(scalars[index]), radix: 16) else {
        throw error("invalid \\u escape (four hex digits)")
      }
      code = code * 16 + digit
      advance()
    }
    return code
  }

  package mutating func number() throws -> Double {
    let start = location
    var text = ""
    while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
      text.unicodeScalars.append(scalars[index])
      advance()
    }
    guard !text.isEmpty else {
      throw error("unexpected character \(Text.quoted(String(scalars[index])))")
    }
    guard isJSONNumber(text), let value = Double(text), value.isFinite else {
      throw SupportError.invalidData([
        Diagnostic(.error, at: start, "invalid number \(Text.quoted(text))")
      ])
    }
    return value
  }

  /// The JSON number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  package func isJSONNumber(_ s: String) -> Bool {
    let chars = Array(s)
    var i = 0
    func digits() -> Int {
      let start = i
      while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
      return i - start
    }
    if i < chars.count, chars[i] == "-" { i += 1 }
    if i < chars.count, chars[i] == "0" { i += 1 } else if digits() == 0 { return false }
    if i < chars.count, chars[i] == "." {
      i += 1
      if digits() == 0 { return false }
    }
    if i < chars.count, chars[i] == "e" || chars[i] == "E" {
      i += 1
      if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
      if digits() == 0 { return false }
    }
    return i == chars.count
  }
}
