import Foundation

/// A computation started on another thread; `wait()` returns its result.
final class Concurrent<Result>: @unchecked Sendable {
  private var result: Result?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping () -> Result) {
    let job = UncheckedSendable(work)
    DispatchQueue.global().async {
      self.result = job.value()
      self.done.signal()
    }
  }

  /// Blocks until the computation has finished.
  func wait() -> Result {
    done.wait()
    guard let result else { preconditionFailure("a finished job has a result") }
    return result
  }
}

/// A value handed to another thread by a caller that guarantees no concurrent access.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
