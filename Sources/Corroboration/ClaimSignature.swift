import ArticleReading
import Attribution
import Foundation
import TextPrimitives

/// What the linker compares of a statement: its words in order, its content terms, the names and
/// numbers that must agree, whose self it speaks of, and its clauses with their polarity.
///
/// Why more than the terms: on real news two statements sharing a few rare words are rarely one
/// claim (two politicians each "proud of his campaign"; anything naming "the real estate
/// mogul"). A link needs the whole of the shorter statement stated by the longer, about the
/// same subject, with its names and numbers (``ClaimMatcher``).
public struct ClaimSignature: Sendable, Equatable {
  /// A part of the content between punctuation or a clause-joining word, with its own polarity:
  /// negation is judged in the clause that matches the other statement, not the whole.
  public struct Clause: Sendable, Equatable {
    /// (Arrays, not sets: a clause holds a few terms, and hashing them into sets was a third of
    /// making a signature.)
    public var terms: [String]
    public var negative: Bool
    /// It opens on an infinitive (`to combat climate change`, `about how to ...`): a purpose, a
    /// topic or a range's end, which asserts nothing, so no clause of another statement matches
    /// it.
    public var infinitive = false
  }

  /// Lower-cased words in order, with quote marks, case, punctuation and spacing gone.
  public var words: [String]
  /// Content terms standing only inside quotation marks within the content: in a direct
  /// quotation, words its speaker quotes from someone else (`Crooked Hillary Clinton and her
  /// team ‘were extremely careless ...’`).
  public var quotedTerms: Set<String>
  /// The content is a quotation of the speaker's own words.
  public var direct: Bool
  /// Content terms (``ClaimKey/terms``): stemmed, without stop words and negations.
  public var terms: [String]
  /// Proper names the content mentions, as terms.
  public var names: [String]
  /// Numbers the content states, as written in digits.
  public var numbers: [String]
  /// The speaker's folded surname when the content speaks of the speaker's own self (`I`, `we`
  /// in a quotation; a leading `he`, `she` in reported speech) and the speaker is a named
  /// person: two people each saying "I am proud of my campaign" are two claims.
  public var selfSubject: String?
  /// Whether the content opens on a plural pronoun (`they`, `we`), a singular one (`he`, `she`,
  /// `I`, `it`), or neither (nil): `he may yet vote for the party's nominee` and `they will vote
  /// for their party's nominee` have two subjects.
  public var openingPronounIsPlural: Bool?
  /// For a group speaking, the share of it and the party its description gives (`More than 6 in
  /// 10 New York Democratic voters`): whom a poll's finding is about. Two findings of other
  /// shares or parties are two claims, however alike their words (`Wall Street does more to
  /// hurt the economy than help it` of Democratic voters and of Republican ones).
  public var population: Population?
  public struct Population: Sendable, Equatable {
    /// The share as a fraction (`6 in 10` 0.6, `two-thirds`, `30 percent`), when it gives one.
    public var share: Double?
    public var party: String?

    /// Whether the two may be one population: shares a tenth apart or more (`half` and `4 in
    /// 10`), or two parties, are two. News rounds a share to about a tenth: `more than 6 in 10`
    /// and `nearly two-thirds` are one finding.
    public func mayBe(_ other: Population) -> Bool {
      // (0.099: `6 in 10` and `half` are 0.0999… apart in binary fractions.)
      if let a = share, let b = other.share, abs(a - b) > 0.099 { return false }
      if let a = party, let b = other.party, a != b { return false }
      return true
    }
  }
  /// A fragment, a bare phrase, a question: nothing to corroborate, so never linked.
  public var assertsNothing: Bool
  /// A noun phrase alone, the object of a cue (`proposed a ban on Muslims entering the United
  /// States`): it states what its cue says of it, but found inside a longer statement it is only
  /// something that statement mentions.
  public var isNounPhrase: Bool
  public var clauses: [Clause]
  /// The cue denies the content (`denied that`, `rejected claims that`).
  public var deniedByCue: Bool

  /// The statement's own key (its terms and polarity), made from the same words as the rest.
  public var key: ClaimKey

  public init(content: String, cue: String, speaker: String?, kind: SpeakerKind, direct: Bool) {
    // One reading of the content serves the key and the signature.
    let tokens = Self.tokens(content)
    let readings = tokens.map { ClaimKey.read($0.lower) }
    key = ClaimKey(readings: readings, of: tokens, cue: cue)
    words = tokens.map(\.lower)
    self.direct = direct
    terms = key.terms
    var names: [String] = []
    var numbers: [String] = []
    var clauses: [Clause] = []
    var clause = Clause(terms: [], negative: false)
    /// Whether the clause's words so far may lead into an infinitive (`about how to`).
    var leading = true
    for (index, token) in tokens.enumerated() {
      // `and` opens a clause of its own when a negation or a quotation follows it (`the
      // foundation is focused on ending gun violence and "has no comment on ..."`): the
      // negation is that clause's, not the first's. (`and` alone joins too much to split on.)
      let opensClause =
        token.lower == "and" && index + 1 < tokens.count
        && (ClaimKey.negations.contains(tokens[index + 1].lower) || tokens[index + 1].quoted && !token.quoted)
      if token.breaksBefore || opensClause, !clause.terms.isEmpty || clause.negative {
        clauses.append(clause)
        clause = Clause(terms: [], negative: false)
        leading = true
      }
      // (`to` first, or after `about how`, `so as`, `in order`: not `it has to close`.)
      if leading {
        if token.lower == "to" { clause.infinitive = true }
        leading = token.lower != "to" && Self.infinitiveLeads.contains(token.lower)
      }
      let word = token.lower
      switch readings[index] {
      case .negation: clause.negative = true
      case .antonym(let concept, let opposite):
        clause.terms.append(concept)
        if opposite { clause.negative.toggle() }
      case .stopWord: break
      case .number(let number):
        clause.terms.append(number)
        if !numbers.contains(number) { numbers.append(number) }
      case .term(let term):
        clause.terms.append(term)
        // A capital inside a sentence marks a name; at a sentence's start only a possessive or a
        // second capital does (`Clinton's judgment`, `New York`).
        let nextIsCapital = index + 1 < tokens.count && tokens[index + 1].capitalized
        if token.capitalized, !token.startsSentence || token.possessive || nextIsCapital,
          !Self.pronouns.contains(word)
        {
          if !names.contains(term) { names.append(term) }
        }
      }
    }
    if !clause.terms.isEmpty || clause.negative { clauses.append(clause) }
    // (Sets only for the few direct quotations that quote anyone: hashing every statement's
    // terms into sets was once a third of making a signature.)
    if direct, tokens.contains(where: \.quoted) {
      var inside = Set<String>()
      var outside = Set<String>()
      for (reading, token) in zip(readings, tokens) {
        switch reading {
        case .number(let term), .term(let term):
          if token.quoted { inside.insert(term) } else { outside.insert(term) }
        default: break
        }
      }
      quotedTerms = inside.subtracting(outside)
    } else {
      quotedTerms = []
    }
    self.names = names
    self.numbers = numbers
    self.clauses = clauses
    deniedByCue = Denials.isDenying(cue: cue)
    // In a quotation, `I` and `we` inside quotation marks of its own are someone else's words
    // (`Kerry told reporters: 'I am not going anywhere'`), not the speaker's self.
    let speaksOfSelf =
      direct
      ? tokens.contains { !$0.quoted && Self.firstPerson.contains($0.lower) }
      : words.first.map { Self.leadingSelf.contains($0) } == true
    if speaksOfSelf, kind == .person, let speaker, speaker.first?.isUppercase == true,
      let surname = speaker.split(separator: " ").last
    {
      selfSubject = SourceNames.key(String(surname))
    } else {
      selfSubject = nil
    }
    openingPronounIsPlural = words.first.flatMap { Self.subjectPronounIsPlural[$0] }
    population = kind == .group ? speaker.flatMap(Self.population) : nil
    // A question: `?` is the last mark but closing quotes and spaces.
    let lastMark = content.unicodeScalars.reversed().first {
      !$0.properties.isWhitespace && !"\"'”’»)".unicodeScalars.contains($0)
    }
    assertsNothing =
      terms.count < 3 || words.count < 4 || lastMark == "?" || words.first == "to" || Self.listsPhrases(tokens)
    isNounPhrase = Self.isANounPhraseAlone(tokens)
  }

  /// The share and the party a group's description gives, if it gives either.
  static func population(of description: String) -> Population? {
    var words: [String] = []
    for token in tokens(description) { words += token.lower.split(separator: "-").map(String.init) }
    var share: Double? = nil
    var party: String? = nil
    func number(_ index: Int) -> Double? {
      guard words.indices.contains(index), case .number(let digits) = ClaimKey.read(words[index]) else { return nil }
      return Double(digits)
    }
    for (index, word) in words.enumerated() where share == nil || party == nil {
      if party == nil { party = NameParts.party(word) }
      guard share == nil else { continue }
      if let whole = number(index) {
        // `6 in 10`, `30 percent`, `30%`.
        if index + 2 < words.count, words[index + 1] == "in", let of = number(index + 2), of > 0 {
          share = whole / of
        } else if index + 1 < words.count, words[index + 1] == "percent" || words[index + 1] == "%" {
          share = whole / 100
        }
      } else if let parts = fractions[word] {
        // `two-thirds`, `a third`, `half`.
        share = (number(index - 1) ?? 1) / parts
      }
    }
    return share == nil && party == nil ? nil : Population(share: share, party: party)
  }

  /// Words that may open a clause before its infinitive's `to`.
  static let infinitiveLeads: Set<String> = ["about", "how", "so", "as", "in", "order", "and", "or", "then"]

  static let fractions: [String: Double] = [
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
  ]

  /// Whether the content is a list of short phrases, each a sentence of its own opening on a
  /// determiner (`The bullying. The greed. The showing off.`): bare noun phrases, which assert
  /// nothing however many there are. (A moderator reading out a candidate's list of another's
  /// faults made the two of them a `corroborated` claim.)
  static func listsPhrases(_ tokens: [Token]) -> Bool {
    let starts = tokens.indices.filter { tokens[$0].startsSentence }
    guard starts.count >= 2 else { return false }
    return zip(starts, starts.dropFirst() + [tokens.count]).allSatisfy { start, end in
      end - start <= 5 && phraseOpeners.contains(tokens[start].lower)
    }
  }

  /// Whether the content is a noun phrase alone (`a ban on Muslims entering the United States`,
  /// `his candidacy in June 2015`, what a cue such as `proposed` or `announced` took as its
  /// object): one sentence opening on a determiner or a possessive with no word that could be
  /// its verb, of the words in lower case after the first: none of ``Attribution/VerbWords``, no
  /// pronoun with `'s` (`it's`), none ending in `-ed` or in an `-s` that is no `-ss`, `-us` or `-is`
  /// (`rose` and `reflects`, `contained`, make a clause; so does a plural, left to the other
  /// rules).
  static func isANounPhraseAlone(_ tokens: [Token]) -> Bool {
    guard tokens.count >= 2, phraseOpeners.contains(tokens[0].lower),
      !tokens.dropFirst().contains(where: \.startsSentence)
    else { return false }
    return !tokens.dropFirst().contains { token in
      // (A capital inside the phrase is a name's, or a month's: `in May 2014`.)
      guard !token.capitalized else { return false }
      let word = token.lower
      if VerbWords.contains(word) || (token.possessive && (pronouns.contains(word) || word == "it")) { return true }
      return word.hasSuffix("ed") || (word.hasSuffix("s") && !["ss", "us", "is"].contains { word.hasSuffix($0) })
    }
  }

  static let phraseOpeners: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
  ]

  /// Each word with what the signature needs of it. Diacritics, case, quote marks and
  /// punctuation fold away; `n't` is `not`; a possessive `'s` goes.
  struct Token {
    var lower: String
    var capitalized: Bool
    var startsSentence: Bool
    var possessive: Bool
    /// Punctuation or a clause-joining word stands before it.
    var breaksBefore: Bool
    /// It stands inside quotation marks within the content.
    var quoted = false
    /// It stands in the content's first sentence (before `. `, `! `, `? `, or `, ` and a capital,
    /// where the parts of a split quotation are joined): the part whose polarity is the
    /// statement's own (``ClaimKey/negative``).
    var inFirstSentence: Bool
  }

  static func tokens(_ content: String) -> [Token] {
    let scalars = Array(
      (content.utf8.allSatisfy { $0 < 0x80 }
        ? content : content.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)).unicodeScalars)
    var tokens: [Token] = []
    var start = 0
    var sentenceStart = true
    var pendingBreak = false
    var pastFirstSentence = false
    var inQuotation = false
    func flush(_ end: Int, possessive: Bool) {
      guard end > start else { return }
      // (The project's scalar helpers: building Strings through a scalar view was a tenth of an
      // ingest.)
      var lower = ScalarClass.lowercased(scalars[start..<end])
      // One number however its thousands are written: `1,200` is `1200`.
      if lower.utf8.contains(UInt8(ascii: ",")) { lower.removeAll { $0 == "," } }
      if lower == "s" || lower == "t" { return }
      // One time however its half of the day is written: `6:00AM` and `6:00 a.m.` are `6`,
      // `00`, `a.m.` (read as a number, ``ClaimKey/roles``: `6 a.m.` is not `6 p.m.`).
      if lower == "m", let half = tokens.last?.lower, half == "a" || half == "p", tokens.count >= 2,
        ClaimKey.isNumeral(tokens[tokens.count - 2].lower)
      {
        tokens[tokens.count - 1].lower = half + ".m."
        return
      }
      var halfOfTheDay: String? = nil
      if lower.count > 2, lower.hasSuffix("am") || lower.hasSuffix("pm"), ClaimKey.isNumeral(String(lower.dropLast(2)))
      {
        halfOfTheDay = String(lower.suffix(2).prefix(1)) + ".m."
        lower.removeLast(2)
      }
      let joins = clauseWords.contains(lower) || (lower == "that" && tokens.last?.lower == "and")
      tokens.append(
        Token(
          lower: lower, capitalized: ScalarClass.isUpper(scalars[start]), startsSentence: sentenceStart,
          possessive: possessive, breaksBefore: pendingBreak || joins, quoted: inQuotation,
          inFirstSentence: !pastFirstSentence))
      if let halfOfTheDay {
        tokens.append(
          Token(
            lower: halfOfTheDay, capitalized: false, startsSentence: false, possessive: false, breaksBefore: false,
            quoted: inQuotation, inFirstSentence: !pastFirstSentence))
      }
      sentenceStart = false
      pendingBreak = false
    }
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      // A decimal point or a thousands comma stays inside its number (`$4.2 billion`, `1,200
      // jobs`): neither ends a sentence or a clause there.
      let insideNumber =
        (c == "." || c == ",") && i > start && ScalarClass.isDigit(scalars[i - 1]) && i + 1 < scalars.count
        && ScalarClass.isDigit(scalars[i + 1])
      if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || insideNumber {
        i += 1
        continue
      }
      let apostrophe = c == "'" || c == "\u{2019}"
      if apostrophe, i > start, scalars[i - 1] == "n" || scalars[i - 1] == "N", i + 1 < scalars.count,
        scalars[i + 1] == "t" || scalars[i + 1] == "T"
      {
        flush(i - 1, possessive: false)
        tokens.append(
          Token(
            lower: "not", capitalized: false, startsSentence: false, possessive: false, breaksBefore: false,
            quoted: inQuotation, inFirstSentence: !pastFirstSentence))
        start = i + 2
        i += 2
        continue
      }
      let possessive =
        apostrophe && i + 1 < scalars.count && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
        && (i + 2 == scalars.count || !ScalarClass.isLetter(scalars[i + 2]))
      flush(i, possessive: possessive)
      if possessive { i += 1 }
      // Quotation marks: curly ones open or close; a straight double one turns; a right single
      // one closes only where it is no apostrophe (not between letters).
      switch c {
      case "\u{201C}", "\u{2018}": inQuotation = true
      case "\u{201D}": inQuotation = false
      case "\"": inQuotation.toggle()
      case "\u{2019}" where !possessive && !(i + 1 < scalars.count && ScalarClass.isLetter(scalars[i + 1])):
        inQuotation = false
      default: break
      }
      let endsSentence = c == "." || c == "!" || c == "?"
      if endsSentence { sentenceStart = true }
      if i + 1 < scalars.count, scalars[i + 1] == " ",
        endsSentence || (c == "," && i + 2 < scalars.count && ScalarClass.isUpper(scalars[i + 2]))
      {
        pastFirstSentence = true
      }
      if endsSentence || Self.breaksClause(c) { pendingBreak = true }
      i += 1
      start = i
    }
    flush(scalars.count, possessive: false)
    return tokens
  }

  /// Punctuation between clauses (a sentence's end aside), asked of every mark of every
  /// statement.
  static func breaksClause(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ",", ";", ":", "(", ")", "[", "]", "\u{2014}", "\u{2013}": true
    default: false
    }
  }

  static let subjectPronounIsPlural: [String: Bool] = [
    "i": false, "he": false, "she": false, "it": false, "we": true, "they": true,
  ]
  static let firstPerson: Set<String> = ["i", "we", "my", "our", "me", "us", "myself", "ourselves"]
  static let leadingSelf: Set<String> = ["he", "she", "i", "we"]
  static let pronouns: Set<String> = firstPerson.union(["he", "she", "his", "him", "hers", "they", "them", "their"])
  /// Words that begin a new clause; `and` alone joins too much to split on.
  static let clauseWords: Set<String> = ["but", "while", "although", "though", "because", "whereas", "yet"]
}
