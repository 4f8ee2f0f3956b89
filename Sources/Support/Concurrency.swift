import Dispatch
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

/// `transform(0..<count)` computed by up to `jobs` threads, in index order.
package func parallelMap<T: Sendable>(_ count: Int, jobs: Int, _ transform: @Sendable (Int) -> T)
  -> [T]
{
  let results = UnsafeSlots<T?>(count: count, initial: nil)
  let width = max(1, min(jobs, count))
  DispatchQueue.concurrentPerform(iterations: width) { job in
    for index in stride(from: job, to: count, by: width) { results[index] = transform(index) }
  }
  let values = results.array.compactMap { $0 }
  precondition(values.count == count, "every slot is written")
  return values
}

/// A fixed buffer written from several threads, each slot by one thread only.
package final class UnsafeSlots<T>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<T>

  package init(count: Int, initial: T) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: initial)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  package subscript(index: Int) -> T {
    get { buffer[index] }
    set { buffer[index] = newValue }
  }

  /// A copy of the contents.
  package var array: [T] { Array(buffer) }
}
