import Testing

@testable import TextPrimitives

@Suite struct LineEndsTests {
  /// A line that stops mid-sentence and goes on in lower case is wrapped; a line that ends a
  /// sentence, or is followed by a capital, a quotation mark or a digit, ends a paragraph.
  @Test func aLineEndWrapsOnlyASentenceThatGoesOn() {
    func wraps(_ last: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
      LineEnds.wrapsASentence(lineEndingWith: last, nextStartingWith: next)
    }
    #expect(wraps("t", "m"))
    #expect(wraps(",", "t"))
    #expect(wraps("9", "m"))
    #expect(!wraps(".", "t"))
    #expect(!wraps("s", "T"))
    #expect(!wraps("s", "\""))
    #expect(!wraps("”", "t"))
    #expect(!wraps("é", "t"))
  }
}
