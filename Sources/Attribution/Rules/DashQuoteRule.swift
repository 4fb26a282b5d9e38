import ArticleReading
import TextPrimitives

/// A quotation signed with a dash and a name.
///
/// Handles, for example: `"We are not afraid." ― Ana Ruiz`.
enum DashQuoteRule: AttributionRule {
  static let startsFrom: RuleStart = [.quotationMark]
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { true }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) { finder.dashQuote(in: scan.sentence) }
}

extension SentenceFinder {
  /// `"We are not afraid." ― Ana Ruiz`: a quotation signed with a dash and a name.
  mutating func dashQuote(in sentence: Range<Int>) {
    let s0 = sentence.lowerBound
    guard tokens[s0].kind == .openQuote, let q = paragraph.quoteOf[s0] else { return }
    let quote = paragraph.quotes[q]
    let dash = quote.upperBound + 1
    guard dash + 1 < sentence.upperBound, tokens[quote.upperBound].kind == .closeQuote,
      tokens[dash].isDash
    else { return }
    var end = dash + 1
    while end < sentence.upperBound, tokens[end].isWord, tokens[end].capitalized || tokens[end].length == 1 {
      end += 1
      // `Julie A. Diaz`: an initial's stop.
      if end + 1 < sentence.upperBound, tokens[end].isPunctuation("."), tokens[end - 1].length == 1,
        tokens[end + 1].isWord
      {
        end += 1
      }
    }
    guard end > dash + 1, end - dash <= 7,
      end == sentence.upperBound || (tokens[end].kind == .punctuation && end + 1 == sentence.upperBound)
    else { return }
    let cue = span(dash..<(dash + 1))
    findings.append(
      Finding(
        speaker: span((dash + 1)..<end), cue: cue, cueText: cue.text,
        fragments: [quoteInside(s0..<(quote.upperBound + 1))],
        direct: true, outlet: nil))
  }
}
