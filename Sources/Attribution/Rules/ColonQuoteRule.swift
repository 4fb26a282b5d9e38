import ArticleReading
import TextPrimitives

/// A speaker, a colon and a quotation, with no verb: a headline's or a caption's credit.
///
/// Handles, for example: `Carl Bialik: "The polls moved."` and `Ruiz: "We are ready."`.
enum ColonQuoteRule: AttributionRule {
  static let startsFrom: RuleStart = [.quotationMark]
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { true }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    finder.colonQuote(in: scan.sentence, colonQuoted: scan.colonQuoted)
  }
}

extension SentenceFinder {
  /// `Clinton: "Our goal is ..."`: a name, a colon and a quotation.
  /// Also after a dash or `from` inside a sentence (`Pollsters agree - Carl Bialik: "..."`,
  /// `Rep. Trey Gowdy (R-S.C.): "..."`).
  mutating func colonQuote(in sentence: Range<Int>, colonQuoted: (colon: Int, words: Range<Int>)?) {
    let s0 = sentence.lowerBound
    // A title-case headline may name its speaker in more words (`Warren Hammers Wells Fargo CEO:`).
    let limit = isTitleCase ? 8 : 6
    guard let (colon, quoted) = colonQuoted else { return }
    var end = colon
    if tokens[end - 1].isPunctuation(")"),
      let open = (max(s0, end - 8)..<end).last(where: { tokens[$0].isPunctuation("(") })
    {
      end = open
    }
    var start = end
    var words = 0
    while start > s0, words < limit {
      let t = tokens[start - 1]
      if t.isWord, t.capitalized || (t.lower == "and" && start - 1 > s0 && tokens[start - 2].capitalized) {
        words += 1
      } else if !(t.isPunctuation(".") && start - 2 >= s0 && tokens[start - 2].isWord
        && (tokens[start - 2].classes.contains(.abbreviation) || tokens[start - 2].length == 1))
      {
        break
      }
      start -= 1
    }
    guard start < end, tokens[start].isWord, !tokens[start].lower.string.allSatisfy(\.isNumber) else { return }
    let opens =
      start == s0 || tokens[start - 1].isDash || tokens[start - 1].lower == "from"
    guard opens else { return }
    // `Elizabeth Warren Hammers Wells Fargo CEO: "..."`: a headline's verb ends its subject,
    // and the quotation is the subject's; so does the preposition naming whom or what it is
    // about (`CNN President On Trump: "..."`).
    if isTitleCase,
      let verb = (start + 1..<end).first(where: {
        SentenceWords.headlineVerbs.contains(tokens[$0].lower.string)
          || SentenceWords.headlineTopics.contains(tokens[$0].lower.string)
      })
    {
      end = verb
    }
    let cue = span(colon..<(colon + 1))
    findings.append(
      Finding(
        speaker: span(start..<end), cue: cue, cueText: cue.text, fragments: [quoted], direct: true, outlet: nil))
  }

  /// `...: "QUOTE."`: the first colon within `reach` tokens of the sentence's start that opens a
  /// quotation running to the sentence's end, and the words inside that quotation.
  func colonQuotation(in sentence: Range<Int>, within reach: Int) -> (colon: Int, words: Range<Int>)? {
    quotation(after: ":", in: sentence, from: sentence.lowerBound + 1, within: reach, minimumWords: 2).map {
      (colon: $0.mark, words: $0.words)
    }
  }

  /// The first `mark` between `first` and `reach` tokens into the sentence that opens a quotation
  /// running to the sentence's end (of at least `minimumWords`), and the words inside it.
  func quotation(
    after mark: Unicode.Scalar, in sentence: Range<Int>, from first: Int, within reach: Int, minimumWords: Int
  ) -> (mark: Int, words: Range<Int>)? {
    guard first < sentence.upperBound - 1,
      let at = (first..<min(sentence.upperBound - 1, sentence.lowerBound + reach)).first(where: {
        tokens[$0].isPunctuation(mark) && tokens[$0 + 1].kind == .openQuote
      })
    else { return nil }
    // `- Carl Bialik: "..." [HuffPost.]`: a digest's source in brackets after the quotation.
    var end = sentence.upperBound
    if tokens[end - 1].isPunctuation("]")
      || end - 2 > at && tokens[end - 1].isPunctuation(".")
        && tokens[end - 2].isPunctuation("]"),
      let open = (at + 1..<end).last(where: { tokens[$0].isPunctuation("[") }), tokens[open - 1].kind == .closeQuote
    {
      end = open
    }
    guard let content = contentRange((at + 1)..<end), isWholeQuote(content), wordCount(content) >= minimumWords
    else { return nil }
    return (at, quoteInside(content))
  }

  /// `..., VERB, "QUOTE."`: a comma right after an unlisted verb or a message noun, opening a
  /// quotation that runs to the sentence's end, and the words inside that quotation.
  func commaQuotation(in sentence: Range<Int>) -> (comma: Int, words: Range<Int>)? {
    guard
      let (comma, words) = quotation(
        after: ",", in: sentence, from: sentence.lowerBound + 1, within: sentence.count, minimumWords: 3),
      tokens[comma - 1].mayBeUnlistedVerb || Words.messages.contains(tokens[comma - 1].lower.string),
      paragraph.quoteOf[comma - 1] == nil
    else { return nil }
    return (comma, words)
  }
}
