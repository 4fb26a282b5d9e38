import ArticleReading
import Attribution
import Foundation
import TextPrimitives

/// Who a speaker is as the ledger's registry counts sources: one entity per real person or
/// organisation. Independence is judged by origin, so a person under two spellings counts twice
/// and a non-name taken for a person (`It`, `China`, `42%`, `12PMTrump`) makes a false origin;
/// both make false `corroborated` verdicts. Pure: the ledger applies it to every statement it
/// stores, and keys its sources by ``key(_:)``.
public enum SourceNames {
  /// The speaker and kind the registry keeps. For a person: stray spaces and a trailing
  /// possessive go; a live blog's timestamp glued to the name goes (`12PMTrump` → `Trump`); a
  /// description is reduced to the name inside it (`NBC meteorologist Dana Cho` → `Dana Cho`);
  /// a title-case headline's words are cut at the first capitalised function word; and what is
  /// no person's name gets its kind: a place or country, an outlet or platform is an
  /// organisation, a party or group word (`Republicans`, `Polls`) a group, a number or a common
  /// word (`42%`, `Development`) anonymous, a pronoun no source at all. `text` is the
  /// article's lower-cased words: a single word that also stands there in lower case is a
  /// common word, not a name; `mention` the words the article names the speaker with.
  public static func normalized(
    _ speaker: String?, kind: SpeakerKind, lowerCaseWords text: Set<String>, mention: String? = nil
  ) -> (speaker: String?, kind: SpeakerKind) {
    guard let speaker else { return (speaker, kind) }
    // (`It said` with no organisation before it, `they say` with no group: nobody the reader
    // can name, never an origin, and no source of the registry's.)
    if kind != .vague, pronouns.contains(speaker.lowercased()) { return (nil, .vague) }
    if kind == .organization { return (organization(speaker), kind) }
    guard kind == .person else { return (speaker, kind) }
    var name = cleaned(speaker)
    name = NameParts.withoutGluedTimestamp(name)
    guard let first = name.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first),
      !name.utf8.contains(UInt8(ascii: "%"))
    else { return (name, .anonymous) }
    var words = name.split(separator: " ").map { String($0) }
    if words.count == 1, pronouns.contains(words[0].lowercased()) { return (nil, .vague) }
    // A headline's words: cut at the first capitalised function word after the first word;
    // but a given name and one such word after it is a name (`Al From`).
    if let cut = words.indices.dropFirst().first(where: { headlineWords.contains(words[$0]) }),
      !(words.count == 2 && GivenNames.isGivenName(words[0].lowercased()))
    {
      words = Array(words[..<cut])
    }
    // A campaign or a team named for a person is not the person (`Team Trump`).
    if words.count > 1, words[0].lowercased() == "team" { return (name, .group) }
    // Leading words that are no part of a name: a gerund or a descriptor (`Entrusting Donald
    // Trump`, `Actress Rosario Dawson`), a word with a digit (a station's call sign: `FOX13 Craig
    // Patrick`), a sentence's opening word capitalised with the name (`If Obama`, `Meanwhile
    // Rihanna`, `Said Ellis`), an outlet before a name (`Blaze Matt Walsh`).
    // (A title's full stop does not matter: `Sen. Sanders` is `Sen Sanders`'s Sanders.)
    while words.count > 1, let lead = words.first?.lowercased(),
      lead.hasSuffix("ing") || descriptors.contains(lead)
        || (lead.hasSuffix(".") && descriptors.contains(String(lead.dropLast())))
        || lead.contains(where: \.isNumber)
        || openingWords.contains(lead) || (KnownBodies.names.contains(lead) && words.count > 2)
    {
      words.removeFirst()
    }
    // A possessive names whose the person is (`BlazeTV’s Glenn Beck`): the name is the words
    // after it; in lower case they describe someone unnamed (`Trump’s campaign manager`).
    if let owner = words.dropLast().lastIndex(where: { word in ["’s", "'s"].contains { word.hasSuffix($0) } }) {
      words = Array(words[(owner + 1)...])
      if words[0].first?.isLowercase == true { return (name, .anonymous) }
    }
    // A title before a name, whatever precedes it (`Public Advocate Trish James`): the name is
    // the words after it.
    if let title = words.indices.dropLast(2).last(where: {
      let lower = words[$0].lowercased()
      return descriptors.contains(lower) || roleEndings.contains(lower)
    }) {
      words = Array(words[(title + 1)...])
    }
    // A place before a name is where the person is from (`North Carolina Ada Fisher`); before
    // any other word it names something of the place's (`America Rising`, `Mosul Eye`).
    for length in [2, 1] where words.count > length {
      guard Places.names.contains(words[..<length].joined(separator: " ").lowercased()) else { continue }
      if words.count > length + 1 || GivenNames.isGivenName(words[length].lowercased()) {
        words.removeFirst(length)
        break
      }
      return (words.joined(separator: " "), .organization)
    }
    // A place after a word is a place's name (`New Delhi`, `Port Washington`) or a headline's
    // words (`Cruz Iowa`, `Urges Britain`), never a person, unless a given name comes before it
    // (`Steve Israel`, `Jeremy Paris`).
    for length in [2, 1] where words.count > length {
      guard Places.names.contains(words.suffix(length).joined(separator: " ").lowercased()) else { continue }
      let before = words[words.count - length - 1].lowercased()
      if GivenNames.isGivenName(before) { break }
      return (words.joined(separator: " "), placePrefixes.contains(before) ? .organization : .anonymous)
    }
    // A place's shape: a Spanish or French saint's or article's first word (`San Bernardino`,
    // `Los Alamos`), a compass point joined to the first word (`North-Rhine Westphalia`,
    // `South-West Ridge`), or a last word that names a place or a building (`Midway Atoll`,
    // `Madison Square Garden`, `Harbor Tower`), unless a given name comes before it.
    if words.count > 1, !GivenNames.isGivenName(words[words.count - 2].lowercased()),
      placeStarts.contains(words[0].lowercased()) || placeEndings.contains(words[words.count - 1].lowercased())
        || ["north-", "south-", "east-", "west-"].contains(where: words[0].lowercased().hasPrefix)
    {
      return (words.joined(separator: " "), .organization)
    }
    // A title in another language's article, of three words or more, is an outlet's
    // (`Le Courrier Picard`, `El Diario Nuevo`); a company before what it sells is the company
    // (`Exxon Mobil`, `Comcast Xfinity`), and a name before a platform is something of the
    // platform's (`Bush Facebook`): no person.
    if (words.count >= 3 && foreignArticles.contains(words[0].lowercased()))
      || (words.count == 2 && KnownBodies.names.contains(words[0].lowercased())
        && ![GivenNames.isGivenName, roleEndings.contains, descriptors.contains].contains { $0(words[1].lowercased()) })
      || (words.count == 2 && !GivenNames.isGivenName(words[0].lowercased())
        && Platforms.isPlatform(words[1].lowercased()))
    {
      return (words.joined(separator: " "), .organization)
    }
    // A compound that describes (`Texas-based`, `Co-anchor`, `TV-friendly`) is no part of a name:
    // before the name it goes; anywhere else the words are a description, not a person. (Names'
    // own compounds stay: `Ocasio-Cortez`, `al-Assad`, `Ki-moon`.)
    while words.count > 1, isDescriptiveCompound(words[0]) { words.removeFirst() }
    if words.contains(where: isDescriptiveCompound) { return (words.joined(separator: " "), .anonymous) }
    // Words of three or more, two of which the article writes in lower case, are a phrase or a
    // headline (`Trump Addresses Munich Attack`, `Most Powerful Things Latinos`), not a name:
    // names' words are seldom common words, given names and particles aside.
    // (An institution's name is made of such words too: `Human Rights Watch` stays one.)
    if words.count >= 3,
      words.filter({ word in
        let lower = word.lowercased()
        return text.contains(lower) && !GivenNames.isGivenName(lower) && !particles.contains(lower)
      }).count >= 2
    {
      let phrase = words.joined(separator: " ")
      return (phrase, isOrganization(phrase.lowercased()) ? .organization : .anonymous)
    }
    // Lower-case words are a description's (`Business Insider senior editor Josh Barro`): the
    // name is the capitalised words after the last of them.
    // (A name's own particles stay: `Vincent van Gogh`, `Charles de Gaulle`.)
    if let last = words.lastIndex(where: { $0.first?.isLowercase == true && !particles.contains($0) }),
      last < words.count - 1
    {
      words = Array(words[(last + 1)...])
    }
    // A description before a person's name: from the first given name on, when the description
    // does not itself start with one or with an initial (`Atlantic Jeffrey Goldberg` → `Jeffrey
    // Goldberg`; `R. Gil Kerlikowske` is whole).
    if words.count > 2, !GivenNames.isGivenName(words[0].lowercased()), !NameParts.isInitial(words[0]),
      let given = words.indices.dropFirst().first(where: { GivenNames.isGivenName(words[$0].lowercased()) }),
      given < words.count - 1
    {
      words = Array(words[given...])
    }
    name = words.joined(separator: " ")
    let lower = name.lowercased()
    if isOrganization(lower) { return (name, .organization) }
    if words.count == 1 {
      // An institution's word alone (`Consult` of `Morning Consult`, `Times`) is no person.
      if outletEndings.contains(lower) { return (name, .organization) }
      // One word the article writes after `the` is an outlet's or a family's (`The Tennessean`,
      // `the Khans`), never one person's name. (A name resolved from `the senator` is not this.)
      if let mentioned = mention?.split(separator: " "), mentioned.contains(where: { $0.lowercased() == "the" }),
        mentioned.contains(where: { $0 == name })
      {
        return (name, lower.hasSuffix("s") && !lower.hasSuffix("ss") ? .group : .organization)
      }
      // (`-ans` of seven letters or more: `Americans`, `Ohioans`, not `Evans`.)
      if groupWords.contains(lower) || (lower.hasSuffix("ans") && lower.count >= 7) {
        return (name, .group)
      }
      if pronouns.contains(lower) { return (nil, .vague) }
      if Peoples.adjectives.contains(lower) { return (name, .group) }
      // A party and state label stands for a person the text names elsewhere (`R-Utah`).
      let scalars = Array(name.unicodeScalars)
      if scalars.count > 3, "RDI".unicodeScalars.contains(scalars[0]), scalars[1] == "-",
        ScalarClass.isUpper(scalars[2])
      {
        return (name, .anonymous)
      }
      // A capital inside one word is a brand's (`RealClearPolitics`, `TheBlaze`), not a
      // person's, but for the prefixes names have (`McConnell`, `MacNab`, `O'Neill`, `DeSantis`).
      let inner = name.unicodeScalars.dropFirst().contains { CharacterSet.uppercaseLetters.contains($0) }
      let prefixed = ["Mc", "Mac", "O'", "O’", "D'", "De", "Di", "La", "Le", "Van"].contains { name.hasPrefix($0) }
      if inner, !prefixed, name.unicodeScalars.contains(where: { CharacterSet.lowercaseLetters.contains($0) }) {
        return (name, .organization)
      }
      // An acronym is an organisation's (`FOIA`, `S.E.C`), unless it is a title (`VP`, `CEO`).
      let letters = name.unicodeScalars.filter { CharacterSet.letters.contains($0) }
      if letters.count >= 2, letters.allSatisfy({ CharacterSet.uppercaseLetters.contains($0) }) {
        return (name, commonWords.contains(lower) || NameParts.suffixes.contains(lower) ? .anonymous : .organization)
      }
      if commonWords.contains(lower) || (text.contains(lower) && !GivenNames.isGivenName(lower))
        || nounEndings.contains(where: { lower.hasSuffix($0) }) || lower.hasSuffix("-style")
      {
        return (name, .anonymous)
      }
    }
    // (A given name and a thing's word that is a surname too is a person's: `Steven Law`,
    // `Kristen Day`, `Anita Hill`; `Kelly File` is a show's.)
    if let last = words.last?.lowercased(), thingEndings.contains(last) || roleEndings.contains(last),
      words.count != 2 || !GivenNames.isGivenName(words[0].lowercased()) || !surnameEndings.contains(last)
    {
      return (name, .anonymous)
    }
    // People in the plural (`Economic Advisers`, `Harbor Elks`, `Hispanic Patriots`), and three
    // words or more ending in a plural: a team's or a band's name (`Lewisburg Green Dragons`,
    // `Red Hot Chili Peppers`), not one person's. (A person's name has a given name or an
    // initial: `Cathy McMorris Rodgers`, `Marc E. Elias`; the census's given names made the
    // condition that a word of it stand in lower case in the article needless.)
    if words.count > 1, let last = words.last?.lowercased() {
      let plural = NameParts.isPlural(last)
      let others = words.dropLast().map { $0.lowercased() }
      let named = others.contains { GivenNames.isGivenName($0) || NameParts.isInitial($0) }
      if pluralPeople.contains(last) || groupWords.contains(last) || (last.hasSuffix("ans") && last.count >= 7)
        || (plural && !named && Peoples.adjectives.contains(others[0]))
        || NameParts.readsAsAGroupsName(words.map { $0.lowercased() })
      {
        return (name, .group)
      }
    }
    // A people's adjective after a word is a group (`Central European`, `Middle Eastern`), unless
    // a given name comes before it (`David French`).
    if words.count > 1, Peoples.adjectives.contains(words[words.count - 1].lowercased()),
      !GivenNames.isGivenName(words[words.count - 2].lowercased())
    {
      return (name, .group)
    }
    // A contraction is a sentence's words, not a name (`You’re Voting`).
    if words.contains(where: { word in
      ["’re", "'re", "’ll", "'ll", "’ve", "'ve"].contains { word.lowercased().hasSuffix($0) }
    }) {
      return (name, .anonymous)
    }
    return (name, .person)
  }

  /// Whether a lower-cased name is a place's, an outlet's or an institution's (`Human Rights
  /// Watch`), which speak as organisations.
  static func isOrganization(_ lower: String) -> Bool {
    Places.names.contains(lower) || KnownBodies.names.contains(lower)
      || outletEndings.contains(where: { lower.hasSuffix(" " + $0) })
  }

  /// `Texas-based`, `Los Angeles-area`, `TV-friendly`, `Co-anchor`, `Ex-governor`: a compound
  /// whose head describes, or whose first part is a prefix of office.
  static func isDescriptiveCompound(_ word: String) -> Bool {
    let parts = word.lowercased().split(separator: "-")
    guard parts.count > 1 else { return false }
    return compoundHeads.contains(String(parts.last!)) || compoundPrefixes.contains(String(parts[0]))
  }

  static let compoundHeads: Set<String> = [
    "based", "area", "born", "friendly", "style", "led", "backed", "owned", "run", "raised", "era", "old",
    "bred", "leaning", "affiliated", "funded", "appointed", "elect",
  ]
  static let compoundPrefixes: Set<String> = ["co", "ex", "vice", "then", "former", "pro", "anti"]

  /// An organisation's name without the description around it: `a Fitch Ratings forecast` is
  /// Fitch Ratings, `Commerce Department figures compiled by Reuters` the Commerce Department.
  static func organization(_ name: String) -> String {
    var words = cleaned(name).split(separator: " ").map { String($0) }
    if words.count > 1, ["a", "an", "the"].contains(words[0].lowercased()) { words.removeFirst() }
    // A description in lower case whose maker is named after `by`, `for` or `from` (`count by
    // The Associated Press`, `early results of exit polls conducted by Edison Research for the
    // Associated Press`): the first name so introduced, to its first lower-case word.
    if words.count > 2, words[0].first?.isLowercase == true,
      let link = words.indices.first(where: { index in
        ["by", "for", "from"].contains(words[index]) && index + 1 < words.count
          && (words[index + 1].first?.isUppercase == true
            || ["the", "a", "an"].contains(words[index + 1].lowercased()) && index + 2 < words.count
              && words[index + 2].first?.isUppercase == true)
      })
    {
      var maker = words[(link + 1)...].drop { ["the", "a", "an"].contains($0.lowercased()) }
      if let lower = maker.dropFirst().firstIndex(where: { $0.first?.isLowercase == true && $0 != "of" }) {
        maker = maker[..<lower]
      }
      words = Array(maker)
    }
    // A description before the name (`Contractor Westline Steel`, `Retailer Harbor Goods`).
    while words.count > 1, organizationDescriptors.contains(words[0].lowercased()) { words.removeFirst() }
    if let cut = words.indices.dropFirst().first(where: { documentWords.contains(words[$0].lowercased()) }) {
      words = Array(words[..<cut])
    }
    return words.isEmpty ? name : words.joined(separator: " ")
  }

  /// The registry's key for a name: one source whatever its case, diacritics, spacing, initials'
  /// full stops, trailing possessive, doubled letters and apostrophes' shapes (`George W. Bush`
  /// and `George W Bush`, `Felipe Calderón` and `Felipe Calderon`, `Hilary Clinton` and `Hillary
  /// Clinton`, `Martin O’Malley` and `Martin O'Malley`).
  public static func key(_ name: String) -> String {
    var name = cleaned(name)
    // A typographer's apostrophe is the typewriter's (`O’Malley` is `O'Malley`).
    if name.unicodeScalars.contains(where: typographersApostrophes.contains) {
      name = String(
        String.UnicodeScalarView(name.unicodeScalars.map { typographersApostrophes.contains($0) ? "'" : $0 }))
    }
    // ASCII, nearly every name, folds byte by byte: the writer keys every statement it stores.
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
      let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        .replacingOccurrences(of: ".", with: " ").split(separator: " ").joined(separator: " ")
      var single = ""
      for character in folded where !(character.isLetter && character == single.last) { single.append(character) }
      return single
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var space = false
    for byte in name.utf8 {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") {
        space = true
        continue
      }
      if space, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
      space = false
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
      // A doubled letter is one: `Hilary` and `Phillip` are spellings of `Hillary` and `Philip`.
      if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z"), lower == bytes.last { continue }
      bytes.append(lower)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Apostrophes other than the typewriter's `'` (made once: ``key(_:)`` keys every statement
  /// the writer stores).
  private static let typographersApostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{02BC}"]

  /// A person's registry key: ``key(_:)`` of the given name and the surname alone, a
  /// generation's suffix kept (`Donald J. Trump`, `Hillary Rodham Clinton` and `Donald Trump Jr.`
  /// are `donald trump`, `hillary clinton` and `donald trump jr`). News writes one person with
  /// and without a middle initial or name (one outlet's house style against another's), and
  /// independence is judged by origin: two keys for one person made a quotation carried by
  /// two outlets `corroborated`. Folding the other way (two people of one given name and
  /// surname become one) can only make a verdict more cautious.
  public static func personKey(_ name: String) -> String {
    let folded = key(name)
    var words = folded.split(separator: " ")
    let suffix = words.count >= 3 && NameParts.suffixes.contains(String(words.last!)) ? words.removeLast() : nil
    guard words.count >= 3 else { return folded }
    return ([words.first!, words.last!] + (suffix.map { [$0] } ?? [])).joined(separator: " ")
  }

  /// What the ways an article names a person tell of their gender: `Mr. Obama` and `he` a
  /// man, `Mrs.`, `Ms.`, `Miss` and `she` a woman; nil when they tell nothing, or both (two
  /// people behind one surname). Evidence of gender only, never of who: it narrows the people a
  /// surname alone may be (``mayBe(_:ofGender:)``), it never makes a link.
  public static func gender(ofMentions mentions: some Sequence<String>) -> Gender? {
    var told: Gender? = nil
    for mention in mentions {
      guard let said = honorific(of: mention).flatMap(Gender.ofHonorific) ?? Gender.ofPronoun(mention.lowercased())
      else { continue }
      if let told, told != said { return nil }
      told = said
    }
    return told
  }

  /// The honorific a mention starts with (`Mr. Obama` → `mr`, `Ms Lee` → `ms`), lower-case and
  /// without its full stop (``Attribution/NameParts/isHonorific(_:)``); nil for none.
  public static func honorific(of mention: String) -> String? {
    guard let first = mention.split(separator: " ", maxSplits: 1).first, first.count < mention.count else {
      return nil
    }
    let word = (first.hasSuffix(".") ? first.dropLast() : first).lowercased()
    return NameParts.isHonorific(word) ? word : nil
  }

  /// Whether the person of this full name may be someone of `gender`: unless their given name
  /// is one of the other's (`Michelle Obama` is not `Mr. Obama`; a given name the lists of
  /// ``Attribution/GivenNames`` hold under neither gender may be anyone's).
  public static func mayBe(_ fullName: String, ofGender gender: Gender) -> Bool {
    guard let given = fullName.split(separator: " ").first,
      let isMale = GivenNames.isMale(given.lowercased())
    else { return true }
    return isMale == (gender == .male)
  }

  /// The title an article gives a person it names by surname (`President Obama` →
  /// `president`, `Sen. Rubio` → `senator`): the mention's words before the name, written out
  /// (``Attribution/NameParts/fullTitle(_:)``); nil without any, or with an honorific only,
  /// which tells a gender, not an office.
  public static func title(ofMention mention: String, name: String) -> String? {
    var words = mention.split(separator: " ")
    guard words.count >= 2, key(String(words.removeLast())) == key(name), honorific(of: mention) == nil else {
      return nil
    }
    return words.map { NameParts.fullTitle($0.lowercased()) }.joined(separator: " ")
  }

  /// Whether a person of this affiliation may bear `title`: every word of the title stands
  /// among the affiliation's, written out the same way (`President` bears `president`; `Sen.`
  /// bears `senator`). None, no affiliation: a surname's title picks a person only by what the
  /// ledger knows of them.
  public static func mayHold(_ title: String, affiliation: String?) -> Bool {
    guard let affiliation else { return false }
    let held = Set(affiliation.split(separator: " ").map { NameParts.fullTitle($0.lowercased()) })
    return title.split(separator: " ").allSatisfy { held.contains(String($0)) }
  }

  /// The folded last word of a person's name of two words or more; nil for a single word.
  public static func surname(_ name: String) -> String? {
    let words = key(name).split(separator: " ")
    guard words.count >= 2, let last = words.last else { return nil }
    return NameParts.suffixes.contains(String(last))
      ? (words.count >= 3 ? String(words[words.count - 2]) : nil) : String(last)
  }

  /// Spaces of any kind folded to one, and a trailing possessive or stray apostrophe dropped.
  static func cleaned(_ name: String) -> String {
    // Nearly every name is clean already: ASCII letters and single spaces, a letter or digit
    // first, no apostrophe at the end.
    var clean =
      name.utf8.first.map { ScalarClass.isLetter(Unicode.Scalar($0)) || ScalarClass.isDigit(Unicode.Scalar($0)) }
      == true && name.utf8.last != UInt8(ascii: "'") && name.utf8.last != UInt8(ascii: " ") && !name.hasSuffix("'s")
    var previous: UInt8 = UInt8(ascii: " ")
    for byte in name.utf8 where clean {
      clean = byte < 0x80 && byte >= 0x20 && !(byte == UInt8(ascii: " ") && previous == UInt8(ascii: " "))
      previous = byte
    }
    if clean, !name.isEmpty { return name }
    var text = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    // A stop or a mark left before the name by a cut sentence (`. Bringing`) is no part of it.
    text = String(text.drop { !$0.isLetter && !$0.isNumber })
    for ending in ["’s", "'s", "’", "'"] where text.hasSuffix(ending) {
      text.removeLast(ending.count)
      break
    }
    return text
  }

  static let particles: Set<String> = [
    "van", "von", "de", "da", "der", "den", "del", "della", "di", "du", "dos", "das", "la", "le", "bin", "ibn", "al",
    "el", "ter", "ten", "y",
  ]
  /// Nouns for what an organisation publishes, after which a description goes on.
  static let documentWords: Set<String> = [
    "figures", "forecast", "forecasts", "report", "reports", "survey", "poll", "study", "analysis", "data",
    "estimate", "estimates", "statement", "filing", "filings", "records", "compiled", "according",
  ]
  /// Words that describe an organisation before its name.
  static let organizationDescriptors: Set<String> = [
    "contractor", "company", "firm", "developer", "retailer", "carrier", "insurer", "lender", "manufacturer",
    "automaker", "operator", "publisher", "broadcaster", "chipmaker", "startup", "conglomerate", "supplier",
    "builder", "nonprofit",
  ]

  /// Last words of a role, not a name (`CNN President`).
  static let roleEndings: Set<String> = [
    "president", "director", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "official",
    "officials", "ceo", "editor", "anchor", "host", "reporter", "correspondent", "analyst", "chief", "secretary",
  ]
  /// Endings of common nouns and participles, never of the one-word names news gives people.
  static let nounEndings = ["tion", "tions", "ment", "ments", "ing", "ness", "ity", "ism"]
  static let pronouns: Set<String> = [
    "it", "he", "she", "they", "we", "i", "you", "this", "that", "who", "nobody", "everyone", "someone", "each",
    "any", "i'm", "i'd", "one",
  ]
  /// Capitalised function words that show a headline's words were taken for a name.
  static let headlineWords: Set<String> = [
    "On", "Against", "For", "To", "In", "With", "From", "About", "Over", "After", "Says", "Said", "Defends",
    "Himself", "Herself", "Is", "Are", "Was", "Will", "Has", "Have", "And", "Or", "But", "The", "A", "An",
    // A headline's verbs (`Howard Dean Tells Democratic Convention`) and its other small words.
    "As", "At", "By", "Of", "Up", "Be", "Been", "Had", "Did", "Does", "Can", "Could", "Would", "Should", "Just",
    "Goes", "Tells", "Gets", "Takes", "Makes", "Wants", "Slams", "Calls", "Wins", "Warns", "Asks", "Blasts", "Rips",
    "Hits", "Explains", "Reveals", "Admits", "Claims", "Vows", "Urges", "Praises", "Responds", "Announces",
    "Accuses", "Denies", "Sees", "Knows", "Thinks", "Needs",
  ]
  /// Last words of a body of people, not of a person's name.
  static let pluralPeople: Set<String> = [
    "advisers", "advisors", "elks", "yorkers", "fathers", "mothers", "members", "leaders", "veterans", "workers",
    "residents", "supporters", "donors", "delegates", "activists", "students", "parents", "families", "scouts",
    "women", "men", "people", "children", "folks",
  ]
  /// Words that begin a place's name before another place's (`New Delhi`, `South Florida`).
  /// First words of places' names in Spanish, French and English usage (`San Bernardino`,
  /// `Santa Barbara`, `Los Alamos`, `Fort Worth`).
  static let placeStarts: Set<String> = [
    "san", "santa", "santo", "são", "los", "las", "fort", "mount", "st.", "saint", "sainte", "port", "cape",
  ]
  /// Last words of places' and buildings' names (`Midway Atoll`, `Scarborough Shoal`, `Trump Tower`).
  /// (Kept apart from the resolver's wider `placeHeads`, which also holds institutions and things
  /// named in capitals, kinds the registry tells otherwise. Letting pronouns pass over these words
  /// too moved two PolNeAR pronouns from a place to a headline's words, `Climate Change`.)
  static let placeEndings: Set<String> = [
    "atoll", "shoal", "island", "islands", "bay", "beach", "valley", "canyon", "garden", "gardens", "square",
    "plaza", "tower", "towers", "airport", "pacific", "atlantic", "peninsula", "county", "province", "region",
    "strait", "gulf", "mountains", "arena", "stadium", "palace", "building",
  ]
  /// Articles that open a title in another language (`Le Monde`, `El Universal`, `Die Zeit`).
  static let foreignArticles: Set<String> = ["le", "la", "les", "el", "los", "las", "der", "die", "das", "il", "lo"]
  static let placePrefixes: Set<String> = [
    "new", "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "port",
    "upper", "lower", "greater", "fort", "lake", "mount",
  ]
  /// Words that open a sentence, capitalised there, and so taken with the name after them.
  static let openingWords: Set<String> = [
    "if", "here", "there", "maybe", "perhaps", "meanwhile", "whatever", "while", "when", "whereas", "suddenly",
    "some", "said", "says", "see", "stated", "continued", "added", "last", "next", "as", "top", "senators", "staff",
    "journalist", "columnist", "now", "also", "even", "still", "yet", "indeed", "instead", "however", "although",
    "though", "because", "since", "unlike", "like", "both", "only", "just", "so", "thus", "otherwise", "before",
    "until", "why", "how", "what", "where", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "whether", "unless", "once", "year", "week", "month", "yesterday", "today", "tonight", "earlier", "later",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let descriptors: Set<String> = [
    "actor", "actress", "billionaire", "singer", "rapper", "comedian", "author", "host", "anchor", "besides",
    "absent", "asked", "back", "as", "former", "rival", "candidate", "democrat", "republican", "gop", "sen", "rep",
    "gov", "president", "senator", "governor", "mayor", "judge", "professor", "dr", "mr", "mrs", "ms", "then",
    "advocate", "attorney", "commissioner", "councilman", "councilwoman", "sheriff", "chief", "prime", "minister",
    "moderator", "committeeman", "committeewoman", "strategist", "pollster", "columnist", "commentator", "activist",
    "pres", "hacker", "grandpa", "grandma", "uncle", "aunt",
  ]
  static let commonWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "meanwhile",
    "ceo", "pac", "gov", "action", "black", "white", "public", "data", "figures", "development", "partial",
    "presidential", "nuclear", "independent", "conservative", "liberal", "six", "vp", "quick", "super", "several",
    "thanks", "whenever", "back", "forward", "giant", "transcript", "census", "commerce", "electric", "medicine",
    "band", "corps", "legion", "nine", "ten", "two", "three", "four", "five", "seven", "eight",
  ]
  static let groupWords: Set<String> = [
    "polls", "candidates", "attorneys", "associates", "voters", "officials", "democrats", "republicans",
    "conservatives", "liberals", "millennials", "latinos", "saudis", "friends", "mourners", "debates", "clintons",
    "pacs", "fact-checkers", "investigations", "republican", "democrat", "democratic", "american", "gop",
  ]
  /// Last words of things taken for people: a law, a day, a street.
  static let thingEndings: Set<String> = [
    "act", "day", "street", "avenue", "road", "sea", "hill", "caucus", "breakfast", "behind", "bill", "amendment",
    "law", "plan", "program", "forum", "summit", "debate", "convention", "primary", "election", "award",
    "project", "war", "speech", "prize", "agreement", "wall", "heart", "legacy", "core", "growth", "development",
    "equality", "management", "responsibility", "principles", "son", "world", "pollster", "file", "attack",
    "protection", "trade", "partnership", "treaty",
  ]
  /// ``thingEndings`` that are surnames too.
  static let surnameEndings: Set<String> = ["day", "law", "hill", "street", "wall"]
  static let outletEndings: [String] = [
    "times", "post", "news", "globe", "journal", "insider", "sun", "tribune", "magazine", "review", "network",
    "press", "politics", "digital", "daily", "herald", "gazette", "wire", "radio", "tv", "institute", "university",
    "center", "centre", "foundation", "association", "department", "agency", "committee", "council", "party",
    "campaign", "group", "inc", "corp", "company", "bank", "fund", "report", "poll", "survey", "research",
    "economics", "watch", "initiative", "movement", "services", "affairs", "relations", "statistics", "sciences",
    "consult", "energy", "international", "nations", "security", "operations", "conference", "star", "today",
    "united", "staff", "investigations", "promotions", "action", "health", "carrier", "beacon", "dealer",
    "journalism", "footwear", "industries", "holdings", "partners", "airways", "motors", "pharmaceuticals", "brands",
    "studies", "strategies", "studios", "communications", "media", "consulting", "solutions", "productions",
  ]
}

extension SourceNames {
  /// Whether two origins name one entity between them, so that they cannot confirm each other:
  /// a compound speaker and one of its members (`Clinton and the State Department` with
  /// `Hillary Clinton` or with `State Department`), a lone surname and a full name ending in
  /// it, or a person and the campaign, foundation or administration named after them or their
  /// family (`Clinton campaign` with `Hillary Clinton`: her own camp is no independent
  /// confirmation; `Trayvon Martin Foundation` with `Tracy Martin`, his father, who spoke for
  /// it). Two full names that differ are two entities.
  public static func shareAnEntity(_ a: String, _ b: String) -> Bool {
    partsShare(entityParts(a), entityParts(b))
  }

  /// How many entities a set of origins names: origins that share one (``shareAnEntity(_:_:)``)
  /// count once, and so does a chain of them. (Each origin's parts made once: every verdict
  /// asks this of its origins.)
  public static func entityCount(_ origins: Set<String>) -> Int {
    guard origins.count > 1 else { return origins.count }
    let parts = origins.sorted().map(entityParts)
    var clusters: [[Int]] = []
    for index in parts.indices {
      let joined = clusters.indices.filter { cluster in
        clusters[cluster].contains { partsShare(parts[$0], parts[index]) }
      }
      var merged = [index]
      for cluster in joined.reversed() { merged += clusters.remove(at: cluster) }
      clusters.append(merged)
    }
    return clusters.count
  }

  /// One of the names a speaker's name joins (``entityParts(_:)``): its folded words, and
  /// whether it was a body named after its owner (`Clinton campaign`), given as the owner's name.
  private struct EntityPart {
    var words: [Substring]
    var ownedBody = false
  }

  /// The folded names a speaker's name joins with `and`, `&` or commas, each as its words,
  /// without a leading `the`.
  private static func entityParts(_ name: String) -> [EntityPart] {
    var parts: [[Substring]] = [[]]
    for word in key(name).split(separator: " ") {
      if word == "and" || word == "&" {
        parts.append([])
      } else if word.hasSuffix(",") {
        parts[parts.count - 1].append(word.dropLast())
        parts.append([])
      } else if !(word == "the" && parts[parts.count - 1].isEmpty) {
        parts[parts.count - 1].append(word)
      }
    }
    // A person's own body is named as its owner is: `Clinton campaign` as `Clinton`.
    return parts.filter { !$0.isEmpty }.map { part in
      guard part.count >= 2, let last = part.last, ownedBodies.contains(last) else { return EntityPart(words: part) }
      let owner = part.dropLast()
      return EntityPart(
        words: owner.last?.hasSuffix("'s") == true ? owner.dropLast() + [owner.last!.dropLast(2)] : Array(owner),
        ownedBody: true)
    }
  }

  /// What a person's own campaign, organisation or government is called after its owner's name.
  private static let ownedBodies: Set<Substring> = [
    "campaign", "foundation", "organization", "administration", "camp", "team", "office",
  ]

  /// Whether two names' parts share one: the same words, or one word that is the other's last.
  private static func partsShare(_ a: [EntityPart], _ b: [EntityPart]) -> Bool {
    a.contains { x in
      b.contains { y in
        x.words == y.words || (x.words.count == 1 && y.words.count > 1 && y.words.last == x.words[0])
          || (y.words.count == 1 && x.words.count > 1 && x.words.last == y.words[0])
          || (x.ownedBody != y.ownedBody && x.words.count > 1 && y.words.count > 1 && x.words.last == y.words.last)
      }
    }
  }
}
