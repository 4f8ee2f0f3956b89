import Foundation

/// A computation started on another thread; `wait()` returns its result.
package final class Concurrent<Result>: @unchecked Sendable {
  private var result: Result?
  private let done = DispatchSemaphore(value: 0)

  package init(_ work: @escaping () -> Result) {
    let job = UncheckedSendable(work)
    DispatchQueue.global().async {
      self.result = job.value()
      self.done.signal()
    }
  }

  /// Blocks until the computation has finished.
  package func wait() -> Result {
    done.wait()
    guard let result else { preconditionFailure("a finished job has a result") }
    return result
  }
}

/// A value handed to another thread by a caller that guarantees no concurrent access.
package struct UncheckedSendable<Value>: @unchecked Sendable {
  package let value: Value

  package init(_ value: Value) {
    self.value = value
  }
}
