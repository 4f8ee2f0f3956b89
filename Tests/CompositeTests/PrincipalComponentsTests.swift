import Testing

@testable import Composite

@Suite struct PrincipalComponentsTests {
  @Test func twoColumnsHandComputed() throws {
    // correlation r = 0.5: eigenvalues 1.5 and 0.5, PC1 (1, 1)/√2
    let pca = try PrincipalComponents(
      codes: ["a", "b"], columns: [[1, 2, 3, 4], [2, 1, 4, 3]])
    #expect(agree(pca.eigenvalues[0], 1.6, within: 1e-14))
    #expect(agree(pca.eigenvalues[1], 0.4, within: 1e-14))
    #expect(pca.weights.allSatisfy { agree($0, 0.5.squareRoot(), within: 1e-14) })
    #expect(agree(pca.varianceShares[0], 0.8, within: 1e-14))
  }

  @Test func undefinedAnalysesSayWhy() {
    #expect(throws: PrincipalComponents.Problem.constantColumn("b")) {
      try PrincipalComponents(codes: ["a", "b"], columns: [[1, 2, 3], [5, 5, 5]])
    }
    #expect(throws: PrincipalComponents.Problem.tooFewCompleteUnits(1)) {
      try PrincipalComponents(codes: ["a", "b"], columns: [[1, .nan, 3], [5, 6, .nan]])
    }
  }

  /// `get_PCA(dset = "Aggregated", Level = 1, 2, 3)`: standard deviations, shares of variance,
  /// every loading (COINr's signs turned to the engine's convention) and the PCA weights.
  @Test func componentsMatchCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    var ours: [String: PrincipalComponents] = [:]
    for group in audit.components {
      guard case .success(let pca) = group.analysis else {
        Issue.record("no PCA for \(group.group)")
        continue
      }
      ours[group.group] = pca
    }
    let variance = try AuditFixtures.rows("pca_variance.csv")
    #expect(variance.count == ours.values.reduce(0) { $0 + $1.codes.count })
    for row in variance {
      guard let pca = ours[row["Group"]], let component = Int(row["Component"]) else {
        Issue.record("unknown group \(row["Group"])")
        continue
      }
      #expect(agree(pca.standardDeviations[component - 1], row.number("SD"), within: 1e-12))
      #expect(agree(pca.varianceShares[component - 1], row.number("Proportion"), within: 1e-12))
    }
    var expected: [String: [Int: [String: Double]]] = [:]
    for row in try AuditFixtures.rows("pca_loadings.csv") {
      guard let component = Int(row["Component"]), let loading = row.number("Loading") else {
        continue
      }
      expected[row["Group"], default: [:]][component, default: [:]][row["iCode"]] = loading
    }
    for (group, components) in expected {
      guard let pca = ours[group] else { continue }
      for (component, loadings) in components {
        let theirs = pca.codes.map { loadings[$0] ?? .nan }
        let sum = theirs.reduce(0, +)
        let sign = sum < 0 || (sum == 0 && (theirs.first { $0 != 0 } ?? 0) < 0) ? -1.0 : 1.0
        for (index, code) in pca.codes.enumerated() {
          #expect(
            agree(pca.loadings[component - 1][index], sign * theirs[index], within: 1e-9),
            "\(group) PC\(component) \(code)")
        }
      }
    }
    for row in try AuditFixtures.rows("pca_weights.csv") {
      let group = audit.components.first { group in
        (try? group.analysis.get().codes.contains(row["iCode"])) == true
      }
      guard let pca = try group?.analysis.get(), let index = pca.codes.firstIndex(of: row["iCode"])
      else {
        Issue.record("no weight for \(row["iCode"])")
        continue
      }
      // COINr's weight is PC1's loading with LAPACK's sign: compare magnitudes, signs checked
      // above through the loadings
      #expect(agree(abs(pca.weights[index]), abs(row.number("Weight") ?? .nan), within: 1e-9))
    }
  }
}
