import ArticleReading

/// The listed words (``WordClass/table``): their word classes, and the index of their cue-lexicon
/// entry or -1.
///
/// Every word of every article is looked up here as the tokenizer reads it. A word of up to eight
/// ASCII bytes (nine in ten words of news text) is looked up by those bytes packed into one
/// `UInt64`, which is at once its key and, mixed, its hash: one comparison of keys decides, where
/// the general ``TermMap`` compares a hash, two offsets and the bytes (memcmp), and the reader
/// hashes every byte. Longer words go to the ``TermMap`` of all of them.
struct WordTable: Sendable {
  typealias Known = (classes: WordClass, cue: Int32)

  private let terms: TermMap<Known>
  /// By slot: a short word's ``shortKey(_:)``, 0 where the slot is empty, and its value beside
  /// it: a probe reads one cache line.
  private let shortSlots: [(key: UInt64, value: Known)]
  /// 64 less the bits of a slot index: the high bits of the mixed key pick the slot.
  private let shift: UInt64

  init(terms: TermMap<Known>) {
    self.terms = terms
    var short: [(key: UInt64, value: Known)] = []
    terms.forEach { bytes, value in
      if let key = Self.shortKey(bytes) { short.append((key, value)) }
    }
    var bits: UInt64 = 4
    // (At most half full: probes stay short, and the table small enough to stay in cache.)
    while 1 << bits < short.count * 2 { bits += 1 }
    shift = 64 - bits
    var slots = [(key: UInt64, value: Known)](repeating: (0, ([], -1)), count: 1 << bits)
    for word in short {
      var slot = Self.slot(of: word.key, shift: shift, mask: slots.count - 1)
      while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = word
    }
    shortSlots = slots
  }

  /// A short word's key: its one to eight ASCII bytes as one number, the last lowest, as the
  /// tokenizer builds it byte by byte (shifting the key up a byte, the new one below); nil for
  /// any other word. (Never 0, an empty slot's key: no word is empty.)
  static func shortKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard (1...8).contains(bytes.count), bytes.allSatisfy({ $0 < 128 }) else { return nil }
    return bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  @inline(__always)
  private static func slot(of key: UInt64, shift: UInt64, mask: Int) -> Int {
    // (Fibonacci hashing: the multiplication spreads every byte into the high bits.)
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) & mask
  }

  /// A short word, by its ``shortKey(_:)``.
  @inline(__always)
  subscript(short key: UInt64) -> Known? {
    shortSlots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.slot(of: key, shift: shift, mask: mask)
      while true {
        let found = slots[slot]
        if found.key == key { return found.value }
        if found.key == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  /// A word by its UTF-8 (any length).
  subscript(utf8: UnsafeBufferPointer<UInt8>) -> Known? {
    if let key = Self.shortKey(utf8) { return self[short: key] }
    return terms[utf8]
  }

  subscript(term: String) -> Known? {
    var term = term
    return term.withUTF8 { self[$0] }
  }
}
