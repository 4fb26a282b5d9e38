import ArticleReading
import Testing

@testable import Attribution

@Suite struct OffsetTests {
  @Test func everySpanRoundTripsAndCountsCodePoints() {
    for text in [
      ExtractorPatternTests.portStory, ExtractorPatternTests.spyStory,
      "Café “naïve” — 🎉 test.\r\n\r\n“Ça va,” Marie Curie said. “Très bien.”",
    ] {
      let statements = Extractor.statements(in: Article(source: "t", format: .plainText, text: text))
      #expect(!statements.isEmpty)
      for s in statements {
        #expect(slice(text, s.mentionRange) == s.mention)
        #expect(slice(text, s.cueRange) == s.cue)
        #expect(s.fragments.map { slice(text, $0) }.joined(separator: " ") == s.content)
        #expect(s.contentRange == s.fragments.first!.lowerBound..<s.fragments.last!.upperBound)
      }
    }
  }

  @Test func extractionIsDeterministic() {
    let article = Article(source: "t", format: .plainText, text: ExtractorPatternTests.spyStory)
    #expect(Extractor.statements(in: article) == Extractor.statements(in: article))
  }
}
