/// The characters a document of ours can carry, and the one mapping that keeps every other out.
///
/// XML 1.0 allows no C0 control but tab, line feed and carriage return, and neither U+FFFE nor
/// U+FFFF; HTML forbids DEL and the C1 controls (U+007F–U+009F) as well. Text from old systems
/// and PDFs holds them (an ESC, a form feed), and a ledger that stored one would write an export
/// no XML parser reads back. So each is read as U+FFFD wherever text enters (article text, page
/// metadata, command-line values, an import), one code point for one so that offsets stay true,
/// and the writers refuse the rest as a programming error.
public enum XMLCharacters {
  /// Whether XML 1.0 can carry the code point and HTML allows it.
  @inlinable
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
    if value < 0x7F { return true }
    if value <= 0x9F { return false }
    return value != 0xFFFE && value != 0xFFFF
  }

  /// Whether every code point of `text` is allowed; a byte scan, as cheap as reading it once.
  public static func isAllowed(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { firstForbiddenByte(in: $0) == nil }
  }

  /// `text` with each code point that ``isAllowed(_:)-(Unicode.Scalar)`` refuses read as U+FFFD,
  /// one for one; the same string, uncopied, when there is none (nearly always).
  public static func mapped(_ text: String) -> String {
    if isAllowed(text) { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(isAllowed(scalar) ? scalar : replacement) }
    return String(scalars)
  }

  /// ``mapped(_:)`` for an optional value.
  public static func mapped(_ text: String?) -> String? { text.map(mapped) }

  /// U+FFFD REPLACEMENT CHARACTER.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// The offset of the first byte of a forbidden code point in valid UTF-8, or `nil`. In UTF-8
  /// each forbidden code point is recognised from at most its first three bytes: an ASCII control,
  /// `C2 80`–`C2 9F` (the C1 controls), `EF BF BE` and `EF BF BF` (U+FFFE, U+FFFF).
  static func firstForbiddenByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index < count {
      // Eight bytes at a time while they are printable ASCII (nearly all text)...
      while index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let control = (word &- ones &* 0x20) & ~word & highs
        let delete = word ^ (ones &* 0x7F)
        let hasDelete = (delete &- ones) & ~delete & highs
        if word & highs != 0 || control != 0 || hasDelete != 0 { break }
        index += 8
      }
      // ...and the next eight (a line break, a longer sequence) byte by byte.
      let stop = min(index + 8, count)
      while index < stop {
        let byte = bytes[index]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
        } else if byte == 0x7F {
          return index
        } else if byte == 0xC2 {
          if index + 1 < count, bytes[index + 1] <= 0x9F { return index }
        } else if byte == 0xEF {
          if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return index }
        }
        index += 1
      }
    }
    return nil
  }

}
