import ArticleReading
import Testing

@testable import Attribution

/// A pronoun stands for a person a reader would take it for: never a place or a building that a
/// run of capitals named just before.
@Suite struct PronounTests {
  @Test func aPronounNeverResolvesToAPlace() {
    let text = """
      Flights out of Harmon Regional Airport were late on Sunday after a storm closed two runways. "We waited three hours at the gate," she said.

      Rosa Delgado, a commuter, said the airline had offered no vouchers. "We slept on the floor," she said.
      """
    #expect(
      rendered(text) == [
        "she | person | said | We waited three hours at the gate, | -",
        "Rosa Delgado | person | said | the airline had offered no vouchers | -",
        "Rosa Delgado | person | said | We slept on the floor, | -",
      ])
  }

  /// An `it` with no organisation before it to stand for is no identifiable source (it was an
  /// organisation named `it`, and a later `they` became that organisation too).
  @Test func anItWithNoOrganisationIsNoSource() {
    let text = """
      The ferry timetable changed again on Monday. "Nothing is settled," it said. They said the fares would rise.

      The Harbor Board said the pier would close in May. It said the fares would fall.
      """
    #expect(
      rendered(text) == [
        "- | vague | said | Nothing is settled, | -",
        "They | group | said | the fares would rise | -",
        "Harbor Board | organization | said | the pier would close in May | -",
        "Harbor Board | organization | said | the fares would fall | -",
      ])
  }

  /// A former office after a place, or an age before a noun, names again the subject just met;
  /// a former office alone only someone the text gave it.
  @Test func aFormerOfficeOrAnAgeNamesTheSubjectJustMet() {
    let text = """
      Dan Ruiz attacked the harbor plan at the debate. "It would be a chaos plan," the former Ohio governor said.

      Lena Pike held up a sign at the pier. The 57-year-old engineer says the ferry must stay.

      Tom Hale thanked the crowd. "Labels are for soup cans," the former president told them.
      """
    // (The first two were unnamed; the third stays so: Tom Hale was never president.)
    #expect(
      rendered(text) == [
        "Dan Ruiz | person | said | It would be a chaos plan, | -",
        "Lena Pike | person | says | the ferry must stay | -",
        "the former president | anonymous | told | Labels are for soup cans, | -",
      ])
  }

  /// A span of time before `after` opens an adjunct, not the subject (`One month` spoke), and
  /// the name after the adjunct's comma is the subject an office after a place names again.
  @Test func aSpanOfTimeBeforeAfterIsNoSubject() {
    let text = """
      One month after announcing his support for Tom Hale, Dan Ruiz still believes that the fares are too high. "I stand by everything I said," the Ohio governor told reporters.
      """
    // (Both were unnamed: `One month`, then `the Ohio governor`.)
    #expect(
      rendered(text) == [
        "Dan Ruiz | person | believes | the fares are too high | -",
        "Dan Ruiz | person | told | I stand by everything I said, | -",
      ])
  }

  /// A `they` after a clause opening the sentence with a plural subject is that subject, not
  /// the last group that spoke.
  @Test func theyIsThePluralSubjectOfTheOpeningClause() {
    let text = """
      Harbor officials said the pier would reopen in May.

      While ferry unions praised the new timetable, they said it did not go far enough on night fares.

      As Ruiz and Lee toured the docks, they were cheered by the crews, they said.
      """
    // (Both were `Harbor officials`, the last group that spoke.)
    #expect(
      rendered(text) == [
        "Harbor officials | group | said | the pier would reopen in May | -",
        "ferry unions | group | said | it did not go far enough on night fares | -",
        "Ruiz and Lee | group | said | As Ruiz and Lee toured the docks, they were cheered by the crews | -",
      ])
  }

  /// A preposition's object earlier in the sentence is no subject the pronoun goes back to (an
  /// interviewer), but a passive's agent is (the senator who backed the plan).
  @Test func aPronounSkipsAPrepositionsObjectButNotAPassivesAgent() {
    let text = """
      During an interview with Mark Bell that aired Tuesday night, Governor Tom Ridley defended the harbor wall. "We will build it in two years," he said.

      The plan was backed on Friday by Senator Paul Ortega, who called it overdue. "It should have been built a decade ago," he said.
      """
    // (The first was the interviewer, Mark Bell.)
    #expect(
      rendered(text) == [
        "Tom Ridley | person | said | We will build it in two years, | -",
        "Paul Ortega | person | said | It should have been built a decade ago, | -",
      ])
  }

  /// Whom a quotation speaks of by title is not who speaks it: a campaign manager on the mayor.
  @Test func aPronounIsNotThePersonItsQuotationNamesByTitle() {
    let text = """
      Tom Hale, the mayor's campaign manager, said the mayor expects to win the suburbs. He should also get a boost from the new poll, Ridley said.

      "For many voters, the question was whether Mayor Ridley's message could carry the suburbs, and I think he proved that we could," he said.
      """
    // (The last was Ridley, who spoke just before.)
    #expect(rendered(text).last?.hasPrefix("Tom Hale | person | said | For many voters") == true)
  }

  /// The speaker of a quotation is not the person it is about, and a possessive before a title
  /// is not the speaker.
  @Test func theSpeakerIsNeitherThePersonSpokenOfNorTheOwnerOfATitle() {
    let text = """
      Karen Liu, a former director of the airline, spoke after the board met on Monday. "What he told the board was false," she said.

      Governor Ann Lee's chief of staff, Mark Tan, said the state would review the delays.
      """
    #expect(
      rendered(text) == [
        "Karen Liu | person | said | What he told the board was false, | -",
        "Mark Tan | person | said | the state would review the delays | -",
      ])
  }

  /// A place named between the person and the pronoun is passed over (`New Hampshire` is
  /// nobody), and a name inside the quotation the pronoun attributes is never a candidate.
  @Test func aPronounPassesOverPlacesAndTheNamesInItsQuotation() {
    let text = """
      Senator Dale Prentiss toured a ferry yard in New Hampshire on Tuesday. "The yards need new cranes before winter," he said.

      Omar Haddad, a union organiser, warned that the talks could fail. "This is a fight between Prentiss and the port," he wrote in a post.
      """
    #expect(
      rendered(text) == [
        "Dale Prentiss | person | said | The yards need new cranes before winter, | -",
        "Omar Haddad | person | warned | the talks could fail | -",
        "Omar Haddad | person | wrote | This is a fight between Prentiss and the port, | -",
      ])
  }

  /// `Mr. Okafor` after `Maria Okafor` is still Daniel Okafor, and a surname before what is theirs
  /// (`a Prentiss campaign adviser`) is no one a pronoun stands for.
  @Test func anHonorificPicksItsPersonAndACampaignIsNoPerson() {
    let text = """
      Daniel Okafor opened the harbor hearing on Monday, and his sister, Maria Okafor, spoke after him. Mr. Okafor then took questions. "We cannot wait another year," he said.

      Senator Dale Prentiss left early. Victor Sung, a Prentiss campaign adviser, stayed on. "We need the port votes," he said.
      """
    #expect(
      rendered(text) == [
        "Daniel Okafor | person | said | We cannot wait another year, | -",
        "Victor Sung | person | said | We need the port votes, | -",
      ])
  }

  /// The subject of the sentence before is the pronoun's person, not a name the sentence goes
  /// on to mention (a title's full stop ends no sentence); a possessive is no subject.
  @Test func aPronounTakesTheSubjectOverLaterNames() {
    let text = """
      Daniel Okafor argued with Sen. Ruth Hale over the port director, Mark Tan. "The yard needs new cranes," he said.

      As for Mark Tan's plan, Robert Lindqvist found little to like. "It costs too much," he said.
      """
    #expect(
      rendered(text) == [
        "Daniel Okafor | person | said | The yard needs new cranes, | -",
        "Robert Lindqvist | person | said | It costs too much, | -",
      ])
  }

  /// Who spoke in the sentence before is its subject wherever the name stands (`..., said
  /// Lindqvist`), and a usual given name tells a gender the text has not.
  @Test func theSpeakerBeforeIsTheSubjectAndGivenNamesTellGenders() {
    let text = """
      "The vote will be close" for Maria Okafor, said Marta Lindqvist. "She can still win the harbor wards," she said.

      The council heard from Daniel Okafor after the vote. "We will appeal," she said.
      """
    #expect(
      rendered(text) == [
        "Marta Lindqvist | person | said | \"The vote will be close\" for Maria Okafor | -",
        "Marta Lindqvist | person | said | She can still win the harbor wards, | -",
        "Marta Lindqvist | person | said | We will appeal, | -",
      ])
  }

  /// Whom a statement is told to is not who tells it, and things named in capitals (`the
  /// Harbor Safety Act`) are nobody.
  @Test func theAddresseeAndThingsAreNotTheSpeaker() {
    let text = """
      Tom Hale asked Daniel Okafor about the toll plan. "We will not raise the fares," he told Hale.

      Daniel Okafor spoke first. The vote on the Harbor Safety Act is set for May. "It will pass in the spring," he said.
      """
    #expect(
      rendered(text) == [
        "Daniel Okafor | person | told | We will not raise the fares, | -",
        "Daniel Okafor | person | said | It will pass in the spring, | -",
      ])
  }

  /// A middle initial's full stop is inside the name (`Daniel J. Okafor`), and a suffix does
  /// not count as one of its words.
  @Test func aMiddleInitialStaysInTheName() {
    let text = """
      Harbor commissioner Daniel J. Okafor spoke on Tuesday about the tolls. "We will pass it," he said.

      The mayor, Thomas R. Hale Jr., was there. "It is a good plan," he said.
      """
    #expect(
      rendered(text) == [
        "Daniel J. Okafor | person | said | We will pass it, | -",
        "Thomas R. Hale Jr | person | said | It is a good plan, | -",
      ])
  }

  /// A title alone is the person the article introduced with that title at that rank: `the
  /// president` is not the vice president, and stays unnamed when the article names no president.
  @Test func aTitleKeepsItsRank() {
    let text = """
      Vice President Tom Hale opened the session on Monday. "We will vote today," the president said.

      Mayor Ana Ruiz spoke next. "The budget is balanced," the mayor said.
      """
    #expect(
      rendered(text) == [
        "the president | anonymous | said | We will vote today, | -",
        "Ana Ruiz | person | said | The budget is balanced, | -",
      ])
  }

  /// A surname alone is the person the article introduced first, not a relative it named since
  /// in passing; a headline's word before the surname is no given name.
  @Test func aSurnameAloneIsThePersonIntroducedFirst() {
    let text = """
      Steady Marsh Wins The Runoff

      Senator Helen Marsh won the runoff on Tuesday, with her husband, former governor Paul Marsh, beside her on stage. "We ran on the roads and the schools," Marsh said.

      Mr. Marsh said the count had been fair.
      """
    #expect(
      rendered(text) == [
        "Helen Marsh | person | said | We ran on the roads and the schools, | -",
        "Paul Marsh | person | said | the count had been fair | -",
      ])
  }

  /// In the sentence before a pronoun, who speaks under a full name is its subject, before a
  /// name earlier still; a name the article introduced with a title is a person's, whatever its
  /// given name.
  @Test func theFirstToSpeakInTheSentenceBeforeIsItsSubject() {
    let text = """
      Rita Hale and her husband, Tom Hale, spoke at the rally. Like his remarks about Judge Omar Ruiz, Senator Paul Brandt said, the mayor's jabs at Mr. and Mrs. Hale were unacceptable. "This goes too far," he said.

      Peter Okafor won the state. Rep. Osei K. Lindqvist, a delegate backing Hale, spoke on Monday. Lindqvist dismissed concerns that he is bucking his state even though Okafor won it. "It was a narrow victory," he said.
      """
    #expect(
      rendered(text) == [
        "Paul Brandt | person | said | Like his remarks about Judge Omar Ruiz the mayor's jabs at Mr. and Mrs. Hale were unacceptable | -",
        "Paul Brandt | person | said | This goes too far, | -",
        "Osei K. Lindqvist | person | said | It was a narrow victory, | -",
      ])
  }

  /// A sentence whose subject is the same pronoun goes on with that pronoun's person, not with
  /// a name it mentions.
  @Test func aPronounSubjectCarriesThePersonOn() {
    let text = """
      Governor Paul Brandt thanked the crowd in Salem on Tuesday. He nodded only briefly to his second place behind Tomas Reyes. "We learned a lot this week," he said.
      """
    #expect(rendered(text) == ["Paul Brandt | person | said | We learned a lot this week, | -"])
  }

  /// `I` outside a quotation is the writer, whom the text does not name: not the person named
  /// before it, and not whom a later `he` stands for.
  @Test func theWritersIIsNoOneTheTextNames() {
    let text = """
      Mayor Paul Brandt spoke to the council on Monday. I said the budget would not pass. "We will see," he said.
      """
    #expect(
      rendered(text) == [
        "I | person | said | the budget would not pass | -",
        "Paul Brandt | person | said | We will see, | -",
      ])
  }

  /// An unnamed speaker the text introduced as such is whom the next pronoun stands for, not the
  /// person named before; who asks is not who answers.
  @Test func anUnnamedSpeakerStaysUnnamed() {
    let text = """
      Governor Paul Brandt spoke in Salem on Monday. One delegate said he had tried to give away his passes. "Nobody wanted them," he said.

      A reporter asked Brandt how he felt. "Fine," he replied.
      """
    #expect(
      rendered(text) == [
        "One delegate | anonymous | said | he had tried to give away his passes | -",
        "One delegate | anonymous | said | Nobody wanted them, | -",
        "A reporter | anonymous | asked | how he felt | -",
        "Paul Brandt | person | replied | Fine, | -",
      ])
  }

  /// A title's description after a person's name and a comma is that person's (`Greg Raiff,
  /// chief executive officer of Private Jet Services, said`), not the company's; a description
  /// of someone else is not.
  @Test func anAppositiveTitleIsThePersonBeforeIt() {
    let text = """
      Matthew Okafor, chief executive officer of Harborline Ferries, a charter firm for companies and families, said the boats would run all winter. "We are ready," he said.

      Ruth Brandt, the president of the Dunmore Teachers Union, which backed the plan, said the vote was fair.
      """
    #expect(
      rendered(text) == [
        "Matthew Okafor | person | said | the boats would run all winter | -",
        "Matthew Okafor | person | said | We are ready, | -",
        "Ruth Brandt | person | said | the vote was fair | -",
      ])
  }

  /// A run of capitals nothing in the text shows to be a person's name (no usual given name, no
  /// title, never named by its surname alone) is passed over for a person named before it: a
  /// film's, a law's or a place's name is no one a pronoun stands for. A census given name
  /// (`Deirdre`) shows a name; so does a person's role just before it (`spokesman Lo Weng`).
  @Test func aPronounPassesOverNamesNothingShowsAreAPersons() {
    let text = """
      Linda Quill has run the clinic since 2009. Last spring the clinic moved to Brook Hollow, a quieter district. "It changed everything for us," she said.

      Deirdre Vance starred in Silver Meadow last year. "It was hard work," she said.

      Mark Dane, a trade negotiator, arrived on Monday. The talks would resume next week, spokesman Lo Weng said. "We see no obstacle," he said.

      Nadia Petrov grew up in the old quarter. On a street lined by a 1920s-era Silver Crescent cinema, Petrov stopped. "It felt like home," she said.
      """
    #expect(
      rendered(text) == [
        "Linda Quill | person | said | It changed everything for us, | -",
        "Deirdre Vance | person | said | It was hard work, | -",
        "Lo Weng | person | said | The talks would resume next week | -",
        "Lo Weng | person | said | We see no obstacle, | -",
        "Nadia Petrov | person | said | It felt like home, | -",
      ])
  }

  /// A guess left to a pronoun when no person is named before it is never a dateline's place
  /// (`SALTMARSH HAVEN - `, named again in a sign-off), a headline's words around a form of `be` (`The Floods Are`), or
  /// capitals the text also writes in lower case (`Tide Gauges`, then `tide gauges`): the
  /// pronoun stays as written. A name nothing else shows a person's is still taken
  /// (`Ngozi Adeyemi`).
  @Test func aPronounGuessesNoDatelineAndNoHeadlineWords() {
    let dateline = """
      SALTMARSH HAVEN - The storm surge arrived before dawn and flooded the lower town. "We had never seen water this high," he said.

      Reporting was contributed from Saltmarsh Haven.
      """
    let headline = """
      The Floods Are 'Relentless'

      The river rose again overnight. "We have no sandbags left," she said.
      """
    let lowerCase = """
      Council Waits on Tide Gauges

      The council has waited two years for new tide gauges. "The old ones fail every winter," she said.
      """
    let named = """
      Ngozi Adeyemi runs the ferry. The crossing closed at noon. "The swell was too high," she said.
      """
    #expect(rendered(dateline) == ["he | person | said | We had never seen water this high, | -"])
    #expect(rendered(headline) == ["she | person | said | We have no sandbags left, | -"])
    #expect(rendered(lowerCase) == ["she | person | said | The old ones fail every winter, | -"])
    #expect(rendered(named) == ["Ngozi Adeyemi | person | said | The swell was too high, | -"])
  }

  /// A parenthesis ends the speaker's phrase after an inverted cue: a lawmaker's party and
  /// state (`said Rep. Dana Whitfield (D-Ore.)`) name no one, and the person is found as
  /// without it. A whip is a title (`Senate Majority Whip Carl Brenner`).
  @Test func aPartyAndStateAfterANameAreNoPartOfTheSpeaker() {
    let text = """
      "The bill will not pass this month," said Rep. Dana Whitfield (D-Ore.), who leads the caucus.

      "We have the votes," said Senate Majority Whip Carl Brenner (R-Kan.). "We will call it Tuesday."
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(
      statements.map(line) == [
        "Dana Whitfield | person | said | The bill will not pass this month, | -",
        "Carl Brenner | person | said | We have the votes, We will call it Tuesday. | -",
      ])
    #expect(statements.map(\.role) == ["Rep.", "Senate Majority Whip"])
  }

  /// An honorific or a sentence's opening conjunction before a name is no role: `Mr.` says a
  /// gender, not an office, and the ledger keeps a source's first role as its affiliation.
  @Test func anHonorificIsNoRole() {
    let text = """
      Dana Whitfield and Carl Brenner spoke to the harbor board on Monday.

      "The bill will not pass this month," said Ms. Whitfield. But Mr. Brenner said the votes were there.
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(statements.map(\.speaker) == ["Dana Whitfield", "Carl Brenner"])
    #expect(statements.map(\.role) == [nil, nil])
  }

  /// Nor is a live blog's timestamp glued to a given name (`12:35PMDana Whitfield`): the role
  /// was `35PMDana`, the affiliation the ledger kept for the person.
  /// (Nor a surname's particle, `de Lucca`, nor the word joining a role to its body, `producer
  /// for`: roles `de` and `producer for` were affiliations in the ledger.)
  @Test func aGluedTimestampIsNoRole() {
    let text = """
      Dana Whitfield spoke to the harbor board on Monday.

      12:35PMDana Whitfield says the bill will not pass this month.

      Mayor Marco de Lucca opened the pier. de Lucca said the ferries would run on Friday.

      A producer for Harbor Studios said the film would open in May.
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(statements.map(\.speaker) == ["Dana Whitfield", "Marco de Lucca", "Harbor Studios"])
    #expect(statements.map(\.role) == [nil, nil, "producer"])
  }

  /// An outlet's or an organisation's words before a full name are the person's role, not the
  /// speaker: a role in lower case (`NBC meteorologist Ana Pell`), a possessive (`the Harbor
  /// Institute’s Ivy Chen`, `CNN's Omar Reyes`), a joined title (`Secretary-Treasurer`), with
  /// plain or no-break spaces. A share of a party's voters is a group.
  @Test func anOutletsOrOrganisationsWordsAreThePersonsRole() {
    let text = """
      NBC meteorologist Ana Pell said the storm would pass by noon.

      The Harbor Institute’s Ivy Chen said the survey was small.

      CNN's Omar Reyes said the debate ran long.

      New York Times\u{A0}columnist Rhea Doyle said the party had lost its way.

      Dockworkers Union Secretary-Treasurer Paul Reed said the strike would go on.

      62 percent of Republicans said the plan was fair.
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(
      statements.map { "\($0.speaker ?? "-") | \($0.speakerKind.rawValue) | \($0.role ?? "-")" } == [
        "Ana Pell | person | NBC meteorologist",
        "Ivy Chen | person | Harbor Institute’s",
        "Omar Reyes | person | CNN's",
        "Rhea Doyle | person | New York Times columnist",
        "Paul Reed | person | Dockworkers Union Secretary-Treasurer",
        "62 percent of Republicans | group | -",
      ])
  }

  /// A generation's numeral closes a name (`Carl T. Benning III`), which a later surname and
  /// pronoun then name; a militia named like a person (`Al Qaeda`, after `Al Gore`) is no
  /// one a pronoun stands for.
  @Test func aNumeralClosesANameAndAMilitiaIsNoPerson() {
    let text = """
      Carl T. Benning III, a lawyer in Tupelo, filed the suit in May. He said the law was cruel. Benning said he would appeal.
      """
    let militia = """
      Patrols near the border were attacked by fighters loyal to Al Qaeda. "We will not leave," he said.
      """
    #expect(
      rendered(text) == [
        "Carl T. Benning III | person | said | the law was cruel | -",
        "Carl T. Benning III | person | said | he would appeal | -",
      ])
    #expect(rendered(militia) == ["he | person | said | We will not leave, | -"])
  }

  /// An honorific is evidence of gender, not of identity: `Mr. Trump` after `Ivanka Trump`
  /// alone is someone else, named by the surname, whom a later `he` stands for; so is `Mr.
  /// Marsh` where the text never gives his full name. A couple's lone given name shares the
  /// surname (`Khizr and Ghazala Khan`: `Mr. Khan` is Khizr), unless it is itself a surname
  /// the text gives (`Trump and Hillary Clinton`).
  @Test func anHonorificTellsGenderNotIdentityAndCouplesShareASurname() {
    let honorifics = """
      Ivanka Trump spoke first on Monday. Mr. Trump said the plan was good. "It will work," he said.

      President Marsh flew to the island. What Mr. Marsh saw there were the charts. "They are terrifying," he said.
      """
    let couples = """
      The parents, Khizr and Ghazala Khan, spoke on Thursday. Mr. Khan said the attack was unfair. Ms. Khan said she was hurt.

      Bill and Hillary Clinton arrived late. Mr. Clinton said the crowd was large.

      Donald Trump and Hillary Clinton debated on Monday. Trump and Hillary Clinton met again. Mrs. Clinton said the debate was fair.
      """
    #expect(
      rendered(honorifics) == [
        "Trump | person | said | the plan was good | -",
        "Trump | person | said | It will work, | -",
        "Marsh | person | said | They are terrifying, | -",
      ])
    #expect(
      rendered(couples) == [
        "Khizr Khan | person | said | the attack was unfair | -",
        "Ghazala Khan | person | said | she was hurt | -",
        "Bill Clinton | person | said | the crowd was large | -",
        "Hillary Clinton | person | said | the debate was fair | -",
      ])
  }

  /// A party's name is no person's: its members are a group (`Some Democrats`), one of them
  /// unnamed (`A New Hampshire Republican`), unless `the` names again the subject just met,
  /// whose party the text gave (`Republican state senator Dana Holt`, then `The Ohio
  /// Republican`).
  @Test func aPartysMemberIsNoPersonNamedAfterTheParty() {
    let text = """
      Republican state senator Dana Holt toured the plant on Friday. The Ohio Republican said the jobs would stay.

      A New Hampshire Republican said the race was close.

      Some Democrats said the plan was too small.
      """
    #expect(
      rendered(text) == [
        "Dana Holt | person | said | the jobs would stay | -",
        "A New Hampshire Republican | anonymous | said | the race was close | -",
        "Democrats | group | said | the plan was too small | -",
      ])
  }

  /// A word before a full name that is no given name, where the name's first word is one, is a
  /// role or a headline's word, not the name's (`Pastor Amos Reed`, `Actor Milo Brandt`,
  /// `Harbor Affairs Nora Lind`); an initial stays (`J. Arlo Finch`).
  @Test func aRoleWordBeforeAFullNameIsNoGivenName() {
    let text = """
      Pastor Amos Reed led the prayer on Sunday. Reed said the town would heal.

      Actor Milo Brandt backed the governor. "He listens," Brandt said.

      J. Arlo Finch ran the count. Finch said every ballot was checked.

      The note came from Undersecretary for Harbor Affairs Nora Lind. "The ferry left at noon," she wrote.

      Actor Cole Marsh said the set was cold.

      R. Gil Haskell said the agency was ready.
      """
    #expect(
      rendered(text) == [
        "Amos Reed | person | said | the town would heal | -",
        "Milo Brandt | person | said | He listens, | -",
        "J. Arlo Finch | person | said | every ballot was checked | -",
        "Nora Lind | person | wrote | The ferry left at noon, | -",
        "Cole Marsh | person | said | the set was cold | -",
        "R. Gil Haskell | person | said | the agency was ready | -",
      ])
  }

  /// Who asks a person named is not who answers, as a pronoun or an epithet after the question
  /// (`Tapper asked Rollins about the polls. He said ...` is Rollins; `Gen. Carl Oster, recently
  /// asked Adm. Paul Vance`, then `he`, is Vance); a request's asker may go
  /// on speaking (`Mr. Band asked her to call ... he wrote`).
  @Test func anInterviewerIsNotWhoAnswers() {
    let text = """
      At the convention, Fox News host Sean Hannity asked Ted Rollins, who is fourth in the delegate count, to lay out his path.

      The candidate said he would win the nomination.

      Tapper asked Rollins about the polls. He said they were wrong.

      Mr. Band asked her to call the consul at once. "This is very important," he wrote.

      The chairman of the joint staff, Gen. Carl Oster, recently asked Adm. Paul Vance that question. Asked later, the admiral chuckled. "My voice is low," he said.
      """
    #expect(
      rendered(text) == [
        "Ted Rollins | person | said | he would win the nomination | -",
        "Ted Rollins | person | said | they were wrong | -",
        "Band | person | wrote | This is very important, | -",
        "Paul Vance | person | said | My voice is low, | -",
      ])
  }

  /// A justice is a judge: `the judge` after `Justice Maya Quinn` is her.
  @Test func aJusticeIsTheJudge() {
    let text = """
      State Supreme Court Justice Maya Quinn rejected the request on Thursday. The newspaper had asked for the file.

      The judge said the records would stay sealed.
      """
    #expect(rendered(text) == ["Maya Quinn | person | said | the records would stay sealed | -"])
  }

  /// A name that is a preposition's object in the reported words is whom they speak of, not
  /// who speaks (`a claim by Mr. Voss, he said` is the columnist); the reported clause's own
  /// subject may be the speaker (`Mr. Okafor was shocked ..., he said`).
  @Test func aNameTheWordsSpeakOfIsNotTheSpeaker() {
    let text = """
      Columnist Tom Pell has watched the race for months. Any attempt to correct a claim by Mr. Voss, he said, is wasted on his voters.

      Jon Okafor went to the rally. Mr. Okafor was shocked by the crowd, he said.
      """
    #expect(
      rendered(text).map { $0.components(separatedBy: " | ")[0] } == ["Tom Pell", "Jon Okafor"])
  }

  /// An age or a person's description after a name, or a noun for someone who does something
  /// before it, shows a name no list knows to be a person's.
  @Test func anAgeOrADescriptionShowsAPersonsName() {
    let text = """
      Carl Dorsey, the mayor, opened the fair on Saturday. Oyelaran Ekwueme, 13, of Riverton sold lemonade by the gate. "Business was good," he said.

      Carl Dorsey spoke again at noon. The Kenyan marathoner Kiprono Tanui finished first. "The hills were hard," he said.

      Carl Dorsey thanked the volunteers. Wendt Ozaki, a delegate from Fairview, wore a costume. "It was my daughter's idea," he said.

      Guadalupe Reyna drove in from Tucson for the rally. "I came to listen," he said.
      """
    #expect(
      rendered(text) == [
        "Oyelaran Ekwueme | person | said | Business was good, | -",
        "Kiprono Tanui | person | said | The hills were hard, | -",
        "Wendt Ozaki | person | said | It was my daughter's idea, | -",
        // A given name borne by either sex tells no gender.
        "Guadalupe Reyna | person | said | I came to listen, | -",
      ])
  }

  /// A relative after a person's description is the person's: `who` after `Alfonso Rivas, the
  /// executive director of the Harbor Partnership` is Rivas, not the partnership.
  @Test func aRelativeAfterADescriptionIsThePersons() {
    let text = """
      Support is slipping, said Alfonso Rivas, the executive director of the Harbor Partnership for Fair Wages, who also said that the two men would lose.
      """
    #expect(
      rendered(text) == [
        "Alfonso Rivas | person | said | Support is slipping | -",
        "Alfonso Rivas | person | said | the two men would lose | -",
      ])
  }

  /// Before `who`, any description after a name and its comma is the name's (`the Harbor Gazette
  /// editor`, `a retired welder and longtime union member`: no title's word ends them), the
  /// name written in full or as its surname, unless it names someone else (a list: `Tom Hale
  /// and a dock worker`).
  @Test func aRelativeAfterAnyDescriptionOfANameIsThePersons() {
    let text = """
      The harbor board met on Monday with Pia Lindqvist, the Harbor Gazette editor who said the board had ignored the cracks for a year.

      The next speaker was Tomas Varga, a retired welder and longtime union member who said the pier was never safe.

      Reporters questioned Ann Ruiz, Tom Hale and a dock worker who said the repairs were late.

      Later, Ms. Lindqvist, a longtime union member who said the cranes were never inspected, walked out early.
      """
    #expect(
      rendered(text) == [
        "Pia Lindqvist | person | said | the board had ignored the cracks for a year | -",
        "Tomas Varga | person | said | the pier was never safe | -",
        "a dock worker | anonymous | said | the repairs were late | -",
        "Pia Lindqvist | person | said | the cranes were never inspected | -",
      ])
  }

  /// A possessive ends a name: `WKRN's Tom Haley` is Tom Haley, whom `Haley` later names.
  @Test func aPossessiveEndsAName() {
    let text = """
      WKRN's Tom Haley asked about the budget on Tuesday. Haley said the answer surprised him.
      """
    #expect(rendered(text).last == "Tom Haley | person | said | the answer surprised him | -")
  }

  /// A sentence adverb before a surname is no given name: `Maybe Okafor` is nobody.
  @Test func aSentenceAdverbStartsNoName() {
    let text = """
      Maybe Okafor is the candidate the party fears most. Okafor said the polls were wrong.
      """
    #expect(rendered(text).last == "Okafor | person | said | the polls were wrong | -")
  }

  /// A spokesperson named after the title is the person who speaks (the title their role), as
  /// `NBC meteorologist Dana Cho` is Dana Cho; unnamed, the organisation speaks.
  @Test func aNamedSpokespersonIsThePerson() {
    let text = """
      "The pier will reopen in May," Harbor Board spokeswoman Lena Ortiz said on Friday.

      A Harbor Board spokesman said the ferries would run on Sundays.
      """
    let statements = Extractor.statements(in: Article(source: "test.txt", format: .plainText, text: text))
    #expect(
      statements.map(line) == [
        "Lena Ortiz | person | said | The pier will reopen in May, | -",
        "Harbor Board | organization | said | the ferries would run on Sundays | -",
      ])
    #expect(statements.first?.role == "Harbor Board spokeswoman")
  }

  /// A description made of a title (`the senator`) is the person the text gave that title,
  /// abbreviated (`Sen.`) or before a surname alone (`President Okafor`), when a reader would
  /// take them: never someone titled before another became the sentence's subject, nor from an
  /// indefinite description. A suffix is no surname (`Mr. Dunn` is `Walter K. Dunn Jr.`).
  @Test func aTitleDescriptionIsThePersonTitledSo() {
    let text = """
      Sen. Chris Marlow of Ohio spoke at length about the bill on Monday. The senator said the vote would be close.

      President Okafor is rolling out a new message this week. The president told voters he would campaign in every county.

      Sen. Ana Brill spoke on Monday about the port.

      Tom Reyes defends his record in a new ad: "We cut the deficit in half," the senator says.

      Later a Democratic senator said the talks had stalled.

      Vice President Walter K. Dunn Jr. visited the plant on Friday. The jobs would stay, Mr. Dunn said.
      """
    #expect(
      rendered(text) == [
        "Chris Marlow | person | said | the vote would be close | -",
        "Okafor | person | told | he would campaign in every county | -",
        "the senator | anonymous | says | We cut the deficit in half, | -",
        "a Democratic senator | anonymous | said | the talks had stalled | -",
        "Walter K. Dunn Jr | person | said | The jobs would stay | -",
      ])
  }

  /// A lower-case particle between capitals is the name's (`Bill de Marco`), and its title
  /// goes with the whole name.
  @Test func aParticleIsPartOfTheName() {
    let text = """
      Mayor Bill de Marco described the fire as an accident. "We see no sign of arson," the mayor said.
      """
    #expect(
      rendered(text) == [
        "Bill de Marco | person | described | the fire as an accident | -",
        "Bill de Marco | person | said | We see no sign of arson, | -",
      ])
  }

  /// A sentence's subject whose given name is unusual is still its subject when the text shows
  /// them a person (`X, a campaign consultant, ...`): a pronoun after it is theirs, not the
  /// person the sentence goes on to name.
  @Test func aSubjectShownAPersonIsThePronouns() {
    let text = """
      Dariel Okonkwo, a Republican campaign consultant, is a Dayton resident who voted for John Dunn in the primary. "If the debate had come first, the race would have been over," he said.
      """
    #expect(
      rendered(text).last
        == "Dariel Okonkwo | person | said | If the debate had come first, the race would have been over, | -")
  }

  /// A bare epithet (`the candidate`) names again the subject just met; one with more words, or
  /// far from any subject, stays as written.
  @Test func aBareEpithetIsTheSubjectJustMet() {
    let text = """
      Mara Quint filed her financial statement on Tuesday. The candidate said her net worth had doubled.

      The region's roads were flooded for a week. Officials counted the damage.

      The Republican candidate said the repairs would take a year.
      """
    #expect(
      rendered(text) == [
        "Mara Quint | person | said | her net worth had doubled | -",
        "The Republican candidate | anonymous | said | the repairs would take a year | -",
      ])
  }

  /// A name the phrase calls a newspaper, a broadcaster or a firm is an organisation's.
  @Test func aNameCalledANewspaperIsNoPerson() {
    #expect(
      rendered("The Lisbon newspaper Diario Sul reported that the port would close.")
        == ["Diario Sul | organization | reported | the port would close | -"])
    #expect(
      rendered("Last week the Harbor Clarion, a weekly newspaper, reported that the ferry would stop.")
        == ["Harbor Clarion | organization | reported | the ferry would stop | -"])
    // (A columnist for a newspaper is a person.)
    #expect(
      rendered("Marta Quill, a columnist for the newspaper Diario Sul, wrote that the port would close.")
        == ["Marta Quill | person | wrote | the port would close | -"])
  }

  /// One capitalised word after `the` is never a person of that name: a paper or a body, or,
  /// when the word is a place's people, someone described.
  @Test func oneCapitalisedWordAfterTheIsNoPersonsName() {
    #expect(
      rendered("The Kentuckian first reported the senator's decision on Sunday.")
        == ["Kentuckian | organization | reported | the senator's decision on Sunday | -"])
    #expect(
      rendered("“The plant will stay open,” the Texan said on Monday.")
        == ["the Texan | anonymous | said | The plant will stay open, | -"])
  }

  /// Reported speech that opens with another person, in the sentence after someone spoke, goes
  /// on with whom spoke, and so does the quotation the same `he said` carries; a section later,
  /// the person it opens with is who speaks of himself.
  @Test func aPronounGoesOnWithWhomSpokeNotWhomTheStatementOpensWith() {
    let text = """
      Governor Paul Reyes will seek a second term. Owen Pratt, a farmer near Salina, said he will not vote for Reyes because of the water plan. Also, Reyes isn't a farmer's friend, he said. "He never was!"

      Roads.

      Reyes has signed the highway bill and would sign a second one next year, he said.
      """
    #expect(
      rendered(text) == [
        "Owen Pratt | person | said | he will not vote for Reyes because of the water plan | -",
        "Owen Pratt | person | said | Also, Reyes isn't a farmer's friend | -",
        "Owen Pratt | person | said | He never was! | -",
        "Paul Reyes | person | said | Reyes has signed the highway bill and would sign a second one next year | -",
      ])
  }

  /// Outside a quotation `we` is the writer's voice: never the organisation or group that spoke
  /// before it.
  @Test func theWritersWeIsNoOrganisationNamedBefore() {
    let text = """
      The Harbor Authority said the dredging would end in May. But we now know that the dredging will cost twice as much.
      """
    #expect(
      rendered(text) == [
        "Harbor Authority | organization | said | the dredging would end in May | -",
        "we | group | know | the dredging will cost twice as much | -",
      ])
  }

  /// A title's word after a given name is a surname (`Howard Dean`, `Stephen King`).
  @Test func aTitlesWordAfterAGivenNameIsASurname() {
    let text = """
      Alma Bishop runs the clinic on Main Street. The clinic was full by noon, Ms. Bishop said.
      """
    #expect(rendered(text) == ["Alma Bishop | person | said | The clinic was full by noon | -"])
  }

  /// A number is no person: a share of people is a group.
  @Test func aNumberIsNoPerson() {
    let speakers = rendered("In the county's latest poll, 42% said the economy mattered most to them.")
    #expect(speakers == ["42% | group | said | the economy mattered most to them | -"])
  }

  /// An epithet with a party in it is the subject only when the text gave the subject that
  /// party; a gendered one only a subject of that gender.
  @Test func anEpithetsPartyAndGenderMustFitTheSubject() {
    let text = """
      Republican presidential candidate Ana Marsh spoke in Dayton on Monday. The GOP nominee said the plant would stay open.

      Ana Marsh returned to Ohio on Friday. The Democratic nominee said the vote would be close.

      Ana Marsh toured a second plant on Saturday. The businessman said the jobs were safe.
      """
    #expect(
      rendered(text) == [
        "Ana Marsh | person | said | the plant would stay open | -",
        "The Democratic nominee | anonymous | said | the vote would be close | -",
        "The businessman | anonymous | said | the jobs were safe | -",
      ])
  }

  /// An epithet with a party the text gave no one names again the subject who opened the
  /// sentence before (or spoke in it); not someone its own sentence names, nor a name the
  /// sentence before only mentions. An office alone (`the governor`) stays as written: the
  /// subject just met may hold it or may not, as `Wills ... the mayor insisted` shows.
  @Test func anEpithetNoOneBearsIsTheSubjectWhoOpenedTheSentenceBefore() {
    let text = """
      Lena Ostrova says the mill will reopen in March. The Democratic candidate said the loans were ready.

      Ravi Kettering took on Lena Ostrova on Sunday after the Republican front-runner had said the mill was lost.

      The vote came a week after Kettering toured Toledo, giving Ostrova nine of the county's delegates. The GOP front-runner complained that the count was rigged.

      Hal Brandt defended the budget on his radio show. "We balanced it twice," the governor said.

      Hal Brandt criticised the plan. The president said the plan would pass.
      """
    #expect(
      rendered(text) == [
        "Lena Ostrova | person | says | the mill will reopen in March | -",
        "Lena Ostrova | person | said | the loans were ready | -",
        "the Republican front-runner | anonymous | said | the mill was lost | -",
        "The GOP front-runner | anonymous | complained | the count was rigged | -",
        "the governor | anonymous | said | We balanced it twice, | -",
        "The president | anonymous | said | the plan would pass | -",
      ])
  }

  /// A trade or a fortune news names its subject by again (`the retired neurosurgeon`, `the
  /// casino tycoon`) is the subject just met, as `the candidate` is.
  @Test func aTradeEpithetIsTheSubjectJustMet() {
    let text = """
      Omar Feld met the council on Monday. "It was very productive," the casino tycoon told reporters.

      Ines Marrow spoke in Reno on Sunday. The retired neurosurgeon said the clinic would stay open.
      """
    #expect(
      rendered(text) == [
        "Omar Feld | person | told | It was very productive, | -",
        "Ines Marrow | person | said | the clinic would stay open | -",
      ])
  }

  /// A pronoun with a contracted verb (`I’d`, `They’ve`) is the pronoun, never a person of that
  /// name.
  @Test func aPronounWithAContractedVerbIsThePronoun() {
    let text = """
      The ferry board met on Monday.

      I’d add that the ferry never paid for itself.

      They’ve said the ferry would run on Sundays.
      """
    #expect(
      rendered(text) == [
        "I | person | add | the ferry never paid for itself | -",
        "They | group | said | the ferry would run on Sundays | -",
      ])
  }

  /// A surname no one in the text bears, one letter from the surname of one person it named in
  /// full before (changed, added, dropped, or two swapped), is that person misspelled; two such
  /// people, and it stays as written.
  @Test func aMisspelledSurnameIsThePersonNamedInFull() {
    let text = """
      "The pier is a disgrace," said Leona Kiedis, who runs the harbor council.

      Keidis said the board ignored the warnings.

      Ravi Marten and Ada Martin toured the dock on Monday. Marton said the cranes were idle.
      """
    #expect(
      rendered(text) == [
        "Leona Kiedis | person | said | The pier is a disgrace, | -",
        "Leona Kiedis | person | said | the board ignored the warnings | -",
        "Marton | person | said | the cranes were idle | -",
      ])
  }

  /// A surname of two words (`Van Dorn`, `De Souza`), no given name first, is the one person
  /// the article named in full with it before (in the headline, anywhere); two such people, and
  /// it stays as written.
  @Test func aSurnameOfTwoWordsIsThePersonNamedInFull() {
    let text = """
      Mayor Lena van Dorn opened the pier on Monday. Van Dorn said the ferry would run on Sundays.

      Ana de Souza and Rui de Souza own the boatyard. De Souza said the yard would close.
      """
    #expect(
      rendered(text) == [
        "Lena van Dorn | person | said | the ferry would run on Sundays | -",
        "De Souza | person | said | the yard would close | -",
      ])
    // (In the headline, before the text names anyone, the one person it names with it.)
    let headline = """
      Van Dorn says the ferry will run on Sundays.

      Mayor Lena van Dorn opened the pier on Monday.
      """
    #expect(rendered(headline) == ["Lena van Dorn | person | says | the ferry will run on Sundays | -"])
  }

  /// An honorific and a surname before a body (`Mr. Burman of the Tax Policy Center said`) are
  /// the person the text named in full with that surname, the body their affiliation; the whole
  /// phrase was an organisation.
  @Test func anHonorificAndASurnameOfABodyAreThePerson() {
    let text = """
      Lena Okafor, an economist, has studied the port for a decade.

      "The fares will have to rise," said Ms. Okafor of the Harbor Research Center.
      """
    #expect(rendered(text) == ["Lena Okafor | person | said | The fares will have to rise, | -"])
  }

  /// What `of` governs in a subject is a noun however often it is a verb: the subject of a
  /// participle's cue runs on past it (`The former secretary of state mocked`, `The notice of a
  /// certified letter` were cut before `state`, `certified`).
  @Test func ofGovernsANounInASubject() {
    let text = """
      The pier closed on Monday. The deputy secretary of state toured the docks, noting that the cranes were idle.
      """
    #expect(rendered(text) == ["The deputy secretary of state | anonymous | noting | the cranes were idle | -"])
  }

  /// A pronoun that stresses the speaker (`Ruiz herself said`) or a negated helper (`Ruiz hasn't
  /// said`) is no part of the phrase: the speaker is the name before it, and `itself` makes that
  /// name a body's, never a person's. A month that is no usual given name is no one (`her March
  /// comment` was a person `March`).
  @Test func aStressingPronounLeavesTheNameBeforeIt() {
    let text = """
      Mayor Ana Ruiz toured the pier on Monday. Ruiz herself said the repairs were late.

      Critics blamed Harborco for the delay. Harborco itself said the steel had not arrived.

      The board met on Friday. Ruiz hasn't said whether the ferry will run.

      The union is wary after her March comment that the pier should close.
      """
    #expect(
      rendered(text) == [
        "Ana Ruiz | person | said | the repairs were late | -",
        "Harborco | organization | said | the steel had not arrived | -",
        "Ana Ruiz | person | said | whether the ferry will run | -",
        "her March | anonymous | comment | the pier should close | -",
      ])
  }

  /// `it` after a document or a body described without a name that spoke just before is that
  /// same unnamed source; after a person described, or further on, it names no one.
  @Test func itIsTheDescribedThingThatSpokeJustBefore() {
    let text = """
      The dockworkers sent a letter to the harbor board on Monday.

      "The cranes have been idle for weeks," the letter said. It added that the ferries would stop.

      "We were never told," a harbor official said. It added that the pier was closed.
      """
    #expect(
      rendered(text) == [
        "the letter | anonymous | said | The cranes have been idle for weeks, | -",
        "the letter | anonymous | added | the ferries would stop | -",
        "a harbor official | anonymous | said | We were never told, | -",
        "- | vague | added | the pier was closed | -",
      ])
  }

  /// A double surname's first part (`Ms. Acosta` after `Melba Acosta Febo`) is the one person
  /// named in full with it inside the name; a usual given name there is a middle name, no
  /// surname (`Quincy`).
  @Test func theFirstOfADoubleSurnameIsThePersonNamedInFull() {
    let text = """
      "The port is broke," said Rosa Ibarra Molina, who chairs the harbor board.

      In an interview last week, Ms. Ibarra said the board had run out of cash. "We need help," she said.

      Ibarra added that the cranes were idle.

      Tom Quincy Hale toured the dock. Quincy said the ferry would stop.
      """
    #expect(
      rendered(text) == [
        "Rosa Ibarra Molina | person | said | The port is broke, | -",
        "Rosa Ibarra Molina | person | said | the board had run out of cash | -",
        "Rosa Ibarra Molina | person | said | We need help, | -",
        "Rosa Ibarra Molina | person | added | the cranes were idle | -",
        "Quincy | person | said | the ferry would stop | -",
      ])
  }

  /// A person's initials before the surname are part of the name (`J.M. Berger`, whom a later
  /// `Berger` and `he` are); a place's abbreviation is not (`U.S. Rep. Ana Marsh`).
  @Test func initialsBeforeASurnameArePartOfTheName() {
    let text = """
      "The site is slow to act," said T.R. Okafor, a fellow at the harbor institute.

      He added that the ferries were late. Okafor said the port should act.

      U.S. Rep. Ana Marsh said the pier would reopen.
      """
    #expect(
      rendered(text) == [
        "T.R. Okafor | person | said | The site is slow to act, | -",
        "T.R. Okafor | person | added | the ferries were late | -",
        "T.R. Okafor | person | said | the port should act | -",
        "Ana Marsh | person | said | the pier would reopen | -",
      ])
  }

  /// Aides, advisers, ambassadors and delegations to someone or somewhere speak unnamed, never
  /// as whom or where they serve (`Aides to Clinton say` was Clinton, `The U.S. ambassador to
  /// the United Nations said` the United Nations, `China's delegation to the forum` the forum).
  @Test func thoseSentToSomeoneAreNotWhomTheyServe() {
    let text = """
      Aides to Ravi Marten say the budget will pass.

      The Dutch ambassador to the United Nations said the vote was close.

      Chad’s Ambassador to France said the cadet was on the plane.

      The deputy head of the delegation to the forum said the patrols should stop.
      """
    #expect(
      rendered(text) == [
        "Aides to Ravi Marten | anonymous | say | the budget will pass | -",
        "The Dutch ambassador to the United Nations | anonymous | said | the vote was close | -",
        "Chad’s Ambassador to France | anonymous | said | the cadet was on the plane | -",
        "The deputy head of the delegation to the forum | anonymous | said | the patrols should stop | -",
      ])
  }

  /// A state after a place (`of Huntsville, Ala.,`, `in Dayton, Ohio,`, `of Washington, D.C.,`)
  /// ends the description of the name the sentence opened with, or, with no name, of the phrase
  /// before the place; the state was the speaker (`Huntsville`, `Ohio`, `D.C.`, an
  /// organisation). A weekday is no person.
  @Test func aPlacesStateEndsTheDescriptionAndSpeaksForNoOne() {
    let text = """
      Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is the ferry.

      Cory Lane, a welder from Flint, Mich., said the plant would close.

      Officials in Dayton, Ohio, said the bridge would reopen.

      Another delegate, Omar Reyes of Washington, D.C., explained that the vote was fair.

      The timeline of the storm Tuesday in Dayton, Ohio, shows that the warnings came late.
      """
    #expect(
      rendered(text) == [
        "Brianne Stone | person | says | her biggest concern is the ferry | -",
        "Cory Lane | person | said | the plant would close | -",
        "Officials | group | said | the bridge would reopen | -",
        "Omar Reyes | person | explained | the vote was fair | -",
        "The timeline of the storm Tuesday | anonymous | shows | the warnings came late | -",
      ])
  }

  /// A surname before a word for whom someone works for (`Marten consultant Ivo Belcher`)
  /// names no one a pronoun stands for: the person after it is the sentence's subject.
  @Test func aSurnameBeforeAConsultantIsWhomTheyWorkFor() {
    let text = """
      Ravi Marten spoke in Dayton on Monday. "This was the moment," he said.

      Marten consultant Ivo Belcher, a pollster, picked up the thread. "Voters are beginning to see it," he said.
      """
    #expect(
      rendered(text) == [
        "Ravi Marten | person | said | This was the moment, | -",
        "Ivo Belcher | person | said | Voters are beginning to see it, | -",
      ])
  }

  /// A party and a state after a name (`, R-NY,`) are no name, and a relative clause's verb
  /// (`who helped found EDGE`) is no reporting verb ending the opening name's description: each
  /// made the tag or the group the speaker.
  @Test func aPartyTagAndARelativeClauseLeaveTheOpeningName() {
    let text = """
      Rep. Dana Holt, R-NY, says the levy will pass.

      Ms. Arnold, who helped found EDGE, a justice group based in Dayton, said she did not condone violence.
      """
    #expect(
      rendered(text) == [
        "Dana Holt | person | says | the levy will pass | -",
        "Arnold | person | said | she did not condone violence | -",
      ])
  }

  /// A committee's or a commission's subject after `on` is part of its name (`The nonpartisan
  /// Commission on Presidential Debates said` was a person `Debates`), and `The commission` after
  /// it is that body.
  @Test func aCommissionsSubjectIsPartOfItsName() {
    let text = """
      The Senate Committee on Harbor Safety said the pier would close.

      The nonpartisan Commission on Ferry Service said the boats were late. The commission said the crews were short.
      """
    #expect(
      rendered(text) == [
        "Senate Committee on Harbor Safety | organization | said | the pier would close | -",
        "Commission on Ferry Service | organization | said | the boats were late | -",
        "Commission on Ferry Service | organization | said | the crews were short | -",
      ])
  }

  /// A pronoun with `'s` for `is` is the pronoun (`She's a Sanders supporter`).
  @Test func aPronounWithItsVerbIsThePronoun() {
    let text = """
      "It is about age," said Mattie Rowe, a retired cook. She's a Sanders supporter but concedes that most of her friends prefer Clinton.
      """
    #expect(rendered(text).last == "Mattie Rowe | person | concedes | most of her friends prefer Clinton | -")
  }

  /// Who asks is not whom a pronoun after the question stands for.
  @Test func whoAsksIsNotWhoAnswers() {
    let text = """
      Paul Dorn did not sound confident when Tom Reyes asked whether the plant would close. "I cannot promise anything about next year," he said.
      """
    #expect(rendered(text).last == "Paul Dorn | person | said | I cannot promise anything about next year, | -")
  }

  /// The pronoun `I` is no part of a name (`Suddenly I`), an initial `I.` is.
  @Test func thePronounIEndsAName() {
    #expect(
      rendered(#"Suddenly I realized the hearing was over. "We are done here," he said."#).last
        == "he | person | said | We are done here, | -")
    #expect(
      rendered("John I. Reyes chairs the board. The board will meet in May, he said.").last
        == "John I. Reyes | person | said | The board will meet in May | -")
  }

  /// A past tense no `-ed` gives away ends the subject before it: the speaker of `The Oregon
  /// senator sought ..., saying` is the senator (named before), not a phrase holding the verb.
  @Test func anIrregularPastEndsTheSubject() {
    let text = """
      Sen. Dana Whitfield lost the primary on Tuesday night. The Oregon senator sought to calm her donors, saying the party would need them in November.
      """
    #expect(rendered(text).last == "Dana Whitfield | person | saying | the party would need them in November | -")
  }

  /// Names after a pronoun in their sentence are whom its person speaks of: the pronoun after
  /// them goes on with that person (`Though he did not mention Mark Reyes ..., he made it clear`
  /// is Tom Alvarez), and a preposition opening a sentence starts no name (`Outside Harlan's
  /// plant` names no `Outside Harlan`).
  @Test func namesAfterAPronounAreWhomItsPersonSpeaksOf() {
    let text = """
      Tom Alvarez, who won Ohio and his home state of Iowa, is calling for two of his rivals to quit.

      Though he did not mention Mark Reyes or John Kessler by name, he made it clear that he felt they should quit so voters could unite behind him as the alternative to Tran.

      He declared that a divided field would hand Tran the nomination.
      """
    #expect(rendered(text).map { $0.prefix { $0 != "|" } } == ["Tom Alvarez ", "Tom Alvarez "])
    let plant = """
      Outside Harlan's plant in the suburb, a worker named Luis Ortega has nothing but praise for his job.

      Harlan has said it will return public money where it missed its targets.
      """
    #expect(rendered(plant).first?.hasPrefix("Harlan |") == true)
  }

  /// `The Vermont Republican` names again the subject of the sentence before, whom the text
  /// gave no other party; not someone the same sentence only mentions.
  @Test func aPartyAfterAPlaceNamesTheSubjectAgain() {
    let text = """
      House Speaker Dana Whitcomb says no vote on the budget will come before March. The Vermont Republican says in a statement that the schools come first.

      Senator Rob Ferris wrote to the Justice Department on Monday. In the letter - addressed to the state attorney, Carl Ennis - the Utah Republican asks for an inquiry into the deleted files.
      """
    #expect(
      rendered(text).map { $0.prefix { $0 != "|" } } == [
        "Dana Whitcomb ", "Dana Whitcomb ", "the Utah Republican ",
      ])
  }

  /// An initial's full stop is inside the subject's name, not its end.
  @Test func anInitialStaysInTheSubjectsName() {
    #expect(
      rendered(
        "Laura K. Benton, president of the research institute, tied the scores to graduation rates, saying the gains were real."
      ) == ["Laura K. Benton | person | saying | the gains were real | -"])
  }

  /// `The Florida senator` names again the subject of the sentence before; not a name that
  /// sentence only goes on to mention (`hours after Dale Moss posted`).
  @Test func anOfficeAfterAPlaceNamesTheSubjectAgain() {
    let text = """
      Mark Dorsey spoke over boos from the audience as he congratulated the primary winner, Dale Moss. Dorsey offered the crowd a long account of the campaign on Tuesday as he ended his bid.

      The Florida senator sought to calm his supporters, saying the protesters would not be hurt at his rally.

      Gov. Ellen Park says too much is made of the senator's posts. The vice presidential nominee was speaking Friday in Fort Wayne, hours after Dale Moss posted a flurry of messages. The Indiana governor said the media were to blame.
      """
    #expect(
      rendered(text).map { $0.prefix { $0 != "|" } } == ["Mark Dorsey ", "Ellen Park ", "The Indiana governor "])
  }

  /// A title before a full name after an outlet's words is the person's role (`CNN President
  /// Jeff Zucker` is Jeff Zucker), and a title-case headline's verb ends the subject whose the
  /// quotation after its colon is (`Warren Hammers Wells Fargo CEO: "..."` is Warren's).
  @Test func anOutletsTitledPersonAndAHeadlinesSubjectSpeak() {
    #expect(
      rendered(#"KTVA News Director Hannah Brooks said, "We do not pay guests to appear on our shows.""#)
        == ["Hannah Brooks | person | said | We do not pay guests to appear on our shows. | -"])
    #expect(
      rendered("Mayor Dana Reyes Hammers Harbor Board Chair: “You should resign today.”").first?.hasPrefix(
        "Dana Reyes |") == true)
    // So does the preposition naming whom the quotation is about: no `Reyes On Harbor Board`.
    #expect(
      rendered("Mayor Dana Reyes On Harbor Board: “We Will Not Pay For The Pier Twice.”").first?.hasPrefix(
        "Dana Reyes |") == true)
  }

  /// `NOUN in PLACE, APPOSITIVE, said`: the place says where; the phrase before `in` speaks, as
  /// it does without the appositive. A description after a name keeps the name.
  @Test func thePhraseBeforeInSpeaksPastAnAppositive() {
    #expect(
      rendered("Several neighbours in Marlow Heights, most of them retirees, said the ferry timetable was a mess.")
        .first?.hasPrefix("Several neighbours | group |") == true)
    #expect(
      rendered("Rosa Delgado, 71, a retired nurse in Ashford, Ohio, said the clinic closed too early.").first?
        .hasPrefix("Rosa Delgado | person |") == true)
  }

  /// A pronoun no one of its gender was found for stands for no one: not the last person who
  /// spoke when she is a woman (`Ann`, or a `she` before), and not an earlier pronoun left as
  /// written.
  @Test func aPronounTakesNoOneOfTheOtherGender() {
    #expect(
      rendered("Mayor Ann Ruiz spoke first.\n\nShe said the pier would close.\n\nHe said the ferry was late.")
        .map { $0.prefix { $0 != "|" } } == ["Ann Ruiz ", "He "])
    #expect(
      rendered("She said the pier would close.\n\nHe said the ferry was late.").map { $0.prefix { $0 != "|" } }
        == ["She ", "He "])
  }

  /// `that` before a time is the time's (`that night`, `that same day`), not the content's start.
  @Test func thatBeforeATimeIsNoContent() {
    #expect(
      rendered("Officer Dana Price said that night that the pier would close.")
        == ["Dana Price | person | said | the pier would close | -"])
    #expect(
      rendered("The board answered with the lawsuit Dana Price announced that same day, as noted above.").isEmpty)
    #expect(
      rendered("The Harbor Gazette reported that morning Price resigns over pier contract.")
        == ["Harbor Gazette | organization | reported | Price resigns over pier contract | Harbor Gazette"])
  }

  /// `Press` closing a name is the name's (`the Marlow Free Press`), not a press office's
  /// voice; and a lone determiner before `spokesman` names no organisation.
  @Test func aPaperNamedPressAndAnUnnamedSpokesman() {
    #expect(
      rendered("The mayor will not attend, according to the Marlow Free Press.")
        == ["Marlow Free Press | organization | according to | The mayor will not attend | -"])
    #expect(
      rendered("The spokesman refused to answer questions but said there was no meeting planned.")
        == ["The spokesman | anonymous | said | there was no meeting planned | -"])
  }

  /// `the spokeswoman` is the spokesperson the article placed before; `the statement` is not.
  @Test func theSpokeswomanIsTheOnePlacedBefore() {
    let text = """
      Harbor Board spokeswoman Lena Ortiz said the north pier would reopen on Friday.

      The ferry operator published its own timetable. "We are ready for the crowds," the spokeswoman said.

      "Every crossing is booked," the statement added.
      """
    #expect(
      rendered(text).map { $0.prefix { $0 != "|" } } == ["Lena Ortiz ", "Lena Ortiz ", "the statement "])
  }

  /// An unnamed `the woman` who just spoke is whom the next `she` stands for, not a woman named
  /// paragraphs before; and `quoted by name` names no source.
  @Test func theUnnamedWomanWhoSpokeIsShe() {
    let text = """
      "The pier is our pride," said Rosa Delgado, 39, a cook at the Harbor Diner.

      At a bakery near the ferry, a cashier was shaken by the news. "Nobody told us anything," said the woman, \
      who did not want to be quoted by name. "We found out from customers," she said.
      """
    #expect(
      rendered(text).map { $0.prefix { $0 != "|" } } == ["Rosa Delgado ", "the woman ", "the woman "])
  }

  /// `former Gov. NAME of PLACE` is the person, as `Gov. NAME of PLACE` is.
  @Test func aFormerGovernorOfAPlaceIsThePerson() {
    #expect(
      rendered(#""The pier must reopen," former Gov. Dana Price of Ohio said on Tuesday."#).first?.hasPrefix(
        "Dana Price | person |") == true)
  }

  /// A name under way in a sentence's subject runs to its end, past the six words a subject
  /// phrase is otherwise held to.
  @Test func aLongOrganisationNameInTheSubjectRunsToItsEnd() {
    #expect(
      rendered("A spokesman for Mayor Dana R. Price of Marlow defended the route and said the pier would close.")
        .first?.hasPrefix("Dana R. Price | person |") == true)
    #expect(
      rendered(
        #"A spokeswoman for the Marlow Harbor Pilots Committee emailed reporters, arguing, "The rule says nothing of the kind.""#
      )
      .first?.hasPrefix("Marlow Harbor Pilots Committee | organization |") == true)
  }

  /// An epithet in lower case between capitals (`Democratic candidate Dana Price`) goes on to the
  /// name in a sentence's subject.
  @Test func anEpithetBetweenCapitalsGoesOnToTheName() {
    #expect(
      rendered(
        #"In line with most voters, Republican Senate hopeful Sen. Dana Price was also critical, telling reporters: "The pier plan is a mess.""#
      ).first?.hasPrefix("Dana Price | person |") == true)
  }

  /// A place that speaks is its government, an organisation, and never whom a later `he` stands
  /// for.
  @Test func aPlaceThatSpeaksIsNoPersonForALaterHe() {
    let text = """
      The latest test, North Korea said, was its biggest yet.

      "We will never accept it," he said.
      """
    #expect(rendered(text).map { $0.prefix { $0 != "|" } } == ["North Korea ", "he "])
    #expect(rendered(text).first?.contains("| organization |") == true)
  }

  @Test func namesOfPlacesAreToldByTheirLastWord() {
    #expect(SpeakerResolver.Names.namesAPlace("Harmon Regional Airport"))
    #expect(SpeakerResolver.Names.namesAPlace("North Korea"))
    #expect(SpeakerResolver.Names.namesAPlace("New Hampshire"))
    #expect(SpeakerResolver.Names.namesAPlace("Okafor Ohio"))
    #expect(SpeakerResolver.Names.namesAPlace("Caesars Palace"))
    #expect(SpeakerResolver.Names.namesAPlace("Harbor View Ballroom"))
    #expect(!SpeakerResolver.Names.namesAPlace("Steven Washington"))
    #expect(!SpeakerResolver.Names.namesAPlace("Rosa Delgado"))
    #expect(!SpeakerResolver.Names.namesAPlace("Airport"))
    // Platforms and teams' or bands' names are no one a pronoun stands for.
    #expect(SpeakerResolver.Names.namesAThing("Facebook"))
    #expect(SpeakerResolver.Names.namesAThing("Dunmore Blue Herons"))
    #expect(!SpeakerResolver.Names.namesAThing("Jorge Antonio Villasenor Llamas"))
    #expect(!SpeakerResolver.Names.namesAThing("Carla W. Reeves"))
    #expect(!SpeakerResolver.Names.namesAThing("Anne Marie Collins"))
  }

  /// `The company`, `the group` name again the body named nearest before, of the noun's kind
  /// (`... Services`, `... Foundation`), or one a description calls a company; the body that
  /// spoke last only when no other name came between, else no body the ledger could name. It
  /// was the one that spoke last, whatever came between: a wrong origin for a statement of
  /// another body; and with none, an organisation `company` every article's companies shared.
  @Test func theCompanyIsTheBodyNamedNearestNotTheLastThatSpoke() {
    let text = """
      Ferry fares will rise in May, the Coastline Ferry Company said on Monday.

      Ada Morrow worked as a dispatcher at Brightwater Freight Services in Oslo for a decade. The company confirmed she had retired in March.

      The Dockworkers Relief Fund issued a statement on the strike. "We stand with the crews," the group said.

      Pellmark, the parent company of Harbor Grid, posted a loss. The company said its orders had fallen by half.

      The Harbor Board said the pier would close. Northgate Logistics later repeated the closure date. "We were never told," the company said.
      """
    #expect(
      rendered(text) == [
        "Coastline Ferry Company | organization | said | Ferry fares will rise in May | -",
        "Brightwater Freight Services | organization | confirmed | she had retired in March | -",
        "Dockworkers Relief Fund | organization | said | We stand with the crews, | -",
        "Pellmark | organization | said | its orders had fallen by half | -",
        "Harbor Board | organization | said | the pier would close | -",
        "the company | anonymous | said | We were never told, | -",
      ])
  }

  /// A person's surname is the person the sentence before was about when that person has it,
  /// though the article introduced another of that surname first (a live blog's `Gary Johnson`
  /// hours before `Jeh Johnson`); one word opening a sentence that the text also writes in
  /// lower case is a common noun, no person (`Video shows`); a one-word place after the comma
  /// of a relative clause's description is where the speaker lives (`the state capital,
  /// Sacramento`), and `state` after `the` is a noun, no reporting verb that ends the
  /// description. Each gave the statement to another entity: `Gary Johnson`, a person `Video`,
  /// an organisation `Sacramento`.
  @Test func theSurnameJustMetACommonNounAndAPlaceInADescription() {
    let text = """
      Libertarian candidate Gary Johnson says he will stay in the race until November.

      Transport Secretary Ruth Johnson says the ferries will run again on Friday. Johnson tells the Harbor Gazette that the inspections are finished.

      The harbor police released video of the crash on Monday. Video shows that the ferry left the pier before the signal.

      Marco Lindqvist, who runs a bakery outside of the state capital, Tallinn, said the ferry strike cost him a week of sales.
      """
    #expect(
      rendered(text) == [
        "Gary Johnson | person | says | he will stay in the race until November | -",
        "Ruth Johnson | person | says | the ferries will run again on Friday | -",
        "Ruth Johnson | person | tells | the inspections are finished | Harbor Gazette",
        "Video | anonymous | shows | the ferry left the pier before the signal | -",
        "Marco Lindqvist | person | said | the ferry strike cost him a week of sales | -",
      ])
  }

  /// A name in a quotation's aside, between its quoted pieces, is whom the quotation speaks
  /// of, not who speaks it: the pronoun after it goes on with the pollster who spoke before.
  /// (It was the mayor the aside names.)
  @Test func aNameInAQuotationsAsideIsSpokenOf() {
    let text = """
      Former Mayor Karl Fenwick may run for governor. He has covered all the political bases.

      Fenwick's pollster, Douglas Whitcomb, says his man has the money and the time. "I don't think the conventional wisdom" -- that Fenwick is perceived as a spendthrift -- "is going to last," he says.
      """
    #expect(
      rendered(text).last?.hasPrefix("Douglas Whitcomb | person | says | \"I don't think the conventional wisdom\"")
        == true)
  }

  /// A description the text names at once in an appositive (`One of the men, Tomas Ruiz, 70,
  /// had served ... and said`, `her personal lawyer, David E. Kane, wrote`) is that person; it
  /// was left unnamed. Not a name the content opens with (`According to a former harbor
  /// official, Lena Marsh ... sent`).
  @Test func aDescriptionNamedInAnAppositiveIsThePerson() {
    let text = """
      At my first stop, a pair of men were leaning on a gatepost.

      One of the men, Tomas Ruiz, 70, had served in the navy, and said he was convinced that the ferry strike would end soon.

      In opposing the request, her personal lawyer, David E. Kane, wrote in a court filing that the request was futile.

      According to a former harbor official, Lena Marsh, a board member, sent the memo weeks before the vote.
      """
    #expect(
      rendered(text) == [
        "Tomas Ruiz | person | said | he was convinced that the ferry strike would end soon | -",
        "David E. Kane | person | wrote | the request was futile | -",
        "a former harbor official | anonymous | According to | Lena Marsh, a board member, sent the memo weeks before the vote | -",
      ])
  }

  /// A name after a preposition inside a description (`an official at the Harbor Housing
  /// Authority in Oslo, which ...,`, `facing a spirited challenge in Iowa, a swing state,`) is
  /// where the person the sentence opened with works or runs: each was the speaker, an
  /// organisation `Harbor Housing Authority` and `Iowa`.
  @Test func aNameAfterAPrepositionInADescriptionIsNoSpeaker() {
    let text = """
      Ada Morrow, an official at the Harbor Housing Authority in Oslo, which has a backlog of 500 homes to repair, said the rule would force her to cut one crew.

      Sen. Tom Lakin, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome the ferry plan.
      """
    #expect(
      rendered(text) == [
        "Ada Morrow | person | said | the rule would force her to cut one crew | -",
        "Tom Lakin | person | said | he would welcome the ferry plan | -",
      ])
  }

  /// A party's member after a place names again the subject just met, whatever words the place
  /// has (`Carolina` is a given name too); a party's word opening a body's name is the body's; a
  /// part of a group is a group. Each was a person: `Republican`, `Convention`, `Americans`.
  @Test func aPartyWordIsNoPerson() {
    let text = """
      Democratic state Sen. Ana Ruiz spoke at the rally on Friday. The Ohio Democrat said the plant would stay open.

      "We will not stop," said Tom Lakin.

      The South Carolina Republican argued that the plant would close.

      The Republican National Convention said the debate would move to June.

      A majority of Americans say the plant should stay open.
      """
    #expect(
      rendered(text) == [
        "Ana Ruiz | person | said | the plant would stay open | -",
        "Tom Lakin | person | said | We will not stop, | -",
        "Tom Lakin | person | argued | the plant would close | -",
        "Republican National Convention | organization | said | the debate would move to June | -",
        "A majority of Americans | group | say | the plant should stay open | -",
      ])
  }

  /// `they` stands for the plural a verb just had as its subject, or whoever spoke in this
  /// sentence or the one before; never a body that spoke paragraphs back, nor the object of a
  /// preposition alone (`Members within both unions` are the members, the unions only
  /// describe them), and a name in the plural after `the` before a plural verb is one (`the
  /// Harbor Skaters have found`). It was the last group or organisation to speak, however far
  /// back; then no one for the members and the skaters.
  @Test func theyIsThePluralSubjectJustMetNotTheLastToSpeak() {
    let text = """
      The Harbor Board said the pier would close in May.

      The ferry timetable changed again on Monday. Commuters were angry.

      The national dock unions are aware of the delays. But they maintain that the pier must stay open.

      Members within both unions criticized the board. They said the vote was rushed.

      Whatever brought them to the pier, the Skaters have found a home there. Riding alone at night, they said, can be hazardous.
      """
    #expect(
      rendered(text) == [
        "Harbor Board | organization | said | the pier would close in May | -",
        "national dock unions | group | maintain | the pier must stay open | -",
        "Members within both unions | group | said | the vote was rushed | -",
        "Skaters | group | said | Riding alone at night can be hazardous | -",
      ])
  }

  /// A surname an office goes with (`President Okafor`) is a person a pronoun may stand for,
  /// where the text gives no full name; `the General Assembly` is no person `Assembly`. The
  /// pronoun was no one.
  @Test func aTitledSurnameIsAPersonForAPronoun() {
    let text = """
      In a statement, President Okafor condemned the test as "reckless." He said the allies would seek new sanctions.

      The General Assembly met on Monday. "We will not be intimidated," he said.
      """
    #expect(
      rendered(text) == [
        "Okafor | person | said | the allies would seek new sanctions | -",
        "Okafor | person | said | We will not be intimidated, | -",
      ])
  }

  /// A role in lower case before `Name of Place` leaves the person, not the place: `voter Ann
  /// Lee of Derry` was an organisation `Derry`.
  @Test func aRoleBeforeANameOfAPlaceIsThePerson() {
    let text = """
      "I don't know where he stands on the pier," said undecided voter Ann Lee of Derry, before the meeting.
      """
    #expect(rendered(text) == ["Ann Lee | person | said | I don't know where he stands on the pier, | -"])
  }

  /// A titled name ending in a word bodies use is a person's (`Senator Tom Whitehouse`), so is a
  /// name not on the given-name list before `of` and a body (`Oyelaran Adebayo of the Harbor
  /// Policy Group`), and a name inside a relative clause is not the speaker (`Lena Ortiz, who
  /// was a member of the Dock Alliance, a group of captains, said`). Each was an organisation
  /// or an unnamed member.
  @Test func aPersonNamedBesideABodyIsThePerson() {
    let text = """
      The levy is worth a look, Senator Tom Whitehouse said on Monday.

      "The pier will not reopen this year," said Oyelaran Adebayo of the Harbor Policy Group.

      Lena Ortiz, who at the time was a member of the Dock Alliance, a group of ferry captains, said that the crews were ready.

      Senator Ruth Abara, who heads the Harbor Committee, which oversees the port, said the levy would pass.
      """
    #expect(
      rendered(text) == [
        "Tom Whitehouse | person | said | The levy is worth a look | -",
        "Oyelaran Adebayo | person | said | The pier will not reopen this year, | -",
        "Lena Ortiz | person | said | the crews were ready | -",
        "Ruth Abara | person | said | the levy would pass | -",
      ])
  }

  /// Someone described by whom they write for, or by an office `of` a place, is an unnamed
  /// person, not the body their description names: each was an organisation (`columnist for the
  /// tech news site Pellmark`, `former secretary of state`), an origin of its own.
  @Test func aDescribedPersonIsNoOrganisation() {
    let text = """
      A columnist for the tech news site Pellmark said he was ashamed of the vote.

      The former secretary of state has long maintained that the pier was safe.

      A graduate of Harbor Law School said the ruling was wrong.
      """
    #expect(
      rendered(text) == [
        "A columnist for the tech news site Pellmark | anonymous | said | he was ashamed of the vote | -",
        "The former secretary of state | anonymous | maintained | the pier was safe | -",
        "A graduate of Harbor Law School | anonymous | said | the ruling was wrong | -",
      ])
  }

  /// `it` stands for an organisation only when one spoke in its sentence or the one before: it
  /// is as often the report or the letter just named. It was the last organisation to speak,
  /// however far back (a false origin).
  @Test func itIsOnlyAnOrganisationThatJustSpoke() {
    let text = """
      The Harbor Board said the pier would close in May.

      The ferry timetable changed again on Monday. Commuters were angry. The audit covered two years of repairs. It said the supports had been inspected only once.

      The Dock Alliance said the crews were ready. It added that the strike was over.
      """
    #expect(
      rendered(text) == [
        "Harbor Board | organization | said | the pier would close in May | -",
        "- | vague | said | the supports had been inspected only once | -",
        "Dock Alliance | organization | said | the crews were ready | -",
        "Dock Alliance | organization | added | the strike was over | -",
      ])
  }

  /// A role that tells a gender tells it over the given name's usual one (`widow Terry Ruiz`: a
  /// `she` after her went to a man named before); `spokesman` does not (news writes it of women).
  @Test func aRoleTellsAGender() {
    let text = """
      President Okafor spoke first. "We are wrong about the pier," said harbor widow Terry Ruiz.

      She continued, "All we ask is to be heard by the board."

      "They are not affiliated with the campaign," said campaign spokesman Dana Hale. She added that the board was grateful.
      """
    #expect(
      rendered(text) == [
        "Terry Ruiz | person | said | We are wrong about the pier, | -",
        "Terry Ruiz | person | continued | All we ask is to be heard by the board. | -",
        "Dana Hale | person | said | They are not affiliated with the campaign, | -",
        "Dana Hale | person | added | the board was grateful | -",
      ])
  }

  /// A count, data or results speak for whoever made them or had them made (`exit polls
  /// conducted for the Harbor Institute`): each was an organisation named by the whole phrase,
  /// one more origin for every way a story words it.
  @Test func countsDataAndResultsSpeakForTheirMaker() {
    let text = """
      Ruiz leads by 40 delegates, according to a count by the Harbor Institute.

      Most voters want the pier open, according to early results of exit polls conducted for the Harbor Institute.

      Fares rose by a third last year, according to data from the Harbor Board.
      """
    #expect(
      rendered(text) == [
        "Harbor Institute | organization | according to | Ruiz leads by 40 delegates | -",
        "Harbor Institute | organization | according to | Most voters want the pier open | -",
        "Harbor Board | organization | according to | Fares rose by a third last year | -",
      ])
  }

  /// A document whose maker is named before it with a year or words in lower case (`a 2015
  /// Harbor Institute survey`, `the latest Coastline Polling poll`) speaks for its maker, and
  /// `The study` after it for the same one; each was left unnamed. `states` after a preposition
  /// and a word is a noun (`moves to western states this week that ...` made a person
  /// `Western`). A pronoun with no name shown to be a person's before it takes the subject of
  /// the nearest sentence, not the last capitals in it (`Hispanic Patriots`).
  @Test func aDocumentsMakerBeforeItAPluralStatesAndTheSentencesSubject() {
    let text = """
      Ferry use fell by a third, according to a 2015 Harbor Institute survey. The study found that most riders drive instead.

      Ruiz leads by six points, according to the latest Coastline Polling poll.

      The race now moves to Western states this week that Ruiz is counting on.

      Dahlys Ortega is listed as the chairman of Harbor Patriots for Ruiz. Recently she announced that she would run for the board.
      """
    #expect(
      rendered(text) == [
        "Harbor Institute | organization | according to | Ferry use fell by a third | -",
        "Harbor Institute | organization | found | most riders drive instead | -",
        "Coastline Polling | organization | according to | Ruiz leads by six points | -",
        "Dahlys Ortega | person | announced | she would run for the board | -",
      ])
  }

  /// A document named by its maker and a word for its making (`A new Coastline Polling poll
  /// released Friday found`) or for the poll's kind (`the Harbor Pulse polling average`) speaks
  /// for its maker; each was left unnamed.
  @Test func aDocumentWithAWordForItsMakingOrKindSpeaksForItsMaker() {
    #expect(
      rendered("A new Coastline Polling poll released Friday found that 62 percent of riders want a later ferry.")
        == ["Coastline Polling | organization | found | 62 percent of riders want a later ferry | -"])
    #expect(
      rendered("Ruiz leads by six points, according to the Harbor Pulse polling average.")
        == ["Harbor Pulse | organization | according to | Ruiz leads by six points | -"])
  }
}
