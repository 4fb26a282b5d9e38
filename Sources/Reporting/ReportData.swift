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
  }

  public var articles: [ArticleSection]
  /// Every current statement of every group the reported statements belong to, by group.
  public var evidence: [Int64: [StoredStatement]]
  public var sources: [SourceSummary]
  /// A fingerprint of the ledger's content (``LedgerStore/Ledger/fingerprint()``): the same
  /// ledger, the same fingerprint.
  public var ledgerFingerprint: String
  public var generator: String

  /// Gathers the report of the ledger's current statements, filtered by article and status.
  public static func gather(
    from ledger: Ledger, article: String? = nil, status: ClaimStatus? = nil, generator: String
  ) throws(LedgerError) -> ReportData {
    // Ids are stored mapped (``XMLCharacters``); a filter typed with the raw character matches.
    let article = XMLCharacters.mapped(article)
    let all = try ledger.claims()
    let chosen = all.filter { claim in
      (article == nil || claim.articleID == article) && (status == nil || claim.verdict?.status == status)
    }
    var evidence: [Int64: [StoredStatement]] = [:]
    let groups = Set(chosen.compactMap(\.group))
    for claim in all where claim.group.map(groups.contains) == true {
      evidence[claim.group!, default: []].append(claim)
    }
    let byArticle = Dictionary(grouping: chosen, by: \.articleID)
    var sections: [ArticleSection] = []
    for latest in try ledger.latestVersions(article: article) {
      let statements = (byArticle[latest.id] ?? []).filter { $0.version == latest.version }
      if status != nil, statements.isEmpty { continue }
      sections.append(
        ArticleSection(
          id: latest.id, version: latest.version, title: latest.title, outlet: latest.outlet, text: latest.text,
          statements: statements))
    }
    return ReportData(
      articles: sections, evidence: evidence, sources: try ledger.sources(),
      ledgerFingerprint: try ledger.fingerprint(), generator: generator)
  }

  /// Statements reported, in article then document order.
  public var statements: [StoredStatement] { articles.flatMap(\.statements) }

  /// How many reported statements have each status.
  public var counts: [(ClaimStatus, Int)] {
    ClaimStatus.allCases.sorted().map { status in (status, statements.filter { $0.verdict?.status == status }.count) }
  }
}
