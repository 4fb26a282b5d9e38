import ArticleReading
import TextPrimitives

/// A quotation beside a name and a verb the lexicon does not list: `"Why?" Vitter demanded.`,
/// when nothing else in the sentence attributes it.
///
/// Handles, for example: `"What curfew?" the protester shouted.` and `Clinton cracked, "..."`.
enum AnyVerbQuoteRule: AttributionRule {
  static let startsFrom: RuleStart = [.quotationMark]
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) { finder.quoteWithAnyVerb(in: scan.sentence) }
}

extension SentenceFinder {
  /// `"Why now?" Vitter demanded.`, `Mr. Christie gloated: "..."`: a quotation and a speaker
  /// with a verb the lexicon does not know. The shape alone, quotation then subject and one
  /// verb closing the sentence (or subject, verb, colon, quotation), marks speech.
  mutating func quoteWithAnyVerb(in sentence: Range<Int>) {
    let s0 = sentence.lowerBound
    let end = contentRange(sentence)?.upperBound ?? sentence.upperBound
    func isUnknownVerb(_ i: Int) -> Bool { tokens[i].mayBeUnlistedVerb }
    if tokens[s0].kind == .openQuote, let q = paragraph.quoteOf[s0] {
      // `"QUOTE," she yells while moving along the street.`
      let close = paragraph.quotes[q].upperBound
      var v = close + 1
      if v < end, tokens[v].isPunctuation(",") { v += 1 }
      // `"It's about time," exhorted Clinton's introducer, actress Jamie Lee Curtis.`: inverted,
      // with an `-ed` form after a quotation that closes on `,`, `?` or `!`.
      if v < end, close > s0 + 1, tokens[v].mayBeUnlistedVerb, tokens[v].lower.endsWith("ed"),
        tokens[close - 1].lower.isOne(of: ",", "?", "!") || tokens[v - 1].isPunctuation(","),
        let speaker = forwardRun(from: v + 1, in: sentence, stopAtComma: true, limit: 10), looksLikeSpeaker(speaker),
        speaker.upperBound == end || tokens[speaker.upperBound].isPunctuation(",")
      {
        let (words, closed) = paragraph.inside(quote: q)
        guard closed, !words.isEmpty else { return }
        let cue = span(v..<(v + 1))
        findings.append(
          Finding(speaker: span(speaker), cue: cue, cueText: cue.text, fragments: [words], direct: true, outlet: nil))
        return
      }
      var verb = v
      while verb < end, verb - v < 5, !isUnknownVerb(verb), tokens[verb].isWord || tokens[verb].isPunctuation(".") {
        verb += 1
      }
      guard verb < end, verb > v, isUnknownVerb(verb),
        let subject = leftSpeaker(endingAt: verb - 1, floor: v), subject.phrase.lowerBound == v,
        subject.phrase.contains(where: { tokens[$0].capitalized }) || tokens[v].classes.contains(.pronoun)
          || tokens[v].classes.contains(.determiner),
        verb + 1 == end || tokens[verb + 1].classes.contains(.adjunctOpener)
      else { return }
      let (words, closed) = paragraph.inside(quote: q)
      guard closed, !words.isEmpty else { return }
      let cue = span(verb..<(verb + 1))
      findings.append(
        Finding(
          speaker: span(subject.phrase), cue: cue, cueText: cue.text, fragments: [words], direct: true, outlet: nil))
      return
    }
    // `Mr. Christie gloated: "..."`
    guard let (colon, words) = colonQuotation(in: sentence, within: 10), colon > s0 + 1, isUnknownVerb(colon - 1),
      let subject = leftSpeaker(endingAt: colon - 2, floor: s0),
      subject.phrase.lowerBound == s0
        || (subject.phrase.lowerBound == s0 + 1 && tokens[s0].lower.isOne(of: "and", "but")),
      subject.phrase.contains(where: { tokens[$0].capitalized }) || tokens[s0].classes.contains(.pronoun)
    else { return }
    let cue = span((colon - 1)..<colon)
    findings.append(
      Finding(
        speaker: span(subject.phrase), cue: cue, cueText: cue.text, fragments: [words], direct: true, outlet: nil))
  }
}
