/// A JSON value written with keys in the order given, so output is byte-for-byte stable.
public enum JSON: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  /// Equal when both render to the same text.
  public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.rendered() == rhs.rendered() }
  /// Hashes the rendered text, as `==` compares it.
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// The document every `--format json` output is: an object whose first member names its
  /// shape and version (`"schema": "provbench.gaps/1"`, see docs/formats.md), then `members`.
  public static func document(_ kind: String, _ members: [(String, JSON)]) -> JSON {
    .object([("schema", .string("provbench.\(kind)/\(schemaVersion)"))] + members)
  }

  /// The version of the JSON shapes; raised when a shape changes incompatibly.
  public static let schemaVersion = 1

  /// A string value, or `null` when `s` is nil.
  public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

  /// A number value, or `null` when `x` is nil.
  public static func optional(_ x: Double?) -> JSON { x.map(JSON.number) ?? .null }

  /// The JSON text, indented by two spaces per level.
  public func rendered(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    // JSON has no NaN or infinity: a value that is not finite is unknown
    case .number(let x): return x.isFinite ? NumberFormat.data(x) : "null"
    case .string(let s): return JSON.quote(s)
    case .array(let items):
      if items.isEmpty { return "[]" }
      let body = items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n")
      return "[\n\(body)\n\(closePad)]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let body = members.map { pad + JSON.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
        .joined(separator: ",\n")
      return "{\n\(body)\n\(closePad)}"
    }
  }

  /// `s` as a JSON string literal; control characters escaped, everything else kept as UTF-8.
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
