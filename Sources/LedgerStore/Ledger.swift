import ArticleReading
import Attribution
import Corroboration
import Foundation
import GRDB

/// The embedded ledger: articles, their versions, sources and statements in one SQLite file,
/// with the corroboration status of every claim.
///
/// Write-ahead logging and a busy timeout let several processes ingest at once; every ingest is
/// one immediate transaction, so a killed process leaves the ledger as it was before that
/// article, and two writers never deadlock upgrading a read lock.
public final class Ledger: Sendable {
  public let path: String
  private let pool: DatabasePool

  public enum Access: Sendable { case readWrite, readOnly }

  private init(path: String, pool: DatabasePool) {
    self.path = path
    self.pool = pool
  }

  /// Opens the ledger at `path`, creating it (and its folder) for `.readWrite` when missing.
  /// Refuses, touching nothing, a file that is not a ClaimLedger ledger or that a newer
  /// ClaimLedger wrote.
  public static func open(path: String, access: Access = .readWrite) throws(LedgerError) -> Ledger {
    let fileManager = FileManager.default
    let exists = fileManager.fileExists(atPath: path)
    if !exists, access == .readOnly { throw LedgerError(path: path, problem: .missing) }
    if exists {
      try checkHeader(path)
    } else {
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
        do {
          try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw LedgerError(path: path, problem: .unwritable("cannot create folder \(folder)"))
        }
      }
      if !fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
        throw LedgerError(path: path, problem: .unwritable("folder is not writable"))
      }
    }
    if exists, access == .readWrite, !fileManager.isWritableFile(atPath: path) {
      throw LedgerError(path: path, problem: .unwritable("file is read-only"))
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(60)
    configuration.readonly = access == .readOnly
    configuration.foreignKeysEnabled = true
    // Opening switches a new file to write-ahead logging, which SQLite does not retry when
    // another process holds the file at that instant: retry briefly, as the busy timeout
    // does for everything after.
    var attempt = 0
    while true {
      do {
        return try openPool(path: path, exists: exists, access: access, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
        attempt += 1
        usleep(50_000)
      } catch let error as LedgerError {
        throw error
      } catch {
        throw Self.mapped(error, path: path)
      }
    }
  }

  private static func openPool(path: String, exists: Bool, access: Access, configuration: Configuration) throws
    -> Ledger
  {
    // Look before touching: opening a pool switches the file to write-ahead logging, which must
    // never happen to a file that is not ours.
    if exists { try checkIdentity(path: path) }
    let pool = try DatabasePool(path: path, configuration: configuration)
    if access == .readWrite {
      try migrate(pool)
    } else if try pool.read({ try Int32.fetchOne($0, sql: "PRAGMA application_id") }) != Schema.applicationID {
      throw LedgerError(path: path, problem: .missing)
    }
    return Ledger(path: path, pool: pool)
  }

  /// A file that exists must start as an SQLite database does (an empty file is a new ledger).
  private static func checkHeader(_ path: String) throws(LedgerError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw LedgerError(path: path, problem: .unwritable("cannot be read"))
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { return }
    if head != Data("SQLite format 3\u{0}".utf8) {
      throw LedgerError(path: path, problem: .notALedger("not an SQLite database"))
    }
  }

  /// Brings the schema up to date. Two processes creating one ledger at the same instant can
  /// both find it unmigrated; the loser's `CREATE TABLE` then fails, and migrating again finds
  /// the winner's work done.
  private static func migrate(_ pool: DatabasePool) throws {
    for attempt in 0..<5 {
      do {
        return try Schema.migrator.migrate(pool)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && attempt < 4 {
        usleep(100_000)
      }
    }
  }

  /// Refuses a database of another application or of a newer ClaimLedger, reading it through
  /// a read-only connection that changes nothing. A file holding only GRDB's migration table is
  /// a ledger that another process is creating this instant.
  private static func checkIdentity(path: String) throws {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    let (applicationID, tables, superseded) = try queue.read { db in
      let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
      let tables =
        try Int.fetchOne(
          db,
          sql:
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations') AND name NOT LIKE 'sqlite_%'"
        ) ?? 0
      let superseded = applicationID == Schema.applicationID ? try Schema.migrator.hasBeenSuperseded(db) : false
      return (applicationID, tables, superseded)
    }
    if applicationID != Schema.applicationID, tables > 0 {
      throw LedgerError(path: path, problem: .notALedger("an SQLite database of another application"))
    }
    if superseded { throw LedgerError(path: path, problem: .newer) }
  }

  static func mapped(_ error: any Error, path: String) -> LedgerError {
    if let error = error as? LedgerError { return error }
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return LedgerError(path: path, problem: .notALedger("the database is damaged or not SQLite"))
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
        return LedgerError(path: path, problem: .unwritable(error.message ?? "\(error.resultCode)"))
      default:
        return LedgerError(path: path, problem: .database(error.message ?? "\(error.resultCode)"))
      }
    }
    return LedgerError(path: path, problem: .database("\(error)"))
  }

  /// Runs `work` in one immediate transaction: all of it lands, or none.
  func write<T>(_ work: @escaping (Database) throws -> T) throws(LedgerError) -> T {
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try work(db)
          return .commit
        }
        return result!
      }
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  func read<T>(_ work: @escaping (Database) throws -> T) throws(LedgerError) -> T {
    do {
      return try pool.read(work)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  // MARK: Ingest

  /// Stores a new version of the article with its statements, and updates the corroboration of
  /// every group they touch. The same text as the latest version changes nothing.
  public func ingest(
    _ article: Article, statements: [Attribution.Statement], id: String, outlet: String? = nil, url: String? = nil,
    ingestedAt: Date = Date()
  ) throws(LedgerError) -> IngestResult {
    let timestamp = ISO8601DateFormatter().string(from: ingestedAt)
    return try write { db in
      let latest = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT number, text FROM version WHERE article_id = ? ORDER BY number DESC LIMIT 1"),
        arguments: [id])
      if let latest, (latest["text"] as String) == article.text {
        return IngestResult(articleID: id, version: latest["number"], statementsAdded: 0, unchanged: true)
      }
      let number = ((latest?["number"] as Int?) ?? 0) + 1
      try db.cachedStatement(
        sql: """
          INSERT INTO article (id, url, outlet, title) VALUES (?, ?, ?, ?)
          ON CONFLICT(id) DO UPDATE SET url = COALESCE(excluded.url, url), outlet = COALESCE(excluded.outlet, outlet),
            title = COALESCE(excluded.title, title)
          """
      ).execute(arguments: [id, url ?? article.metadata.url, outlet ?? article.metadata.outlet, article.metadata.title])
      try db.cachedStatement(
        sql: """
          INSERT INTO version (article_id, number, source, format, text_hash, text, published, ingested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        id, number, article.source, article.format.rawValue, textFingerprint(article.text), article.text,
        article.metadata.published, timestamp,
      ])
      // Earlier versions leave the corroboration: only what the article says now counts.
      let superseded = Set(
        try Int64.fetchAll(
          db.cachedStatement(
            sql:
              "SELECT DISTINCT claim_group FROM statement WHERE article_id = ? AND is_current = 1 AND claim_group IS NOT NULL"
          ), arguments: [id]))
      try db.cachedStatement(
        sql: """
          UPDATE vocabulary SET frequency = frequency - (
            SELECT COUNT(*) FROM term t JOIN statement s ON s.id = t.statement_id
            WHERE t.term = vocabulary.term AND s.article_id = ? AND s.is_current = 1)
          WHERE term IN (SELECT t.term FROM term t JOIN statement s ON s.id = t.statement_id
            WHERE s.article_id = ? AND s.is_current = 1)
          """
      ).execute(arguments: [id, id])
      try db.cachedStatement(
        sql:
          "DELETE FROM term WHERE statement_id IN (SELECT id FROM statement WHERE article_id = ? AND is_current = 1)"
      ).execute(arguments: [id])
      try db.cachedStatement(
        sql: "UPDATE statement SET is_current = 0, claim_group = NULL WHERE article_id = ? AND is_current = 1"
      ).execute(arguments: [id])
      var added: [(Int64, ClaimKey)] = []
      var touched = superseded
      for (ordinal, statement) in statements.enumerated() {
        let sourceID = try Self.source(for: statement, in: db)
        try db.cachedStatement(
          sql: """
            INSERT INTO statement (article_id, version, ordinal, source_id, speaker, mention, mention_start, mention_end,
              speaker_kind, cue, cue_start, cue_end, content, content_start, content_end, fragments, direct, outlet, role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(
          arguments: Self.arguments(
            id: nil, article: id, version: number, ordinal: ordinal, sourceID: sourceID, statement: statement))
        let statementID = db.lastInsertedRowID
        let key = ClaimKey(content: statement.content, cue: statement.cue)
        try db.cachedStatement(sql: "UPDATE statement SET negative = ?, term_count = ? WHERE id = ?").execute(
          arguments: [key.negative, key.terms.count, statementID])
        try Self.index(key.terms, statement: statementID, in: db)
        added.append((statementID, key))
      }
      touched.formUnion(try Self.link(added, in: db))
      // Groups that lost members may fall apart and are clustered again; groups that only
      // gained members keep their links and need just a new verdict.
      try Self.regroup(superseded, in: db)
      try Self.judge(touched.subtracting(superseded), in: db)
      return IngestResult(articleID: id, version: number, statementsAdded: statements.count, unchanged: false)
    }
  }

  /// The source row for a statement's speaker, created on first sight; aliases grow with each
  /// new way the article names it (`Rebekah Koffler`, `Ms. Koffler`; never `she` or `Koffler`).
  static func source(for statement: Attribution.Statement, in db: Database) throws -> Int64? {
    guard let name = statement.speaker, statement.speakerKind != .vague else { return nil }
    let kind = statement.speakerKind.rawValue
    let affiliation = statement.role
    try db.cachedStatement(
      sql: """
        INSERT INTO source (name, kind, affiliation) VALUES (?, ?, ?)
        ON CONFLICT(name, kind) DO UPDATE SET affiliation = COALESCE(affiliation, excluded.affiliation)
        """
    ).execute(arguments: [name, kind, affiliation])
    let id = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM source WHERE name = ? AND kind = ?"), arguments: [name, kind])!
    let mention = statement.mention
    let words = mention.split(separator: " ")
    if mention != name, words.count >= 2, words.first?.first?.isUppercase == true {
      try db.cachedStatement(sql: "INSERT OR IGNORE INTO source_alias (source_id, alias) VALUES (?, ?)").execute(
        arguments: [id, mention])
    }
    return id
  }

  static func arguments(
    id: Int64?, article: String, version: Int, ordinal: Int, sourceID: Int64?, statement s: Attribution.Statement
  ) -> StatementArguments {
    let fragments = "[" + s.fragments.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
    var values: [(any DatabaseValueConvertible)?] = [
      article, version, ordinal, sourceID, s.speaker, s.mention, s.mentionRange.lowerBound, s.mentionRange.upperBound,
      s.speakerKind.rawValue, s.cue, s.cueRange.lowerBound, s.cueRange.upperBound, s.content, s.contentRange.lowerBound,
      s.contentRange.upperBound, fragments, s.direct, s.outlet, s.role,
    ]
    if let id { values.insert(id, at: 0) }
    return StatementArguments(values)
  }

  /// Terms shared by more current statements than this find no candidates (they are `said`,
  /// `year`, a story's own name): the candidate search then costs about the same whatever the
  /// size of the ledger.
  static let commonTermLimit = ClaimIndex.commonTermLimit

  /// Adds a statement's terms to the index and the vocabulary counts.
  static func index(_ terms: Set<String>, statement: Int64, in db: Database) throws {
    guard !terms.isEmpty else { return }
    // One statement for all of a claim's terms, and one for their counts: an ingest is a few
    // hundred words, and a round trip per word was most of its cost.
    let sorted = terms.sorted()
    try db.cachedStatement(
      sql: "INSERT INTO term (term, statement_id) VALUES "
        + Array(repeating: "(?, ?)", count: sorted.count).joined(separator: ", ")
    ).execute(
      arguments: StatementArguments(sorted.flatMap { term -> [(any DatabaseValueConvertible)?] in [term, statement] }))
    try db.cachedStatement(
      sql: "INSERT INTO vocabulary (term, frequency) VALUES "
        + Array(repeating: "(?, 1)", count: sorted.count).joined(separator: ", ")
        + " ON CONFLICT(term) DO UPDATE SET frequency = frequency + 1"
    ).execute(arguments: StatementArguments(sorted.map { $0 as (any DatabaseValueConvertible)? }))
  }

  /// Links new claims to current claims that share enough content words with them: candidates
  /// and shared-word counts come from the term index, never from comparing all pairs. Returns
  /// the groups touched.
  static func link(_ added: [(Int64, ClaimKey)], in db: Database) throws -> Set<Int64> {
    var touched = Set<Int64>()
    for (id, key) in added {
      var group = id
      let terms =
        key.terms.count < 2
        ? []
        : try String.fetchAll(
          db.cachedStatement(
            sql: "SELECT term FROM vocabulary WHERE term IN (\(placeholders(key.terms.count))) AND frequency <= ?"),
          arguments: StatementArguments(key.terms.sorted() + [commonTermLimit]))
      if terms.count >= 2 {
        let candidates = try Row.fetchAll(
          db.cachedStatement(
            sql: """
              SELECT t.statement_id, COUNT(*) AS shared, s.term_count, s.claim_group FROM term t
              JOIN statement s ON s.id = t.statement_id
              WHERE t.term IN (\(placeholders(terms.count))) AND s.is_current = 1 AND s.id <> ? AND s.claim_group IS NOT NULL
              GROUP BY t.statement_id HAVING COUNT(*) >= 2
              """), arguments: StatementArguments(terms + [id]))
        var groups = Set<Int64>()
        for row in candidates where ClaimKey.overlaps(shared: row["shared"], key.terms.count, row["term_count"]) {
          groups.insert(row["claim_group"])
        }
        if let smallest = groups.min() {
          group = min(smallest, id)
          for other in groups where other != group {
            try db.cachedStatement(sql: "UPDATE statement SET claim_group = ? WHERE claim_group = ?").execute(
              arguments: [group, other])
            try db.cachedStatement(sql: "DELETE FROM claim_group WHERE id = ?").execute(arguments: [other])
          }
        }
      }
      try db.cachedStatement(sql: "UPDATE statement SET claim_group = ? WHERE id = ?").execute(arguments: [group, id])
      touched.insert(group)
    }
    return touched
  }

  private static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: max(count, 1)).joined(separator: ",")
  }

  /// Recomputes the membership and verdict of the given groups from their current members, so
  /// that a statement that left (an older version) can split a group it held together.
  static func regroup(_ groups: Set<Int64>, in db: Database) throws {
    guard !groups.isEmpty else { return }
    var members: [Claim] = []
    for group in groups.sorted() {
      let rows = try Row.fetchAll(
        db.cachedStatement(
          sql:
            "SELECT id, speaker, speaker_kind, outlet, cue, content, negative FROM statement WHERE claim_group = ? AND is_current = 1"
        ), arguments: [group])
      members += rows.map(claim)
      try db.cachedStatement(sql: "DELETE FROM claim_group WHERE id = ?").execute(arguments: [group])
    }
    var index = ClaimIndex()
    for member in members.sorted(by: { $0.id < $1.id }) { index.add(id: member.id, key: member.key) }
    let byID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
    for ids in index.groups() {
      let verdict = Corroboration.verdict(for: ids.map { byID[$0]! })
      let group = ids[0]
      try db.cachedStatement(
        sql: "UPDATE statement SET claim_group = ? WHERE id IN (\(ids.map(String.init).joined(separator: ",")))"
      ).execute(arguments: [group])
      try store(verdict, group: group, in: db)
    }
  }

  static func claim(_ row: Row) -> Claim {
    Claim(
      id: row["id"], speaker: row["speaker"], kind: SpeakerKind(rawValue: row["speaker_kind"]) ?? .vague,
      outlet: row["outlet"], cue: row["cue"], content: row["content"] ?? "", negative: row["negative"])
  }

  /// Stores the verdict of each group, from its current members' origins and polarity.
  static func judge(_ groups: Set<Int64>, in db: Database) throws {
    for group in groups.sorted() {
      let members = try Row.fetchAll(
        db.cachedStatement(
          sql:
            "SELECT id, speaker, speaker_kind, outlet, cue, negative FROM statement WHERE claim_group = ? AND is_current = 1"
        ), arguments: [group]
      ).map(claim)
      if members.isEmpty {
        try db.cachedStatement(sql: "DELETE FROM claim_group WHERE id = ?").execute(arguments: [group])
      } else {
        try store(Corroboration.verdict(for: members), group: group, in: db)
      }
    }
  }

  static func store(_ verdict: Verdict, group: Int64, in db: Database) throws {
    try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO claim_group (id, status, reason, origins, outlets) VALUES (?, ?, ?, ?, ?)"
    ).execute(arguments: [
      group, verdict.status.rawValue, verdict.reason, verdict.origins.joined(separator: "\n"),
      verdict.outlets.joined(separator: "\n"),
    ])
  }
}
