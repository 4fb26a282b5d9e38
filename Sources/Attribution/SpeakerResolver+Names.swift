import ArticleReading
import TextPrimitives

extension SpeakerResolver {
  // MARK: Names

  /// The people an article names: full names where they first appear, the titles they came
  /// with (`Mayor` for `Mayor Elena Ruiz`), every later mention, and genders where the text
  /// tells (`Mr.`, `Ms.`, or a pronoun already resolved to them).
  struct Names {
    typealias Gender = Attribution.Gender

    /// A full name where it is first met, with its surname (lower-cased) and the title it came
    /// with. (Structs, not tuples, here and below: an array of tuples is destroyed by the
    /// runtime's generic walk over each tuple's fields, a cost every article paid.)
    struct Entry {
      var name: String
      var surname: String
      var offset: Int
      var title: String?
    }

    /// A statement's speaker, resolved, at the offset of its mention (``spoken``).
    struct Mention {
      var offset: Int
      var name: String
    }

    /// A name met in the text at an offset: the entry it names, by index (a plain value: an
    /// article's mentions are freed without releasing a String each).
    struct EntryMention {
      var offset: Int
      var entry: Int
    }

    var entries: [Entry] = []
    var mentions: [EntryMention] = []
    /// By entry: whether the text shows it is a person's name beyond its form: it also names it
    /// by its surname alone (`Priebus said`), as it names people and not places or things
    /// (`Palo Alto` is never `Alto`), or puts a person's role before it (`spokesman Lu Kang`).
    var shownPerson: [Bool] = []
    /// By name (a seeded String dictionary cost 0.4% of all the extractor's instructions more).
    var genders = TermMap<Gender>(terms: 32)

    /// Lower-case surnames interned (every capitalised word of the article is looked up here,
    /// and a `TermTable` costs a third of a seeded String dictionary), and by surname id the
    /// entries with that surname, in order of appearance.
    private var surnames = TermTable(terms: 32)
    private var entriesBySurname: [[Int]] = []
    /// The entries that came with a title, with its words lower-cased (asked of every mention
    /// made only of titles: `the mayor`).
    private var titled: [Titled] = []
    /// A person and a title the text gave them where it did: `Mayor Elena Ruiz`, or `Sen. Murphy`
    /// with a surname alone.
    private struct Titled {
      var name: String
      var offset: Int
      var titleWords: [String]
    }

    /// `titleWords`: the title's words lower-cased, as its tokens were.
    mutating func learn(_ entry: Entry, titleWords: [String]) {
      var surname = entry.surname
      let (id, isNew) = surname.withUTF8 { surnames.intern($0) }
      if isNew { entriesBySurname.append([]) }
      entriesBySurname[Int(id)].append(entries.count)
      if entry.title != nil { learnTitle(titleWords, of: entry.name, at: entry.offset) }
      entries.append(entry)
      shownPerson.append(false)
    }

    /// A title the text gave a person at `offset` (`President Obama`: the full name the surname
    /// stands for, else the surname), its abbreviations written out (`Sen.` is `senator`).
    mutating func learnTitle(_ titleWords: [String], of name: String, at offset: Int) {
      titled.append(Titled(name: name, offset: offset, titleWords: titleWords.map(NameParts.fullTitle)))
    }

    /// Whether the text gave `name` a title with a word that `matches`.
    func hasTitle(of name: String, where matches: (String) -> Bool) -> Bool {
      titled.contains { $0.name == name && $0.titleWords.contains(where: matches) }
    }

    /// Whether the text gave anyone but `name` a title with a word that `matches`: when no one
    /// else bears it, a description by it (`the GOP front-runner`) can only be the subject
    /// a reader has just met.
    func titlesAnyoneBut(_ name: String, where matches: (String) -> Bool) -> Bool {
      titled.contains { $0.name != name && $0.titleWords.contains(where: matches) }
    }

    /// Where the sentence before the one holding `offset` starts (the first's own start, 0).
    static func sentenceBefore(_ offset: Int, sentenceStart: (Int) -> Int) -> Int {
      let sentence = sentenceStart(offset)
      return sentence > 0 ? sentenceStart(sentence - 1) : 0
    }

    /// Where `name` was last named, or last spoke, before `offset`.
    func lastNamed(_ name: String, before offset: Int) -> Int? {
      let named = mentions.last { $0.offset < offset && entries[$0.entry].name == name }?.offset
      let spoke = spoken.last { $0.offset < offset && $0.name == name }?.offset
      return [named, spoke].compactMap { $0 }.max()
    }

    /// A full name titled as `titleWords` are whose last word is `surname`.
    func titledName(endingWith surname: String, sharing titleWords: [String]) -> String? {
      let lower = surname.lowercased()
      let words = Set(titleWords.map(NameParts.fullTitle))
      return titled.first {
        $0.name.lowercased().hasSuffix(" " + lower) && !words.isDisjoint(with: $0.titleWords)
      }?.name
    }

    /// The id of this lower-case surname, if an entry has it.
    func surnameID(_ lower: LowerCase) -> Int32? { surnames.id(of: lower.bytes) }
    func surnameID(_ lower: String) -> Int32? { surnames.id(of: lower) }

    /// The full names the text gave with `surname` (compared bare, case folded), in order.
    func names(withSurname surname: String) -> [String] {
      guard let id = surnames.id(of: SpeakerResolver.bare(surname).lowercased()) else { return [] }
      return entriesBySurname[Int(id)].map { entries[$0].name }
    }

    /// The one person the text named before `offset` by more words than `tail` that end with it,
    /// in any case (`Bill de Blasio` for `De Blasio`); two such people, and neither.
    func fullName(endingWith tail: String, before offset: Int) -> String? {
      let ending = " " + tail.lowercased()
      return onlyName(before: offset) { $0.name.lowercased().hasSuffix(ending) }
    }

    /// The one person the text named in full before `offset` whose surname `surname` misspells:
    /// one letter changed, added, dropped, or two beside each other swapped, the first kept
    /// (`said Leslie Wimes, ... Wines believes`, `Anthony Kiedis ... Keidis`). Asked only for a
    /// surname no one in the text bears; two such people, and it is neither.
    func fullName(misspelledAs surname: String, before offset: Int) -> String? {
      let written = Array(surname.lowercased().unicodeScalars)
      guard written.count >= 4 else { return nil }
      return onlyName(before: offset) { entry in
        let theirs = Array(entry.surname.lowercased().unicodeScalars)
        return entry.name.contains(" ") && theirs.first == written.first && theirs != written
          && Self.oneEditApart(written, theirs)
      }
    }

    /// The one person the text named in full before `offset` with `surname` inside the name,
    /// neither first nor last: the first of a double surname (`Melba Acosta Febo`, then `Ms.
    /// Acosta`; `Andrés Manuel López Obrador`, then `López`). Asked only for a surname no one in
    /// the text bears, never of a usual given name (a middle name: `Mr. Quincy` is not John
    /// Quincy Adams); the full name must open on one.
    func fullName(withInnerSurname surname: String, before offset: Int) -> String? {
      let key = surname.lowercased()
      guard !GivenNames.isGivenName(key) else { return nil }
      return onlyName(before: offset) { entry in
        let words = entry.name.lowercased().split(separator: " ")
        return words.count >= 3 && words.dropFirst().dropLast().contains { $0 == key }
          && GivenNames.isGivenName(String(words[0]))
      }
    }

    /// The name of the entries before `offset` that `matches`, when they are all one person's;
    /// nil when none does or two people do.
    private func onlyName(before offset: Int, where matches: (Entry) -> Bool) -> String? {
      var found: String? = nil
      for entry in entries where entry.offset < offset && matches(entry) {
        if let found, found != entry.name { return nil }
        found = entry.name
      }
      return found
    }

    /// Whether one edit turns `a` into `b`: a letter changed, added or dropped, or two
    /// neighbours swapped.
    static func oneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
      let (short, long) = a.count <= b.count ? (a, b) : (b, a)
      guard long.count - short.count <= 1 else { return false }
      guard let first = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
      if short.count < long.count { return short[first...].elementsEqual(long[(first + 1)...]) }
      if short[(first + 1)...].elementsEqual(long[(first + 1)...]) { return true }
      return first + 1 < short.count && short[first] == long[first + 1] && short[first + 1] == long[first]
        && short[(first + 2)...].elementsEqual(long[(first + 2)...])
    }

    func fullName(forSurname surname: String, before offset: Int, gender: Gender? = nil) -> String? {
      entry(forSurname: surname, before: offset, gender: gender).map { entries[$0].name }
    }

    /// The gender an epithet's head (`businessman`) tells, if it tells one.
    static func epithetGender(_ word: some StringProtocol) -> Gender? {
      switch word {
      case "businessman": .male
      case "businesswoman": .female
      default: nil
      }
    }

    /// The gender a noun for a person tells (`woman`, `father`, `widow`), if it tells one. (Not
    /// `spokesman` or `chairman`, which news writes of women: `Trump spokesman Hope Hicks ... she
    /// said`.)
    static func nounGender(_ word: some StringProtocol) -> Gender? {
      switch word {
      case "man", "father", "husband", "son", "brother", "boy", "grandfather", "widower", "stepfather", "nephew",
        "uncle":
        .male
      case "woman", "mother", "wife", "daughter", "sister", "girl", "grandmother", "widow", "congresswoman",
        "chairwoman", "spokeswoman", "businesswoman", "actress", "councilwoman", "assemblywoman", "stepmother",
        "niece", "aunt":
        .female
      default: nil
      }
    }

    func entry(forSurname surname: String, before offset: Int, gender: Gender? = nil) -> Int? {
      surnames.id(of: SpeakerResolver.bare(surname).lowercased()).flatMap {
        entry(forSurnameID: $0, before: offset, gender: gender)
      }
    }

    /// The entry a surname alone stands for at `offset`: of those with the surname introduced
    /// before it (else the first of all), the first introduced, as a reader takes `Clinton` for
    /// the person the article introduced first and tells the others apart by their given names
    /// (`her husband, former President Bill Clinton`); with an honorific's `gender`, the first of
    /// that gender, else of none known (`Mr. Trump` after `Ivana Trump` is still Donald Trump),
    /// and none when all are of the other: an honorific is evidence of gender, not of identity
    /// (`Mr. Trump` after `Ivanka Trump` alone is someone else).
    /// A name whose first word is a usual given name goes before one whose is not: a headline's
    /// `Understated Perez` is not the `Thomas Perez` of the text. (The most recent entry, as
    /// before, took the husband, the brother or the son the article named in passing.)
    func entry(forSurnameID id: Int32, before offset: Int, gender: Gender? = nil) -> Int? {
      let indices = entriesBySurname[Int(id)]
      // (In the text's order: a couple's first name is learnt after the full name it shares.)
      var introduced = indices.filter { entries[$0].offset < offset }.sorted { entries[$0].offset < entries[$1].offset }
      if introduced.isEmpty { introduced = [indices.min { entries[$0].offset < entries[$1].offset }!] }
      if let gender {
        // (Those known to be of that gender before those of none known.)
        let same = introduced.filter { self.gender(of: entries[$0].name) == gender }
        introduced = same.isEmpty ? introduced.filter { self.gender(of: entries[$0].name) == nil } : same
        if introduced.isEmpty { return nil }
      }
      return introduced.first { GivenNames.isGivenName(entries[$0].name.prefix { $0 != " " }.lowercased()) }
        ?? introduced.first!
    }

    /// A person's gender as the text told it, else as their given name usually is.
    func gender(of name: String) -> Gender? {
      if let known = genders[name] { return known }
      let given = name.prefix { $0 != " " }.lowercased()
      return GivenNames.isMale(given).map { $0 ? .male : .female }
    }

    /// Speakers of statements already resolved, in document order.
    var spoken: [Mention] = []
    /// The descriptions of unnamed speakers among them (`one California delegate`).
    var unnamed: Set<String> = []

    /// The person a pronoun at `offset` stands for: of the people mentioned before it whose
    /// gender does not contradict (named in the text, ``mentions``, never inside a quotation,
    /// or resolved as a speaker), the first of the nearest sentence that names one, as a reader
    /// takes the subject over the people the sentence goes on to name (`Ted Cruz is drawing
    /// contrasts with Donald Trump. He said ...` is Cruz), unless it is a possessive (`As for
    /// Carson's gaffe, Levine laughed. "...," he said` is Levine). `sentenceStart` gives where the
    /// sentence holding an offset starts, `isPossessive` whether the name at an offset is one;
    /// `addressee` is the name the cue is told to, if any; a name `spokenOf` at an offset is only
    /// whom the statement speaks of (`any attempt to debunk a falsehood by Mr. Trump, he said`);
    /// `pronounBefore(gender, name, sentence)` is where a pronoun of that gender stands before
    /// the name at `name` in the sentence starting at `sentence`, if one does and it counts.
    func person(
      before offset: Int, gender: Gender?, addressee: String?, sentenceStart: (Int) -> Int,
      isPossessive: (Int) -> Bool, writtenInLowerCase: (Substring) -> Bool, asksSomeone: (Int) -> Bool,
      pronounBefore: (Gender, Int, Int) -> Int? = { _, _, _ in nil }, spokenOf: (Int) -> Bool = { _ in false },
      governed: (Int) -> Bool = { _ in false }, namedInQuotation: (String) -> Bool = { _ in false }, depth: Int = 0
    ) -> String? {
      var i = Self.countBefore(offset, in: mentions, \.offset)
      var j = Self.countBefore(offset, in: spoken, \.offset)
      var looked = 0
      var chosen: String? = nil
      /// The nearest name nothing shows to be a person's, taken only when no name before it is.
      var unproven: (name: String, at: Int, sentence: Int)? = nil
      var chosenSpoke = false
      var sentence: Int? = nil
      /// Where the name chosen so far stands.
      var chosenAt = offset
      while (i > 0 || j > 0) && looked < 50 {
        let candidate: String
        let at: Int
        let speaking: Bool
        var titled = false
        if j == 0 || (i > 0 && mentions[i - 1].offset > spoken[j - 1].offset) {
          i -= 1
          (candidate, at, speaking) = (entries[mentions[i].entry].name, mentions[i].offset, false)
          titled = entries[mentions[i].entry].title != nil
        } else {
          j -= 1
          (candidate, at, speaking) = (spoken[j].name, spoken[j].offset, true)
        }
        looked += 1
        if let sentence, at < sentence { break }
        // (Who asks a person named is not who answers: `Tapper asked Rollins ...`.)
        if !speaking, asksSomeone(at) || spokenOf(at) { continue }
        if let gender, let known = self.gender(of: candidate), known != gender { continue }
        // A pronoun stands for a person, never a place or a thing a run of capitals named
        // (`Denver International Airport ... "We waited three hours," she said`).
        if Self.namesAPlace(candidate) || Self.namesAThing(candidate) { continue }
        // Whom the statement is told to is not who tells it (`..., he told Hannity`).
        if let addressee, candidate == addressee || candidate.hasSuffix(" " + addressee) { continue }
        // Whom the quotation names is whom it speaks of, not who speaks it (`"... whether Mayor
        // Ridley's message could carry the suburbs ...," he said` is not Ridley).
        if namedInQuotation(candidate) { continue }
        if sentence == nil {
          // A run of capitals the text never shows to be a person (no usual given name, no
          // title, never named by its surname alone, never a speaker) is passed over for a
          // person named before it: `Palo Alto`, `Art Deco`, a film's or a law's name.
          if !speaking, !titled, !shownPerson[mentions[i].entry], !Self.isPersonsName(candidate) {
            // (Two words, as most names are; longer runs of capitals nothing shows to be a name
            // are a headline's words: `Instantly Has Everyone`.)
            // (Nor words the text also writes in lower case: `Obama on Climate Change` heads an
            // article that goes on about climate change. A name is capitalised wherever it stands.)
            // (The first of the nearest sentence with one, its subject as a reader takes it:
            // `Dahlys Hamilton is listed as the chairman of Hispanic Patriots for Trump.
            // Recently she announced` is not the Patriots.)
            if candidate.split(separator: " ").count == 2,
              unproven.map({ $0.sentence == sentenceStart(at) }) ?? true,
              !writtenInLowerCase(candidate.prefix { $0 != " " })
            {
              unproven = (candidate, at, sentenceStart(at))
            }
            continue
          }
          (chosen, sentence, chosenSpoke, chosenAt) = (candidate, sentenceStart(at), speaking, at)
        } else if isPossessive(at) {
          continue
        } else if speaking, titled || Self.isPersonsName(candidate) || candidate.contains(" ") {
          // Who spoke in that sentence under a full name is its subject, wherever it stands
          // (`..., said Kunin`; `Like his comments about Mr. Curiel, Mr. Graham said, ...`), and
          // the first to speak in it before one whose words it reports (`Carson turned the story
          // back, pointing out that the paper's Robert Costa had reported ...`). (A speaker of
          // one word is too often a sentence's opening word: `Speaking at a town hall, Trump`.)
          (chosen, chosenSpoke, chosenAt) = (candidate, true, at)
        } else if !chosenSpoke,
          titled || Self.isPersonsName(candidate) || (!speaking && shownPerson[mentions[i].entry]),
          !governed(at)
        {
          // Else, earlier in the sentence, only a name that is plainly a person's displaces the
          // nearest: capitalised runs at a sentence's start are often no names (`Speaking`).
          // Not a preposition's object, which is no subject: `During an interview with Mark
          // Bell ..., Governor Tom Ridley discussed ...`, then `he said` is the governor.
          // A name the article introduced with a title is one (`Rep. Sander M. Levin`, then
          // `Levin dismissed ... even though Sanders won`), whatever its given name, and so is
          // one the text shows a person's (`Raynard Jackson, a ... consultant, ... voted for Obama`).
          (chosen, chosenAt) = (candidate, at)
        }
      }
      if chosen == nil, let unproven {
        (chosen, sentence, chosenAt) = (unproven.name, unproven.sentence, unproven.at)
      }
      // A name after the same pronoun in its sentence is whom that pronoun's person speaks of
      // (`He nodded only to his second place behind Ted Cruz. "...," he said`; `Though he did
      // not mention Marco Rubio by name, he made it clear ...`): the pronoun goes on with the
      // person the earlier one stands for, looked for the same way (twice at most). Not a name
      // opening a clause after a comma, which a pronoun before it may stand for (`Though he
      // lost, Ann Lee said`), unless that pronoun opens the sentence (`She has gone public ...
      // as Clinton has emerged ... in the campaign of his wife, Hillary Clinton`).
      if let sentence, !chosenSpoke, let gender, depth < 2, let earlier = pronounBefore(gender, chosenAt, sentence),
        let subject = person(
          before: earlier, gender: gender, addressee: addressee, sentenceStart: sentenceStart,
          isPossessive: isPossessive, writtenInLowerCase: writtenInLowerCase, asksSomeone: asksSomeone,
          pronounBefore: pronounBefore, governed: governed, namedInQuotation: namedInQuotation, depth: depth + 1)
      {
        return subject
      }
      return chosen
    }

    /// Whether the text shows the name `surname` ends before `offset` to be a person's: by a
    /// gender, a role or a usual given name (a capitalised body, `Blue Cross Blue Shield`, is
    /// learnt as a name too).
    func isPerson(surname: String, before offset: Int) -> Bool {
      guard let entry = entry(forSurname: surname, before: offset) else { return false }
      return shownPerson[entry] || gender(of: entries[entry].name) != nil || Self.isPersonsName(entries[entry].name)
    }

    /// A full name starting with a usual given name (`Ted Cruz`), not an initial's stub.
    static func isPersonsName(_ name: String) -> Bool {
      let words = name.split(separator: " ")
      guard words.count >= 2, let last = words.last, last.count >= 2, !last.hasSuffix(".") else { return false }
      // A usual given name first, a middle initial (`Sander M. Levin`) or initials (`J.J. MacNab`).
      return GivenNames.isGivenName(words[0].lowercased())
        || (words.count == 3 && NameParts.isInitial(words[1])) || (words.count == 2 && NameParts.areInitials(words[0]))
    }

    /// Whether a name is a place's (``Places``), ends in a word that names a place, a building
    /// or an institution, or ends in a place's name after a word that is no given name (`Putin
    /// Russia`, a headline's words; `Steve Israel` is a person).
    static func namesAPlace(_ name: String) -> Bool {
      // (Lower-cased once: this runs for every candidate a pronoun passes.)
      let lower = name.lowercased()
      if Places.names.contains(lower) { return true }
      guard let space = lower.lastIndex(of: " ") else { return false }
      let last = String(lower[lower.index(after: space)...])
      if Places.names.contains(last), !GivenNames.isGivenName(String(lower.prefix { $0 != " " })) { return true }
      return placeHeads.contains(last)
    }

    /// Whether a name is a platform's (`Facebook`) or, by its last word, a team's or a band's:
    /// three words or more ending in a plural with no usual given name first and no initial
    /// (`Lewisburg Green Dragons`; `Carlton W. Reeves` and `Anne Collins` are people).
    static func namesAThing(_ name: String) -> Bool {
      let words = name.lowercased().split(separator: " ")
      if words.count == 1 { return Platforms.isPlatform(String(words[0])) }
      return NameParts.readsAsAGroupsName(words)
    }

    static let placeHeads: Set<String> = [
      "airport", "station", "center", "centre", "hall", "street", "avenue", "park", "bridge", "hospital",
      "university", "college", "school", "church", "capitol", "county", "city", "river", "valley", "lake", "island",
      "stadium", "arena", "square", "building", "tower", "port", "harbor", "harbour", "bay", "beach", "road",
      "highway", "airlines", "museum", "library", "court", "house", "senate", "congress", "states", "republic",
      "kingdom", "department", "agency", "committee", "council", "company", "corporation", "club", "hotel",
      "district", "region", "province", "coast", "mountains", "canyon", "forest", "prison", "plaza", "village",
      "town", "terminal", "institute", "foundation", "association", "party", "times", "post", "journal", "network",
      "palace", "ballroom", "casino", "cathedral", "mosque", "synagogue", "chapel", "mall", "theater", "theatre",
      "pavilion", "auditorium", "cemetery", "memorial", "monument",
      "korea", "arabia", "america", "africa", "asia", "europe", "emirates", "zealand", "islands",
      // Things named in capitals (`the Pacific Ocean`, `the Affordable Care Act`, `the Nobel
      // Peace Prize`, `the Cold War`).
      "ocean", "sea", "gulf", "act", "prize", "plan", "war", "security", "program", "amendment", "caucus",
      "convention", "partnership", "initiative", "movement", "watch", "studies", "pacific", "atlantic", "point",
    ]

    /// How many elements of a list sorted by offset lie before `offset` (binary search).
    static func countBefore<Element>(_ offset: Int, in list: [Element], _ offsetOf: (Element) -> Int) -> Int {
      var low = 0
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if offsetOf(list[middle]) < offset { low = middle + 1 } else { high = middle }
      }
      return low
    }

    /// The person a description made of a title stands for (`the mayor`), as a reader takes it,
    /// of those the text gave that title before (its head word and the same rank: `the
    /// president` is not `Vice President Joe Biden`, nor `the former president` the president):
    /// `subject`, the person a pronoun there would stand for, when titled (`Murphy told me ...
    /// The senator paused`); else the titled one named last, if named in this sentence or the
    /// one before with no one else named in this one outside the statement's content
    /// (`inContent`: `Mr. Biden said at one point. Mr. Trump is so reckless, the vice president
    /// said`) or since the subject's sentence (`Maddow tried to press Warren ..., but the senator
    /// insisted`); else the only one titled so, if this sentence names nobody before it; before
    /// anyone is named (a headline's `Mayor says ...`), the first titled so after it; else
    /// nobody, not a senator named paragraphs away (`Cruz defends ..."...," the senator says` is
    /// not Sen. John McCain when the text never titled Cruz).
    func person(
      withTitle title: [String], before offset: Int, subject: String?, sentenceStart: (Int) -> Int,
      inContent: (Int) -> Bool
    ) -> String? {
      guard let key = title.last.map({ NameParts.fullTitle($0.lowercased()) }), NameParts.offices.contains(key) else {
        return nil
      }
      let rank = NameParts.ranks.intersection(title.map { $0.lowercased() })
      // (A justice is a judge: `Justice Frank Nervo`, then `the judge`.)
      let offices = key == "judge" ? ["judge", "justice"] : [key]
      let given = titled.filter {
        $0.titleWords.contains(where: offices.contains) && NameParts.ranks.intersection($0.titleWords) == rank
      }
      let holders = Set(given.lazy.filter { $0.offset < offset }.map(\.name))
      guard !holders.isEmpty else {
        // A headline's `Mayor says ...`, before anyone is named: the first so titled after it.
        guard !mentions.contains(where: { $0.offset < offset }), !spoken.contains(where: { $0.offset < offset }) else {
          return nil
        }
        return given.filter { $0.offset > offset }.min { $0.offset < $1.offset }?.name
      }
      if let subject {
        if holders.contains(subject) { return subject }
        // (A surname titled alone is the full name a reader met: `Prince Alwaleed`.)
        let words = subject.split(separator: " ")
        if let holder = holders.first(where: { !$0.contains(" ") && words.contains(Substring($0)) }) { return holder }
      }
      // Where each holder and each person was last met before the description.
      var lastHolder: (name: String, at: Int)? = nil
      var lastPerson = -1
      func met(_ name: String, at place: Int) {
        // (Whom the statement speaks of is not who says it: `Mr. Trump is so reckless, the vice
        // president said`.)
        guard place < offset, !inContent(place) else { return }
        lastPerson = max(lastPerson, place)
        guard holders.contains(name) else { return }
        if lastHolder == nil || place > lastHolder!.at { lastHolder = (name, place) }
      }
      for entry in titled where holders.contains(entry.name) { met(entry.name, at: entry.offset) }
      for mention in mentions { met(entries[mention.entry].name, at: mention.offset) }
      for mention in spoken { met(mention.name, at: mention.offset) }
      guard let lastHolder else { return nil }
      let sentence = sentenceStart(offset)
      let previous = Self.sentenceBefore(offset, sentenceStart: sentenceStart)
      if lastHolder.at >= previous, lastPerson < sentence || lastHolder.at >= sentence { return lastHolder.name }
      var subjectAt = -1
      if let subject {
        subjectAt = lastNamed(subject, before: offset) ?? 0
        if lastHolder.at >= sentenceStart(subjectAt) { return lastHolder.name }
      }
      // (Not when someone else was the subject just before: `Rubio sought ... "Marco!
      // Marco!," the senator said` is not the article's one titled senator.)
      return holders.count == 1 && lastPerson < sentence && subjectAt < previous ? lastHolder.name : nil
    }

  }

  /// Every run of two to four capitalised words that reads as a person's name, and every later
  /// mention of such a name or its surname, outside quotations.
  ///
  /// Runs are read as tokens, their word lists told by the classes each word was given when it
  /// was read: this pass meets every capitalised word of the article, and looking each up again
  /// as a String (lower-cased, hashed into a set) cost more than the rest of the resolution.
  func personNames() -> Names {
    var names = Names()
    // Each run's name, split from its role once (for runs of two words or more): the passes
    // below read it.
    var runs: [NameRun] = []
    // The runs' Strings, which the runs name by index: an array of plain values, as the runs
    // and the lone words then are, is freed without visiting each element.
    var texts: [String] = []
    // Lone words: the bare lower case looked up as a surname, where it is, and its run.
    // (A word with nothing to come off is looked up by its token's bytes, without a String:
    // most capitalised words stand alone. `bare` leaves a lower case as it is where it leaves
    // the text, bar a capital `'S`.)
    var singles: [LoneWord] = []
    var titledSurnames: [TitledSurname] = []
    var couples: [(given: String, surname: String, offset: Int)] = []
    // (Room for the runs of a usual article, about one in ten of its tokens, made at once.)
    let tokenCount = paragraphs.reduce(0) { $0 + $1.tokens.count }
    runs.reserveCapacity(tokenCount / 8)
    singles.reserveCapacity(tokenCount / 10)
    // The full names learnt (interned: hashing each run's name into a seeded Set cost more).
    var known = TermTable(terms: 32)
    for paragraph in paragraphs.indices {
      // (Its two arrays taken, not the whole paragraph copied.)
      let tokens = paragraphs[paragraph].tokens
      let quoteOf = paragraphs[paragraph].quoteOf
      // (`MIDWAY ATOLL - Seventy-four years ago, ...`: a dateline's capitals name a place.)
      var i = paragraphs[paragraph].datelineEnd(from: 0, before: tokens.count) ?? 0
      while i < tokens.count {
        // `As Natarajan put it`: a capitalised function word at a sentence's start names nobody.
        // (Capitals first: most tokens have none, and no punctuation token is marked with one.)
        // (A word that starts with a digit counts as capitalised for a sentence's start, not here:
        // `a 1930s-era Art Deco theater` gives `Art Deco` no title.)
        // So does a sentence adverb (`Maybe Trump is the Manchurian Candidate`), which is no
        // boundary of a speaker's phrase (`Perhaps, he said, ...`) and so is asked for here, and
        // a preposition (`Outside Carrier's plant` names no `Outside Carrier`).
        guard tokens[i].capitalized, tokens[i].isWord, quoteOf[i] == nil,
          !tokens[i].classes.contains(.boundary), !tokens[i].classes.contains(.determiner),
          !tokens[i].classes.contains(.preposition), !isBeForm(i, in: tokens),
          !ScalarClass.isDigit(scalars[tokens[i].start]), !tokens[i].lower.isOne(of: "maybe", "perhaps"),
          !isPronounI(i, in: tokens)
        else {
          i += 1
          continue
        }
        var j = i
        while j < tokens.count, quoteOf[j] == nil,
          (tokens[j].isWord && tokens[j].capitalized && !isPronounI(j, in: tokens) && !isBeForm(j, in: tokens))
            || isInitialStop(j, in: tokens)
            || (j > i && continuesWithParticle(j, in: tokens))
        {
          j += 1
          // A possessive ends a name: `Mrs. Clinton's Iraq war vote` names no `Clinton Iraq`.
          if endsInPossessive(tokens[j - 1]) { break }
        }
        var honorific: Names.Gender? = nil
        // An abbreviated title ends its own run at its stop (`Sen. Chris Marlow`): read here.
        var abbreviatedTitle: [String] = []
        if i >= 2, tokens[i - 1].isPunctuation(".") {
          let before = tokens[i - 2].lower.string
          honorific = Gender.ofHonorific(before)
          if NameParts.fullTitle(before) != before { abbreviatedTitle = [before] }
        }
        // A lone word matters only as a known surname, looked up later by its lower case; before
        // what is theirs (`the Clinton campaign`, `the Obama administration`) it names no one
        // a pronoun could stand for.
        if j - i == 1 {
          if j < tokens.count, tokens[j].isWord, StaticBytes.isOne(tokens[j].lower.bytes, of: NameParts.ownedThings) {
            i = j
            continue
          }
          let token = tokens[i]
          if !abbreviatedTitle.isEmpty, !token.classes.contains(.title), !bareClasses(token).contains(.organization) {
            titledSurnames.append(TitledSurname(titleWords: abbreviatedTitle, text: texts.count, offset: token.start))
            texts.append(word(token))
          }
          let key: LoneWord.Key
          if isBare(token) && scalars[token.end - 1] != "S" {
            key = .token(token.lower)
          } else {
            key = .bare(texts.count)
            texts.append(Self.bare(token.lower.string))
          }
          singles.append(LoneWord(key: key, range: token.start..<token.end, run: runs.count))
          runs.append(NameRun(offset: tokens[i].start, honorific: honorific, surname: nil, full: nil))
          i = j
          continue
        }
        let run = tokens[i..<j]
        let nameStart = personNameStart(run)
        let nameTokens = run[nameStart...]
        let nameWords = nameTokens.filter(\.isWord)
        let full = nameTokens.count >= 2 ? joinedName(nameTokens) : nil
        let textIndex = texts.count
        texts.append(full ?? word(nameTokens.first!))
        runs.append(
          NameRun(
            offset: run.first!.start, honorific: honorific, surname: full == nil ? .text(textIndex) : nil,
            full: full == nil ? nil : textIndex))
        i = j
        // `President Obama`, `Sen. Murphy`: a title before a surname alone, learnt once the full
        // names are known (`the president` is then the person it stands for).
        let titleWords = nameStart > run.startIndex ? run[..<nameStart].map { $0.lower.string } : abbreviatedTitle
        // (`State Department`, `Republican Sen` are no title and surname: the last word must
        // name no title, office or organisation, and the title hold an office.)
        if full == nil, titleWords.contains(where: { NameParts.offices.contains(NameParts.fullTitle($0)) }),
          let last = run.last, !last.classes.contains(.title), !bareClasses(last).contains(.title),
          !bareClasses(last).contains(.organization)
        {
          titledSurnames.append(TitledSurname(titleWords: titleWords, text: textIndex, offset: run.first!.start))
        }
        // The role is made only when a name is learnt, or an organisation word must be told from it.
        func role() -> String? {
          nameStart > run.startIndex ? run[..<nameStart].map { text($0.start..<$0.end) }.joined(separator: " ") : nil
        }
        guard let full, nameWords.filter({ !NameParts.suffixes.contains(word($0).lowercased()) }).count <= 3,
          !run.contains(where: {
            bareClasses($0).contains(.organization) && !(role()?.contains(text($0.start..<$0.end)) ?? false)
          }),
          // (No word of the name is a title: the split stopped at the first. Nor an acronym: a
          // word with nothing to come off is none, or it would have ended the name; a person's
          // initials are none either.)
          !nameTokens.contains(where: { !isBare($0) && Self.isAcronym(word($0)) && !NameParts.areInitials(word($0)) })
        else { continue }
        // The name's words are made once, when it is first met (most are met again and again).
        var fullBytes = full
        let (id, isNew) = fullBytes.withUTF8 { known.intern($0) }
        // (Asked only until the name is shown to be a person's: most names recur many times.)
        defer {
          if !names.shownPerson[Int(id)], describesAPerson(around: run, in: tokens) {
            names.shownPerson[Int(id)] = true
          }
        }
        if !isNew, !titleWords.isEmpty {
          // Titled again: `the mayor` takes the nearest titled before it.
          names.learnTitle(titleWords, of: full, at: run.first!.start)
        }
        // A party before lower-case title words (`Republican presidential candidate Ana
        // Marsh`): what an epithet's party is checked against.
        if let party = partyBefore(run.startIndex, in: tokens) {
          names.learnTitle([party], of: full, at: run.first!.start)
        }
        if isNew {
          let name = nameWords.map(word)
          // (`Joseph R. Biden Jr.` has the surname Biden: `Mr. Biden` names him.)
          let surname = Self.bare(
            name.last { !NameParts.suffixes.contains(Self.bare($0).lowercased()) } ?? name.last!
          ).lowercased()
          names.learn(
            Names.Entry(
              name: full, surname: surname, offset: run.first!.start,
              title: role() ?? (abbreviatedTitle.isEmpty ? nil : text(tokens[i - 2].start..<tokens[i - 1].end))),
            titleWords: titleWords)
          // (Mentions name entries by these ids: see below.)
          assert(Int(id) == names.entries.count - 1)
          // The gender its given name tells, once per name (an honorific in the text overrides it).
          let given = name[0].lowercased()
          if let isMale = GivenNames.isMale(given) { names.genders.set(full, to: isMale ? .male : .female) }
          // A role that tells a gender tells it over the given name's usual one: `9/11 widow
          // Terry Strada` (`Terry` reads as a man's; a `She continued` after her went to another).
          let roleWords =
            titleWords
            + (run.startIndex > 0 && tokens[run.startIndex - 1].isWord
              ? [tokens[run.startIndex - 1].lower.string] : [])
          if let told = roleWords.lazy.compactMap(Names.nounGender).first { names.genders.set(full, to: told) }
          // `Khizr and Ghazala Khan`, `Bill and Hillary Clinton`: a lone given name joined to a
          // full name of two words shares its surname (weighed once the surnames are all known).
          let start = run.startIndex
          if nameWords.count == 2, start >= 2, tokens[start - 1].lower == "and", tokens[start - 2].isWord,
            tokens[start - 2].capitalized, !tokens[start - 2].allCaps, quoteOf[start - 2] == nil,
            start < 3 || !(tokens[start - 3].isWord && tokens[start - 3].capitalized)
          {
            couples.append((given: word(tokens[start - 2]), surname: name[1], offset: tokens[start - 2].start))
          }
        }
      }
    }
    // (A given name that is some name's surname is no given name here: `Trump and Hillary
    // Clinton` name two people.)
    for couple in couples {
      let given = couple.given.lowercased()
      guard names.surnameID(given) == nil, !Places.names.contains(given), WordClass.table[given] == nil else {
        continue
      }
      var partner = couple.given + " " + couple.surname
      guard partner.withUTF8({ known.intern($0) }).isNew else { continue }
      names.learn(
        Names.Entry(name: partner, surname: Self.bare(couple.surname).lowercased(), offset: couple.offset),
        titleWords: [])
      if let isMale = GivenNames.isMale(given) { names.genders.set(partner, to: isMale ? .male : .female) }
    }
    for titledSurname in titledSurnames {
      let surname = Self.bare(texts[titledSurname.text])
      // The full name given the same title (`Adm. Harry B. Harris Jr.`, then `Adm. Harris`), else
      // the surname as it stands: `President Obama` is not the article's only full-named Obama,
      // `Michelle Obama`.
      let name = names.titledName(endingWith: surname, sharing: titledSurname.titleWords) ?? surname
      names.learnTitle(titledSurname.titleWords, of: name, at: titledSurname.offset)
      // `President Obama condemned the test. He said`: a surname an office goes with names a
      // person a pronoun may stand for, where the text gives no full name of it (as `Mr.
      // Obama` does; it was no one).
      if name == surname, names.entry(forSurname: surname, before: titledSurname.offset + 1) == nil {
        names.learn(
          Names.Entry(name: surname, surname: surname.lowercased(), offset: titledSurname.offset), titleWords: [])
      }
    }
    // The lone surnames after an honorific, by run: `Mr. Obama` names a person even where the
    // text never gives his full name, or gives only another's of that surname and gender.
    var honorificSurnames: [Int: Range<Int>] = [:]
    for single in singles {
      if runs[single.run].honorific != nil { honorificSurnames[single.run] = single.range }
      switch single.key {
      case .token(let lower):
        // (A token's own bytes are the surname's key as they stand: no String is made for it.)
        if let id = names.surnameID(lower) { runs[single.run].surname = .id(id) }
      case .bare(let index):
        guard names.surnameID(texts[index]) != nil else { continue }
        texts.append(Self.bare(text(single.range)))
        runs[single.run].surname = .text(texts.count - 1)
      }
    }
    names.mentions.reserveCapacity(runs.count)
    // (Read in place: a copy of each run retained and released its Strings.)
    for index in runs.indices {
      let offset = runs[index].offset
      // (A learnt name's id among the known ones is its entry's index: both count names as they
      // are first learnt.)
      var resolved =
        runs[index].full.flatMap { known.id(of: texts[$0]).map(Int.init) }
        ?? runs[index].surname.flatMap { surname in
          switch surname {
          case .id(let id): names.entry(forSurnameID: id, before: offset + 1, gender: runs[index].honorific)
          case .text(let text): names.entry(forSurname: texts[text], before: offset + 1, gender: runs[index].honorific)
          }
        }
      if resolved == nil, let gender = runs[index].honorific, let range = honorificSurnames[index] {
        // (Learnt as the surname alone, the first time: a person of the honorific's gender.)
        let surname = Self.bare(text(range))
        resolved =
          names.entry(forSurname: surname, before: offset + 1, gender: gender)
          ?? surnameFirstEntry(surname, before: offset, in: names)
          ?? names.fullName(withInnerSurname: surname, before: offset).flatMap { known.id(of: $0).map(Int.init) }
        if resolved == nil {
          names.learn(Names.Entry(name: surname, surname: surname.lowercased(), offset: offset), titleWords: [])
          resolved = names.entries.count - 1
        }
      }
      guard let resolved else { continue }
      names.mentions.append(Names.EntryMention(offset: offset, entry: resolved))
      if runs[index].full == nil { names.shownPerson[resolved] = true }
      if let gender = runs[index].honorific { names.genders.set(names.entries[resolved].name, to: gender) }
    }
    return names
  }

  /// The party word that stands before a run of capitals across lower-case title words only
  /// (`Republican presidential nominee`), lower-cased, if any.
  func partyBefore(_ start: Int, in tokens: [Token]) -> String? {
    var index = start - 1
    while index >= 0, tokens[index].isWord, !tokens[index].capitalized, tokens[index].classes.contains(.title) {
      index -= 1
    }
    guard index >= 0, index < start - 1, tokens[index].isWord, tokens[index].capitalized else { return nil }
    let word = tokens[index].lower.string
    return NameParts.party(word) == nil ? nil : word
  }

  /// Whether the word at `index` is a form of `be`, which a title-case headline capitalises
  /// (`The Trends Are 'Terrifying'`): no part of a name.
  func isBeForm(_ index: Int, in tokens: [Token]) -> Bool { tokens[index].classes.contains(.beForm) }

  /// Whether the word at `index` is the pronoun `I`, no part of a name (`Suddenly I saw`), not an
  /// initial (`John I. Reyes`, its stop after it).
  func isPronounI(_ index: Int, in tokens: [Token]) -> Bool {
    tokens[index].length == 1 && tokens[index].lower.isOne(of: "i")
      && !(index + 1 < tokens.count && tokens[index + 1].isPunctuation(".")
        && tokens[index + 1].start == tokens[index].end)
  }

  /// Whether the word at `index` is a lower-case particle inside a name, between capitals
  /// (`Mayor Bill de Blasio`, `Prince Alwaleed bin Talal`): a run of capitals goes on past it.
  func continuesWithParticle(_ index: Int, in tokens: [Token]) -> Bool {
    index + 1 < tokens.count && tokens[index].isWord && !tokens[index].capitalized
      && StaticBytes.isOne(tokens[index].lower.bytes, of: NameParts.particles) && tokens[index + 1].isWord
      && tokens[index + 1].capitalized
  }

  /// A title before a surname alone (`Sen. Murphy`): the title's words lower-cased, the
  /// surname by index among the texts, where it stands.
  private struct TitledSurname {
    var titleWords: [String]
    var text: Int
    var offset: Int
  }

  /// A lone capitalised word: its lower case as a surname would be listed (its token's own,
  /// or, where a possessive or stop comes off, that made bare, by index among the texts), where
  /// it is, and its run.
  private struct LoneWord {
    enum Key {
      case token(LowerCase)
      case bare(Int)
    }
    var key: Key
    var range: Range<Int>
    var run: Int
  }

  /// A run of capitalised words outside quotations: where it starts, the gender of the honorific
  /// before it (`Mr.`, `Ms.`), and the name in it, by index among the texts: a one-word name as
  /// its surname (for a lone word, once it is known to be one), a longer one joined.
  private struct NameRun {
    var offset: Int
    var honorific: Names.Gender?
    var surname: Surname?
    var full: Int?
  }

  /// A one-word name's surname: by its id among the article's surnames, where a lone word's
  /// token bytes found it, else by its text's index, looked up when mentions are resolved.
  private enum Surname {
    case id(Int32)
    case text(Int)
  }

  /// ``personName(_:)`` of a run of capitalised word tokens: the index of the name's first token,
  /// or of the last token when every word is a title (the role is the run before it; its first
  /// word is no determiner, so there are none to strip).
  func personNameStart(_ run: ArraySlice<Token>) -> Int {
    let start = Self.nameStart(run.startIndex, run.endIndex, isWord: { run[$0].isWord }) { index in
      let token = run[index]
      guard token.isWord else { return false }  // an initial's stop, inside the name
      // (A run holds a lower-case word only as a particle between capitals: `Bill de Blasio`.)
      if !token.capitalized, index > run.startIndex { return false }
      // A title's word after a given name is a surname: `Howard Dean`, `Stephen King`.
      if index == run.endIndex - 1, index > run.startIndex, run[index - 1].isWord,
        StaticBytes.isOne(token.lower.bytes, of: NameParts.titlesBorneAsSurnames),
        GivenNames.isGivenName(run[index - 1].lower.string)
      {
        return false
      }
      // A generation's numeral closes a name (`Joseph R. Murray II`): capitals, but no acronym.
      if index == run.endIndex - 1, index > run.startIndex, token.allCaps,
        NameParts.suffixes.contains(token.lower.string)
      {
        return false
      }
      // (A person's initials before the surname are the name's: `J.M. Berger`.)
      if token.allCaps, index == run.endIndex - 2, run[index + 1].capitalized, !run[index + 1].allCaps,
        NameParts.areInitials(text(token.start..<token.end))
      {
        return false
      }
      return token.classes.contains(.title) || bareClasses(token).contains(.title) || token.allCaps
        || !ScalarClass.isUpper(token.mark)
    }
    // (Most runs are of two words: no array for them; every run of capitals passes here.)
    guard run[start...].lazy.filter(\.isWord).count >= 3 else { return min(start, run.endIndex - 1) }
    let words = run[start...].filter(\.isWord)
    if let given = Self.givenNameStart(count: words.count, lower: { words[$0].lower.string }),
      let first = run[start...].firstIndex(where: { $0.start == words[given].start })
    {
      return first
    }
    return min(start, run.endIndex - 1)
  }

  /// Whether the words around a run of capitals show it to be a person's name: a person's role
  /// just before it (`spokesman Lu Kang`, `marathoner Feyisa Lilesa`: a listed role, or a noun
  /// for someone who does something, `-er`, `-or`, `-ist`, `-ian`), or just after it an age
  /// (`Amadou Magassa, 13,`) or a description of a person (`Wes Nakagiri, a delegate from
  /// Michigan`).
  func describesAPerson(around run: ArraySlice<Token>, in tokens: [Token]) -> Bool {
    func isRole(_ token: Token) -> Bool {
      guard token.isWord, !token.capitalized, !token.classes.contains(.preposition),
        !token.classes.contains(.determiner)
      else { return false }
      let lower = token.lower.string
      if Words.personRoles.contains(lower) { return true }
      return lower.count >= 6 && ["er", "or", "ist", "ian"].contains { lower.hasSuffix($0) }
        && !Words.notAgents.contains(lower)
    }
    let before = run.startIndex - 1
    if before >= 0, isRole(tokens[before]) { return true }
    let after = run.endIndex
    guard after + 2 < tokens.count, tokens[after].isPunctuation(",") else { return false }
    let next = tokens[after + 1]
    if next.isWord, next.lower.count <= 3, next.lower.string.allSatisfy(\.isNumber),
      tokens[after + 2].isPunctuation(",")
    {
      return true
    }
    guard next.isWord, next.lower.isOne(of: "a", "an", "the") else { return false }
    // The description's head: its last word before a preposition or a mark (`a delegate from
    // Michigan`; `a quieter district` is no one).
    let described = tokens[(after + 2)..<min(after + 6, tokens.count)].prefix {
      $0.isWord && !$0.classes.contains(.preposition)
    }
    return described.last.map(isRole) ?? false
  }

  /// Whether a word token ends in `'s` or `’s`.
  func endsInPossessive(_ token: Token) -> Bool {
    token.end - token.start >= 3 && scalars[token.end - 1] == "s"
      && (scalars[token.end - 2] == "'" || scalars[token.end - 2] == "’")
  }

  /// Whether the token at `index` is the full stop of an initial inside a name (`Paul D. Ryan`):
  /// after a single capital, before a capitalised word.
  func isInitialStop(_ index: Int, in tokens: [Token]) -> Bool {
    index > 0 && index + 1 < tokens.count && tokens[index].isPunctuation(".") && tokens[index - 1].isWord
      && tokens[index - 1].length == 1 && tokens[index - 1].capitalized && tokens[index].start == tokens[index - 1].end
      && tokens[index + 1].isWord && tokens[index + 1].capitalized
  }

  /// A name's word: the token's ``bare(_:)`` text (a token with nothing to come off is its own
  /// text).
  func word(_ token: Token) -> String {
    isBare(token) ? text(token.start..<token.end) : Self.bare(text(token.start..<token.end))
  }

  /// A name's words joined by spaces: the text itself where the words stand one space apart and
  /// nothing comes off them, as nearly always (joining Strings cost more than the rest of the
  /// name's making).
  func joinedName(_ tokens: ArraySlice<Token>) -> String {
    let last = tokens.endIndex - 1
    guard isBare(tokens[last]),
      tokens[..<last].indices.allSatisfy({
        // An initial and its stop touch (`D.`); every other word is followed by one space.
        tokens[$0 + 1].isPunctuation(".") && !tokens[$0].isPunctuation(".")
          ? tokens[$0 + 1].start == tokens[$0].end
          : (isBare(tokens[$0]) || tokens[$0].isPunctuation("."))
            && tokens[$0 + 1].start == tokens[$0].end + 1 && scalars[tokens[$0].end] == " "
      })
    else { return tokens.filter(\.isWord).map(word).joined(separator: " ") }
    return text(tokens.first!.start..<tokens[last].end)
  }

  /// Nothing comes off the word in ``bare(_:)``: no possessive, no trailing mark. Told from the
  /// token's last code points alone: ``bare(_:)`` takes a trailing mark off any lower case (its
  /// one exception, an initial's stop, needs a capital), and `'s` off any word of three code
  /// points or more, or a lone apostrophe after `s` (`Sanders’`). (An initial's stop makes this
  /// a cautious no: `M.` keeps it as text.)
  func isBare(_ token: Token) -> Bool {
    let last = scalars[token.end - 1]
    let markLast = last == "." || last == "," || last == ";" || last == ":"
    func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
    let possessive =
      token.length >= 3
      && (last == "s" && isApostrophe(scalars[token.end - 2]) || isApostrophe(last) && scalars[token.end - 2] == "s")
    return !markLast && !possessive
  }

  /// The word classes of a word's ``bare(_:)`` form, lower-cased: the token's own unless a
  /// possessive or trailing full stop comes off.
  func bareClasses(_ token: Token) -> WordClass {
    if isBare(token) { return token.classes }
    let bareLower = Self.bare(text(token.start..<token.end)).lowercased()
    return token.lower.isEqual(to: bareLower) ? token.classes : WordClass.table[bareLower]?.classes ?? []
  }

  /// A mention made only of titles (`the mayor`, `Mayor`, `the former officer`): its title
  /// words, the last the head.
  static func titleOnly(_ words: [PhraseWord]) -> [String]? {
    let stripped = stripDeterminers(words)
    guard let last = stripped.last, last.classes.contains(.title),
      !last.key.isOne(of: "of", "the", "and", "on", "in", "by", "for"),
      stripped.dropLast().allSatisfy({ $0.classes.contains(.title) })
    else { return nil }
    return stripped.map(\.key)
  }

  /// The title a definite description of someone is made of, where it names one person the
  /// article titled: `the mayor`, `the former president` (a rank is part of the title), `Mayor`;
  /// never `a Democratic senator` (one of many), nor `the Ohio governor` or `the state's
  /// Republican governor` (a place or a party the title the article gave may not say).
  static func definiteTitle(_ words: [PhraseWord]) -> [String]? {
    guard let first = words.first, !first.key.isOne(of: "a", "an", "one", "another"),
      let title = titleOnly(words), title.dropLast().allSatisfy(NameParts.ranks.contains)
    else { return nil }
    return title
  }

  /// The person a surname alone names where the text gave the full name surname first (`Gao
  /// Junlan, a lawyer`, then `Ms. Gao`; `Secretary-General Ban Ki-moon`, then `Ban said`): a
  /// name of two words introduced before `offset`, neither a usual given name, shown to be a
  /// person's by a role before it or a description after it (`Trump Train` or `Climate Change`
  /// in a headline is no one's name).
  func surnameFirstEntry(_ surname: String, before offset: Int, in names: Names) -> Int? {
    let key = surname.lowercased()
    return names.entries.indices.first { index in
      let entry = names.entries[index]
      let words = entry.name.split(separator: " ")
      guard entry.offset < offset, words.count == 2, words[0].lowercased() == key,
        !words.contains(where: { GivenNames.isGivenName($0.lowercased()) })
      else { return false }
      return names.shownPerson[index] || entry.title != nil
        || describedAfter(entry.offset + entry.name.unicodeScalars.count)
    }
  }

  /// Whether a comma and a description (a word in lower case, or an age) follow `end`: `Gao
  /// Junlan, a lawyer`, `Amadou Magassa, 13,`.
  func describedAfter(_ end: Int) -> Bool {
    guard end + 2 < scalars.count, scalars[end] == ",", scalars[end + 1] == " " else { return false }
    return ScalarClass.isLower(scalars[end + 2]) || ScalarClass.isDigit(scalars[end + 2])
  }

  /// Splits `CIA Director John Ratcliffe` into the name (`John Ratcliffe`) and the role before it.
  static func personName(_ words: [PhraseWord]) -> (name: ArraySlice<PhraseWord>, role: String?) {
    let nameStart = nameStart(0, words.count) { index in
      let word = words[index]
      // A particle between two capitals is the name's (`Mayor Bill de Blasio`).
      if index > 0, index + 1 < words.count, words[index - 1].text.startsUppercase,
        words[index + 1].text.startsUppercase, NameParts.particles.contains(where: { word.key == $0.description })
      {
        return false
      }
      // A title's word after a given name is a surname: `Howard Dean`, `Stephen King`.
      if index == words.count - 1, index > 0, word.text.startsUppercase,
        NameParts.titlesBorneAsSurnames.contains(where: { word.key == $0.description }),
        GivenNames.isGivenName(words[index - 1].key)
      {
        return false
      }
      // (A generation's numeral closes a name, `Joseph R. Murray II`: capitals, but no acronym.)
      if index == words.count - 1, index > 0, NameParts.suffixes.contains(word.key) { return false }
      // Whose the person is ends the role before a full name (`WKRN's Tom Haley`, `Gallup’s
      // Jeffrey M. Jones`; `Trump’s Virginia` is no `Virginia`), and so does a title joined to
      // another (`Secretary-Treasurer Gary Casteel`).
      // (A person's initials before the surname are the name's: `J.M. Berger`.)
      if index == words.count - 2, NameParts.areInitials(word.text), words[index + 1].text.startsUppercase,
        !isAcronym(words[index + 1].text)
      {
        return false
      }
      return !word.text.startsUppercase || isAcronym(word.text) || word.classes.contains(.title)
        || word.lowerClasses.contains(.title) || (index < words.count - 2 && word.isPossessive)
        || (index < words.count - 1 && word.key.split(separator: "-").contains { Words.titles.contains(String($0)) })
    }
    // (The name's words are read bare; with none left after the role, the last word is the name.)
    let start = nameStart + (givenNameStart(count: words.count - nameStart, lower: { words[nameStart + $0].key }) ?? 0)
    let name = start < words.count ? words[start...] : words[(words.count - 1)...]
    let role = start > 0 ? joined(roleWords(stripDeterminers(Array(words[..<start])))) : nil
    return (name, role?.isEmpty == true ? nil : role)
  }

  /// The words before a name that say what the person is: without an honorific (`Mr.`,
  /// `Ms.`, `Dr.`: a gender or a courtesy, no office; NYT's `Mr. Obama` had made `Mr.` the role
  /// of 476 statements and the affiliation of 144 sources), a live blog's timestamp glued to a
  /// given name (`35PMChris Christie`), or a conjunction opening the sentence (`But Ms. Capito`);
  /// nor the words joining it to what follows (`producer for`), a surname's particle or a
  /// number alone.
  static func roleWords(_ words: ArraySlice<PhraseWord>) -> [PhraseWord] {
    var words = words.filter {
      !NameParts.isHonorific($0.key) && NameParts.withoutGluedTimestamp($0.text) == $0.text
    }
    if let first = words.first, first.text.startsUppercase, first.key.isOne(of: "but", "and", "or", "so", "yet") {
      words.removeFirst()
    }
    // (`A producer for Yahoo Studios`: the role ends before the word that joins it to its body.)
    while let last = words.last,
      last.lowerClasses.contains(.preposition) || last.lowerClasses.contains(.determiner)
        || last.key == "of"
    {
      words.removeLast()
    }
    // A surname's particle (`de Blasio`) or a number alone (`42%`) says nothing of the person.
    if words.count <= 2,
      words.allSatisfy({ word in
        !word.text.unicodeScalars.contains(where: ScalarClass.isLetter)
          || NameParts.particles.contains { word.key == $0.description }
      })
    {
      return []
    }
    return words
  }

  /// Where a full name starts among capitalised words (`lower` gives each lower-cased) when
  /// words that are no given names come before its first usual given name: a headline's or a
  /// role's (`The New Mitt Romney`, `Actor Clint Howard`, `Political Affairs Wendy Sherman`).
  /// Three words or more, the given name with a word after it, and no initial first (`J.
  /// Christopher Stevens` keeps his); nil when the words start with the name.
  static func givenNameStart(count: Int, lower: (Int) -> String) -> Int? {
    guard count >= 3, lower(0).unicodeScalars.count(where: ScalarClass.isLetter) > 1, !GivenNames.isGivenName(lower(0))
    else { return nil }
    return (1..<count - 1).first { GivenNames.isGivenName(lower($0)) }
  }

  /// Where the name starts in words `start..<end`: at most four words back from the end, after
  /// the last word that cannot be part of a name (a title, an acronym, a lower-case word);
  /// `isWord` tells the words from an initial's stop among them.
  static func nameStart(
    _ start: Int, _ end: Int, isWord: (Int) -> Bool = { _ in true }, notName: (Int) -> Bool
  ) -> Int {
    var first = end
    var words = 0
    while first > start, !notName(first - 1) {
      first -= 1
      if isWord(first) { words += 1 }
      if words == 4 { break }
    }
    return first
  }

  /// Where a phrase names a spokesperson or a press office's voice (`spokesman`, `press`,
  /// `statement`), if it does.
  static func spokesIndex(_ words: [PhraseWord]) -> Int? {
    // (Every word looked for starts with `s` or `p`: most words are ruled out by that byte.)
    words.indices.first { index in
      let word = words[index]
      let first = word.key.utf8.first
      guard first == UInt8(ascii: "s") || first == UInt8(ascii: "p"), isSpokesWord(word) else { return false }
      // `The Associated Press`, `Detroit Free Press`: a name's last word, not a press office.
      return !(word.key == "press" && word.text.startsUppercase && index > 0 && words[index - 1].text.startsUppercase)
    }
  }

  /// Whether a word names a spokesperson, spokespeople or a press office's voice (`press`,
  /// `statement`), whatever stands around it.
  static func isSpokesWord(_ word: PhraseWord) -> Bool {
    word.key.isOne(
      of: "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "press", "statement")
  }

  /// Whether a word names one spokesperson (`spokesman`, `spokeswoman`, `spokesperson`): whom
  /// a later `the spokesman` stands for.
  static func isSpokesperson(_ word: PhraseWord) -> Bool {
    word.key.isOne(of: "spokesman", "spokeswoman", "spokesperson")
  }

  /// The organisation behind a spokesperson or press office: `a State Department spokesperson`,
  /// `a statement from the SVR’s press office`, `a spokesman for the state Department of
  /// Transportation`.
  static func spokesOrganization(_ words: [PhraseWord]) -> String? {
    guard let spokes = spokesIndex(words) else { return nil }
    var candidate: [PhraseWord]
    if let link = words[spokes...].firstIndex(where: { $0.key == "for" || $0.key == "from" || $0.key == "of" }),
      link + 1 < words.count
    {
      candidate = Array(words[(link + 1)...])
    } else {
      // A spokesperson named (`White House spokesman Josh Earnest`, `press secretary Dana
      // Perino`) is the person who speaks, the organisation their affiliation, as `NBC
      // meteorologist Dana Cho` is Dana Cho: the role before the name says it.
      let after = words[(spokes + 1)...].drop { !$0.text.startsUppercase || $0.classes.contains(.title) }
      if after.count >= 2, after.allSatisfy(\.text.startsUppercase) { return nil }
      candidate = Array(words[..<spokes])
    }
    // (No determiner names anyone, even alone and capitalised: `The spokesman refused ...` has
    // no organisation `The`.)
    candidate = candidate.filter { !isSpokesWord($0) && $0.key != "office" && !$0.lowerClasses.contains(.determiner) }
    while let first = candidate.first, first.text.startsLowercase, first.lower != "state",
      candidate.contains(where: \.text.startsUppercase)
    {
      candidate.removeFirst()
    }
    guard !candidate.isEmpty,
      candidate.contains(where: { $0.text.startsUppercase || $0.classes.contains(.organization) })
    else { return nil }
    return joined(candidate).possessiveStripped
  }

  /// The known organisation a shorter name refers to (`State Department` → `US State Department`).
  static func matchKnown(_ name: String, in known: [String]) -> String {
    let key = name.lowercased()
    return known.last(where: { $0.lowercased() == key })
      ?? known.last(where: { $0.lowercased().hasSuffix(" " + key) }) ?? name
  }

  /// Whether an outlet's phrase ends in a person it describes, named in full after a role in
  /// lower case, a title or the outlet's possessive: `NBC meteorologist Dana Cho`, `CNN
  /// President Jeff Zucker`, `CNN's Jake Tapper` are the person (the outlet's words their role),
  /// not the outlet.
  static func namesAPersonOfAnOutlet(_ words: [PhraseWord]) -> Bool {
    let name = personName(words).name
    guard name.count >= 2, name.startIndex > 0 else { return false }
    let before = words[name.startIndex - 1]
    // (A title capitalised before the name is a role too: `CNN President Jeff Zucker`.)
    return !before.text.startsUppercase || before.isPossessive || before.lowerClasses.contains(.title)
      ? !name.contains { $0.classes.contains(.organization) || $0.classes.contains(.outletWord) || isAcronym($0.bare) }
      : false
  }

  static func isOutletName(_ words: [PhraseWord]) -> Bool {
    let stripped = stripDeterminers(words)
    guard let last = stripped.last, last.text.startsUppercase else { return false }
    if stripped.count == 1 { return last.classes.contains(.standaloneOutlet) }
    // A given name before an outlet's one word is a person of that name (`Michael Bloomberg`,
    // `Andrew Breitbart`, `Scott Rasmussen`).
    if stripped.count == 2, last.classes.contains(.standaloneOutlet),
      GivenNames.isGivenName(stripped[stripped.startIndex].key)
    {
      return false
    }
    // (`Agency` alone is a government's: `the Environmental Protection Agency`; a news agency
    // names its medium too, `Xinhua News Agency`.)
    return stripped.contains { $0.text.startsUppercase && $0.classes.contains(.outletWord) && $0.key != "agency" }
      && !stripped.contains { $0.key.isOne(of: "department", "ministry", "government", "office") }
  }

  /// `Russia's state-run TASS news agency` → `TASS`; `Fox News Digital` stays whole.
  static func outletName(_ phrase: Span, in scalars: [Unicode.Scalar]) -> String {
    let words = stripDeterminers(PhraseWord.words(of: phrase, in: scalars))
    if let standalone = words.last(where: { $0.classes.contains(.standaloneOutlet) }) {
      return standalone.bare
    }
    var kept = words
    while let first = kept.first?.text, !first.startsUppercase || first.hasSuffix("'s") || first.hasSuffix("’s") {
      kept.removeFirst()
    }
    while let last = kept.last, !last.text.startsUppercase { kept.removeLast() }
    return kept.isEmpty ? phrase.text : joined(kept)
  }

  /// The words after any leading determiners (`the`, `a`), keeping the last.
  static func stripDeterminers(_ words: [PhraseWord]) -> ArraySlice<PhraseWord> {
    var result = words[...]
    while let first = result.first, result.count > 1, first.lowerClasses.contains(.determiner) {
      result.removeFirst()
    }
    return result
  }

  /// The words as written, one space apart.
  static func joined(_ words: some Collection<PhraseWord>) -> String {
    words.map(\.text).joined(separator: " ")
  }

  static func isAcronym(_ word: String) -> Bool {
    var letters = 0
    for scalar in word.unicodeScalars where ScalarClass.isLetter(scalar) {
      if !ScalarClass.isUpper(scalar) { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// The words from the first capitalised one, where those before it only describe
  /// (`The fiscally conservative Club for Growth`, `calculations by Amy Glasmeier`); all of them
  /// where a title stands among those (`the director of the Federal Bureau`: someone else).
  static func droppingDescription(_ words: ArraySlice<PhraseWord>) -> ArraySlice<PhraseWord> {
    let description = words.prefix { !$0.text.startsUppercase }
    guard description.count < words.count, !description.contains(where: { $0.classes.contains(.title) }) else {
      return words
    }
    return words.dropFirst(description.count)
  }

  /// Who made the document a phrase names (`the IMF report`, `a report from the SITE
  /// Intelligence Group`, `a new report by Politico`, `the average of recent polls compiled by
  /// Real Clear Politics`): the capitalised name right before the document's word, or a few
  /// words after it and `by` or `from`; a person when it opens on a usual given name, else a
  /// body. Nil when no one is named there (`reports from the convention`).
  static func documentAuthor(_ words: [PhraseWord]) -> (kind: SpeakerKind, name: String)? {
    guard
      let document = words.firstIndex(where: { $0.lowerClasses.contains(.vagueHead) || documents.contains($0.key) })
    else { return nil }
    // `the IMF report`, `a Quinnipiac University poll`: the name right before the document's
    // word, when it is no place's (`the Benghazi report` is about Benghazi). Not before a word
    // for sources or media (`Democratic sources`, `Turkish media`), nor one inside a name
    // (`the U.S. Geological Survey`).
    // (`a 2015 Pew Research survey`, `the latest Quinnipiac University poll`: a year and words
    // in lower case before the name describe the document.)
    // (`the RealClearPolitics polling average`, `a Washington Post-ABC News national poll`: a
    // word for the kind of poll may stand between the name and the document's word.)
    var before = words[..<document].drop { $0.lowerClasses.contains(.determiner) || !$0.text.startsUppercase }
    while let last = before.last, pollKinds.contains(last.text) { before = before.dropLast() }
    // (`the RealClearPolitics average of polls`: what the document is of may follow it; so may
    // a word for its making, `a new Latino Decisions poll released Friday found`.)
    let after = words[(document + 1)...]
    if isDocument(words[document]), !before.isEmpty, before.allSatisfy(\.text.startsUppercase),
      after.isEmpty || after.first?.key == "of" && after.allSatisfy({ !$0.text.startsUppercase })
        || after.count == 1 && madePublic.contains(after[after.startIndex].key),
      !Places.names.contains(joined(before).lowercased())
    {
      return (.organization, joined(before).possessiveStripped)
    }
    // `polls compiled by`, `a study from`; further on only after a word for making it public
    // (`excerpts of his speech released by`, not `a memo about the deal obtained by`).
    guard
      let link = after.prefix(3).firstIndex(where: { $0.key.isOne(of: "by", "from") })
        ?? after.prefix(6).indices.first(where: { index in
          // (`exit polls conducted for The Associated Press`: who had them made.)
          index > after.startIndex && madePublic.contains(after[index - 1].key)
            && (after[index].key == "by" || after[index].key == "for" && after[index - 1].key == "conducted")
        })
    else {
      return nil
    }
    var name = Array(stripDeterminers(Array(words[(link + 1)...])))
    // The name runs over capitalised words and the small words inside a body's name (`University
    // of Pennsylvania`, `Center for American Progress`).
    var end = 0
    while end < name.count, name[end].text.startsUppercase || (end > 0 && name[end].key.isOne(of: "of", "for", "and")) {
      end += 1
    }
    while end > 0, !name[end - 1].text.startsUppercase { end -= 1 }
    // `a memo from Mr. Rubio's campaign manager`: the one described made it, not the name.
    if end > 0, end < name.count, name[end - 1].isPossessive { return nil }
    name = Array(name[..<end])
    guard let first = name.first, first.text.startsUppercase, !first.lowerClasses.contains(.pronoun) else { return nil }
    let joined = joined(name).possessiveStripped
    let person =
      name.count >= 2 && GivenNames.isGivenName(first.key) && !name.contains { $0.classes.contains(.organization) }
    return (person ? .person : .organization, joined)
  }

  /// Whether a word, as written in lower case, names a poll, survey, study or report.
  static func isDocument(_ word: PhraseWord) -> Bool {
    word.text.startsLowercase && (word.key == "report" || documents.contains(word.key))
  }

  /// Documents a source speaks through, beside the vague heads (`report`).
  static let documents: Set<String> = [
    "study", "studies", "analysis", "survey", "surveys", "poll", "polls", "memo", "audit", "review", "estimate",
    "estimates", "forecast", "paper", "tally", "average", "averages", "excerpts", "transcript", "count", "data",
    "results",
  ]

  /// Words for the kind of a poll, between its maker and the document's word, as written in
  /// lower case (a capital makes one part of a name: `National Journal poll`).
  private static let pollKinds: Set<String> = [
    "polling", "opinion", "tracking", "exit", "online", "national", "statewide", "internal",
  ]

  /// Words for making a document public, after which `by` names who made it (or `for`, after
  /// `conducted`, who had it made).
  private static let madePublic: Set<String> = [
    "released", "published", "issued", "distributed", "prepared", "compiled", "conducted",
  ]

  /// `Jeffrey Lewis of the James Martin Center`, `Mujtaba Rahman of the Eurasia Group`: a full
  /// name of two capitalised words or more (none a body's or a title's), then `of`, `at` or
  /// `from` and a body's name. The person's name and the body. (A usual given name first was
  /// asked for: a name from elsewhere made the person an organisation.)
  static func personOfABody(_ words: ArraySlice<PhraseWord>) -> (person: String, body: String)? {
    // (Or an honorific and a surname: `Mr. Burman of the Tax Policy Center` was a body of that
    // name; the surname is then the person's, for the caller to make whole.)
    let honorific = words.first.map { NameParts.isHonorific($0.key) } == true
    let nameStart = words.startIndex + (honorific ? 1 : 0)
    guard let link = words.firstIndex(where: { $0.text.isOne(of: "of", "at", "from") }),
      link - nameStart >= (honorific ? 1 : 2), link + 1 < words.endIndex,
      words[nameStart..<link].allSatisfy({
        $0.text.startsUppercase && !$0.classes.contains(.organization) && !$0.classes.contains(.title)
      }),
      words[(link + 1)...].contains(where: { $0.text.startsUppercase && $0.classes.contains(.organization) })
    else { return nil }
    let body = stripDeterminers(Array(words[(link + 1)...]))
    return (words[nameStart..<link].map(\.bare).joined(separator: " "), joined(Array(body)))
  }

  /// `Sen. Chuck Grassley of Iowa`, `Cory James of Flint`, `voter Ann Lee of Derry`: a name of
  /// two words or more, then in one or two words where the person is from. Not a title's `of`
  /// (`Former Secretary of State Madeleine Albright`, `Supervisor of Elections Susan Bucher`), nor
  /// an organisation's (`Bank of America`, `The University of Iowa`, `The Republic of Turkey`).
  static func droppingPlace(_ words: [PhraseWord]) -> [PhraseWord] {
    // (`former Gov. Jeb Bush of Florida`: a lower-case word that dates the title comes first.)
    let dated = words.prefix { $0.key.isOne(of: "former", "then", "outgoing", "acting", "retired") }.count
    // (`voter Ann Lee of Derry`: the name may follow a role in lower case.)
    guard let of = words.firstIndex(where: { $0.text == "of" }), of >= dated + 2, of + 1 < words.count,
      words.count - of - 1 <= 2,
      words[of + 1].text.startsUppercase,
      case let nameStart = (dated..<of).reversed().prefix(while: { words[$0].text.startsUppercase }).last ?? of,
      of - nameStart >= 2, nameStart == dated || !words[nameStart - 1].text.startsUppercase,
      !words[0].lowerClasses.contains(.determiner),
      !words[of - 1].classes.contains(.title),
      !words[..<of].contains(where: { $0.classes.contains(.organization) })
    else { return words }
    return Array(words[..<of])
  }

  /// A word without trailing possessive or punctuation.
  ///
  /// Read on UTF-8 (every mark it strips is ASCII, or `’`): it is asked of every name and
  /// surname an article mentions, and its scalar-view version cost a tenth of name finding.
  static func bare(_ word: String) -> String {
    func isMark(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }
    // Most words have nothing to strip: answered from their two ends, read from the contiguous
    // UTF-8 (the view's generic `last` cost more than the rest of this function).
    var contiguous = word
    let untouched = contiguous.withUTF8 { utf8 -> Bool in
      guard let first = utf8.first, let last = utf8.last else { return true }
      guard !isMark(first), !isMark(last) else { return false }
      // Only `'s` and `’s` come off a word ending in `s` (the apostrophe's last UTF-8 byte), and
      // a lone apostrophe off one ending in `s'` or `s’`.
      guard utf8.count >= 3 else { return true }
      if last == UInt8(ascii: "'") || last == 0x99 { return false }
      guard last == UInt8(ascii: "s") else { return true }
      let before = utf8[utf8.count - 2]
      return before != UInt8(ascii: "'") && before != 0x99
    }
    if untouched { return word }
    let utf8 = word.utf8
    let last = utf8.last!
    // `M.` in `Roxana M. Leon`, `J.M.` in `J.M. Berger`: an initial keeps its stop.
    if last == UInt8(ascii: "."),
      word.unicodeScalars.count == 2 && word.unicodeScalars.first.map(ScalarClass.isUpper) == true
        || NameParts.areInitials(word)
    {
      return word
    }
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, isMark(utf8[start]) { start = utf8.index(after: start) }
    while end > start, isMark(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    // `'s` or `’s` after at least one more code point; or the lone apostrophe of a plural's
    // possessive (`Republicans'`, `Sanders’`), which left the word no group or name a list holds.
    let length = utf8.distance(from: start, to: end)
    func byte(_ back: Int) -> UInt8 { utf8[utf8.index(end, offsetBy: -back)] }
    let curly = (0xE2 as UInt8, 0x80 as UInt8, 0x99 as UInt8)
    if length > 2, byte(1) == UInt8(ascii: "s"), byte(2) == UInt8(ascii: "'") {
      end = utf8.index(end, offsetBy: -2)
    } else if length > 4, byte(1) == UInt8(ascii: "s"), (byte(4), byte(3), byte(2)) == curly {
      end = utf8.index(end, offsetBy: -4)
    } else if length > 2, byte(1) == UInt8(ascii: "'"), byte(2) == UInt8(ascii: "s") {
      end = utf8.index(end, offsetBy: -1)
    } else if length > 4, (byte(3), byte(2), byte(1)) == curly, byte(4) == UInt8(ascii: "s") {
      end = utf8.index(end, offsetBy: -3)
    }
    if start == utf8.startIndex, end == utf8.endIndex { return word }
    return String(Substring(utf8[start..<end]))
  }
}
