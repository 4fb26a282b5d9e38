import Foundation
import Synchronization
import Testing

@testable import ReadAhead

@Suite struct WorkBehindTests {
  struct Refused: Error, Equatable { let item: Int }

  /// What the working thread did, seen from the test.
  final class Done: Sendable {
    let items = Mutex<[Int]>([])
    func add(_ item: Int) { items.withLock { $0.append(item) } }
    var all: [Int] { items.withLock { $0 } }
  }

  @Test func everyItemIsDoneInOrderBeforeFinishReturns() throws {
    let done = Done()
    let work = WorkBehind<Int>(depth: 2, batchSize: 7) { items in
      for item in items {
        if item % 13 == 0 { usleep(100) }
        done.add(item)
      }
    }
    for item in 0..<500 { try work.submit(item) }
    try work.finish()
    #expect(done.all == Array(0..<500))
  }

  /// The first error stops the work: it reaches the submitter, and nothing after it is done.
  @Test func theFirstErrorStopsTheWorkAndReachesTheSubmitter() {
    let done = Done()
    let work = WorkBehind<Int>(depth: 1, batchSize: 4) { items in
      for item in items {
        if item == 10 { throw Refused(item: item) }
        done.add(item)
      }
    }
    #expect(throws: Refused(item: 10)) {
      for item in 0..<1_000 { try work.submit(item) }
      try work.finish()
    }
    #expect(done.all == Array(0..<10))
  }

  /// A submitter that gives up (its own error) stops the thread, and what waited is dropped.
  @Test func cancellingDropsWhatWaits() throws {
    let done = Done()
    let work = WorkBehind<Int>(depth: 1, batchSize: 1) { items in
      for item in items {
        usleep(20_000)
        done.add(item)
      }
    }
    for item in 0..<3 { try work.submit(item) }
    work.cancel()
    // It returns once the thread has ended: nothing more is done after it, and what still
    // waited was dropped.
    let seen = done.all.count
    usleep(100_000)
    #expect(done.all.count == seen)
    #expect(seen < 3)
  }
}
