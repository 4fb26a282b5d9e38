import ArticleReading
import TextPrimitives

/// A quotation a clause introduces with a colon or a comma, whatever its verb: the speaker is
/// the clause's subject.
///
/// Handles, for example:
/// - `She then addressed the supporters: "We will win."`
/// - `The company released the following statement:` and a quotation paragraph.
/// - `When asked whether he would run, Devine responded: "I guess so."` (after a cue earlier in
///   the sentence, when its quotation is still nobody's).
enum IntroducedQuoteRule: AttributionRule {
  static let startsFrom: RuleStart = [.quotationMark]
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool {
    scan.nothingFound(finder)
      || scan.colonQuoted.map { quoted in
        !finder.findings[scan.findingsBefore...].contains { $0.fragments.contains { $0.overlaps(quoted.words) } }
      } == true
  }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    finder.introducedQuote(in: scan.sentence, colonQuoted: scan.colonQuoted)
  }
}

extension SentenceFinder {
  /// `Caddell continued:` closing a paragraph: the cue and speaker of the quotation that opens
  /// the next one.
  func announcedQuote() -> (speaker: Span, cue: Span, cueText: String)? {
    guard let last = paragraph.sentences.last, paragraph.tokens.count >= 2,
      paragraph.tokens[paragraph.tokens.count - 1].isPunctuation(":")
    else { return nil }
    let c = paragraph.tokens.count - 2
    guard c >= last.lowerBound, paragraph.tokens[c].isWord else { return nil }
    if let entry = paragraph.tokens[c].cue, entry.form == .past || entry.form == .present,
      let subject = leftSpeaker(endingAt: c - 1, floor: last.lowerBound)
    {
      let cue = span(c..<(c + 1))
      return (span(subject.phrase), cue, cue.text)
    }
    // `President Clinton released the following statement:`, `17-year-old Jared Potts echoed:`
    guard let (speaker, cue) = colonIntroducer(endingAt: c + 1, in: last) else { return nil }
    let cueSpan = span(cue)
    return (span(speaker), cueSpan, cueSpan.text)
  }

  /// `She then addressed the supporters again: "..."`, `Former secretary of state Hillary
  /// Rodham Clinton: "..."`: a clause that introduces a quotation with a colon, whatever its
  /// verb. The colon says the quotation is someone's words; the subject is whose.
  /// With a comma instead of the colon, only right after a verb the lexicon does not list
  /// (`Clinton cracked, "..."`, `Billy Joel sings, "..."`): after a comma, a quotation is as often
  /// a title (`his memoir, "Gifted Hands,"`).
  mutating func introducedQuote(in sentence: Range<Int>, colonQuoted: (colon: Int, words: Range<Int>)?) {
    let introduced: (speaker: Range<Int>, cue: Range<Int>, words: Range<Int>)?
    if let (colon, words) = colonQuoted {
      introduced = colonIntroducer(endingAt: colon, in: sentence).map { ($0.speaker, $0.cue, words) }
    } else if let (comma, words) = commaQuotation(in: sentence) {
      if Words.messages.contains(tokens[comma - 1].lower.string) {
        // `Trump issued a statement, "..."`: the subject of the sentence speaks.
        introduced = sentenceSubject(sentence, before: comma).flatMap { subject in
          subject.upperBound < comma - 1 ? (subject, subject.upperBound..<comma, words) : nil
        }
      } else {
        // `Clinton cracked, "..."`: the speaker opens the clause (the sentence, or what follows
        // an opening adjunct's comma).
        let verb = comma - 1
        var a = verb - 1
        while a > sentence.lowerBound, tokens[a].classes.contains(.auxiliary) { a -= 1 }
        let speaker = leftSpeaker(endingAt: a, floor: sentence.lowerBound).flatMap { subject in
          subject.boundary.map { tokens[$0].isPunctuation(",") } ?? true ? subject.phrase : nil
        }
        introduced = speaker.map { ($0, verb..<comma, words) }
      }
    } else {
      introduced = nil
    }
    guard let (speaker, cue, words) = introduced else { return }
    let cueSpan = span(cue)
    findings.append(
      Finding(
        speaker: span(speaker), cue: cueSpan, cueText: cueSpan.text, fragments: [words], direct: true, outlet: nil))
  }

  /// The speaker and the cue (the predicate, or the colon itself after a bare name) of the clause
  /// from the sentence's start to the colon at `colon`. Not after a quotation or a dash at the
  /// start (`"Title," by Times' Ben Sisario: "..."` heads a digest entry), and only when the
  /// subject is followed by a word (`Wait, it gets better:` has no subject to speak).
  func colonIntroducer(endingAt colon: Int, in sentence: Range<Int>) -> (speaker: Range<Int>, cue: Range<Int>)? {
    let s0 = sentence.lowerBound
    guard colon > s0, tokens[s0].isWord, !(s0..<colon).contains(where: { tokens[$0].isQuote }) else { return nil }
    // The clause's first verb: a listed cue, or a lower-case `-ed` form (an unlisted `-s` form
    // is as often a plural noun: `Board members`).
    func isVerb(_ i: Int) -> Bool {
      let token = tokens[i]
      guard token.isWord, !token.capitalized else { return false }
      return token.cue != nil ? token.isFiniteCue : token.mayBeUnlistedVerb && token.lower.endsWith("ed")
    }
    // `Former harbor master Elena Ruiz:`: no verb, a name before the colon.
    var named: Range<Int>? = nil
    if tokens[colon - 1].isWord, tokens[colon - 1].capitalized, colon - s0 <= 10, !(s0..<colon).contains(where: isVerb),
      let name = leftSpeaker(endingAt: colon - 1, floor: s0)
    {
      // A name after a preposition ends a clause that may have a subject of its own: `Dana Reyes
      // gave the plan a look on Tuesday:` (not `Tuesday`); without one, the name is all there is
      // (`Then, later that month on CNN:`).
      guard name.phrase.lowerBound > s0, tokens[name.phrase.lowerBound - 1].classes.contains(.preposition) else {
        return (name.phrase, colon..<(colon + 1))
      }
      named = name.phrase
    }
    return clauseIntroducer(endingAt: colon, in: sentence, isVerb: isVerb) ?? named.map { ($0, colon..<(colon + 1)) }
  }

  /// ``colonIntroducer(endingAt:in:)``'s clause with a subject: the speaker before the clause's
  /// first verb, or the subject and all that follows it up to the colon.
  func clauseIntroducer(endingAt colon: Int, in sentence: Range<Int>, isVerb: (Int) -> Bool) -> (
    speaker: Range<Int>, cue: Range<Int>
  )? {
    guard let subject = sentenceSubject(sentence, before: colon) else { return nil }
    // `Board member Tom Hale released the following statement:`: the speaker before the verb.
    if let verb = (subject.lowerBound..<colon).first(where: isVerb), verb > subject.lowerBound {
      var a = verb - 1
      while a > subject.lowerBound, tokens[a].classes.contains(.auxiliary) { a -= 1 }
      if let speaker = leftSpeaker(endingAt: a, floor: subject.lowerBound),
        speaker.phrase.lowerBound == subject.lowerBound
      {
        return (speaker.phrase, verb..<colon)
      }
    }
    guard subject.upperBound < colon, tokens[subject.upperBound].isWord else { return nil }
    return (subject, subject.upperBound..<colon)
  }

  /// `he's`, `they’re`, `we've`: a subject pronoun and its verb in one word.
  static func isPronounContraction(_ token: Token) -> Bool {
    // (`i'm` to `they're`, starting as a subject pronoun does: most words are ruled out without
    // reading their letters.)
    guard token.isWord, token.length >= 3, token.length <= 7 else { return false }
    switch token.mark {
    case "h", "H", "s", "S", "t", "T", "w", "W", "i", "I": break
    default: return false
    }
    let lower = token.lower.string
    guard let apostrophe = lower.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
    let pronoun = lower[..<apostrophe]
    let verb = lower[lower.index(after: apostrophe)...]
    return Words.subjectPronouns.contains(String(pronoun)) && String(verb).isOne(of: "s", "re", "ve", "m", "ll", "d")
  }

}
