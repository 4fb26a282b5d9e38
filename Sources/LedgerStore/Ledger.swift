import ArticleReading
import Attribution
import Corroboration
import Foundation
import GRDB
import SafeXML

/// The embedded ledger: articles, their versions, sources and statements in one SQLite file,
/// with the corroboration status of every claim.
///
/// Write-ahead logging and a busy timeout let several processes ingest at once; every ingest is
/// one immediate transaction, so a killed process leaves the ledger as it was before that
/// article, and two writers never deadlock upgrading a read lock.
public final class Ledger: Sendable {
  public let path: String
  private let pool: DatabasePool
  private let writerMemory = WriterMemoryCache()

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
    // In write-ahead mode `NORMAL` syncs at checkpoints, not at every commit: each commit is
    // still atomic and survives a killed process (only a power cut can undo the last few),
    // and a batch no longer waits on the disk once per article. A larger page cache keeps
    // the B-tree pages an ingest touches in memory as the ledger grows. A ledger opened only
    // to read (a report, a listing, an export: one pass over much of the file) is mapped into
    // memory, up to SQLite's own ceiling of 2 GB, so that SQLite reads its pages in place
    // rather than the kernel copying each one out: the report of 100,000 articles in 0.86-0.98×
    // the time (docs/PERFORMANCE.md). A long-lived server reads it the usual way, its resident
    // memory then the cache's, not the file's. (Nothing in ClaimLedger shrinks a ledger file,
    // the one change a mapping could not survive.)
    let mapped = access == .readOnly
    configuration.prepareDatabase { db in
      if !db.configuration.readonly {
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
      try db.execute(sql: "PRAGMA cache_size = -65536")
      if mapped { try db.execute(sql: "PRAGMA mmap_size = 2147418112") }
    }
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
  /// both find it unmigrated; the loser's `CREATE TABLE` (or its record of the migration) then
  /// fails, and migrating again finds the winner's work done.
  private static func migrate(_ pool: DatabasePool) throws {
    // (Each migration is a race of its own: with four migrations and several processes, a few
    // more tries than there are migrations. A migration that only updates rows succeeds twice,
    // and the loser fails on recording it: a constraint error, retried the same way.)
    for attempt in 0..<20 {
      do {
        return try Schema.migrator.migrate(pool)
      } catch let error as DatabaseError
        where (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT) && attempt < 19
      {
        usleep(useconds_t(50_000 + 10_000 * attempt))
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

  /// Runs `work` in one write transaction without the writer's memory of the ledger: for a
  /// change no ingest remembers (an index), which on a large ledger should not first load
  /// hundreds of MB it never reads.
  func writeWithoutMemory(_ work: (Database) throws -> Void) throws(LedgerError) {
    do {
      try pool.write(work)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  /// Runs `work` in one immediate transaction: all of it lands, or none. `work` gets the
  /// writer's memory of the ledger, up to date, to read and update along with the tables; a
  /// write that fails drops it (its changes did not land), and the next write builds it again.
  func write<T>(_ work: (Database, inout WriterMemory) throws -> T) throws(LedgerError) -> T {
    let cache = writerMemory
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        do {
          try db.inTransaction(.immediate) {
            // Inside the write lock: no other process can change the ledger until the commit.
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            if cache.memory == nil || cache.dataVersion != version {
              cache.memory = try WriterMemory.load(db)
              cache.dataVersion = version
            }
            result = try work(db, &cache.memory!)
            return .commit
          }
        } catch {
          cache.memory = nil
          throw error
        }
        return result!
      }
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  /// Drops the writer's memory; the next write builds it from the tables.
  func forgetWriterMemory() { writerMemory.memory = nil }

  func read<T>(_ work: (Database) throws -> T) throws(LedgerError) -> T {
    do {
      return try readPassingErrors(work)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  /// ``read(_:)`` where only the database's own errors become a ``LedgerError``: what `work`
  /// throws of its own (a full disk under an export) comes out as it is.
  func readPassingErrors<T>(_ work: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(work)
    } catch let error as DatabaseError {
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
    try ingest(
      PreparedArticle(article, statements: statements), id: id, outlet: outlet, url: url, ingestedAt: ingestedAt)
  }

  /// ``ingest(_:statements:id:outlet:url:ingestedAt:)`` for an article prepared beforehand,
  /// perhaps on another thread while the previous one was stored.
  public func ingest(
    _ prepared: PreparedArticle, id: String, outlet: String? = nil, url: String? = nil, ingestedAt: Date = Date()
  ) throws(LedgerError) -> IngestResult {
    let (article, statements) = (prepared.article, prepared.statements)
    // Values from the command line and file names enter here, past the article's own mapping.
    let (id, outlet, url) = (XMLCharacters.mapped(id), XMLCharacters.mapped(outlet), XMLCharacters.mapped(url))
    let source = XMLCharacters.mapped(article.source)
    let timestamp = Self.timestamp(ingestedAt)
    return try write { db, memory in
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
        id, number, source, article.format.rawValue, textFingerprint(article.text), article.text,
        article.metadata.published, timestamp,
      ])
      // Earlier versions leave the corroboration: only what the article says now counts. (A
      // new article has none, and skips the look-up.)
      var superseded = Set<Int64>()
      if latest != nil {
        superseded = try Self.supersede(article: id, in: db, termIndex: &memory.terms)
      }
      // An article is a dozen SQL statements, whatever its number of claims: sources, claims
      // and verdicts are each written in one statement, and candidates for linking come from
      // the term index in memory.
      // An editor's speaker for a statement outranks the extractor's, in every version that
      // says the same words.
      var statements = statements
      var signatures = prepared.signatures
      // (The row's columns too: they carry the speaker's kind, which the editor's word changes.)
      var stored = prepared.stored
      if !memory.corrections.speakers.isEmpty {
        for index in statements.indices {
          guard
            let speaker = memory.corrections.speakers[StatementAnchor(article: id, content: statements[index].content)]
          else { continue }
          statements[index].speaker = speaker.name
          statements[index].speakerKind = speaker.kind
          let statement = statements[index]
          signatures[index] = ClaimSignature(
            content: statement.content, cue: statement.cue, speaker: speaker.name, kind: speaker.kind,
            direct: statement.direct)
          stored[index] = Self.storedValues(statement, terms: prepared.terms[index])
        }
      }
      let registry = try Self.sources(for: statements, in: db, memory: &memory)
      let sourceIDs = registry.ids
      // Each statement under the name the registry keeps for its source: one origin per entity.
      for index in statements.indices where registry.speakers[index] != nil {
        statements[index].speaker = registry.speakers[index]
      }
      let firstID = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM statement")) ?? 0) + 1
      let ids = statements.indices.map { firstID + Int64($0) }
      let interned = prepared.terms.map { memory.terms.intern($0) }
      var claims = statements.indices.map {
        Claim(id: ids[$0], statement: statements[$0], negative: prepared.negative[$0])
      }
      Claim.markRelays(
        &claims,
        tellings: statements.indices.map {
          Claim.Telling(
            content: statements[$0].contentRange, cue: statements[$0].cueRange,
            terms: prepared.terms[$0].joined(separator: " "))
        })
      let links = try Self.link(
        claims, of: id, signatures: signatures, terms: interned, in: db, termIndex: &memory.terms,
        firsts: &memory.firsts, corrections: &memory.corrections)
      // Each row appended straight to its statement's arguments: a row made by `+` and then
      // appended again copied its values three times.
      try Self.insertMany(
        into:
          "statement (id, article_id, version, ordinal, source_id, speaker, \(Self.storedColumns), negative, claim_group, linked_to, link_evidence)",
        columns: 26, count: statements.count, in: db
      ) { ordinal, values in
        let link = links[ordinal]
        values += [ids[ordinal], id, number, ordinal, sourceIDs[ordinal], statements[ordinal].speaker]
        values += stored[ordinal]
        values += [link.negative, link.group, link.matched, link.evidence]
      }
      let touched = superseded.union(links.map(\.group)).union(registry.regrouped)
      // Groups that lost members are formed again; groups that only gained members keep their
      // links and need just a new verdict.
      try Self.regroup(superseded, in: db, termIndex: &memory.terms, corrections: &memory.corrections)
      try Self.judge(touched.subtracting(superseded), in: db, termIndex: memory.terms)
      return IngestResult(articleID: id, version: number, statementsAdded: statements.count, unchanged: false)
    }
  }

  /// Takes an article's current statements out of corroboration (a new version replaces
  /// them) and out of the term index, with their links (no group, no why); returns the groups
  /// they were in.
  static func supersede(article id: String, in db: Database, termIndex: inout TermIndex) throws -> Set<Int64> {
    let retired = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT id, claim_group FROM statement WHERE article_id = ? AND is_current = 1"),
      arguments: [id])
    for row in retired { termIndex.retire(row[0]) }
    try db.cachedStatement(
      sql:
        "UPDATE statement SET is_current = 0, claim_group = NULL, linked_to = NULL, link_evidence = NULL WHERE article_id = ? AND is_current = 1"
    ).execute(arguments: [id])
    return Set(retired.compactMap { $0[1] as Int64? })
  }

  /// `2026-11-22T02:59:16Z`: an ingest time as the ledger stores it (a formatter made per
  /// article cost more than the article's SQL).
  static func timestamp(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
      + "\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }

  /// `INSERT INTO table (columns) VALUES (...), (...)`: rows in as few statements as SQLite's
  /// limit on parameters allows.
  static func insertMany(
    into table: String, columns: Int, rows: [StatementArguments], conflict: String = "", in db: Database
  ) throws {
    try insertMany(into: table, columns: columns, count: rows.count, conflict: conflict, in: db) { $1 += rows[$0] }
  }

  /// ``insertMany(into:columns:rows:conflict:in:)`` with each row appended to the arguments by
  /// `row`, which gets the row's index.
  static func insertMany(
    into table: String, columns: Int, count: Int, conflict: String = "", in db: Database,
    row: (Int, inout StatementArguments) -> Void
  ) throws {
    let perStatement = max(1, 30_000 / columns)
    let placeholders = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    for start in stride(from: 0, to: count, by: perStatement) {
      let end = min(start + perStatement, count)
      var arguments = StatementArguments()
      for index in start..<end { row(index, &arguments) }
      try db.cachedStatement(
        sql: "INSERT INTO \(table) VALUES " + Array(repeating: placeholders, count: end - start).joined(separator: ", ")
          + " " + conflict
      ).execute(arguments: arguments)
    }
  }

  /// The `statement` columns from `mention` to `terms`: the extraction contract's fields but the
  /// speaker, then what corroboration compares (``storedValues(_:terms:)`` in this order). The
  /// speaker (the registry's name) and the polarity (the linker's) are decided in the write; the
  /// rest is made beforehand, on another core in a batch.
  static let storedColumns = """
    mention, mention_start, mention_end, speaker_kind, cue, cue_start, cue_end, content, content_start,
    content_end, fragments, direct, outlet, role, term_count, terms
    """

  static func storedValues(_ s: Attribution.Statement, terms: [String]) -> StatementArguments {
    let fragments = "[" + s.fragments.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
    // An array literal: GRDB builds it with code specialised for arrays. Its initialisers from
    // a sequence are generic across the module boundary, and ran at ten thousand instructions
    // a row (a third of preparing an article).
    return [
      s.mention, s.mentionRange.lowerBound, s.mentionRange.upperBound, s.speakerKind.rawValue, s.cue,
      s.cueRange.lowerBound, s.cueRange.upperBound, s.content, s.contentRange.lowerBound, s.contentRange.upperBound,
      fragments, s.direct, s.outlet, s.role, terms.count, terms.joined(separator: " "),
    ]
  }

  /// The rows of a query with an `IN (...)` list of `values`, made by `sql` from the list's
  /// placeholders: long lists go in parts, within SQLite's limit on parameters.
  static func rows<Value: DatabaseValueConvertible>(
    matching values: [Value], in db: Database, _ sql: (String) -> String
  ) throws -> [Row] {
    var rows: [Row] = []
    for start in stride(from: 0, to: values.count, by: 10_000) {
      let part = Array(values[start..<min(start + 10_000, values.count)])
      rows += try Row.fetchAll(
        db.cachedStatement(sql: sql(placeholders(part.count))), arguments: StatementArguments(part))
    }
    return rows
  }

  private static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: max(count, 1)).joined(separator: ",")
  }

  /// Puts the given statements in a group (by their ids: the table has no index by group, the
  /// writer's memory knows the members).
  static func setGroup(_ group: Int64, of statements: [Int64], in db: Database) throws {
    guard !statements.isEmpty else { return }
    try db.execute(
      sql: "UPDATE statement SET claim_group = ? WHERE id IN (\(statements.map(String.init).joined(separator: ",")))",
      arguments: [group])
  }

  /// Stores the verdict of each group, from its current members' origins and polarity as the
  /// term index holds them: one write for all the verdicts, no read.
  static func judge(_ groups: Set<Int64>, in db: Database, termIndex: TermIndex) throws {
    guard !groups.isEmpty else { return }
    var verdicts: [StatementArguments] = []
    for group in groups.sorted() {
      let claims = termIndex.claims(in: group)
      if !claims.isEmpty {
        let verdict = Corroboration.verdict(for: claims)
        verdicts.append(
          [
            group, verdict.status.rawValue, verdict.reason, verdict.origins.joined(separator: "\n"),
            verdict.outlets.joined(separator: "\n"),
          ])
      } else {
        try db.cachedStatement(sql: "DELETE FROM claim_group WHERE id = ?").execute(arguments: [group])
      }
    }
    try insertMany(
      into: "claim_group (id, status, reason, origins, outlets)", columns: 5, rows: verdicts,
      conflict: "ON CONFLICT(id) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
        + "origins = excluded.origins, outlets = excluded.outlets", in: db)
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
