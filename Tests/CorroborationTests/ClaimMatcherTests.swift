import Attribution
import Testing

@testable import Corroboration

/// The linking rule, pinned with sentences written for the project in the shapes real news
/// takes: links that must not be made, links that must, and polarity judged per clause.
@Suite struct ClaimMatcherTests {
  func signature(
    _ content: String, by speaker: String? = "Dana Whitfield", kind: SpeakerKind = .person, direct: Bool = false,
    cue: String = "said"
  ) -> ClaimSignature {
    ClaimSignature(content: content, cue: cue, speaker: speaker, kind: kind, direct: direct)
  }

  /// Every term weighs the same: the rules, not the rarity, are under test.
  func match(_ a: ClaimSignature, _ b: ClaimSignature) -> ClaimMatch? {
    ClaimMatcher.match(a, b, weight: { _ in 1 })
  }

  @Test func theSameQuotationWithOtherMarksCaseAndSpacingLinks() {
    let a = signature("We will not raise the ferry fares this year — not by a cent.", direct: true)
    let b = signature("we will not raise the ferry fares this year, not by a cent", direct: true)
    #expect(match(a, b)?.kind == .sameWords)
    #expect(match(a, b)?.agrees == true)
  }

  /// Who someone is, a name and an office, is no claim: two statements that share only `former
  /// commissioner Lena Marsh` and nothing they say of her were linked (all of the shorter's
  /// terms), one more origin for a claim neither makes. Shared words beyond the name
  /// and the office still link.
  @Test func aNameAndAnOfficeAloneAreNoSharedClaim() {
    let endorsement = signature("he is with former commissioner Lena Marsh", by: "Omar Costa")
    let meeting = signature("Lena Marsh, a former commissioner, attended the meeting alone", by: "Ruth Ames")
    #expect(match(endorsement, meeting) == nil)
    let visit = signature("former commissioner Lena Marsh visited the flooded pier", by: "Omar Costa")
    let again = signature("Lena Marsh, a former commissioner, visited the flooded pier on Monday", by: "Ruth Ames")
    #expect(match(visit, again)?.kind == .covers)
  }

  /// A poll's finding is about the share and the party of voters who hold it: the same words of
  /// Democratic and of Republican voters, or of half and of four in ten, are two findings; the
  /// same share rounded two ways (`more than 6 in 10`, `nearly two-thirds`) is one. They were
  /// linked whatever the group.
  @Test func pollFindingsOfOtherSharesOrPartiesAreTwoClaims() {
    func finding(_ group: String) -> ClaimSignature {
      signature("the ferry fares do more to hurt the harbor towns than help them", by: group, kind: .group)
    }
    #expect(match(finding("More than 6 in 10 Democratic voters"), finding("Republican primary voters")) == nil)
    #expect(match(finding("Half of Democratic voters"), finding("About 4 in 10 Democrats")) == nil)
    #expect(match(finding("30 percent of voters"), finding("nearly two-thirds of voters")) == nil)
    #expect(match(finding("More than 6 in 10 Democratic voters"), finding("nearly two-thirds of Democrats")) != nil)
    #expect(match(finding("Republican voters"), finding("most Republicans")) != nil)
    #expect(ClaimSignature.population(of: "a third of GOP voters") == .init(share: 1.0 / 3, party: "republican"))
  }

  /// A clause that opens on `to` (`from cutting costs, to rebuilding the harbor tunnel`) is a
  /// purpose or a range's end, which asserts nothing: it matched a topic of the same words
  /// (`again over ferry fares and about how to rebuild the harbor tunnel`), once that clause held
  /// all its terms and the other's most. A clause that asserts them still links.
  @Test func aClauseOpeningOnToAssertsNothing() {
    let topic = signature("again over ferry fares and about how to rebuild the harbor tunnel")
    let plan = signature(
      "The mayor spent her first term on the hardest problems, from cutting council costs, to rebuilding the harbor tunnel",
      by: "Omar Costa")
    #expect(match(topic, plan) == nil)
    let claim = signature("again over ferry fares, and the city will rebuild the harbor tunnel")
    let same = signature(
      "The mayor spent her first term on the hardest problems, and the city will rebuild the harbor tunnel",
      by: "Omar Costa")
    #expect(match(claim, same) != nil)
    // (A `to` after other words is no opening infinitive: `it has to rebuild` asserts.)
    #expect(
      signature("over the fares, it has to rebuild the harbor tunnel").clauses.map(\.infinitive) == [false, false])
    #expect(
      signature("over the fares, in order to rebuild the harbor tunnel").clauses.map(\.infinitive) == [false, true])
  }

  @Test func aQuotationInsideALongerOneLinks() {
    let short = signature("the harbor tunnel will stay closed until the spring", by: "Omar Costa")
    let long = signature(
      "Engineers found more cracks, and the harbor tunnel will stay closed until the spring, he added",
      by: "Omar Costa")
    #expect(match(short, long)?.kind == .inside)
  }

  /// A quotation that quotes the other's words from someone else (a tweet repeating the
  /// inspector's finding in quote marks) repeats that claim: no link, so its speaker is no
  /// second origin. Reported speech whose own words are quoted still links.
  @Test func aQuotationQuotingTheOthersWordsDoesNotLink() {
    let finding = signature(
      "the harbor crane was “badly maintained for years by the port authority”", by: "Ines Moreau")
    let tweet = signature(
      "Sad! The crane ‘was badly maintained for years by the port authority.’ Fire them all!", by: "Victor Hale",
      direct: true)
    #expect(match(finding, tweet) == nil)
    let ownWords = signature(
      "Sad! The crane was badly maintained for years by the port authority. Fire them all!", by: "Victor Hale",
      direct: true)
    #expect(match(finding, ownWords) != nil)
  }

  /// A number is one number however it is written (`Fourteen` opening a sentence, `14`
  /// elsewhere; `1,200`), and a decimal is one number: `$1.8 million` and `$1.1 million` were
  /// read as the numbers 1, 8 and 1, and linked two sums that differ.
  @Test func numbersAgreeHoweverTheyAreWritten() {
    let spelt = signature("Fourteen people were treated for smoke inhalation at Lakeview hospital", by: "Ruth Okafor")
    let digits = signature("the hospital in Lakeview treated 14 people for smoke inhalation", by: "Ian Brooks")
    #expect(match(spelt, digits) != nil)
    let two = signature("two men were arrested after the robbery of a jeweller on Dock Street", by: "Ruth Okafor")
    let three = signature("three men were arrested after the robbery of a jeweller on Dock Street", by: "Ian Brooks")
    #expect(match(two, three) == nil)
    let more = signature("the council spent $1.8 million on ferry repairs and new docks", by: "Ruth Okafor")
    let less = signature("the council spent $1.1 million on ferry repairs and new docks", by: "Ian Brooks")
    #expect(match(more, less) == nil)
    let thousands = signature("the ferry company will cut 1,200 jobs by the end of the year", by: "Ruth Okafor")
    #expect(thousands.numbers == ["1200"])
    #expect(match(thousands, signature("the ferry company will cut 1200 jobs by year's end", by: "Ian Brooks")) != nil)
    // A time is one time however its half of the day is written, and its half counts.
    let glued = signature("the first ferry leaves Dock Street weekdays at 6:00AM from May", by: "Ruth Okafor")
    let spaced = signature("the first ferry leaves Dock Street weekdays at 6:00 a.m. from May", by: "Ian Brooks")
    let evening = signature("the first ferry leaves Dock Street weekdays at 6:00 p.m. from May", by: "Ian Brooks")
    #expect(match(glued, spaced) != nil)
    #expect(match(glued, evening) == nil)
  }

  /// The words news uses for a figure going up or down are each side one concept: a fall told
  /// with `dropped` is the same report, one told with `rose` contests it.
  @Test func wordsForAFigureGoingUpOrDownAreOneConcept() {
    let fell = signature("shares of the ferry operator fell 8 percent in early trading", by: "Ruth Okafor")
    let dropped = signature("the ferry operator's shares dropped 8 percent in early trading", by: "Ian Brooks")
    let rose = signature("shares of the ferry operator rose 8 percent in early trading", by: "Dana Whitfield")
    #expect(match(fell, dropped)?.agrees == true)
    #expect(match(fell, rose)?.agrees == false)
    let signed = signature("the governor signed the ferry subsidy bill on Friday", by: "Ruth Okafor")
    let vetoed = signature("the governor vetoed the ferry subsidy bill on Friday", by: "Ian Brooks")
    #expect(match(signed, vetoed)?.agrees == false)
  }

  @Test func aStatementStatingTheCoreOfAnotherLinks() {
    let a = signature("the county will close two rural clinics in Marlow next year to save money", by: "Ruth Okafor")
    let b = signature("two rural clinics in Marlow are set to close next year", by: "Ian Brooks")
    let found = match(a, b)
    #expect(found?.kind == .covers)
    // `close` counts as its antonym pair's concept, so `open` would match it too (and disagree).
    #expect(found.map { Set($0.sharedTerms) } == ["clinic", "~open", "marlow", "next", "rural", "2", "year"])
  }

  @Test func fragmentsBarePhrasesAndQuestionsNeverLinkEvenToThemselves() {
    for content in ["I hope so,", "unacceptable.", "to vote for the levy", "a win in Ohio", "Will the mayor resign?"] {
      #expect(match(signature(content), signature(content)) == nil, "\(content)")
    }
  }

  /// A host reading out a candidate's list of a rival's faults says nothing of his own: a list
  /// of bare phrases links to nothing, however many words it shares. A sentence that says
  /// something of them still links.
  /// A noun phrase alone (the object of `announced`, `proposed`) found inside a longer
  /// statement is something that statement mentions, not what it asserts: no link by its words
  /// inside the other. Two such phrases alike still link, and so does a clause inside a longer one.
  @Test func aNounPhraseInsideALongerStatementIsNoLink() {
    let bid = signature("his bid for the harbor board in May 2014", by: "Tomas Reyes", cue: "announced")
    let since = signature(
      "his bid for the harbor board in May 2014, he has called the port director a fraud, blamed the ferry"
        + " company for the dockworkers' strike and promised to sell the old fish market", by: "Tomas Reyes")
    #expect(match(bid, since) == nil)
    #expect(
      match(bid, signature("his bid for the harbor board in May 2014", by: "Ana Ruiz", cue: "recalled"))?.kind
        == .sameWords)
    let clause = signature("the harbor board will vote on the ferry fares in May", by: "Tomas Reyes")
    let longer = signature(
      "the harbor board will vote on the ferry fares in May, and the port director will resign", by: "Ana Ruiz")
    #expect(match(clause, longer)?.kind == .inside)
  }

  @Test func aListOfBarePhrasesNeverLinks() {
    let list = signature("The dodging. The bluster. The broken promises. The endless, petty feuds.", direct: true)
    let reported = signature(
      "the mayor's record was all dodging, bluster, broken promises and endless petty feuds", by: "Ruth Okafor")
    #expect(match(list, list) == nil)
    #expect(match(list, reported) == nil)
    let sentence = signature("The mayor's record is dodging, bluster, broken promises and endless petty feuds.")
    #expect(match(sentence, reported) != nil)
  }

  @Test func twoSpeakersEachSpeakingOfThemselvesAreTwoClaims() {
    let a = signature("he was proud of the campaign he had run in Ohio", by: "Carl Benning")
    let b = signature("he was proud of the campaign he had run in Ohio", by: "Maria Solis")
    #expect(match(a, b) == nil)
    let quotedA = signature("I am proud of the campaign we ran in every county", by: "Carl Benning", direct: true)
    let quotedB = signature("I am proud of the campaign we ran in every county", by: "Carl Benning", direct: true)
    #expect(match(quotedA, quotedB)?.kind == .sameWords)
    // One person under two spellings is still one subject.
    let accented = signature("I am proud of the campaign we ran in every county", by: "Felipe Núñez", direct: true)
    let plain = signature("I am proud of the campaign we ran in every county", by: "Felipe Nunez", direct: true)
    #expect(match(accented, plain) != nil)
    // `I` inside quotation marks of the quotation's own is the one it quotes, not its speaker.
    let quoting = signature(
      "Mayor Ruiz told the crowd: “I will not close the ferry terminal,” and they cheered", by: "Carl Benning",
      direct: true)
    #expect(quoting.selfSubject == nil)
    #expect(
      signature("I told the crowd the ferry terminal will stay open", by: "Carl Benning", direct: true).selfSubject
        == SourceNames.key("Benning"))
  }

  /// `he` and `they` opening two statements are two subjects: one man's vote is not a group's.
  /// A short statement with no name and no number says too little to be another's claim by
  /// shared words; its own words still link it, and a name makes a short one particular.
  @Test func aShortStatementWithNothingParticularLinksOnlyByItsWords() {
    let his = signature("only that his “numbers don’t add up.”", by: "Carl Benning")
    let the = signature("The numbers don't add up,", by: "Maria Solis", direct: true)
    #expect(match(his, the) == nil)
    #expect(match(the, signature("the numbers don't add up.", by: "Ruth Okafor", direct: true))?.kind == .sameWords)
    let reopens = signature("the harbor bridge will reopen on Friday", by: "Omar Costa")
    #expect(match(reopens, signature("the bridge will reopen Friday", by: "Ines Moreau")) != nil)
  }

  @Test func statementsOpeningOnPronounsOfOtherNumbersAreTwoClaims() {
    let one = signature("he may yet have to vote for his own party's nominee in the fall", by: "Carl Benning")
    let many = signature("they will still vote for their party's nominee in the fall", by: "Maria Solis")
    #expect(match(one, many) == nil)
    let another = signature("he will still vote for his party's nominee in the fall", by: "Ruth Okafor")
    #expect(match(many, another) == nil)
    #expect(match(one, signature("Benning may yet have to vote for his own party's nominee in the fall")) != nil)
  }

  @Test func statementsNamingDifferentPeopleOrNumbersAreTwoClaims() {
    let a = signature("Carl Benning clearly lacks the judgment to lead the state")
    let b = signature("Solis's judgment to lead the state was clearly lacking")
    #expect(match(a, b) == nil)
    let raised = signature("the campaign raised more than 21 million dollars in January")
    let other = signature("the campaign raised 20 million dollars in January")
    #expect(match(raised, other) == nil)
    // A result of two numbers beside other numbers is another result: two polls, not one claim.
    let poll = signature("Ruiz leads Okafor by 46 percent to 42 percent in Marlow", by: "Harbor Polling")
    let later = signature(
      "Ruiz, who was tied with Okafor at 42 percent in May, now leads him in Marlow 46 percent to 39 percent",
      by: "Eastbrook University")
    #expect(match(poll, later) == nil)
    let same = signature("Ruiz leads Okafor by 46 percent to 42 percent in Marlow, the poll found", by: "Dana Cho")
    #expect(match(poll, same) != nil)
  }

  /// Two statements each with a clause of its own beside the one they share: the shared clause
  /// links them, and polarity is judged in it (`would reopen on May 4` against `would not
  /// reopen on May 4`). Clauses that share only names (two lists of the same countries) do not.
  @Test func oneClauseOfEachStatingTheSameLinks() {
    let minister = signature(
      "the Elm River bridge would reopen on May 4, after repairs to its deck", by: "Carla Nunes")
    let engineer = signature(
      "the Elm River bridge would reopen on May 4, once the last checks are done", by: "Priya Raman")
    #expect(match(minister, engineer)?.kind == .covers)
    #expect(match(minister, engineer)?.agrees == true)
    let doubter = signature(
      "the Elm River bridge would not reopen on May 4, whatever the ministry says", by: "Omar Costa")
    #expect(match(minister, doubter)?.agrees == false)
    let attacks = signature("the attacks came from China and Russia and North Korea", by: "Ines Moreau")
    let leader = signature("he will confront China and Russia and North Korea", by: "Victor Hale")
    #expect(ClaimMatcher.sameClause(attacks, leader, weight: { _ in 1 }) == nil)
    let hackers = signature(
      "the attacks on the grid came from hackers in China and Russia and North Korea", by: "Ines Moreau")
    let sameHackers = signature(
      "hackers in China and Russia and North Korea made the attacks on the grid", by: "Victor Hale")
    #expect(ClaimMatcher.sameClause(hackers, sameHackers, weight: { _ in 1 }) != nil)
    // Who two people are, their names and offices, is no shared matter of two clauses either:
    // what is said of them differs.
    let winners = signature(
      "the last two winners rose on the harbor vote: former Ohio governor Ann Ruiz and former Idaho senator Tom Hale",
      by: "Ines Moreau")
    let losers = signature(
      "the two previous winners, former Idaho senator Tom Hale and former Ohio governor Ann Ruiz, won 3 percent between them",
      by: "Victor Hale")
    #expect(ClaimMatcher.sameClause(winners, losers, weight: { _ in 1 }) == nil)
    #expect(match(winners, losers) == nil)
  }

  @Test func polarityIsJudgedInTheClauseThatMatches() {
    let fair = signature("the vote in Marlow county was fair and that no ballots were lost", by: "Lena Ostrova")
    let unfair = signature("the vote in Marlow county was not fair", by: "Ian Brooks")
    #expect(match(fair, unfair)?.agrees == false)
    // A negation in another clause changes nothing.
    let fairButLow = signature("the vote in Marlow county was fair, although turnout was not high", by: "Ian Brooks")
    #expect(match(signature("the vote in Marlow county was fair"), fairButLow)?.agrees == true)
    // With no comma before a contrasting word too.
    for contrast in ["although", "but", "though"] {
      let noComma = signature("the vote in Marlow county was fair \(contrast) turnout was not high", by: "Ian Brooks")
      #expect(match(signature("the vote in Marlow county was fair"), noComma)?.agrees == true)
    }
    // So does one after `and` that opens its own clause with the negation or a quotation.
    let fairAndNo = signature("the vote in Marlow county was fair and no recount is planned", by: "Ian Brooks")
    #expect(match(signature("the vote in Marlow county was fair"), fairAndNo)?.agrees == true)
    let fairAndQuoted = signature(
      #"the vote in Marlow county was fair and "has no bearing on the recount""#, by: "Ian Brooks")
    #expect(match(signature("the vote in Marlow county was fair"), fairAndQuoted)?.agrees == true)
    // A denying cue turns its side round.
    let denied = signature("the vote in Marlow county was fair", by: "Ian Brooks", cue: "denied")
    #expect(match(signature("the vote in Marlow county was fair"), denied)?.agrees == false)
  }

  @Test func theBestCandidateWinsAndTiesKeepTheEarliestGroup() {
    let new = signature("fares will drop in March on every route")
    let candidates = [
      (group: Int64(4), first: signature("fares will drop in March on every route, and the ferry will run all winter")),
      (group: Int64(7), first: signature("Fares will drop in March on every route.")),
      (group: Int64(9), first: signature("fares will drop in March on every route")),
    ]
    let best = ClaimMatcher.best(for: new, among: candidates, weight: { _ in 1 })
    #expect(best?.group == 7)
    #expect(best?.match.kind == .sameWords)
  }
}
