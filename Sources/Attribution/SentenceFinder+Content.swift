import ArticleReading
import TextPrimitives

extension SentenceFinder {
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

  /// Where the content after a cue starts, and what was read on the way there.
  struct ContentStart {
    var k: Int
    var hadThat = false
    var thatDistance = 0
    var outlet: Span? = nil
    var interview = false
  }

  /// What follows a cue: its addressee (an outlet, when it is one), adjuncts, `that`, then the
  /// content to the end of the sentence.
  func contentAfter(cue c: Int, entry: CueLexicon.Entry, in sentence: Range<Int>) -> After? {
    let end = sentence.upperBound
    var state = ContentStart(k: c + 1)
    // `denied allegations that ...`, `denied the claims that ...`: what was denied is the clause.
    // (`denied reports that` right after the verb is one cue of its own, `verbCue`'s.)
    if entry.verb.lemma == "deny" {
      let noun = state.k < end && tokens[state.k].lower.isOne(of: "the", "any") ? state.k + 1 : state.k
      if noun + 1 < end, noun > state.k || tokens[noun].cue == nil,
        Denials.othersClaims.contains(tokens[noun].lower.string),
        tokens[noun + 1].lower == "that"
      {
        state = ContentStart(k: noun + 2, hadThat: true, thatDistance: noun + 2 - c)
      }
    }
    skipAddressee(&state, entry: entry, end: end)
    findThatAfterAdjuncts(&state, cue: c, end: end)
    // A time without `that` after it: `CNN reported that night Petraeus testifies ...` (the
    // content follows it), `He said that day was the worst` (the time is the content's
    // subject), `the lawsuit Lynch announced that same day, as mentioned above` (no content).
    if !state.hadThat, opensATime(at: state.k) {
      let after = state.k + (tokens[state.k + 1].lower == "same" ? 3 : 2)
      guard after < end, tokens[after].isWord else { return nil }
      if !tokens[after].classes.contains(.relativeFollower) { state.k = after }
    }
    skipAsides(&state, end: end)
    // `said that, if elected, he would ...`: a comma right after `that` opens an aside.
    guard state.k < end, state.hadThat || !tokens[state.k].isPunctuation(","), !tokens[state.k].isPunctuation(".")
    else { return nil }
    guard skipAdjunctWithoutThat(&state, end: end) else { return nil }
    return content(from: state, cue: c, in: sentence)
  }

  /// `told reporters`, `told Fox News Digital` (an outlet, which carried the interview).
  private func skipAddressee(_ state: inout ContentStart, entry: CueLexicon.Entry, end: Int) {
    if state.k < end, tokens[state.k].isWord, tokens[state.k].lower != "that", entry.verb.takesAddressee {
      let m = addresseeEnd(from: state.k, to: end)
      if isOutlet(state.k..<m) {
        state.outlet = span(trimDeterminers(state.k..<m))
        state.interview = true
      }
      state.k = m
    }
  }

  /// Whether `that` at `k` is a time's determiner (`that same day`, `that night`), not the
  /// content's start.
  private func opensATime(at k: Int) -> Bool {
    k + 1 < tokens.count && tokens[k].lower == "that"
      && SentenceWords.daysAfterThat.contains(tokens[k + 1].lower.string)
  }

  /// Adjuncts before `that`: `said on Thursday that`, `said in an interview with X that`.
  private func findThatAfterAdjuncts(_ state: inout ContentStart, cue c: Int, end: Int) {
    var m = state.k
    let adjunctFirst =
      state.k < end && tokens[state.k].isWord
      && (tokens[state.k].classes.contains(.adjunctOpener) || opensATime(at: state.k))
    while m < end, m - state.k < 12, tokens[m].isWord || (adjunctFirst && m > state.k && tokens[m].isQuote),
      m == state.k || adjunctFirst
    {
      // `said at a news conference announcing that ...`: that `that` belongs to another verb.
      if m > state.k, tokens[m].cue?.form == .participle { break }
      if tokens[m].lower == "that",
        !(m + 1 < end
          && (tokens[m + 1].classes.contains(.relativeFollower)
            || (m > state.k && !tokens[m + 1].capitalized && tokens[m + 1].lower.endsWith("ed"))
            || opensATime(at: m)))
      {
        if let channel = interviewOutlet(state.k..<m) {
          state.outlet = span(channel)
          state.interview = true
        }
        state.k = m + 1
        state.hadThat = true
        state.thatDistance = m - c
        break
      }
      m += 1
    }
    if !state.hadThat, state.k < end, tokens[state.k].isWord, tokens[state.k].lower.isOne(of: "in", "during"),
      let channel = interviewOutlet(state.k..<end)
    {
      state.outlet = span(channel)
      state.interview = true
    }
  }

  /// A colon or comma before a quotation, asides between commas before `that` (`He said,
  /// however, that ...`, `She said, without evidence, that ...`), and `said in a statement:
  /// "..."`.
  private func skipAsides(_ state: inout ContentStart, end: Int) {
    if state.k < end, tokens[state.k].isPunctuation(":") || tokens[state.k].isPunctuation(","),
      state.k + 1 < end, tokens[state.k + 1].kind == .openQuote
    {
      state.k += 1
    }
    // `He said, however, that ...`
    if !state.hadThat, state.k + 3 < end, tokens[state.k].isPunctuation(","), tokens[state.k + 2].isPunctuation(","),
      tokens[state.k + 1].lower.isOne(
        of: "however", "though", "too", "also", "nonetheless", "meanwhile", "moreover", "instead")
    {
      state.k += 3
      if tokens[state.k].lower == "that" {
        state.k += 1
        state.hadThat = true
      }
    }
    // `He said, twice, that ...`, `She said, without evidence, that ...`: an aside between commas,
    // then `that`.
    if !state.hadThat, state.k + 3 < end, tokens[state.k].isPunctuation(","),
      let close = (state.k + 2..<min(end - 1, state.k + 7)).first(where: { tokens[$0].isPunctuation(",") }),
      tokens[close + 1].lower == "that",
      (state.k + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].cue == nil && tokens[$0].lower != "that" })
    {
      state.k = close + 2
      state.hadThat = true
    }
    // `said in a statement: "..."`, `said of Mr. Rubio: "..."`: the quotation after the colon.
    if !state.hadThat {
      var m = state.k
      while m + 1 < end, m - state.k < 14,
        tokens[m].isWord || tokens[m].isPunctuation(",") || tokens[m].isPunctuation("."),
        !(tokens[m].isWord && (tokens[m].lower == "that" || tokens[m].cue != nil))
      {
        m += 1
      }
      if m + 1 < end, m > state.k, tokens[m].isPunctuation(":"), tokens[m + 1].kind == .openQuote { state.k = m + 1 }
    }
  }

  /// `said at a news conference.`, `said on Thursday.`: an adjunct with no `that` after it, which
  /// is not what was said; false when nothing was (the sentence ends in the adjunct).
  private func skipAdjunctWithoutThat(_ state: inout ContentStart, end: Int) -> Bool {
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
    if !state.hadThat, tokens[state.k].isWord, !tokens[state.k].capitalized, tokens[state.k].lower.endsWith("ly"),
      tokens[state.k].length > 4,
      state.k + 1 < end, opensAdjunct(state.k + 1)
    {
      state.k += 1
    }
    if !state.hadThat, opensAdjunct(state.k),
      !(state.k..<end).contains(where: { tokens[$0].kind == .openQuote })
    {
      let stop = (state.k..<end).first { tokens[$0].kind == .punctuation } ?? end
      // `said in a statement Thursday night they pulled the listing`: a subject pronoun and its
      // verb end the adjunct and open what was said (not after a conjunction or another verb:
      // `said Friday as he entered the talks`).
      // (`said for weeks he's the only candidate`: a pronoun with its verb in one word.)
      // (`said Tuesday his actions are consistent`: a possessive, its noun, then a verb.)
      // (A day is an adjunct of one word: `said Tuesday they ...`.)
      let first = tokens[state.k].classes.contains(.timeHead) ? state.k + 1 : state.k + 2
      if let subject = (first..<max(first, stop - 1)).first(where: {
        (tokens[$0].classes.contains(.subjectPronoun) || tokens[$0].lower == "it") && tokens[$0 + 1].isWord
          && !tokens[$0 + 1].capitalized || Self.isPronounContraction(tokens[$0])
          || tokens[$0].lower.isOne(of: "his", "her", "their", "its", "our") && $0 + 2 < stop
            && tokens[$0 + 1].isWord && !tokens[$0 + 1].capitalized
            && (tokens[$0 + 2].classes.contains(.auxiliary) || tokens[$0 + 2].classes.contains(.modal)
              || tokens[$0 + 2].lower.isOne(of: "is", "are", "was", "were"))
      }),
        (state.k + 1..<subject).allSatisfy({
          !tokens[$0].classes.contains(.boundary)
            && (!tokens[$0].mayBeUnlistedVerb || tokens[$0].classes.contains(.timeModifier))
        })
      {
        state.k = subject
      } else if stop == end || tokens[stop].isPunctuation(".") || tokens[stop].isPunctuation(",") {
        state.k = stop
        guard state.k < end, tokens[state.k].isPunctuation(","), state.k + 1 < end,
          tokens[state.k + 1].kind == .openQuote || tokens[state.k + 1].lower == "that"
        else {
          return false
        }
        state.k += tokens[state.k + 1].lower == "that" ? 2 : 1
      }
    }
    return true
  }

  /// The content from where it starts: a quotation, or reported speech to the clause's end.
  private func content(from state: ContentStart, cue c: Int, in sentence: Range<Int>) -> After? {
    let end = sentence.upperBound
    let (k, hadThat, thatDistance, outlet, interview) = (
      state.k, state.hadThat, state.thatDistance, state.outlet, state.interview
    )
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
      SentenceWords.quotationEnders.contains(tokens[close + 1].lower.string) && tokens[close + 2].isWord
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
  func addresseeEnd(from k: Int, to end: Int) -> Int {
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

  /// Whether a capitalised name of up to four words at `start`, then a finite cue, opens
  /// another speaker's attribution (`Tom Hale responded`).
  private func opensNamedAttribution(at start: Int, end: Int) -> Bool {
    var name = start
    while name < end, name < start + 4, tokens[name].isWord, tokens[name].capitalized { name += 1 }
    return name > start && name < end && tokens[name].isWord && !tokens[name].capitalized && tokens[name].isFiniteCue
  }

  /// Where reported content ends: at the sentence's end, or before a second verb of the same
  /// speaker (`said X and suggested Y`), a participle clause (`, implicitly putting`), `; `.
  func clauseEnd(from start: Int, to end: Int) -> Int {
    var m = start + 1
    while m < end {
      // `said that students might do better at "less advanced schools," Trump said: "..."`: a
      // quotation closing on a comma, then a name and its cue: the same, after the quotation.
      if tokens[m].kind == .closeQuote, m - start >= 4, tokens[m - 1].isPunctuation(","),
        opensNamedAttribution(at: m + 1, end: end)
      {
        return m + 1
      }
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
          if opensNamedAttribution(at: m + 1, end: end) { return m }
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
  func sentenceOutlet(_ sentence: Range<Int>) -> Span? {
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
  func interviewOutlet(_ range: Range<Int>) -> Range<Int>? {
    for i in range where tokens[i].lower == "with" || tokens[i].lower == "to" || tokens[i].lower == "on" {
      var j = i + 1
      while j < range.upperBound, tokens[j].isWord, j - i <= 5 { j += 1 }
      let candidate = (i + 1)..<j
      if !candidate.isEmpty, isOutlet(candidate) { return trimDeterminers(candidate) }
    }
    return nil
  }

  /// Trims trailing sentence punctuation; `nil` when nothing is left.
  func contentRange(_ range: Range<Int>) -> Range<Int>? {
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

  func isWholeQuote(_ range: Range<Int>) -> Bool {
    guard tokens[range.lowerBound].kind == .openQuote, let q = paragraph.quoteOf[range.lowerBound] else { return false }
    let quote = paragraph.quotes[q]
    // The quotation, possibly with a comma or stop outside it.
    var upper = range.upperBound - 1
    while upper > quote.upperBound, tokens[upper].kind == .punctuation { upper -= 1 }
    return upper == quote.upperBound
  }

  /// The words inside a quotation's marks.
  func quoteInside(_ range: Range<Int>) -> Range<Int> {
    paragraph.inside(quote: paragraph.quoteOf[range.lowerBound]!).range
  }
}
