import Corroboration
import GRDB
import ReadAhead
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

/// What a report is made of, handed over a part at a time by ``Ledger/scanReport(article:status:into:)``
/// in one pass over the statements, in the order a report of any size can be written in: first
/// where everything will be, then each article with, after it, the claims it completed, then
/// what the main page needs.
public protocol ReportReader {
  /// The ids of the reported articles, in the order their parts come.
  mutating func plan(articles: [String]) throws
  /// Each reported article, in the planned order. A claim holding one of its statements comes
  /// after it (here or later), never before the first article holding one of its statements.
  mutating func article(_ article: ReportedArticle) throws
  /// Each claim that holds a reported statement, whole, once its last statement has been read.
  mutating func claim(_ claim: ReportedClaim) throws
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
  /// any size passes in the memory of its largest article and of the claims still open. What
  /// `reader` throws comes out as it is; the database's own errors as a ``LedgerError``.
  ///
  /// The statements are read once, in article order: each goes to its article and to its
  /// claim, and a claim is handed over as soon as its last statement has passed (counted
  /// first). A pass per part read and decoded every statement twice, most of the time a
  /// report of 100,000 articles took.
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

      var claims = try OpenClaims(
        members: Self.claimSizes(
          in: db, where: article == nil && status == nil ? nil : condition, arguments: StatementArguments(arguments)))

      // A report of the whole ledger reads every statement, superseded ones too, so that the
      // sources are counted and the fingerprint's statements summed as they pass, not in two
      // more passes over the table.
      let whole = article == nil && status == nil
      var digest = LedgerDigest()
      // The current statements' hashes and their sources' counts on a thread behind the scan,
      // which is the report's critical path: 2,500 of its 24,000 instructions a statement.
      let tally = CurrentTally()
      let behind =
        whole
        ? WorkBehind<(StoredStatement, Int64?, Int64)> { batch in
          for (statement, source, negative) in batch { tally.add(statement, source: source, negative: negative) }
        } : nil

      // The latest versions beside their statements, two cursors in article order (SQLite's,
      // the bytes' order). By id within a version, as the index keeps them: by ordinal, SQLite
      // sorted the million rows first (3.5 s against 2.3 s); ids follow the ordinals as ingest
      // numbers them, and an article whose rows do not is sorted here.
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
        db, where: whole ? "1" : condition, arguments: StatementArguments(arguments),
        order: "s.article_id, s.version, s.id")
      while let row = try versions.next() {
        let version = ReportedVersion(id: row[0], title: row[1], outlet: row[2], version: row[3], text: row[4])
        statements.removeAll(keepingCapacity: true)
        while !exhausted {
          if ahead == nil {
            guard let next = try rows.next() else {
              exhausted = true
              break
            }
            if whole, !columns.isCurrent(next) {
              digest.add(next, of: LedgerDigest.statements, at: columns.fingerprinted)
              continue
            }
            let statement = columns.stored(next, reviews: reviews, known: claims.verdict(of: columns.group(next)))
            if let behind {
              let (source, negative) = columns.sourceAndNegative(next)
              try behind.submit((statement, source, negative))
            }
            ahead = statement
          }
          // (Equal nearly always: the order's generic comparison only once per article.)
          guard let statement = ahead,
            statement.articleID == version.id || !version.id.utf8.lexicographicallyPrecedes(statement.articleID.utf8)
          else {
            break
          }
          if statement.articleID == version.id, statement.version == version.version { statements.append(statement) }
          ahead = nil
        }
        if statements.indices.dropFirst().contains(where: { statements[$0 - 1].ordinal > statements[$0].ordinal }) {
          statements.sort { $0.ordinal < $1.ordinal }
        }
        try reader.article(ReportedArticle(version: version, statements: statements))
        for statement in statements {
          if let complete = claims.add(statement) { try reader.claim(complete) }
        }
      }
      while whole, !exhausted, let next = try rows.next() {
        digest.add(next, of: LedgerDigest.statements, at: columns.fingerprinted)
      }

      // Claims with statements outside the report (an article's claims, whose other statements
      // are in other articles), read whole, by group.
      let partial = claims.remaining
      var open: ReportedClaim? = nil
      for start in stride(from: 0, to: partial.count, by: 500) {
        let chunk = partial[start..<min(start + 500, partial.count)]
        try Self.forEachStoredStatement(
          db, where: "s.is_current = 1 AND s.claim_group IN (\(chunk.map(String.init).joined(separator: ",")))",
          arguments: [], order: "s.claim_group, s.article_id, s.version, s.ordinal", reviews: reviews
        ) { statement in
          if open?.verdict.id == statement.group {
            open!.statements.append(statement)
            return
          }
          if let claim = open { try reader.claim(claim) }
          open = statement.verdict.map { ReportedClaim(verdict: $0, statements: [statement]) }
        }
      }
      if let claim = open { try reader.claim(claim) }
      guard whole else {
        try reader.finish(sources: try Self.sources(in: db), fingerprint: try Self.fingerprint(in: db))
        return
      }
      for table in LedgerDigest.tables where table.name != LedgerDigest.statements.name {
        try digest.add(every: table, in: db)
      }
      try behind?.finish()
      digest.add(tally.digest)
      try reader.finish(sources: try Self.sources(in: db, counted: tally.counts), fingerprint: digest.fingerprint)
    }
  }

  /// How many statements each claim holding a reported statement has, for those with more
  /// than one, counted in the group index alone: a superseded statement leaves its group, so
  /// every one with a group is current. (One that is not, from a hand-edited import, only makes
  /// its claim wait for the end of the pass, where claims still open are read whole.) Counting
  /// the current rows instead read the whole table: 2 to 4 s of the 100,000-article report.
  static func claimSizes(in db: Database, where condition: String?, arguments: StatementArguments) throws
    -> [Int64: Int]
  {
    let chosen =
      condition.map {
        """
         AND claim_group IN (SELECT s.claim_group FROM statement s LEFT JOIN claim_group g ON g.id = s.claim_group
          WHERE \($0))
        """
      } ?? ""
    // The index's runs counted here, not by SQLite's GROUP BY (0.31 s against 0.09 s for the
    // plain walk of a 1.3-million-statement ledger's index): a report waits for this before
    // its pages start.
    var sizes: [Int64: Int] = [:]
    let groups = try Int64.fetchCursor(
      db, sql: "SELECT claim_group FROM statement WHERE claim_group IS NOT NULL\(chosen) ORDER BY claim_group",
      arguments: arguments)
    var (run, length): (Int64?, Int) = (nil, 0)
    func close() { if let run, length > 1 { sizes[run] = length } }
    while let group = try groups.next() {
      if group == run {
        length += 1
      } else {
        close()
        (run, length) = (group, 1)
      }
    }
    close()
    return sizes
  }
}

/// What a whole-ledger report's scan tallies of its current statements: their fingerprint's
/// sum and their sources' counts, on the thread behind the scan (``WorkBehind``) that alone
/// touches it until it has finished.
private final class CurrentTally: @unchecked Sendable {
  var digest = LedgerDigest()
  var counts = SourceCounts()

  func add(_ statement: StoredStatement, source: Int64?, negative: Int64) {
    digest.add(
      StatementColumns.fingerprintHash(statement, source: source, negative: negative), to: LedgerDigest.statements)
    if let source { counts.add(source: source, article: statement.articleID) }
  }
}

/// How many current statements each source made, and in how many articles, counted as a pass
/// over them in article order goes.
struct SourceCounts {
  struct Count {
    var statements = 0
    var articles = 0
    /// The last article counted.
    var last = ""
  }
  private(set) var counts: [Int64: Count] = [:]

  /// One current statement of `source`, in `article`.
  mutating func add(source: Int64, article: String) {
    Self.add(article, to: &counts[source, default: Count()])
  }

  private static func add(_ article: String, to count: inout Count) {
    count.statements += 1
    if count.last != article {
      count.last = article
      count.articles += 1
    }
  }
}

/// The claims of a report's scan whose statements have not all passed yet. Their statements
/// arrive in article, then document order, the order a claim shows them in.
private struct OpenClaims {
  /// How many current statements each claim has, for those with more than one.
  let members: [Int64: Int]
  private var open: [Int64: ReportedClaim] = [:]

  init(members: [Int64: Int]) { self.members = members }

  /// The verdict of a claim already open, so that its statements share it rather than each
  /// reading its own.
  func verdict(of group: Int64?) -> GroupVerdict? { group.flatMap { open[$0]?.verdict } }

  /// Takes a reported statement; the claim it completes, if it does.
  mutating func add(_ statement: StoredStatement) -> ReportedClaim? {
    guard let group = statement.group, let verdict = statement.verdict else { return nil }
    guard let size = members[group] else {
      return ReportedClaim(verdict: verdict, statements: [statement])
    }
    var claim = open.removeValue(forKey: group) ?? ReportedClaim(verdict: verdict, statements: [])
    claim.statements.append(statement)
    if claim.statements.count < size {
      open[group] = claim
      return nil
    }
    return claim
  }

  /// The claims still open, by group: those with statements the report does not show.
  var remaining: [Int64] { open.keys.sorted() }
}
