import ArticleReading
import TextPrimitives

/// Finds the statements of one paragraph, sentence by sentence.
struct SentenceFinder {
  let paragraph: Paragraph
  let scalars: [Unicode.Scalar]
  var findings: [Finding] = []

  init(paragraph: Paragraph, scalars: [Unicode.Scalar]) {
    self.paragraph = paragraph
    self.scalars = scalars
    self.isTitleCase = Self.isTitleCase(paragraph.tokens)
  }

  var tokens: [Token] { paragraph.tokens }

  /// A headline in title case (`Rubio Says Reform Was A Sign Of Leadership`): its cue is
  /// capitalised like every other word. Decided once per paragraph.
  let isTitleCase: Bool

  static func isTitleCase(_ tokens: [Token]) -> Bool {
    guard tokens.count <= 60 else { return false }
    // Counted in place: filtering copied every token of every paragraph.
    var (words, capitalized) = (0, 0)
    for i in tokens.indices where tokens[i].isWord {
      words += 1
      if tokens[i].capitalized { capitalized += 1 }
    }
    guard words >= 4, words <= 30 else { return false }
    return capitalized * 10 >= words * 7
  }

  /// Runs the rules (``AttributionRules/all``) in order over each sentence the prefilter lets
  /// through; each rule decides from what the rules before it found whether it runs.
  mutating func run() {
    for (n, sentence) in paragraph.sentences.enumerated() where mayAttribute(sentence) {
      // `...: "QUOTE."`, looked for once: three rules read it.
      let scan = SentenceScan(
        sentence: sentence, findingsBefore: findings.count, colonQuoted: colonQuotation(in: sentence, within: 40),
        previous: n > 0 ? paragraph.sentences[n - 1] : nil)
      for rule in AttributionRules.all where rule.runs(scan, self) {
        rule.apply(scan, &self)
      }
    }
  }

  /// Whether any rule can start in the sentence: most of an article's sentences hold no
  /// quotation mark, cue, phrase start or hedge, and are ruled out in one pass over their tokens.
  /// What is looked for is what the rules declare (``AttributionRule/startsFrom``).
  func mayAttribute(_ sentence: Range<Int>) -> Bool {
    let prefilter = AttributionRules.prefilter
    return sentence.contains { i in
      (prefilter.quotationMark && tokens[i].isQuote) || (prefilter.cue && tokens[i].cueIndex >= 0)
        || !tokens[i].classes.isDisjoint(with: prefilter.classes)
    }
  }

  /// A cue inside what an earlier cue of the sentence reports is part of that report
  /// (`A senior official said the mayor had promised ...`), not a statement of its own.
  func insideEarlierContent(_ offset: Int, sentence: Range<Int>) -> Bool {
    let sentenceStart = tokens[sentence.lowerBound].start
    return findingsOfSentence(startingAt: sentenceStart).contains { finding in
      finding.cue.range.upperBound <= offset && finding.fragments.contains { $0.contains(offset) }
    }
  }

  /// The findings of the sentence that starts at this offset: the trailing ones, found by
  /// walking back only as far as the sentence, so the cost never grows with the paragraph.
  func findingsOfSentence(startingAt offset: Int) -> ArraySlice<Finding> {
    var first = findings.endIndex
    while first > findings.startIndex, findings[first - 1].cue.range.lowerBound >= offset { first -= 1 }
    return findings[first...]
  }

  /// The length of the first of `phrases` (word lists from ``CueLexicon``, by their first word)
  /// that starts at `i`. (Callers ask first whether the word is of the phrases' start class: the
  /// call alone cost more than that test.)
  func phraseLength(at i: Int, in sentence: Range<Int>, of phrases: TermMap<[[String]]>) -> Int? {
    guard let starting = phrases[tokens[i].lower.bytes] else { return nil }
    for phrase in starting where i + phrase.count < sentence.upperBound {
      if phrase.indices.dropFirst().allSatisfy({ tokens[i + $0].isWord && tokens[i + $0].lower.isEqual(to: phrase[$0]) }
      ) {
        return phrase.count
      }
    }
    return nil
  }

  /// `..., cited by Russia's state-run TASS news agency` right after a source: the channel.
  func citedChannel(after index: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard index + 2 < sentence.upperBound, tokens[index].isPunctuation(","),
      tokens[index + 1].lower.isOne(of: "cited", "reported", "quoted", "carried"), tokens[index + 2].lower == "by"
    else { return nil }
    return forwardRun(from: index + 3, in: sentence, stopAtComma: true, limit: 10)
  }

  // MARK: Spans

  func characterRange(_ range: Range<Int>) -> Range<Int> {
    tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
  }

  func span(_ range: Range<Int>) -> Span {
    let characters = characterRange(range)
    return Span(range: characters, text: ScalarClass.string(scalars[characters]))
  }

  func wordCount(_ range: Range<Int>) -> Int {
    range.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
  }
}
