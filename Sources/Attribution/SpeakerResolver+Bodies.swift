import TextPrimitives

extension SpeakerResolver {
  // MARK: Campaigns

  /// The campaign a possessive names (`Trump's campaign said`, `Mrs. Clinton's presidential
  /// campaign`, `her campaign`), as news names it (``Statement/campaign(of:)``), or nil when its
  /// owner is no person the text names: `the party's campaign`, or a `his` that stands for no one.
  /// It is an organisation that speaks, as `the Clinton campaign` is: left a description, 36
  /// statements of the PolNeAR texts (`Rubio's campaign`, `his campaign`) were unattributed.
  /// `person` gives whom a possessive pronoun of a gender stands for.
  static func campaignOwned(
    _ words: [PhraseWord], at offset: Int, names: Names, person: (Gender) -> String?
  ) -> String? {
    guard words.count >= 2, words[words.count - 1].key == "campaign" else { return nil }
    var owner = words.count - 2
    if owner > 0, words[owner].key.isOne(of: "presidential", "reelection", "re-election", "senate", "primary") {
      owner -= 1
    }
    // (Only a title or a description before it: `sources close to her campaign` and `aides to
    // Trump's campaign` are people described by it.)
    guard !words[..<owner].contains(where: { $0.lowerClasses.contains(.preposition) || $0.key == "to" }) else {
      return nil
    }
    switch words[owner].key {
    case "his": return person(.male).map(Statement.campaign(of:))
    case "her": return person(.female).map(Statement.campaign(of:))
    default: break
    }
    guard words[owner].isPossessive, let name = Statement.name(endingAt: owner, in: words) else { return nil }
    if name.contains(" ") {
      return Names.isPersonsName(name) ? Statement.campaign(of: name) : nil
    }
    return names.fullName(forSurname: name, before: offset).map(Statement.campaign(of:))
  }

  // MARK: Bodies named again

  /// The nouns a text names an organisation again by (`the company said`), each with the last
  /// words that make a capitalised name one of its kind (`Vanguard Logistics Services`, `the
  /// National Golf Foundation`). A group is not a university (`the crowd, which rallied at
  /// Temple University ... the group shouted`), nor a company a foundation.
  static let bodyNouns: [String: Set<String>] = {
    let groups: Set<String> = [
      "group", "foundation", "center", "centre", "network", "committee", "coalition", "association", "council",
      "party", "campaign", "union", "alliance", "institute", "project", "fund", "league", "federation", "society",
      "pac",
    ]
    let companies: Set<String> = [
      "company", "corp", "corporation", "inc", "co", "llc", "ltd", "plc", "group", "services", "technologies",
      "industries", "systems", "holdings", "partners", "capital", "airlines", "motors", "media", "bank", "firm",
    ]
    return [
      "group": groups, "organization": groups, "organisation": groups, "company": companies, "firm": companies,
    ]
  }()

  /// The organisation `the company` (`the firm`, `the group`, `the organization`) at `offset`
  /// names again, as a reader takes it, or nil when the text leaves it open.
  ///
  /// First the one named nearest before it, in its sentence or the two before (a quotation is
  /// one), whose name is of the noun's kind or a known body's (`Supré worked ... at Vanguard
  /// Logistics Services in Belgium ... The company confirmed`), or that a description calls an
  /// organisation (`Alphabet, the parent company of Google`). Else an organisation that spoke
  /// (`spoke`, in order): the one named there, or the last the noun's kind fits, or the last to
  /// speak (`lastSpoke`), but only when no other name, not a person's, stands between (`Black
  /// Lives Matter issued a statement ... the group said` is not the TV station that spoke
  /// before). Taking the last that spoke whatever came between made 7 of 16 of these wrong in
  /// the PolNeAR texts: a wrong origin, where an unnamed one is only unattributed.
  func bodyNamedAgain(
    _ noun: String, at offset: Int, from windowStart: Int, spoke: [String], last lastSpoke: String?,
    outlets: Set<String>, names: Names
  ) -> String? {
    guard let kinds = Self.bodyNouns[noun] else { return nil }
    var challenged = false
    for run in capitalisedRuns(in: windowStart..<offset).reversed() {
      let lowered = run.name.lowercased()
      let last = lowered.split(separator: " ").last.map(String.init) ?? lowered
      if outlets.contains(lowered) || Words.months.contains(lowered) { continue }
      if !run.afterOf,
        kinds.contains(last) || KnownBodies.names.contains(lowered) || !challenged && spoke.contains(run.name)
      {
        return run.name
      }
      if Self.isAcronym(run.name), let named = spoke.last(where: { Self.initials(of: $0) == run.name }) { return named }
      // (`Alphabet, the parent company of Google, jumped ... The company reported`: described
      // as one, and not Facebook, named before.)
      if describedAsAnOrganisation(after: run.end) { return run.name }
      if !run.titled, !names.isPerson(surname: last, before: offset) { challenged = true }
    }
    guard !challenged else { return nil }
    return spoke.last { name in kinds.contains { name.lowercased().hasSuffix(" " + $0) } } ?? lastSpoke
  }

  /// A capitalised name in the text: its words (a leading `The` and a possessive's `'s` off),
  /// whether a title came before it (`Mr. Bloomberg`: a person), and whether `of` did (`the
  /// parent company of Google` describes another).
  struct CapitalisedRun {
    var name: String
    var titled: Bool
    var afterOf: Bool
    /// Where its last word ends.
    var end: Int
  }

  /// The runs of capitalised words in `range`, in order; one word opening a sentence or a
  /// quotation that is on a word list or written in lower case elsewhere is a common word
  /// (`But`, `Workers`) and left out.
  func capitalisedRuns(in range: Range<Int>) -> [CapitalisedRun] {
    var runs: [CapitalisedRun] = []
    for paragraph in paragraphs {
      guard let first = paragraph.tokens.first, let last = paragraph.tokens.last,
        first.start < range.upperBound, last.end > range.lowerBound
      else { continue }
      let tokens = paragraph.tokens
      let sentenceStarts = Set(paragraph.sentences.map(\.lowerBound))
      /// Whether the word before token `index` (an abbreviation's stop skipped) is a title.
      func titled(_ index: Int) -> Bool {
        var at = index - 1
        if at >= 0, tokens[at].mark == "." { at -= 1 }
        return at >= 0 && tokens[at].kind == .word
          && Words.titles.contains(text(tokens[at].start..<tokens[at].end).lowercased())
      }
      var index = 0
      while index < tokens.count {
        let token = tokens[index]
        guard token.kind == .word, token.capitalized, token.start >= range.lowerBound, token.end <= range.upperBound,
          ScalarClass.isUpper(scalars[token.start])
        else {
          index += 1
          continue
        }
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .word, tokens[end].capitalized,
          tokens[end].end <= range.upperBound, ScalarClass.isLetter(scalars[tokens[end].start])
        {
          end += 1
        }
        let opens = sentenceStarts.contains(index) || index > 0 && tokens[index - 1].kind == .openQuote
        var words = tokens[index..<end].map { text($0.start..<$0.end) }
        if words.first == "The" { words.removeFirst() }
        // (`Mr.`, `Sen.`: a title alone, before the name it goes with.)
        if words.allSatisfy({ Words.titles.contains($0.lowercased()) }) { words.removeAll() }
        if let possessive = words.last, possessive.hasSuffix("’s") || possessive.hasSuffix("'s") {
          words[words.count - 1] = String(possessive.dropLast(2))
        }
        // (`Alphabet, the parent company of Google`, opening its sentence, is a name.)
        let commonWord =
          opens && end - index == 1 && (!token.classes.isEmpty || writtenInLowerCase(words.first?[...] ?? ""))
        if !words.isEmpty, !commonWord {
          runs.append(
            CapitalisedRun(
              name: words.joined(separator: " "), titled: titled(index),
              afterOf: index > 0 && tokens[index - 1].lower.isEqual(to: "of"), end: tokens[end - 1].end))
        }
        index = end
      }
    }
    return runs
  }

  /// `AAN` for `American Action Network`.
  static func initials(of name: String) -> String {
    String(name.split(separator: " ").compactMap { $0.first.flatMap { $0.isUppercase ? $0 : nil } })
  }
}
