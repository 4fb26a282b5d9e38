import Foundation

/// The results of `produce(0)`, `produce(1)`, ... `produce(count - 1)`, in that order, computed
/// on a thread of their own at most `depth` items ahead of the consumer.
///
/// Why: a batch ingest is two kinds of work, pure (reading, extraction, claim keys) and serial
/// (the ledger's write transaction). On two cores the next articles are read and extracted
/// while the current one is written. The order of results never depends on timing, so output
/// stays deterministic, and at most `depth` results wait in memory however long the batch.
public final class ReadAhead<Item: Sendable>: Sequence, IteratorProtocol {
  private let state: State
  private var consumed = 0

  public init(count: Int, depth: Int = 8, produce: @escaping @Sendable (Int) -> Item) {
    state = State(count: count, depth: Swift.max(1, depth))
    let state = self.state
    let thread = Thread {
      for index in 0..<count {
        guard state.waitForRoom() else { return }
        state.deliver(produce(index))
      }
    }
    // As deep as a main thread's (8 MB): the work may read a deeply nested page.
    thread.stackSize = 8 << 20
    thread.start()
  }

  deinit { state.cancel() }

  public func next() -> Item? {
    guard consumed < state.count else { return nil }
    consumed += 1
    return state.take()
  }

  /// What the producing thread and the consumer share, behind one condition lock.
  private final class State: @unchecked Sendable {
    let count: Int
    private let depth: Int
    private let condition = NSCondition()
    /// At most `depth` results, oldest first.
    private var waiting: [Item] = []
    private var cancelled = false

    init(count: Int, depth: Int) {
      self.count = count
      self.depth = depth
    }

    /// Blocks the producer while `depth` results wait; false once the consumer has gone.
    func waitForRoom() -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while waiting.count >= depth, !cancelled { condition.wait() }
      return !cancelled
    }

    func deliver(_ item: Item) {
      condition.lock()
      waiting.append(item)
      condition.broadcast()
      condition.unlock()
    }

    func take() -> Item {
      condition.lock()
      defer { condition.unlock() }
      while waiting.isEmpty { condition.wait() }
      condition.broadcast()
      return waiting.removeFirst()
    }

    func cancel() {
      condition.lock()
      cancelled = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
