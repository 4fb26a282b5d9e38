import Corroboration
import LedgerStore
import SafeXML

/// What a report shows, gathered from the ledger once: the current statements of the chosen
/// articles with their texts, the evidence of every group they belong to, and the sources.
public struct ReportData: Sendable {
  public struct ArticleSection: Sendable {
    public var id: String
    public var version: Int
    public var title: String?
    public var outlet: String?
    public var text: String
    public var statements: [StoredStatement]

    public init(
      id: String, version: Int, title: String?, outlet: String?, text: String, statements: [StoredStatement]
    ) {
      self.id = id
      self.version = version
      self.title = title
      self.outlet = outlet
      self.text = text
      self.statements = statements
    }

    /// Its title (else its id) and its outlet: how reports head and list it.
    var heading: String { (title ?? id) + (outlet.map { " — \($0)" } ?? "") }

    /// The section of an article as the ledger's scan hands it over.
    init(_ article: ReportedArticle) {
      let version = article.version
      self.init(
        id: version.id, version: version.version, title: version.title, outlet: version.outlet, text: version.text,
        statements: article.statements)
    }
  }

  public var articles: [ArticleSection]
  /// Every current statement of every group the reported statements belong to, by group.
  public var evidence: [Int64: [StoredStatement]]
  public var sources: [SourceSummary]
  /// A fingerprint of the ledger's content (``LedgerStore/Ledger/fingerprint()``): the same
  /// ledger, the same fingerprint.
  public var ledgerFingerprint: String
  public var generator: String

  /// Gathers the report of the ledger's current statements, filtered by article and status
  /// (``LedgerStore/Ledger/scanReport(article:status:into:)``, held whole).
  public static func gather(
    from ledger: Ledger, article: String? = nil, status: ClaimStatus? = nil, generator: String
  ) throws(LedgerError) -> ReportData {
    var gathered = ReportData(articles: [], evidence: [:], sources: [], ledgerFingerprint: "", generator: generator)
    do {
      try ledger.scanReport(article: article, status: status, into: &gathered)
    } catch let error as LedgerError {
      throw error
    } catch {
      preconditionFailure("gathering a report throws nothing of its own: \(error)")
    }
    return gathered
  }

  /// Hands the gathered report to `reader` in an order a scan of the ledger may take: the
  /// articles, then the claims.
  public func replay(into reader: inout some ReportReader) throws {
    try reader.plan(articles: articles.map(\.id))
    for section in articles {
      try reader.article(
        ReportedArticle(
          version: ReportedVersion(
            id: section.id, title: section.title, outlet: section.outlet, version: section.version, text: section.text),
          statements: section.statements))
    }
    let claims = evidence.compactMap { _, members in
      members.first?.verdict.map { ReportedClaim(verdict: $0, statements: members) }
    }
    for claim in claims.sorted(by: { $0.verdict.id < $1.verdict.id }) {
      try reader.claim(claim)
    }
    try reader.finish(sources: sources, fingerprint: ledgerFingerprint)
  }

  /// Statements reported, in article then document order.
  public var statements: [StoredStatement] { articles.flatMap(\.statements) }

  /// How many reported statements have each status (one without a claim counts as unattributed,
  /// as its label says).
  public var counts: [(ClaimStatus, Int)] { tally.counts }

  /// The summary's figures and the whole list to act on.
  var tally: StatementTally {
    var tally = StatementTally()
    for s in statements { tally.add(s) }
    return tally
  }
}

extension ReportData: ReportReader {
  public mutating func plan(articles: [String]) {}

  public mutating func claim(_ claim: ReportedClaim) { evidence[claim.verdict.id] = claim.statements }

  public mutating func article(_ article: ReportedArticle) { articles.append(ArticleSection(article)) }

  public mutating func finish(sources: [SourceSummary], fingerprint: String) {
    self.sources = sources
    ledgerFingerprint = fingerprint
  }
}
