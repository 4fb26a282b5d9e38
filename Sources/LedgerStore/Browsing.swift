import Attribution
import Corroboration
import Foundation
import GRDB
import SafeXML
import TextPrimitives

/// What a listing of statements is narrowed to (the review app's `/claims` filters). Every field
/// is optional; text matches ignore case.
public struct StatementFilter: Sendable, Hashable {
  public enum Review: String, Sendable, CaseIterable {
    case checked, disputed
    case needsSource = "needs-source"
    case unreviewed
  }

  public var status: ClaimStatus?
  /// A speaker's name or mention, as `claims --speaker` takes it.
  public var speaker: String?
  /// One source's statements, by its exact name (a source page).
  public var source: String?
  public var outlet: String?
  public var article: String?
  public var review: Review?
  /// Words the content contains.
  public var text: String?

  public init(
    status: ClaimStatus? = nil, speaker: String? = nil, source: String? = nil, outlet: String? = nil,
    article: String? = nil, review: Review? = nil, text: String? = nil
  ) {
    self.status = status
    self.speaker = speaker
    self.source = source
    self.outlet = outlet
    self.article = article
    self.review = review
    self.text = text
  }
}

/// Where the pages of a listing begin (``Ledger/pages(matching:pageSize:)``).
public struct StatementPages: Sendable, Equatable {
  public var total: Int
  /// The id each page starts at.
  public var starts: [Int64]
}

/// An article's latest version, as a report shows it.
public struct ReportedVersion: Sendable, Equatable {
  public var id: String
  public var title: String?
  public var outlet: String?
  public var version: Int
  public var text: String

  public init(id: String, title: String?, outlet: String?, version: Int, text: String) {
    self.id = id
    self.title = title
    self.outlet = outlet
    self.version = version
    self.text = text
  }
}

/// An article as listings show it: its latest version and when that arrived.
public struct ArticleSummary: Sendable, Equatable {
  public var id: String
  public var title: String?
  public var outlet: String?
  public var url: String?
  public var versions: [Int]
  public var ingestedAt: String
}

/// Reads for browsing a ledger of any size a page at a time: each answers from indexes and a
/// bounded number of rows, never by loading every statement.
extension Ledger {
  /// Makes the ledger ready to browse: the index of statements by claim group, which a claim
  /// page reads (a partial index, only rows in a group). Made here, when a ledger is first
  /// served, not by a migration: keeping it costs every ingest about a tenth of its time, which a
  /// ledger nobody browses need not pay. Quick when it exists; minutes at most on a million
  /// statements the first time.
  public func prepareForBrowsing() throws(LedgerError) {
    try writeWithoutMemory { db in
      try db.execute(
        sql:
          "CREATE INDEX IF NOT EXISTS statement_by_group ON statement(claim_group) WHERE claim_group IS NOT NULL")
    }
  }

  /// How many current statements have each status.
  public func statusCounts() throws(LedgerError) -> [ClaimStatus: Int] {
    try read { db in
      var counts: [ClaimStatus: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT g.status, COUNT(*) FROM statement s JOIN claim_group g ON g.id = s.claim_group
          WHERE s.is_current = 1 GROUP BY g.status
          """)
      {
        if let status = ClaimStatus(rawValue: row[0]) { counts[status] = row[1] }
      }
      return counts
    }
  }

  /// Where each page of the statements `filter` passes begins (every `pageSize`th id, in the
  /// order they were stored) and how many pass: one pass over the index, after which any page
  /// is read from its first id, however deep (an offset would walk every row before it).
  public func pages(matching filter: StatementFilter, pageSize: Int) throws(LedgerError) -> StatementPages {
    try read { db in
      let (condition, arguments) = try Self.condition(filter, in: db)
      var pages = StatementPages(total: 0, starts: [])
      let ids = try Int64.fetchCursor(
        db,
        sql: """
          SELECT s.id FROM statement s LEFT JOIN claim_group g ON g.id = s.claim_group
          WHERE \(condition) ORDER BY s.id
          """, arguments: arguments)
      while let id = try ids.next() {
        if pages.total % pageSize == 0 { pages.starts.append(id) }
        pages.total += 1
      }
      return pages
    }
  }

  /// Page `number` (from 1) of the statements `filter` passes, in the order they were stored;
  /// empty past the last page.
  public func statements(
    matching filter: StatementFilter, page number: Int, of pages: StatementPages, pageSize: Int
  ) throws(LedgerError) -> [StoredStatement] {
    guard number >= 1, number <= pages.starts.count else { return [] }
    return try read { db in
      var (condition, arguments) = try Self.condition(filter, in: db)
      condition += " AND s.id >= ?"
      arguments += [pages.starts[number - 1]]
      if number < pages.starts.count {
        condition += " AND s.id < ?"
        arguments += [pages.starts[number]]
      }
      return try Self.storedStatements(db, where: condition, arguments: arguments, order: "s.id")
    }
  }

  /// A fingerprint of what the ledger holds (every version's text hash, every statement's
  /// group, source, polarity and link, every group's status, every review entry), read in one
  /// pass without the texts: the same ledger, the same fingerprint, as a report needs, at a
  /// fraction of an export's cost.
  public func fingerprint() throws(LedgerError) -> String {
    try read { db in try Self.fingerprint(in: db) }
  }

  static func fingerprint(in db: Database) throws -> String {
    var digest = LedgerDigest()
    for table in LedgerDigest.tables { try digest.add(every: table, in: db) }
    return digest.fingerprint
  }

  /// Something that changes whenever any process commits to the ledger (the sizes and times of
  /// its file and its write-ahead log), cheap to read: what a reader that keeps answers across
  /// requests compares, so that it never shows a ledger older than the last commit.
  public func changeStamp() -> [Int] {
    [path, path + "-wal"].flatMap { file -> [Int] in
      var info = stat()
      guard stat(file, &info) == 0 else { return [0, 0, 0] }
      return [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }
  }

  /// The statements an editor should act on first: contested, unattributed, then single-source
  /// claims no editor has marked yet, newest articles' first.
  public func statementsToActOn(limit: Int) throws(LedgerError) -> [StoredStatement] {
    try read { db in
      let reviewed = try Self.claimReviews(in: db).keys.sorted()
      var condition = "s.is_current = 1 AND g.status IN ('contested', 'unattributed', 'single-source')"
      if !reviewed.isEmpty {
        condition += " AND s.claim_group NOT IN (\(reviewed.map(String.init).joined(separator: ",")))"
      }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.id FROM statement s JOIN claim_group g ON g.id = s.claim_group WHERE \(condition)
          ORDER BY CASE g.status WHEN 'contested' THEN 0 WHEN 'unattributed' THEN 1 ELSE 2 END, s.id DESC LIMIT ?
          """, arguments: [limit])
      let ids = rows.map { $0[0] as Int64 }
      guard !ids.isEmpty else { return [] }
      let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
      return try Self.storedStatements(
        db, where: "s.id IN (\(ids.map(String.init).joined(separator: ",")))", arguments: []
      ).sorted { order[$0.id]! < order[$1.id]! }
    }
  }

  /// The current statements of one claim, in the order they were stored; empty when no such
  /// claim.
  public func claim(_ group: Int64) throws(LedgerError) -> [StoredStatement] {
    try read { db in
      try Self.storedStatements(db, where: "s.claim_group = ? AND s.is_current = 1", arguments: [group])
        .sorted { $0.id < $1.id }
    }
  }

  /// One statement by id, or nil.
  public func statement(_ id: Int64) throws(LedgerError) -> StoredStatement? {
    try read { db in try Self.storedStatements(db, where: "s.id = ?", arguments: [id]).first }
  }

  /// The review log entries about a claim's current statements (marks, links, unlinks,
  /// speakers), oldest first.
  public func reviewEntries(forClaim group: Int64) throws(LedgerError) -> [ReviewEntry] {
    try read { db in
      try Self.entries(
        in: db,
        where: """
          EXISTS (SELECT 1 FROM statement s WHERE s.claim_group = ? AND s.is_current = 1
            AND ((s.article_id = review.article_id AND s.content = review.content)
              OR (s.article_id = review.other_article_id AND s.content = review.other_content)))
          """, [group])
    }
  }

  /// The latest articles, most recently ingested first.
  public func latestArticles(limit: Int, offset: Int = 0) throws(LedgerError) -> [ArticleSummary] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.title, a.outlet, a.url, GROUP_CONCAT(v.number) AS numbers, MAX(v.ingested_at) AS at
          FROM article a JOIN version v ON v.article_id = a.id GROUP BY a.id ORDER BY at DESC, a.id LIMIT ? OFFSET ?
          """, arguments: [limit, offset]
      ).map(Self.articleSummary)
    }
  }

  /// One article, or nil.
  public func article(_ id: String) throws(LedgerError) -> ArticleSummary? {
    let id = XMLCharacters.mapped(id)
    return try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT a.id, a.title, a.outlet, a.url, GROUP_CONCAT(v.number) AS numbers, MAX(v.ingested_at) AS at
          FROM article a JOIN version v ON v.article_id = a.id WHERE a.id = ? GROUP BY a.id
          """, arguments: [id]
      ).map(Self.articleSummary)
    }
  }

  private static func articleSummary(_ row: Row) -> ArticleSummary {
    ArticleSummary(
      id: row[0], title: row[1], outlet: row[2], url: row[3],
      versions: ((row[4] as String?) ?? "").split(separator: ",").compactMap { Int($0) }.sorted(), ingestedAt: row[5])
  }

  private static func condition(_ filter: StatementFilter, in db: Database) throws -> (String, StatementArguments) {
    var conditions = ["s.is_current = 1"]
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let status = filter.status {
      conditions.append("g.status = ?")
      arguments.append(status.rawValue)
    }
    if let speaker = XMLCharacters.mapped(filter.speaker) {
      conditions.append("(s.speaker = ? COLLATE NOCASE OR s.mention = ? COLLATE NOCASE)")
      arguments += [speaker, speaker]
    }
    if let source = XMLCharacters.mapped(filter.source) {
      conditions.append("s.source_id IN (SELECT id FROM source WHERE name = ?)")
      arguments.append(source)
    }
    if let outlet = XMLCharacters.mapped(filter.outlet) {
      conditions.append(
        "(s.outlet = ? COLLATE NOCASE OR s.article_id IN (SELECT id FROM article WHERE outlet = ? COLLATE NOCASE))")
      arguments += [outlet, outlet]
    }
    if let article = XMLCharacters.mapped(filter.article) {
      conditions.append("s.article_id = ?")
      arguments.append(article)
    }
    if let text = XMLCharacters.mapped(filter.text), !text.isEmpty {
      conditions.append("s.content LIKE ? ESCAPE '\\'")
      let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
        .replacingOccurrences(of: "_", with: "\\_")
      arguments.append("%\(escaped)%")
    }
    if let review = filter.review {
      let reviews = try claimReviews(in: db)
      let groups =
        review == .unreviewed
        ? Array(reviews.keys) : reviews.filter { $0.value.mark.rawValue == review.rawValue }.map(\.key)
      let list = groups.sorted().map(String.init).joined(separator: ",")
      conditions.append(review == .unreviewed ? "s.claim_group NOT IN (\(list))" : "s.claim_group IN (\(list))")
    }
    return (conditions.joined(separator: " AND "), StatementArguments(arguments))
  }
}
