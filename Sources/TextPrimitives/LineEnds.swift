/// Line ends in an article's text: most end a paragraph (a headline's, or every paragraph's in
/// text that puts one line end between them), but wire copy wraps its lines inside sentences
/// (`after repairs to two steel supports found cracked last⏎month`). The extractor reads its
/// paragraphs by this rule, and the pages that show the text must break them where it does: a
/// wrap shown as a paragraph's end cut a sentence, and a statement marked in it, in two.
public enum LineEnds {
  /// Whether the line end at `newline` wraps a sentence: its line, trailing spaces aside, ends in
  /// a letter, a digit or a comma (not in a stop, a colon, a quotation mark or a bracket), and
  /// the next line goes on in lower case.
  @inlinable public static func wrapsASentence<Text: RandomAccessCollection<Unicode.Scalar>>(
    _ text: Text, at newline: Text.Index
  ) -> Bool {
    var before = newline
    while before > text.startIndex {
      text.formIndex(before: &before)
      let scalar = text[before]
      guard scalar == " " || scalar == "\r" || scalar == "\t" else {
        let next = text.index(after: newline)
        return next < text.endIndex && endsAWrappedLine(scalar) && ScalarClass.isLower(text[next])
      }
    }
    return false
  }

  /// ``wrapsASentence(_:at:)`` of UTF-8 text (the report writes articles' bytes): the code
  /// points on either side of the line end decoded where they stand.
  public static func wrapsASentence(utf8 text: UnsafeBufferPointer<UInt8>, at newline: Int) -> Bool {
    var end = newline
    while end > 0,
      text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: "\r")
        || text[end - 1] == UInt8(ascii: "\t")
    {
      end -= 1
    }
    guard end > 0, newline + 1 < text.count else { return false }
    // (The last code point starts at the last byte that is no continuation byte, `10xxxxxx`.)
    var start = end - 1
    while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
    guard let last = scalar(in: text, from: start), let next = scalar(in: text, from: newline + 1) else {
      return false
    }
    return endsAWrappedLine(last) && ScalarClass.isLower(next)
  }

  /// Whether a line ending in `scalar` may go on in the next one.
  @inlinable static func endsAWrappedLine(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || scalar == ","
  }

  /// The code point whose UTF-8 starts at `start`, if it is whole there.
  static func scalar(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Unicode.Scalar? {
    var parser = Unicode.UTF8.ForwardParser()
    var bytes = text[start...].makeIterator()
    guard case .valid(let encoded) = parser.parseScalar(from: &bytes) else { return nil }
    return Unicode.UTF8.decode(encoded)
  }
}
