import ArticleReading
import TextPrimitives

// The cue verb's other shapes, for ``CueRule``: the passive (`was quoted as saying`), the
// participle (`..., saying that ...`), a noun use to rule out (`the said report`), a speaker
// placed before the cue, and content that goes on into a later quotation or the rest of the
// sentence.

extension SentenceFinder {
  /// `The talks were confirmed by a statement from X`: the agent after `by` speaks, the subject
  /// before the auxiliary is what it said.
  mutating func passiveCue(at c: Int, auxiliary a: Int, in sentence: Range<Int>) {
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
  func beforeTimeAdjunct(_ i: Int, floor: Int) -> Int {
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

  /// Forms that are nouns as often as verbs (`swing states`, `his claims`, `Editor's note`):
  /// verbs only where a clause follows.
  func isNounUse(_ c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) -> Bool {
    // `state Rep. David Bowen`, `the early voting states that held primaries`, `the TV show
    // "Shark Tank"`: nouns more often than cues. Before `that`, a cue only when the clause has
    // its own subject (`the document states that the ...`); `state` only so; `states` also before
    // a quotation or a noun phrase (`the website states same-sex couples ...` is lost, `states
    // Ohio` kept out); `show` not after a determiner and one singular word, nor before a title.
    if entry.verb.frames.contains(.nounBeforeClause), entry.form == .base || entry.form == .present {
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
      case "states":
        // (`the race moves to Western states this week`: after a preposition and a word, a noun.)
        if c - 2 >= sentence.lowerBound, tokens[c - 2].classes.contains(.preposition) { return true }
        return !(next.map { $0.kind == .openQuote || startsClause($0) } ?? false)
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
    if entry.verb.frames.contains(.nounBeforeOf), entry.form == .base || entry.form == .present {
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
      isArticleOrPossessive(c - 1) || tokens[c - 1].lower.endsWith("’s") || tokens[c - 1].lower.endsWith("'s")
    {
      return true
    }
    guard entry.form != .past || tokens[c].lower == "thought" else {
      return entry.verb.frames.contains(.namesWithAs) && c + 1 < sentence.upperBound && tokens[c + 1].lower == "as"
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

  /// After an inverted cue, a phrase that can be the speaker, not an object (`said me`).
  func looksLikeSpeaker(_ range: Range<Int>) -> Bool {
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

  mutating func appendBefore(
    content whole: Range<Int>, speaker: Range<Int>, cue: Span, outlet: Span?, resume: Int, inverted: Bool = false,
    in sentence: Range<Int>
  ) {
    // (`HARBOR CITY (Coastal Wire) — The bridge will reopen, officials said`: the dateline is where
    // the story was filed, not what was said.)
    let filed = paragraph.datelineEnd(from: whole.lowerBound, before: whole.upperBound).map { $0..<whole.upperBound }
    let content = quotationAfterLeadIn(filed ?? whole) ?? filed ?? whole
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
  func quotationAfterLeadIn(_ content: Range<Int>) -> Range<Int>? {
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
  mutating func appendQuotationAfter(
    speaker: Range<Int>, cue: Span, outlet: Span?, resume: Int, in sentence: Range<Int>
  ) {
    findings.append(
      Finding(speaker: span(speaker), cue: cue, cueText: cue.text, fragments: [], direct: true, outlet: outlet))
    extendWithLaterQuote(after: resume, in: sentence)
    if findings[findings.count - 1].fragments.isEmpty { findings.removeLast() }
  }

  /// `Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.`: the words after a
  /// mid-sentence attribution are part of what was said.
  mutating func extendWithRestOfSentence(after start: Int, in sentence: Range<Int>) {
    guard let rest = restOfSentence(after: start, in: sentence) else { return }
    findings[findings.count - 1].fragments.append(characterRange(rest))
  }

  /// `the rise in deficits is mainly ...` rather than `a pollster who conducted the survey`:
  /// a verb comes before any relative pronoun.
  func isClause(_ range: Range<Int>) -> Bool {
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
  func restOfSentence(after start: Int, in sentence: Range<Int>) -> Range<Int>? {
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
  mutating func extendWithLaterQuote(after start: Int, in sentence: Range<Int>) {
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
  func hasOwnAttribution(quote q: Int, in sentence: Range<Int>) -> Bool {
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
  mutating func participleCue(at c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) {
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
    // (`clapping, singing, chanting and waving red balloons`: a list of doings, no content.)
    guard c + 1 < sentence.upperBound, !tokens[c + 1].lower.isOne(of: "and", "or"),
      let after = contentAfter(cue: c, entry: entry, in: sentence), after.substantial
    else { return }
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
}
