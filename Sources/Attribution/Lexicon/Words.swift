import TextPrimitives

/// Closed word classes the extractor leans on. Data, kept together.
enum Words {
  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

  /// Pronouns that can only be a subject, so a verb follows them (`it` and `you` can be objects).
  static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i"]

  /// Words that end a speaker phrase when walking left from a cue.
  static let boundaries: Set<String> = [
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "while", "when",
    "where", "if", "as", "than", "so", "then", "to", "is", "was", "are", "were", "be", "been",
    "being", "not", "in", "on", "at", "with", "after", "before", "since", "during", "by", "about",
    "into", "over", "under", "against", "between", "through", "also", "has", "have", "had", "what",
    "why", "how", "this", "these", "those", "there", "here", "it's", "although", "though",
    "however", "yet", "despite", "until", "unless", "whether", "both", "either", "neither", "all",
    "said", "says", "told", "say", "did", "do", "does", "would", "will", "could", "can", "should",
    "may", "might", "must", "once", "even", "just", "only", "very", "too", "more", "most", "less",
    "had", "no", "never", "ever", "now", "today", "yesterday", "tomorrow", "recently", "later",
    "earlier", "again", "still", "already", "like", "unlike", "among", "amid", "without", "within",
    "upon", "toward", "towards", "across", "around", "behind", "beyond", "near", "via", "per",
    "from", "up", "down", "out", "off", "its", "his", "her", "their", "our", "my", "your",
  ]

  /// The months, capitalised like names but none (`March`, `May`).
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// Determiners that may open a speaker phrase.
  static let determiners: Set<String> = [
    "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "most", "few", "other",
  ]

  /// Heads that make a phrase a group of people (`officials`, `analysts`).
  static let groupHeads: Set<String> = [
    "officials", "analysts", "experts", "critics", "people", "residents", "authorities", "police",
    "prosecutors", "investigators", "researchers", "scientists", "economists", "observers",
    "diplomats", "lawmakers", "legislators", "democrats", "republicans", "supporters", "opponents",
    "voters", "aides", "advisers", "advisors", "organizers", "activists", "leaders", "members",
    "executives", "sides", "parties", "officers", "workers", "employees", "staff", "staffers",
    "strategists", "historians", "scholars", "doctors", "teachers", "parents", "students",
    "witnesses", "neighbors", "neighbours", "commuters", "businesses", "owners", "groups",
    "campaigners", "insiders", "regulators", "inspectors", "engineers", "republicans", "conservatives",
    "liberals", "progressives", "pollsters", "donors", "delegates", "senators", "representatives",
    "governments", "countries", "nations", "agencies", "companies", "firms", "unions", "allies",
    "protesters", "demonstrators", "fans", "users", "readers", "viewers", "americans", "others",
    "both", "all", "some", "many", "most", "few", "relatives", "families", "chairs", "chairmen", "friends",
    "colleagues", "lawyers", "attorneys", "sources", "rivals",
  ]

  /// Words ending in `-ing` that describe a title, not whom someone backs (`acting director`,
  /// `the outgoing mayor`).
  static let titleParticiples: Set<String> = [
    "acting", "outgoing", "incoming", "leading", "ranking", "visiting", "presiding", "founding", "managing",
    "governing", "reigning", "sitting", "retiring", "ruling", "serving", "longstanding", "upcoming", "remaining",
    "surviving", "reporting", "consulting", "polling", "campaigning", "marketing", "publishing", "banking",
    "accounting", "engineering", "nursing", "teaching", "training", "building", "housing", "shipping", "printing",
    "recording", "broadcasting", "fundraising", "lobbying", "organizing", "advertising", "investing",
  ]

  /// Heads of an unnamed individual's description (`a senior official`).
  static let anonymousHeads: Set<String> = [
    "official", "source", "person", "aide", "adviser", "advisor", "diplomat", "member", "employee",
    "staffer", "insider", "officer", "executive", "lawmaker", "analyst", "expert", "resident",
    "witness", "spokesperson", "spokesman", "spokeswoman", "representative", "strategist",
    "operative", "ally", "associate", "friend", "confidant", "lawyer", "attorney", "investigator",
    "prosecutor", "worker", "manager", "leader", "observer", "veteran", "critic", "supporter", "reporter",
    "correspondent", "journalist", "photographer", "columnist", "writer", "commentator", "contributor", "blogger",
    "graduate", "student", "professor", "fellow", "economist", "researcher", "scholar",
  ]

  /// The days of the week: never a person's name, and times that end a source phrase or open
  /// an adjunct (``SentenceWords``).
  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// People described by where or to whom they are sent (`the ambassador to the United Nations`,
  /// `China's delegation to the forum`): never the place or body after `to`.
  static let sentTo: Set<String> = [
    "ambassador", "ambassadors", "envoy", "envoys", "delegate", "delegates", "delegation", "delegations", "emissary",
    "emissaries", "liaison",
  ]

  /// Roles that, in lower case just before a run of capitals, show it to be a person's name
  /// (`spokesman Lu Kang`, `anchor Ilia Calderón`): the heads of unnamed individuals'
  /// descriptions and the titles that are nouns for a person, and a few trades the news names
  /// people by.
  static let personRoles: Set<String> = anonymousHeads.union(
    titles.subtracting([
      "of", "the", "on", "in", "and", "by", "for", "state", "federal", "national", "district", "county", "city",
      "u.s.", "us", "american", "russian", "british", "chinese", "french", "german", "former", "senior", "junior",
      "republican", "democrat", "democratic", "gop", "independent", "presidential", "vice", "prime", "acting",
      "deputy", "assistant", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])
  ).union([
    "anchor", "reporter", "journalist", "columnist", "correspondent", "commentator", "writer", "author", "actor",
    "actress", "singer", "pastor", "activist", "organizer", "student", "voter", "wife", "husband", "son",
    "daughter", "mother", "father", "brother", "sister", "candidate", "businessman", "businesswoman",
    "consultant", "host", "participant", "immigrant", "migrant", "refugee", "defendant", "plaintiff", "accountant",
    "attendant", "nurse", "doctor", "physician", "surgeon", "entrepreneur", "cofounder", "co-founder", "partner",
    "owner", "retiree", "mom", "dad", "grandmother", "grandfather", "nephew", "niece", "cousin", "uncle", "aunt",
    "widow", "victim", "donor", "graduate", "chef", "priest", "nun",
  ])

  /// Nouns by which news names again the person it is about (`the candidate`): alone after
  /// `the`, they stand for the subject just met.
  static let epithets: Set<String> = [
    "candidate", "nominee", "front-runner", "frontrunner", "businessman", "businesswoman", "billionaire", "mogul",
    "hopeful", "contender", "incumbent", "challenger", "magnate", "tycoon", "developer", "neurosurgeon",
  ]

  /// Words that may stand between `the` and an epithet without choosing among people.
  static let epithetModifiers: Set<String> = [
    "presidential", "likely", "presumptive", "billionaire", "business", "real", "estate", "new", "york", "u.s.",
    "former", "retired", "gambling", "casino",
  ]

  /// Whether a word gives an age (`57-year-old`): how news describes again the person it has
  /// just named (`Lori Ruiz held up a sign. The 57-year-old scientist says ...`).
  static func isAge(_ word: String) -> Bool {
    guard word.hasSuffix("-year-old"), let first = word.unicodeScalars.first else { return false }
    return ScalarClass.isDigit(first)
  }

  /// Words of six letters or more that end as nouns for someone who does something do (`-er`,
  /// `-or`, `-ist`, `-ian`) but name no one.
  static let notAgents: Set<String> = [
    "whether", "rather", "either", "neither", "together", "another", "further", "however", "whatever", "whenever",
    "wherever", "whoever", "number", "member", "letter", "matter", "corner", "border", "center", "water", "weather",
    "power", "paper", "chapter", "quarter", "summer", "winter", "october", "november", "december", "september",
    "career", "manner", "dinner", "banner", "favor", "factor", "sector", "mirror", "terror", "behavior", "labor",
    "honor", "harbor", "rumor", "humor", "error", "interior", "exterior", "superior", "inferior", "senior",
    "junior", "prior", "minor", "major", "poster", "cluster", "register", "theater", "trailer", "remainder",
    "shoulder", "thunder", "wonder", "murder", "disorder", "order", "platter", "shelter", "trigger", "ladder",
  ]

  /// Sources that name no one.
  static let vagueHeads: Set<String> = [
    "reports", "report", "sources", "rumors", "rumours", "speculation", "accounts", "media",
    "familiar", "outlets", "coverage", "leaks",
  ]

  /// Whether three lower-case words give a share of a group by two counts (`six in 10`, `2 in
  /// 3`): the speaker is the whole phrase, never a place after `in` nor a number alone.
  static func isShare(_ count: String, _ link: String, _ whole: String) -> Bool {
    func isCount(_ lower: String) -> Bool {
      (!lower.isEmpty && lower.allSatisfy(\.isNumber))
        || lower.isOne(of: "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    }
    return link == "in" && isCount(count) && isCount(whole)
  }

  /// Words for a part of many: a share of a group (`a majority of Americans`, `Nearly a third
  /// say`), and after `a` a count that takes a plural verb (`a handful say`).
  static let partsOfMany: Set<String> = [
    "majority", "minority", "plurality", "half", "third", "quarter", "fifth", "most", "many", "share", "portion",
    "number", "lot", "few", "couple", "handful", "dozen",
  ]

  /// Words that mark a capitalised name as an organisation.
  static let organizationWords: Set<String> = [
    "department", "ministry", "agency", "service", "council", "committee", "commission", "office",
    "bureau", "association", "union", "party", "campaign", "company", "corp", "corporation", "inc",
    "group", "university", "institute", "foundation", "project", "court", "police", "government",
    "administration", "congress", "senate", "house", "kremlin", "pentagon", "board", "bank", "fund",
    "center", "centre", "centers", "centres", "organization", "organisation", "federation", "league", "network", "news",
    "times", "post", "journal", "tribune", "herald", "gazette", "telegraph", "guardian", "press",
    "reuters", "steel", "club", "authority", "school", "college", "hospital", "church", "army",
    "navy", "force", "forces", "command", "coalition", "alliance", "society", "trust", "institution", "utility",
    "firm", "llc", "ltd", "plc", "co", "airlines", "motors", "systems", "industries", "partners",
    "capital", "holdings", "media", "digital", "magazine", "radio", "television", "tv", "wire",
    "courier", "ledger", "daily", "weekly", "review", "tass", "nato", "fbi", "cia",
    "democrats", "republicans", "legislature", "parliament", "cabinet", "secretariat", "embassy",
    "consulate", "mission", "state", "assembly",
    // Movements and militias named like people (`Al Qaeda` after `Al Gore`).
    "qaeda", "shabab", "shabaab", "nusra", "hezbollah", "hamas", "taliban", "jazeera",
  ]

  /// Titles and roles that precede a person's name and are not part of it.
  static let titles: Set<String> = [
    "president", "vice", "secretary", "senator", "sen", "sen.", "rep", "rep.", "representative",
    "gov", "gov.", "governor", "mayor", "director", "minister", "chancellor", "judge", "justice",
    "general", "gen", "gen.", "chief", "officer", "spokesman", "spokeswoman", "spokesperson", "mr",
    "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "prof", "professor", "ambassador", "chairman",
    "chairwoman", "chair", "ceo", "vp", "leader", "whip", "speaker", "commissioner", "attorney", "sheriff",
    "coach", "former", "state", "of", "the", "prime", "deputy", "assistant", "acting", "lt",
    "colonel", "col", "captain", "capt", "sgt", "sergeant", "admiral", "adm", "rev", "reverend",
    "father", "sister", "brother", "pope", "king", "queen", "prince", "princess", "lord", "lady",
    "sir", "dame", "candidate", "nominee", "hopeful", "founder", "executive", "manager", "editor",
    "host", "analyst", "economist", "strategist", "adviser", "advisor", "aide", "counsel",
    "republican", "democrat", "democratic", "gop", "independent", "candidate", "presidential",
    "senior", "junior", "u.s.", "us", "american", "russian", "british", "chinese", "french",
    "german", "federal", "national", "district", "county", "city", "monday", "tuesday",
    "councilman", "councilwoman", "councillor", "councilor", "alderman", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "delegate", "trustee", "superintendent",
    "inspector", "detective", "officer", "marshal", "treasurer", "comptroller", "auditor",
    "president-elect", "premier", "envoy", "rabbi", "imam", "bishop", "cardinal", "dean", "provost",
    "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in", "and", "by", "for",
  ]

  /// Words that mark a phrase as a news outlet (the medium, not the source).
  static let outletWords: Set<String> = [
    "news", "times", "post", "journal", "tribune", "herald", "gazette", "telegraph", "guardian",
    "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "pbs",
    "fox", "politico", "axios", "tass", "ria", "interfax", "xinhua", "digital", "magazine",
    "radio", "television", "tv", "wire", "courier", "newspaper", "breitbart", "huffpost",
    "newsweek", "cnbc", "c-span", "usa", "economist", "independent", "observer", "mirror",
    "standard", "chronicle", "inquirer", "examiner", "dispatch", "sentinel", "bulletin",
    "ledger", "daily", "weekly", "agency", "izvestia", "kommersant", "sputnik", "rt",
  ]

  /// Outlet words that are outlets on their own, without a second word (`Reuters`, `TASS`).
  static let standaloneOutlets: Set<String> = [
    "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "pbs",
    "politico", "axios", "tass", "interfax", "xinhua", "breitbart", "huffpost", "newsweek", "cnbc",
    "izvestia", "kommersant", "sputnik", "ria",
    // Pollsters, cited as outlets are (`according to Gallup`).
    "gallup", "rasmussen", "quinnipiac", "ipsos", "yougov", "marist", "monmouth",
  ]

  /// What carries someone's words: `released a statement saying "..."`, `a sign reading "..."`.
  static let messages: Set<String> = [
    "statement", "statements", "message", "messages", "tweet", "tweets", "post", "email", "e-mail",
    "letter", "video", "ad", "note", "release", "sign", "signs", "banner", "headline", "memo", "text",
    "poster", "posters", "placard", "placards", "t-shirt", "t-shirts", "shirt", "shirts",
  ]

  /// Nouns for an organisation's voice: `a State Department spokesperson`, `the SVR's press office`.
  static let spokesWords: Set<String> = [
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative",
    "press", "office", "statement", "release", "secretary",
  ]
}

/// A person's gender as a text tells it (an honorific, a pronoun, a given name): evidence of
/// gender only, never of who. The resolver and the ledger's registry read it one way.
public enum Gender: Sendable {
  case male, female

  var other: Gender { self == .male ? .female : .male }

  /// The gender an honorific (`mr`, `mrs`, `ms`, `miss`, as a word's bare lower case) tells.
  public static func ofHonorific(_ word: some StringProtocol) -> Gender? {
    switch word {
    case "mr": .male
    case "mrs", "ms", "miss": .female
    default: nil
    }
  }

  /// The gender a pronoun (`he`, `she`, lower-cased) tells, if it is one.
  public static func ofPronoun(_ word: some StringProtocol) -> Gender? {
    switch word {
    case "he": .male
    case "she": .female
    default: nil
    }
  }
}

/// Words inside a person's name or title that are no name: the extractor's name learner and the
/// ledger's registry read the same lists.
public enum NameParts {
  /// A live blog's timestamp glued to a name dropped: `12PMTrump`, `9:45 a.m.Rubio` → the name.
  /// The registry reads names through it, and the resolver keeps such a word out of a role
  /// (`35PMChris Christie` had the role `35PMChris`). (By hand, not a regular expression:
  /// every one-word name passes here.)
  public static func withoutGluedTimestamp(_ name: String) -> String {
    // (Most words start with no digit: they pass without a copy.)
    guard let first = name.unicodeScalars.first, ScalarClass.isDigit(first) else { return name }
    let s = Array(name.unicodeScalars)
    var i = 0
    while i < s.count, i < 2, ScalarClass.isDigit(s[i]) { i += 1 }
    guard i > 0 else { return name }
    if i + 2 < s.count, s[i] == ":", ScalarClass.isDigit(s[i + 1]), ScalarClass.isDigit(s[i + 2]) { i += 3 }
    if i < s.count, s[i] == " " { i += 1 }
    for marker in ["AM", "PM", "am", "pm", "a.m.", "p.m."] {
      let m = Array(marker.unicodeScalars)
      if i + m.count < s.count, Array(s[i..<i + m.count]) == m, ScalarClass.isUpper(s[i + m.count]) {
        return ScalarClass.string(s[(i + m.count)...])
      }
    }
    return name
  }

  /// Whether a word (its bare lower case) is an honorific before a name: a gender's (``Gender/
  /// ofHonorific(_:)``) or a doctor's. A courtesy, never a title, a role or part of the name.
  public static func isHonorific(_ word: some StringProtocol) -> Bool {
    Gender.ofHonorific(word) != nil || word == "dr"
  }

  /// The party a word names (`Republicans`, `GOP` → `republican`; `Democrat` → `democratic`),
  /// as a word's bare lower case: the resolver reads party members by it (`the Wisconsin
  /// Republican`), and the linker a poll's voters (``Corroboration/ClaimSignature/Population``).
  public static func party(_ word: some StringProtocol) -> String? {
    switch word {
    case "republican", "republicans", "gop": "republican"
    case "democratic", "democrat", "democrats": "democratic"
    default: nil
    }
  }

  /// Whether a word is a person's initials before their surname (`J.M. Berger`, `G.K.
  /// Butterfield`): two or three capitals, each with its stop, that are no place's or body's
  /// abbreviation (`U.S.`, `N.C.`, `D.C.`). Read as an acronym, such a word ended the name
  /// before it, leaving the surname alone.
  public static func areInitials(_ word: some StringProtocol) -> Bool {
    var letters = String.UnicodeScalarView()
    var count = 0
    for scalar in word.unicodeScalars {
      guard count.isMultiple(of: 2) ? ScalarClass.isUpper(scalar) : scalar == "." else { return false }
      if count.isMultiple(of: 2) { letters.append(scalar) }
      count += 1
    }
    return (count == 4 || count == 6) && !placeAbbreviations.contains(String(letters))
  }

  /// Places and bodies abbreviated with stops (`U.S.`, `U.N.`, a state's `N.C.`), their letters.
  private static let placeAbbreviations: Set<String> = [
    "US", "UK", "UN", "EU", "DC", "LA", "NY", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
    "IL", "IN", "IA", "KS", "KY", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NC",
    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "USA",
  ]

  /// Suffixes after a surname (`Joseph R. Biden Jr.`): no word of the name proper.
  public static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

  /// A lower-case title word as a description names it: `sen.` → `senator`, `gov` →
  /// `governor`, `pres.` → `president`; any other word as it is. The resolver matches a
  /// person's titles by it, and the registry a title against a source's affiliation.
  public static func fullTitle(_ word: String) -> String {
    abbreviatedTitles[word.hasSuffix(".") ? String(word.dropLast()) : word] ?? word
  }

  private static let abbreviatedTitles: [String: String] = [
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "rev": "reverend", "prof": "professor",
    "pres": "president", "congressman": "representative", "congresswoman": "representative",
  ]

  /// Whether a lower-case last word reads as an English plural (`dragons`, `patriots`), not as a
  /// surname that merely ends in `s` (`Collins`' `-ss`, `Ramos`, `Llamas`, `Reyes`, `Marcus`):
  /// what tells a team's or a band's name from a person's of as many words.
  public static func isPlural(_ word: some StringProtocol) -> Bool {
    word.hasSuffix("s") && !["ss", "us", "is", "os", "as", "es"].contains { word.hasSuffix($0) }
  }

  /// Whether lower-case words read as a team's or a band's name, not one person's: three or more
  /// ending in an English plural, none before it a usual given name or an initial (`Lewisburg
  /// Green Dragons`, `Red Hot Chili Peppers`; `Cathy McMorris Rodgers`, `Marc E. Elias` are
  /// people). Read by the resolver's pronouns and by the registry alike.
  public static func readsAsAGroupsName(_ words: [some StringProtocol]) -> Bool {
    guard words.count >= 3, let last = words.last, isPlural(last) else { return false }
    return !words.dropLast().contains { GivenNames.isGivenName(String($0)) || isInitial($0) }
  }

  /// Whether a word of a name is an initial (`M.`, `M`): a sign that the name is a person's.
  public static func isInitial(_ word: some StringProtocol) -> Bool {
    word.count == 1 || (word.count == 2 && word.hasSuffix("."))
  }

  /// Lower-case particles inside a name, between its capitals (`Bill de Blasio`, `Osama bin
  /// Laden`, `Ursula von der Leyen`).
  static let particles: [StaticString] = [
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "dos",
  ]

  /// Titles that are also surnames, read as one after a given name (`Howard Dean`, `Stephen King`).
  static let titlesBorneAsSurnames: [StaticString] = [
    "dean", "king", "prince", "pope", "bishop", "judge", "marshal", "sheriff", "cardinal", "major", "chancellor",
  ]

  /// Offices a description names someone by (`the senator`, `the mayor`): titles a person holds,
  /// not the party, place or trade words that also stand before names.
  public static let offices: Set<String> = [
    "president", "senator", "governor", "mayor", "representative", "secretary", "judge", "justice", "general",
    "admiral", "colonel", "captain", "sergeant", "lieutenant", "minister", "chancellor", "ambassador", "prince",
    "princess", "king", "queen", "pope", "sheriff", "commissioner", "director", "chairman", "chairwoman",
    "speaker", "premier", "reverend", "professor", "president-elect", "superintendent", "councilman",
    "councilwoman", "prosecutor", "attorney",
  ]

  /// Words of a title that make another rank of it: `Vice President` is not `President`.
  static let ranks: Set<String> = ["vice", "former", "deputy", "assistant", "associate", "acting", "lieutenant", "co"]

  /// What is someone's, after their surname (`the Clinton campaign`, `a Trump spokesman`,
  /// `Obama consultant Cornell Belcher`): the surname there names no one a pronoun stands for.
  static let ownedThings: [StaticString] = [
    "campaign", "campaigns", "administration", "foundation", "family", "camp", "aides", "aide", "supporters",
    "allies", "presidency", "team", "staff", "spokesman", "spokeswoman", "spokesperson", "consultant", "consultants",
    "adviser", "advisers", "advisor", "advisors", "pollster", "strategist", "strategists", "surrogate", "surrogates",
    "loyalist", "loyalists", "operative", "operatives",
  ]
}

/// Platforms, outlets, agencies, companies and other bodies whose names read like people's
/// (`Twitter`, `Forbes`, `Wells Fargo`, `Hamas`), lower-cased: never a person. Shared by the extractor and the
/// ledger's source registry, so that both say the same.
public enum KnownBodies {
  public static let names: Set<String> = [
    "twitter", "facebook", "instagram", "youtube", "google", "amazon", "microsoft", "apple", "forbes", "buzzfeed",
    "politifact", "factcheck", "mashable", "mediaite", "haaretz", "univision", "variety", "statista", "propublica",
    "huffpo", "huffpollster", "nielsen", "pew", "gallup", "reuters", "bloomberg", "cnn", "fox", "msnbc", "nbc",
    "abc", "cbs", "npr", "pbs", "politico", "axios", "vox", "slate", "salon", "breitbart", "drudge", "azcentral",
    "crowdtangle", "crowdpac", "cloudflare", "coca-cola", "intel", "caltrans", "egyptair", "nabisco", "mondelez",
    "jefferies", "wealth-x", "hurun", "paradata", "blaze", "federalist", "dnc", "rnc", "fbi", "cia", "nsa", "vulture",
    // News agencies and outlets whose names read like people's.
    "agence france-presse", "afp", "new yorker", "al jazeera", "zero hedge", "el universal", "le monde",
    "le figaro", "der spiegel", "al arabiya", "al qaeda", "hezbollah", "hamas", "taliban",
    // Companies that speak in the news as often as people do.
    "verizon", "at&t", "comcast", "exxon", "exxonmobil", "chevron", "walmart", "boeing", "pfizer", "goldman sachs",
    "morgan stanley", "jpmorgan", "citigroup", "wells fargo", "general electric", "general motors", "disney",
    "netflix", "uber", "tesla", "carrier", "peabody", "bear stearns", "lehman brothers", "teck", "glencore", "bp",
    "shell", "toyota", "samsung", "alibaba", "huawei", "aetna", "anthem", "humana", "cigna", "halliburton",
    "starbucks", "nike", "ibm", "oracle", "hewlett-packard", "lucent", "compaq", "monsanto", "bayer", "volkswagen",
  ]
}

/// The adjectives of peoples, faiths, nations and regions (`russian`, `muslim`, `eastern`): a
/// word of them names a group, never a person (`Russians said`, `Central European`). Shared
/// by the extractor and the ledger's source registry, so that both say the same.
public enum Peoples {
  public static let adjectives: Set<String> = [
    "syrian", "texan", "western", "eastern", "southern", "northern", "european", "asian", "african", "latino",
    "hispanic", "muslim", "christian", "jewish", "arab", "russian", "chinese", "mexican", "british", "french",
    "islamic", "american", "korean", "japanese", "german", "iranian", "israeli", "palestinian", "iraqi", "afghan",
    "pakistani", "indian", "canadian", "cuban", "venezuelan", "turkish", "ukrainian", "italian", "spanish",
    "irish", "scottish", "egyptian", "saudi", "libyan", "kurdish", "nigerian", "brazilian", "pacific", "briton",
  ]

  /// Whether a lower-case word is a people in the plural (`russians`, `israelis`, `britons`).
  public static func isPlural(_ word: String) -> Bool {
    word.count > 4 && word.hasSuffix("s") && adjectives.contains(String(word.dropLast()))
  }
}

/// Common given names with a usual gender, so that `she` after `Anna Berg` and `Tom Hale` finds
/// Berg, and a run of capitals that starts with one reads as a person's name. A hint only: the
/// text's own `Mr.`, `Ms.` and resolved pronouns win over it. The 1990 US Census's names
/// (``censusMale``, ``censusFemale``), then the lists below: the most common names and those of
/// people the news names often whom the census does not list (`Reince`, `Xi`).
public enum GivenNames {
  /// Whether a lower-case given name is male (on the male list), female (on the female list
  /// only), or neither's (nil: no given name, or one borne by either sex, `Guadalupe`).
  public static func isMale(_ name: String) -> Bool? { genderByName[name]?.isMale }

  /// Whether a lower-case word is a common given name: the ledger's source registry tells a
  /// person's name inside a description by it (`NBC meteorologist Dana Cho`).
  public static func isGivenName(_ name: String) -> Bool { genderByName[name] != nil }

  /// The gender a given name tells, if any.
  private enum Usual {
    case male, female, either

    var isMale: Bool? {
      switch self {
      case .male: true
      case .female: false
      case .either: nil
      }
    }
  }

  /// Every list in one ``TermMap``: every name an article learns is looked up once here, where
  /// it was hashed into two seeded Sets.
  private static let genderByName: TermMap<Usual> = {
    var map = TermMap<Usual>()
    // The census's names first, then the lists below over them (the male list's word winning).
    // A census name that is a place's (`Virginia`, `Dallas`) is left to the places.
    for (names, usual) in [(censusEither, Usual.either), (censusFemale, .female), (censusMale, .male)] {
      for name in names where !Places.names.contains(name) { map.set(name, to: usual) }
    }
    for name in female { map.set(name, to: .female) }
    for name in male { map.set(name, to: .male) }
    return map
  }()

  static let female: Set<String> = [
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
    "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
    "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "anne", "ann",
    "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel",
    "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie",
    "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
    "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann",
    "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
    "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia",
    "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla",
    "hillary", "nancy", "elena", "ingrid", "priya", "rebekah", "dana", "lena", "moira", "sonia", "lily",
    "angela", "theresa", "nikki", "kellyanne", "loretta", "elizabeth", "tulsi", "kamala", "ivanka",
    "melania", "chelsea", "huma", "condoleezza", "carly", "sarah", "michele", "marine", "ursula",
  ]

  static let male: Set<String> = [
    "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
    "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
    "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry",
    "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian",
    "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
    "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert",
    "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
    "russell", "bobby", "mason", "philip", "louis", "tom", "tim", "jim", "bill", "bob", "mike",
    "dave", "steve", "chris", "marcus", "marco", "ted", "bernie", "barack", "mitt", "jeb", "rand",
    "mitch", "newt", "rudy", "vladimir", "sergey", "xi", "boris", "emmanuel", "justin", "ben",
    "chuck", "lindsey", "reince", "sean", "corey", "kellogg", "hugh", "ron", "rick",
  ]
}
