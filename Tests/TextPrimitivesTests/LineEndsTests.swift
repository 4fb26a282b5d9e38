import Testing

@testable import TextPrimitives

@Suite struct LineEndsTests {
  /// A line that stops mid-sentence (in a letter, a digit or a comma, spaces aside) and goes on in
  /// lower case is wrapped; a line that ends a sentence, or is followed by a capital, a quotation
  /// mark or a digit, ends a paragraph. The code points and the UTF-8 read alike.
  @Test func aLineEndWrapsOnlyASentenceThatGoesOn() {
    func wraps(_ last: Unicode.Scalar, _ next: Unicode.Scalar, spaces: String = "") -> Bool {
      let text = String(last) + spaces + "\n" + String(next) + "x"
      let scalars = Array(text.unicodeScalars)
      let byScalars = LineEnds.wrapsASentence(scalars, at: scalars.firstIndex(of: "\n")!)
      let bytes = Array(text.utf8)
      let byBytes = bytes.withUnsafeBufferPointer {
        LineEnds.wrapsASentence(utf8: $0, at: bytes.firstIndex(of: UInt8(ascii: "\n"))!)
      }
      #expect(byScalars == byBytes, "\(text)")
      return byScalars
    }
    #expect(wraps("t", "m"))
    #expect(wraps(",", "t"))
    #expect(wraps("9", "m"))
    #expect(!wraps(".", "t"))
    #expect(!wraps("s", "T"))
    #expect(!wraps("s", "\""))
    #expect(!wraps("”", "t"))
    // (A letter beyond ASCII is a letter, as the extractor has always read it.)
    #expect(wraps("é", "t"))
    #expect(wraps("t", "m", spaces: " \r"))
    #expect(!wraps(";", "t"))
  }
}
