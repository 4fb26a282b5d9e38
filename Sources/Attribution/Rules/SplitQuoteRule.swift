import ArticleReading
import TextPrimitives

/// The rest of a quotation split around its attribution: `"We are ready," she said. "The bridge
/// is safe."`, the second sentence the same speaker's, when nothing else attributes it.
enum SplitQuoteRule: AttributionRule {
  static let startsFrom: RuleStart = [.quotationMark]
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    finder.continueSplitQuote(scan.sentence, previous: scan.previous)
  }
}

extension SentenceFinder {
  /// A sentence with no cue that is one quotation, right after a direct statement in the same
  /// paragraph: the second part of `"A," she said. "B."`.
  /// `The summit did "too little," he added. "B."` goes on as well, and `"A," she said,
  /// emphasizing X. "B."` continues the quotation, not the participle.
  /// `"A," Trump said. Instead, "B."`: a short lead-in and a comma may come before it.
  /// After reported speech (`Obama "felt a moral obligation," Axelrod said. "This is core
  /// stuff."`), the quotation of the next sentence is a statement of its own by the same speaker.
  mutating func continueSplitQuote(_ sentence: Range<Int>, previous: Range<Int>?) {
    var open = sentence.lowerBound
    while open < sentence.upperBound, open - sentence.lowerBound < 4, tokens[open].isWord { open += 1 }
    if open > sentence.lowerBound {
      guard open + 1 < sentence.upperBound, tokens[open].isPunctuation(",") else { return }
      open += 1
    }
    guard open < sentence.upperBound, tokens[open].kind == .openQuote, let q = paragraph.quoteOf[open],
      paragraph.quotes[q].upperBound >= sentence.upperBound - 2
    else { return }
    var index = findings.count - 1
    while index > 0, CueLexicon.forms[findings[index].cueText.lowercased()]?.form == .participle,
      !endsWithQuotation(findings[index])
    {
      index -= 1
    }
    guard index >= 0, !findings[index].openAtEnd else { return }
    let (words, closed) = paragraph.inside(quote: q)
    if !endsWithQuotation(findings[index]) {
      guard let previous, index == findings.count - 1, !words.isEmpty else { return }
      let previousStart = tokens[previous.lowerBound].start
      // `"A," said X, who noted that ... . "B."`: a quotation of the previous sentence goes on.
      if let quoted = findings.indices.last(where: {
        findings[$0].direct && findings[$0].cue.range.lowerBound >= previousStart && !findings[$0].openAtEnd
      }) {
        findings[quoted].fragments.append(words)
        findings[quoted].openAtEnd = !closed
        return
      }
      let last = findings[findings.count - 1]
      guard !last.vague, last.speaker != nil, last.cue.range.lowerBound >= previousStart else { return }
      var finding = Finding(
        speaker: last.speaker, cue: last.cue, cueText: last.cueText, fragments: [words], direct: true,
        outlet: last.outlet)
      finding.antecedent = last.antecedent
      finding.openAtEnd = !closed
      findings.append(finding)
      return
    }
    findings[index].fragments.append(words)
    findings[index].openAtEnd = !closed
  }

  /// A direct statement, or reported speech whose last words are a quotation.
  func endsWithQuotation(_ finding: Finding) -> Bool {
    guard !finding.direct else { return true }
    guard let last = finding.fragments.last, last.upperBound > last.lowerBound else { return false }
    return Tokenizer.isQuoteMark(scalars[last.upperBound - 1])
  }
}
