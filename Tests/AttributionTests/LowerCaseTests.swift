import ArticleReading
import Testing
import TextPrimitives

@testable import Attribution

/// Tokens keep their lower case in one buffer per article (``LowerCase``): these pin that each
/// token's bytes are its text lower-cased, that the buffer's bound holds for the code points
/// whose lower case is longest, and that the comparisons the rules make answer as Strings would.
@Suite struct LowerCaseTests {
  /// Every token's lower case, as Strings, beside its text lower-cased the standard way.
  private func lowerCases(_ text: String) -> [(lower: String, expected: String)] {
    let scalars = ScalarClass.scalars(of: text)
    return Tokenizer.withParagraphs(scalars, utf8Count: text.utf8.count, furniture: []) { paragraphs in
      paragraphs.flatMap(\.tokens).map { token in
        let written = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
        // (Two apostrophes standing for a quotation mark are written as one double mark.)
        let expected = written == "''" ? "\"" : token.isWord ? written.lowercased() : written
        return (token.lower.string, expected)
      }
    }
  }

  @Test func eachTokenHoldsItsTextLowerCased() {
    let text = """
      “It's UNUSUAL,“ said Noble — ''Yes,'' ÉLODIE Ruiz of the U.S. replied... 45.4% of ÇA.
      Ὀδυσσεύς and ΣΟΦΙΑ spoke; İSTANBUL's mayor — “Très bien!” — left at 3 p.m.
      """
    let tokens = lowerCases(text)
    #expect(tokens.count > 30)
    for (lower, expected) in tokens { #expect(lower == expected) }
  }

  /// `İ` (two bytes) lower-cases to `i` and a combining dot (three): the code points whose lower
  /// case grows most, a whole article of them, one word and one line.
  @Test func theBufferHoldsTheLongestLowerCases() {
    for text in [String(repeating: "İİİİ ", count: 5_000), String(repeating: "İ", count: 20_000)] {
      let tokens = lowerCases(text)
      #expect(!tokens.isEmpty)
      for (lower, expected) in tokens { #expect(lower == expected) }
      _ = Extractor.statements(in: Article(source: "t", format: .plainText, text: text))
    }
  }

  @Test func comparisonsAnswerAsStringsWould() {
    let text = "Officials said it's reportedly done, Smith’s aide added."
    let scalars = ScalarClass.scalars(of: text)
    Tokenizer.withParagraphs(scalars, utf8Count: text.utf8.count, furniture: []) { paragraphs in
      let tokens = paragraphs[0].tokens
      let said = tokens.first { $0.lower.string == "said" }!.lower
      #expect(said == "said")
      #expect(said != "sai")
      #expect(said != "saids")
      #expect(said.isOne(of: "told", "said"))
      #expect(!said.isOne(of: "told", "say"))
      #expect(said.endsWith("id") && said.endsWith("said") && !said.endsWith("xsaid"))
      #expect(said.isEqual(to: "said") && !said.isEqual(to: "Said"))
      let possessive = tokens.first { $0.lower.string.hasPrefix("smith") }!.lower
      #expect(possessive.endsWith("’s") && !possessive.endsWith("'s"))
      #expect(tokens.first { $0.lower == "reportedly" } != nil)
    }
  }

  /// The fields are stored largest first so that no padding comes between them: 51 bytes of
  /// fields (the 64-bit word classes among them), 56 a token in an array.
  @Test func aTokenHasNoPaddingBetweenItsFields() {
    #expect(MemoryLayout<Token>.size == 51)
    #expect(MemoryLayout<Token>.stride == 56)
  }
}
