/// Line ends in an article's text, as a page shows them: most end a paragraph (a headline's, or
/// every paragraph's in text that puts one line end between them), but wire copy wraps its lines
/// inside sentences (`after repairs to two steel supports found cracked last⏎month`), and shown
/// as a paragraph's end such a line end cut a sentence, and a statement marked in it, in two.
public enum LineEnds {
  /// Whether a line end between a line whose last character is `last` and one whose first is
  /// `next` wraps a sentence: the line ends in a letter, a digit, a comma, a semicolon or a
  /// hyphen, and the next goes on in lower case. (Told from ASCII alone: the report reads the
  /// text's UTF-8 bytes; any other byte makes it a paragraph's end.)
  @inlinable public static func wrapsASentence(lineEndingWith last: UInt8, nextStartingWith next: UInt8) -> Bool {
    guard next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z") else { return false }
    switch last {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// ``wrapsASentence(lineEndingWith:nextStartingWith:)`` of two code points.
  @inlinable public static func wrapsASentence(
    lineEndingWith last: Unicode.Scalar, nextStartingWith next: Unicode.Scalar
  )
    -> Bool
  {
    last.isASCII && next.isASCII
      && wrapsASentence(lineEndingWith: UInt8(last.value), nextStartingWith: UInt8(next.value))
  }
}
