/// The word lists the extractor's rules and its tokenizer ask about a word (each gives its
/// words a ``WordClass`` bit, or is read by the rule that names it): data in one place, beside
/// the cue lexicon, not inside the code that reads them.
enum SentenceWords {
  static let objectPronouns: Set<String> = ["me", "him", "her", "us", "them", "you"]

  /// Irregular past tenses that, after `but`, start the speaker's next act.
  static let pastActs: Set<String> = ["gave", "made", "did", "went", "took", "left", "declined", "refused", "offered"]

  /// Irregular past tenses that end a noun phrase before them (`The Florida senator sought to
  /// calm ..., saying`): verbs no `-ed` or `-s` gives away. Not those that are as often nouns or
  /// adjectives in a subject (`left`, `set`, `cut`, `lost`, `held`).
  static let irregularPasts: Set<String> = [
    "sought", "went", "took", "made", "gave", "came", "began", "spoke", "met", "ran", "kept", "brought", "thought",
    "sent", "became", "stood", "fought", "knew", "got", "wrote", "drew", "threw", "grew", "fell", "rose", "sat",
    "bought", "caught", "taught", "paid", "built", "spent", "heard", "struck", "swore", "broke", "chose", "won",
    "withdrew", "overcame", "undertook", "oversaw",
  ]

  /// Words after `that` which make it a relative pronoun (`the meeting that was held`).
  static let relativeFollowers: Set<String> = [
    "was", "is", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
  ]

  /// Words after `that` which make it a time's determiner, not the content's start (`the lawsuit
  /// Lynch announced that same day`, `said that night`). Fewer than ``timeHeads``: after `that`,
  /// `time`, `year` or `today` often start the content (`said that time is running out`).
  static let daysAfterThat: Set<String> = [
    "same", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month",
  ]

  /// Words that open an adjunct after a cue rather than its content.
  static let adjunctOpeners: Set<String> = Words.weekdays.union([
    "at", "on", "in", "during", "after", "before", "last", "this", "earlier", "later", "via", "yesterday",
    "today", "tonight", "afterward", "afterwards", "recently", "previously", "through", "from",
    "when", "while", "as", "outside", "inside", "near", "upon", "to", "with", "of", "about", "for",
  ])

  /// Words that end a source phrase read forwards (made once: built in ``forwardRun``, the set
  /// cost more than the rest of it).
  static let forwardRunStops: Set<String> = [
    "who", "which", "that", "in", "on", "at", "during", "after", "when", "while", "because", "told", "said", "says",
    "and", "had", "has", "have", "was", "is", "were", "are", "will", "would", "could", "should", "can", "may",
  ]

  /// Times that end a source phrase read forwards, with ``timeHeads`` after the last three (`a
  /// poll released Thursday`, `a poll taken last week`). Not months, which are given names too.
  static let runEndingTimes: Set<String> = Words.weekdays.union([
    "yesterday", "today", "tonight", "last", "earlier", "this",
  ])

  /// Participles that date a document, besides those in `-ed` (`a poll taken last week`).
  static let datingParticiples: Set<String> = ["taken", "made", "sent", "out", "put", "written", "given"]

  /// Words that name an interview, before the outlet that carried it.
  static let interviewWords: Set<String> = ["speaking", "interview", "interviewed"]

  /// Cues that report a statement of their own even inside an earlier cue's content.
  static let sayOrTell: Set<String> = ["said", "says", "told", "tells"]

  /// Cues that a title-case headline may carry, capitalised.
  static let headlineCues: Set<String> = [
    "says", "said", "warns", "tells", "claims", "insists", "vows", "urges",
  ]

  /// Verbs a title-case headline puts between its subject and whom it is about (`Warren Hammers
  /// Wells Fargo CEO: "..."`, `Mayor Praises Harbor Board: "..."`): the quotation after the
  /// colon is the subject's.
  static let headlineVerbs: Set<String> = [
    "says", "tells", "warns", "claims", "insists", "vows", "urges", "praises", "hammers", "slams", "blasts", "rips",
    "hits", "attacks", "defends", "backs", "endorses", "calls", "mocks", "knocks", "thanks", "accuses", "questions",
    "dismisses", "rejects", "denies", "admits", "reveals", "unloads", "trashes", "lashes", "responds", "fires",
  ]

  /// Prepositions a title-case headline puts between its speaker and the topic (`CNN President
  /// On Trump: "..."`, `Carson To Critics: "..."`). Not `of`, `for` or `with`, which are inside
  /// names (`Secretary Of State`, `Coalition For Schools`).
  static let headlineTopics: Set<String> = ["on", "about", "over", "to", "at"]

  /// `and` and `but`, a word class: clause ends and speaker phrases ask it of every word.
  static let andOrBut: Set<String> = ["and", "but"]

  /// Forms of `be` (a word class: every cue asks about the word before it).
  static let beForms: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]

  static let timeHeads: Set<String> = Words.weekdays.union([
    "ago", "morning", "evening", "afternoon", "night", "week", "weekend", "month", "year", "past", "today", "yesterday",
    "tonight", "time",
  ])

  static let timeModifiers: Set<String> = [
    "on", "in", "at", "last", "this", "earlier", "later", "the", "a", "two", "three", "four", "several", "few",
    "weeks", "months", "years", "days",
  ]

  static let modals: Set<String> = [
    "can", "could", "may", "might", "must", "should", "would", "will", "to", "cannot", "shall",
  ]

  static let possessives: Set<String> = [
    "his", "her", "their", "its", "our", "these", "those", "such", "new", "your", "my", "this",
  ]

  static let nounLike: Set<String> = [
    "states", "claims", "tweets", "notes", "reports", "remarks", "comments", "posts", "counters",
    "stresses", "shows", "finds", "fears", "hopes", "estimates", "promises", "vows", "urges",
    "replies", "jokes", "boasts", "shouts", "state", "claim", "tweet", "note", "report", "remark",
    "comment", "post", "counter", "stress", "show", "find", "fear", "hope", "estimate", "promise",
    "vow", "urge", "reply", "joke", "boast", "shout", "muse", "thought", "feel", "feels", "know",
  ]

  /// What `according to` can be followed by that is a manner, not a source.
  static let mannerHeads: Set<String> = [
    "plan", "plans", "preference", "preferences", "schedule", "tradition", "custom", "rules", "script", "wishes",
    "instructions", "taste", "tastes", "standards", "needs", "ability", "merit", "size", "age", "name",
  ]

  /// Conjunctions after which a quotation that a cue's content opens with has ended.
  static let quotationEnders: Set<String> = ["and", "as", "but", "before", "after", "while", "when", "then"]

  /// Quantifiers that can speak for a group on their own (`most said`).
  static let quantifiers: Set<String> = ["most", "some", "many", "several", "few", "both", "all"]

  /// Words that put a name in a phrase of place or time (`on Tuesday`, `in Iowa`), not in subject
  /// position.
  static let prepositions: Set<String> = [
    "on", "in", "at", "with", "by", "from", "for", "to", "after", "before", "during", "since", "about",
    "into", "over", "under", "near", "across", "outside", "inside", "against", "toward", "towards",
  ]

  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "prof", "rev", "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "mt", "ft", "gov", "pres", "atty",
    "supt", "cmdr", "adm", "maj", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "al",
  ]
}
