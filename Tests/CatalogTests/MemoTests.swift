import Testing

@testable import Catalog

/// Derived values (regional statistics) are built once per key, a nil result included, and
/// dropped when the catalog changes.
@Suite struct MemoTests {
  @Test func builtOncePerKeyAlsoForNil() {
    var catalog = Catalog()
    var builds = 0
    let first: Int? = catalog.memoised("k") {
      builds += 1
      return nil
    }
    let second: Int? = catalog.memoised("k") {
      builds += 1
      return 5
    }
    #expect(first == nil && second == nil && builds == 1)
    let other: Int? = catalog.memoised("other") {
      builds += 1
      return 7
    }
    #expect(other == 7 && builds == 2)
    catalog.targets = []
    let after: Int? = catalog.memoised("k") {
      builds += 1
      return 5
    }
    #expect(after == 5 && builds == 3, "a changed catalog never answers from stale data")
  }
}
