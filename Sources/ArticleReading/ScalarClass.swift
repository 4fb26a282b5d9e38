/// Character classes with an ASCII fast path: Unicode property look-ups are the slowest thing
/// text scanning would otherwise do, and news text is mostly ASCII. Shared by article reading
/// and the extractor.
public enum ScalarClass {
  @inlinable public static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 0x0B || c.value == 0x0C }
    return c.properties.isWhitespace
  }

  @inlinable public static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
    return c.properties.isAlphabetic
  }

  @inlinable public static func isDigit(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 48 && c.value <= 57 }
    return c.properties.numericType != nil
  }

  @inlinable public static func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 65 && c.value <= 90 }
    return c.properties.isUppercase
  }

  @inlinable public static func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 97 && c.value <= 122 }
    return c.properties.isLowercase
  }

  /// Lower-cases a word; ASCII words without allocation beyond the result.
  public static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    if scalars.allSatisfy({ $0.value < 128 }) {
      return String(unsafeUninitializedCapacity: scalars.count) { buffer in
        for (i, c) in scalars.enumerated() {
          let v = UInt8(c.value)
          buffer[i] = v >= 65 && v <= 90 ? v + 32 : v
        }
        return scalars.count
      }
    }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    return String(text).lowercased()
  }
}
