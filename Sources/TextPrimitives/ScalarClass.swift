import Foundation

/// Character classes with an ASCII fast path: Unicode property look-ups are the slowest thing
/// text scanning would otherwise do, and news text is mostly ASCII. Shared by article reading
/// and the extractor.
public enum ScalarClass {
  // Each test answers ASCII inline and leaves the rest to a function of its own: with the
  // Unicode look-up in the same body, the compiler did not inline the tests into the loops that
  // ask them of every code point.

  @inlinable @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
    // (Tab, line feed, vertical tab, form feed, carriage return and space: bits of one mask.)
    if c.value < 128 { return c.value < 64 && (0x1_0000_3E00 as UInt64) >> c.value & 1 != 0 }
    return isSpaceBeyondASCII(c)
  }

  /// Beyond Unicode's white space, the invisible marks a web page leaves between words and inside
  /// them: a soft hyphen (`Doug \u{AD}Andres`, whose name would otherwise start in lower case), a
  /// zero-width space, a word joiner, a byte-order mark. Read as spaces, they part words as a
  /// reader sees them.
  @usableFromInline static func isSpaceBeyondASCII(_ c: Unicode.Scalar) -> Bool {
    if isGeneralPunctuation(c) {
      return c.value <= 0x200B || c.value == 0x2028 || c.value == 0x2029 || c.value == 0x202F || c.value == 0x205F
        || c.value == 0x2060
    }
    return c.value == 0xAD || c.value == 0xFEFF || c.properties.isWhitespace
  }

  @inlinable @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
    return isLetterBeyondASCII(c)
  }

  @usableFromInline static func isLetterBeyondASCII(_ c: Unicode.Scalar) -> Bool {
    !isGeneralPunctuation(c) && c.properties.isAlphabetic
  }

  @inlinable @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 48 && c.value <= 57 }
    return isDigitBeyondASCII(c)
  }

  @usableFromInline static func isDigitBeyondASCII(_ c: Unicode.Scalar) -> Bool {
    !isGeneralPunctuation(c) && c.properties.numericType != nil
  }

  @inlinable @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 65 && c.value <= 90 }
    return isUpperBeyondASCII(c)
  }

  @usableFromInline static func isUpperBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

  @inlinable @inline(__always) public static func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 97 && c.value <= 122 }
    return isLowerBeyondASCII(c)
  }

  @usableFromInline static func isLowerBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

  /// U+2000–U+206F: the spaces, dashes and curly quotation marks of news text, none of them a
  /// letter or digit; answered without a Unicode property look-up.
  @inlinable static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x2000 && c.value <= 0x206F
  }

  /// The index of the first line break (`\n`) at or after `start`, or the end. Every code point
  /// of every article is looked at here (by furniture marking and by the tokenizer): the C
  /// library's `memchr` finds the break's byte a vector at a time, where comparing eight code
  /// points at a time in Swift cost two instructions a code point. (A byte found elsewhere in a
  /// code point, `U+010A`'s, is passed over: each find moves on, so the cost stays linear.)
  public static func nextLineBreak(in scalars: [Unicode.Scalar], from start: Int) -> Int {
    scalars.withUnsafeBytes { bytes in
      let width = MemoryLayout<Unicode.Scalar>.stride
      var offset = start * width
      while offset < bytes.count {
        guard let found = memchr(bytes.baseAddress! + offset, 0x0A, bytes.count - offset) else { break }
        let at = UnsafeRawPointer(found) - bytes.baseAddress!
        let index = at / width
        if bytes.load(fromByteOffset: index * width, as: UInt32.self) == 0x0A { return index }
        offset = at + 1
      }
      return bytes.count / width
    }
  }

  /// A text's code points as an array, decoded straight from its UTF-8 (a String's bytes are
  /// valid UTF-8, so no checks): `Array(text.unicodeScalars)` walked each text twice, once to
  /// count, and decoding through the scalar view cost three times this loop. Eight ASCII bytes
  /// at a time where all eight are ASCII, as nearly all of news text is.
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var (i, n) = (0, 0)
        let raw = UnsafeRawBufferPointer(bytes)
        while i < bytes.count {
          if i + 8 <= bytes.count {
            // (The first byte lowest, whatever the machine's byte order.)
            let eight = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if eight & 0x8080_8080_8080_8080 == 0 {
              // Two code points a store: each byte widened in place, by shifts, not one by one.
              let out = UnsafeMutableRawPointer(buffer.baseAddress! + n)
              for pair in 0..<4 {
                let two = eight >> (16 * UInt64(pair))
                // (The first of the two in the half of the word that comes first in memory.)
                #if _endian(little)
                  let widened = two & 0xFF | (two & 0xFF00) << 24
                #else
                  let widened = (two & 0xFF) << 32 | (two & 0xFF00) >> 8
                #endif
                out.storeBytes(of: widened, toByteOffset: 8 * pair, as: UInt64.self)
              }
              i += 8
              n += 8
              continue
            }
          }
          let byte = bytes[i]
          if byte < 0x80 {
            buffer[n] = Unicode.Scalar(byte)
            i += 1
          } else {
            let lead = UInt32(byte)
            let value: UInt32
            if lead >= 0xF0 {
              value =
                (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
              i += 4
            } else if lead >= 0xE0 {
              value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
              i += 3
            } else {
              value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
              i += 2
            }
            buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
          }
          n += 1
        }
        count = n
      }
    }
  }

  /// An ASCII byte lower-cased (`A`–`Z` to `a`–`z`, others as they are).
  @inlinable @inline(__always) public static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte + 32 : byte
  }

  /// Lower-cases a word; ASCII words without allocation beyond the result.
  public static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    // ASCII in one pass, given up at the first other code point.
    var ascii = true
    let fast = String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var i = 0
      for c in scalars {
        guard c.value < 128 else {
          ascii = false
          return 0
        }
        let v = UInt8(c.value)
        buffer[i] = lowercaseASCII(v)
        i += 1
      }
      return i
    }
    if ascii { return fast }
    // Per code point, as `String.lowercased()` does, but without its cost for the ASCII and
    // the caseless punctuation (curly quotes, dashes) that make up most of news text; written as
    // UTF-8 (appending to a String's scalar view cost hundreds of instructions a code point).
    var lower: [UInt8] = []
    lower.reserveCapacity(scalars.count * 3)
    for c in scalars {
      if c.value < 128 {
        let v = UInt8(c.value)
        lower.append(lowercaseASCII(v))
      } else if isGeneralPunctuation(c) {
        lower.append(contentsOf: UTF8.encode(c)!)
      } else {
        lower.append(contentsOf: c.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: lower, as: UTF8.self)
  }

  /// The text of a run of scalars, encoded straight into UTF-8: the generic
  /// `String.UnicodeScalarView` initialiser goes scalar by scalar through protocol witnesses and
  /// was a third of the extractor's time.
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    // All ASCII, as most spans are (told eight code points at a time): each code point narrowed
    // to its byte.
    let ascii = scalars.withUnsafeBufferPointer { source -> Bool in
      let raw = UnsafeRawBufferPointer(source)
      var high = SIMD8<UInt32>(repeating: 0)
      var i = 0
      while i + 8 <= source.count {
        high |= raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
        i += 8
      }
      var rest: UInt32 = 0
      while i < source.count {
        rest |= source[i].value
        i += 1
      }
      return (high.max() | rest) < 0x80
    }
    if ascii {
      return scalars.withUnsafeBufferPointer { source in
        String(unsafeUninitializedCapacity: source.count) { buffer in
          for i in 0..<source.count { buffer[i] = UInt8(truncatingIfNeeded: source[i].value) }
          return source.count
        }
      }
    }
    var count = 0
    for c in scalars { count += UTF8.width(c) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for c in scalars {
        let v = c.value
        if v < 0x80 {
          buffer[i] = UInt8(v)
          i += 1
        } else if v < 0x800 {
          buffer[i] = UInt8(0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
          i += 2
        } else if v < 0x1_0000 {
          buffer[i] = UInt8(0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
          i += 3
        } else {
          buffer[i] = UInt8(0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
          i += 4
        }
      }
      return i
    }
  }
}
