import Attribution

/// Why two statements are one claim, in words an editor checks in seconds.
public struct ClaimMatch: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    /// The same words, whatever the quote marks, case, punctuation and spacing.
    case sameWords = "same words"
    /// The shorter statement's words stand whole inside the longer.
    case inside = "words inside the other"
    /// The longer statement states the core of the shorter: most of its weighted content words.
    case covers = "shared content"
  }

  public var kind: Kind
  /// 1 for the same words; else the weighted share of the shorter statement's content the
  /// longer one states.
  public var score: Double
  /// The content terms both state: the rarest first when ``ClaimMatcher/best(for:among:weight:)``
  /// chose it, else in ascending order.
  public var sharedTerms: [String]
  /// Whether both assert it the same way, judged in the clauses that match (a negation in
  /// another clause changes nothing; a denying cue turns its side round).
  public var agrees: Bool

  /// How strong a match is, to choose among several: the same words, then words inside, then
  /// the share covered. (Candidates come in ascending order, so a tie keeps the earliest group.)
  var strength: (Int, Double) {
    switch kind {
    case .sameWords: (2, score)
    case .inside: (1, score)
    case .covers: (0, score)
    }
  }

  /// `same words`, or `shared content 0.86: classified, marked, sent`.
  public var evidence: String {
    switch kind {
    case .sameWords, .inside: kind.rawValue
    case .covers:
      // (An antonym pair's concept is kept as `~word`: the reader sees the word.)
      "\(kind.rawValue) \(String(format: "%.2f", score)): "
        + sharedTerms.prefix(8).map { $0.hasPrefix("~") ? String($0.dropFirst()) : $0 }.joined(separator: ", ")
    }
  }
}

/// Decides whether two statements assert the same proposition about the same subject. Pure, and
/// the one rule the ledger links by, at ingest and when groups are formed again.
///
/// Precision first: the ledger says less when unsure. The thresholds were set on the labelled
/// real-news pairs (`../shared/links/dev-pairs.jsonl`) as a whole: at 0.8 and 0.3 they made
/// about one wrong link in sixteen with three in five true links found; one clause of each
/// matching (three shared terms that are not names, the longer clause 0.6 covered) found two
/// more true links and no wrong one (34 of 36 right, 34 of 50 found); a poll's voters taken as
/// its finding's subject (``ClaimSignature/Population``) removed the two wrong ones left (34 of
/// 34). Lower whole-statement thresholds found none more, only wrong ones (0.75: 32 of 36
/// right).
public enum ClaimMatcher {
  /// Share of the shorter statement's weighted content the longer must state.
  public static let shorterCovered = 0.8
  /// Share of the longer statement's weighted content the shorter must state: one clause of a
  /// long quotation is not the quotation.
  public static let longerCovered = 0.3
  /// Content terms each of two matching clauses must have.
  public static let clauseTerms = 3
  /// Share of the longer of two matching clauses the shorter must state.
  public static let clauseLongerCovered = 0.6
  /// Words a quotation inside another must have, to be more than a phrase.
  public static let insideWords = 5
  /// Content terms up to which a statement with no name and no number links only by its words.
  public static let fewTerms = 3
  /// The terms of an office and its rank (`former secretary of state`), which describe whom a
  /// statement names rather than what it says.
  static let titleTerms: Set<String> = Set(
    NameParts.offices.union(["former", "vice", "deputy", "acting", "state"]).compactMap { word -> String? in
      guard case .term(let term) = ClaimKey.read(word) else { return nil }
      return term
    })

  /// Whether a term of `side` is matter a claim states, not who someone is: neither one of the
  /// names it mentions nor an office's term. Two statements sharing only those share no claim,
  /// whole or clause by clause.
  static func isMatter(_ term: String, of side: ClaimSignature) -> Bool {
    !side.names.contains(term) && !titleTerms.contains(term)
  }

  /// The match of two statements, or nil. `weight` gives a content term's weight (its rarity in
  /// the ledger).
  public static func match(_ a: ClaimSignature, _ b: ClaimSignature, weight: (String) -> Double) -> ClaimMatch? {
    if a.assertsNothing || b.assertsNothing { return nil }
    if let sa = a.selfSubject, let sb = b.selfSubject, sa != sb { return nil }
    if let pa = a.openingPronounIsPlural, let pb = b.openingPronounIsPlural, pa != pb { return nil }
    if let pa = a.population, let pb = b.population, !pa.mayBe(pb) { return nil }
    // Each term weighed once: the ledger's weights are look-ups.
    var weights: [String: Double] = [:]
    func weighed(_ term: String) -> Double {
      if let known = weights[term] { return known }
      let value = weight(term)
      weights[term] = value
      return value
    }
    func made(_ kind: ClaimMatch.Kind, _ score: Double) -> ClaimMatch {
      let shared = Set(a.terms).intersection(b.terms).sorted()
      return ClaimMatch(kind: kind, score: score, sharedTerms: shared, agrees: agrees(a, b))
    }
    if a.words == b.words { return made(.sameWords, 1) }
    let (fewer, more) = a.words.count <= b.words.count ? (a, b) : (b, a)
    // A direct quotation whose speaker quotes the words they share from someone else (`Crooked
    // Hillary Clinton and her team ‘were extremely careless ...’`, a tweet quoting the FBI
    // director) repeats the other's claim and is no second origin for it: no link.
    if quotesTheOther(a, b) || quotesTheOther(b, a) { return nil }
    // (A noun phrase inside a longer statement is something it mentions, not what it asserts:
    // `announced his candidacy in June 2015` is not `Since his candidacy in June 2015, he
    // infamously referred to Mexican immigrants as ...`.)
    if fewer.words.count >= insideWords, !fewer.isNounPhrase, contains(more.words, fewer.words) {
      return made(.inside, 1)
    }
    // A short statement with nothing particular in it, no name and no number, says too little to
    // be the same claim by shared words alone: `his "numbers don't add up"` of one candidate and
    // `The numbers don't add up` of another; `anonymity to speak freely`. Its own words, or
    // words inside a longer quotation, still link it.
    if [a, b].contains(where: { $0.terms.count <= Self.fewTerms && $0.names.isEmpty && $0.numbers.isEmpty }) {
      return nil
    }
    // Each names someone the other does not: two subjects.
    if !a.names.allSatisfy(b.names.contains), !b.names.allSatisfy(a.names.contains) { return nil }
    let weightA = a.terms.reduce(0) { $0 + weighed($1) }
    let weightB = b.terms.reduce(0) { $0 + weighed($1) }
    let (shorter, longer, shortWeight, longWeight) =
      weightA <= weightB ? (a, b, weightA, weightB) : (b, a, weightB, weightA)
    // A result of two numbers or more (`46 percent to 42 percent`) is another result beside other
    // numbers (`tied at 42 percent ..., now 46 percent to 39 percent`): two polls, not one claim.
    guard shorter.numbers.allSatisfy(longer.numbers.contains),
      shorter.numbers.count < 2 || longer.numbers.allSatisfy(shorter.numbers.contains), shortWeight > 0
    else { return nil }
    // Both term lists are ascending: one merge finds what they share.
    var (i, j, sharedWeight) = (0, 0, 0.0)
    var sharesMatter = false
    while i < a.terms.count, j < b.terms.count {
      if a.terms[i] == b.terms[j] {
        sharedWeight += weighed(a.terms[i])
        if !sharesMatter, isMatter(a.terms[i], of: a) { sharesMatter = true }
        i += 1
        j += 1
      } else if a.terms[i] < b.terms[j] {
        i += 1
      } else {
        j += 1
      }
    }
    // Who someone is, a name and a title, is no claim both make: `he's with former secretary of
    // state Hillary Clinton` and `Clinton, a former secretary of state, attended the meeting
    // alone` share nothing else.
    guard sharesMatter else { return nil }
    let score = sharedWeight / shortWeight
    if score >= shorterCovered, sharedWeight / longWeight >= longerCovered { return made(.covers, score) }
    // Else one clause of each may state the same, each beside a clause of its own (`would reopen
    // on May 4, after repairs to its deck` and `would reopen on May 4, once the last checks are
    // done`); a noun phrase alone has no clause beside its one, and matches only as a whole.
    guard !a.isNounPhrase, !b.isNounPhrase else { return nil }
    return sameClause(a, b, weight: weighed).map { made(.covers, $0) }
  }

  /// The share of the shorter clause covered, for the best pair of clauses, one of each, that
  /// state the same: each of some substance (``clauseTerms`` content terms), sharing as many
  /// that are neither names nor an office's terms (who someone is is no shared matter: `China,
  /// Russia and North Korea` in two lists; `former Arkansas governor Mike Huckabee and former
  /// Pennsylvania senator Rick Santorum` in two claims about them), the shorter covered
  /// (``shorterCovered``) and the longer mostly (``clauseLongerCovered``).
  static func sameClause(_ a: ClaimSignature, _ b: ClaimSignature, weight: (String) -> Double) -> Double? {
    // Each clause's terms and their weight made once, not again for each clause of the other.
    // (Sorted, and summed in that order: summed in a set's order, which changes with each
    // process's hash seed, two equal matches differed in their last bit, and one ingest in
    // eight of the PolNeAR texts put a statement in the other of two groups it matched.)
    func weighedClauses(_ side: ClaimSignature) -> [(terms: [String], weight: Double)] {
      side.clauses.filter { $0.terms.count >= clauseTerms && !$0.infinitive }.map { clause in
        let terms = Array(Set(clause.terms)).sorted()
        return (terms, terms.reduce(0) { $0 + weight($1) })
      }
    }
    let others = weighedClauses(b)
    var best: Double? = nil
    for ca in weighedClauses(a) {
      for cb in others {
        let common = ca.terms.filter(Set(cb.terms).contains)
        guard common.count(where: { isMatter($0, of: a) }) >= clauseTerms else { continue }
        let shared = common.reduce(0) { $0 + weight($1) }
        let (shorter, longer) = (min(ca.weight, cb.weight), max(ca.weight, cb.weight))
        guard shorter > 0, shared / shorter >= shorterCovered, shared / longer >= clauseLongerCovered else { continue }
        best = max(best ?? 0, shared / shorter)
      }
    }
    return best
  }

  /// Whether both sides assert the same way: each side's polarity is that of its clause sharing
  /// the most terms with the other side, turned round by a denying cue.
  static func agrees(_ a: ClaimSignature, _ b: ClaimSignature) -> Bool {
    func polarity(_ side: ClaimSignature, against other: ClaimSignature) -> Bool {
      let otherTerms = Set(other.terms)
      // The first clause of the most shared terms.
      var clause: ClaimSignature.Clause? = nil
      var most = -1
      for candidate in side.clauses {
        let shared = candidate.terms.filter(otherTerms.contains).count
        if shared > most { (clause, most) = (candidate, shared) }
      }
      return (clause?.negative ?? false) != side.deniedByCue
    }
    return polarity(a, against: b) == polarity(b, against: a)
  }

  /// Whether `quoting`, a direct quotation, has most of the terms it shares with `other` only
  /// inside quotation marks of its own: words it quotes from someone else.
  static func quotesTheOther(_ quoting: ClaimSignature, _ other: ClaimSignature) -> Bool {
    guard quoting.direct, !quoting.quotedTerms.isEmpty else { return false }
    let shared = Set(quoting.terms).intersection(other.terms)
    guard !shared.isEmpty else { return false }
    return Double(shared.intersection(quoting.quotedTerms).count) >= 0.7 * Double(shared.count)
  }

  /// Whether `words` holds `part` as a run.
  static func contains(_ words: [String], _ part: [String]) -> Bool {
    guard !part.isEmpty, part.count <= words.count else { return false }
    for start in 0...(words.count - part.count) where words[start] == part[0] {
      if words[start..<start + part.count].elementsEqual(part) { return true }
    }
    return false
  }
}

extension ClaimMatcher {
  /// The group a statement joins: the candidate whose first statement it matches best
  /// (``ClaimMatch/strength``, then the earliest group; candidates come ascending), or nil. Only a group's first statement is compared,
  /// so groups never chain: a statement that matches a member but not the claim stays apart.
  public static func best(
    for signature: ClaimSignature, among candidates: [(group: Int64, first: ClaimSignature)],
    weight: (String) -> Double
  ) -> (group: Int64, match: ClaimMatch)? {
    var best: (group: Int64, match: ClaimMatch)? = nil
    for candidate in candidates {
      guard let match = match(signature, candidate.first, weight: weight) else { continue }
      if let current = best, current.match.strength >= match.strength { continue }
      best = (candidate.group, match)
    }
    // The evidence names the rarest shared terms first: sorted once, for the match chosen.
    if var chosen = best {
      let weighed = chosen.match.sharedTerms.map { (term: $0, weight: weight($0)) }
      chosen.match.sharedTerms = weighed.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.map(\.term)
      best = chosen
    }
    return best
  }
}
