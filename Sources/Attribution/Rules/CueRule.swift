import ArticleReading
import TextPrimitives

/// `X said (that) ...`, `..., X said`, `X told OUTLET ...`, `according to X`, `as confirmed by X`:
/// a statement found from a cue verb or a source phrase the lexicon lists (`CueLexicon`), with
/// its speaker on either side and its content up to the clause's end. The verb's other shapes
/// (passive, participle, a quotation after a lead-in) are in `CueRule+Forms.swift`.
///
/// Handles, for example:
/// - `Mayor Elena Ruiz said the bridge would reopen on Friday.`
/// - `"The repairs are finished," Ruiz told reporters.`
/// - `The bridge is safe, according to the state's chief inspector.`
/// - `The cranes passed every test, as confirmed by the port authority.`
enum CueRule: AttributionRule {
  static let startsFrom: RuleStart = [.cue, .sourcePhrase, .verbPhrase]
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { true }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) { finder.findCues(in: scan.sentence) }
}

extension SentenceFinder {
  /// Each cue, source phrase and verb phrase of the sentence outside quotations, in order: a
  /// phrase is read whole and the scan goes on after it.
  mutating func findCues(in sentence: Range<Int>) {
    let sourcePhrases = CueLexicon.sourcePhrasesByStart
    let verbPhrases = CueLexicon.verbPhrasesByStart
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      // (A token that is no cue and starts no phrase, as most are, is passed over on these tests.)
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

  /// `according to X, CONTENT` / `CONTENT, according to X` / `CONTENT, as confirmed by X`.
  mutating func sourcePhrase(at a: Int, length: Int, in sentence: Range<Int>) {
    let sourceStart = a + length
    // (`according to plan`, `according to their instinctive preference`: a manner, not a source;
    // but `according to people familiar with the network's plans`.)
    guard let source = forwardRun(from: sourceStart, in: sentence, stopAtComma: true, limit: 16),
      source.count > 3 || !SentenceWords.mannerHeads.contains(tokens[source.upperBound - 1].lower.string)
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

  /// A cue verb in the lexicon: the shapes it reports, tried in order (`verbCue` dispatches, each
  /// shape is a method below that says whether it took the cue).
  mutating func verbCue(at c: Int, length: Int = 1, entry: CueLexicon.Entry, in sentence: Range<Int>) {
    // `Ortiz rejected claims that ...`, `denied reports that ...`: the denying verb and its noun
    // are one cue, and the subject before the verb its speaker. (Read alone, `claims` made a
    // speaker `Ortiz rejected` who asserted what she denied.)
    if length == 1, c > sentence.lowerBound + 1, tokens[c].lower.isOne(of: "claims", "reports"),
      Denials.verbs.contains(tokens[c - 1].lower.string)
    {
      verbCue(at: c - 1, length: 2, entry: entry, in: sentence)
      return
    }
    // `called claims that the pier is unsafe "ridiculous"`: what others claim, characterised, is
    // no claim of the speaker's (it was her saying the pier is unsafe).
    if entry.verb.frames.contains(.characterisationAfterObject), c + length < sentence.upperBound,
      Denials.othersClaims.contains(tokens[c + length].lower.string)
    {
      return
    }
    guard let a = cueSubjectEnd(at: c, length: length, entry: entry, in: sentence) else { return }
    let s0 = sentence.lowerBound
    if readsAsANoun(at: c, entry: entry, floor: s0) { return }
    // A result, not a saying: `Trump tells so many lies that Clinton could ...` (was Trump's
    // saying that Clinton could ...).
    if entry.verb.lemma == "tell", c + length < sentence.upperBound,
      tokens[c + length].lower.isOne(of: "so", "such")
    {
      return
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
    // What someone did not say, or might or ought to have said, is no statement of theirs (it was
    // one, and with another's same words a `corroborated` claim): `never` or `not` before the cue,
    // past adverbs and auxiliaries (`never said`, `has not said whether`, `never actually said`);
    // a modal or a `-n't` before a bare form (`can maintain`, `didn't say`: nothing reported yet),
    // and a modal before `have` (`may have said`, `should have said`). (`hasn't said` stays a
    // statement: PolNeAR's annotators count it, and the dev figures are held not to fall.)
    let lead = (max(s0, c - 3)..<c).reversed().prefix {
      tokens[$0].isWord
        && (tokens[$0].classes.contains(.auxiliary) || tokens[$0].lower.endsWith("ly")
          || tokens[$0].lower.isOne(of: "never", "not"))
    }
    if entry.form != .participle, lead.contains(where: { tokens[$0].lower.isOne(of: "never", "not") }) { return }
    if c > s0, entry.form == .base || tokens[c].lower.isEqual(to: entry.verb.lemma),
      tokens[c - 1].classes.contains(.modal) || tokens[c - 1].lower.endsWith("n't")
        || tokens[c - 1].lower.endsWith("n’t")
    {
      return
    }
    if c > s0 + 1, tokens[c - 1].lower == "have", tokens[c - 2].classes.contains(.modal) { return }

    let cue = span(c..<(c + length))
    if openingInvertedCue(at: c, length: length, entry: entry, cue: cue, in: sentence) { return }
    let after = contentAfter(cue: c + length - 1, entry: entry, in: sentence)
    if relativeSpeakerCue(at: c, entry: entry, subjectEnd: a, cue: cue, after: after, in: sentence) { return }
    let subject = leftSpeaker(endingAt: a, floor: s0)
    // `Nobody said ...`, `Neither Lee nor Ruiz said ...`, `No official said ...`: a subject that
    // denies anyone said it. `If Lee said ...`, `Did Lee say ...?`: a saying supposed or asked
    // about, not reported.
    if let subject,
      tokens[subject.phrase.lowerBound].lower.isOne(of: "nobody", "neither", "none", "no")
        || subject.phrase.lowerBound > s0
          && tokens[subject.phrase.lowerBound - 1].lower.isOne(of: "nor", "if", "unless")
        || subject.phrase.lowerBound == s0 + 1 && tokens[s0].lower.isOne(of: "did", "does", "do")
    {
      return
    }
    if speakerAfterContentCue(
      at: c, entry: entry, subjectEnd: a, subject: subject, cue: cue, after: after, in: sentence)
    {
      return
    }
    if coordinatedCue(entry: entry, subjectEnd: a, subject: subject, cue: cue, after: after, in: sentence) { return }
    guard let subject else { return }
    subjectCue(at: c, entry: entry, subject: subject, cue: cue, after: after, in: sentence)
  }

  /// Where the cue's subject ends (before auxiliaries, adverbs and a time adjunct: `have in the
  /// past said`), or nil when the word is no cue here: a noun use, `called` naming something or
  /// asking for it, `shot back up`, an infinitive or a passive (`is said to`).
  private func cueSubjectEnd(at c: Int, length: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) -> Int? {
    let s0 = sentence.lowerBound
    if length == 1, isNounUse(c, entry: entry, in: sentence) { return nil }
    // `a group called "Moms for Safe Streets"`: a name, not a characterisation (which has an
    // object before its quotation: `called it "a disgrace"`); `called for`, `called on` ask for
    // something.
    // (`what he called "our arguments this year"`: the object is `what`.)
    let characterises = entry.verb.frames.contains(.characterisationAfterObject)
    let afterWhat =
      characterises
      && (max(s0, c - 4)..<c).contains(where: {
        tokens[$0].lower == "what" && (tokens[$0 + 1].capitalized || tokens[$0 + 1].classes.contains(.pronoun))
      })
    if characterises, c + 1 < sentence.upperBound,
      !tokens[c + 1].isWord && !afterWhat
        || tokens[c + 1].lower.isOne(of: "for", "on", "off", "up", "out", "back", "in")
    {
      return nil
    }
    // A characterisation quotes its words (`called the plan "a disgrace"`); without a quotation
    // mark after it, `called` names (`one PAC called Stop Hillary`, `called himself
    // pro-choice`) or means something else (`called to mind`), and so does a quotation right
    // after `the` (`a group called the "We The People Foundation"`).
    if characterises,
      !tokens[(c + 1)..<sentence.upperBound].contains(where: \.isQuote)
        || (c + 2 < sentence.upperBound && tokens[c + 1].lower == "the" && tokens[c + 2].isQuote && !afterWhat)
    {
      return nil
    }
    // `spending shot back up`: not a retort.
    if length == 2, tokens[c + 1].lower == "back", c + 2 < sentence.upperBound,
      tokens[c + 2].lower.isOne(of: "up", "down", "into", "out")
    {
      return nil
    }
    // An infinitive (`wants to say`) or a passive (`is said to`, `was told by`).
    if c > s0, tokens[c - 1].lower == "to" { return nil }
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
    return a
  }

  /// Whether the cue's word at `c` is a noun here, not a verb: after a determiner or a
  /// superlative (`the greatest fear that I have ever seen`, `their hope that`); a present form
  /// after a possessive (`Tulsa police's claim that`) or a determiner and a participle (`the
  /// debunked claim that`); a bare form two words after `a` (`a controversial comment that`),
  /// unless `a` opens a part of many (`a third say`, `a majority believe`).
  private func readsAsANoun(at c: Int, entry: CueLexicon.Entry, floor s0: Int) -> Bool {
    guard c > s0, !tokens[c - 1].capitalized else { return false }
    let before = tokens[c - 1].lower
    if isArticleOrPossessive(c - 1) || before.endsWith("est") && tokens[c - 1].end - tokens[c - 1].start > 5 {
      return true
    }
    let twoBefore = c > s0 + 1 ? tokens[c - 2].lower : nil
    if entry.form != .past,
      before.endsWith("'s") || before.endsWith("’s")
        || before.endsWith("ed") && twoBefore?.isOne(of: "the", "his", "her", "their", "its", "our") == true
    {
      return true
    }
    return entry.form == .base && twoBefore?.isOne(of: "a", "an") == true
      && !Words.partsOfMany.contains(before.string)
  }

  /// Whether the token at `i` is an article or a possessive pronoun, after which a cue's word
  /// is a noun or an adjective (`the claim that`, `its stated goal`).
  func isArticleOrPossessive(_ i: Int) -> Bool {
    tokens[i].lower.isOne(of: "the", "a", "an", "his", "her", "their", "its", "our", "your", "my")
  }

  /// `Said Comey, "The thought ..."`: an inverted cue opening the sentence.
  private mutating func openingInvertedCue(
    at c: Int, length: Int, entry: CueLexicon.Entry, cue: Span, in sentence: Range<Int>
  ) -> Bool {
    let s0 = sentence.lowerBound
    if c == s0, length == 1, tokens[c].capitalized, entry.form == .past || entry.form == .present,
      entry.verb.strength == .speech,
      let speaker = forwardRun(from: c + 1, in: sentence, stopAtComma: true, limit: 12), looksLikeSpeaker(speaker)
    {
      appendQuotationAfter(speaker: speaker, cue: cue, outlet: nil, resume: speaker.upperBound, in: sentence)
      return true
    }
    return false
  }

  /// `an architect who said he was stiffed`, `the company, which said ...`, and with a
  /// quotation `a marketing video that said, "..."` (`that` is as often a conjunction).
  /// (`experts who say ...`: after `who`, the bare form is a plural present.)
  private mutating func relativeSpeakerCue(
    at c: Int, entry: CueLexicon.Entry, subjectEnd a: Int, cue: Span, after: After?, in sentence: Range<Int>
  ) -> Bool {
    let s0 = sentence.lowerBound
    if a > s0, tokens[a].lower.isOne(of: "who", "which") || tokens[a].lower == "that" && after?.direct == true,
      entry.form != .base || tokens[a].lower == "who"
    {
      guard let after, after.substantial, entry.verb.strength == .speech || after.hadThat || after.direct else {
        return true
      }
      let aside = tokens[a - 1].isPunctuation(",")
      let end = aside ? a - 2 : a - 1
      guard end >= s0, var antecedent = leftSpeaker(endingAt: end, floor: s0)?.phrase else { return true }
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
      // own verb follows (`Cruz, who has argued cases ..., will do`, `Beck, who described Trump
      // as ..., clearly intended`). An appositive before `who` is such an aside too (`Mr. Guerrero,
      // a Republican who described himself as ..., said`).
      func predicateStarts(at m: Int) -> Bool {
        guard m < sentence.upperBound, tokens[m].isWord, !tokens[m].capitalized else { return false }
        let word = tokens[m].lower.string
        if word.hasSuffix("ly"), m + 1 < sentence.upperBound { return predicateStarts(at: m + 1) }
        return word.hasSuffix("ed") || tokens[m].cue?.form == .past || word != "not" && VerbWords.contains(word)
      }
      var opening = antecedent.lowerBound - 1
      while opening > s0, antecedent.lowerBound - opening <= 4, tokens[opening].isWord, !tokens[opening].capitalized {
        opening -= 1
      }
      let appositive = opening >= s0 && tokens[opening].isPunctuation(",")
      // (Only at the content's first comma: at a later one the verb is the content's own, after
      // an aside of its own: `who said the two men, and Mr. Cruz in particular, must do more`.)
      if aside || appositive, !after.direct,
        let comma = (c..<(sentence.upperBound - 1)).first(where: { m in
          tokens[m].isPunctuation(",") && tokens[m].start > content.lowerBound && paragraph.quoteOf[m] == nil
        }), predicateStarts(at: comma + 1)
      {
        content = content.lowerBound..<tokens[comma - 1].end
      }
      var finding = Finding(
        speaker: span(a..<(a + 1)), cue: cue, cueText: cue.text, fragments: [content], direct: after.direct,
        outlet: after.outlet)
      finding.antecedent = span(antecedent)
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return true
    }
    return false
  }

  /// `CONTENT, said X` / `"QUOTE," said X`: speech verbs only, and only where no appositive
  /// subject stands before the cue (`Hale, the chief engineer, told the Courier that ...`).
  /// (A belief verb too after a quotation: `"Our ideas are different," agrees X.`)
  private mutating func speakerAfterContentCue(
    at c: Int, entry: CueLexicon.Entry, subjectEnd a: Int, subject: Subject?, cue: Span, after: After?,
    in sentence: Range<Int>
  ) -> Bool {
    let s0 = sentence.lowerBound
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
      guard let content = contentRange(s0..<(tokens[end].kind == .closeQuote ? end + 1 : end)) else { return true }
      appendBefore(
        content: content, speaker: speaker, cue: cue, outlet: after?.outlet, resume: speaker.upperBound,
        inverted: true, in: sentence)
      return true
    }
    return false
  }

  /// `he called her "weak" and said she had ...`: the subject of the first verb speaks.
  private mutating func coordinatedCue(
    entry: CueLexicon.Entry, subjectEnd a: Int, subject: Subject?, cue: Span, after: After?, in sentence: Range<Int>
  ) -> Bool {
    let s0 = sentence.lowerBound
    if subject == nil, a >= s0, tokens[a].lower == "and" || tokens[a].lower == "but", entry.form != .base, let after,
      after.substantial
    {
      if entry.verb.strength == .opinion, !after.hadThat, !after.direct { return true }
      // (`A few minutes later they reversed themselves ... and said`: the clause's own subject
      // before the sentence's first words.)
      let earlier = findingsOfSentence(startingAt: tokens[s0].start).last
      guard
        let speaker = earlier?.speaker
          ?? (nearestClauseSubject(before: a, floor: s0) ?? sentenceSubject(sentence, before: a)).map(span)
      else { return true }
      var finding = Finding(
        speaker: speaker, cue: cue, cueText: cue.text, fragments: [after.range], direct: after.direct,
        outlet: after.outlet)
      finding.openAtEnd = after.openAtEnd
      findings.append(finding)
      return true
    }
    return false
  }

  /// The capitalised name of one to four words that ends at the comma `comma` and stands right
  /// after a quotation that opens the sentence at `floor` (`"...," Ann Lee,`), if one does.
  private func nameAfterQuotation(endingAt comma: Int, floor: Int) -> Range<Int>? {
    guard tokens[comma].isPunctuation(",") else { return nil }
    var start = comma
    while start > floor, comma - start < 4, tokens[start - 1].isWord, tokens[start - 1].capitalized { start -= 1 }
    guard start < comma, start > floor, tokens[start - 1].kind == .closeQuote, isWholeQuote(floor..<start) else {
      return nil
    }
    return start..<comma
  }

  /// The cue's subject speaks: the content after the cue (`X said (that) ...`), or before it
  /// (`CONTENT, X said.`, `"QUOTE," X said.`).
  private mutating func subjectCue(
    at c: Int, entry: CueLexicon.Entry, subject: Subject, cue: Span, after: After?, in sentence: Range<Int>
  ) {
    let s0 = sentence.lowerBound
    // `"QUOTE," she said several months later`: after a quotation, the cue attributes it,
    // whatever follows, unless a `that` clause says otherwise.
    let quoteBefore =
      subject.boundary.map { b in
        tokens[b].kind == .closeQuote || (tokens[b].isPunctuation(",") && b > s0 && tokens[b - 1].kind == .closeQuote)
      } ?? false
    // After a quotation, only a `that` close to the cue opens its content (`"...," he told a
    // crowd that the campaign estimated at 3,000`: a relative clause), or a colon right after
    // the cue opening a quotation (`After Lee said the pier was "unsafe," Ruiz said: "..."`: the
    // quotation before was the sentence's other speaker's words).
    let colonOpens = after?.direct == true && c + 1 < sentence.upperBound && tokens[c + 1].isPunctuation(":")
    if let after, after.substantial, !quoteBefore || colonOpens || (after.hadThat && after.thatDistance <= 3) {
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
      var speaker = subject.phrase
      if let name = nameAfterQuotation(endingAt: boundary, floor: s0) {
        // `"QUOTE," Ann Lee, a spokeswoman for the mayor said`: the description's comma left
        // out, the name between the quotation and it is who speaks.
        (speaker, end) = (name, name.lowerBound - 1)
      }
      if tokens[end].isPunctuation(","), end > s0, tokens[end - 1].kind == .closeQuote {
        end -= 1
      }
      guard let content = contentRange(s0..<(tokens[end].kind == .closeQuote ? end + 1 : end)) else { return }
      appendBefore(content: content, speaker: speaker, cue: cue, outlet: after?.outlet, resume: c + 1, in: sentence)
    }
  }
}
