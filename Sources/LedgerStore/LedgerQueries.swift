import Attribution
import Corroboration
import GRDB
import SafeXML

extension Ledger {
  /// Current statements (those of each article's latest version), in article order then
  /// document order, with their group's status; filtered when asked.
  public func claims(status: ClaimStatus? = nil, speaker: String? = nil, article: String? = nil) throws(LedgerError)
    -> [StoredStatement]
  {
    // Ids and names are stored mapped (``XMLCharacters``): a look-up typed raw finds them.
    let (speaker, article) = (XMLCharacters.mapped(speaker), XMLCharacters.mapped(article))
    var (condition, arguments) = Self.reported(article: article, status: status)
    if let speaker {
      condition += " AND (s.speaker = ? COLLATE NOCASE OR s.mention = ? COLLATE NOCASE)"
      arguments += [speaker, speaker]
    }
    return try read { db in
      try Self.storedStatements(db, where: condition, arguments: StatementArguments(arguments))
    }
  }

  /// The statements of one stored version, in document order.
  public func statements(article: String, version: Int) throws(LedgerError) -> [StoredStatement] {
    let article = XMLCharacters.mapped(article)
    return try read { db in
      try Self.storedStatements(db, where: "s.article_id = ? AND s.version = ?", arguments: [article, version])
    }
  }

  /// Version numbers of an article, oldest first; empty when the ledger does not know it.
  public func versions(of article: String) throws(LedgerError) -> [Int] {
    let article = XMLCharacters.mapped(article)
    return try read { db in
      try Int.fetchAll(db, sql: "SELECT number FROM version WHERE article_id = ? ORDER BY number", arguments: [article])
    }
  }

  /// The text of a stored version, which its statements' offsets index.
  public func text(article: String, version: Int) throws(LedgerError) -> String {
    let article = XMLCharacters.mapped(article)
    let text = try read { db in
      try String.fetchOne(
        db, sql: "SELECT text FROM version WHERE article_id = ? AND number = ?", arguments: [article, version])
    }
    guard let text else { throw LedgerError(path: path, problem: .unknownArticle("\(article)@\(version)")) }
    return text
  }

  /// Every source with its kind, aliases, affiliation and how much it said, most cited first.
  public func sources() throws(LedgerError) -> [SourceSummary] {
    try read { db in try Self.sources(in: db) }
  }

  /// The sources, counted by SQLite, or with `counted`, their counts taken from a pass over the
  /// current statements that was made anyway (a report's): counting them again read the whole
  /// statement table, a second of the 100,000-article report.
  static func sources(in db: Database, counted: SourceCounts? = nil) throws -> [SourceSummary] {
    let aliases =
      "(SELECT GROUP_CONCAT(alias, char(10)) FROM (SELECT alias FROM source_alias WHERE source_id = src.id ORDER BY alias)) AS aliases"
    let order = "ORDER BY statements DESC, src.name, src.kind"
    let rows = try Row.fetchAll(
      db,
      sql: counted != nil
        ? "SELECT src.id, src.name, src.kind, src.affiliation, \(aliases), 0 AS statements, 0 AS articles FROM source src"
        : """
        SELECT src.id, src.name, src.kind, src.affiliation, \(aliases),
          COALESCE(c.statements, 0) AS statements, COALESCE(c.articles, 0) AS articles
        FROM source src LEFT JOIN (
          -- Counted in one pass over the statements, then joined: a third of the time of a
          -- join that counts per source.
          SELECT source_id, COUNT(*) AS statements, COUNT(DISTINCT article_id) AS articles FROM statement
          WHERE is_current = 1 AND source_id IS NOT NULL GROUP BY source_id
        ) c ON c.source_id = src.id
        \(order)
        """)
    let summaries = rows.map { row in
      let count = counted?.counts[row["id"]]
      return SourceSummary(
        name: row["name"], kind: SpeakerKind(rawValue: row["kind"]) ?? .vague,
        aliases: (row["aliases"] as String?)?.split(separator: "\n").map(String.init) ?? [],
        affiliation: row["affiliation"], statements: count?.statements ?? row["statements"],
        articles: count?.articles ?? row["articles"])
    }
    guard counted != nil else { return summaries }
    // SQLite's order: the most statements first, then name and kind by their bytes.
    return summaries.sorted { a, b in
      if a.statements != b.statements { return a.statements > b.statements }
      if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
      return a.kind.rawValue.utf8.lexicographicallyPrecedes(b.kind.rawValue.utf8)
    }
  }

  static func storedStatements(
    _ db: Database, where condition: String, arguments: StatementArguments,
    order: String = "s.article_id, s.version, s.ordinal"
  ) throws -> [StoredStatement] {
    var statements: [StoredStatement] = []
    try forEachStoredStatement(db, where: condition, arguments: arguments, order: order) { statements.append($0) }
    return statements
  }

  /// ``storedStatements(_:where:arguments:order:)`` handed over one at a time from a cursor,
  /// so that a million statements pass in the memory of one.
  static func forEachStoredStatement(
    _ db: Database, where condition: String, arguments: StatementArguments,
    order: String = "s.article_id, s.version, s.ordinal", reviews: [Int64: ClaimReview]? = nil,
    _ body: (StoredStatement) throws -> Void
  ) throws {
    let reviews = try reviews ?? claimReviews(in: db)
    let (rows, columns) = try storedStatementRows(db, where: condition, arguments: arguments, order: order)
    while let row = try rows.next() { try body(columns.stored(row, reviews: reviews)) }
  }

  /// The cursor over the statement rows `condition` picks, with their group's verdict, and where their
  /// columns are: what every read of stored statements decodes.
  static func storedStatementRows(
    _ db: Database, where condition: String, arguments: StatementArguments, order: String
  ) throws -> (RowCursor, StatementColumns) {
    let query = try db.makeStatement(
      sql: """
        SELECT \(StatementColumns.selected), g.status, g.reason, g.origins, g.outlets FROM statement s
        LEFT JOIN claim_group g ON g.id = s.claim_group
        WHERE \(condition) ORDER BY \(order)
        """)
    return (try Row.fetchCursor(query, arguments: arguments), StatementColumns(query.columnNames))
  }

  static func lines(_ value: String?) -> [String] {
    (value ?? "").split(separator: "\n").map(String.init)
  }

  /// A span read back from the ledger: `start..<end`, or empty at `start` when a hand-edited
  /// row's end lies before its start (never a crash, as `start..<end` would be).
  static func span(_ start: Int, _ end: Int) -> Range<Int> { start..<max(start, end) }

  /// `[[1,5],[9,12]]` → ranges; none when a number overflows (a hand-edited row: the
  /// statement is then shown by its content's range, never a crash).
  static func parseFragments(_ text: String) -> [Range<Int>] {
    // Read as bytes, into the ranges directly: a report reads a million of these, most of one
    // range, and characters cost ten times more, an array of the numbers first twice more.
    var ranges: [Range<Int>] = []
    var lower: Int? = nil
    var number: Int? = nil
    func close() {
      guard let complete = number else { return }
      if let start = lower {
        // A hand-edited range that ends before it starts is dropped, not a crash.
        if start <= complete { ranges.append(start..<complete) }
        lower = nil
      } else {
        lower = complete
      }
      number = nil
    }
    for byte in text.utf8 {
      if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        let (tens, overflowed) = (number ?? 0).multipliedReportingOverflow(by: 10)
        let (sum, overflowedAgain) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        guard !overflowed, !overflowedAgain else { return [] }
        number = sum
      } else {
        close()
      }
    }
    close()
    return ranges
  }

  // MARK: Snapshot

  /// The whole ledger as values in canonical order (articles by id, versions by number,
  /// statements by position, sources by id): what export writes.
  public func snapshot() throws(LedgerError) -> LedgerSnapshot {
    var snapshot = LedgerSnapshot(articles: [], sources: [], groups: [])
    do {
      try readSnapshot { snapshot.append($0) }
    } catch {
      throw Self.mapped(error, path: path)
    }
    return snapshot
  }

  /// ``snapshot()`` handed over a part at a time (``LedgerSnapshot/Part``), all read in one
  /// transaction so that the parts agree: a ledger of any size exports in the memory of its
  /// largest article. What `part` throws comes out as it is; the database's own errors as a
  /// ``LedgerError``.
  public func readSnapshot(_ part: (LedgerSnapshot.Part) throws -> Void) throws {
    try readPassingErrors { db in
      let sources = try Row.fetchCursor(
        db,
        sql: """
          SELECT s.id, s.name, s.kind, s.affiliation, a.alias FROM source s
          LEFT JOIN source_alias a ON a.source_id = s.id ORDER BY s.id, a.alias
          """)
      var pending: LedgerSnapshot.SourceRecord? = nil
      while let row = try sources.next() {
        let id: Int64 = row[0]
        if let source = pending, source.id != id {
          try part(.source(source))
          pending = nil
        }
        if pending == nil {
          pending = LedgerSnapshot.SourceRecord(
            id: id, name: row[1], kind: SpeakerKind(rawValue: row[2]) ?? .vague, affiliation: row[3], aliases: [])
        }
        if let alias: String = row[4] { pending!.aliases.append(alias) }
      }
      if let source = pending { try part(.source(source)) }
      let groups = try Row.fetchCursor(db, sql: "SELECT * FROM claim_group ORDER BY id")
      while let row = try groups.next() {
        try part(
          .group(
            GroupVerdict(
              id: row["id"], status: ClaimStatus(rawValue: row["status"]) ?? .unattributed, reason: row["reason"],
              originLines: row["origins"] ?? "", outletLines: row["outlets"] ?? "")))
      }
      let articles = try Row.fetchCursor(db, sql: "SELECT * FROM article ORDER BY id")
      while let row = try articles.next() {
        let id: String = row["id"]
        var versions: [LedgerSnapshot.VersionRecord] = []
        for v in try Row.fetchAll(
          db.cachedStatement(sql: "SELECT * FROM version WHERE article_id = ? ORDER BY number"), arguments: [id])
        {
          let query = try db.cachedStatement(
            sql: "SELECT * FROM statement WHERE article_id = ? AND version = ? ORDER BY ordinal")
          let columns = StatementColumns(query.columnNames)
          let statements = try Row.fetchAll(query, arguments: [id, v["number"] as Int]).map { s in
            LedgerSnapshot.StatementRecord(
              id: s["id"], ordinal: s["ordinal"], sourceID: s["source_id"], statement: columns.statement(s),
              isCurrent: s["is_current"], group: s["claim_group"], negative: s["negative"], linkedTo: s["linked_to"],
              linkEvidence: s["link_evidence"])
          }
          versions.append(
            LedgerSnapshot.VersionRecord(
              number: v["number"], source: v["source"], format: v["format"], textHash: v["text_hash"], text: v["text"],
              published: v["published"], ingestedAt: v["ingested_at"], statements: statements))
        }
        try part(
          .article(
            LedgerSnapshot.ArticleRecord(
              id: id, url: row["url"], outlet: row["outlet"], title: row["title"], versions: versions)))
      }
      for entry in try Self.entries(in: db, where: "1", []) { try part(.review(entry)) }
    }
  }

  /// Writes a snapshot into this ledger, which must be empty: ids, statuses and timestamps are
  /// kept as they are, so that exporting again gives the same bytes. All or nothing.
  public func restore(_ snapshot: LedgerSnapshot) throws(LedgerError) {
    try restore { restoration in try snapshot.forEachPart { try restoration.add($0) } }
  }

  /// Fills this ledger, which must be empty, from the parts `produce` hands to the restoration
  /// one at a time (as an import reads them from its file), in one transaction: all of it, or
  /// nothing when `produce` throws (a ``LedgerError`` comes out as it is).
  public func restore(_ produce: (inout LedgerRestoration) throws -> Void) throws(LedgerError) {
    let path = self.path
    try write { db, _ in
      guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") == 0 else {
        throw LedgerError(path: path, problem: .importRefused("the ledger is not empty; import into a new ledger"))
      }
      var restoration = LedgerRestoration(db: db)
      try produce(&restoration)
    }
    // The writer's memory is built again from the tables by the next write, if any: an import
    // keeps none of it, so a ledger of any size imports in the memory of one article.
    forgetWriterMemory()
  }
}

/// A restore under way (``Ledger/restore(_:)-(inout LedgerRestoration)``): sources, groups and
/// articles are added in that order, with their ids as the export has them.
public struct LedgerRestoration {
  let db: Database

  /// Adds the next part; parts come in the order a snapshot holds them (``LedgerSnapshot/Part``).
  public mutating func add(_ part: LedgerSnapshot.Part) throws {
    switch part {
    case .source(let source): try add(source)
    case .group(let group): try add(group)
    case .article(let article): try add(article)
    case .review(let entry): try add(entry)
    }
  }

  /// A review entry with its id; the entry it undoes is marked undone by it (the log comes in
  /// order, so an undo follows what it undoes).
  private mutating func add(_ entry: ReviewEntry) throws {
    var entry = entry
    entry.undoneBy = nil
    try Ledger.log(entry, keepingID: true, in: db)
    if let undone = entry.undoes {
      try db.execute(sql: "UPDATE review SET undone_by = ? WHERE id = ?", arguments: [entry.id, undone])
    }
  }

  private mutating func add(_ source: LedgerSnapshot.SourceRecord) throws {
    try db.cachedStatement(sql: "INSERT INTO source (id, name, kind, affiliation) VALUES (?, ?, ?, ?)")
      .execute(arguments: [source.id, source.name, source.kind.rawValue, source.affiliation])
    for alias in source.aliases {
      try db.cachedStatement(sql: "INSERT INTO source_alias (source_id, alias) VALUES (?, ?)")
        .execute(arguments: [source.id, alias])
    }
  }

  private mutating func add(_ group: GroupVerdict) throws {
    try db.cachedStatement(sql: "INSERT INTO claim_group (id, status, reason, origins, outlets) VALUES (?, ?, ?, ?, ?)")
      .execute(arguments: [
        group.id, group.status.rawValue, group.reason, group.origins.joined(separator: "\n"),
        group.outlets.joined(separator: "\n"),
      ])
  }

  private mutating func add(_ article: LedgerSnapshot.ArticleRecord) throws {
    try db.cachedStatement(sql: "INSERT INTO article (id, url, outlet, title) VALUES (?, ?, ?, ?)")
      .execute(arguments: [article.id, article.url, article.outlet, article.title])
    for version in article.versions {
      try db.cachedStatement(
        sql: """
          INSERT INTO version (article_id, number, source, format, text_hash, text, published, ingested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        article.id, version.number, version.source, version.format, version.textHash, version.text,
        version.published, version.ingestedAt,
      ])
      for record in version.statements {
        let terms = ClaimKey(content: record.statement.content, cue: record.statement.cue).terms
        let head: StatementArguments = [
          record.id, article.id, version.number, record.ordinal, record.sourceID, record.statement.speaker,
        ]
        let stored = Ledger.storedValues(record.statement, terms: terms)
        try db.cachedStatement(
          sql: """
            INSERT INTO statement (id, article_id, version, ordinal, source_id, speaker, \(Ledger.storedColumns),
              negative, is_current, claim_group, linked_to, link_evidence)
            VALUES (\(Array(repeating: "?", count: 27).joined(separator: ", ")))
            """
        ).execute(
          arguments: head + stored + [
            record.negative, record.isCurrent, record.group, record.linkedTo, record.linkEvidence,
          ])
      }
    }
  }
}
