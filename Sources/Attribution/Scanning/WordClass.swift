import ArticleReading
import TextPrimitives

/// The word lists a word is on, as bits: the extractor asks these questions of every word many
/// times, and a bit test costs nothing where hashing the word into each list's set did. The bits
/// are made from ``Kind``'s cases, 64 at most (33 are used).
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt64

  init(rawValue: UInt64) { self.rawValue = rawValue }

  /// Every class; its bit is its place here. A new word list is a new case (the compiler then
  /// asks for its words in ``words(of:)``), and its bit follows: up to 64.
  enum Kind: Int, CaseIterable {
    case pronoun, boundary, determiner, possessive, auxiliary, adjunctOpener, relativeFollower, abbreviation, modal,
      nounLike, hedge, sourcePhraseStart, objectPronoun, outletWord, standaloneOutlet, pastAct, headlineCue, sayOrTell,
      interviewWord, title, organization, timeHead, timeModifier, subjectPronoun, preposition, quantifier,
      anonymousHead, groupHead, verbPhraseStart, beForm, andOrBut, vagueHead, irregularPast
  }

  init(_ kind: Kind) { rawValue = 1 << UInt64(kind.rawValue) }

  static var pronoun: WordClass { WordClass(.pronoun) }
  static var boundary: WordClass { WordClass(.boundary) }
  static var determiner: WordClass { WordClass(.determiner) }
  static var possessive: WordClass { WordClass(.possessive) }
  static var auxiliary: WordClass { WordClass(.auxiliary) }
  static var adjunctOpener: WordClass { WordClass(.adjunctOpener) }
  static var relativeFollower: WordClass { WordClass(.relativeFollower) }
  static var abbreviation: WordClass { WordClass(.abbreviation) }
  static var modal: WordClass { WordClass(.modal) }
  static var nounLike: WordClass { WordClass(.nounLike) }
  static var hedge: WordClass { WordClass(.hedge) }
  static var sourcePhraseStart: WordClass { WordClass(.sourcePhraseStart) }
  static var objectPronoun: WordClass { WordClass(.objectPronoun) }
  static var outletWord: WordClass { WordClass(.outletWord) }
  static var standaloneOutlet: WordClass { WordClass(.standaloneOutlet) }
  static var pastAct: WordClass { WordClass(.pastAct) }
  static var headlineCue: WordClass { WordClass(.headlineCue) }
  static var sayOrTell: WordClass { WordClass(.sayOrTell) }
  static var interviewWord: WordClass { WordClass(.interviewWord) }
  static var title: WordClass { WordClass(.title) }
  static var organization: WordClass { WordClass(.organization) }
  static var timeHead: WordClass { WordClass(.timeHead) }
  static var timeModifier: WordClass { WordClass(.timeModifier) }
  static var subjectPronoun: WordClass { WordClass(.subjectPronoun) }
  static var preposition: WordClass { WordClass(.preposition) }
  static var quantifier: WordClass { WordClass(.quantifier) }
  static var anonymousHead: WordClass { WordClass(.anonymousHead) }
  static var groupHead: WordClass { WordClass(.groupHead) }
  static var verbPhraseStart: WordClass { WordClass(.verbPhraseStart) }
  static var beForm: WordClass { WordClass(.beForm) }
  static var andOrBut: WordClass { WordClass(.andOrBut) }
  static var vagueHead: WordClass { WordClass(.vagueHead) }
  static var irregularPast: WordClass { WordClass(.irregularPast) }

  /// The words of each class, from the lexicon.
  static func words(of kind: Kind) -> Set<String> {
    switch kind {
    case .pronoun: Words.pronouns
    case .boundary: Words.boundaries
    case .determiner: Words.determiners
    case .possessive: SentenceWords.possessives
    case .auxiliary: CueLexicon.auxiliaries
    case .adjunctOpener: SentenceWords.adjunctOpeners
    case .relativeFollower: SentenceWords.relativeFollowers
    case .abbreviation: SentenceWords.abbreviations
    case .modal: SentenceWords.modals
    case .nounLike: SentenceWords.nounLike
    case .hedge: CueLexicon.hedges
    case .sourcePhraseStart: CueLexicon.sourcePhraseStarts
    case .objectPronoun: SentenceWords.objectPronouns
    case .outletWord: Words.outletWords
    case .standaloneOutlet: Words.standaloneOutlets
    case .pastAct: SentenceWords.pastActs
    case .headlineCue: SentenceWords.headlineCues
    case .sayOrTell: SentenceWords.sayOrTell
    case .interviewWord: SentenceWords.interviewWords
    case .title: Words.titles
    case .organization: Words.organizationWords
    case .timeHead: SentenceWords.timeHeads
    case .timeModifier: SentenceWords.timeModifiers
    case .subjectPronoun: Words.subjectPronouns
    case .preposition: SentenceWords.prepositions
    case .quantifier: SentenceWords.quantifiers
    case .anonymousHead: Words.anonymousHeads
    case .groupHead: Words.groupHeads
    case .verbPhraseStart: CueLexicon.verbPhraseStarts
    case .beForm: SentenceWords.beForms
    case .andOrBut: SentenceWords.andOrBut
    case .vagueHead: Words.vagueHeads
    case .irregularPast: SentenceWords.irregularPasts
    }
  }

  /// Each word list with the class it gives its words (every word a single lower-case token).
  static let lists: [(Set<String>, WordClass)] = Kind.allCases.map { (words(of: $0), WordClass($0)) }

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
