import ArticleReading
import Testing

@testable import Attribution

/// Whole articles written for these tests, each pinning many patterns at once.
@Suite struct ExtractorPatternTests {
  static let portStory = """
    Mayor says port deal will 'save 2,000 jobs'

    The Harbor City council approved a $40 million port expansion on Monday after a four-hour debate.

    "This is the best day the waterfront has had in a decade," Mayor Elena Ruiz said after the vote. "We fought for every one of these jobs."

    Councilman David Okafor, who voted against the plan, warned that the deal left taxpayers exposed. "Nobody has said who pays if the shipping lines leave," he said.

    Ruiz rejected that. She said the contract required the shipping lines to cover any losses for ten years.

    The port authority said in a statement that construction would start in May.

    According to a port authority spokeswoman, the first cranes will arrive in the autumn.

    Three paragraphs later in the story, residents spoke about noise and traffic on the harbor road.

    Many of them had been at the meeting since the early afternoon, waiting for their turn at the microphone.

    The vote came after midnight, when only a handful of them were left in the room.

    "We will keep fighting this," Okafor said.

    Speaking to Fox News Digital, Ruiz said the city would publish the full contract. She added that the council had "nothing to hide."

    Reuters reported that two shipping lines had already signed letters of intent.

    The deal was reportedly negotiated over six months.

    A senior city official, who asked not to be named, said the mayor had promised the unions a seat on the port board.

    The port's largest tenant, Atlas Freight, declined to comment.
    """

  @Test func portStoryHeadlinesQuotesPronounsOrganisationsOutletsAndHedges() {
    #expect(
      rendered(Self.portStory) == [
        "Elena Ruiz | person | says | port deal will 'save 2,000 jobs' | -",
        "Elena Ruiz | person | said | This is the best day the waterfront has had in a decade, We fought for every one of these jobs. | -",
        "David Okafor | person | warned | the deal left taxpayers exposed | -",
        "David Okafor | person | said | Nobody has said who pays if the shipping lines leave, | -",
        "Elena Ruiz | person | said | the contract required the shipping lines to cover any losses for ten years | -",
        "port authority | organization | said | construction would start in May | -",
        "port authority | organization | According to | the first cranes will arrive in the autumn | -",
        "David Okafor | person | said | We will keep fighting this, | -",
        "Elena Ruiz | person | said | the city would publish the full contract | Fox News Digital",
        "Elena Ruiz | person | added | the council had \"nothing to hide.\" | Fox News Digital",
        "Reuters | organization | reported | two shipping lines had already signed letters of intent | Reuters",
        "- | vague | reportedly | The deal was reportedly negotiated over six months | -",
        "A senior city official | anonymous | said | the mayor had promised the unions a seat on the port board | -",
      ])
  }

  static let spyStory = """
    Spy agencies resume contact, officials say

    The intelligence services of Northland and Eastmark have resumed regular contact, according to multiple reports.

    The talks were confirmed by a statement from the Eastmark Security Service's press office, cited by the state-run Eastmark News Agency.

    A Northland Foreign Ministry spokesperson said the talks were "constructive" but gave no details.

    Ingrid Solberg, a former Northland intelligence officer, told the Morning Ledger that such channels rarely last. "They always collapse in the end," Solberg said. "Both sides want different things."

    She cautioned that "said" is an easy word to put in someone's mouth.

    "We are in a new period," she added, "and nobody knows how long it will last.

    "What matters is whether the channel survives the next crisis."

    Analysts were divided. Peter Vance, who studies the region at Harlow University, described the talks as "a small but real step."

    The ministry denied that any agreement had been signed.
    """

  @Test func spyStorySourcePhrasesSpokespeopleInterviewsAndMultiParagraphQuotes() {
    #expect(
      rendered(Self.spyStory) == [
        "officials | group | say | Spy agencies resume contact | -",
        "- | vague | according to | The intelligence services of Northland and Eastmark have resumed regular contact | -",
        "Eastmark Security Service | organization | confirmed by | The talks | Eastmark News Agency",
        "Northland Foreign Ministry | organization | said | the talks were \"constructive\" | -",
        "Ingrid Solberg | person | told | such channels rarely last | Morning Ledger",
        "Ingrid Solberg | person | said | They always collapse in the end, Both sides want different things. | Morning Ledger",
        "Ingrid Solberg | person | cautioned | \"said\" is an easy word to put in someone's mouth | Morning Ledger",
        "Ingrid Solberg | person | added | We are in a new period, and nobody knows how long it will last. What matters is whether the channel survives the next crisis. | Morning Ledger",
        "Peter Vance | person | described | the talks as \"a small but real step.\" | -",
        "Northland Foreign Ministry | organization | denied | any agreement had been signed | -",
      ])
  }

  @Test func splitQuoteIsOneStatementWithTwoFragments() {
    let text = "\"The bridge is safe,\" she said. \"We checked every bolt.\""
    let statements = Extractor.statements(in: Article(source: "t", format: .plainText, text: text))
    #expect(statements.count == 1)
    #expect(statements[0].fragments.map { slice(text, $0) } == ["The bridge is safe,", "We checked every bolt."])
    #expect(statements[0].content == "The bridge is safe, We checked every bolt.")
    #expect(statements[0].direct)
  }

  @Test func twoSpeakersAlternatingKeepTheirOwnQuotes() {
    let text = """
      Anna Berg, the union leader, and Tom Hale, the operator's chief executive, met on Friday.

      "We want a fair deal," Berg said.

      "We have offered one," Hale said.

      "Not yet," she said.

      "Then we keep talking," he said.
      """
    #expect(
      rendered(text) == [
        "Anna Berg | person | said | We want a fair deal, | -",
        "Tom Hale | person | said | We have offered one, | -",
        "Anna Berg | person | said | Not yet, | -",
        "Tom Hale | person | said | Then we keep talking, | -",
      ])
  }

  @Test func colonAndAttributionBeforeQuote() {
    let text = """
      Koffler stated, adding, "The two are mutually irreconcilable."

      The minister said: "We will not sign."
      """
    #expect(
      rendered(text) == [
        "Koffler | person | adding | The two are mutually irreconcilable. | -",
        "The minister | anonymous | said | We will not sign. | -",
      ])
  }

  /// Two speakers in one sentence, the first one's words ending in a quotation: `Ruiz said:`
  /// introduces the quotation after the colon (it had been given the clause before, whose
  /// speaker had the rest of the sentence, `Ruiz said` with it).
  @Test func aColonAfterASecondSpeakersCueIntroducesTheirQuotation() {
    let text = """
      After Lee said that the ferry pier was "unsafe for anyone," Ruiz said: "That is not what our engineers found."
      """
    #expect(
      rendered(text) == [
        "Lee | person | said | the ferry pier was \"unsafe for anyone,\" | -",
        "Ruiz | person | said | That is not what our engineers found. | -",
      ])
  }

  /// `v.` in a court case's name is no sentence's end (`Roe v. Wade, and reminded ...` had cut
  /// the content at `Roe v` and made `Wade` the speaker of the rest).
  @Test func aCourtCasesVersusIsNoSentenceEnd() {
    let text = """
      Lee said the court would overturn Harbor Authority v. Ruiz within a year.
      """
    #expect(
      rendered(text) == ["Lee | person | said | the court would overturn Harbor Authority v. Ruiz within a year | -"])
  }

  @Test func aTimeEndingASourcePhraseIsNoSpeaker() {
    let text = """
      Ridership rose 4 percent in March, according to a Harbor Transit survey released Tuesday.

      The ferry will resume service in May, according to a memo sent Friday by the harbor master.

      The dock deal, announced Monday, would last two years.
      """
    // (Were a person `Tuesday`, and a person `Monday` announcing the deal. The survey is its
    // maker's: ``aDocumentSpeaksForWhoeverMadeIt()``.)
    #expect(
      rendered(text) == [
        "Harbor Transit | organization | according to | Ridership rose 4 percent in March | -",
        "a memo sent Friday by the harbor master | anonymous | according to | The ferry will resume service in May | -",
      ])
  }

  @Test func aSpokespersonOfACommonNounIsUnnamed() {
    let text = """
      The cadet had been in his second year, a school spokesman told the Harbor Gazette.

      "We are reviewing the footage," a Harbor Police spokeswoman said.

      Harbor Board spokesmen said the pier would reopen in May.
      """
    // (The first was an organisation `school`, one for every article's schools; the last the
    // description `Harbor Board spokesmen`, the plural unread.)
    #expect(
      rendered(text) == [
        "a school spokesman | anonymous | told | The cadet had been in his second year | -",
        "Harbor Police | organization | said | We are reviewing the footage, | -",
        "Harbor Board | organization | said | the pier would reopen in May | -",
      ])
  }

  /// A soft hyphen or a zero-width space a web page leaves in a name parts words as a space does.
  @Test func invisibleMarksInANameAreSpaces() {
    let text =
      "\"We have not been briefed,\" Lena \u{AD}Marsh, a spokeswoman for the Harbor Board, said.\n\n"
      + "\"We will wait,\" said Omar\u{200B} Reyes."
    // (The first had no speaker, and so no statement: its name started in lower case.)
    #expect(
      rendered(text) == [
        "Lena Marsh | person | said | We have not been briefed, | -",
        "Omar Reyes | person | said | We will wait, | -",
      ])
  }

  /// Two people named as one subject are both its speakers; a body whose name holds `and` stays
  /// one body.
  @Test func twoPeopleAsOneSubjectAreBothSpeakers() {
    let text = """
      Economists David Okafor and Lena Lind studied the port data for a decade.

      Mr. Okafor and Ms. Lind argue that tariffs are only one factor.

      Ridership rose 4 percent in March, the Harbor Parks and Recreation Department said.

      The Parks and Recreation Department said the pool would close for the winter.
      """
    // (The second was Lena Lind alone, the last an organisation `Recreation Department`.)
    #expect(
      rendered(text) == [
        "David Okafor and Lena Lind | group | argue | tariffs are only one factor | -",
        "Harbor Parks and Recreation Department | organization | said | Ridership rose 4 percent in March | -",
        "Harbor Parks and Recreation Department | organization | said | the pool would close for the winter | -",
      ])
  }

  /// A spokesperson for a person speaks for that person: one source with them, as the
  /// organisation a spokesperson speaks for is.
  @Test func aSpokespersonForAPersonIsThatPersonsWord() {
    let text = """
      Mayor Tom Ridley defended the harbor plan on Monday.

      "The mayor stands by every word," a spokesman for Mayor Tom Ridley said.

      "We will review it," a spokeswoman for Ridley said.

      "The polls are wrong," a Ridley campaign spokesman said.
      """
    // (The first two were an organisation `Mayor Tom Ridley`, a second origin beside the mayor.)
    #expect(
      rendered(text) == [
        "Tom Ridley | person | said | The mayor stands by every word, | -",
        "Tom Ridley | person | said | We will review it, | -",
        "Ridley campaign | organization | said | The polls are wrong, | -",
      ])
  }

  /// A candidate's campaign named in the possessive, by name or by a pronoun, is the campaign,
  /// an organisation named as `the Ridley campaign` is; people described by it are not.
  @Test func aPossessiveCampaignIsTheCandidatesCampaign() {
    let text = """
      Senator Dale Prentiss opened a field office in Dayton on Monday. Prentiss's campaign said it had raised $2 million in March. His campaign added that the office would stay open through November.

      Mayor Ann Ruiz answered the next day. Her campaign said the senator's figures left out his debts.

      Sources close to her campaign said she would not debate him.
      """
    // (Each was an undescribed `Prentiss's campaign`, `His campaign`: unattributed.)
    #expect(
      rendered(text) == [
        "Prentiss campaign | organization | said | it had raised $2 million in March | -",
        "Prentiss campaign | organization | added | the office would stay open through November | -",
        "Ruiz campaign | organization | said | the senator's figures left out his debts | -",
        "- | vague | said | she would not debate him | -",
      ])
  }

  /// A body whose name goes on past `for` or `of` is that body, not a person named by its last
  /// words; a person named before `of the` and a body is that person; a named spokesperson
  /// before a description of whom they speak for is who speaks.
  @Test func bodiesNamedPastForOrOfAndPeopleOfThem() {
    let text = """
      Renters now spend a third of their income on housing, according to the Marlow Center for Housing Research.

      Wages rose 2 percent, according to the Bureau of Labor Statistics.

      "The subsidy will not last," said Hanna Kowal of the Eastbrook Institute for Fiscal Studies.

      "We have not seen the bill," Piet \u{AD}Anker, a spokesman for Governor Lise Moreau said.
      """
    // (They were persons `Housing Research` and `Labor Statistics`, an organisation `Fiscal
    // Studies`, and an organisation `Governor Lise Moreau` saying the quotation and Anker's name.)
    #expect(
      rendered(text) == [
        "Marlow Center for Housing Research | organization | according to | Renters now spend a third of their income on housing | -",
        "Bureau of Labor Statistics | organization | according to | Wages rose 2 percent | -",
        "Hanna Kowal | person | said | The subsidy will not last, | -",
        "Piet Anker | person | said | We have not seen the bill, | -",
      ])
  }

  /// A spokesperson named before their description is who speaks, whatever the description
  /// says first.
  @Test func aNamedSpokespersonBeforeTheirDescriptionSpeaks() {
    let text = """
      Mira Solberg, a Portland-based lawyer and spokeswoman for the Harbor Tenants Union, which represents renters, said the rules were too weak.
      """
    // (It was the organisation `Harbor Tenants Union`.)
    #expect(rendered(text) == ["Mira Solberg | person | said | the rules were too weak | -"])
  }

  /// A full name the text gives surname first is what the surname alone names later; a
  /// headline's two capitalised words are no one's name.
  @Test func aSurnameFirstNameIsWhatTheSurnameAloneNames() {
    let text = """
      Zhou Haoran, a teacher from Chengdu, said the school rules were unfair.

      "We cannot wait any longer," Mr. Zhou said.

      Later, Zhou said the school would close in June.

      Kettle Parade Returns to the Harbor.

      Kettle said the parade was back.
      """
    // (The two after the first were `Zhou` alone, a second origin beside Zhou Haoran.)
    #expect(
      rendered(text) == [
        "Zhou Haoran | person | said | the school rules were unfair | -",
        "Zhou Haoran | person | said | We cannot wait any longer, | -",
        "Zhou Haoran | person | said | the school would close in June | -",
        "Kettle | person | said | the parade was back | -",
      ])
  }

  /// A share of a group by two counts is the group that speaks: never a place after `in`, a
  /// number alone, nor a person named by the group's word.
  @Test func aShareOfAGroupSpeaksWhole() {
    let text = """
      More than 6 in 10 Harbor County voters said the ferry should stay public.

      Two in three Harborites say the fares are too high.

      About four in 10 said they would pay more.
      """
    // (They were an unnamed `6`, a person `Harborites` and an unnamed `four`.)
    #expect(
      rendered(text) == [
        "More than 6 in 10 Harbor County voters | group | said | the ferry should stay public | -",
        "Two in three Harborites | group | say | the fares are too high | -",
        "About four in 10 | group | said | they would pay more | -",
      ])
  }

  /// People described by whom or where they are of are a group, never that person or place;
  /// one capitalised word after `the` is a body's or a family's name; `Centers for` opens a
  /// body's name as `Center for` does.
  @Test func describedGroupsAndOneWordBodies() {
    let text = """
      Supporters of Mayor Tom Ruiz said the vote was rigged.

      The ferry will stay public, according to the harbor chairs from Eastbrook and Lowell.

      The fares will rise, The Ledgerline reported.

      The Okafors said they would appeal.

      One in 40 children has asthma, according to the Centers for Harbor Health and Safety.
      """
    // (They were Tom Ruiz, a person `Lowell`, a person `Ledgerline`, a person `Okafors` and a
    // person `Safety`.)
    #expect(
      rendered(text) == [
        "Supporters of Mayor Tom Ruiz | group | said | the vote was rigged | -",
        "harbor chairs from Eastbrook and Lowell | group | according to | The ferry will stay public | -",
        "Ledgerline | organization | reported | The fares will rise | -",
        "Okafors | group | said | they would appeal | -",
        "Centers for Harbor Health and Safety | organization | according to | One in 40 children has asthma | -",
      ])
  }

  /// A body's name starts at its first capital (`the nonpartisan Harbor Budget Office`, `the
  /// U.S. Harbor Survey`), and `the organization` is the body the text named last, as `the
  /// group` is.
  @Test func aBodysNameStartsAtItsFirstCapital() {
    let text = """
      The deficit will shrink, according to the nonpartisan Harbor Budget Office.

      The Eastbrook Tenants League said rents rose 9 percent.

      "Evictions doubled," the organization wrote.

      The quake struck at dawn, the U.S. Harbor Survey said.
      """
    // (They were `nonpartisan Harbor Budget Office`, an organisation `organization` and a
    // person `Harbor Survey`.)
    #expect(
      rendered(text) == [
        "Harbor Budget Office | organization | according to | The deficit will shrink | -",
        "Eastbrook Tenants League | organization | said | rents rose 9 percent | -",
        "Eastbrook Tenants League | organization | wrote | Evictions doubled, | -",
        "U.S. Harbor Survey | organization | said | The quake struck at dawn | -",
      ])
  }

  /// A body or a person named before `at` and another body speaks; the body after is where it
  /// sits, not a second speaker. A group of people at a body stays that body's.
  @Test func theNameBeforeAtSpeaksNotTheBodyAfter() {
    let text = """
      The Harbor Tax Center at the Eastbrook Institute estimates that the levy would raise $40 million.

      Dana Whitfield at the Lowell Policy Council said the ferry fares were too low.

      Researchers at the Eastbrook Institute said the levy was fair.
      """
    // (They were the Eastbrook Institute, twice: the center's estimate was its host's, and a
    // second origin beside the center wherever the two were named apart.)
    #expect(
      rendered(text) == [
        "Harbor Tax Center | organization | estimates | the levy would raise $40 million | -",
        "Dana Whitfield | person | said | the ferry fares were too low | -",
        "Eastbrook Institute | organization | said | the levy was fair | -",
      ])
  }

  /// A people in the plural is a group, never a person named `Russians`, and a pronoun after
  /// it finds the person before.
  @Test func aPeopleInThePluralIsAGroup() {
    let text = """
      Russians now say they trust the harbor board more than the mayor.

      Ferry captain Omar Costa and many more Israelis said the talks had stalled.

      "We waited three hours at the dock," he said.
      """
    // (They were persons `Russians` and `Israelis`, and `he` was `Israelis`.)
    #expect(
      rendered(text) == [
        "Russians | group | say | they trust the harbor board more than the mayor | -",
        "Israelis | group | said | the talks had stalled | -",
        "Omar Costa | person | said | We waited three hours at the dock, | -",
      ])
  }

  /// A dateline is where the story was filed, not part of what was said before the attribution.
  @Test func aDatelineIsNoPartOfTheContent() {
    let text = """
      HARBOR CITY (Coastal Wire) — The Harbor Bridge will reopen on Friday, city officials said on Thursday.
      """
    #expect(rendered(text) == ["city officials | group | said | The Harbor Bridge will reopen on Friday | -"])
  }

  /// What someone never said, or has not said, is no statement of theirs: it was one, and beside
  /// another speaker's same words a `corroborated` claim. Nor is what nobody, or neither of two,
  /// said, nor a saying supposed, asked about or only possible (`If Lee said`, `Did Lee say`,
  /// `Lee may have said`).
  @Test func whatSomeoneNeverSaidIsNoStatement() {
    let text = """
      Mayor Ann Lee never said the bridge would reopen on Friday.

      The harbor board has not said whether the fares will rise.

      Dan Pike insisted he never actually said the pier was unsafe.

      Neither Lee nor Dan Pike said the pier was safe.

      Nobody said the ferry would be late.

      Lee may have said the pier would close.

      Did Lee say the fares would rise?

      If Lee said the ferry was safe, she was wrong.

      Engineer Tom Ruiz said the bridge would reopen on Friday.
      """
    // (Pike's insisting is his statement; what he never said, inside it, is not.)
    #expect(
      rendered(text) == [
        "Dan Pike | person | insisted | he never actually said the pier was unsafe | -",
        "Tom Ruiz | person | said | the bridge would reopen on Friday | -",
      ])
  }

  /// `rejected claims that`, `denied reports that`: the denying verb and its noun are the cue, the
  /// subject before the verb the speaker, so the statement denies (it was a speaker `Lena Ortiz
  /// rejected` asserting what she denied, and with the inspector's same words no contest). Claims
  /// characterised (`called claims that ... "ridiculous"`) are no claim of the speaker's; what
  /// `denied allegations that` denies is the clause (it was no statement).
  @Test func rejectingClaimsThatIsADenial() {
    let text = """
      Harbor director Lena Ortiz rejected claims that the new pier is unsafe for crowds.

      Engineer Tom Ruiz denied reports that the ferry will stop at night.

      Mayor Ann Lee called claims that the fares will double "ridiculous."

      Dan Pike denied allegations that the ferry runs late.
      """
    // (The mayor's was her saying the fares will double.)
    #expect(
      rendered(text) == [
        "Lena Ortiz | person | rejected claims | the new pier is unsafe for crowds | -",
        "Tom Ruiz | person | denied reports | the ferry will stop at night | -",
        "Dan Pike | person | denied | the ferry runs late | -",
      ])
  }

  /// `The` before capitals alone names a body, and an acronym the article gave no one is one too;
  /// a title or a given name still makes a person.
  @Test func theBeforeCapitalsAloneNamesABody() {
    let text = """
      The Harbor Veterans Legion wrote to the council that it did not approve the flyers.

      The fares will rise, according to an interview the mayor gave to WKXT.

      The Reverend Jackson said the vote was fair.

      The Republican Dana Ruiz said the vote was rigged.
      """
    // (The first two were persons `Legion` and `WKXT`.)
    #expect(
      rendered(text) == [
        "Harbor Veterans Legion | organization | wrote | it did not approve the flyers | -",
        "WKXT | organization | according to | The fares will rise | -",
        "Jackson | person | said | the vote was fair | -",
        "Dana Ruiz | person | said | the vote was rigged | -",
      ])
  }

  /// A subject that takes a plural verb, a plural's possessive, or a capital before a plural
  /// at a sentence's start names many, never a person of that name; a surname the text gave a
  /// person stays theirs, and a list of doings after a participle is no content.
  @Test func pluralSubjectsAreGroups() {
    let text = """
      Commuters' reaction: "Is that all there is?"

      Candidates say the levy will pass in March.

      Teacher Lena Pike backed the levy. Pike say the fares must fall.

      I’d add one reason: the ferry is too slow.

      Small groups of dockworkers gathered at the pier, chanting "Open the gates."

      Fans stood on the quay, clapping, singing, chanting and waving flags at the ferry.
      """
    // (They were persons `Commuters'`, `Candidates` and `Small`, and the flags content.)
    #expect(
      rendered(text) == [
        "Commuters | group | reaction | Is that all there is? | -",
        "Candidates | group | say | the levy will pass in March | -",
        "Lena Pike | person | say | the fares must fall | -",
        "I | person | add | one reason: the ferry is too slow | -",
        "Small groups of dockworkers | group | chanting | Open the gates. | -",
      ])
  }

  /// An adviser or aide described by whom they serve speaks unnamed: the one they serve is no
  /// speaker. A spokesperson still speaks as the one they speak for.
  @Test func anAideSpeaksNotTheOneTheyServe() {
    let text = """
      "We have work to do," said a longtime adviser to Mayor Tom Ruiz, who declined to be named.

      "The levy is sound," said the former top aide to Governor Ann Lee.

      "We will appeal," said a spokesman for Mayor Tom Ruiz.

      The ferry plan is sound, said a delegate supporting Governor Ann Lee.

      A still-struggling Westline Steel said it would cut 300 jobs.

      "The vote was rigged," said a longtime member of the Pier Defenders.

      "The charges were never in doubt," said one of the former prosecutors for Mayor Tom Ruiz.
      """
    // (The first two were Tom Ruiz and Ann Lee, their aides' words counted as theirs; the
    // delegate was Ann Lee; the prosecutors' words were the mayor's, whom they had charged.)
    #expect(
      rendered(text) == [
        "a longtime adviser to Mayor Tom Ruiz | anonymous | said | We have work to do, | -",
        "the former top aide to Governor Ann Lee | anonymous | said | The levy is sound, | -",
        "Tom Ruiz | person | said | We will appeal, | -",
        "a delegate supporting Governor Ann Lee | anonymous | said | The ferry plan is sound | -",
        "Westline Steel | organization | said | it would cut 300 jobs | -",
        "a longtime member of the Pier Defenders | anonymous | said | The vote was rigged, | -",
        "one of the former prosecutors for Mayor Tom Ruiz | anonymous | said | The charges were never in doubt, | -",
      ])
  }

  /// A report, study or poll named with who made it speaks for them, and so does `the poll`
  /// after it; one named with no one stays vague, and one made by someone described stays
  /// theirs, unnamed.
  @Test func aDocumentSpeaksForWhoeverMadeIt() {
    let text = """
      The ferry lost money last year, according to a report from the Harbor Watch Group.

      Fares rose 9 percent, according to a study by the Eastbrook Policy Institute.

      Turnout doubled in the east wards, according to the average of recent polls compiled by Harbor Polling Center.

      Rents will fall, according to an analysis by Dana Whitfield.

      The pier will close, according to reports from the harbor.

      The levy will pass, according to a memo from Mayor Tom Ruiz's campaign manager.

      The fares are fair, according to an Eastbrook University poll.

      The poll also found that the night ferry is too slow.

      The pier will close, Democratic sources said.

      Turnout doubled in the west wards, according to the event organizer Alliance to Save Harbor Schools.

      The mayor leads by 6 points, according to the Harbor Courier average of recent polls.

      The bridge will reopen, according to excerpts of her speech released by the Harbor Board.
      """
    // (The first was vague, the second `study by the Eastbrook Policy Institute`, the fourth
    // an organisation, the poll unnamed, the alliance a person `Save Harbor Schools`; the
    // average and the excerpts were unnamed or named as a whole.)
    #expect(
      rendered(text) == [
        "Harbor Watch Group | organization | according to | The ferry lost money last year | -",
        "Eastbrook Policy Institute | organization | according to | Fares rose 9 percent | -",
        "Harbor Polling Center | organization | according to | Turnout doubled in the east wards | -",
        "Dana Whitfield | person | according to | Rents will fall | -",
        "- | vague | according to | The pier will close | -",
        "a memo from Mayor Tom Ruiz's campaign manager | anonymous | according to | The levy will pass | -",
        "Eastbrook University | organization | according to | The fares are fair | -",
        "Eastbrook University | organization | found | the night ferry is too slow | -",
        "- | vague | said | The pier will close | -",
        "Alliance to Save Harbor Schools | organization | according to | Turnout doubled in the west wards | -",
        "Harbor Courier | organization | according to | The mayor leads by 6 points | -",
        "Harbor Board | organization | according to | The bridge will reopen | -",
      ])
  }

  /// A platform's or a company's name that reads like a person's is a body's (a later `It`
  /// finds it), and so is a web address's; a reporter or lawyer described by whom they work for speaks unnamed, even
  /// opening a sentence (a later `he` finds them, not the last man named).
  @Test func knownBodiesAndDescribedReportersAreNoPersons() {
    let text = """
      Twitter said the accounts of the harbor gang had been suspended. It added that more would follow.

      Police named the driver as Victor Hale.

      A reporter for Agence France-Presse called the pier "a scene of chaos."

      "We saw people running into the water," he said.

      A lawyer for Tom Ruiz said the mayor would testify.

      The night ferry will stop in May, according to Harborinfo.com.
      """
    // (They were a person `Twitter`, an organisation `company` or the last body named for
    // `It`, `Agence France-Presse`, Victor Hale for `he`, Tom Ruiz, and a person `Harborinfo`.)
    #expect(
      rendered(text) == [
        "Twitter | organization | said | the accounts of the harbor gang had been suspended | -",
        "Twitter | organization | added | more would follow | -",
        "A reporter for Agence France-Presse | anonymous | called | a scene of chaos. | -",
        "A reporter for Agence France-Presse | anonymous | said | We saw people running into the water, | -",
        "A lawyer for Tom Ruiz | anonymous | said | the mayor would testify | -",
        "Harborinfo | organization | according to | The night ferry will stop in May | -",
      ])
  }

  /// A clause that puts the speaker in a post now (`who runs ...`, `who works for ...`) is
  /// their role, as an appositive is; one about the past is not.
  @Test func aClauseGivingAPostIsTheRole() {
    let text = """
      Ines Moreau, who runs Mayor Ruiz's get-out-the-vote effort, said the levy would pass.

      Omar Costa, who worked for Gov. Ann Lee, said the levy would fail.
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(statements.map(\.role) == ["runs Mayor Ruiz's get-out-the-vote effort", nil])
    #expect(statements.first.flatMap { $0.role.flatMap(Statement.principal(ofRole:)) } == "Ruiz")
  }

  /// An outlet named short after the text named it in full is the same outlet, one source,
  /// and so is `the newspaper` after it.
  @Test func anOutletNamedShortIsTheOneNamedInFull() {
    let text = """
      The Eastbrook Daily News reported that fares would rise.

      "We stand by our reporting," the Daily News said.

      The newspaper said the council had voted in secret.

      The Harbor Water Agency said the bay was safe to swim in.

      The newspaper said the agency had tested only two sites.
      """
    // (The second was an organisation `Daily News`, a second origin; the third unnamed. A
    // government's `Agency` was an outlet: the carrier of its own words, and what a later
    // `the newspaper` found.)
    #expect(
      rendered(text).map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == [
        "Eastbrook Daily News | organization", "Eastbrook Daily News | organization",
        "Eastbrook Daily News | organization", "Harbor Water Agency | organization",
        "Eastbrook Daily News | organization",
      ])
    #expect(rendered(text)[3] == "Harbor Water Agency | organization | said | the bay was safe to swim in | -")
  }

  /// Who is described as familiar with or close to something is who speaks, an unnamed
  /// source, never the thing they are familiar with.
  @Test func aSourceFamiliarWithSomethingSpeaks() {
    let text = """
      A person familiar with the harbor talks said the deal was dead.

      Sources close to the mayor's campaign said she would not run.
      """
    // (The first was a group `harbor talks`.)
    #expect(
      rendered(text) == [
        "- | vague | said | the deal was dead | -",
        "- | vague | said | she would not run | -",
      ])
  }

  /// An outlet's one word after a given name is a person's surname; alone, the outlet.
  @Test func aGivenNameBeforeAnOutletsWordIsAPerson() {
    let text = """
      Nora Bloomberg said the vote was close.

      The count was late, according to Bloomberg.
      """
    // (The first was an organisation `Nora Bloomberg`.)
    #expect(
      rendered(text) == [
        "Nora Bloomberg | person | said | the vote was close | -",
        "Bloomberg | organization | according to | The count was late | Bloomberg",
      ])
  }

  /// `called` characterises only with a quotation after its object; else it names something
  /// (`a fund called ...`) or means something else (`called to mind`).
  @Test func calledWithoutAQuotationNamesNoStatement() {
    let text = """
      The mayor called the budget "a plan for the next decade."

      The donors gave through one fund called Harbor Forward and another tied to the union, which paid for the ads.

      The speech called to mind the promise that carried her into office.

      Residents joined a group called the "Friends of Pell Park."
      """
    #expect(
      rendered(text) == [
        "The mayor | anonymous | called | a plan for the next decade. | -"
      ])
  }

  @Test func quotationsAnnouncedByAColonParagraphOrSignedWithADash() {
    let text = """
      Okafor continued:

      "Nobody has said who pays if the shipping lines leave the port."

      “We want the bridge open by Friday.” ― Anna Berg

      A quote on its own, "with no one to say it," stays unattributed.
      """
    #expect(
      rendered(text) == [
        "Okafor | person | continued | Nobody has said who pays if the shipping lines leave the port. | -",
        "Anna Berg | person | ― | We want the bridge open by Friday. | -",
      ])
  }

  @Test func titleCaseHeadlinesAttributeButOrdinaryTitlesDoNot() {
    let text = """
      Mayor Says Harbor Bridge Will Reopen On Friday

      The Best Way To Say Goodbye To Summer
      """
    #expect(rendered(text) == ["Mayor | person | Says | Harbor Bridge Will Reopen On Friday | -"])
  }

  @Test func furnitureAndQuotesWithoutCuesGiveNoStatements() {
    let text = """
      RELATED ARTICLES
      "Officials said it would happen," ran the headline of another story.
      The word "said" appears here, and so does a "scare quote".
      """
    let furniture = [0..<16]
    #expect(rendered(text, furniture: furniture) == [])
  }

  @Test func oddNumberOfQuotationMarksDegradesWithoutCrashing() {
    let text = "\"Unclosed quote, she said. \"Another one,\" he said. \" \" \""
    // The pair that can be matched still gives its statement.
    #expect(rendered(text) == ["he | person | said | Another one, | -"])
    // Fifty thousand unpaired marks: no statement, and no crash.
    #expect(rendered(String(repeating: "\"a ", count: 50_001)) == [])
  }
}
