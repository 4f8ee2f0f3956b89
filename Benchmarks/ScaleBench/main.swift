import Benchmark
import Catalog
import Composite
import Foundation
import Reports
import Support

// The in-process half of Benchmarks/run-scale.sh (the CLI half times whole commands):
//
//   ScaleBench csv [--repeat N] FILE...
//       provbench's CSV reader alone (`CSVReader.forEachRecord`: every field becomes a String,
//       nothing is kept), best of N, for Benchmarks/csv_ingest.py to set against pandas.
//   ScaleBench stages DIR [--province ID] [--indicator ID]
//       loads DIR once, then times each stage on the loaded catalog: align (one indicator,
//       and all), gaps of one province, rank of one indicator, the composite of
//       DIR/composite/spec.json, each with its listing rendered as the CLI would.
//
// One JSON object per line on stdout.

func seconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ fields: KeyValuePairs<String, Any>) {
  let items = fields.map { key, value -> String in
    switch value {
    case let text as String: "\"\(key)\": \"\(text)\""
    case let number as Double: "\"\(key)\": \(String(format: "%.4f", number))"
    default: "\"\(key)\": \(value)"
    }
  }
  FileHandle.standardOutput.write(Data(("{" + items.joined(separator: ", ") + "}\n").utf8))
}

func csv(_ arguments: [String]) throws {
  var repeats = 3
  var files: [String] = []
  var words = arguments[...]
  while let word = words.popFirst() {
    if word == "--repeat" {
      repeats = Int(words.popFirst() ?? "") ?? repeats
    } else {
      files.append(word)
    }
  }
  for path in files {
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    var best = Double.infinity
    var records = 0
    var cells = 0
    for _ in 0..<repeats {
      cells = 0
      best = min(
        best,
        try seconds {
          records = try CSVReader.forEachRecord(
            contentsOf: URL(fileURLWithPath: path), displayPath: path
          ) { fields, _ in cells += fields.count }
        })
    }
    report([
      "reader": "provbench", "file": path, "bytes": size, "records": records, "cells": cells,
      "seconds": best, "mb_per_s": Double(size) / 1e6 / best,
    ])
  }
}

func stages(_ arguments: [String]) throws {
  guard let directory = arguments.first else { throw Usage() }
  var province = "p00001"
  var indicator = "i0001"
  var words = arguments.dropFirst()
  while let word = words.popFirst() {
    switch word {
    case "--province": province = words.popFirst() ?? province
    case "--indicator": indicator = words.popFirst() ?? indicator
    default: throw Usage()
    }
  }
  var loaded: LoadedCatalog?
  let load = try seconds {
    loaded = try CatalogLoader.load(from: URL(fileURLWithPath: directory), displayPath: directory)
  }
  guard let catalog = loaded?.catalog else { throw Usage() }
  report([
    "stage": "load and validate", "seconds": load, "targets": catalog.targets.count,
    "observations": catalog.observations.count,
  ])
  func stage(_ name: String, _ work: () throws -> String) rethrows {
    var output = ""
    let time = try seconds { output = try work() }
    report(["stage": name, "seconds": time, "output_bytes": output.utf8.count])
  }
  stage("align --indicator \(indicator)") {
    let alignment = catalog.align(geography: .before2025, indicator: indicator)
    return AlignmentListing.render(alignment, catalog: catalog, format: .table)
  }
  stage("align (all indicators, no listing)") {
    let alignment = catalog.align(geography: .before2025)
    return "\(alignment.groups.count) groups"
  }
  stage("gaps \(province)") {
    let gaps = catalog.gaps(of: province, geography: .before2025)
    return GapsListing.render(gaps, catalog: catalog, format: .table)
  }
  stage("rank --indicator \(indicator)") {
    guard
      let statistic = catalog.regionalStatistic(
        indicator: indicator, year: 2030, geography: .before2025)
    else { return "" }
    return RankListing.render(statistic, catalog: catalog, format: .table)
  }
  let specURL = URL(fileURLWithPath: directory).appendingPathComponent("composite/spec.json")
  try stage("index --spec composite/spec.json") {
    let spec = try CompositeSpecFile.read(specURL, displayPath: "spec.json")
    let input = try spec.input(catalog: catalog)
    let result = try CompositePipeline.run(input, spec: spec.build)
    let names = Dictionary(
      zip(input.data.unitCodes, input.unitNames), uniquingKeysWith: { a, _ in a })
    return CompositeListing.index(result, names: names, format: .table)
  }
}

struct Usage: Error, CustomStringConvertible {
  var description: String {
    "usage: ScaleBench csv [--repeat N] FILE... | stages DIR [--province ID] [--indicator ID]"
  }
}

do {
  let arguments = Array(CommandLine.arguments.dropFirst())
  switch arguments.first {
  case "csv": try csv(Array(arguments.dropFirst()))
  case "stages": try stages(Array(arguments.dropFirst()))
  default: throw Usage()
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
