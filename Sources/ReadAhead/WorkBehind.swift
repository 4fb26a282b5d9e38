import Foundation

/// Work done on the submitted items, a batch at a time in submission order, on a thread of its
/// own that follows the submitter at most `depth` batches of `batchSize` items behind:
/// ``ReadAhead`` the other way round.
///
/// Why: a report's scan of the ledger is serial (one SQLite cursor), and so is the bookkeeping
/// that places each article and claim on its page; with both on one thread the scan waited for
/// the bookkeeping. Items are handed over in batches, so that a million small ones cost a few
/// hundred hand-overs, not a million (batches of 256 made the 100,000-article report switch
/// threads 60,000–84,000 times, of 2,048 49,000–54,000 times). The first error `work` throws
/// stops it; the submitter gets it when it next hands a batch over (in ``submit(_:)``) or at
/// ``finish()``.
///
/// `work` takes a whole batch, not an item at a time: its loop is then compiled for the items'
/// own type where the work is written. Looped here, in code generic over any item, each item
/// was copied and destroyed through the runtime's generic witnesses (with fewer copies in the
/// report's bookkeeping, made in the same change, 1.2 % of a 2,000-article report's
/// instructions).
public final class WorkBehind<Item: Sendable>: @unchecked Sendable {
  private let state: State
  private let batchSize: Int
  /// Items not yet handed over (only the submitter touches it).
  private var batch: [Item] = []
  private var finished = false
  private let done = DispatchSemaphore(value: 0)

  public init(depth: Int = 4, batchSize: Int = 2048, work: @escaping @Sendable ([Item]) throws -> Void) {
    self.batchSize = Swift.max(1, batchSize)
    state = State(depth: Swift.max(1, depth))
    let (state, done) = (self.state, self.done)
    let thread = Thread {
      while let items = state.take() {
        do {
          try work(items)
        } catch {
          state.fail(error)
        }
      }
      done.signal()
    }
    // As deep as a main thread's (8 MB), like ReadAhead's.
    thread.stackSize = 8 << 20
    thread.start()
  }

  deinit { cancel() }

  /// Stops the work, dropping what waits, and returns once the thread has ended; nothing once
  /// ``finish()`` has run. (A submitter that fails stops the work here, or when it lets go.)
  public func cancel() {
    guard !finished else { return }
    finished = true
    state.fail(CancellationError())
    done.wait()
  }

  /// Queues `item`; throws the error that stopped the work, if it has stopped (seen when a
  /// batch is handed over: asking at each item took the lock a million times).
  public func submit(_ item: consuming Item) throws {
    batch.append(item)
    if batch.count >= batchSize { try handOver() }
  }

  /// Waits until every item submitted is done; throws the error that stopped the work, if any.
  public func finish() throws {
    defer { finished = true }
    try handOver()
    state.close()
    done.wait()
    if let error = state.failure { throw error }
  }

  private func handOver() throws {
    if let error = state.failure { throw error }
    guard !batch.isEmpty else { return }
    let items = batch
    batch.removeAll(keepingCapacity: true)
    state.deliver(items)
    if let error = state.failure { throw error }
  }

  /// What the submitter and the working thread share, behind one condition lock.
  private final class State: @unchecked Sendable {
    private let depth: Int
    private let condition = NSCondition()
    /// At most `depth` batches, oldest first.
    private var waiting: [[Item]] = []
    private var closed = false
    private var error: (any Error)? = nil

    init(depth: Int) { self.depth = depth }

    var failure: (any Error)? {
      condition.lock()
      defer { condition.unlock() }
      return error
    }

    /// Blocks the submitter while `depth` batches wait (not once the work has failed: what
    /// follows a failure is dropped).
    func deliver(_ items: [Item]) {
      condition.lock()
      defer { condition.unlock() }
      while waiting.count >= depth, error == nil { condition.wait() }
      if error == nil { waiting.append(items) }
      condition.broadcast()
    }

    /// The next batch, or nil once closed and drained (or failed).
    func take() -> [Item]? {
      condition.lock()
      defer { condition.unlock() }
      while waiting.isEmpty, !closed, error == nil { condition.wait() }
      guard error == nil, !waiting.isEmpty else { return nil }
      condition.broadcast()
      return waiting.removeFirst()
    }

    func fail(_ failure: any Error) {
      condition.lock()
      defer { condition.unlock() }
      if error == nil { error = failure }
      waiting.removeAll()
      condition.broadcast()
    }

    func close() {
      condition.lock()
      defer { condition.unlock() }
      closed = true
      condition.broadcast()
    }
  }
}
