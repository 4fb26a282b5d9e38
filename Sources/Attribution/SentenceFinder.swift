import ArticleReading
import TextPrimitives

/// Finds the statements of one paragraph, sentence by sentence.
struct SentenceFinder {
  let paragraph: Paragraph
  let scalars: [Unicode.Scalar]
  private(set) var findings: [Finding] = []

  init(paragraph: Paragraph, scalars: [Unicode.Scalar]) {
    self.paragraph = paragraph
    self.scalars = scalars
    self.isTitleCase = Self.isTitleCase(paragraph.tokens)
  }

  private var tokens: [Token] { paragraph.tokens }

  /// A headline in title case (`Rubio Says Reform Was A Sign Of Leadership`): its cue is
  /// capitalised like every other word. Decided once per paragraph.
  private let isTitleCase: Bool

  private static func isTitleCase(_ tokens: [Token]) -> Bool {
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

  /// Words that name an interview, before the outlet that carried it.
  static let interviewWords: Set<String> = ["speaking", "interview", "interviewed"]

  /// Cues that report a statement of their own even inside an earlier cue's content.
  static let sayOrTell: Set<String> = ["said", "says", "told", "tells"]

  /// Cues that a title-case headline may carry, capitalised.
  static let headlineCues: Set<String> = [
    "says", "said", "warns", "tells", "claims", "insists", "vows", "urges",
  ]

  mutating func run() {
    for (n, sentence) in paragraph.sentences.enumerated() where mayAttribute(sentence) {
      let before = findings.count
      // `...: "QUOTE."`, looked for once: three rules below read it.
      let colonQuoted = colonQuotation(in: sentence, within: 40)
      findCues(in: sentence, colonQuoted: colonQuoted)
      if findings.count > before, let channel = sentenceOutlet(sentence) {
        for index in before..<findings.count where findings[index].outlet == nil {
          findings[index].outlet = channel
          findings[index].interview = true
        }
      }
      if findings.count == before {
        quoteWithAnyVerb(in: sentence)
      }
      // (Also after a cue earlier in the sentence, when its quotation is still nobody's:
      // `When asked whether he thought that ..., Devine responded: "I guess so."`)
      if findings.count == before
        || colonQuoted.map({ quoted in
          !findings[before...].contains { $0.fragments.contains { $0.overlaps(quoted.words) } }
        }) == true
      {
        introducedQuote(in: sentence, colonQuoted: colonQuoted)
      }
      if findings.count == before, n > 0 {
        attributionAfterQuotation(sentence, previous: paragraph.sentences[n - 1])
      }
      if findings.count == before {
        continueSplitQuote(sentence, previous: n > 0 ? paragraph.sentences[n - 1] : nil)
      }
      if findings.count == before {
        findHedge(in: sentence)
      }
    }
  }

  /// Every rule below starts from a quotation mark, a cue, a source phrase's first word or a
  /// hedge (those that take a verb the lexicon does not list, `"Why?" Vitter demanded.`, start
  /// from the quotation): a sentence with none of these, as most of an article's are, is ruled
  /// out in one pass over its tokens.
  private func mayAttribute(_ sentence: Range<Int>) -> Bool {
    sentence.contains { i in
      tokens[i].isQuote || tokens[i].cueIndex >= 0
        || !tokens[i].classes.isDisjoint(with: [.sourcePhraseStart, .verbPhraseStart, .hedge])
    }
  }

  // MARK: Cues

  private mutating func findCues(in sentence: Range<Int>, colonQuoted: (colon: Int, words: Range<Int>)?) {
    colonQuote(in: sentence, colonQuoted: colonQuoted)
    dashQuote(in: sentence)
    // (The lexicon's tables fetched once, not at every word: a global's every read is a check
    // that it was made.)
    let sourcePhrases = CueLexicon.sourcePhrasesByStart
    let verbPhrases = CueLexicon.verbPhrasesByStart
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      // (Read in place: a copy of each token cost a retain and a release. A token that is no cue
      // and starts no phrase, as most are, is passed over on those two tests alone.)
      guard tokens[i].cueIndex >= 0 || !tokens[i].classes.isDisjoint(with: [.sourcePhraseStart, .verbPhraseStart]),
        paragraph.quoteOf[i] == nil, tokens[i].isWord
      else {
        i += 1
        continue
      }
      if tokens[i].classes.contains(.sourcePhraseStart),
        let length = phraseLength(at: i, in: sentence, of: sourcePhrases)
      {
        sourcePhrase(at: i, length: length, in: sentence)
        i += length
        continue
      }
      if tokens[i].classes.contains(.verbPhraseStart), let length = phraseLength(at: i, in: sentence, of: verbPhrases) {
        verbCue(at: i, length: length, entry: CueLexicon.forms["said"]!, in: sentence)
        i += length
        continue
      }
      // (Only a cue can start a statement below: other words need not be placed.)
      if tokens[i].cueIndex >= 0, !tokens[i].classes.contains(.sayOrTell),
        insideEarlierContent(tokens[i].start, sentence: sentence)
      {
        i += 1
        continue
      }
      if !tokens[i].capitalized || i == sentence.lowerBound
        || (isTitleCase && tokens[i].classes.contains(.headlineCue)),
        let entry = tokens[i].cue
      {
        verbCue(at: i, entry: entry, in: sentence)
      }
      i += 1
    }
  }

  /// `"We are not afraid." ― Ana Ruiz`: a quotation signed with a dash and a name.
  private mutating func dashQuote(in sentence: Range<Int>) {
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
  private mutating func introducedQuote(in sentence: Range<Int>, colonQuoted: (colon: Int, words: Range<Int>)?) {
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
  private func colonIntroducer(endingAt colon: Int, in sentence: Range<Int>) -> (speaker: Range<Int>, cue: Range<Int>)?
  {
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
  private func clauseIntroducer(endingAt colon: Int, in sentence: Range<Int>, isVerb: (Int) -> Bool) -> (
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

  /// What `according to` can be followed by that is a manner, not a source.
  static let mannerHeads: Set<String> = [
    "plan", "plans", "preference", "preferences", "schedule", "tradition", "custom", "rules", "script", "wishes",
    "instructions", "taste", "tastes", "standards", "needs", "ability", "merit", "size", "age",
  ]

  /// Conjunctions after which a quotation that a cue's content opens with has ended.
  static let quotationEnders: Set<String> = ["and", "as", "but", "before", "after", "while", "when", "then"]

  /// Quantifiers that can speak for a group on their own (`most said`).
  static let quantifiers: Set<String> = ["most", "some", "many", "several", "few", "both", "all"]

  /// Words that put a name in a phrase of place or time (`on Tuesday`, `in Iowa`), not in subject
  /// position.
  static let prepositions: Set<String> = [
    "on", "in", "at", "with", "by", "from", "for", "to", "after", "before", "during", "since", "about",
    "into", "over", "under", "near", "across", "outside", "inside", "against", "toward", "towards",
  ]

  /// `Clinton: "Our goal is ..."`: a name, a colon and a quotation.
  /// Also after a dash or `from` inside a sentence (`Pollsters agree - Carl Bialik: "..."`,
  /// `Rep. Trey Gowdy (R-S.C.): "..."`).
  private mutating func colonQuote(in sentence: Range<Int>, colonQuoted: (colon: Int, words: Range<Int>)?) {
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
    let cue = span(colon..<(colon + 1))
    findings.append(
      Finding(
        speaker: span(start..<end), cue: cue, cueText: cue.text, fragments: [quoted], direct: true, outlet: nil))
  }

  /// `...: "QUOTE."`: the first colon within `reach` tokens of the sentence's start that opens a
  /// quotation running to the sentence's end, and the words inside that quotation.
  private func colonQuotation(in sentence: Range<Int>, within reach: Int) -> (colon: Int, words: Range<Int>)? {
    quotation(after: ":", in: sentence, from: sentence.lowerBound + 1, within: reach, minimumWords: 2).map {
      (colon: $0.mark, words: $0.words)
    }
  }

  /// The first `mark` between `first` and `reach` tokens into the sentence that opens a quotation
  /// running to the sentence's end (of at least `minimumWords`), and the words inside it.
  private func quotation(
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
  private func commaQuotation(in sentence: Range<Int>) -> (comma: Int, words: Range<Int>)? {
    guard
      let (comma, words) = quotation(
        after: ",", in: sentence, from: sentence.lowerBound + 1, within: sentence.count, minimumWords: 3),
      tokens[comma - 1].mayBeUnlistedVerb || Words.messages.contains(tokens[comma - 1].lower.string),
      paragraph.quoteOf[comma - 1] == nil
    else { return nil }
    return (comma, words)
  }

  /// `"Why now?" Vitter demanded.`, `Mr. Christie gloated: "..."`: a quotation and a speaker
  /// with a verb the lexicon does not know. The shape alone, quotation then subject and one
  /// verb closing the sentence (or subject, verb, colon, quotation), marks speech.
  private mutating func quoteWithAnyVerb(in sentence: Range<Int>) {
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

  /// A cue inside what an earlier cue of the sentence reports is part of that report
  /// (`A senior official said the mayor had promised ...`), not a statement of its own.
  private func insideEarlierContent(_ offset: Int, sentence: Range<Int>) -> Bool {
    let sentenceStart = tokens[sentence.lowerBound].start
    return findingsOfSentence(startingAt: sentenceStart).contains { finding in
      finding.cue.range.upperBound <= offset && finding.fragments.contains { $0.contains(offset) }
    }
  }

  /// The findings of the sentence that starts at this offset: the trailing ones, found by
  /// walking back only as far as the sentence, so the cost never grows with the paragraph.
  private func findingsOfSentence(startingAt offset: Int) -> ArraySlice<Finding> {
    var first = findings.endIndex
    while first > findings.startIndex, findings[first - 1].cue.range.lowerBound >= offset { first -= 1 }
    return findings[first...]
  }

  /// The length of the first of `phrases` (word lists from ``CueLexicon``, by their first word)
  /// that starts at `i`. (Callers ask first whether the word is of the phrases' start class: the
  /// call alone cost more than that test.)
  private func phraseLength(at i: Int, in sentence: Range<Int>, of phrases: TermMap<[[String]]>) -> Int? {
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
  private func citedChannel(after index: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard index + 2 < sentence.upperBound, tokens[index].isPunctuation(","),
      tokens[index + 1].lower.isOne(of: "cited", "reported", "quoted", "carried"), tokens[index + 2].lower == "by"
    else { return nil }
    return forwardRun(from: index + 3, in: sentence, stopAtComma: true, limit: 10)
  }

  /// `according to X, CONTENT` / `CONTENT, according to X` / `CONTENT, as confirmed by X`.
  private mutating func sourcePhrase(at a: Int, length: Int, in sentence: Range<Int>) {
    let sourceStart = a + length
    // (`according to plan`, `according to their instinctive preference`: a manner, not a source;
    // but `according to people familiar with the network's plans`.)
    guard let source = forwardRun(from: sourceStart, in: sentence, stopAtComma: true, limit: 16),
      source.count > 3 || !Self.mannerHeads.contains(tokens[source.upperBound - 1].lower.string)
    else { return }
    let cue = span(a..<(a + length))
    var outlet: Span? = nil
    var after = source.upperBound
    if let channel = citedChannel(after: after, in: sentence) {
      outlet = span(channel)
      after = channel.upperBound
    }
    var content: Range<Int>? = nil
    let atStart =
      a == sentence.lowerBound
      || (a == sentence.lowerBound + 1 && tokens[sentence.lowerBound].lower.isOne(of: "but", "and", "yet"))
    if atStart {
      if after < sentence.upperBound, tokens[after].isPunctuation(",") { after += 1 }
      content = contentRange(after..<sentence.upperBound)
    } else {
      var end = a
      if end > sentence.lowerBound, tokens[end - 1].isPunctuation(",") { end -= 1 }
      content = contentRange(sentence.lowerBound..<end)
    }
    guard let content, wordCount(content) >= 3 else { return }
    findings.append(
      Finding(
        speaker: span(source), cue: cue, cueText: cue.text, fragments: [characterRange(content)],
        direct: isWholeQuote(content), outlet: outlet))
    if findings[findings.count - 1].direct {
      findings[findings.count - 1].fragments = [quoteInside(content)]
    } else if !atStart, tokens[a].lower == "according", let rest = restOfSentence(after: after, in: sentence),
      isClause(rest)
    {
      // `The next day, according to Roffman, Trump made further demands.` (An `as suggested by X`
      // aside refers to the phrase before it only.)
      extendWithRestOfSentence(after: after, in: sentence)
    }
  }

  private mutating func verbCue(at c: Int, length: Int = 1, entry: CueLexicon.Entry, in sentence: Range<Int>) {
    let s0 = sentence.lowerBound
    if length == 1, isNounUse(c, entry: entry, in: sentence) { return }
    // `a group called "Moms for Safe Streets"`: a name, not a characterisation (which has an
    // object before its quotation: `called it "a disgrace"`); `called for`, `called on` ask for
    // something.
    // (`what he called "our arguments this year"`: the object is `what`.)
    if entry.verb.lemma == "call", c + 1 < sentence.upperBound,
      !tokens[c + 1].isWord
        && !(max(s0, c - 4)..<c).contains(where: {
          tokens[$0].lower == "what"
            && (tokens[$0 + 1].capitalized
              || tokens[$0 + 1].classes.contains(.pronoun))
        })
        || tokens[c + 1].lower.isOne(of: "for", "on", "off", "up", "out", "back", "in")
    {
      return
    }
    // `spending shot back up`: not a retort.
    if length == 2, tokens[c + 1].lower == "back", c + 2 < sentence.upperBound,
      tokens[c + 2].lower.isOne(of: "up", "down", "into", "out")
    {
      return
    }
    // An infinitive (`wants to say`) or a passive (`is said to`, `was told by`).
    if c > s0, tokens[c - 1].lower == "to" { return }
    var a = c - 1
    // Auxiliaries, adverbs and a time adjunct, in any order (`have in the past said`).
    for _ in 0..<2 {
      while a >= s0, tokens[a].isWord,
        tokens[a].classes.contains(.auxiliary)
          || (!tokens[a].capitalized && tokens[a].lower.endsWith("ly") && tokens[a].length > 4)
      {
        a -= 1
      }
      a = beforeTimeAdjunct(a, floor: s0)
    }
    if a >= s0, tokens[a].classes.contains(.beForm), entry.form == .past {
      passiveCue(at: c, auxiliary: a, in: sentence)
      return
    }
    if entry.form == .participle {
      participleCue(at: c, entry: entry, in: sentence)
      return
    }
    if entry.form == .base, c + 1 < sentence.upperBound, tokens[c + 1].lower == "to" { return }
    // A bare form after a modal (`can maintain`, `may counter`, `would read this as`) reports
    // nothing yet.
    if entry.form == .base || tokens[c].lower.isEqual(to: entry.verb.lemma), c > s0,
      tokens[c - 1].classes.contains(.modal) || tokens[c - 1].lower.endsWith("n't")
        || tokens[c - 1].lower.endsWith("n’t")
    {
      return
    }

    let cue = span(c..<(c + length))
    // `Said Comey, "The thought ..."`: an inverted cue opening the sentence.
    if c == s0, length == 1, tokens[c].capitalized, entry.form == .past || entry.form == .present,
      entry.verb.strength == .speech,
      let speaker = forwardRun(from: c + 1, in: sentence, stopAtComma: true, limit: 12), looksLikeSpeaker(speaker)
    {
      appendQuotationAfter(speaker: speaker, cue: cue, outlet: nil, resume: speaker.upperBound, in: sentence)
      return
    }
    let after = contentAfter(cue: c + length - 1, entry: entry, in: sentence)
    // `an architect who said he was stiffed`, `the company, which said ...`, and with a
    // quotation `a marketing video that said, "..."` (`that` is as often a conjunction).
    // (`experts who say ...`: after `who`, the bare form is a plural present.)
    if a > s0, tokens[a].lower.isOne(of: "who", "which") || tokens[a].lower == "that" && after?.direct == true,
      entry.form != .base || tokens[a].lower == "who"
    {
      guard let after, after.substantial, entry.verb.strength == .speech || after.hadThat || after.direct else {
        return
      }
      let aside = tokens[a - 1].isPunctuation(",")
      let end = aside ? a - 2 : a - 1
      guard end >= s0, var antecedent = leftSpeaker(endingAt: end, floor: s0)?.phrase else { return }
      // `pay an architect who`: the noun phrase from its determiner; `echoed engineers who`: after
      // the verb.
      if let verb = antecedent.dropLast().last(where: {
        !tokens[$0].capitalized
          && (tokens[$0].lower.endsWith("ed") && tokens[$0].mayBeUnlistedVerb || tokens[$0].cue != nil)
      }) {
        antecedent = (verb + 1)..<antecedent.upperBound
      }
      if let determiner = antecedent.last(where: { tokens[$0].classes.contains(.determiner) }) {
        antecedent = determiner..<antecedent.upperBound
      }
      var content = after.range
      // `The company, which said it would appeal, declined`: the aside ends where the sentence's
      // own verb follows.
      if aside, !after.direct,
        let comma = (c..<(sentence.upperBound - 1)).first(where: { m in
          tokens[m].isPunctuation(",") && tokens[m].start > content.lowerBound && paragraph.quoteOf[m] == nil
            && !tokens[m + 1].capitalized && tokens[m + 1].isWord
            && (tokens[m + 1].lower.endsWith("ed") || tokens[m + 1].cue?.form == .past)
        })
      {
        content = content.lowerBound..<tokens[comma - 1].end
      }
      var finding = Finding(
        speaker: span(a..<(a + 1)), cue: cue, cueText: cue.text, fragments: [content], direct: after.direct,
        outlet: after.outlet)
      finding.antecedent = span(antecedent)
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return
    }
    let subject = leftSpeaker(endingAt: a, floor: s0)
    // `CONTENT, said X` / `"QUOTE," said X`: speech verbs only, and only where no appositive
    // subject stands before the cue (`Hale, the chief engineer, told the Courier that ...`).
    // (A belief verb too after a quotation: `"Our ideas are different," agrees X.`)
    let afterQuotation =
      a >= s0
      && (tokens[a].kind == .closeQuote || a > s0 && tokens[a].isPunctuation(",") && tokens[a - 1].kind == .closeQuote)
    if entry.verb.strength == .speech || afterQuotation, entry.form != .base, a >= s0,
      tokens[a].isPunctuation(",") || tokens[a].kind == .closeQuote,
      subject == nil || tokens[a].kind == .closeQuote,
      let speaker = forwardRun(from: c + 1, in: sentence, stopAtComma: true, limit: 10), looksLikeSpeaker(speaker),
      speaker.upperBound == sentence.upperBound || !tokens[speaker.upperBound].isWord
        || tokens[speaker.upperBound].classes.contains(.adjunctOpener)
        || tokens[speaker.upperBound].lower.isOne(of: "who", "that")
    {
      var end = a
      if tokens[a].isPunctuation(","), a > s0, tokens[a - 1].kind == .closeQuote { end = a - 1 }
      guard let content = contentRange(s0..<(tokens[end].kind == .closeQuote ? end + 1 : end)) else { return }
      appendBefore(
        content: content, speaker: speaker, cue: cue, outlet: after?.outlet, resume: speaker.upperBound,
        inverted: true, in: sentence)
      return
    }
    // `he called her "weak" and said she had ...`: the subject of the first verb speaks.
    if subject == nil, a >= s0, tokens[a].lower == "and" || tokens[a].lower == "but", entry.form != .base, let after,
      after.substantial
    {
      if entry.verb.strength == .opinion, !after.hadThat, !after.direct { return }
      // (`A few minutes later they reversed themselves ... and said`: the clause's own subject
      // before the sentence's first words.)
      let earlier = findingsOfSentence(startingAt: tokens[s0].start).last
      guard
        let speaker = earlier?.speaker
          ?? (nearestClauseSubject(before: a, floor: s0) ?? sentenceSubject(sentence, before: a)).map(span)
      else { return }
      var finding = Finding(
        speaker: speaker, cue: cue, cueText: cue.text, fragments: [after.range], direct: after.direct,
        outlet: after.outlet)
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return
    }
    guard let subject else { return }
    // `"QUOTE," she said several months later`: after a quotation, the cue attributes it,
    // whatever follows, unless a `that` clause says otherwise.
    let quoteBefore =
      subject.boundary.map { b in
        tokens[b].kind == .closeQuote || (tokens[b].isPunctuation(",") && b > s0 && tokens[b - 1].kind == .closeQuote)
      } ?? false
    // After a quotation, only a `that` close to the cue opens its content (`"...," he told a
    // crowd that the campaign estimated at 3,000`: a relative clause).
    if let after, after.substantial, !quoteBefore || (after.hadThat && after.thatDistance <= 3) {
      if entry.verb.strength == .opinion, !after.hadThat, !after.direct { return }
      var finding = Finding(
        speaker: span(subject.phrase), cue: cue, cueText: cue.text, fragments: [after.range],
        direct: after.direct, outlet: after.outlet ?? subject.channel.map(span))
      finding.interview = after.interview
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return
    }
    // `CONTENT, X said.` / `"QUOTE," X said.` (`..., the borrowing continued.` reports nothing.)
    if let boundary = subject.boundary, boundary > s0 || tokens[boundary].kind == .closeQuote,
      tokens[boundary].isPunctuation(",") || tokens[boundary].kind == .closeQuote,
      entry.verb.strength == .speech || quoteBefore
    {
      var end = boundary
      if tokens[boundary].isPunctuation(","), boundary > s0, tokens[boundary - 1].kind == .closeQuote {
        end = boundary - 1
      }
      guard let content = contentRange(s0..<(tokens[end].kind == .closeQuote ? end + 1 : end)) else { return }
      appendBefore(
        content: content, speaker: subject.phrase, cue: cue, outlet: after?.outlet, resume: c + 1, in: sentence)
    }
  }

  /// `The talks were confirmed by a statement from X`: the agent after `by` speaks, the subject
  /// before the auxiliary is what it said.
  private mutating func passiveCue(at c: Int, auxiliary a: Int, in sentence: Range<Int>) {
    let s0 = sentence.lowerBound
    // `what would come to be known by some as`: belief verbs make no passive attribution.
    guard tokens[c].cue?.verb.strength == .speech else { return }
    guard c + 2 < sentence.upperBound, tokens[c + 1].lower == "by", a > s0,
      let agent = forwardRun(from: c + 2, in: sentence, stopAtComma: true, limit: 12),
      let content = contentRange(s0..<a), wordCount(content) >= 2
    else { return }
    let cue = span(c..<(c + 2))
    let outlet = citedChannel(after: agent.upperBound, in: sentence).map(span)
    findings.append(
      Finding(
        speaker: span(agent), cue: cue, cueText: cue.text, fragments: [characterRange(content)], direct: false,
        outlet: outlet))
  }

  /// `Clinton on Tuesday said`, `the State Department two weeks ago said`: the index before a
  /// time adjunct that stands between a subject and its cue (or `i` when there is none).
  private func beforeTimeAdjunct(_ i: Int, floor: Int) -> Int {
    guard i >= floor, tokens[i].isWord, tokens[i].classes.contains(.timeHead) else { return i }
    var j = i - 1
    while j >= floor, i - j < 5, tokens[j].isWord,
      tokens[j].classes.contains(.timeHead) || tokens[j].classes.contains(.timeModifier)
    {
      j -= 1
    }
    // The adjunct must leave a subject before it.
    // (`Beck, who supported Cruz, last week said`: the appositive's comma, then the subject.)
    guard j >= floor,
      tokens[j].isWord || tokens[j].isPunctuation(")") || tokens[j].isPunctuation(".") || tokens[j].isPunctuation(",")
    else { return i }
    return j
  }

  /// `and` and `but`, a word class: clause ends and speaker phrases ask it of every word.
  static let andOrBut: Set<String> = ["and", "but"]

  /// Forms of `be` (a word class: every cue asks about the word before it).
  static let beForms: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]

  static let timeHeads: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago", "morning", "evening",
    "afternoon", "night", "week", "weekend", "month", "year", "past", "today", "yesterday", "tonight", "time",
  ]
  static let timeModifiers: Set<String> = [
    "on", "in", "at", "last", "this", "earlier", "later", "the", "a", "two", "three", "four", "several", "few",
    "weeks", "months", "years", "days",
  ]

  /// Forms that are nouns as often as verbs (`swing states`, `his claims`, `Editor's note`):
  /// verbs only where a clause follows.
  private func isNounUse(_ c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) -> Bool {
    // `state Rep. David Bowen`, `the early voting states that held primaries`, `the TV show
    // "Shark Tank"`: nouns more often than cues. Before `that`, a cue only when the clause has
    // its own subject (`the document states that the ...`); `state` only so; `states` also before
    // a quotation or a noun phrase (`the website states same-sex couples ...` is lost, `states
    // Ohio` kept out); `show` not after a determiner and one singular word, nor before a title.
    if entry.verb.lemma == "state" || entry.verb.lemma == "show", entry.form == .base || entry.form == .present {
      let next = c + 1 < sentence.upperBound ? tokens[c + 1] : nil
      let startsClause = { (t: Token) in
        t.isWord
          && (t.classes.contains(.pronoun) || t.classes.contains(.determiner) || t.classes.contains(.possessive))
      }
      if next?.lower == "that" {
        let after = c + 2 < sentence.upperBound ? tokens[c + 2] : nil
        return !(after.map { startsClause($0) || $0.isWord && $0.capitalized } ?? false)
      }
      switch tokens[c].lower {
      case "state": return true
      case "states": return !(next.map { $0.kind == .openQuote || startsClause($0) } ?? false)
      default:
        if next?.kind == .openQuote { return true }
        if tokens[c].lower == "show", c - 2 >= sentence.lowerBound, tokens[c - 2].classes.contains(.determiner),
          tokens[c - 1].isWord, !tokens[c - 1].lower.endsWith("s")
        {
          return true
        }
      }
    }
    // `chants of "Lock her up!"`, `the caustic chant "..."`: the noun, not the verb.
    if entry.verb.lemma == "chant", entry.form == .base || entry.form == .present {
      let next = c + 1 < sentence.upperBound ? tokens[c + 1] : nil
      if next?.lower == "of" { return true }
      if c > sentence.lowerBound, tokens[c - 1].isWord, !tokens[c - 1].capitalized,
        !tokens[c - 1].classes.contains(.pronoun), !tokens[c - 1].classes.contains(.auxiliary),
        !tokens[c - 1].classes.contains(.modal), !tokens[c - 1].lower.endsWith("s")
      {
        return true
      }
    }
    // `the alleged "paramours"`, `its stated goal`: a participle used as an adjective.
    if entry.form == .past, c > sentence.lowerBound, tokens[c - 1].isWord,
      tokens[c - 1].lower.isOne(of: "the", "a", "an", "his", "her", "their", "its", "our", "your", "my")
        || tokens[c - 1].lower.endsWith("’s") || tokens[c - 1].lower.endsWith("'s")
    {
      return true
    }
    guard entry.form != .past || tokens[c].lower == "thought" else {
      return entry.verb.lemma == "know" && c + 1 < sentence.upperBound && tokens[c + 1].lower == "as"
    }
    // `his recent claim that ...`
    if c - 2 >= sentence.lowerBound, tokens[c - 2].classes.contains(.possessive), tokens[c - 1].isWord,
      !tokens[c - 1].capitalized, tokens[c].classes.contains(.nounLike)
    {
      return true
    }
    if c > sentence.lowerBound {
      let previous = tokens[c - 1]
      if previous.isWord,
        previous.classes.contains(.determiner) || previous.classes.contains(.possessive)
          || previous.lower.endsWith("'s") || previous.lower.endsWith("’s")
      {
        return true
      }
    }
    guard tokens[c].classes.contains(.nounLike) else { return false }
    // `"...," Conway notes.`: after a name or pronoun, closing the sentence, a verb.
    let closesSentence = c + 1 == sentence.upperBound || tokens[c + 1].isPunctuation(".")
    if closesSentence, c > sentence.lowerBound, tokens[c - 1].isWord,
      tokens[c - 1].capitalized || tokens[c - 1].classes.contains(.pronoun)
    {
      return false
    }
    guard c + 1 < sentence.upperBound else { return true }
    let next = tokens[c + 1]
    if next.kind == .openQuote || next.isPunctuation(":") || next.isPunctuation(",") { return false }
    guard next.isWord else { return true }
    return
      !(next.lower == "that" || next.capitalized || next.classes.contains(.pronoun)
      || next.classes.contains(.determiner) || next.classes.contains(.possessive))
  }

  static let modals: Set<String> = [
    "can", "could", "may", "might", "must", "should", "would", "will", "to", "cannot", "shall",
  ]

  static let possessives: Set<String> = [
    "his", "her", "their", "its", "our", "these", "those", "such", "new", "your", "my", "this",
  ]

  static let nounLike: Set<String> = [
    "states", "claims", "tweets", "notes", "reports", "remarks", "comments", "posts", "counters",
    "stresses", "shows", "finds", "fears", "hopes", "estimates", "promises", "vows", "urges",
    "replies", "jokes", "boasts", "shouts", "state", "claim", "tweet", "note", "report", "remark",
    "comment", "post", "counter", "stress", "show", "find", "fear", "hope", "estimate", "promise",
    "vow", "urge", "reply", "joke", "boast", "shout", "muse", "thought", "feel", "feels", "know",
  ]

  /// After an inverted cue, a phrase that can be the speaker, not an object (`said me`).
  private func looksLikeSpeaker(_ range: Range<Int>) -> Bool {
    let first = tokens[range.lowerBound]
    if first.lower.isOne(of: "me", "him", "her", "us", "them", "reporters", "it") { return false }
    // `confirmed on Facebook Friday`: an adjunct of place or time (but `reported by X` names
    // its source).
    if first.lower != "by", first.classes.contains(.preposition) { return false }
    // `said he does not believe ...`: a pronoun with a verb after it opens a clause.
    if first.classes.contains(.subjectPronoun), range.count > 1 { return false }
    // `posted the clip to YouTube`, `continues to lead the field`: an object or an infinitive;
    // but `an adviser to Trump`, `a source close to the campaign`.
    if let to = range.first(where: { tokens[$0].lower == "to" }),
      to == range.lowerBound
        || !(tokens[to - 1].classes.contains(.anonymousHead) || tokens[to - 1].lower == "close")
    {
      return false
    }
    return range.contains { tokens[$0].capitalized } || first.classes.contains(.determiner)
      || first.classes.contains(.subjectPronoun)
  }

  private mutating func appendBefore(
    content whole: Range<Int>, speaker: Range<Int>, cue: Span, outlet: Span?, resume: Int, inverted: Bool = false,
    in sentence: Range<Int>
  ) {
    let content = quotationAfterLeadIn(whole) ?? whole
    // `But, said Solovey, "I don't want ..."`: a lone conjunction before the attribution; what
    // was said is the quotation after it.
    if wordCount(content) == 1, tokens[content.lowerBound].classes.contains(.boundary) {
      appendQuotationAfter(speaker: speaker, cue: cue, outlet: outlet, resume: resume, in: sentence)
      return
    }
    let direct = isWholeQuote(content)
    // `"That," he added, "promises ..."`: one quoted word can open a split quote; a short
    // opening (`which, Tompkins said, is usually full`) counts when the sentence goes on.
    guard wordCount(content) >= (direct ? 1 : 2) || restOfSentence(after: resume, in: sentence) != nil else { return }
    if !direct, wordCount(content) < 4, restOfSentence(after: resume, in: sentence) == nil { return }
    findings.append(
      Finding(
        speaker: span(speaker), cue: cue, cueText: cue.text,
        fragments: [direct ? quoteInside(content) : characterRange(content)], direct: direct, outlet: outlet))
    if direct {
      extendWithLaterQuote(after: resume, in: sentence)
    } else if !inverted
      || restOfSentence(after: resume, in: sentence).map({
        tokens[$0.lowerBound].classes.contains(.relativeFollower)
      }) == true
    {
      // `..., said Gary Orfield, a professor at UCLA.`: after an inverted cue, the words after
      // the next comma describe the speaker unless a verb opens them (`, said X, was ...`).
      extendWithRestOfSentence(after: resume, in: sentence)
    }
  }

  /// `As for complexity, "broadening the base ...," said Mr. Kamin`: the quotation that ends
  /// the content after a lead-in phrase is what was said, not the lead-in.
  private func quotationAfterLeadIn(_ content: Range<Int>) -> Range<Int>? {
    var last = content.upperBound - 1
    while last > content.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
    guard tokens[last].kind == .closeQuote, let q = paragraph.quoteOf[last] else { return nil }
    let open = paragraph.quotes[q].lowerBound
    guard open > content.lowerBound, tokens[open - 1].isPunctuation(",") || tokens[open - 1].isPunctuation(":")
    else { return nil }
    return open..<content.upperBound
  }

  /// `Said Comey, "The thought ..."`, `But, said Solovey, "I don't want ..."`: a statement whose
  /// content is the quotation after its attribution; nothing when no quotation follows.
  private mutating func appendQuotationAfter(
    speaker: Range<Int>, cue: Span, outlet: Span?, resume: Int, in sentence: Range<Int>
  ) {
    findings.append(
      Finding(speaker: span(speaker), cue: cue, cueText: cue.text, fragments: [], direct: true, outlet: outlet))
    extendWithLaterQuote(after: resume, in: sentence)
    if findings[findings.count - 1].fragments.isEmpty { findings.removeLast() }
  }

  /// `Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.`: the words after a
  /// mid-sentence attribution are part of what was said.
  private mutating func extendWithRestOfSentence(after start: Int, in sentence: Range<Int>) {
    guard let rest = restOfSentence(after: start, in: sentence) else { return }
    findings[findings.count - 1].fragments.append(characterRange(rest))
  }

  /// `the rise in deficits is mainly ...` rather than `a pollster who conducted the survey`:
  /// a verb comes before any relative pronoun.
  private func isClause(_ range: Range<Int>) -> Bool {
    for m in range {
      let t = tokens[m]
      guard t.isWord else { continue }
      if t.lower.isOne(of: "who", "which", "that", "whose") { return false }
      if t.classes.contains(.relativeFollower) || (m > range.lowerBound && t.mayBeUnlistedVerb) { return true }
      if t.isFiniteCue { return true }
    }
    return false
  }

  /// The words after `, X said,` to the end of the sentence, when there are some.
  private func restOfSentence(after start: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard let comma = (start..<sentence.upperBound).first(where: { !tokens[$0].isWord }),
      tokens[comma].isPunctuation(","), comma - start <= 4, comma + 1 < sentence.upperBound
    else { return nil }
    let next = tokens[comma + 1]
    if next.isWord, next.cue?.form == .participle { return nil }
    // `said Mr. Kamin, who emphasized ...`: a relative clause about the speaker.
    if next.lower.isOne(of: "who", "whose", "which") { return nil }
    guard let rest = contentRange((comma + 1)..<sentence.upperBound), wordCount(rest) >= 3 else { return nil }
    return rest
  }

  /// `"A," said X, a professor, "but B."`: a quotation later in the same sentence, after only
  /// the attribution, continues the statement just found.
  private mutating func extendWithLaterQuote(after start: Int, in sentence: Range<Int>) {
    guard let last = findings.last, last.direct else { return }
    var i = start
    while i < sentence.upperBound, tokens[i].kind != .openQuote {
      if tokens[i].isWord, !tokens[i].capitalized, let form = tokens[i].cue?.form, form != .base {
        return
      }
      i += 1
    }
    // `"A," he said, but "B."`
    guard i < sentence.upperBound, i > start,
      tokens[i - 1].isPunctuation(",") || tokens[i - 1].isPunctuation(":") || tokens[i - 1].lower == "but"
        || tokens[i - 1].lower == "and",
      let q = paragraph.quoteOf[i]
    else { return }
    let (words, closed) = paragraph.inside(quote: q)
    guard !words.isEmpty, !hasOwnAttribution(quote: q, in: sentence) else { return }
    findings[findings.count - 1].fragments.append(words)
    findings[findings.count - 1].openAtEnd = !closed && paragraph.endsInsideQuote
  }

  /// `"A," she said, but ..., "B," said Kunin`: a later quotation followed by an attribution of
  /// its own (a cue, or a name or pronoun and a cue, within a few words) is someone else's.
  private func hasOwnAttribution(quote q: Int, in sentence: Range<Int>) -> Bool {
    var j = paragraph.quotes[q].upperBound + 1
    if j < sentence.upperBound, tokens[j].isPunctuation(",") { j += 1 }
    guard j < sentence.upperBound, tokens[j].isWord else { return false }
    if tokens[j].isFiniteCue, !tokens[j].capitalized { return true }
    guard tokens[j].capitalized || tokens[j].classes.contains(.pronoun) else { return false }
    return (j + 1..<min(sentence.upperBound, j + 4)).contains { k in
      tokens[k].isWord && !tokens[k].capitalized && tokens[k].isFiniteCue
    }
  }

  /// `..., adding that CONTENT` / `..., adding, "QUOTE"`: the speaker is the sentence's subject.
  private mutating func participleCue(at c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) {
    let s0 = sentence.lowerBound
    guard c > s0 else { return }
    // `footage of Hillary Clinton asking, "Why ...?"`: a name right before the participle speaks
    // (not a day: `issued a statement Tuesday saying, "..."`).
    if tokens[c - 1].capitalized, tokens[c - 1].isWord, !tokens[c - 1].classes.contains(.timeHead),
      let after = contentAfter(cue: c, entry: entry, in: sentence), after.direct
    {
      var first = c - 1
      while first > s0, tokens[first - 1].isWord, tokens[first - 1].capitalized, c - first < 4 { first -= 1 }
      let name = first..<c
      let cue = span(c..<(c + 1))
      var finding = Finding(
        speaker: span(name), cue: cue, cueText: cue.text, fragments: [after.range], direct: true, outlet: after.outlet)
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return
    }
    // `..., adding`, `and adding`, `by saying`, `upon saying`, `"...," adding` (the comma inside
    // the quotation), `released a statement saying`
    let afterMessage =
      Words.messages.contains(tokens[c - 1].lower.string)
      || c - 2 >= s0 && tokens[c - 1].classes.contains(.timeHead) && Words.messages.contains(tokens[c - 2].lower.string)
    guard
      tokens[c - 1].isPunctuation(",")
        || tokens[c - 1].lower.isOne(of: "and", "by", "upon", "before", "after", "while")
        || afterMessage
        || (c - 2 >= s0 && tokens[c - 1].kind == .closeQuote && tokens[c - 2].isPunctuation(","))
    else { return }
    guard let after = contentAfter(cue: c, entry: entry, in: sentence), after.substantial else { return }
    if entry.verb.strength == .opinion || afterMessage, !after.hadThat, !after.direct { return }
    let cue = span(c..<(c + 1))
    var finding = Finding(
      speaker: nil, cue: cue, cueText: cue.text, fragments: [after.range], direct: after.direct,
      outlet: after.outlet)
    let clauseSubject = nearestClauseSubject(before: c, floor: s0)
    if let earlier = findingsOfSentence(startingAt: tokens[s0].start).last {
      // (With its antecedent: `Mr. Trump, who said ..., issued a statement saying` speaks as Mr.
      // Trump, not as `who`.)
      (finding.speaker, finding.antecedent) = (earlier.speaker, earlier.antecedent)
    } else if let subject = sentenceSubject(sentence, before: c).map({ subject in
      // `It was a one-two punch, as Mrs. Clinton echoed the criticism, saying ...`: a later
      // clause with a subject of its own is the one the participle goes with; a pronoun only
      // where it opens a clause (`Instead, he predicted ..., asserting`, but not `Bradley
      // apologized after they came out, saying`), and no name in a list (`to protect Senate and
      // House candidates, fearing`).
      guard let clause = clauseSubject, clause.lowerBound >= subject.upperBound else { return subject }
      let before = tokens[clause.lowerBound - 1]
      if tokens[clause.lowerBound].classes.contains(.pronoun),
        !before.isPunctuation(","), !before.lower.isOne(of: "and", "but", "then")
      {
        return subject
      }
      if before.lower == "and", clause.lowerBound >= s0 + 2, tokens[clause.lowerBound - 2].capitalized {
        return subject
      }
      return clause
    }) ?? clauseSubject {
      finding.speaker = span(subject)
    } else if let earlier = findings.last {
      (finding.speaker, finding.antecedent) = (earlier.speaker, earlier.antecedent)
    } else {
      return
    }
    finding.openAtEnd = after.openAtEnd
    findings.append(finding)
  }

  /// `"...?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.`: an
  /// attribution cut off as a sentence of its own (the appositive kept the quotation's sentence
  /// from reaching its cue), with nothing said after its cue, speaks the quotation before it.
  private mutating func attributionAfterQuotation(_ sentence: Range<Int>, previous: Range<Int>) {
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

  /// A sentence with no cue that is one quotation, right after a direct statement in the same
  /// paragraph: the second part of `"A," she said. "B."`.
  /// `The summit did "too little," he added. "B."` goes on as well, and `"A," she said,
  /// emphasizing X. "B."` continues the quotation, not the participle.
  /// `"A," Trump said. Instead, "B."`: a short lead-in and a comma may come before it.
  /// After reported speech (`Obama "felt a moral obligation," Axelrod said. "This is core
  /// stuff."`), the quotation of the next sentence is a statement of its own by the same speaker.
  private mutating func continueSplitQuote(_ sentence: Range<Int>, previous: Range<Int>?) {
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
  private func endsWithQuotation(_ finding: Finding) -> Bool {
    guard !finding.direct else { return true }
    guard let last = finding.fragments.last, last.upperBound > last.lowerBound else { return false }
    return Tokenizer.isQuoteMark(scalars[last.upperBound - 1])
  }

  /// `reportedly`, `allegedly`: a statement with no source, when nothing else in the sentence
  /// attributes it.
  private mutating func findHedge(in sentence: Range<Int>) {
    for i in sentence where tokens[i].classes.contains(.hedge) && paragraph.quoteOf[i] == nil {
      guard let content = contentRange(sentence), wordCount(content) >= 4 else { return }
      let cue = span(i..<(i + 1))
      var finding = Finding(
        speaker: cue, cue: cue, cueText: cue.text, fragments: [characterRange(content)], direct: false, outlet: nil)
      finding.vague = true
      findings.append(finding)
      return
    }
  }

  // MARK: Content

  struct After {
    var range: Range<Int>
    var direct: Bool
    var hadThat: Bool
    /// Tokens from the cue to its `that` (`said that`: 1; `told a crowd that`: 3).
    var thatDistance: Int = 0
    var substantial: Bool
    var outlet: Span?
    var interview: Bool
    var openAtEnd: Bool
  }

  /// What follows a cue: its addressee (an outlet, when it is one), adjuncts, `that`, then the
  /// content to the end of the sentence.
  private func contentAfter(cue c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) -> After? {
    let end = sentence.upperBound
    var k = c + 1
    var outlet: Span? = nil
    var interview = false
    if k < end, tokens[k].isWord, tokens[k].lower != "that", entry.verb.takesAddressee {
      let m = addresseeEnd(from: k, to: end)
      if isOutlet(k..<m) {
        outlet = span(trimDeterminers(k..<m))
        interview = true
      }
      k = m
    }
    // Adjuncts before `that`: `said on Thursday that`, `said in an interview with X that`.
    var hadThat = false
    var thatDistance = 0
    var m = k
    let adjunctFirst = k < end && tokens[k].isWord && tokens[k].classes.contains(.adjunctOpener)
    while m < end, m - k < 12, tokens[m].isWord || (adjunctFirst && m > k && tokens[m].isQuote), m == k || adjunctFirst
    {
      // `said at a news conference announcing that ...`: that `that` belongs to another verb.
      if m > k, tokens[m].cue?.form == .participle { break }
      if tokens[m].lower == "that",
        !(m + 1 < end
          && (tokens[m + 1].classes.contains(.relativeFollower)
            || (m > k && !tokens[m + 1].capitalized && tokens[m + 1].lower.endsWith("ed"))))
      {
        if let channel = interviewOutlet(k..<m) {
          outlet = span(channel)
          interview = true
        }
        k = m + 1
        hadThat = true
        thatDistance = m - c
        break
      }
      m += 1
    }
    if !hadThat, k < end, tokens[k].isWord, tokens[k].lower.isOne(of: "in", "during"),
      let channel = interviewOutlet(k..<end)
    {
      outlet = span(channel)
      interview = true
    }
    if k < end, tokens[k].isPunctuation(":") || tokens[k].isPunctuation(","),
      k + 1 < end, tokens[k + 1].kind == .openQuote
    {
      k += 1
    }
    // `He said, however, that ...`
    if !hadThat, k + 3 < end, tokens[k].isPunctuation(","), tokens[k + 2].isPunctuation(","),
      tokens[k + 1].lower.isOne(
        of: "however", "though", "too", "also", "nonetheless", "meanwhile", "moreover", "instead")
    {
      k += 3
      if tokens[k].lower == "that" {
        k += 1
        hadThat = true
      }
    }
    // `He said, twice, that ...`, `She said, without evidence, that ...`: an aside between commas,
    // then `that`.
    if !hadThat, k + 3 < end, tokens[k].isPunctuation(","),
      let close = (k + 2..<min(end - 1, k + 7)).first(where: { tokens[$0].isPunctuation(",") }),
      tokens[close + 1].lower == "that",
      (k + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].cue == nil && tokens[$0].lower != "that" })
    {
      k = close + 2
      hadThat = true
    }
    // `said in a statement: "..."`, `said of Mr. Rubio: "..."`: the quotation after the colon.
    if !hadThat {
      var m = k
      while m + 1 < end, m - k < 14, tokens[m].isWord || tokens[m].isPunctuation(",") || tokens[m].isPunctuation("."),
        !(tokens[m].isWord && (tokens[m].lower == "that" || tokens[m].cue != nil))
      {
        m += 1
      }
      if m + 1 < end, m > k, tokens[m].isPunctuation(":"), tokens[m + 1].kind == .openQuote { k = m + 1 }
    }
    // `said that, if elected, he would ...`: a comma right after `that` opens an aside.
    guard k < end, hadThat || !tokens[k].isPunctuation(","), !tokens[k].isPunctuation(".") else { return nil }
    // `said at a news conference.`, `said on Thursday.`, `said by telephone this week.`,
    // `said pleasantly into the phone.`: an adjunct, not what was said (but `responded by
    // using the example of Chicago` says what the response was).
    func opensAdjunct(_ i: Int) -> Bool {
      guard tokens[i].isWord else { return false }
      // `said about half of the losses came from ...`: `about` before a quantity opens the content.
      if tokens[i].lower == "about", i + 1 < end, tokens[i + 1].isWord,
        tokens[i + 1].lower.isOne(of: "half", "one", "two", "three", "twice", "as")
          || ScalarClass.isDigit(tokens[i + 1].mark)
      {
        return false
      }
      if tokens[i].classes.contains(.adjunctOpener) || tokens[i].lower == "into" { return true }
      return tokens[i].lower == "by" && !(i + 1 < end && tokens[i + 1].lower.endsWith("ing"))
    }
    if !hadThat, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower.endsWith("ly"), tokens[k].length > 4,
      k + 1 < end, opensAdjunct(k + 1)
    {
      k += 1
    }
    if !hadThat, opensAdjunct(k),
      !(k..<end).contains(where: { tokens[$0].kind == .openQuote })
    {
      let stop = (k..<end).first { tokens[$0].kind == .punctuation } ?? end
      // `said in a statement Thursday night they pulled the listing`: a subject pronoun and its
      // verb end the adjunct and open what was said (not after a conjunction or another verb:
      // `said Friday as he entered the talks`).
      // (`said for weeks he's the only candidate`: a pronoun with its verb in one word.)
      // (`said Tuesday his actions are consistent`: a possessive, its noun, then a verb.)
      // (A day is an adjunct of one word: `said Tuesday they ...`.)
      let first = tokens[k].classes.contains(.timeHead) ? k + 1 : k + 2
      if let subject = (first..<max(first, stop - 1)).first(where: {
        (tokens[$0].classes.contains(.subjectPronoun) || tokens[$0].lower == "it") && tokens[$0 + 1].isWord
          && !tokens[$0 + 1].capitalized || Self.isPronounContraction(tokens[$0])
          || tokens[$0].lower.isOne(of: "his", "her", "their", "its", "our") && $0 + 2 < stop
            && tokens[$0 + 1].isWord && !tokens[$0 + 1].capitalized
            && (tokens[$0 + 2].classes.contains(.auxiliary) || tokens[$0 + 2].classes.contains(.modal)
              || tokens[$0 + 2].lower.isOne(of: "is", "are", "was", "were"))
      }),
        (k + 1..<subject).allSatisfy({
          !tokens[$0].classes.contains(.boundary)
            && (!tokens[$0].mayBeUnlistedVerb || tokens[$0].classes.contains(.timeModifier))
        })
      {
        k = subject
      } else if stop == end || tokens[stop].isPunctuation(".") || tokens[stop].isPunctuation(",") {
        k = stop
        guard k < end, tokens[k].isPunctuation(","), k + 1 < end,
          tokens[k + 1].kind == .openQuote || tokens[k + 1].lower == "that"
        else {
          return nil
        }
        k += tokens[k + 1].lower == "that" ? 2 : 1
      }
    }
    guard var content = contentRange(k..<clauseEnd(from: k, to: end)) else { return nil }
    // `shouted "What curfew?" and kept marching`, `chanted "Lock her up!" as they had before`: a
    // quotation right after the cue, then a conjunction and the rest of the sentence, is what
    // was said (but `said "A" and "B"` goes on to the second quotation, and `said "budget
    // reforms" and the collection of taxes would help` to the rest of its subject).
    // So is one followed by a participle clause (`chanting "Bernie or Jill, No Hill," raising
    // fresh questions about ...`).
    if !hadThat, tokens[content.lowerBound].kind == .openQuote, let q = paragraph.quoteOf[content.lowerBound],
      case let close = paragraph.quotes[q].upperBound, tokens[close].kind == .closeQuote,
      close + 2 < content.upperBound, tokens[close + 1].isWord,
      Self.quotationEnders.contains(tokens[close + 1].lower.string) && tokens[close + 2].isWord
        && !(tokens[close + 1].lower.isOne(of: "and", "but")
          && (tokens[close + 2].classes.contains(.determiner) || tokens[close + 2].classes.contains(.possessive)))
        || tokens[close - 1].isPunctuation(",") && !tokens[close + 1].capitalized
          && tokens[close + 1].lower.endsWith("ing")
    {
      content = content.lowerBound..<(close + 1)
    }
    if isWholeQuote(content) {
      let q = paragraph.quoteOf[content.lowerBound]!
      let open = paragraph.quotes[q].upperBound == tokens.count - 1 && paragraph.endsInsideQuote
      return After(
        range: quoteInside(content), direct: true, hadThat: hadThat, thatDistance: thatDistance, substantial: true,
        outlet: outlet, interview: interview, openAtEnd: open)
    }
    let words = wordCount(content)
    // `Jeff Flake said he would.`, `Everyone but Hewlett said yes.`: short, but a clause of its
    // own (a subject pronoun and its verb) or an answer, running to the sentence's end.
    // (Right after the cue, and not after `what X said` or `10 states he won`, which leave a gap.)
    let shortClause =
      words == 2 && content.lowerBound == c + 1 && tokens[content.lowerBound].classes.contains(.subjectPronoun)
      && tokens[content.lowerBound + 1].isWord && !tokens[content.lowerBound + 1].capitalized
      && c > sentence.lowerBound && !ScalarClass.isDigit(tokens[c - 1].mark)
      && !(max(sentence.lowerBound, c - 4)..<c).contains(where: { tokens[$0].lower.isOne(of: "what", "who", "which") })
    let answer = words == 1 && tokens[content.lowerBound].lower.isOne(of: "yes", "no")
    let reachesEnd = content.upperBound == end || tokens[content.upperBound].isSentenceEnd
    return After(
      range: characterRange(content), direct: false, hadThat: hadThat, thatDistance: thatDistance,
      substantial: words >= 3 || reachesEnd && (shortClause || answer), outlet: outlet, interview: interview,
      openAtEnd: false)
  }

  /// Where the addressee of `told` ends: at a `that` within reach when no verb comes first
  /// (`told a town hall in Salem, New Hampshire on Monday that`), else after one noun phrase
  /// (`told reporters`, `told The Huffington Post`, `told the crowd`), so that what follows
  /// without `that` is the content (`told reporters this was the only chance`).
  private func addresseeEnd(from k: Int, to end: Int) -> Int {
    var m = k
    while m < end, m - k < 14, !tokens[m].isQuote {
      let t = tokens[m]
      if t.isPunctuation(".") || t.isPunctuation(";") || t.isPunctuation(":") { break }
      if t.isWord {
        if t.lower == "that" { return m }
        if m > k, t.classes.contains(.pronoun) { break }
        if !t.capitalized, let form = t.cue?.form, form != .base { break }
        if t.classes.contains(.relativeFollower) { break }
      }
      m += 1
    }
    let first = tokens[k]
    if first.classes.contains(.objectPronoun) { return k + 1 }
    var n = k + 1
    if first.capitalized {
      while n < end, tokens[n].isWord, tokens[n].capitalized || (tokens[n].lower == "of" && n + 1 < end) { n += 1 }
      return n
    }
    if first.classes.contains(.determiner) || first.classes.contains(.possessive) {
      // (`the new board`: `new` and `such` are adjectives here, not a second phrase's start.)
      while n < end, n - k < 5, tokens[n].isWord, !tokens[n].classes.contains(.pronoun),
        !tokens[n].classes.contains(.determiner),
        !tokens[n].classes.contains(.possessive) || tokens[n].lower == "new" || tokens[n].lower == "such",
        !tokens[n].classes.contains(.relativeFollower), tokens[n].cue == nil,
        !tokens[n].classes.contains(.adjunctOpener)
      {
        n += 1
      }
    }
    return n
  }

  static let objectPronouns: Set<String> = ["me", "him", "her", "us", "them", "you"]

  /// Irregular past tenses that, after `but`, start the speaker's next act.
  static let pastActs: Set<String> = ["gave", "made", "did", "went", "took", "left", "declined", "refused", "offered"]

  /// Words after `that` which make it a relative pronoun (`the meeting that was held`).
  static let relativeFollowers: Set<String> = [
    "was", "is", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
  ]

  /// Words that open an adjunct after a cue rather than its content.
  static let adjunctOpeners: Set<String> = [
    "at", "on", "in", "during", "after", "before", "last", "this", "earlier", "later", "via",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "afterward", "afterwards", "recently", "previously", "through", "from",
    "when", "while", "as", "outside", "inside", "near", "upon", "to", "with", "of", "about", "for",
  ]

  /// Where reported content ends: at the sentence's end, or before a second verb of the same
  /// speaker (`said X and suggested Y`), a participle clause (`, implicitly putting`), `; `.
  private func clauseEnd(from start: Int, to end: Int) -> Int {
    var m = start + 1
    while m < end {
      // (Each token read in place: a copy cost a retain and a release.)
      if paragraph.quoteOf[m] == nil {
        if tokens[m].isPunctuation(";") { return m }
        // `asserted that France had lost its identity: "France is no longer France," he claimed`
        if tokens[m].isPunctuation(":"), m + 1 < end, tokens[m + 1].kind == .openQuote, m - start >= 3 { return m }
        // `she was thinking, "Oh my God," adding, "..."`
        if tokens[m].isWord, m >= start + 2, tokens[m - 1].kind == .closeQuote, tokens[m - 2].isPunctuation(","),
          tokens[m].cue?.form == .participle
        {
          return m
        }
        // `... were "constructive" but gave no details`: the speaker's next act, not their words.
        // (The class bit rules most words out before any bytes are compared.)
        if tokens[m].classes.contains(.andOrBut), tokens[m].lower == "but", m + 1 < end, tokens[m + 1].isWord,
          !tokens[m + 1].capitalized,
          tokens[m + 1].lower.endsWith("ed") || tokens[m + 1].classes.contains(.pastAct)
        {
          return m > start + 1 && tokens[m - 1].isPunctuation(",") ? m - 1 : m
        }
        if tokens[m].classes.contains(.andOrBut), m + 1 < end, tokens[m + 1].isWord,
          !tokens[m + 1].capitalized, tokens[m + 1].isFiniteCue
        {
          return m > start + 1 && tokens[m - 1].isPunctuation(",") ? m - 1 : m
        }
        if tokens[m].isPunctuation(","), m + 1 < end, tokens[m + 1].isWord, m - start >= 4 {
          let next = tokens[m + 1]
          // `..., Tom Hale responded: "..."`: another speaker's statement begins.
          var name = m + 1
          while name < end, name < m + 5, tokens[name].isWord, tokens[name].capitalized { name += 1 }
          if name > m + 1, name < end, tokens[name].isWord, !tokens[name].capitalized, tokens[name].isFiniteCue {
            return m
          }
          // (`, including ...` lists examples of what was said: it goes on.)
          if !next.capitalized,
            next.lower.endsWith("ing") && next.lower != "including"
              || next.lower.isOne(of: "who", "whose", "which")
          {
            return m
          }
          // `..., while only 49 percent say ...`, `..., compared with 41 percent`: a contrast
          // the writer adds.
          if next.lower.isOne(of: "while", "whereas", "compared") { return m }
          // `, but he also warned ...`, `, but officials said ...`: another statement begins,
          // its speaker a pronoun or a short phrase that is no verb.
          if next.classes.contains(.andOrBut), m + 2 < end {
            var v = m + 2
            if tokens[v].classes.contains(.pronoun) {
              v += 1
            } else {
              while v < end, v < m + 6, tokens[v].isWord, tokens[v].cue == nil,
                !tokens[v].classes.contains(.auxiliary), !tokens[v].classes.contains(.pronoun),
                !tokens[v].lower.endsWith("ed")
              {
                v += 1
              }
            }
            while v < end, tokens[v].classes.contains(.auxiliary) { v += 1 }
            if v > m + 2, v < end, tokens[v].isFiniteCue {
              return m
            }
          }
        }
      }
      m += 1
    }
    return end
  }

  /// `Speaking to Fox News Digital, ...`, `In an interview with CNN, ...`: the outlet of every
  /// statement in the sentence.
  private func sentenceOutlet(_ sentence: Range<Int>) -> Span? {
    for i in sentence where tokens[i].classes.contains(.interviewWord) {
      let window = (i + 1)..<min(sentence.upperBound, i + 8)
      if let channel = interviewOutlet(window) { return span(channel) }
      if tokens[i].lower == "interviewed", i + 2 < sentence.upperBound, tokens[i + 1].lower == "by",
        let channel = forwardRun(from: i + 2, in: sentence, stopAtComma: true, limit: 6), isOutlet(channel)
      {
        return span(trimDeterminers(channel))
      }
    }
    return nil
  }

  /// `in an interview with X`, `speaking to X`: the outlet X.
  private func interviewOutlet(_ range: Range<Int>) -> Range<Int>? {
    for i in range where tokens[i].lower == "with" || tokens[i].lower == "to" || tokens[i].lower == "on" {
      var j = i + 1
      while j < range.upperBound, tokens[j].isWord, j - i <= 5 { j += 1 }
      let candidate = (i + 1)..<j
      if !candidate.isEmpty, isOutlet(candidate) { return trimDeterminers(candidate) }
    }
    return nil
  }

  /// Trims trailing sentence punctuation; `nil` when nothing is left.
  private func contentRange(_ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    // (Marks told by their first code point and length: the lists as Strings were made and
    // freed at every call.)
    func leads(_ token: Token) -> Bool {
      switch token.mark {
      case ",", ":", ";", "—", "–": token.length == 1
      case "-": token.length <= 2
      default: false
      }
    }
    func trails(_ token: Token) -> Bool {
      switch token.mark {
      case ",", ";", ":", "!", "?", "—", "–", "-": token.length == 1
      case ".": token.length == 1 || token.length == 3
      default: false
      }
    }
    while lower < upper, tokens[lower].kind == .punctuation, leads(tokens[lower]) { lower += 1 }
    // (A closing parenthesis whose opening is outside: `(Reyes says the crews would have
    // settled.)`.)
    while upper > lower, tokens[upper - 1].kind == .punctuation,
      trails(tokens[upper - 1])
        || tokens[upper - 1].isPunctuation(")") && !(lower..<upper).contains(where: { tokens[$0].isPunctuation("(") })
    {
      upper -= 1
    }
    return lower < upper ? lower..<upper : nil
  }

  private func isWholeQuote(_ range: Range<Int>) -> Bool {
    guard tokens[range.lowerBound].kind == .openQuote, let q = paragraph.quoteOf[range.lowerBound] else { return false }
    let quote = paragraph.quotes[q]
    // The quotation, possibly with a comma or stop outside it.
    var upper = range.upperBound - 1
    while upper > quote.upperBound, tokens[upper].kind == .punctuation { upper -= 1 }
    return upper == quote.upperBound
  }

  /// The words inside a quotation's marks.
  private func quoteInside(_ range: Range<Int>) -> Range<Int> {
    paragraph.inside(quote: paragraph.quoteOf[range.lowerBound]!).range
  }

  // MARK: Speakers

  struct Subject {
    var phrase: Range<Int>
    /// The token just before the phrase (or its appositive), if any.
    var boundary: Int?
    /// An outlet named between the speaker and the cue (`X speaking to Fox News said`).
    var channel: Range<Int>? = nil
  }

  /// The speaker phrase that ends at `i`, walking left: a pronoun, a name, a description, or a
  /// name followed by an appositive (`Marcus Hale, the city's chief engineer,`).
  private func leftSpeaker(endingAt i: Int, floor: Int) -> Subject? {
    guard i >= floor else { return nil }
    var end = i
    // `Joseph R. Biden Jr. said`, `the F.B.I. has said`
    if tokens[end].isPunctuation("."), end > floor,
      tokens[end - 1].lower.isOne(of: "jr", "sr")
        || tokens[end - 1].isWord && tokens[end - 1].lower.contains(UInt8(ascii: "."))
    {
      end -= 1
    }
    // `Gov. John Kasich (R-OH), said`
    if tokens[end].isPunctuation(","), end > floor, tokens[end - 1].isPunctuation(")") { end -= 1 }
    if tokens[end].isPunctuation(")") {
      guard let open = (floor..<end).last(where: { tokens[$0].isPunctuation("(") }) else { return nil }
      end = open - 1
      guard end >= floor else { return nil }
    }
    // `Humphrey, who calls Trump a "sociopath," said`: a description ending in a few quoted
    // words, with its comma inside the quotation marks.
    var quotedEnd: Int? = nil
    if tokens[end].kind == .closeQuote, end - 1 > floor, tokens[end - 1].isPunctuation(","),
      let open = scareQuote(endingAt: end, floor: floor)
    {
      end -= 1
      quotedEnd = open
    }
    if tokens[end].isPunctuation(",") {
      // An appositive: `NAME, DESCRIPTION,` before the cue; a short quotation inside the
      // description is passed over.
      var j = end - 1
      if let open = quotedEnd ?? (j >= floor ? scareQuote(endingAt: j, floor: floor) : nil) { j = open - 1 }
      while j >= floor, j > end - 30, !tokens[j].isPunctuation(","), !tokens[j].isQuote, !tokens[j].isPunctuation(";") {
        j -= 1
      }
      guard j >= floor, j < end - 1, tokens[j].isPunctuation(",") else { return nil }
      // `..., and the meeting went on from there, said X`: a clause, not an appositive.
      if tokens[j + 1].lower.isOne(of: "and", "but", "or", "so", "because", "while", "when", "if") { return nil }
      // `The state's campaign chairman, Phil Lovas, said`: the name is inside the commas; but
      // `Peter Vance, the mayor of Ashford, Ohio, said` opens with the name.
      let inner = (j + 1)..<end
      // (`Another pollster, David Woodard of Clemson University, said`: a name and its place.)
      let named = inner.allSatisfy { k in
        tokens[k].isWord
          && (tokens[k].capitalized && tokens[k].lower.string.first!.isLetter
            || tokens[k].lower == "of" && k > inner.lowerBound + 1 && k + 1 < end && tokens[k + 1].capitalized)
      }
      let hasPlace = inner.contains { tokens[$0].lower == "of" }
      if named, inner.count <= (hasPlace ? 7 : 4), j > floor {
        // (A description has lower-case words: `Senate Majority Leader, Mitch McConnell, said`
        // is a title, then the name.) `Giovanni Maria Vian, the editor of the Vatican's
        // newspaper, L'Osservatore Romano, said`: the inner name is the description's.
        if let opening = nameBeforeDescription(endingAt: end, floor: floor),
          (opening.phrase.upperBound..<j).contains(where: { tokens[$0].isWord && !tokens[$0].capitalized })
        {
          return opening
        }
        let description = backwardRun(endingAt: j - 1, floor: floor)
        let before = description.map { $0.lowerBound - 1 } ?? (j - 1)
        return Subject(phrase: inner, boundary: before >= floor ? before : nil)
      }
      // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`; `Roxana Leon, 63, a voter, said`
      var nameEnd = j - 1
      if nameEnd - 1 > floor, tokens[nameEnd].isWord, tokens[nameEnd].lower.string.allSatisfy(\.isNumber),
        tokens[nameEnd - 1].isPunctuation(",")
      {
        nameEnd -= 2
      }
      if nameEnd > floor, tokens[nameEnd].isPunctuation("."), tokens[nameEnd - 1].lower.isOne(of: "jr", "sr") {
        nameEnd -= 1
      }
      if nameEnd >= floor, tokens[nameEnd].isPunctuation(")"),
        let open = (floor..<nameEnd).last(where: { tokens[$0].isPunctuation("(") })
      {
        nameEnd = open - 1
      }
      guard let name = backwardRun(endingAt: nameEnd, floor: floor), isNameLike(name) else {
        return nameBeforeDescription(endingAt: end, floor: floor)
      }
      // `Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said`: one
      // word after a capitalised word and a comma is a place in a longer description, when the
      // sentence opens with a name before it.
      if name.count == 1, name.lowerBound - 2 >= floor, tokens[name.lowerBound - 1].isPunctuation(","),
        tokens[name.lowerBound - 2].isWord, tokens[name.lowerBound - 2].capitalized,
        let opening = nameBeforeDescription(endingAt: end, floor: floor)
      {
        return opening
      }
      // `Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said`: a name after a
      // preposition is where the description's person is.
      if name.lowerBound - 1 >= floor, tokens[name.lowerBound - 1].classes.contains(.preposition),
        let opening = nameBeforeDescription(endingAt: end, floor: floor)
      {
        return opening
      }
      return Subject(phrase: name, boundary: name.lowerBound > floor ? name.lowerBound - 1 : nil)
    }
    guard var run = backwardRun(endingAt: end, floor: floor) else { return nil }
    // `Lawmakers who oppose the bill said`, `an official who spoke anonymously to discuss
    // strategy said`: the speaker stands before `who`, a few words back in the same clause.
    var who = run.lowerBound - 1
    while who >= floor, run.lowerBound - who <= 8, tokens[who].isWord, tokens[who].lower != "who" { who -= 1 }
    if who >= floor, tokens[who].lower == "who", let before = backwardRun(endingAt: who - 1, floor: floor) {
      run = before
    }
    // `Jeb Bush in a Medium post said`, `Officials in the city said`: the phrase after `in`
    // says where, the one before it speaks.
    if run.lowerBound - 2 >= floor, tokens[run.lowerBound - 1].lower == "in",
      let before = backwardRun(endingAt: run.lowerBound - 2, floor: floor)
    {
      run = before
    }
    // `Another intelligence source speaking to Fox News said`: the outlet is the channel.
    var channel: Range<Int>? = nil
    if run.lowerBound - 3 >= floor, tokens[run.lowerBound - 1].lower == "to",
      tokens[run.lowerBound - 2].lower.isOne(of: "speaking", "talking"), isOutlet(run),
      let before = backwardRun(endingAt: run.lowerBound - 3, floor: floor)
    {
      channel = trimDeterminers(run)
      run = before
    }
    return Subject(phrase: run, boundary: run.lowerBound > floor ? run.lowerBound - 1 : nil, channel: channel)
  }

  /// `Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said`,
  /// `Sandy Phillips, who lost her daughter in Aurora, Colorado, said`: a name that opens the
  /// sentence, then a description in several comma-separated parts ending
  /// with the comma at `end`. Only from the sentence's start, and only across words, commas
  /// and abbreviations' stops: a clause (a conjunction after a comma, a reporting verb) is not
  /// a description.
  private func nameBeforeDescription(endingAt end: Int, floor: Int) -> Subject? {
    var k = end - 1
    while k > floor, end - k <= 40 {
      let t = tokens[k]
      if t.isPunctuation(",") {
        if tokens[k + 1].lower.isOne(of: "and", "but", "or", "so", "because", "while", "when", "if", "which") {
          return nil
        }
        if let name = backwardRun(endingAt: k - 1, floor: floor), name.lowerBound == floor,
          tokens[name.upperBound - 1].capitalized, !tokens[name.upperBound - 1].classes.contains(.pronoun)
        {
          return Subject(phrase: name, boundary: nil)
        }
      } else if !(t.isWord || t.isPunctuation(".")) || (!t.capitalized && t.cue != nil) {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// A run of words ending at `i` that can name a speaker, at most ten words.
  private func backwardRun(endingAt i: Int, floor: Int) -> Range<Int>? {
    guard i >= floor, tokens[i].isWord else { return nil }
    let head = tokens[i]
    if head.classes.contains(.pronoun) { return i..<(i + 1) }
    // `..., most said`, `Some say`: a quantifier alone opening its clause stands for a group.
    if head.classes.contains(.quantifier),
      i == floor || tokens[i - 1].isPunctuation(",") || tokens[i - 1].isPunctuation(";")
        || tokens[i - 1].classes.contains(.andOrBut)
    {
      return i..<(i + 1)
    }
    // `Theresa May said`, `Yin Myint May, 60, a doctor, said`: a function word written with a
    // capital after a capitalised word ends a name.
    let surname =
      head.capitalized && i - 1 >= floor && tokens[i - 1].isWord && tokens[i - 1].capitalized
      && !tokens[i - 1].classes.contains(.boundary) && !tokens[i - 1].classes.contains(.determiner)
    if !surname && (head.classes.contains(.boundary) || head.classes.contains(.determiner))
      || head.lower.isOne(of: "of", "for", "with", "from", "by", "at", "in", "on", "to", "than")
    {
      return nil
    }
    if !head.capitalized, head.isFiniteCue {
      return nil
    }
    if head.lower.endsWith("ly") && !head.capitalized { return nil }
    var j = i
    while j - 1 >= floor, i - j < 9 {
      let t = tokens[j - 1]
      // `Ms. Wahl`, `Barry R. McCaffrey`: an abbreviation's dot stays inside the name.
      if t.isPunctuation("."), j - 2 >= floor, tokens[j - 2].isWord, tokens[j].capitalized,
        tokens[j - 2].classes.contains(.abbreviation)
          || (tokens[j - 2].length == 1 && tokens[j - 2].capitalized)
      {
        j -= 2
        continue
      }
      guard t.isWord else { break }
      // `The senator from Vermont`: a place after a noun stays in the phrase.
      if t.lower == "from", tokens[j].capitalized, j - 2 >= floor, tokens[j - 2].isWord, !tokens[j - 2].capitalized,
        !tokens[j - 2].classes.contains(.boundary), tokens[j - 2].cue == nil
      {
        j -= 1
        continue
      }
      // (The class bit rules most words out before any bytes are compared.)
      if t.classes.contains(.andOrBut), t.lower == "and", j - 2 >= floor, tokens[j - 2].isWord,
        !tokens[j - 2].capitalized || j - 2 == floor,
        !tokens[j].capitalized, !tokens[j - 2].classes.contains(.boundary)
      {
        j -= 2
        continue
      }
      // `a source close to the senator said`, `an aide to the mayor said`: the phrase goes on
      // before `to`.
      // (Before a noun phrase: `a prosecutor to investigate` is an infinitive.)
      if t.lower == "to", j - 2 >= floor, tokens[j - 2].isWord,
        tokens[j - 2].lower == "close" || tokens[j - 2].classes.contains(.anonymousHead),
        tokens[j].capitalized || tokens[j].classes.contains(.determiner) || tokens[j].classes.contains(.possessive)
          || tokens[j].classes.contains(.objectPronoun)
      {
        j -= 1
        continue
      }
      // `my father often said`, `this source told`: a possessive or demonstrative opens the phrase.
      if t.lower.isOne(of: "his", "her", "their", "my", "our", "your", "this", "these", "those"),
        !tokens[j].capitalized || j == i
      {
        j -= 1
        break
      }
      if (t.classes.contains(.boundary) && (!t.capitalized || j - 1 == floor)) || t.classes.contains(.pronoun) {
        break
      }
      if !t.capitalized, let form = t.cue?.form,
        form == .past || t.lower.isOne(of: "says", "tells")
      {
        break
      }
      j -= 1
    }
    while j < i, tokens[j].lower.isOne(of: "of", "for") { j += 1 }
    return j..<(i + 1)
  }

  /// The opening mark of a quotation of a few words that closes at `close` and follows a word
  /// (`calls Trump a "sociopath,"`): words quoted inside a phrase, not a statement's quotation.
  private func scareQuote(endingAt close: Int, floor: Int) -> Int? {
    guard close < tokens.count, tokens[close].kind == .closeQuote, let q = paragraph.quoteOf[close] else { return nil }
    let open = paragraph.quotes[q].lowerBound
    guard open > floor, close - open <= 6, tokens[open - 1].isWord else { return nil }
    return open
  }

  /// Words that end a source phrase read forwards (made once: built in ``forwardRun``, the set
  /// cost more than the rest of it).
  static let forwardRunStops: Set<String> = [
    "who", "which", "that", "in", "on", "at", "during", "after", "when", "while", "because", "told", "said", "says",
    "and", "had", "has", "have", "was", "is", "were", "are", "will", "would", "could", "should", "can", "may",
  ]

  /// A run of words starting at `i` naming a speaker (after an inverted cue, or after
  /// `according to`): up to a comma, a stop or a relative clause.
  private func forwardRun(from i: Int, in sentence: Range<Int>, stopAtComma: Bool, limit: Int) -> Range<Int>? {
    var j = i
    while j < sentence.upperBound, j - i < limit {
      let t = tokens[j]
      if t.isWord {
        if j > i, Self.forwardRunStops.contains(t.lower.string) {
          // `and` joins names (`Ratcliffe and Naryshkin`) but ends a clause otherwise.
          if t.lower == "and", j + 1 < sentence.upperBound, tokens[j + 1].capitalized, tokens[j - 1].capitalized {
            j += 1
            continue
          }
          break
        }
        j += 1
      } else if t.isPunctuation("."), j > i, j + 1 < sentence.upperBound, tokens[j + 1].capitalized,
        tokens[j - 1].classes.contains(.abbreviation)
          || (tokens[j - 1].length == 1 && tokens[j - 1].capitalized)
      {
        j += 1
      } else if t.isPunctuation("("),
        let close = (j..<sentence.upperBound).first(where: { tokens[$0].isPunctuation(")") })
      {
        j = close + 1
      } else {
        break
      }
    }
    while j > i, !tokens[j - 1].isWord { j -= 1 }
    return j > i ? i..<j : nil
  }

  /// The subject at the start of a sentence: a pronoun, or a capitalised name.
  /// The subject of the sentence's main verb, before `limit`: a pronoun, a name, or a noun
  /// phrase from its determiner (`Sanders protesters`, `Mr. Trump`, `the company`), after an
  /// opening adjunct if there is one (`In a statement released Thursday, Rep. Jeffries ...`).
  private func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
    var s0 = sentence.lowerBound
    // `WASHINGTON — Sen. Chuck Grassley ... said`, `DES MOINES, Iowa (AP) — ...`: a dateline
    // names a place, not the subject.
    if s0 < limit, tokens[s0].isWord, tokens[s0].allCaps,
      let dash = (s0..<min(limit, s0 + 8)).first(where: { tokens[$0].isDash }),
      (s0..<dash).allSatisfy({ !tokens[$0].isWord || tokens[$0].allCaps || tokens[$0].capitalized })
    {
      s0 = dash + 1
    }
    // An opening adjunct: `After the vote,`, `Immediately after the attacks,`, `Later,`, `Hours
    // later,`, `Two weeks ago,`.
    if s0 < limit, tokens[s0].isWord, !tokens[s0].classes.contains(.pronoun),
      tokens[s0].classes.contains(.boundary) || tokens[s0].classes.contains(.adjunctOpener)
        || tokens[s0].lower.endsWith("ly") && tokens[s0].length > 4
        || (s0 + 1..<max(s0 + 1, min(limit - 1, s0 + 4))).contains(where: {
          tokens[$0].lower.isOne(of: "later", "earlier", "ago") && tokens[$0 + 1].isPunctuation(",")
            && (s0..<$0).allSatisfy { tokens[$0].isWord && tokens[$0].cue == nil }
        })
    {
      guard var comma = (s0..<limit).first(where: { tokens[$0].isPunctuation(",") }) else { return nil }
      // `At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton ...`: a place's state and a
      // time after it still belong to the adjunct.
      while let next = (comma + 1..<min(limit, comma + 6)).first(where: { tokens[$0].isPunctuation(",") }),
        next - comma == 2 && tokens[comma + 1].isWord && tokens[comma + 1].capitalized
          && !tokens[comma + 1].classes.contains(.pronoun) && tokens[comma - 1].isWord && tokens[comma - 1].capitalized
          || tokens[comma + 1].isWord && tokens[comma + 1].classes.contains(.preposition)
      {
        comma = next
      }
      s0 = comma + 1
    }
    guard s0 < limit, tokens[s0].isWord else { return nil }
    if tokens[s0].classes.contains(.pronoun) { return s0..<(s0 + 1) }
    var j = s0
    if tokens[s0].classes.contains(.determiner) || tokens[s0].classes.contains(.possessive) {
      j += 1
      while j < limit, j - s0 < 6, tokens[j].isWord, !tokens[j].mayBeUnlistedVerb,
        tokens[j].cue == nil, !tokens[j].classes.contains(.boundary)
      {
        j += 1
      }
      return j > s0 + 1 ? s0..<j : nil
    }
    while j < limit {
      if tokens[j].isWord, tokens[j].capitalized || (j > s0 && tokens[j].lower.isOne(of: "of", "the")) {
        j += 1
      } else if tokens[j].isPunctuation("."), j > s0, j + 1 < limit, tokens[j + 1].capitalized,
        tokens[j - 1].classes.contains(.abbreviation)
      {
        // `Mr. Trump`
        j += 1
      } else {
        break
      }
    }
    return j > s0 ? s0..<j : nil
  }

  /// `On Thursday, after remaining neutral, Warren appeared ... and endorsed Clinton, saying`,
  /// `When he returned he began by saying`: the last subject before `limit`, where the opening
  /// adjuncts hide the sentence's: a subject pronoun, or a capitalised run that is no function
  /// word, opens a clause (after the start, a comma, `and`, `then`, `but`) and is followed by a
  /// verb.
  private func nearestClauseSubject(before limit: Int, floor: Int) -> Range<Int>? {
    var found: Range<Int>? = nil
    var j = floor
    while j < limit {
      let token = tokens[j]
      guard token.isWord else {
        j += 1
        continue
      }
      if token.classes.contains(.subjectPronoun) {
        found = j..<(j + 1)
        j += 1
        continue
      }
      let opensClause =
        j == floor || tokens[j - 1].isPunctuation(",")
        || tokens[j - 1].lower.isOne(of: "and", "then", "but", "as", "while", "when", "because")
      guard token.capitalized, opensClause,
        !token.classes.contains(.determiner) && !token.classes.contains(.boundary)
          && !token.classes.contains(.adjunctOpener) && !token.classes.contains(.possessive)
      else {
        j += 1
        continue
      }
      var end = j
      while end < limit, tokens[end].isWord, tokens[end].capitalized { end += 1 }
      // A verb follows: a cue, an auxiliary, or an unlisted past or present form.
      if end < limit, tokens[end].isWord, !tokens[end].capitalized,
        tokens[end].cue != nil || tokens[end].classes.contains(.auxiliary) || tokens[end].mayBeUnlistedVerb
      {
        found = j..<end
      }
      j = end
    }
    return found
  }

  private func isNameLike(_ range: Range<Int>) -> Bool {
    let last = tokens[range.upperBound - 1]
    return last.capitalized || last.classes.contains(.pronoun) || last.classes.contains(.groupHead)
      || last.classes.contains(.anonymousHead) || last.classes.contains(.organization)
  }

  private func isOutlet(_ range: Range<Int>) -> Bool {
    let words = range.filter { tokens[$0].isWord }
    guard let last = words.last, tokens[last].capitalized || tokens[last].lower == "agency" else { return false }
    if words.count == 1 {
      return tokens[last].classes.contains(.standaloneOutlet)
        || (range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the"
          && tokens[last].classes.contains(.outletWord))
    }
    return words.contains { tokens[$0].capitalized && tokens[$0].classes.contains(.outletWord) }
  }

  private func trimDeterminers(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    while lower < range.upperBound - 1, tokens[lower].classes.contains(.determiner) { lower += 1 }
    return lower..<range.upperBound
  }

  // MARK: Spans

  private func characterRange(_ range: Range<Int>) -> Range<Int> {
    tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
  }

  private func span(_ range: Range<Int>) -> Span {
    let characters = characterRange(range)
    return Span(range: characters, text: ScalarClass.string(scalars[characters]))
  }

  private func wordCount(_ range: Range<Int>) -> Int {
    range.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
  }
}
