import Benchmark
import Catalog
import Composite
import Extraction
import Foundation
import Support

/// `provbench catalog validate`: loads the dataset and reports every problem.
struct CatalogValidateCommand: Command {
  static let spec = CommandSpec(
    path: ["catalog", "validate"],
    overview:
      "Check the dataset and its composite specs and report every error and warning, located by file:line:column.",
    options: [langOption(default: .en, "nothing here: its messages are English"), dataOption])

  var dataPath: String?

  init(_ arguments: ParsedArguments) throws {
    dataPath = arguments.options["--data"]
  }

  func run(_ environment: Environment) throws -> CommandOutput {
    let loaded = try loadCatalog(dataPath, environment)
    let catalog = loaded.catalog
    var all = loaded.warnings
    // The extraction lexicon is data too: check it when the dataset has one.
    let (url, display) = try DataDirectory.resolve(
      option: dataPath, environment: environment.variables,
      currentDirectory: environment.currentDirectory)
    let lexicon = url.appendingPathComponent("lexicon.csv")
    if FileManager.default.fileExists(atPath: lexicon.path) {
      all += try Lexicon.load(
        from: lexicon, displayPath: "\(display)/lexicon.csv", indicators: catalog.indicators
      ).warnings
    }
    // The composite specs shipped with the data are data too: each is read whole (every
    // block, the uncertainty alternatives included) and its input built.
    var specErrors: [Diagnostic] = []
    let composite = url.appendingPathComponent("composite")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: composite.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") {
      let shown = "\(display)/composite/\(name)"
      do {
        let spec = try CompositeSpecFile.read(
          composite.appendingPathComponent(name), displayPath: shown)
        _ = try spec.input(catalog: catalog)
      } catch CompositeError.invalidSpec(let diagnostics) {
        specErrors += diagnostics
      } catch let error as CatalogError {
        specErrors += error.diagnostics
      } catch {
        specErrors.append(
          Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), "\(error)"))
      }
    }
    if !specErrors.isEmpty { throw CatalogError.invalidData(specErrors + all) }
    let warnings = all.map { "\($0)\n" }.joined()
    let summary =
      "\(catalog.directory): ok: \(catalog.documents.count) documents,"
      + " \(catalog.provinces.count) provinces, \(catalog.indicators.count) indicators,"
      + " \(catalog.targets.count) targets, \(catalog.observations.count) observations;"
      + " \(all.count) warning\(all.count == 1 ? "" : "s")\n"
    return CommandOutput(stdout: summary, stderr: warnings)
  }
}
