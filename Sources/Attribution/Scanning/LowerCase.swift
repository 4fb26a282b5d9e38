/// A token's lower case (its mark, for punctuation): UTF-8 bytes in the buffer its article's
/// tokens were read into (``Tokenizer/withParagraphs(_:utf8Count:furniture:_:)``).
///
/// Why not a String: a token is copied wherever a rule reads it, and every paragraph's tokens
/// are freed when its article is done; with a String in each, every copy retained it and every
/// token was released one by one, and a String was made for each word no list holds. A token
/// holding this is a plain value, copied and freed without reference counting. The price is
/// the buffer's lifetime: no token may outlive the call that read it, which the closure-scoped
/// ``Tokenizer/withParagraphs(_:utf8Count:furniture:_:)`` enforces.
struct LowerCase {
  private let start: UnsafePointer<UInt8>
  /// Length in UTF-8 bytes.
  let count: Int

  init(_ start: UnsafePointer<UInt8>, count: Int) {
    self.start = start
    self.count = count
  }

  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

  /// The bytes as a String, for the look-ups that need one (Sets of phrases, names).
  var string: String { String(decoding: bytes, as: UTF8.self) }

  static func == (lhs: LowerCase, rhs: StaticString) -> Bool {
    lhs.count == rhs.utf8CodeUnitCount && StaticBytes.same(lhs.bytes, rhs.utf8Start)
  }
  static func != (lhs: LowerCase, rhs: StaticString) -> Bool { !(lhs == rhs) }

  /// Whether the bytes are a String's (a phrase's word, a lemma); literals compare as
  /// `StaticString`s with `==`.
  func isEqual(to string: String) -> Bool {
    var string = string
    return string.withUTF8 { $0.count == count && (count == 0 || StaticBytes.same(bytes, $0.baseAddress!)) }
  }
  /// For `switch token.lower { case "a", "an": ... }`.
  static func ~= (pattern: StaticString, value: LowerCase) -> Bool { value == pattern }

  /// Whether the word is one of `words`.
  func isOne(of words: StaticString...) -> Bool { StaticBytes.isOne(bytes, of: words) }

  func endsWith(_ suffix: StaticString) -> Bool { StaticBytes.endsWith(bytes, suffix) }

  /// Whether the bytes include this ASCII byte.
  func contains(_ byte: UInt8) -> Bool { bytes.contains(byte) }
}

/// Comparisons of UTF-8 with static strings, for ``LowerCase`` and for the resolver's Strings.
/// Byte-equal is equal for what the rules ask: every word and suffix starts with a letter or an
/// apostrophe, which no code point before it joins into one character.
enum StaticBytes {
  static func isOne(_ bytes: UnsafeBufferPointer<UInt8>, of words: [StaticString]) -> Bool {
    for word in words where word.utf8CodeUnitCount == bytes.count {
      if same(bytes, word.utf8Start) { return true }
    }
    return false
  }

  static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
    let length = suffix.utf8CodeUnitCount
    return bytes.count >= length
      && same(UnsafeBufferPointer(rebasing: bytes[(bytes.count - length)...]), suffix.utf8Start)
  }

  /// `bytes` are the first `bytes.count` at `other`: compared in place, a byte at a time (the
  /// words compared are short; the generic `elementsEqual` walked two iterators in a call).
  @inline(__always)
  static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafePointer<UInt8>) -> Bool {
    for index in bytes.indices where bytes[index] != other[index] { return false }
    return true
  }
}

/// Where a text's tokens write their lower cases: one allocation for the whole text, large
/// enough for the longest lower case its code points can have. A code point's lower case is at
/// most three code points of four bytes, and one beyond ASCII takes at least two bytes itself, so
/// six times the text's UTF-8 is room enough (an ASCII code point's lower case is one byte).
/// Only the bytes written are touched (for a long text, the pages beyond them are never used).
struct LowerCaseBuffer {
  private let storage: UnsafeMutableBufferPointer<UInt8>
  private var used = 0

  init(forUTF8Count utf8Count: Int) {
    storage = .allocate(capacity: 6 * utf8Count + 16)
  }

  func deallocate() { storage.deallocate() }

  /// Room for the next token's `count` bytes: write them there, then ``commit(_:)`` how many
  /// were written.
  func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    precondition(used + count <= storage.count, "a lower case longer than its bound")
    return storage.baseAddress! + used
  }

  mutating func commit(_ count: Int) -> LowerCase {
    let lower = LowerCase(UnsafePointer(reserve(count)), count: count)
    used += count
    return lower
  }

  /// A mark's UTF-8, `times` over (a run of dots or dashes is one token).
  mutating func append(_ mark: Unicode.Scalar, times: Int) -> LowerCase {
    if mark.value < 128 {
      reserve(times).initialize(repeating: UInt8(truncatingIfNeeded: mark.value), count: times)
      return commit(times)
    }
    let width = UTF8.width(mark)
    var at = reserve(width * times)
    for _ in 0..<times {
      for byte in UTF8.encode(mark)! {
        at.pointee = byte
        at += 1
      }
    }
    return commit(width * times)
  }

  /// Copies a String's UTF-8 in (a non-ASCII word's lower case).
  mutating func append(_ text: String) -> LowerCase {
    var text = text
    let count = text.withUTF8 { utf8 -> Int in
      _ = UnsafeMutableBufferPointer(start: reserve(utf8.count), count: utf8.count).update(fromContentsOf: utf8)
      return utf8.count
    }
    return commit(count)
  }
}

/// A word that may not be there (`next?.lower == "that"`) is no word.
func == (lhs: LowerCase?, rhs: StaticString) -> Bool { lhs.map { $0 == rhs } ?? false }
