import Foundation

/// Terms interned as dense ids (0, 1, 2, ... in the order first seen), looked up by their UTF-8
/// bytes: open addressing on an FNV-1a hash, the terms' bytes kept back to back. One table
/// serves the extractor's word lists (``id(of:)`` on a fixed table) and the ledger's term index
/// (``intern(_:)`` as claims come).
///
/// Why not a `[String: Int32]`: a new process's first write interns every word of every current
/// claim (ten million at 100,000 articles), and a dictionary needs a String made for each and
/// hashed with a seeded hasher; here a word is looked up straight from the bytes of the row it
/// was read from, and a String is made only for a word never seen. The ingest of one article
/// interns its claims' words the same way.
public struct TermTable: Sendable {
  // (The storage usable from inlinable code, and `find` and `matches` inlinable: the extractor,
  // in another module, looks terms up here for every article, and without them reading and
  // extracting the PolNeAR dev texts took 0.3% more instructions.)

  /// By slot: the id of the term there, or -1 for an empty slot.
  @usableFromInline var slots: [Int32]
  /// By id: the term's hash, and where its bytes end in `bytes` (they start where the previous
  /// term's end).
  @usableFromInline var hashes: [UInt64] = []
  @usableFromInline var ends: [Int] = []
  @usableFromInline var bytes: [UInt8] = []

  /// A table with room for `terms` terms before it grows: the extractor makes small ones for
  /// each article's names, where making the 1,024 slots of a large one took 5,000 instructions.
  public init(terms: Int = 512) {
    var slotCount = 16
    while slotCount < terms * 2 { slotCount *= 2 }
    slots = Array(repeating: -1, count: slotCount)
    hashes.reserveCapacity(terms)
    ends.reserveCapacity(terms)
    bytes.reserveCapacity(terms * 8)
  }

  /// A term's hash: what a term is known by apart from the order terms came in.
  public func hash(of id: Int32) -> UInt64 { hashes[Int(id)] }

  /// The id of a term, and whether it was new (given the next id).
  public mutating func intern(_ term: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let hash = FNV1a.hash(term)
    let (slot, found) = find(term, hash: hash)
    if let found { return (found, false) }
    let id = Int32(ends.count)
    slots[slot] = id
    hashes.append(hash)
    bytes.append(contentsOf: term)
    ends.append(bytes.count)
    // At most half full, so that probes stay short.
    if ends.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of a term already in the table.
  public func id(of term: UnsafeBufferPointer<UInt8>) -> Int32? { find(term, hash: FNV1a.hash(term)).id }

  /// Term `id`'s UTF-8, lent to `body`.
  public func withTerm<Result>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = id == 0 ? 0 : ends[Int(id) - 1]
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[Int(id)]])) }
  }

  /// ``id(of:)`` for a string's UTF-8.
  public func id(of term: String) -> Int32? {
    var term = term
    return term.withUTF8 { id(of: $0) }
  }

  /// The term's id if present, and the slot it is in or would go to. (The slots and the bytes
  /// read through buffer pointers: the word table's long words, the resolver's names and the
  /// ledger's claim words all come through here, and their bounds checks were a third of the
  /// cost.)
  @inlinable
  func find(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int32?) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 {
        let id = Int(slots[slot])
        if hashes[id] == hash, matches(term, id: id) { return (slot, Int32(id)) }
        slot = (slot + 1) & mask
      }
      return (slot, nil)
    }
  }

  /// Whether term `id`'s bytes are `term`.
  @inlinable
  func matches(_ term: UnsafeBufferPointer<UInt8>, id: Int) -> Bool {
    let start = id == 0 ? 0 : ends[id - 1]
    guard ends[id] - start == term.count else { return false }
    return term.isEmpty
      || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, term.baseAddress!, term.count) == 0 }
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }
}
