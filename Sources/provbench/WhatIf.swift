import Catalog
import Foundation
import Reports

/// `--with PATH` of compare and gaps: the catalog after a draft. PATH is a dataset directory
/// written by `provbench draft --out`, or a CSV file of target rows in the `targets.csv`
/// format; its targets replace the current ones for the same geo, indicator and year.
enum WhatIf {
  static let option = OptionSpec(
    name: "--with", value: "draft",
    help: "A draft dataset directory (from 'draft --out') or targets CSV: show before and after.")

  static func load(_ path: String, dataPath: String?, _ environment: Environment) throws -> Catalog
  {
    let url =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path)
      : URL(fileURLWithPath: environment.currentDirectory).appendingPathComponent(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CatalogError.unreadableFile(path: path, reason: "no such file or directory")
    }
    if isDirectory.boolValue {
      let catalog = try CatalogLoader.load(from: url, displayPath: path).catalog
      return catalog.superseding(with: catalog.draftTargetIDs)
    }
    let (base, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let catalog = try CatalogLoader.load(
      from: base, displayPath: display, extraTargets: (url, path)
    ).catalog
    return catalog.superseding(
      with: Set(catalog.targets.filter { $0.location.file == path }.map(\.id)))
  }
}

/// Puts the before and after outputs of a what-if together in the requested format.
enum WhatIfOutput {
  static func join(
    before: String, after: String, with: String, format: ListingFormat, language: Language = .en
  ) -> String {
    let (was, now) = (Label.listBefore.text(language), Label.listAfterWith.text(language))
    switch format {
    case .table: return "== \(was) ==\n\(before)\n== \(now) \(with)) ==\n\(after)"
    case .md: return "# \(was)\n\n\(before)\n# \(now) \(with))\n\n\(after)"
    case .json:
      return
        "{\n\"schema\": \"provbench.whatif/\(JSON.schemaVersion)\",\n"
        + "\"before\": \(before.trimmingSuffixNewline),\n\"after\": \(after.trimmingSuffixNewline)\n}\n"
    case .csv:
      let lines = { (text: String, tag: String) -> [String] in
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
          .enumerated().map {
            $0.offset == 0 ? "scenario,\($0.element)" : "\(tag),\($0.element)"
          }
      }
      let b = lines(before, "before")
      let a = lines(after, "after").dropFirst()
      return (b + a).joined(separator: "\n") + "\n"
    }
  }
}

extension String {
  var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
