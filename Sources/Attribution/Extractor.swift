import ArticleReading
import TextPrimitives

/// The attribution extractor: an article in, its attributed statements out, in document order.
///
/// A pure function of the text. It works paragraph by paragraph, sentence by sentence: find the
/// cues (reporting verbs, `according to`, hedges), find each cue's speaker phrase and content by
/// the shape of the sentence around it, attach quotations and their continuations, then resolve
/// every speaker across the whole article (``SpeakerResolver``).
public enum Extractor {
  public static func statements(in article: Article) -> [Statement] {
    let scalars = article.scalars
    return Tokenizer.withParagraphs(scalars, utf8Count: article.text.utf8.count, furniture: article.furniture) {
      paragraphs in
      statements(in: paragraphs, scalars: scalars)
    }
  }

  private static func statements(in paragraphs: [Paragraph], scalars: [Unicode.Scalar]) -> [Statement] {
    var found: [Finding] = []
    // (Room for a usual article's findings, about one for every two paragraphs, made at once.)
    found.reserveCapacity(paragraphs.count / 2 + 1)
    var previousEndedWithQuote = false
    // Reported speech in the last sentence of the previous paragraph.
    var previousReported: Finding? = nil
    // The last paragraph was a quotation given to that reported speaker.
    var givenToReported = false
    var announced: (speaker: Span, cue: Span, cueText: String)? = nil
    // A quotation-only paragraph nobody was found to say, for a signature that may follow.
    var unsigned: Paragraph? = nil
    for paragraph in paragraphs {
      let reportedBefore = previousReported
      previousReported = nil
      let quotationGivenToReported = givenToReported
      givenToReported = false
      var finder = SentenceFinder(paragraph: paragraph, scalars: scalars)
      finder.run()
      // `"Boeing and GE ... pay zero taxes."` then `- Sanders.`: a signed quotation.
      if let quoted = unsigned, finder.findings.isEmpty, let (dash, name) = Self.signature(paragraph, scalars) {
        // A signature names the speaker outright: it wins over the reported speaker before.
        if quotationGivenToReported { found.removeLast() }
        let words = quoted.inside(quote: 0).range
        found.append(
          Finding(speaker: name, cue: dash, cueText: dash.text, fragments: [words], direct: true, outlet: nil))
        unsigned = nil
        continue
      }
      unsigned = finder.findings.isEmpty && Self.isQuotationOnly(paragraph) ? paragraph : nil
      // `Caddell continued:` then a paragraph that is a quotation: the quotation is what he said.
      if let (speaker, cue, cueText) = announced, finder.findings.isEmpty, Self.opensWithQuotation(paragraph) {
        let words = paragraph.inside(quote: 0).range
        if !words.isEmpty {
          found.append(
            Finding(speaker: speaker, cue: cue, cueText: cueText, fragments: [words], direct: true, outlet: nil))
          previousEndedWithQuote = true
          announced = nil
          continue
        }
      }
      announced = finder.announcedQuote()
      if finder.findings.isEmpty, previousEndedWithQuote, Self.isQuotationOnly(paragraph), !found.isEmpty {
        // `"A," he said.` then a paragraph `"B."`: a long quotation goes on.
        let words = paragraph.inside(quote: 0).range
        if !words.isEmpty { found[found.count - 1].fragments.append(words) }
        continue
      }
      if finder.findings.isEmpty, let reported = reportedBefore, Self.isQuotationOnly(paragraph) {
        // `..., Clinton said.` then a paragraph `"B."`: her words, as a statement of their own.
        let words = paragraph.inside(quote: 0).range
        if !words.isEmpty {
          var finding = reported
          finding.fragments = [words]
          finding.direct = true
          finding.openAtEnd = false
          found.append(finding)
          previousEndedWithQuote = true
          givenToReported = true
          continue
        }
      }
      Self.continueQuotes(from: &found, paragraph: paragraph)
      found.append(contentsOf: finder.findings)
      // The quotation, or its attribution, is the paragraph's last sentence.
      let lastSentenceStart = paragraph.sentences.last.map { paragraph.tokens[$0.lowerBound].start } ?? 0
      previousEndedWithQuote =
        finder.findings.last.map { last in
          last.direct && max(last.fragments.last!.upperBound, last.cue.range.upperBound) >= lastSentenceStart
        } ?? false
      previousReported = finder.findings.last.flatMap { last in
        !last.direct && !last.vague && last.speaker != nil && last.cue.range.lowerBound >= lastSentenceStart
          ? last : nil
      }
    }
    return SpeakerResolver(scalars: scalars, paragraphs: paragraphs).resolve(found)
  }

  /// `- Bernie Sanders.`, `-President Obama, tweeting after ...`: a dash and a name opening a
  /// paragraph of its own.
  private static func signature(_ paragraph: Paragraph, _ scalars: [Unicode.Scalar]) -> (dash: Span, name: Span)? {
    let tokens = paragraph.tokens
    guard tokens.count >= 2, tokens.count <= 16, tokens[0].isDash else { return nil }
    var end = 1
    while end < tokens.count, end <= 6, tokens[end].isWord, tokens[end].capitalized { end += 1 }
    guard end > 1, end == tokens.count || tokens[end].isPunctuation(",") || tokens[end].isPunctuation(".") else {
      return nil
    }
    func span(_ start: Int, _ end: Int) -> Span {
      let range = tokens[start].start..<tokens[end - 1].end
      return Span(range: range, text: ScalarClass.string(scalars[range]))
    }
    return (span(0, 1), span(1, end))
  }

  /// A paragraph that is one quotation and nothing else.
  private static func isQuotationOnly(_ paragraph: Paragraph) -> Bool {
    guard paragraph.quotes.count == 1, let quote = paragraph.quotes.first, quote.lowerBound == 0,
      paragraph.tokens[0].kind == .openQuote
    else { return false }
    return quote.upperBound >= paragraph.tokens.count - 2
  }

  /// A paragraph whose first token opens a quotation.
  private static func opensWithQuotation(_ paragraph: Paragraph) -> Bool {
    paragraph.quotes.first?.lowerBound == 0 && paragraph.tokens[0].kind == .openQuote
  }

  /// A quotation that a paragraph leaves open and the next paragraph reopens is one statement.
  private static func continueQuotes(from found: inout [Finding], paragraph: Paragraph) {
    guard let last = found.last, last.direct, last.openAtEnd, let first = paragraph.quotes.first,
      first.lowerBound == 0
    else { return }
    let (words, closed) = paragraph.inside(quote: 0)
    found[found.count - 1].fragments.append(words)
    found[found.count - 1].openAtEnd = !closed
  }

}

/// A statement as found in one sentence, before its speaker is resolved.
struct Finding {
  var speaker: Span?
  /// For a relative pronoun speaker (`who`, `which`), the phrase it refers to.
  var antecedent: Span? = nil
  var cue: Span
  var cueText: String
  var fragments: [Range<Int>]
  var direct: Bool
  /// An outlet named in the sentence (`told Fox News Digital`, `cited by TASS`).
  var outlet: Span?
  /// An outlet named as the channel of an interview, which later statements inherit.
  var interview: Bool = false
  /// A hedge (`reportedly`): no source at all.
  var vague: Bool = false
  /// The last fragment is a quotation left open at the end of its paragraph.
  var openAtEnd: Bool = false
}

/// A code-point range with its text.
struct Span: Equatable {
  var range: Range<Int>
  var text: String
}
