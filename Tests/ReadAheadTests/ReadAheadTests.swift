import Foundation
import Synchronization
import Testing

@testable import ReadAhead

@Suite struct ReadAheadTests {
  /// How far the producer has got, seen from the consumer.
  final class Counter: Sendable {
    let value = Mutex(0)
    func bump() { value.withLock { $0 += 1 } }
    var current: Int { value.withLock { $0 } }
  }

  @Test func resultsComeInOrderWhateverEachTakes() {
    let results = Array(
      ReadAhead(count: 200, depth: 4) { index in
        // Uneven work, so that a result finished early must still wait its turn.
        if index % 7 == 0 { usleep(200) }
        return index * index
      })
    #expect(results == (0..<200).map { $0 * $0 })
  }

  @Test func theProducerStaysAtMostDepthAhead() {
    let produced = Counter()
    var furthestAhead = 0
    for (consumed, _) in ReadAhead(count: 100, depth: 3, produce: { index in produced.bump() }).enumerated() {
      usleep(300)
      furthestAhead = max(furthestAhead, produced.current - (consumed + 1))
    }
    #expect(produced.current == 100)
    // Three waiting, and one being made while they wait.
    #expect(furthestAhead <= 4)
  }

  @Test func aConsumerThatStopsEarlyStopsTheProducer() {
    let produced = Counter()
    do {
      let ahead = ReadAhead(count: 10_000, depth: 2) { _ in produced.bump() }
      for _ in 0..<5 { _ = ahead.next() }
    }
    usleep(50_000)
    #expect(produced.current < 20)
  }

  @Test func anEmptyBatchEndsAtOnce() {
    #expect(Array(ReadAhead(count: 0) { $0 }).isEmpty)
  }
}
