// libFuzzer harness: the small parsers of CSV fields (scripts/fuzz Parsers).
//
// The input, as UTF-8 text, goes through every field parser: comparator, year or period,
// number (and the advice given for a bad one), calendar date, unit, kind, confidence and
// weighting. A year, period or date that a parser accepts must be exactly how it writes that
// value back, and a number must read back from how Swift writes it, so one value has one
// spelling and the written form is always readable.
import Foundation

@testable import Catalog
@testable import Support

/// libFuzzer's entry: runs every field parser on `size` bytes at `data` as UTF-8 text.
/// Traps when a value does not read back; returns 0, as libFuzzer expects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for field in [text, Text.nfc(Text.trimmed(text))] {
    parse(field)
  }
  return 0
}

func parse(_ field: String) {
  if let comparison = Comparison(csv: field) {
    guard Comparison(csv: comparison.rawValue) == comparison, !comparison.symbol.isEmpty else {
      fatalError("comparator \(Text.quoted(field)) does not read back")
    }
  }
  if let horizon = Horizon(csv: field) {
    guard (1000...9999).contains(horizon.year),
      horizon.startYear.map({ $0 < horizon.year }) ?? true,
      horizon.csv == field.replacingOccurrences(of: "–", with: "-")
    else { fatalError("year \(Text.quoted(field)) read as \(horizon), which does not read back") }
  }
  if let number = RowReader.parseNumber(field) {
    // Swift writes the shortest spelling that reads back; CSV numbers have no exponent.
    let written = String(number)
    guard number.isFinite, written.contains("e") || RowReader.parseNumber(written) == number
    else { fatalError("number \(Text.quoted(field)) read as \(number), which does not read back") }
    _ = QuantityDecoding.format(number)
  } else {
    let advice = RowReader.numberAdvice(field, column: "value")
    guard advice.hasPrefix("invalid number "), !advice.contains("\n") else {
      fatalError("advice for \(Text.quoted(field)) is \(advice)")
    }
  }
  if let day = Day(iso: field) {
    guard day.description == field else {
      fatalError("date \(Text.quoted(field)) read as \(day), which does not read back")
    }
  }
  for parsed in [
    Unit(rawValue: field)?.rawValue, TargetKind(rawValue: field)?.rawValue,
    Confidence(rawValue: field)?.rawValue,
  ] {
    if let parsed, parsed != field { fatalError("\(Text.quoted(field)) read as '\(parsed)'") }
  }
  let weighting = Weighting(csv: field)
  guard Weighting(csv: weighting.description) == weighting else {
    fatalError("weighting \(Text.quoted(field)) does not read back")
  }
  let quoted = Text.quoted(field)
  // Scalars, not characters: a leading combining mark joins the opening quote's character.
  let scalars = quoted.unicodeScalars
  guard scalars.first == "'", scalars.last == "'", !scalars.contains("\n"), !scalars.contains("\r")
  else { fatalError("Text.quoted(\(field.debugDescription)) is \(quoted)") }
  _ = Text.nearest(to: field, in: Unit.allCases.map(\.rawValue))
  _ = Text.nearest(
    to: field, in: Comparison.allCases.map(\.rawValue), key: { $0.lowercased() })
}
