import ArticleReading
import Attribution
import TextPrimitives

/// A statement as corroboration sees it: what it asserts (its content words and polarity) and
/// who it comes from (its origin), apart from how it was reported.
public struct Claim: Sendable, Equatable {
  public var id: Int64
  public var speaker: String?
  public var kind: SpeakerKind
  public var outlet: String?
  public var cue: String
  public var content: String
  /// The role the text gave the speaker (`White House spokesman`): a spokesperson's tells whom
  /// they speak for.
  public var role: String?

  /// Whether the claim denies what its content says; derived from the content unless a stored
  /// value is given (the ledger keeps it, so a verdict needs no re-reading of texts).
  public var negative: Bool
  /// Who said what this claim reports, when its content holds another statement of its article
  /// (``markRelays(_:tellings:)``): `CNN reported that Sanders said ...`, `"...," Walker said,
  /// according to the Associated Press`. Its origin is theirs; the reporter only carried it.
  public var relayed: Relayed? = nil

  /// The speaker of the statement a claim reports.
  public struct Relayed: Sendable, Equatable {
    public var speaker: String?
    public var kind: SpeakerKind
    public var role: String?
  }

  public init(
    id: Int64, speaker: String?, kind: SpeakerKind, outlet: String?, cue: String, content: String,
    role: String? = nil, negative: Bool? = nil
  ) {
    self.id = id
    self.speaker = speaker
    self.kind = kind
    self.outlet = outlet
    self.cue = cue
    self.content = content
    self.role = role
    self.negative = negative ?? ClaimKey(content: content, cue: cue).negative
  }

  /// `negative` as for the memberwise initialiser: derived from the content unless given.
  public init(id: Int64, statement: Statement, negative: Bool? = nil) {
    self.init(
      id: id, speaker: statement.speaker, kind: statement.speakerKind, outlet: statement.outlet, cue: statement.cue,
      content: statement.content, role: statement.role, negative: negative)
  }

  /// Where the claim comes from: the speaker, or whom a spokesperson speaks for (`White House
  /// spokesman Josh Earnest` is the White House's voice: his word and the White House's are one
  /// origin, never two that corroborate), never the outlet that carried it. `nil` for vague
  /// sources.
  public var origin: String? {
    let sayer = self.sayer
    guard sayer.kind != .vague, let speaker = sayer.speaker else { return nil }
    return sayer.role.flatMap(Statement.principal(ofRole:)) ?? speaker
  }

  /// A named person or organisation: the only origins that can corroborate.
  public var isIdentifiable: Bool { (sayer.kind == .person || sayer.kind == .organization) && origin != nil }

  /// Whose words the claim gives: the statement it reports, else its own speaker.
  private var sayer: Relayed { relayed ?? Relayed(speaker: speaker, kind: kind, role: role) }

  /// Who makes the claim before any role says whose voice they are: the speaker, or the one the
  /// claim reports.
  var originSpeaker: String? { sayer.speaker }

  /// Who the claim is support from when no one identifiable makes it, as written.
  var unnamedSupport: String { originSpeaker ?? cue }

  /// Where a statement stands in its article version, which is what tells a report of a
  /// statement from the statement: its content's span, its cue's span and its content terms (as
  /// stored: ascending, space-separated).
  public struct Telling: Sendable, Equatable {
    public var content: Range<Int>
    public var cue: Range<Int>
    public var terms: String

    public init(content: Range<Int>, cue: Range<Int>, terms: String) {
      self.content = content
      self.cue = cue
      self.terms = terms
    }
  }

  /// Marks each claim of one article version that reports another (`tellings`, in the same
  /// order) as relaying it, so that a statement and the report of it count as one origin:
  /// - its content span holds the other's (the largest it holds, which may relay another in
  ///   turn): `CNN reported that Sanders said ...`; 26 of the 42 `corroborated` verdicts of the
  ///   PolNeAR ledger were such pairs;
  /// - or holds the other's cue: `"...," Sanders said, according to CNN`, where the quotation
  ///   goes on after `Sanders said` and so outruns the report's span;
  /// - or it states the same content terms as an earlier statement: the same words told twice
  ///   in one article (a headline and its story's quotation, or a quotation repeated) are one
  ///   telling, whoever each was resolved to.
  /// Two statements with the same span are left apart.
  public static func markRelays(_ claims: inout [Claim], tellings: [Telling]) {
    guard claims.count > 1 else { return }
    // Smallest first, so that a report of a report takes the first speaker.
    let order = claims.indices.sorted { tellings[$0].content.count < tellings[$1].content.count }
    for (position, outer) in order.enumerated() {
      let span = tellings[outer].content
      func holds(_ range: Range<Int>) -> Bool { range.clamped(to: span) == range }
      let nested = order[..<position].last { inner in
        tellings[inner].content != span && holds(tellings[inner].content)
      }
      let reported =
        nested
        ?? claims.indices.first { inner in
          inner != outer && tellings[inner].content != span && holds(tellings[inner].cue)
        }
        ?? claims.indices.first { inner in
          !tellings[outer].terms.isEmpty && tellings[inner].terms == tellings[outer].terms
            && tellings[inner].content.lowerBound < span.lowerBound
        }
      guard let inner = reported else { continue }
      claims[outer].relayed = claims[inner].sayer
    }
  }

  public var key: ClaimKey { ClaimKey(content: content, cue: cue) }
}

/// What a claim asserts, reduced to compare across wording: content words, lightly stemmed, with
/// quote marks, case, punctuation and ellipses gone, and whether it asserts or denies.
public struct ClaimKey: Sendable, Equatable {
  /// Ascending, each once: the order the ledger stores them in and its index merges them by.
  /// (Gathered in an array and sorted once: inserting into a set hashed every word twice and
  /// was a quarter of a key's cost.)
  public var terms: [String]
  /// True when the claim denies its content (`not`, `never`, a `denied` cue, the negative side
  /// of a clear antonym pair).
  public var negative: Bool

  public init(content: String, cue: String) {
    self.init(tokens: ClaimSignature.tokens(content), cue: cue)
  }

  /// The key of words already read (``ClaimSignature/tokens(_:)``): one reading of a content
  /// serves its key and its signature.
  init(tokens: [ClaimSignature.Token], cue: String) {
    self.init(readings: tokens.map { Self.read($0.lower) }, of: tokens, cue: cue)
  }

  /// What a word is to a key: a negation, one side of an antonym pair, a stop word, a number
  /// (its digits, however it was written), or a content term (stemmed).
  enum Reading {
    case negation
    case antonym(String, Bool)
    case stopWord
    case number(String)
    case term(String)
  }

  /// A lower-case word as a key reads it: each word looked up and stemmed once, for the key and
  /// the signature alike.
  static func read(_ word: String) -> Reading {
    switch roles[word] {
    case .negation: .negation
    case .antonym(let concept, let opposite): .antonym(concept, opposite)
    case .stopWord: .stopWord
    case .same(let term): .term(term)
    case .number(let digits): .number(digits)
    case nil: isNumeral(word) ? .number(word) : .term(stem(word))
    }
  }

  /// Digits, with a decimal point or more between them (`14`, `4.2`; a word starts with a
  /// letter or a digit).
  static func isNumeral(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { ScalarClass.isDigit($0) || $0 == "." }
  }

  /// The key of `tokens` read as `readings` (one each).
  init(readings: [Reading], of tokens: [ClaimSignature.Token], cue: String) {
    var terms: [String] = []
    var negations = 0
    // Polarity is the first sentence's: `"Safe," she said. "We would not open it otherwise."`
    // asserts safety.
    for (reading, token) in zip(readings, tokens) {
      switch reading {
      case .negation:
        if token.inFirstSentence { negations += 1 }
      case .antonym(let concept, let opposite):
        terms.append(concept)
        if opposite, token.inFirstSentence { negations += 1 }
      case .stopWord:
        break
      case .number(let term), .term(let term):
        terms.append(term)
      }
    }
    let denyingCue = Denials.isDenying(cue: cue)
    terms.sort()
    self.terms = []
    self.terms.reserveCapacity(terms.count)
    for term in terms where term != self.terms.last { self.terms.append(term) }
    // Any negation makes the claim a denial (double negatives are rare in reporting and read
    // as denials by editors too); a denying cue flips it.
    self.negative = (negations > 0) != denyingCue
  }

  /// Whether two keys assert the same thing, whichever its polarity: enough shared content
  /// words, measured against the shorter claim.
  public func overlaps(_ other: ClaimKey) -> Bool {
    Self.overlaps(shared: Self.sharedCount(terms, other.terms), terms.count, other.terms.count)
  }

  /// How many elements two ascending lists without repeats share: one merge.
  @inlinable public static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
    var (i, j, shared) = (0, 0, 0)
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// The rule of ``overlaps(_:)`` from counts alone, for an index that counts shared terms.
  public static func overlaps(shared: Int, _ count: Int, _ otherCount: Int) -> Bool {
    guard shared >= 2 else { return false }
    let smaller = min(count, otherCount)
    let larger = max(count, otherCount)
    // Most of the shorter claim, and a fair part of the longer: a short claim must not join a
    // long one on two or three words, or single links chain unrelated claims together.
    return Double(shared) / Double(smaller) >= 0.6 && Double(shared) / Double(larger) >= 0.25
  }

  /// `reopens`, `reopened`, `reopening` → `reopen`. By UTF-8 bytes: the suffixes are ASCII,
  /// and a word's length in code points is its bytes that do not continue a sequence.
  static func stem(_ word: String) -> String {
    var word = word
    let drop = word.withUTF8 { bytes -> Int in
      var length = 0
      for byte in bytes where byte & 0xC0 != 0x80 { length += 1 }
      func last(_ back: Int) -> UInt8 { back <= bytes.count ? bytes[bytes.count - back] : 0 }
      if length > 5, last(3) == UInt8(ascii: "i"), last(2) == UInt8(ascii: "n"), last(1) == UInt8(ascii: "g") {
        return 3
      }
      if length > 4, last(2) == UInt8(ascii: "e"), last(1) == UInt8(ascii: "d") { return 2 }
      if length > 3, last(1) == UInt8(ascii: "s"), last(2) != UInt8(ascii: "s") { return 1 }
      return 0
    }
    return drop == 0 ? word : String(decoding: word.utf8.dropLast(drop), as: UTF8.self)
  }

  /// What a word does in a key other than count as content.
  enum Role {
    case negation
    /// One side of a clear antonym pair: the shared concept, and whether this is the negative side.
    case antonym(String, Bool)
    case stopWord
    /// A word that says what another does, read as that one's term.
    case same(String)
    /// A number spelt out, read as its digits.
    case number(String)
  }

  /// Every word with a role, looked up once per word.
  static let roles: [String: Role] = {
    var roles: [String: Role] = [:]
    for word in stopWords { roles[word] = .stopWord }
    for (word, term) in equivalents { roles[word] = .same(term) }
    for (word, digits) in speltNumbers { roles[word] = .number(digits) }
    // The half of the day is part of a time, which must agree as its digits must (the signature
    // reads `6:00AM` and `6:00 a.m.` alike as `6`, `00`, `a.m.`).
    for half in ["a.m.", "p.m."] { roles[half] = .number(half) }
    for (word, (concept, opposite)) in antonyms { roles[word] = .antonym(concept, opposite) }
    for word in negations { roles[word] = .negation }
    return roles
  }()

  /// Numbers spelt out, by their digits: `Fourteen people` at a sentence's start is `14 people`
  /// elsewhere, and ``ClaimSignature/numbers`` holds it, so `two men` and `three men` are two
  /// claims.
  static let speltNumbers: [String: String] = {
    var table: [String: String] = [:]
    let units = [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]
    for (index, word) in units.enumerated() { table[word] = String(index + 2) }
    for (tens, word) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
      table[word] = String(30 + 10 * tens)
    }
    return table
  }()

  /// Words news writers use for one another when they report the same fact, each read as one
  /// term: a few verbs of buying, ending and starting. Only words that mean the same in every
  /// sense news uses them (`declined`, which is also `declined to comment`, is not among the
  /// falls; those are in ``antonyms``).
  static let equivalents: [String: String] = {
    var table: [String: String] = [:]
    let groups: [(String, [String])] = [
      ("buy", ["buy", "buys", "bought", "purchase", "purchases", "purchased", "acquire", "acquires", "acquired"]),
      ("end", ["end", "ends", "ended", "expire", "expires", "expired"]),
      ("start", ["start", "starts", "started", "begin", "begins", "began", "begun"]),
    ]
    for (term, words) in groups {
      for word in words { table[word] = term }
    }
    return table
  }()

  static let negations: Set<String> = ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot"]

  /// Clear opposites: each word maps to a shared concept and whether it is the negative side.
  static let antonyms: [String: (String, Bool)] = {
    let pairs = [
      ("open", "close"), ("opens", "closes"), ("reopen", "shut"), ("safe", "unsafe"), ("true", "false"),
      ("approved", "rejected"), ("sign", "veto"), ("signs", "vetoes"), ("signed", "vetoed"),
      ("win", "lose"), ("won", "lost"), ("guilty", "innocent"), ("legal", "illegal"), ("up", "down"),
      ("accept", "refuse"), ("accepted", "refused"), ("confirmed", "denied"), ("finished", "unfinished"),
      ("complete", "incomplete"), ("sound", "faulty"),
    ]
    var table: [String: (String, Bool)] = [:]
    for (positive, negative) in pairs {
      let concept = "~" + positive
      table[positive] = (concept, false)
      table[negative] = (concept, true)
    }
    // The words for a figure going up or down, each side one concept: `fell 8 percent` and
    // `dropped 8 percent` are one report, `rose 3 percent` contests it.
    for word in [
      "rise", "rises", "rose", "risen", "climb", "climbs", "climbed", "jump", "jumps", "jumped", "soar", "soars",
      "soared", "surge", "surges", "surged", "increase", "increases", "increased",
    ] {
      table[word] = ("~rise", false)
    }
    for word in [
      "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "slip", "slips", "slipped", "slid", "tumble",
      "tumbles", "tumbled", "plunge", "plunges", "plunged", "decrease", "decreases", "decreased",
    ] {
      table[word] = ("~rise", true)
    }
    // What keeps a right or a rule and what breaks it: `his actions are consistent with the
    // right to bear arms` against `the actions undermine the right to bear arms`.
    for word in ["uphold", "upholds", "upheld", "consistent", "respect", "respects", "respected"] {
      table[word] = ("~uphold", false)
    }
    for word in [
      "undermine", "undermines", "undermined", "violate", "violates", "violated", "infringe", "infringes",
      "infringed", "inconsistent",
    ] {
      table[word] = ("~uphold", true)
    }
    return table
  }()

  static let stopWords: Set<String> = [
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "will", "would", "to", "of",
    "in", "on", "at", "for", "and", "or", "that", "this", "these", "those", "it", "its", "by", "with",
    "as", "set", "has", "have", "had", "from", "their", "they", "he", "she", "we", "i", "you", "our",
    "his", "her", "them", "us", "me", "my", "your", "but", "so", "if", "than", "then", "there",
    "do", "does", "did", "can", "could", "should", "may", "might", "must", "shall", "also", "just",
    "very", "all", "any", "some", "about", "into", "over", "after", "before", "said", "says", "say",
    "which", "who", "what", "when", "where", "how", "why", "more", "most", "much", "many", "such",
    "only", "even", "still", "yet", "now", "here", "out", "up", "again", "once", "going", "get",
    "got", "make", "made", "way", "one", "like", "well", "really", "every", "each", "both",
    // Verbs of reporting and hedges of a figure, which one report has and the other not.
    "announce", "announces", "announced", "told", "stated", "added", "noted", "nearly", "almost", "roughly",
    "approximately", "around",
  ]
}
