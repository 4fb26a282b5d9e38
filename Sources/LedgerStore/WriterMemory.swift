import Attribution
import Corroboration
import GRDB

/// What the writing process keeps of the ledger in memory, so that an ingest reads almost
/// nothing back: the claims' term index, the sources already stored, and the editors'
/// corrections in force.
///
/// It is built from the tables the first time a process writes, and again whenever
/// `PRAGMA data_version` says another process has written since; each ingest then updates it
/// along with the tables, and a write that fails drops it.
struct WriterMemory {
  var terms = TermIndex()
  var sources = SourceDirectory()
  var firsts = SignatureCache()
  var corrections = Corrections()

  static func load(_ db: Database) throws -> WriterMemory {
    var memory = WriterMemory()
    let claims = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, claim_group, terms, speaker, speaker_kind, outlet, cue, negative, role, article_id, version,
          content_start, content_end, cue_start, cue_end
        FROM statement WHERE is_current = 1 ORDER BY id
        """)
    // An article version's statements, read together (their ids run on): which reports which
    // is told among them (``Claim/markRelays(_:tellings:)``). The ungrouped ones are read for that.
    var version: (article: String, number: Int)? = nil
    var members: [(claim: Claim, telling: Claim.Telling, group: Int64?, terms: [Int32])] = []
    func addMembers() {
      var claims = members.map { $0.claim }
      Claim.markRelays(&claims, tellings: members.map { $0.telling })
      for (claim, member) in zip(claims, members) {
        if let group = member.group { memory.terms.add(claim, terms: member.terms, group: group) }
      }
      members.removeAll(keepingCapacity: true)
    }
    while let row = try claims.next() {
      let article: String = row[9]
      let number: Int = row[10]
      if version.map({ $0.article != article || $0.number != number }) ?? false { addMembers() }
      version = (article, number)
      // By position: a look-up by column name lower-cases the name for every row.
      let claim = Claim(
        id: row[0], speaker: row[3], kind: SpeakerKind(rawValue: row[4]) ?? .vague, outlet: row[5], cue: row[6],
        content: "", role: row[8], negative: row[7])
      let group: Int64? = row[1]
      // Interned from the row's bytes: no String per word.
      let terms: String = row[2]
      let telling = Claim.Telling(
        content: Ledger.span(row[11], row[12]), cue: Ledger.span(row[13], row[14]), terms: terms)
      members.append((claim, telling, group, group == nil ? [] : memory.terms.intern(stored: terms)))
    }
    addMembers()
    for row in try Row.fetchAll(db, sql: "SELECT id, name, kind, affiliation FROM source ORDER BY id") {
      memory.sources.record(name: row[1], kind: row[2], id: row[0], affiliation: row[3])
    }
    for row in try Row.fetchAll(db, sql: "SELECT source_id, alias FROM source_alias") {
      memory.sources.recordAlias(row[1], of: row[0])
    }
    memory.corrections = try Corrections.load(db)
    return memory
  }
}

/// The process's copy of its ``WriterMemory`` and the `PRAGMA data_version` it matches. Only
/// touched inside `Ledger.write`, which GRDB runs on the ledger's one writer connection, one
/// call at a time: that serial access is the lock.
final class WriterMemoryCache: @unchecked Sendable {
  var memory: WriterMemory? = nil
  var dataVersion: Int = 0
}
