import ArticleReading
import Testing
import TextPrimitives

@testable import Attribution

@Suite struct WordScalarTests {
  /// The tokenizer's bit-mask test against the definition it stands for, at every ASCII code
  /// point and at some beyond.
  @Test func wordScalarsAreLettersDigitsAndThreeMarks() {
    for value in UInt32(0)..<256 {
      let c = Unicode.Scalar(value)!
      let expected = ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || c == "_" || c == "$" || c == "%"
      #expect(Tokenizer.isWordScalar(c) == expected, "U+\(String(value, radix: 16))")
    }
    for c: Unicode.Scalar in ["é", "Ω", "中", "٣", "—", "’", "“"] {
      #expect(Tokenizer.isWordScalar(c) == (ScalarClass.isLetter(c) || ScalarClass.isDigit(c)))
    }
  }
}
