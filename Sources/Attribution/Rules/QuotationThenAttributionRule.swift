import ArticleReading
import TextPrimitives

/// An attribution cut off as a sentence of its own, with nothing said after its cue, speaks the
/// quotation just before it (an appositive kept the quotation's sentence from reaching its cue),
/// when nothing else in the sentence attributes anything.
///
/// Handles, for example: `"Is the pier open yet?" Berg, a ferry captain for thirty years, said
/// quietly into the radio.`
enum QuotationThenAttributionRule: AttributionRule {
  static let startsFrom: RuleStart = [.cue, .quotationMark]
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool {
    scan.nothingFound(finder) && scan.previous != nil
  }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    finder.attributionAfterQuotation(scan.sentence, previous: scan.previous!)
  }
}

extension SentenceFinder {
  /// `"...?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.`: an
  /// attribution cut off as a sentence of its own (the appositive kept the quotation's sentence
  /// from reaching its cue), with nothing said after its cue, speaks the quotation before it.
  mutating func attributionAfterQuotation(_ sentence: Range<Int>, previous: Range<Int>) {
    let s0 = sentence.lowerBound
    guard tokens[previous.lowerBound].kind == .openQuote, let q = paragraph.quoteOf[previous.lowerBound],
      paragraph.quotes[q].upperBound >= previous.upperBound - 2, tokens[s0].isWord, tokens[s0].capitalized,
      let c = (s0..<min(sentence.upperBound, s0 + 20)).first(where: { i in
        tokens[i].isWord && !tokens[i].capitalized && tokens[i].isFiniteCue
      }), c > s0
    else { return }
    let quoted = paragraph.inside(quote: q)
    guard quoted.closed, !quoted.range.isEmpty,
      !findings.contains(where: { $0.fragments.contains { $0.overlaps(quoted.range) } })
    else { return }
    var a = c - 1
    while a > s0, tokens[a].classes.contains(.auxiliary) { a -= 1 }
    guard let subject = leftSpeaker(endingAt: a, floor: s0), subject.phrase.lowerBound == s0 else { return }
    let cue = span(c..<(c + 1))
    findings.append(
      Finding(
        speaker: span(subject.phrase), cue: cue, cueText: cue.text, fragments: [quoted.range], direct: true,
        outlet: nil))
  }
}
