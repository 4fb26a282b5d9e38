/// The 64-bit FNV-1a hash of UTF-8 bytes: a few instructions a byte and no set-up, which is what
/// short keys hashed by the million need (Swift's seeded `Hasher` costs more than the word it
/// hashes). Shared by the extractor's word table, the ledger's term table and text
/// fingerprints; not for anything an adversary could choose keys against.
public enum FNV1a {
  @inlinable public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = start
    for byte in bytes { hash = adding(byte, to: hash) }
    return hash
  }

  /// The hash of no bytes, and one byte more.
  @inlinable static var start: UInt64 { 0xcbf2_9ce4_8422_2325 }
  @inlinable static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// `hash` continued over a string's UTF-8 and a separator byte (0xFF, never in UTF-8), so that
  /// a sequence of strings hashes as one text in which no two splits agree.
  @inlinable public static func combine(_ hash: UInt64, _ text: String) -> UInt64 {
    var text = text
    var hash = hash
    text.withUTF8 { bytes in for byte in bytes { hash = adding(byte, to: hash) } }
    return adding(0xFF, to: hash)
  }

  /// ``combine(_:_:)`` over a number's decimal digits (`-` first when it is negative), the
  /// bytes `String(number)` has, without making the string.
  @inlinable public static func combine(_ hash: UInt64, decimal number: Int64) -> UInt64 {
    DecimalDigits.withDigits(of: number) { digits in
      var hash = hash
      for byte in digits { hash = adding(byte, to: hash) }
      return adding(0xFF, to: hash)
    }
  }

  /// The hash of a string's UTF-8.
  @inlinable public static func hash(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { hash($0) }
  }
}
