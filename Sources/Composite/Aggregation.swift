import Foundation
import Support

/// How children are combined into their parent (COINr's `a_*` functions).
public enum AggregationMethod: Sendable, Hashable {
  /// `Σ wx / Σ w` (`a_amean`).
  case arithmetic
  /// `exp(Σ w log x / Σ w)`; every available value must be positive (`a_gmean`).
  case geometric
  /// `Σ w / Σ (w / x)`; no available value may be zero (`a_hmean`).
  case harmonic
  /// `(Σ w x^p / Σ w)^(1/p)` with `p ≠ 0` (`a_genmean`): p = 1 is the arithmetic mean, p = −1
  /// the harmonic. Values must be positive for `p < 0` (as COINr) and not negative for `p > 0`
  /// (COINr would take `x^p` of a negative value).
  case generalised(p: Double)
  /// The Copeland score (`a_copeland`): over the other units, +1 for each one the unit
  /// outranks (the weight of the children where it is higher, plus half of where they are
  /// equal, above one half), −1 for each that outranks it, 0 for a tie.
  case copeland

  /// The methods without a parameter, by the names the spec uses.
  public static let named: [String: AggregationMethod] = [
    "arithmetic": .arithmetic, "geometric": .geometric, "harmonic": .harmonic,
    "copeland": .copeland,
  ]

  /// The name as the spec and messages write it (`generalised (p = 2)`).
  public var name: String {
    switch self {
    case .arithmetic: return "arithmetic"
    case .geometric: return "geometric"
    case .harmonic: return "harmonic"
    case .generalised(let p): return "generalised (p = \(Text.plainNumber(p)))"
    case .copeland: return "copeland"
    }
  }

  /// What the values must be, for messages; nil when any value will do.
  var requirement: String? {
    switch self {
    case .arithmetic, .copeland: return nil
    case .geometric: return "positive values"
    case .harmonic: return "non-zero values"
    case .generalised(let p): return p < 0 ? "positive values" : "values that are not negative"
    }
  }

  /// Whether `x` is a value the method cannot take.
  @inline(__always) func cannotTake(_ x: Double) -> Bool {
    switch self {
    case .arithmetic, .copeland: return false
    case .geometric: return x <= 0
    case .harmonic: return x == 0
    case .generalised(let p): return p < 0 ? x <= 0 : x < 0
    }
  }
}

/// How the hierarchy is aggregated level by level, following COINr's `Aggregate()`.
///
/// Missing children are skipped and the weights of the available ones re-normalised, as
/// `a_amean`, `a_gmean` and `a_hmean` do (and `a_genmean` means to; see docs/composite.md).
/// With a data threshold, a unit whose share of available children is below it gets a missing
/// aggregate (`dat_thresh`).
public struct Aggregation: Sendable, Hashable {
  /// The method used at every level not in `methodByLevel` (`f_ag`).
  public var method: AggregationMethod
  /// Methods for particular levels (the level of the aggregate being computed, 2…L).
  public var methodByLevel: [Int: AggregationMethod]
  /// The minimum share of available children, 0…1, or nil for no minimum (`dat_thresh`).
  public var dataThreshold: Double?
  /// Weights replacing the metadata weights, by code (COINr's `w` data frame).
  public var weights: [String: Double]

  /// Creates an aggregation; the defaults are COINr's (arithmetic, no threshold).
  /// - Precondition: `dataThreshold` is nil or in 0…1.
  public init(
    method: AggregationMethod = .arithmetic, methodByLevel: [Int: AggregationMethod] = [:],
    dataThreshold: Double? = nil, weights: [String: Double] = [:]
  ) {
    precondition(dataThreshold.map { (0...1).contains($0) } ?? true, "dataThreshold in 0...1")
    self.method = method
    self.methodByLevel = methodByLevel
    self.dataThreshold = dataThreshold
    self.weights = weights
  }

  /// The method for aggregates at `level`.
  public func method(forLevel level: Int) -> AggregationMethod {
    methodByLevel[level] ?? method
  }
}

/// Where an aggregation stopped: a value the geometric or harmonic mean cannot take.
struct AggregationFailure: Sendable {
  var node: Int
  var unit: Int
  var value: Double
  var method: AggregationMethod
}

/// Reusable work arrays for `Aggregation.aggregate`, so repeated runs do not allocate:
/// per unit, the weighted sum, the weight sum, the count of available children and the first
/// value the mean cannot take.
struct AggregationScratch {
  var storage: [Double] = []
}

extension Aggregation {
  /// Computes every aggregate column from the indicator columns, level by level.
  /// - Parameters:
  ///   - values: node-major buffer (`node * unitCount + unit`) with the indicator columns filled.
  ///   - steps: the framework's aggregates in computation order.
  ///   - weights: one weight per node.
  ///   - methods: one method per step.
  ///   - logs: `log` of the indicator columns (node-major, as `values`), or empty; when given,
  ///     a geometric mean reads an indicator's log here rather than taking it again (the same
  ///     value, so the same result).
  /// - Returns: nil, or the first value a geometric or harmonic mean cannot take.
  /// - Complexity: O(units × nodes).
  static func aggregate(
    _ values: UnsafeMutableBufferPointer<Double>, unitCount: Int,
    steps: [CompositeFramework.AggregateStep], weights: [Double], methods: [AggregationMethod],
    threshold: Double?, scratch: inout AggregationScratch,
    logs: UnsafeBufferPointer<Double> = UnsafeBufferPointer(start: nil, count: 0)
  ) -> AggregationFailure? {
    if scratch.storage.count != 4 * unitCount {
      scratch.storage = [Double](repeating: 0, count: 4 * unitCount)
    }
    return scratch.storage.withUnsafeMutableBufferPointer { storage in
      let sums = UnsafeMutableBufferPointer(rebasing: storage[0..<unitCount])
      let weightSums = UnsafeMutableBufferPointer(rebasing: storage[unitCount..<2 * unitCount])
      let counts = UnsafeMutableBufferPointer(rebasing: storage[2 * unitCount..<3 * unitCount])
      let bad = UnsafeMutableBufferPointer(rebasing: storage[3 * unitCount..<4 * unitCount])
      for (stepIndex, step) in steps.enumerated() {
        let method = methods[stepIndex]
        sums.update(repeating: 0)
        weightSums.update(repeating: 0)
        counts.update(repeating: 0)
        bad.update(repeating: .nan)
        for child in step.children {
          let weight = weights[child]
          let column = UnsafeMutableBufferPointer(
            rebasing: values[child * unitCount..<(child + 1) * unitCount])
          switch method {
          case .arithmetic:
            for unit in 0..<unitCount where !column[unit].isNaN {
              sums[unit] += weight * column[unit]
              weightSums[unit] += weight
              counts[unit] += 1
            }
          case .geometric:
            let known = (child + 1) * unitCount <= logs.count
            for unit in 0..<unitCount where !column[unit].isNaN {
              let x = column[unit]
              if x <= 0, bad[unit].isNaN { bad[unit] = x }
              sums[unit] += weight * (known ? logs[child * unitCount + unit] : log(x))
              weightSums[unit] += weight
              counts[unit] += 1
            }
          case .harmonic:
            for unit in 0..<unitCount where !column[unit].isNaN {
              let x = column[unit]
              if x == 0, bad[unit].isNaN { bad[unit] = x }
              sums[unit] += weight / x
              weightSums[unit] += weight
              counts[unit] += 1
            }
          case .generalised(let p):
            for unit in 0..<unitCount where !column[unit].isNaN {
              let x = column[unit]
              if method.cannotTake(x), bad[unit].isNaN { bad[unit] = x }
              sums[unit] += weight * pow(x, p)
              weightSums[unit] += weight
              counts[unit] += 1
            }
          case .copeland:
            // counted here for the threshold; the scores need every unit (below)
            for unit in 0..<unitCount where !column[unit].isNaN { counts[unit] += 1 }
          }
        }
        let childCount = Double(step.children.count)
        let minimumShare = threshold ?? -1
        let output = UnsafeMutableBufferPointer(
          rebasing: values[step.node * unitCount..<(step.node + 1) * unitCount])
        for unit in 0..<unitCount {
          let count = counts[unit]
          // COINr: NA when sum(!is.na(x)) / length(x) < dat_thresh, or no value at all.
          if count == 0 || count / childCount < minimumShare {
            output[unit] = .nan
            continue
          }
          if !bad[unit].isNaN {
            return AggregationFailure(node: step.node, unit: unit, value: bad[unit], method: method)
          }
          switch method {
          case .arithmetic: output[unit] = sums[unit] / weightSums[unit]
          case .geometric: output[unit] = exp(sums[unit] / weightSums[unit])
          case .harmonic: output[unit] = weightSums[unit] / sums[unit]
          case .generalised(let p):
            // x^p can overflow for a large p; an infinite mean is no score (missing)
            let mean = pow(sums[unit] / weightSums[unit], 1 / p)
            output[unit] = mean.isFinite ? mean : .nan
          case .copeland: output[unit] = 0  // a unit taking part; scored below
          }
        }
        if method == .copeland {
          copeland(
            values, unitCount: unitCount, children: step.children, weights: weights,
            into: output)
        }
      }
      return nil
    }
  }
}
