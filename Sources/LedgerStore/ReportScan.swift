import Corroboration
import GRDB
import SafeXML

/// An article as a report shows it: its latest version and the statements of it reported.
public struct ReportedArticle: Sendable {
  public var version: ReportedVersion
  /// In document order; only those the report's status takes.
  public var statements: [StoredStatement]

  public init(version: ReportedVersion, statements: [StoredStatement]) {
    self.version = version
    self.statements = statements
  }
}

/// A claim as a report's evidence shows it: its verdict and every current statement in it,
/// from any article, in article then document order.
public struct ReportedClaim: Sendable {
  public var verdict: GroupVerdict
  public var statements: [StoredStatement]

  public init(verdict: GroupVerdict, statements: [StoredStatement]) {
    self.verdict = verdict
    self.statements = statements
  }
}

/// What a report is made of, handed over a part at a time by ``Ledger/scanReport(article:status:into:)``,
/// in the order a report of any size can be written in: first where everything will be, then
/// the claims, then the articles, then what the main page needs.
public protocol ReportReader {
  /// The ids of the reported articles, in the order their parts come.
  mutating func plan(articles: [String]) throws
  /// Each claim that holds a reported statement, whole, by group.
  mutating func claim(_ claim: ReportedClaim) throws
  /// Each reported article, in the planned order.
  mutating func article(_ article: ReportedArticle) throws
  /// The sources, and the fingerprint of the ledger all parts were read from.
  mutating func finish(sources: [SourceSummary], fingerprint: String) throws
}

extension Ledger {
  /// How many statements a report of the ledger's current statements, filtered by article and
  /// status, shows, counted up to `limit`: what decides whether it fits on one page, without
  /// counting the million statements of a ledger that plainly does not.
  public func reportedStatementCount(article: String? = nil, status: ClaimStatus? = nil, upTo limit: Int)
    throws(LedgerError) -> Int
  {
    let (condition, arguments) = Self.reported(article: XMLCharacters.mapped(article), status: status)
    return try read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM (SELECT 1 FROM statement s LEFT JOIN claim_group g ON g.id = s.claim_group
            WHERE \(condition) LIMIT ?)
          """,
        arguments: StatementArguments(arguments + [limit])) ?? 0
    }
  }

  /// The condition on `statement s` joined to `claim_group g` that a report's (and a listing's)
  /// filters make.
  static func reported(article: String?, status: ClaimStatus?) -> (String, [(any DatabaseValueConvertible)?]) {
    var chosen = ["s.is_current = 1"]
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let article {
      chosen.append("s.article_id = ?")
      arguments.append(article)
    }
    if let status {
      chosen.append("g.status = ?")
      arguments.append(status.rawValue)
    }
    return (chosen.joined(separator: " AND "), arguments)
  }

  /// Reads what a report of the ledger's current statements shows (filtered by article and
  /// status, as ``claims(status:speaker:article:)`` is), all in one read transaction so that
  /// the parts agree however many processes write meanwhile, from cursors so that a ledger of
  /// any size passes in the memory of its largest article and claim. What `reader` throws
  /// comes out as it is; the database's own errors as a ``LedgerError``.
  public func scanReport(article: String? = nil, status: ClaimStatus? = nil, into reader: inout some ReportReader)
    throws
  {
    // Ids are stored mapped (``XMLCharacters``); a filter typed with the raw character matches.
    let article = XMLCharacters.mapped(article)
    let (condition, arguments) = Self.reported(article: article, status: status)
    try readPassingErrors { db in
      let reviews = try Self.claimReviews(in: db)

      // Every article is reported, or with a status only those with a statement of it.
      var articleFilter: [String] = []
      if article != nil { articleFilter.append("a.id = ?") }
      if status != nil {
        articleFilter.append(
          """
          EXISTS (SELECT 1 FROM statement s JOIN claim_group g ON g.id = s.claim_group
            WHERE s.article_id = a.id AND \(condition))
          """)
      }
      let articleArguments = StatementArguments((article.map { [$0] } ?? []) + (status == nil ? [] : arguments))
      let whereArticles = articleFilter.isEmpty ? "" : "WHERE " + articleFilter.joined(separator: " AND ")
      try reader.plan(
        articles: try String.fetchAll(
          db, sql: "SELECT a.id FROM article a \(whereArticles) ORDER BY a.id", arguments: articleArguments))

      // Claims: each group with a reported statement, whole, by group, in one pass (a pass per
      // status read every statement once for each). In the group index's order, each group's
      // few statements put in article order here: on the 100,000-article ledger SQLite took
      // 2.5 s to sort the rows by group and article, 1.4 s to read them by group alone.
      let inChosen =
        "s.claim_group IN (SELECT s.claim_group FROM statement s JOIN claim_group g ON g.id = s.claim_group WHERE \(condition))"
      var pending: ReportedClaim? = nil
      func hand(_ claim: ReportedClaim) throws {
        var claim = claim
        claim.statements.sort { a, b in
          a.articleID != b.articleID
            ? a.articleID.utf8.lexicographicallyPrecedes(b.articleID.utf8)
            : (a.version, a.ordinal) < (b.version, b.ordinal)
        }
        try reader.claim(claim)
      }
      let (claimRows, claimColumns) = try Self.storedStatementRows(
        db,
        where: "s.is_current = 1 AND s.claim_group IS NOT NULL"
          + (status == nil ? "" : " AND g.status = ?") + (article == nil ? "" : " AND " + inChosen),
        arguments: StatementArguments(
          (status.map { [$0.rawValue] } ?? []) + (article == nil ? [] : arguments)),
        order: "s.claim_group")
      while let row = try claimRows.next() {
        let statement = claimColumns.stored(row, reviews: reviews, known: pending?.verdict)
        if pending?.verdict.id == statement.group {
          pending!.statements.append(statement)
          continue
        }
        if let claim = pending { try hand(claim) }
        pending = statement.verdict.map { ReportedClaim(verdict: $0, statements: [statement]) }
      }
      if let claim = pending { try hand(claim) }

      // Articles: the latest versions beside their statements, two cursors in article order
      // (SQLite's, the bytes' order).
      let versions = try Row.fetchCursor(
        db,
        sql: """
          SELECT a.id, a.title, a.outlet, v.number, v.text FROM article a
          JOIN version v ON v.article_id = a.id
            AND v.number = (SELECT MAX(number) FROM version WHERE article_id = a.id)
          \(whereArticles) ORDER BY a.id
          """, arguments: articleArguments)
      var statements: [StoredStatement] = []
      var ahead: StoredStatement? = nil
      var exhausted = false
      let (rows, columns) = try Self.storedStatementRows(
        db, where: condition, arguments: StatementArguments(arguments), order: "s.article_id, s.version, s.ordinal")
      while let row = try versions.next() {
        let version = ReportedVersion(id: row[0], title: row[1], outlet: row[2], version: row[3], text: row[4])
        statements.removeAll(keepingCapacity: true)
        while !exhausted {
          if ahead == nil {
            guard let next = try rows.next() else {
              exhausted = true
              break
            }
            ahead = columns.stored(next, reviews: reviews)
          }
          guard let statement = ahead, !version.id.utf8.lexicographicallyPrecedes(statement.articleID.utf8) else {
            break
          }
          if statement.articleID == version.id, statement.version == version.version { statements.append(statement) }
          ahead = nil
        }
        try reader.article(ReportedArticle(version: version, statements: statements))
      }
      try reader.finish(sources: try Self.sources(in: db), fingerprint: try Self.fingerprint(in: db))
    }
  }
}
