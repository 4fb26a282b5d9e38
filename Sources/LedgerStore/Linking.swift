import Attribution
import Corroboration
import GRDB

/// How one statement was linked: its group, and when it joined one, the statement it matched
/// (the group's first) and why, in words an editor checks.
struct LinkDecision: Equatable {
  var group: Int64
  var matched: Int64?
  var evidence: String?
  /// Whether it denies what its group's first statement asserts (judged in the matching
  /// clauses); a first statement keeps its own polarity.
  var negative: Bool
}

/// The one linking engine, used by ingest, by the re-forming of groups a new version broke, and
/// by ``Ledger/relink()``: each statement, in the order the ledger stored them, joins the group
/// whose first statement it matches best (``ClaimMatcher``), or starts its own. Weights are the
/// terms' rarity among the claims linked before it. So forming every group again from the
/// stored statements, in their order, gives the groups that ingest built.
extension Ledger {
  /// Links an article's new claims in order; each is added to the index before the next is
  /// linked, so an article's later claims may join its earlier ones. `claims` carry their own
  /// polarity (``ClaimKey/negative``); the decisions say what to store.
  static func link(
    _ claims: [Claim], of article: String, signatures: [ClaimSignature], terms: [[Int32]], in db: Database,
    termIndex: inout TermIndex, firsts: inout SignatureCache, corrections: inout Corrections
  ) throws -> [LinkDecision] {
    // The groups already in the ledger that each may join, found before any of the article's
    // claims is added; their first statements not remembered are read in one query.
    let external = terms.map { termIndex.candidateGroups(for: $0) }
    let wanted = Set(external.joined())
    let fetched = try Self.signatures(of: wanted.filter { firsts[$0] == nil }.sorted(), in: db)
    // Every first statement this article needs, held here before the cache takes in the new
    // ones: the cache may start again while it does, and linking must not depend on its history.
    var needed = fetched
    for group in wanted where needed[group] == nil { needed[group] = firsts[group] }
    for (id, signature) in fetched { firsts[id] = signature }
    // The article's own new groups, which its later claims may join. (Kept apart from the cache,
    // which holds only first statements that were candidates once: most groups never are.)
    var ownFirsts: [(group: Int64, first: ClaimSignature, terms: [Int32])] = []
    var decisions: [LinkDecision] = []
    decisions.reserveCapacity(claims.count)
    var placed: [StatementAnchor: [Int64]] = [:]
    for index in claims.indices {
      var claim = claims[index]
      // The ledger's candidates, then the article's own new groups whose first shares enough.
      var candidates = external[index].compactMap { group in needed[group].map { (group: group, first: $0) } }
      for own in ownFirsts where TermIndex.worthComparing(terms[index], own.terms) {
        candidates.append((own.group, own.first))
      }
      var correction = EditorsLink.none
      if corrections.touchesLinking {
        let anchor = StatementAnchor(article: article, content: claim.content)
        correction = try editorsLink(
          for: claim.id, at: anchor, corrections: &corrections, placed: placed, in: db, termIndex: termIndex)
        placed[anchor, default: []].append(claim.id)
      }
      let decision = decide(claim, signatures[index], among: candidates, termIndex: termIndex, correction, corrections)
      if decision.matched == nil, correction == .none { ownFirsts.append((claim.id, signatures[index], terms[index])) }
      claim.negative = decision.negative
      termIndex.add(claim, terms: terms[index], group: decision.group)
      decisions.append(decision)
    }
    return decisions
  }

  /// What the editors said about one statement's link: nothing, keep it alone, or put it with
  /// an earlier statement (its row and group) as one claim.
  enum EditorsLink: Equatable {
    case none
    case alone
    case with(statement: Int64, group: Int64, editor: String)
  }

  /// The editors' word on the statement stored as `id` at `anchor`: a hand link to a statement
  /// already placed (an earlier row, current, in a group) wins; else a hand unlink keeps it
  /// alone. `placed` holds the anchors of the rows placed in this pass but not stored yet.
  static func editorsLink(
    for id: Int64, at anchor: StatementAnchor, corrections: inout Corrections, placed: [StatementAnchor: [Int64]],
    in db: Database, termIndex: TermIndex
  ) throws -> EditorsLink {
    for (partner, editor) in corrections.links[anchor] ?? [] {
      let rows = try (placed[partner] ?? []) + Corrections.currentIDs(of: partner, in: db)
      if let row = rows.filter({ $0 < id }).min(), let group = termIndex.group(of: row) {
        return .with(statement: row, group: group, editor: editor)
      }
    }
    if corrections.isolated.contains(anchor) {
      corrections.isolatedIDs.insert(id)
      return .alone
    }
    return .none
  }

  /// The decision for one claim among candidate groups' first statements, the editors' word
  /// first: no automatic link joins a statement they took out of its claim, nor a group it starts.
  private static func decide(
    _ claim: Claim, _ signature: ClaimSignature, among candidates: [(group: Int64, first: ClaimSignature)],
    termIndex: TermIndex, _ correction: EditorsLink = .none, _ corrections: Corrections
  ) -> LinkDecision {
    switch correction {
    case .with(let statement, let group, let editor):
      return LinkDecision(
        group: group, matched: statement, evidence: "linked by \(editor)", negative: signature.key.negative)
    case .alone:
      return LinkDecision(group: claim.id, matched: nil, evidence: nil, negative: claim.negative)
    case .none: break
    }
    let candidates =
      corrections.isolatedIDs.isEmpty ? candidates : candidates.filter { !corrections.isolatedIDs.contains($0.group) }
    // (A closure, not `termIndex.weight(of:)`: the method's partial application copied the index.)
    guard
      let (group, match) = ClaimMatcher.best(for: signature, among: candidates, weight: { termIndex.weight(of: $0) })
    else {
      return LinkDecision(group: claim.id, matched: nil, evidence: nil, negative: claim.negative)
    }
    let firstNegative = termIndex.claim(group)?.negative ?? false
    return LinkDecision(
      group: group, matched: group, evidence: match.evidence, negative: match.agrees ? firstNegative : !firstNegative)
  }

  /// The signatures of stored statements, by id.
  static func signatures(of ids: [Int64], in db: Database) throws -> [Int64: ClaimSignature] {
    guard !ids.isEmpty else { return [:] }
    var signatures: [Int64: ClaimSignature] = [:]
    for row in try rows(
      matching: ids, in: db,
      { "SELECT id, content, cue, speaker, speaker_kind, direct FROM statement WHERE id IN (\($0))" })
    {
      signatures[row[0]] = ClaimSignature(
        content: row[1], cue: row[2], speaker: row[3], kind: SpeakerKind(rawValue: row[4]) ?? .vague, direct: row[5])
    }
    return signatures
  }

  /// Where each of the given statements is anchored (``StatementAnchor``).
  static func anchors(of ids: [Int64], in db: Database) throws -> [Int64: StatementAnchor] {
    var anchors: [Int64: StatementAnchor] = [:]
    for row in try rows(matching: ids, in: db, { "SELECT id, article_id, content FROM statement WHERE id IN (\($0))" })
    {
      anchors[row[0]] = StatementAnchor(article: row[1], content: row[2])
    }
    return anchors
  }

  /// Stores decisions made for statements already in the table.
  static func store(_ decisions: [(id: Int64, decision: LinkDecision)], in db: Database) throws {
    let update = try db.cachedStatement(
      sql: "UPDATE statement SET claim_group = ?, negative = ?, linked_to = ?, link_evidence = ? WHERE id = ?")
    for (id, decision) in decisions {
      try update.execute(arguments: [
        decision.group, decision.negative, decision.matched, decision.evidence, id,
      ])
    }
  }

  /// Forms the given groups again from their current members (a new version took some out,
  /// perhaps their first statement): the members, in order, through the same engine, among
  /// themselves. Their new verdicts are stored.
  ///
  /// `pooled` forms the members of all the groups together, as one set (after an editor's
  /// correction, which may move a statement from one of them to another).
  static func regroup(
    _ groups: Set<Int64>, pooled: Bool = false, in db: Database, termIndex: inout TermIndex,
    corrections: inout Corrections
  ) throws {
    guard !groups.isEmpty else { return }
    for group in groups.sorted() {
      try db.cachedStatement(sql: "DELETE FROM claim_group WHERE id = ?").execute(arguments: [group])
    }
    var formed = Set<Int64>()
    let sets =
      pooled
      ? [groups.flatMap { termIndex.members(of: $0) }.sorted()]
      : groups.sorted().map { termIndex.members(of: $0).sorted() }
    for members in sets {
      let signatures = try Self.signatures(of: members, in: db)
      let anchors = corrections.touchesLinking ? try Self.anchors(of: members, in: db) : [:]
      var firsts: [(group: Int64, first: ClaimSignature)] = []
      var decisions: [(id: Int64, decision: LinkDecision)] = []
      for id in members {
        guard var claim = termIndex.claim(id), let signature = signatures[id] else { continue }
        // Its own polarity again: the stored one was against the group's old first statement.
        claim.negative = signature.key.negative
        var correction = EditorsLink.none
        if let anchor = anchors[id] {
          correction = try editorsLink(
            for: id, at: anchor, corrections: &corrections, placed: [:], in: db, termIndex: termIndex)
        }
        let decision = decide(claim, signature, among: firsts, termIndex: termIndex, correction, corrections)
        if decision.matched == nil, correction == .none { firsts.append((id, signature)) }
        termIndex.assign(id, to: decision.group)
        termIndex.setNegative(id, decision.negative)
        decisions.append((id, decision))
        formed.insert(decision.group)
      }
      try store(decisions, in: db)
    }
    try judge(formed, in: db, termIndex: termIndex)
  }

  /// Forms every claim group again from the current statements, in the order they were stored,
  /// article by article as ingest linked them; returns the index that results. Groups formed
  /// by another rule (a ledger from before this engine) are replaced; a ledger whose articles
  /// have one version each gets back exactly the groups its ingest built.
  static func relinkAll(in db: Database, corrections: inout Corrections) throws -> TermIndex {
    try db.execute(sql: "UPDATE statement SET claim_group = NULL, linked_to = NULL, link_evidence = NULL")
    try db.execute(sql: "DELETE FROM claim_group")
    var index = TermIndex()
    var firsts = SignatureCache()
    // Ingest's units: runs of consecutive ids from one article version.
    var batches: [(first: Int64, last: Int64, article: String)] = []
    var previous: (article: String, version: Int)? = nil
    for row in try Row.fetchAll(
      db, sql: "SELECT id, article_id, version FROM statement WHERE is_current = 1 ORDER BY id")
    {
      let key = (article: row[1] as String, version: row[2] as Int)
      if let previous, previous == key {
        batches[batches.count - 1].last = row[0]
      } else {
        batches.append((row[0], row[0], key.article))
      }
      previous = key
    }
    var groups = Set<Int64>()
    for batch in batches {
      let rows = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT id, speaker, speaker_kind, outlet, cue, content, direct, terms, role, content_start, content_end,
              cue_start, cue_end
            FROM statement WHERE is_current = 1 AND id BETWEEN ? AND ? ORDER BY id
            """), arguments: [batch.first, batch.last])
      let signatures = rows.map { row in
        ClaimSignature(
          content: row[5], cue: row[4], speaker: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .vague, direct: row[6])
      }
      // (Each claim's own polarity from its signature's key: the content is read once.)
      var claims = zip(rows, signatures).map { row, signature in
        Claim(
          id: row[0], speaker: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .vague, outlet: row[3], cue: row[4],
          content: row[5], role: row[8], negative: signature.key.negative)
      }
      // Each statement's terms read again by today's rule (a ledger from an older ClaimLedger
      // stored the terms its rule read) and stored where they changed, so that the index the
      // next process builds from the rows agrees with the groups formed here.
      let storedTerms = signatures.map { $0.key.terms.joined(separator: " ") }
      for (row, (fresh, signature)) in zip(rows, zip(storedTerms, signatures)) where (row[7] as String) != fresh {
        try db.execute(
          sql: "UPDATE statement SET terms = ?, term_count = ? WHERE id = ?",
          arguments: [fresh, signature.key.terms.count, row[0] as Int64])
      }
      Claim.markRelays(
        &claims,
        tellings: zip(rows, storedTerms).map { row, terms in
          Claim.Telling(
            content: Ledger.span(row[9], row[10]), cue: Ledger.span(row[11], row[12]), terms: terms)
        })
      let terms = signatures.map { index.intern($0.key.terms) }
      let decisions = try link(
        claims, of: batch.article, signatures: signatures, terms: terms, in: db, termIndex: &index, firsts: &firsts,
        corrections: &corrections)
      try store(zip(claims, decisions).map { (id: $0.id, decision: $1) }, in: db)
      groups.formUnion(decisions.map(\.group))
    }
    try judge(groups, in: db, termIndex: index)
    return index
  }

  /// Forms every claim group again from the stored statements through the linking engine
  /// (``ClaimMatcher``), in one transaction: after a change to how claims are linked, so that
  /// the whole ledger follows one rule. Editors' verdicts are recomputed with it.
  public func relink() throws(LedgerError) {
    try write { db, memory in
      memory.corrections.isolatedIDs = []
      memory.terms = try Self.relinkAll(in: db, corrections: &memory.corrections)
      memory.firsts = SignatureCache()
    }
  }
}

/// The signatures of groups' first statements the writer has read or made, so that a group a
/// later article may join is not read and parsed again. Bounded: when full it starts again (a
/// first statement is read back in one query per article when needed). A statement's content
/// never changes, so an entry stays true while its statement is current; one whose speaker
/// changed (a merged source) is forgotten.
struct SignatureCache {
  private var signatures: [Int64: ClaimSignature] = [:]
  static let capacity = 100_000

  subscript(id: Int64) -> ClaimSignature? {
    get { signatures[id] }
    set {
      if newValue != nil, signatures.count >= Self.capacity { signatures.removeAll(keepingCapacity: true) }
      signatures[id] = newValue
    }
  }
}
