import Attribution
import Testing

@testable import Corroboration

/// What the registry counts as whom, pinned with the shapes real pages give.
@Suite struct SourceNamesTests {
  func normalized(_ name: String, _ kind: SpeakerKind = .person, text: Set<String> = []) -> String {
    let (speaker, kind) = SourceNames.normalized(name, kind: kind, lowerCaseWords: text)
    return "\(speaker ?? "nil") [\(kind.rawValue)]"
  }

  @Test func nonNamesGetTheirKind() {
    #expect(normalized("12PMTrump") == "Trump [person]")
    #expect(normalized("42%") == "42% [anonymous]")
    #expect(normalized("It") == "nil [vague]")
    // A pronoun is no source of any kind: `they say` with no group before it names nobody.
    #expect(normalized("they", .group) == "nil [vague]")
    #expect(normalized("we", .group) == "nil [vague]")
    #expect(normalized("someone", .anonymous) == "nil [vague]")
    #expect(normalized("it", .organization) == "nil [vague]")
    #expect(normalized("China") == "China [organization]")
    #expect(normalized("Twitter") == "Twitter [organization]")
    #expect(normalized("Polls") == "Polls [group]")
    #expect(normalized("Republicans") == "Republicans [group]")
    #expect(normalized("FOIA") == "FOIA [organization]")
    #expect(normalized("Development", text: ["development"]) == "Development [anonymous]")
    #expect(normalized("Sanders") == "Sanders [person]")
    #expect(normalized("RealClearPolitics") == "RealClearPolitics [organization]")
    #expect(normalized("McConnell") == "McConnell [person]")
    #expect(normalized("R-Utah") == "R-Utah [anonymous]")
    // A thing's last word after a word is a thing's name; after a given name, a surname.
    #expect(normalized("Harbor Day") == "Harbor Day [anonymous]")
    #expect(normalized("Petra Day") == "Petra Day [person]")
    #expect(normalized("Owen Law") == "Owen Law [person]")
    #expect(normalized("Kelly File") == "Kelly File [anonymous]")
  }

  @Test func descriptionsAndHeadlinesAreReducedToTheName() {
    #expect(normalized("Entrusting Donald Trump") == "Donald Trump [person]")
    #expect(normalized("NBC meteorologist Dana Cho") == "Dana Cho [person]")
    #expect(normalized("Actress Rosario Dawson") == "Rosario Dawson [person]")
    #expect(normalized("Business Insider senior editor Josh Barro") == "Josh Barro [person]")
    #expect(normalized("Charles de Gaulle") == "Charles de Gaulle [person]")
    #expect(normalized("CNN President On Trump") == "CNN President [anonymous]")
    // A function word after a given name alone is a surname (`From` the word, `Al From` a man).
    #expect(normalized("Al From") == "Al From [person]")
    #expect(normalized("KTVU2 Lena Marsh") == "Lena Marsh [person]")
    #expect(normalized("New Mexico Ola Brandt") == "Ola Brandt [person]")
    #expect(normalized("Public Advocate Tessa Wren") == "Tessa Wren [person]")
    // A headline or a phrase taken for a name: its words stand in the article in lower case.
    #expect(
      normalized("Mayor Unveils Harbor Plan", text: ["unveils", "harbor", "plan", "the"])
        == "Unveils Harbor Plan [anonymous]")
    #expect(normalized("Harbor Pilot Association", .person) == "Harbor Pilot Association [organization]")
    #expect(normalized("Marquette Law Poll") == "Marquette Law Poll [organization]")
    #expect(normalized("Harbor TV-friendly") == "Harbor TV-friendly [anonymous]")
    #expect(normalized("Ohio-based Lena Marsh") == "Lena Marsh [person]")
    #expect(normalized("Co-moderator Dana Cho") == "Dana Cho [person]")
    #expect(normalized("Ban Ki-moon") == "Ban Ki-moon [person]")
    #expect(normalized("Alexandria Ocasio-Cortez") == "Alexandria Ocasio-Cortez [person]")
    #expect(normalized("Bashar al-Assad") == "Bashar al-Assad [person]")
    // A three-word name keeps its words, though one of them is a common word too.
    #expect(normalized("Mary Ann Long", text: ["long", "ann"]) == "Mary Ann Long [person]")
    #expect(
      normalized("Commerce Department figures compiled by Reuters", .organization)
        == "Commerce Department [organization]")
    #expect(normalized("a Fitch Ratings forecast", .organization) == "Fitch Ratings [organization]")
    #expect(normalized("Contractor Westline Steel", .organization) == "Westline Steel [organization]")
    // A description whose maker follows `by`, `for`, `from`: the maker.
    #expect(normalized("count by The Harbor Wire", .organization) == "Harbor Wire [organization]")
    #expect(
      normalized("early results of the exit poll conducted by Ridgeway Research for the Harbor Wire", .organization)
        == "Ridgeway Research [organization]")
    #expect(normalized("tally by the University of Marlow", .organization) == "University of Marlow [organization]")
    // A headline's verb ends the name; an initial before a given name is the name's own.
    #expect(normalized("Nora Quint Tells Harbor Council") == "Nora Quint [person]")
    #expect(normalized("R. Alden Moore") == "R. Alden Moore [person]")
    // People in an irregular plural are a group (`Concerned Women`, `Harbor Men`).
    #expect(normalized("Concerned Harbor Women") == "Concerned Harbor Women [group]")
    // Three words or more ending in a plural, no given name or initial: a band's or a team's.
    #expect(normalized("Quiet Copper Lanterns") == "Quiet Copper Lanterns [group]")
    #expect(normalized("North-Harbor Vale") == "North-Harbor Vale [organization]")
    #expect(normalized("Marisol Vega Rodgers") == "Marisol Vega Rodgers [person]")
  }

  /// A sentence's capitalised opening word, a place after a word, and the nouns of things and
  /// institutions are no part of a person's name.
  @Test func openingWordsPlacesAndInstitutionsAreNoPeople() {
    #expect(normalized("Meanwhile Tessa Wren") == "Tessa Wren [person]")
    #expect(normalized("If Okafor") == "Okafor [person]")
    #expect(normalized("Staff Lena Marsh") == "Lena Marsh [person]")
    #expect(normalized("Team Okafor") == "Team Okafor [group]")
    #expect(normalized("Suddenly I") == "nil [vague]")
    #expect(normalized("Last September") == "September [anonymous]")
    // A place after a word: a place, or a headline's words; after a given name, a surname.
    #expect(normalized("Port Washington") == "Port Washington [organization]")
    #expect(normalized("Okafor Iowa") == "Okafor Iowa [anonymous]")
    #expect(normalized("South Florida") == "South Florida [organization]")
    #expect(normalized("Steven Washington") == "Steven Washington [person]")
    // Things and institutions named in title case.
    #expect(normalized("Harbor Toll War") == "Harbor Toll War [anonymous]")
    #expect(normalized("Okafor Speech") == "Okafor Speech [anonymous]")
    #expect(normalized("Coastal Policy Research") == "Coastal Policy Research [organization]")
    #expect(normalized("Ferry Workers United") == "Ferry Workers United [organization]")
    #expect(normalized("Harbor Rights Watch") == "Harbor Rights Watch [organization]")
    #expect(normalized("Harbor Response Staff") == "Harbor Response Staff [organization]")
    // A people's adjective after a word is a group, after a given name a surname.
    #expect(normalized("Central European") == "Central European [group]")
    #expect(normalized("David French") == "David French [person]")
    #expect(normalized("Prime Minister Tessa Wren") == "Tessa Wren [person]")
    #expect(normalized("You’re Welcome") == "You’re Welcome [anonymous]")
    // A possessive names whose the person is; lower-case words after it describe someone unnamed.
    #expect(normalized("Harbor Radio’s Lena Marsh") == "Lena Marsh [person]")
    #expect(normalized("Okafor's campaign manager") == "Okafor's campaign manager [anonymous]")
    #expect(normalized("Moderator Tessa Wren") == "Tessa Wren [person]")
    // An outlet before a name goes; an institution's word alone and a known company are no people.
    #expect(normalized("Blaze Tessa Wren") == "Tessa Wren [person]")
    #expect(normalized("Consult") == "Consult [organization]")
    #expect(normalized("Verizon") == "Verizon [organization]")
    #expect(normalized("Harbor Plain Dealer") == "Harbor Plain Dealer [organization]")
    // A phrase of common words is no name; an institution's name of common words stays one.
    let words: Set<String> = ["water", "rights", "harbor"]
    #expect(normalized("Harbor Water Alarms Okafor", text: words) == "Harbor Water Alarms Okafor [anonymous]")
    #expect(normalized("Harbor Rights Watch", text: words) == "Harbor Rights Watch [organization]")
    // A place before a word names something of the place's; before a given name, where the
    // person is from. People in the plural are a group.
    #expect(normalize("Ohio Rising", mention: "Ohio Rising") == "Ohio Rising [organization]")
    #expect(normalized("Ohio Lena Marsh") == "Lena Marsh [person]")
    #expect(normalized("Harbor Elks") == "Harbor Elks [group]")
    #expect(normalized("Coastal Health") == "Coastal Health [organization]")
    // A people's adjective before a plural, and a team's three words with one the article
    // writes in lower case, are groups; a given name or an initial makes a person's name.
    #expect(normalized("Hispanic Anglers") == "Hispanic Anglers [group]")
    #expect(normalized("Dunmore Blue Herons", text: ["blue"]) == "Dunmore Blue Herons [group]")
    #expect(normalized("Lena Blue Herons", text: ["blue"]) == "Lena Blue Herons [person]")
    #expect(normalized("Tomas K. Rhodes", text: ["k."]) == "Tomas K. Rhodes [person]")
    #expect(normalized("Dunmore Strategies") == "Dunmore Strategies [organization]")
    // Places' and buildings' shapes, titles in another language, a company before its product
    // and a name before a platform are no people; after a given name the word is a surname.
    #expect(normalized("San Marcelo") == "San Marcelo [organization]")
    #expect(normalized("Okafor Atoll") == "Okafor Atoll [organization]")
    #expect(normalized("Harbor Tower") == "Harbor Tower [organization]")
    #expect(normalized("John Tower") == "John Tower [person]")
    #expect(normalized("La Gaceta Costera") == "La Gaceta Costera [organization]")
    #expect(normalized("Comcast Harborline") == "Comcast Harborline [organization]")
    #expect(normalized("Okafor Facebook") == "Okafor Facebook [organization]")
    #expect(normalized("Le Okafor") == "Le Okafor [person]")
    #expect(normalized("North Korean") == "North Korean [group]")
    #expect(normalized(". Bringing", text: ["bringing"]) == "Bringing [anonymous]")
    // A title's full stop does not hide it; a name that starts like one is no title.
    #expect(normalized("Sen. Okafor") == "Okafor [person]")
    #expect(normalized("Ash Okafor") == "Ash Okafor [person]")
    // One word written after `the` is an outlet's or a family's, unless it was resolved from
    // other words.
    #expect(normalize("Harborian", mention: "The Harborian") == "Harborian [organization]")
    #expect(normalize("Okafors", mention: "the Okafors") == "Okafors [group]")
    #expect(normalize("Okafor", mention: "the senator") == "Okafor [person]")
  }

  func normalize(_ name: String, mention: String) -> String {
    let (speaker, kind) = SourceNames.normalized(name, kind: .person, lowerCaseWords: [], mention: mention)
    return "\(speaker ?? "nil") [\(kind.rawValue)]"
  }

  @Test func keysFoldSpellingsOfOneName() {
    #expect(SourceNames.key("Felipe Calderón") == SourceNames.key("Felipe Calderon"))
    #expect(SourceNames.key("Martin O’Malley") == SourceNames.key("Martin O'Malley"))
    #expect(SourceNames.key("George W. Bush") == SourceNames.key("George W Bush"))
    #expect(SourceNames.key("Bernie Sanders’") == SourceNames.key("bernie  sanders"))
    #expect(SourceNames.key("Anna Berg") != SourceNames.key("Anna Bergman"))
    // A doubled letter, the commonest misspelling of a name, folds too.
    #expect(SourceNames.key("Hilary Quint") == SourceNames.key("Hillary Quint"))
    #expect(SourceNames.key("Phillip Moreau") == SourceNames.key("Philip Moreau"))
    #expect(SourceNames.key("Zoë Pettit") == SourceNames.key("Zoe Petit"))
    #expect(SourceNames.key("Anna Berg") != SourceNames.key("Ana Burg"))
    #expect(SourceNames.surname("Martin Luther King Jr.") == "king")
    #expect(SourceNames.surname("Putin") == nil)
  }

  /// An article's mentions of a person tell a gender, or none when they tell both; a full name
  /// may be of it unless its given name is the other's.
  @Test func mentionsTellAGenderThatNarrowsWhoASurnameIs() {
    #expect(SourceNames.gender(ofMentions: ["Mr. Marsh", "he", "Marsh"]) == .male)
    #expect(SourceNames.gender(ofMentions: ["Ms. Marsh", "she"]) == .female)
    #expect(SourceNames.gender(ofMentions: ["Marsh", "the mayor"]) == nil)
    #expect(SourceNames.gender(ofMentions: ["Mr. Marsh", "she"]) == nil)
    #expect(SourceNames.honorific(of: "Ms Marsh") == "ms" && SourceNames.honorific(of: "MR. MARSH") == "mr")
    #expect(SourceNames.honorific(of: "Mr.") == nil && SourceNames.honorific(of: "Mayor Marsh") == nil)
    #expect(SourceNames.mayBe("Tobias Marsh", ofGender: .male))
    #expect(!SourceNames.mayBe("Lena Marsh", ofGender: .male))
    // A title in the mention, written out, and whether an affiliation bears it.
    #expect(SourceNames.title(ofMention: "Sen. Marsh", name: "Marsh") == "senator")
    #expect(SourceNames.title(ofMention: "Mr. Marsh", name: "Marsh") == nil)
    #expect(SourceNames.title(ofMention: "Marsh", name: "Marsh") == nil)
    #expect(SourceNames.mayHold("senator", affiliation: "Sen."))
    #expect(SourceNames.mayHold("president", affiliation: "former President"))
    #expect(!SourceNames.mayHold("president", affiliation: nil))
    #expect(!SourceNames.mayHold("governor", affiliation: "lawyer"))
    // A given name on neither list may be anyone's.
    #expect(SourceNames.mayBe("Ngozi Marsh", ofGender: .female) && SourceNames.mayBe("Ngozi Marsh", ofGender: .male))
  }
}

extension SourceNamesTests {
  @Test func gluedTimestampsAndPossessivesGo() {
    #expect(NameParts.withoutGluedTimestamp("9:45 a.m.Rubio") == "Rubio")
    #expect(NameParts.withoutGluedTimestamp("12PMTrump") == "Trump")
    #expect(NameParts.withoutGluedTimestamp("1999 Report") == "1999 Report")
    #expect(SourceNames.cleaned("Trump's") == "Trump")
    #expect(SourceNames.cleaned("Bernie  Sanders") == "Bernie Sanders")
    #expect(SourceNames.cleaned("Anna Berg") == "Anna Berg")
  }
}
