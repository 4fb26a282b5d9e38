import Testing

@testable import Attribution

/// Shapes of attribution that real news uses and the cue lexicon alone does not catch: verbs it
/// does not list, relative-clause speakers, long inverted speakers, signed quotations. Each
/// article is written for the test; the whole output is pinned.
@Suite struct SpeechShapeTests {
  @Test func quotationsWithVerbsTheLexiconDoesNotList() {
    let text = """
      The water board met on Tuesday night to vote on the new rates.

      “Why should a family of four pay more than a golf course?” Councilwoman Dana Reyes demanded.

      "Did anyone read the audit? Anyone at all?" a resident yells from the back of the room.

      Board chair Tom Wills gloated: "We told you the numbers would hold."

      The session ran until midnight.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | demanded | Why should a family of four pay more than a golf course? | -",
        "a resident | anonymous | yells | Did anyone read the audit? Anyone at all? | -",
        "Tom Wills | person | gloated | We told you the numbers would hold. | -",
      ])
  }

  @Test func relativeClauseAndLongInvertedSpeakers() {
    let text = """
      The rate rise was approved by four votes to three.

      The board ignored an engineer who said the pipes under Elm Street would fail within five years.

      The utility, which said it would appeal, declined to answer further questions.

      "Nobody on this board has read the engineering report," said a longtime employee who asked not to be named.

      "We will be back in court," said Dana Reyes in a statement.
      """
    #expect(
      rendered(text) == [
        "an engineer | anonymous | said | the pipes under Elm Street would fail within five years | -",
        "The utility | anonymous | said | it would appeal | -",
        "a longtime employee | anonymous | said | Nobody on this board has read the engineering report, | -",
        "Dana Reyes | person | said | We will be back in court, | -",
      ])
  }

  /// An aside that a relative opens ends where the sentence's own verb follows its first comma,
  /// whatever the verb (`will visit`, `spoke`), and an appositive before `who` opens one too; a
  /// comma inside the content that no such verb follows ends nothing.
  @Test func aRelativeAsideEndsAtTheSentencesOwnVerb() {
    let text = """
      Mayor Ann Ruiz, who said the pier was safe, will visit it on Friday.

      Tom Hale, a retired welder who said the cracks were old, spoke next.

      Reporters then questioned Dana Cho, who said the plan, if passed, would cost $5 million.
      """
    #expect(
      rendered(text) == [
        "Ann Ruiz | person | said | the pier was safe | -",
        "Tom Hale | person | said | the cracks were old | -",
        "Dana Cho | person | said | the plan, if passed, would cost $5 million | -",
      ])
  }

  /// A role of several lower-case words between capitals opening a sentence goes on to the
  /// name it describes: the participle's speaker is the person, not `Republican`.
  @Test func aRoleOfSeveralWordsBeforeANameIsPartOfTheSubject() {
    let text = """
      Presumptive Republican presidential nominee Dale Prentiss also joined the debate, saying the vote must be held.

      Democratic presidential candidate Sen. Ann Ruiz on Saturday criticized the accord, saying it was too weak.
      """
    #expect(
      rendered(text) == [
        "Dale Prentiss | person | saying | the vote must be held | -",
        "Ann Ruiz | person | saying | it was too weak | -",
      ])
  }

  @Test func addresseesLeadInsAndSourcesMidSentence() {
    let text = """
      Water rates will rise by 12 percent in March.

      Wills told reporters the increase was the smallest the board could defend.

      As for the audit, "nobody has found a single missing dollar," said Auditor Priya Natarajan.

      The cost of the pipes, according to the audit, has doubled since 2019.

      As Natarajan put it: "The money is there. The pipes are not."
      """
    #expect(
      rendered(text) == [
        "Wills | person | told | the increase was the smallest the board could defend | -",
        "Priya Natarajan | person | said | nobody has found a single missing dollar, | -",
        "the audit | anonymous | according to | The cost of the pipes has doubled since 2019 | -",
        "Priya Natarajan | person | put it | The money is there. The pipes are not. | -",
      ])
  }

  @Test func splitQuotationsAfterAReportedLeadInAndSignatures() {
    let text = """
      The board will meet again in April.

      The plan is "a patch, not a repair," Reyes said on Wednesday. "Ask me again when the next main breaks."

      Party labels do not split a sentence: Rep. Lena Ortiz (D-N.M.) said the state would help.

      “The state will not pay for a board that will not read its own reports.”

      - Lena Ortiz.
      """
    #expect(
      rendered(text) == [
        "Reyes | person | said | The plan is \"a patch, not a repair,\" Ask me again when the next main breaks. | -",
        "Lena Ortiz | person | said | the state would help | -",
        "Lena Ortiz | person | - | The state will not pay for a board that will not read its own reports. | -",
      ])
  }

  @Test func aTimeAdjunctBetweenSpeakerAndCue() {
    let text = """
      The water board on Tuesday said the new rates would take effect in March.

      Board members have in the past said the rates were too low.
      """
    #expect(
      rendered(text) == [
        "water board | organization | said | the new rates would take effect in March | -",
        "Board members | group | said | the rates were too low | -",
      ])
  }

  @Test func aQuotationThatEndsMidSentenceKeepsItsOwnSentence() {
    let text = """
      Reyes called the vote "a disgrace." Wills said the board had followed the law.
      """
    #expect(
      rendered(text) == [
        "Reyes | person | called | a disgrace. | -", "Wills | person | said | the board had followed the law | -",
      ])
  }

  @Test func aSurnameThatIsAlsoAFunctionWordAndASecondSpeakerAfterBut() {
    let text = """
      The harbour authority voted to close the west pier on Monday.

      Harriet May, 58, a ferry captain, said the pier had been unsafe for years.

      Wills said the board had warned the port twice, but inspectors said no warning ever reached them.

      The port will reopen, and the mayor insisted it would take a month.
      """
    #expect(
      rendered(text) == [
        "Harriet May | person | said | the pier had been unsafe for years | -",
        "Wills | person | said | the board had warned the port twice | -",
        "inspectors | group | said | no warning ever reached them | -",
        "the mayor | anonymous | insisted | it would take a month | -",
      ])
  }

  @Test func aNameBeforeADescriptionOfSeveralParts() {
    let text = """
      Peter Vance, the mayor of Ashford, Ohio, said the bridge would reopen in May.

      Dana Reyes, a nurse from Elmwood, Kan., attending the hearing, said she would sue the board.

      Harbor Board Chairman, Tom Hale, said the pier would stay closed.
      """
    #expect(
      rendered(text) == [
        "Peter Vance | person | said | the bridge would reopen in May | -",
        "Dana Reyes | person | said | she would sue the board | -",
        "Tom Hale | person | said | the pier would stay closed | -",
      ])
  }

  @Test func speakersBehindARelativeClauseAChannelOrATimeAdjunct() {
    let text = """
      Anna Berg, who lost her shop in the flood in Millbrook, Vermont, in May 2019, said the levee was never finished.

      Another engineer speaking to the Valley Times said the levee had cracked twice.

      Tom Hale at the time said the repairs would wait until spring.

      A city official who spoke on condition of anonymity to discuss the budget said the cuts were final.

      Harbor pilots have long argued that the channel is too shallow.

      Dana Reyes, who chaired the board for a decade, last week said the budget was sound.
      """
    #expect(
      rendered(text) == [
        "Anna Berg | person | said | the levee was never finished | -",
        "Another engineer | anonymous | said | the levee had cracked twice | Valley Times",
        "Tom Hale | person | said | the repairs would wait until spring | -",
        "A city official | anonymous | said | the cuts were final | -",
        "Harbor pilots | group | argued | the channel is too shallow | -",
        "Dana Reyes | person | said | the budget was sound | -",
      ])
  }

  @Test func aDatelineIsNotTheSubject() {
    let text = """
      ASHFORD, Ohio (AP) — Mayor Peter Vance toured the flooded market on Monday and said the town would rebuild it.
      """
    #expect(rendered(text) == ["Peter Vance | person | said | the town would rebuild it | -"])
  }

  @Test func theSpeakerBeforeAPlaceOrAnInnerNameAndAGroupAtTheSentenceStart() {
    let text = """
      Elena Ruiz, the editor of the city's oldest paper, Ashford Courier, said the archive would close.

      Peter Vance in a radio interview said the ferry would run all winter.

      Officials in Ashford said the bridge would reopen in June.

      Another engineer, Tom Hale of Ashford Polytechnic, said the bridge was sound.
      """
    #expect(
      rendered(text) == [
        "Elena Ruiz | person | said | the archive would close | -",
        "Peter Vance | person | said | the ferry would run all winter | -",
        "Officials | group | said | the bridge would reopen in June | -",
        "Tom Hale | person | said | the bridge was sound | -",
      ])
  }

  @Test func aClauseThatIntroducesAQuotationWithAColon() {
    let text = """
      The harbor board voted on Monday to close the north pier.

      Mayor Peter Vance then turned to the dock workers: "Nobody loses a job over this pier."

      Former harbor master Elena Ruiz: "The pier has been unsafe since the storm."

      Board member Tom Hale released the following statement:

      "We will reopen the pier when the engineers say it is safe, and not a day before."

      Wait, it gets worse: "The repairs will take three years."

      "Pier Closes," by Courier's Anna Berg: "The north pier will close on Friday."

      When asked whether he thought that the pier could reopen, Tom Hale responded: "Not this year."
      """
    #expect(
      rendered(text) == [
        "Peter Vance | person | turned to the dock workers | Nobody loses a job over this pier. | -",
        "Elena Ruiz | person | : | The pier has been unsafe since the storm. | -",
        "Tom Hale | person | released the following statement | We will reopen the pier when the engineers say it is safe, and not a day before. | -",
        "Tom Hale | person | thought | the pier could reopen | -",
        "Tom Hale | person | responded | Not this year. | -",
      ])
  }

  @Test func aCommaAfterAnUnlistedVerbAMessageThatSaysAndAStatementSaying() {
    let text = """
      The ferry strike entered its third week on Monday.

      At the rally, union leader Dana Reyes cracked, "The boats float better without the managers."

      The company posted a video that said, "Every ferry will sail on Friday."

      Later, the mayor released a statement saying, "Both sides must return to the table."

      The strike was renamed, "Rough Water."
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | cracked | The boats float better without the managers. | -",
        "a video | anonymous | said | Every ferry will sail on Friday. | -",
        "the mayor | anonymous | saying | Both sides must return to the table. | -",
      ])
  }

  @Test func aSplitQuotationGoesOnAfterAShortLeadIn() {
    let text = """
      "The ferry is a lifeline for this island," Reyes said. Instead, "the company treats it like a toy."

      "Nobody asked us," Hale said. He called the plan a "betrayal of every family here."
      """
    #expect(
      rendered(text) == [
        "Reyes | person | said | The ferry is a lifeline for this island, the company treats it like a toy. | -",
        "Hale | person | said | Nobody asked us, | -",
      ])
  }

  @Test func invertedUnlistedAndBeliefVerbsAfterAQuotationAndAStatementBeforeAComma() {
    let text = """
      The ferry company and the union met again on Thursday.

      "Every boat will sail by Friday!" beamed Anna Berg, the company's director.

      "The talks are going nowhere," agrees Tom Hale, a deckhand.

      Shortly after the meeting, Dana Reyes issued a statement, "We will strike until the pay is fair."

      "Ferries are the island's lifeline," posted the clip to YouTube.
      """
    #expect(
      rendered(text) == [
        "Anna Berg | person | beamed | Every boat will sail by Friday! | -",
        "Tom Hale | person | agrees | The talks are going nowhere, | -",
        "Dana Reyes | person | issued a statement | We will strike until the pay is fair. | -",
      ])
  }

  @Test func aPersonOfAPlaceIsThePersonNotThePlace() {
    let text = """
      Sen. Dana Reyes of Ohio said the ferry bill would pass.

      Tom Hale of Ashford said the vote was rushed.

      Former Secretary of State Anna Berg said the bill was overdue.

      The University of Ashford said its study was sound.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | said | the ferry bill would pass | -",
        "Tom Hale | person | said | the vote was rushed | -",
        "Anna Berg | person | said | the bill was overdue | -",
        "University of Ashford | organization | said | its study was sound | -",
      ])
  }

  @Test func stateShowDenyAndMaintainNeedAThatClause() {
    let text = """
      Ohio state Rep. Dana Reyes called the ferry bill a gift to the operators.

      Tom Hale, who hosts the radio show "Harbor Lights," has opposed the bill for years.

      The audit shows that the ferries lost money in every year since 2019.

      The operators state that the fares have not risen since 2019.

      The island states that held votes last year kept their ferries public.

      The company denied the charges and maintains a lead in the bidding.

      Reyes has long maintained that the contract was rigged.
      """
    #expect(
      rendered(text) == [
        "The audit | anonymous | shows | the ferries lost money in every year since 2019 | -",
        "operators | group | state | the fares have not risen since 2019 | -",
        "Dana Reyes | person | maintained | the contract was rigged | -",
      ])
  }

  @Test func aParticipleAfterOpeningAdjunctsOrAPreposition() {
    let text = """
      On Thursday, after weeks of silence, Reyes appeared with the union and endorsed the strike, saying, "The crews deserve better."

      When Tom Hale returned he began by saying, "Nobody will lose a job over this."

      Hale, a deckhand for twenty years, drew cheers upon saying, "We sail together or not at all."
      """
    #expect(
      rendered(text) == [
        "Reyes | person | saying | The crews deserve better. | -",
        "Tom Hale | person | saying | Nobody will lose a job over this. | -",
        "Tom Hale | person | saying | We sail together or not at all. | -",
      ])
  }

  @Test func aQuotationAfterReportedSpeechInTheSentenceOrParagraphBeforeAndAfterALaterClause() {
    let text = """
      The ferry should never have sailed in that weather, Reyes said. "The captain knew it."

      "Nobody was hurt," said Tom Hale, who noted that the crew had drilled for storms. "We were lucky."

      "Did the company check the forecast?" Reyes asked the board.

      The storm was forecast days ahead, Hale said.

      "Any captain would have stayed in port."
      """
    #expect(
      rendered(text) == [
        "Reyes | person | said | The ferry should never have sailed in that weather | -",
        "Reyes | person | said | The captain knew it. | -",
        "Tom Hale | person | said | Nobody was hurt, We were lucky. | -",
        "Tom Hale | person | noted | the crew had drilled for storms | -",
        "Reyes | person | asked | Did the company check the forecast? | -",
        "Tom Hale | person | said | The storm was forecast days ahead | -",
        "Tom Hale | person | said | Any captain would have stayed in port. | -",
      ])
  }

  @Test func reportedSpeechAfterAnAdjunctWithoutThatAndAfterHasSince() {
    let text = """
      The Ferry Workers Union said in a statement Thursday night they would return to work on Monday.

      Reyes has since said she would accept the offer.

      Tom Hale said Friday as he entered the talks that the offer was fair.
      """
    #expect(
      rendered(text) == [
        "Ferry Workers Union | organization | said | they would return to work on Monday | -",
        "Reyes | person | said | she would accept the offer | -",
        "Tom Hale | person | said | the offer was fair | -",
      ])
  }

  @Test func reportedSpeechStopsBeforeAContrastTheWriterAddsButNotBeforeIncluding() {
    let text = """
      Most islanders say the ferry should stay public, while only a third say it should be sold.

      Hale said 52 percent of the crews backed the deal, compared with 41 percent in May.

      Reyes said the union had won several concessions, including a pension for every deckhand.
      """
    #expect(
      rendered(text) == [
        "islanders | group | say | the ferry should stay public | -",
        "a third | group | say | it should be sold | -",
        "Hale | person | said | 52 percent of the crews backed the deal | -",
        "Reyes | person | said | the union had won several concessions, including a pension for every deckhand | -",
      ])
  }

  @Test func aSecondVerbAfterAndTakesItsClausesSubject() {
    let text = """
      Eight years ago, Dana Reyes backed the ferry levy and said the crossings would never close.

      A few minutes later they reversed themselves and said the vote would go ahead.

      In a letter, Tom Hale thanked the crews and said the strike was over.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | said | the crossings would never close | -",
        "they | group | said | the vote would go ahead | -",
        "Tom Hale | person | said | the strike was over | -",
      ])
  }

  @Test func anAttributionCutOffAfterItsQuotationAndAnAdjunctIsNoContent() {
    let text = """
      "Is the ferry running today?" Dana Reyes, a nurse from the island, asked quietly at the ticket desk. "I have a shift at noon."

      "Will the strike end soon?" Hale asked the clerk during a long wait at the pier. "Nobody knows."

      Reyes responded by calling the union's office.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | asked | Is the ferry running today? I have a shift at noon. | -",
        "Hale | person | asked | Will the strike end soon? Nobody knows. | -",
        "Dana Reyes | person | responded | by calling the union's office | -",
      ])
  }

  @Test func aParenthesisOpensAndClosesASentence() {
    let text = """
      The union accused the company of stalling and questioned why the talks had stopped. (Reyes says the crews would have settled in May if asked.) The company's board met again on Friday.
      """
    #expect(
      rendered(text) == [
        "Reyes | person | says | the crews would have settled in May if asked | -"
      ])
  }

  @Test func aPluralRelativeClauseSpeakerAfterAVerb() {
    let text = """
      The council sided with harbor pilots who say the channel is too shallow.

      The mayor echoed engineers who warn that the levee will fail.
      """
    #expect(
      rendered(text) == [
        "harbor pilots | group | say | the channel is too shallow | -",
        "engineers | group | warn | the levee will fail | -",
      ])
  }

  /// A colon clause ending in a name after a preposition is a clause with its own subject, not a
  /// bare name (`... on Tuesday:` named `Tuesday`); `as X puts it` as `as X put it`.
  @Test func aColonClauseEndingInAPlaceOrDayAndPutsIt() {
    let text = """
      Dana Reyes gave the plan a second look on Tuesday: "The numbers still do not add up."

      As harbor master Tom Hale puts it, "The channel is a bathtub at low tide."
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | gave the plan a second look on Tuesday | The numbers still do not add up. | -",
        "Tom Hale | person | puts it | The channel is a bathtub at low tide. | -",
      ])
  }

  /// After a quotation that ends its sentence, `X replied, "..."` introduces the next quotation
  /// (it was read as the first one's attribution, and the two became one statement); `He added,
  /// "..."` still speaks for the quotation before it too, as PolNeAR's annotators read it.
  @Test func aCueWhoseCommaOpensAQuotationIntroducesIt() {
    let text = """
      The union wrote to the mayor about the timetable, "and whether the boats will run before the summer season." Mayor Dana Reyes replied, "As you know, the boats are in dry dock until June."

      "The crews are ready," Tom Hale said. "The boats are not." He added, "Ask the harbor board."
      """
    #expect(
      rendered(text) == [
        "The union | anonymous | wrote | to the mayor about the timetable, \"and whether the boats will run before the summer season.\" | -",
        "Dana Reyes | person | replied | As you know, the boats are in dry dock until June. | -",
        "Tom Hale | person | said | The crews are ready, | -",
        "Tom Hale | person | added | The boats are not. Ask the harbor board. | -",
      ])
  }

  /// `cannot say` reports nothing yet (`The inspector cannot` spoke, and passed it to the
  /// participle after `Tom Hale added`); `Hours later,` opens the sentence as an adjunct, not its
  /// subject; after an inverted cue, a phrase of place or time is no speaker.
  @Test func cannotSayHoursLaterAndAnAdjunctAfterAnInvertedCue() {
    let text = """
      The inspector cannot say that "from her perspective," Tom Hale added, saying it should be "up to the harbor board."

      Hours later, Dana Reyes returned the compliment, telling the Courier, "Tom is a fine engineer."

      The ferry will run again in May, confirmed on Facebook Friday.
      """
    #expect(
      rendered(text) == [
        "Tom Hale | person | added | The inspector cannot say that \"from her perspective,\" | -",
        "Tom Hale | person | saying | it should be \"up to the harbor board.\" | -",
        "Dana Reyes | person | telling | Tom is a fine engineer. | Courier",
      ])
  }

  /// A participle after a later clause with its own subject goes with that clause (`..., as
  /// Dana Reyes echoed the criticism, saying`), a pronoun's only where it opens the clause, and
  /// never a name in a list (`Senate and House candidates, fearing`) or a subordinate clause's
  /// pronoun (`after they came out, saying`).
  @Test func aParticipleGoesWithTheClauseBeforeIt() {
    let text = """
      The vote was a one-two punch for the harbor board, as Dana Reyes echoed the union's criticism, saying the plan "does nothing for the night crews."

      Tom Hale had expected to lose the vote. Instead, he won it by two votes, asserting that the ferry would run all winter.

      Council members moved to protect Senate and House candidates, fearing that the scandal would spread to the state.

      Mayor Ruth Ellis apologized for the columns after they came out, saying the views were old.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | saying | the plan \"does nothing for the night crews.\" | -",
        "Tom Hale | person | asserting | the ferry would run all winter | -",
        "Council members | group | fearing | the scandal would spread to the state | -",
        "Ruth Ellis | person | saying | the views were old | -",
      ])
  }

  /// A quantifier alone opening its clause speaks for a group (`most said they were ...`); one
  /// that determines a noun is not the speaker by itself.
  @Test func aQuantifierAloneSpeaksForAGroup() {
    let text = """
      Riders were split on the new timetable. Many said the late ferry was too late, and most said they were "very worried."

      Some riders said the fares were fair.
      """
    #expect(
      rendered(text) == [
        "Many | group | said | the late ferry was too late | -",
        "most | group | said | they were \"very worried.\" | -",
        "Some riders | group | said | the fares were fair | -",
      ])
  }

  /// `chant` reports what a crowd chants (its noun does not: `chants of "..."`), and a quotation
  /// that opens a cue's content and is followed by a conjunction and more of the sentence is
  /// what was said; `said "A" and the rest of its subject ...` goes on.
  @Test func chantsAndAQuotationFollowedByAConjunction() {
    let text = """
      The dock workers chanted "No contract, no ferry!" as the board filed in.

      Chants of "Shame!" filled the hall.

      Tom Hale said "no comment" and walked out of the meeting.

      Dana Reyes said "better pay" and the new rota would keep the crews.

      The crowd chanted "No ferry, no peace," drowning out the chairman.
      """
    #expect(
      rendered(text) == [
        "dock workers | group | chanted | No contract, no ferry! | -",
        "Tom Hale | person | said | no comment | -",
        "Dana Reyes | person | said | \"better pay\" and the new rota would keep the crews | -",
        "The crowd | anonymous | chanted | No ferry, no peace, | -",
      ])
  }

  /// `called it "..."`, `what X called "..."`: a characterisation in quotation marks after an
  /// object is a statement; a name (`a group called "..."`) and `called for` are not.
  @Test func aCharacterisationCalledInQuotationMarks() {
    let text = """
      Dana Reyes called the new timetable "a disgrace to the harbor."

      A group called "Friends of the Ferry" met on Monday.

      Tom Hale called for a new vote on the fares and called on the board to "listen for once."

      The board defended what Tom Hale called "a fair timetable."
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | called | a disgrace to the harbor. | -",
        "Tom Hale | person | called | a fair timetable. | -",
      ])
  }

  /// `read`, spelt as its lemma, is read as the past after a quotation (`"...," read one.`),
  /// and as the bare form after a modal (`would read this as`).
  @Test func readAsThePastAfterAQuotationAndBareAfterAModal() {
    let text = """
      Banners lined the pier. "Save the ferry!" read one.

      The crews would read this as a sign that the board has given up.
      """
    #expect(rendered(text) == ["one | anonymous | read | Save the ferry! | -"])
  }

  /// Short reported speech that is a clause of its own or an answer (`said he would`, `said
  /// yes`) is a statement; a gap (`what Reyes said she expected`) is not.
  @Test func shortReportedSpeechThatIsAClauseOrAnAnswer() {
    let text = """
      The board needed Tom Hale to back the new fares. Tom Hale said he would.

      Everyone but Dana Reyes said yes.

      The sale raised twice what Dana Reyes said she expected.
      """
    #expect(
      rendered(text) == [
        "Tom Hale | person | said | he would | -",
        "Dana Reyes | person | said | yes | -",
      ])
  }

  /// An aside between commas before `that` (`said, twice, that`, `said, without evidence,
  /// that`) and `about` before a quantity (`said about half of ...`) open the content.
  @Test func anAsideBeforeThatAndAboutAQuantity() {
    let text = """
      Dana Reyes said, without evidence, that the ferry company had hidden its losses.

      The harbor board said about half of the losses came from the winter timetable.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | said | the ferry company had hidden its losses | -",
        "harbor board | organization | said | about half of the losses came from the winter timetable | -",
      ])
  }

  /// `said for weeks he's ...`: a time adjunct of plural words, then a subject pronoun with its
  /// verb in one word, opens the content.
  @Test func aTimeAdjunctThenAContractedSubject() {
    let text = """
      Tom Hale has said for weeks he’s the only engineer who can fix the pier.
      """
    #expect(rendered(text) == ["Tom Hale | person | said | he’s the only engineer who can fix the pier | -"])
  }

  /// `a source close to the mayor`: the phrase goes on before `close to`, and names someone
  /// described by whom they are close to, never that person; `a prosecutor to investigate` is
  /// an infinitive.
  @Test func aSourceCloseToSomeone() {
    let text = """
      Mayor Dana Reyes will not run again, a source close to the mayor said.

      The ferry will be sold in the spring, people close to Dana Reyes say.
      """
    #expect(
      rendered(text) == [
        "a source close to the mayor | anonymous | said | Mayor Dana Reyes will not run again | -",
        "people close to Dana Reyes | group | say | The ferry will be sold in the spring | -",
      ])
  }

  /// `answered` reports a quotation or a that-clause (not `answered a question`), and `shot
  /// back`, `fired back`, `wrote back` report as a verb does (`shot back up` does not).
  @Test func answeredAndShotBack() {
    let text = """
      "We will see," Dana Reyes answered, referring to the vote.

      Tom Hale answered a question about the fares.

      Tom Hale shot back, "The numbers are public."

      Fares shot back up and grew by five percent in the spring.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | answered | We will see, | -",
        "Tom Hale | person | shot back | The numbers are public. | -",
      ])
  }

  /// A later quotation in the sentence with an attribution of its own is not the first
  /// speaker's split quotation.
  @Test func aLaterQuotationWithItsOwnAttributionIsNotASplitQuote() {
    let text = """
      "The fares are too high," Dana Reyes said, but after the vote, "they will come down," said Tom Hale.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | said | The fares are too high, | -",
        "Tom Hale | person | said | they will come down, | -",
      ])
  }

  /// An opening adjunct goes on past a place's state and a time (`At a rally in Ashford, Ohio,
  /// on Sunday,`: was `Ohio`), but not past a name (`In the interview, Reyes, ...`); a day before
  /// a participle is no name (`issued a statement Tuesday saying`), and a participle that takes
  /// the speaker of a relative clause takes its antecedent too.
  @Test func anOpeningAdjunctWithAPlaceAndADayBeforeAParticiple() {
    let text = """
      At a rally in Ashford, Ohio, on Sunday, Dana Reyes defended the fares, saying the ferry "pays for itself."

      Tom Hale, who said last week that the pier was safe, issued a statement Tuesday saying, "The pier will stay open."

      In the interview, Reyes, who endorsed Hale in May, stressed that the vote was close.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | saying | the ferry \"pays for itself.\" | -",
        "Tom Hale | person | said | the pier was safe | -",
        "Tom Hale | person | saying | The pier will stay open. | -",
        "Dana Reyes | person | stressed | the vote was close | -",
      ])
  }

  /// A name after a preposition in an appositive (`working with Harbor Voices, a ferry union,`)
  /// is not the speaker; the name that opens the sentence before it is.
  @Test func aPlaceAtTheEndOfAnAppositive() {
    let text = """
      Geoff Garin, a pollster who is working with Harbor Voices, a ferry union, said the vote would be close.
      """
    #expect(rendered(text) == ["Geoff Garin | person | said | the vote would be close | -"])
  }

  /// `according to plan`, `according to their preference`: a manner, not a source; a longer
  /// phrase ending in one still names people (`people familiar with the board's plans`).
  @Test func accordingToAMannerIsNoSource() {
    let text = """
      The ferry crossed at noon and docked at one, according to plan.

      The board will sell the ferry in May, according to people familiar with the board's plans.
      """
    #expect(
      rendered(text) == [
        "- | vague | according to | The board will sell the ferry in May | -"
      ])
  }

  /// A digest entry's quotation followed by its source in brackets (`- Dana Reyes: "..."
  /// [Courier.]`) is still the named person's.
  @Test func aDigestQuotationWithItsSourceInBrackets() {
    let text = """
      FERRY POLLS NOT WRONG, JUST EARLY - Dana Reyes: “The polls did not fail. They closed too early.” [Courier.]
      """
    #expect(rendered(text) == ["Dana Reyes | person | : | The polls did not fail. They closed too early. | -"])
  }

  /// A description ending in a few quoted words (`who calls the plan a "swindle,"`) is still an
  /// appositive, and `said he ...` after it is reported speech, not an inverted speaker.
  @Test func anAppositiveEndingInQuotedWords() {
    let text = """
      Tom Hale, who calls the new timetable a "swindle," said he does not believe the board has read it.
      """
    #expect(rendered(text) == ["Tom Hale | person | said | he does not believe the board has read it | -"])
  }

  /// After a day (an adjunct of one word), a subject pronoun, or a possessive, its noun and a
  /// verb, open the content without `that`.
  @Test func aDayThenTheContentWithoutThat() {
    let text = """
      Dana Reyes said Tuesday she will resign after the vote.

      Tom Hale said Friday his crews are ready for the winter.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | said | she will resign after the vote | -",
        "Tom Hale | person | said | his crews are ready for the winter | -",
      ])
  }

  /// An initialism's last full stop (`the F.B.I. has said`) ends the speaker, not the phrase.
  @Test func anInitialismBeforeTheCue() {
    let text = """
      The reviews came back clear, and the F.B.I. has said it had no record of the ferry's owners.
      """
    #expect(rendered(text) == ["F.B.I | organization | said | it had no record of the ferry's owners | -"])
  }

  /// A cue's word after a determiner or a superlative is a noun (`the greatest fear that`, `his
  /// biggest worry about`, `a controversial comment that`, `the debunked claim that`, `Hale's claim
  /// that`; not `a third say`), and `tells so
  /// many lies that` gives a result, not a saying: no statement. Each was one, with a speaker
  /// `the greatest`, `his biggest`, `make a controversial` or the liar.
  @Test func aNounOrAResultIsNoCue() {
    let text = """
      Ana Ruiz said the ferry was late again. It was the greatest fear that riders had ever voiced.

      Tom Hale said on Thursday his biggest worry about the pier is that it is unsafe.

      Ana Ruiz said that the mayor tells so many lies that voters no longer listen to him.

      The mayor went on to make a controversial comment that the pier was never safe. Nearly a third say they do not trust him.

      The mailer repeated the debunked claim that the pier was closing. Riders laughed at Hale's claim that fares would fall.
      """
    #expect(
      rendered(text) == [
        "Ana Ruiz | person | said | the ferry was late again | -",
        "Tom Hale | person | said | it is unsafe | -",
        "Ana Ruiz | person | said | the mayor tells so many lies that voters no longer listen to him | -",
        "Nearly a third | group | say | they do not trust him | -",
      ])
  }
}
