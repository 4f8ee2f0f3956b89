import Catalog
import Foundation
import Support

/// A seeded generator of complete, valid dataset directories of any size, for benchmarks.
///
/// `N` provinces in region `NMM` and `M` indicators (varied units, polarities and regional
/// weights) plus the weight variables `grdp` and `population`. Every province has one action
/// program with a local source file holding all its quotes, one target per indicator for 2030
/// (growth rates for 2021–2030; every comparator, ranges and approximations, 3% qualitative),
/// two years of observations per indicator and of GRDP and population (cited to a statistical
/// yearbook known by URL), and one province in a hundred a second plan that restates four
/// targets, two of them with another figure (conflicts). The nation has one target per
/// indicator. `composite/spec.json` builds an index of all indicators in pillars of ten.
///
/// The same options always give byte-identical files: every draw comes from one SplitMix64
/// generator in a fixed order.
public enum SyntheticDataset {
  /// The size and seed of a synthetic dataset.
  public struct Options: Sendable, Hashable {
    /// The number of provinces, all in region `NMM`.
    public var units: Int
    /// The number of generated indicators, besides `grdp` and `population`.
    public var indicators: Int
    /// The seed of the one generator behind every draw.
    public var seed: UInt64

    /// - Precondition: at least one unit and one indicator.
    public init(units: Int, indicators: Int, seed: UInt64) {
      precondition(units >= 1 && indicators >= 1, "a dataset needs a unit and an indicator")
      self.units = units
      self.indicators = indicators
      self.seed = seed
    }
  }

  /// What was written.
  public struct Summary: Sendable, Hashable {
    /// The number of provinces written.
    public var provinces: Int
    /// The number of indicators in `indicators.csv`, `grdp` and `population` included.
    public var indicators: Int
    /// The number of documents, the national resolution included.
    public var documents: Int
    /// The number of targets, the national ones included.
    public var targets: Int
    /// The number of observations.
    public var observations: Int
    /// The CSV files and the composite spec: path inside the directory and size in bytes.
    public var files: [File]
    /// The source texts under `sources/`: how many, and their total size in bytes.
    public var sourceFiles: Int
    /// Their total size in bytes.
    public var sourceBytes: Int
  }

  /// One written file.
  public struct File: Sendable, Hashable {
    /// The path inside the dataset directory.
    public var path: String
    /// The size in bytes.
    public var bytes: Int
  }

  /// A directory that could not be written.
  public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as messages name it: the dataset directory, or a file inside it.
    public var path: String
    /// Why it failed, in words.
    public var reason: String

    /// `cannot write 'path': reason`, the path quoted with control characters escaped.
    public var description: String { "cannot write \(Text.quoted(path)): \(reason)" }
  }

  /// Writes the dataset to `directory`, which must not exist yet; the files appear at once
  /// (they are written next to it and renamed).
  /// - Parameters:
  ///   - options: the size and seed.
  ///   - directory: the new dataset directory.
  ///   - displayPath: how messages name it.
  /// - Returns: the counts and file sizes.
  /// - Throws: `WriteError` if the directory exists or a file cannot be written.
  /// - Complexity: O(units × indicators) time; memory of one province's rows.
  public static func write(_ options: Options, to directory: URL, displayPath: String) throws
    -> Summary
  {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: directory.path) else {
      throw WriteError(path: displayPath, reason: "it exists; choose a new directory")
    }
    let staging: StagedDirectory
    do {
      staging = try StagedDirectory(for: directory)
    } catch let failure as StagedDirectory.Failure {
      throw WriteError(path: displayPath, reason: failure.reason)
    }
    do {
      for folder in ["sources", "composite"] {
        try manager.createDirectory(
          at: staging.url.appendingPathComponent(folder), withIntermediateDirectories: false)
      }
    } catch {
      staging.discard()
      throw WriteError(path: displayPath, reason: "cannot create the directory")
    }
    var generator = SyntheticGenerator(options: options, directory: staging.url)
    let summary: Summary
    do {
      summary = try generator.run()
    } catch let error as WriteError {
      staging.discard()
      throw WriteError(path: "\(displayPath)/\(error.path)", reason: error.reason)
    } catch {
      staging.discard()
      throw error
    }
    do {
      try staging.commit()
    } catch let failure as StagedDirectory.Failure {
      throw WriteError(path: displayPath, reason: failure.reason)
    }
    return summary
  }
}

/// A file written through a buffer of about a megabyte.
final class SyntheticFile {
  let path: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private(set) var bytes = 0

  init(_ directory: URL, _ path: String) throws {
    self.path = path
    let url = directory.appendingPathComponent(path)
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: url.path)
    else { throw SyntheticDataset.WriteError(path: path, reason: "cannot create the file") }
    self.handle = handle
    buffer.reserveCapacity(1 << 20)
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { try flush() }
  }

  /// Flushes and closes the file; returns its path and size.
  func close() throws -> SyntheticDataset.File {
    try flush()
    try handle.close()
    return SyntheticDataset.File(path: path, bytes: bytes)
  }

  private func flush() throws {
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw SyntheticDataset.WriteError(path: path, reason: "\(error.localizedDescription)")
    }
    bytes += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }
}
