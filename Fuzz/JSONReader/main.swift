// libFuzzer harness: the JSON reader on arbitrary bytes (scripts/fuzz JSONReader).
//
// The bytes are decoded as the composite spec loader decodes them (invalid UTF-8 replaced).
// An error must be one located diagnostic; a value, written back as JSON and read again,
// must be the same value.
import Foundation

@testable import Catalog
@testable import Support

let file = "spec.json"

/// libFuzzer's entry: reads `size` bytes at `data` as JSON and traps on a broken promise.
/// Returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let node: JSONNode
  do {
    node = try JSONReader.read(text, file: file)
  } catch let error as SupportError {
    guard case .invalidData(let diagnostics) = error, diagnostics.count == 1,
      let only = diagnostics.first, only.location.file == file, only.location.line >= 1,
      only.location.column >= 1, !only.message.contains(where: \.isNewline)
    else { fatalError("expected one located, one-line diagnostic, got \(error)") }
    return 0
  } catch {
    fatalError("JSONReader threw a non-Support error: \(error)")
  }
  let written = write(node.value)
  do {
    let again = try JSONReader.read(written, file: file)
    guard same(again.value, node.value) else { fatalError("\(written) reads differently") }
  } catch {
    fatalError("\(written) does not read again: \(error)")
  }
  return 0
}

/// Whether `a` and `b` are the same value (`==` also compares the locations of nested nodes).
func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
  switch (a, b) {
  case (.array(let x), .array(let y)):
    return x.count == y.count && zip(x, y).allSatisfy { same($0.value, $1.value) }
  case (.object(let x), .object(let y)):
    return x.count == y.count
      && zip(x, y).allSatisfy { $0.key == $1.key && same($0.node.value, $1.node.value) }
  default:
    return a == b
  }
}

/// `value` as compact JSON.
func write(_ value: JSONValue) -> String {
  switch value {
  case .null: return "null"
  case .bool(let b): return b ? "true" : "false"
  case .number(let x): return "\(x)"
  case .string(let s): return string(s)
  case .array(let items): return "[" + items.map { write($0.value) }.joined(separator: ",") + "]"
  case .object(let members):
    return "{"
      + members.map { string($0.key) + ":" + write($0.node.value) }
      .joined(separator: ",") + "}"
  }
}

func string(_ s: String) -> String {
  var out = "\""
  for scalar in s.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    default:
      if scalar.value < 0x20 {
        out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}
