import ArticleReading
import TextPrimitives

/// The word lists a word is on, as bits: the extractor asks these questions of every word many
/// times, and a bit test costs nothing where hashing the word into each list's set did. 64 bits,
/// 32 of them free: a new list takes the next bit and a line in ``lists``.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt64

  static let pronoun = WordClass(rawValue: 1 << 0)
  static let boundary = WordClass(rawValue: 1 << 1)
  static let determiner = WordClass(rawValue: 1 << 2)
  static let possessive = WordClass(rawValue: 1 << 3)
  static let auxiliary = WordClass(rawValue: 1 << 4)
  static let adjunctOpener = WordClass(rawValue: 1 << 5)
  static let relativeFollower = WordClass(rawValue: 1 << 6)
  static let abbreviation = WordClass(rawValue: 1 << 7)
  static let modal = WordClass(rawValue: 1 << 8)
  static let nounLike = WordClass(rawValue: 1 << 9)
  static let hedge = WordClass(rawValue: 1 << 10)
  static let sourcePhraseStart = WordClass(rawValue: 1 << 11)
  static let objectPronoun = WordClass(rawValue: 1 << 12)
  static let outletWord = WordClass(rawValue: 1 << 13)
  static let standaloneOutlet = WordClass(rawValue: 1 << 14)
  static let pastAct = WordClass(rawValue: 1 << 15)
  static let headlineCue = WordClass(rawValue: 1 << 16)
  static let sayOrTell = WordClass(rawValue: 1 << 17)
  static let interviewWord = WordClass(rawValue: 1 << 18)
  static let title = WordClass(rawValue: 1 << 19)
  static let organization = WordClass(rawValue: 1 << 20)
  static let timeHead = WordClass(rawValue: 1 << 21)
  static let timeModifier = WordClass(rawValue: 1 << 22)
  static let subjectPronoun = WordClass(rawValue: 1 << 23)
  static let preposition = WordClass(rawValue: 1 << 24)
  static let quantifier = WordClass(rawValue: 1 << 25)
  static let anonymousHead = WordClass(rawValue: 1 << 26)
  static let groupHead = WordClass(rawValue: 1 << 27)
  static let verbPhraseStart = WordClass(rawValue: 1 << 28)
  static let beForm = WordClass(rawValue: 1 << 29)
  static let andOrBut = WordClass(rawValue: 1 << 30)
  static let vagueHead = WordClass(rawValue: 1 << 31)

  /// Each word list with the class it gives its words (every word a single lower-case token).
  static let lists: [(Set<String>, WordClass)] = [
    (Words.pronouns, .pronoun), (Words.boundaries, .boundary), (Words.determiners, .determiner),
    (SentenceWords.possessives, .possessive), (CueLexicon.auxiliaries, .auxiliary),
    (SentenceWords.adjunctOpeners, .adjunctOpener), (SentenceWords.relativeFollowers, .relativeFollower),
    (SentenceWords.abbreviations, .abbreviation), (SentenceWords.modals, .modal), (SentenceWords.nounLike, .nounLike),
    (CueLexicon.hedges, .hedge), (CueLexicon.sourcePhraseStarts, .sourcePhraseStart),
    (CueLexicon.verbPhraseStarts, .verbPhraseStart), (SentenceWords.beForms, .beForm),
    (SentenceWords.andOrBut, .andOrBut),
    (SentenceWords.objectPronouns, .objectPronoun), (Words.outletWords, .outletWord),
    (Words.standaloneOutlets, .standaloneOutlet), (SentenceWords.pastActs, .pastAct),
    (SentenceWords.headlineCues, .headlineCue), (SentenceWords.sayOrTell, .sayOrTell),
    (SentenceWords.interviewWords, .interviewWord), (Words.titles, .title), (Words.organizationWords, .organization),
    (SentenceWords.timeHeads, .timeHead), (SentenceWords.timeModifiers, .timeModifier),
    (Words.subjectPronouns, .subjectPronoun), (SentenceWords.prepositions, .preposition),
    (SentenceWords.quantifiers, .quantifier), (Words.anonymousHeads, .anonymousHead), (Words.groupHeads, .groupHead),
    (Words.vagueHeads, .vagueHead),
  ]

  /// Every listed word with its classes and its cue-lexicon entry, built once. Every word of
  /// every article is looked up here: the standard dictionary's seeded hash made that look-up
  /// cost about as much as reading the word.
  static let table: WordTable = {
    var table = TermMap<WordTable.Known>()
    for (list, wordClass) in lists {
      for word in list { table.update(word, initial: ([], -1)) { $0.classes.insert(wordClass) } }
    }
    for (index, form) in CueLexicon.entryForms.enumerated() {
      table.update(form, initial: ([], -1)) { $0.cue = Int32(index) }
    }
    return WordTable(terms: table)
  }()
}
