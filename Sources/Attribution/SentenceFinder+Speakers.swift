import ArticleReading
import TextPrimitives

extension SentenceFinder {
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
  func leftSpeaker(endingAt i: Int, floor: Int) -> Subject? {
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
      // (`Rep. Chris Collins, R-NY, says`: a party and a state after a name are no name.)
      let partyAndState =
        tokens[inner.lowerBound].isWord
        && ["r-", "d-", "i-"].contains(where: { tokens[inner.lowerBound].lower.string.hasPrefix($0) })
      // (`Officials in Dayton, Ohio, said`: a place's state after it names no one.)
      let placesState =
        inner.count == 1 && tokens[j - 1].isWord && tokens[j - 1].capitalized
        && Places.names.contains(tokens[inner.lowerBound].lower.string)
      if named, !partyAndState, inner.count <= (hasPlace ? 7 : 4), j > floor {
        // (A description has lower-case words: `Senate Majority Leader, Mitch McConnell, said`
        // is a title, then the name.) `Giovanni Maria Vian, the editor of the Vatican's
        // newspaper, L'Osservatore Romano, said`: the inner name is the description's.
        if let opening = nameBeforeDescription(endingAt: end, floor: floor),
          (opening.phrase.upperBound..<j).contains(where: { tokens[$0].isWord && !tokens[$0].capitalized })
        {
          return opening
        }
        if !placesState {
          let description = backwardRun(endingAt: j - 1, floor: floor)
          let before = description.map { $0.lowerBound - 1 } ?? (j - 1)
          return Subject(phrase: inner, boundary: before >= floor ? before : nil)
        }
      }
      // `Brianne Stone, 29, of Huntsville, Ala., says`: a state's abbreviation after a place
      // ends the description of the name the sentence opened with (it was `Huntsville`).
      if inner.count == 2, tokens[inner.lowerBound].isWord, tokens[inner.lowerBound].capitalized,
        tokens[inner.upperBound - 1].isPunctuation("."),
        let opening = nameBeforeDescription(endingAt: end, floor: floor),
        (opening.phrase.upperBound..<j).contains(where: { tokens[$0].isWord && !tokens[$0].capitalized })
      {
        return opening
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
      // `Eddie Griffin, who at the time was a member of the AfroSpear, a group of bloggers,
      // said`: a name inside a relative clause is what that clause is about; the person is the
      // one the sentence opened with.
      if let clauseStart = (floor..<name.lowerBound).reversed().prefix(while: { !tokens[$0].isPunctuation(",") })
        .first(where: { tokens[$0].lower.isOne(of: "who", "which", "that") }),
        clauseStart > floor,
        // (Or two clauses: `Richard Shelby, who heads the Senate Banking Committee, which
        // oversees the Fed, said` was the committee, its mention `heads the Senate ...`.)
        let opening = nameBeforeDescription(endingAt: end, floor: floor)
          ?? nameBeforeDescription(endingAt: j, floor: floor),
        opening.phrase.upperBound <= clauseStart
      {
        return opening
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
      // preposition is where the description's person is (`Elward Edd, an official at the Hopi
      // Tribal Housing Authority, which ..., said`: past a relative clause too).
      if followsAPreposition(name.lowerBound, floor: floor),
        let opening = nameBeforeDescription(endingAt: end, floor: floor)
          ?? nameBeforeDescription(endingAt: j, floor: floor)
      {
        return opening
      }
      // `His critics in the United States, many of them conservatives, said`: the phrase after
      // `in` says where, the one before it speaks, as without the appositive; unless that phrase
      // is itself a description after a comma (`Cecelia Purner, 67, a retired nurse in
      // Allentown, Pa., said`).
      if name.lowerBound - 2 >= floor, tokens[name.lowerBound - 1].lower == "in",
        let before = backwardRun(endingAt: name.lowerBound - 2, floor: floor),
        before.lowerBound == floor || !tokens[before.lowerBound - 1].isPunctuation(",")
      {
        // (Unless that phrase follows a preposition itself: `an official at the Hopi Tribal
        // Housing Authority in Arizona` is where the description's person works.)
        if followsAPreposition(before.lowerBound, floor: floor),
          let opening = nameBeforeDescription(endingAt: end, floor: floor)
            ?? nameBeforeDescription(endingAt: j, floor: floor)
        {
          return opening
        }
        return Subject(phrase: before, boundary: before.lowerBound > floor ? before.lowerBound - 1 : nil)
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
    // `A person familiar with the planning said`, `sources close to her campaign said`: who
    // speaks is the phrase before `familiar with` or `close to`, described by it.
    if run.lowerBound - 3 >= floor,
      tokens[run.lowerBound - 2].lower == "familiar" && tokens[run.lowerBound - 1].lower == "with"
        || tokens[run.lowerBound - 2].lower == "close" && tokens[run.lowerBound - 1].lower == "to",
      let before = backwardRun(endingAt: run.lowerBound - 3, floor: floor)
    {
      run = before.lowerBound..<run.upperBound
    }
    // `Jeb Bush in a Medium post said`, `Officials in the city said`: the phrase after `in`
    // says where, the one before it speaks; but `More than 6 in 10 voters said`, `Two in three
    // Americans say` give a share of the group, all of it the speaker.
    if run.lowerBound - 2 >= floor, tokens[run.lowerBound - 1].lower == "in" {
      if tokens[run.lowerBound - 2].isWord, tokens[run.lowerBound].isWord,
        Words.isShare(tokens[run.lowerBound - 2].lower.string, "in", tokens[run.lowerBound].lower.string)
      {
        var start = run.lowerBound - 2
        if start - 2 >= floor, tokens[start - 1].lower == "than",
          tokens[start - 2].lower.isOne(of: "more", "fewer", "less")
        {
          start -= 2
        } else if start - 1 >= floor,
          tokens[start - 1].lower.isOne(of: "nearly", "about", "almost", "roughly", "over", "around", "some")
        {
          start -= 1
        }
        run = start..<run.upperBound
      } else if let before = backwardRun(endingAt: run.lowerBound - 2, floor: floor) {
        run = before
      }
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
  func nameBeforeDescription(endingAt end: Int, floor: Int) -> Subject? {
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
      } else if !(t.isWord || t.isPunctuation("."))
        || (!t.capitalized && t.cue != nil && !isNoun(k) && !inRelativeClause(k))
      {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// Whether the word at `k` is the verb of a relative clause opened in its comma-separated part
  /// (`Ms. Arnold, who helped found EDGE, ..., said`: `found` describes her, no reporting verb).
  private func inRelativeClause(_ k: Int) -> Bool {
    var i = k - 1
    while i >= 0, k - i <= 6, tokens[i].isWord {
      if tokens[i].lower.isOne(of: "who", "which") { return true }
      i -= 1
    }
    return false
  }

  /// Whether a preposition stands right before the phrase starting at `start`, a determiner
  /// between them at most (`at the Hopi Tribal Housing Authority`).
  private func followsAPreposition(_ start: Int, floor: Int) -> Bool {
    var before = start - 1
    if before >= floor, tokens[before].isWord, tokens[before].classes.contains(.determiner) { before -= 1 }
    return before >= floor && tokens[before].isWord && tokens[before].classes.contains(.preposition)
  }

  /// Whether the word at `k`, after a determiner, is a noun however often it is a verb (`the
  /// state capital`, `a report`), no reporting verb that would make a description a clause.
  private func isNoun(_ k: Int) -> Bool {
    k > 0 && tokens[k - 1].isWord && tokens[k - 1].classes.contains(.determiner)
  }

  /// A run of words ending at `i` that can name a speaker, at most ten words.
  func backwardRun(endingAt i: Int, floor: Int) -> Range<Int>? {
    guard i >= floor, tokens[i].isWord else { return nil }
    let head = tokens[i]
    if head.classes.contains(.pronoun) { return i..<(i + 1) }
    // `Clinton herself said`, `Ford itself said`, `The agency further said`: a pronoun that
    // stresses the phrase, or `further`, is none of it (`Clinton herself` was someone undescribed).
    // (So is a negated helper: `Mr. Obama hasn't indicated` was someone undescribed, `Mr. Obama
    // hasn't`.)
    if !head.capitalized,
      head.lower.isOne(of: "himself", "herself", "itself", "themselves", "further") || head.lower.endsWith("n't")
        || head.lower.endsWith("n’t"),
      i - 1 >= floor, tokens[i - 1].isWord
    {
      return backwardRun(endingAt: i - 1, floor: floor)
    }
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
      // `The Tax Policy Center at the Urban Institute estimates`, `Ann Ruiz at the Brookings
      // Institution said`: the name before `at` speaks; the body after it is where it sits.
      // (Taking the body made the center and its hosts two origins of one estimate.)
      if t.lower == "at", tokens[j].capitalized || tokens[j].lower == "the",
        let named = backwardRun(endingAt: j - 2, floor: floor), namesABodyOrPerson(named)
      {
        return named
      }
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
      // `a source close to the senator said`, `an aide to the mayor said`, `Aides to Clinton
      // say`, `The U.S. ambassador to the United Nations said`: the phrase goes on before `to`.
      // (Before a noun phrase: `a prosecutor to investigate` is an infinitive.)
      if t.lower == "to", j - 2 >= floor, tokens[j - 2].isWord,
        tokens[j - 2].lower == "close" || tokens[j - 2].classes.contains(.anonymousHead)
          || tokens[j - 2].classes.contains(.groupHead) || Words.sentTo.contains(tokens[j - 2].lower.string),
        tokens[j].capitalized || tokens[j].classes.contains(.determiner) || tokens[j].classes.contains(.possessive)
          || tokens[j].classes.contains(.objectPronoun)
      {
        j -= 1
        continue
      }
      // `the House Select Committee on Benghazi said`: a committee's subject is its name's.
      if t.lower == "on", j - 2 >= floor, tokens[j - 2].isWord, tokens[j].capitalized,
        tokens[j - 2].lower.isOne(of: "committee", "subcommittee", "commission", "council", "panel", "caucus")
      {
        j -= 1
        continue
      }
      // Two names joined by `and` are one subject (`Mr. Autor and Mr. Hanson emphasize`, `White
      // House and Pentagon spokesmen said`), the first no less a speaker than the second.
      if t.classes.contains(.andOrBut), t.lower == "and", j - 2 >= floor, tokens[j - 2].isWord,
        tokens[j - 2].capitalized, tokens[j].capitalized, !tokens[j - 2].classes.contains(.pronoun),
        !tokens[j - 2].classes.contains(.boundary), tokens[j - 2].cue == nil
      {
        j -= 2
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

  /// Whether a run of words is a body's capitalised name (`the Tax Policy Center`) or a
  /// person's full name (`Ann Ruiz`): not a day, a title or a lone capitalised word.
  private func namesABodyOrPerson(_ run: Range<Int>) -> Bool {
    let words = run.drop { tokens[$0].classes.contains(.determiner) }
    guard let first = words.first, let last = words.last, words.count >= 2,
      words.allSatisfy({ tokens[$0].capitalized })
    else { return false }
    return tokens[last].classes.contains(.organization) || GivenNames.isGivenName(tokens[first].lower.string)
  }

  /// The opening mark of a quotation of a few words that closes at `close` and follows a word
  /// (`calls Trump a "sociopath,"`): words quoted inside a phrase, not a statement's quotation.
  func scareQuote(endingAt close: Int, floor: Int) -> Int? {
    guard close < tokens.count, tokens[close].kind == .closeQuote, let q = paragraph.quoteOf[close] else { return nil }
    let open = paragraph.quotes[q].lowerBound
    guard open > floor, close - open <= 6, tokens[open - 1].isWord else { return nil }
    return open
  }

  /// A run of words starting at `i` naming a speaker (after an inverted cue, or after
  /// `according to`): up to a comma, a stop or a relative clause.
  func forwardRun(from i: Int, in sentence: Range<Int>, stopAtComma: Bool, limit: Int) -> Range<Int>? {
    var j = i
    while j < sentence.upperBound, j - i < limit {
      let t = tokens[j]
      if t.isWord {
        if j > i, SentenceWords.forwardRunStops.contains(t.lower.string) {
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
      } else {
        // (A parenthesis ends the run too: `said Rep. Bobby Scott (D-Va.)`, `according to the
        // Alliance to Reclaim Our Schools (AROS)` name no one by what it holds.)
        break
      }
    }
    while j > i, !tokens[j - 1].isWord { j -= 1 }
    // A time at the run's end, and the participle that dated it, go: `according to a Marist poll
    // released Thursday` names the poll's maker, not a `Thursday`. (A time inside the run stays:
    // `a memo released Friday by the agency's watchdog`.)
    var end = j
    while end > i, tokens[end - 1].isWord,
      SentenceWords.runEndingTimes.contains(tokens[end - 1].lower.string)
        || (end - 1 > i && SentenceWords.runEndingTimes.contains(tokens[end - 2].lower.string)
          && SentenceWords.timeHeads.contains(tokens[end - 1].lower.string))
    {
      end -= 1
    }
    if end < j {
      while end - 1 > i, tokens[end - 1].isWord, !tokens[end - 1].capitalized,
        tokens[end - 1].lower.endsWith("ed") || SentenceWords.datingParticiples.contains(tokens[end - 1].lower.string)
      {
        end -= 1
      }
      j = end
    }
    return j > i ? i..<j : nil
  }

  /// The subject at the start of a sentence: a pronoun, or a capitalised name.
  /// The subject of the sentence's main verb, before `limit`: a pronoun, a name, or a noun
  /// phrase from its determiner (`Sanders protesters`, `Mr. Trump`, `the company`), after an
  /// opening adjunct if there is one (`In a statement released Thursday, Rep. Jeffries ...`).
  func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
    // (`WASHINGTON — Sen. Chuck Grassley ... said`: the subject follows the dateline.)
    var s0 = paragraph.datelineEnd(from: sentence.lowerBound, before: limit) ?? sentence.lowerBound
    // An opening adjunct: `After the vote,`, `Immediately after the attacks,`, `Later,`, `Hours
    // later,`, `Two weeks ago,`.
    if s0 < limit, tokens[s0].isWord, !tokens[s0].classes.contains(.pronoun),
      tokens[s0].classes.contains(.boundary) || tokens[s0].classes.contains(.adjunctOpener)
        || tokens[s0].lower.endsWith("ly") && tokens[s0].length > 4
        || (s0 + 1..<max(s0 + 1, min(limit - 1, s0 + 4))).contains(where: {
          tokens[$0].lower.isOne(of: "later", "earlier", "ago") && tokens[$0 + 1].isPunctuation(",")
            && (s0..<$0).allSatisfy { tokens[$0].isWord && tokens[$0].cue == nil }
        })
        // `One month after announcing his support, Marco Rubio ...`: a span of time before `after`
        // or `before` dates what follows; its count is no subject.
        || s0 + 2 < limit
          && (tokens[s0 + 1].classes.contains(.timeHead)
            || tokens[s0 + 1].lower.isOne(of: "day", "days", "weeks", "months", "years", "hours", "decades"))
          && tokens[s0 + 2].lower.isOne(of: "after", "before", "since")
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
    // (`Small groups of protesters ..., chanting`: a capital only because the sentence starts
    // there, before the plural it describes, opens a description as a determiner does.)
    let describesAPlural =
      s0 + 1 < limit && tokens[s0 + 1].isWord && !tokens[s0 + 1].capitalized
      && tokens[s0 + 1].classes.contains(.groupHead)
    if tokens[s0].classes.contains(.determiner) || tokens[s0].classes.contains(.possessive) || describesAPlural {
      // (The plural itself may read as a verb, `groups`, and is passed.)
      j += describesAPlural ? 2 : 1
      // Six words, and a name under way runs to its end, initials and all (`A spokeswoman for
      // the House Armed Services Committee`, `A spokesman for Mayor Frank G. Jackson`); a
      // capital inside a name is no verb (`Platte River Networks`).
      func continuesName(_ k: Int) -> Bool {
        (tokens[k - 1].capitalized || isNameStop(k - 1, before: limit))
          && (tokens[k].isWord && tokens[k].capitalized || isNameStop(k, before: limit))
      }
      // (What `of` governs is a noun however often it is a verb: `The former secretary of state
      // mocked`, `The notice of a certified letter, announcing` were cut at `state`, `certified`.)
      func governedByOf(_ k: Int) -> Bool {
        tokens[k - 1].lower == "of"
          || k - 2 > s0 && tokens[k - 1].classes.contains(.determiner) && tokens[k - 2].lower == "of"
      }
      while j < limit, j - s0 < 6 || continuesName(j),
        tokens[j].isWord && (!tokens[j].mayBeUnlistedVerb || continuesName(j) || governedByOf(j))
          && (tokens[j].cue == nil || governedByOf(j))
          && !tokens[j].classes.contains(.boundary) || isNameStop(j, before: limit)
      {
        j += 1
      }
      return j > s0 + 1 ? s0..<j : nil
    }
    while j < limit {
      // (`Republican Presidential hopeful Sen. Ted Cruz`: a role's word in lower case between
      // capitals goes on to the name, and so does a role of several, `Republican presidential
      // front-runner Donald Trump`, `Presumptive Republican presidential nominee Donald Trump`:
      // cut at `presidential`, the speaker was `Republican`.)
      if tokens[j].isWord,
        tokens[j].capitalized || (j > s0 && tokens[j].lower.isOne(of: "of", "the"))
      {
        j += 1
      } else if j > s0, let role = roleBeforeAName(at: j, before: limit) {
        j = role.upperBound
      } else if isNameStop(j, before: limit), j > s0 {
        // `Mr. Trump`, `Michael J. Petrilli`
        j += 1
      } else {
        break
      }
    }
    return j > s0 ? s0..<j : nil
  }

  /// A role in lower case at `j` that a capital follows: an epithet after at most three of its
  /// modifiers (`hopeful`, `presidential front-runner`, `presidential nominee`).
  private func roleBeforeAName(at j: Int, before limit: Int) -> Range<Int>? {
    var epithet = j
    while epithet < limit - 1, epithet - j < 3, tokens[epithet].isWord,
      Words.epithetModifiers.contains(tokens[epithet].lower.string)
    {
      epithet += 1
    }
    guard tokens[epithet].isWord, Words.epithets.contains(tokens[epithet].lower.string), epithet + 1 < limit,
      tokens[epithet + 1].capitalized
    else { return nil }
    return j..<(epithet + 1)
  }

  /// Whether the full stop at `j` is inside a name, after an abbreviated title or an initial
  /// (`Mr. Trump`, `Frank G. Jackson`), not a sentence's end.
  func isNameStop(_ j: Int, before limit: Int) -> Bool {
    guard j > 0, j + 1 < limit, tokens[j].isPunctuation("."), tokens[j + 1].capitalized else { return false }
    let before = tokens[j - 1]
    return before.classes.contains(.abbreviation) || before.isWord && before.capitalized && before.length == 1
  }

  /// `On Thursday, after remaining neutral, Warren appeared ... and endorsed Clinton, saying`,
  /// `When he returned he began by saying`: the last subject before `limit`, where the opening
  /// adjuncts hide the sentence's: a subject pronoun, or a capitalised run that is no function
  /// word, opens a clause (after the start, a comma, `and`, `then`, `but`) and is followed by a
  /// verb.
  func nearestClauseSubject(before limit: Int, floor: Int) -> Range<Int>? {
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

  func isNameLike(_ range: Range<Int>) -> Bool {
    let last = tokens[range.upperBound - 1]
    return last.capitalized || last.classes.contains(.pronoun) || last.classes.contains(.groupHead)
      || last.classes.contains(.anonymousHead) || last.classes.contains(.organization)
  }

  func isOutlet(_ range: Range<Int>) -> Bool {
    let words = range.filter { tokens[$0].isWord }
    guard let last = words.last, tokens[last].capitalized || tokens[last].lower == "agency" else { return false }
    if words.count == 1 {
      return tokens[last].classes.contains(.standaloneOutlet)
        || (range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the"
          && tokens[last].classes.contains(.outletWord))
    }
    return words.contains { tokens[$0].capitalized && tokens[$0].classes.contains(.outletWord) }
  }

  func trimDeterminers(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    while lower < range.upperBound - 1, tokens[lower].classes.contains(.determiner) { lower += 1 }
    return lower..<range.upperBound
  }
}
