import Foundation
import Support

/// Finds the dataset directory: `--data`, then `PROVBENCH_DATA`, then `./datasets`.
public enum DataDirectory {
  /// The directory to load and how to name it in messages.
  /// - Parameters:
  ///   - option: the `--data` value, if given.
  ///   - environment: the process environment (for `PROVBENCH_DATA`).
  ///   - currentDirectory: where `./datasets` is looked for.
  /// - Throws: `CatalogError.dataDirectoryNotFound` listing what was tried.
  public static func resolve(
    option: String?, environment: [String: String], currentDirectory: String
  ) throws -> (url: URL, displayPath: String) {
    let candidates: [(String, String)]
    if let option {
      candidates = [(option, "--data \(Text.quoted(option))")]
    } else if let variable = environment["PROVBENCH_DATA"], !variable.isEmpty {
      candidates = [(variable, "PROVBENCH_DATA=\(Text.quoted(variable))")]
    } else {
      candidates = [("datasets", "./datasets")]
    }
    for (path, _) in candidates {
      let url =
        path.hasPrefix("/")
        ? URL(fileURLWithPath: path)
        : URL(fileURLWithPath: currentDirectory).appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return (url, path)
      }
    }
    var tried = candidates.map(\.1)
    if option == nil && environment["PROVBENCH_DATA"] == nil {
      tried = ["--data (not given)", "PROVBENCH_DATA (not set)"] + tried
    }
    throw CatalogError.dataDirectoryNotFound(tried: tried)
  }
}
