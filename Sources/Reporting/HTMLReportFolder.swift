import Corroboration
import Foundation
import LedgerStore
import SafeXML

/// The HTML report of a ledger too large for one page: a main page an editor opens at once (the
/// summary and the first few hundred statements to act on) and, in a folder beside it, the
/// articles' texts with their statements highlighted (``articlesPerPage`` to a page), the
/// claims of each status with their evidence (about ``statementsPerPage`` statements to a
/// page), an index of the articles and the sources. Every page is self-contained, as the
/// one-page report is, and they link to one another.
///
/// It reads the ledger as a ``ReportReader``, a part at a time, and hands each page on as work
/// to do (``Page``) as soon as what it shows has passed: a report of 100,000 articles is written
/// in the memory of a few pages, its pages made on every core. Articles go several to a page, not
/// one each: creating 100,000 small files alone takes this machine's file system 7 s, most of
/// the time a report of that size may take.
public struct HTMLReportFolder: ReportReader {
  /// Up to this many statements the report stays one page (``HTMLReport/render(_:)``).
  public static let onePageLimit = 300
  /// Statements the main page lists to act on.
  public static let actOnFirst = 300
  /// Articles on a page of articles, unless told otherwise.
  public static let articlesPerPage = 200
  /// Statements on a page of claims, about (a claim is never cut in two), unless told otherwise.
  public static let statementsPerPage = 5000

  /// A page to write: its file name in the folder, and the work of writing it into a stream,
  /// which may be done on any thread.
  public struct Page: Sendable {
    public var file: String
    public var render: @Sendable (HTMLStream) -> Void

    /// The whole page as text.
    public var text: String {
      let html = HTMLStream()
      render(html)
      return html.string
    }
  }

  private let mainPage: String
  private let folder: String
  private let generator: String
  private let emit: (Page) throws -> Void
  private let articlesPerPage: Int
  private let statementsPerPage: Int

  private var articlePages = 1
  private var articlePage: [String: Int] = [:]
  /// Each claim's page, as `page × 8 + status` (a million claims take a few MB this way).
  private var claimPage: [Int64: Int] = [:]
  /// The pages of claims not yet written, by `page × 8 + status`.
  private var claimPages: [Int: ClaimPage] = [:]
  /// The number of the page of each status now taking claims, by the status's place (0: none
  /// yet). (An array, not a dictionary by status: it is asked for each of a million claims.)
  private var filling = [Int](repeating: 0, count: 8)
  private var articles: [ReportData.ArticleSection] = []
  private var index: [(id: String, title: String, statements: Int)] = []
  private var tally = StatementTally(limit: actOnFirst)
  /// The main page, once every other page is handed on.
  public private(set) var main: String?

  /// `mainPage` and `folder` are the file names of the main page and the folder beside it
  /// (`report.html`, `report-pages`), which the pages link by; `emit` receives each page of the
  /// folder.
  public init(
    mainPage: String, folder: String, generator: String, articlesPerPage: Int = Self.articlesPerPage,
    statementsPerPage: Int = Self.statementsPerPage, emit: @escaping (Page) throws -> Void
  ) {
    self.articlesPerPage = articlesPerPage
    self.statementsPerPage = statementsPerPage
    self.mainPage = mainPage
    self.folder = folder
    self.generator = generator
    self.emit = emit
  }

  /// A page's file name (`articles-3.html`, `single-source-2.html`), as a ``ShortText`` that a
  /// link adds its anchor to: a million links are made so.
  static func articlesPage(_ page: Int) -> ShortText {
    var name = ShortText("articles-")
    name.append(page)
    name.append(".html")
    return name
  }
  static func claimsPage(_ status: ClaimStatus, _ page: Int) -> ShortText {
    var name = ShortText("")
    name.append(word: status.rawValue)
    name.append("-")
    name.append(page)
    name.append(".html")
    return name
  }
  static func articlesFile(_ page: Int) -> String { articlesPage(page).string }
  static func claimsFile(_ status: ClaimStatus, _ page: Int) -> String { claimsPage(status, page).string }

  public mutating func plan(articles ids: [String]) {
    for (position, id) in ids.enumerated() { articlePage[id] = position / articlesPerPage + 1 }
    articlePages = max(1, (ids.count + articlesPerPage - 1) / articlesPerPage)
  }

  /// A page of one status's claims: each claim placed on it when its first statement passes,
  /// in that order, so that the articles' pages link to it at once; written when it is full
  /// and every claim on it has arrived.
  private struct ClaimPage {
    var number: Int
    /// The claims placed, each counted as one statement until it arrives whole.
    var placed: [Int64] = []
    var arrived: [Int64: ReportedClaim] = [:]
    var statements = 0
    /// Whether a page follows it, so that no more claims are placed on it.
    var full = false

    init(number: Int) { self.number = number }

    /// Places a claim on it, counted as one statement until it arrives.
    mutating func place(_ group: Int64) {
      placed.append(group)
      statements += 1
    }
  }

  public mutating func article(_ article: ReportedArticle) throws {
    for s in article.statements {
      // (The verdict's two fields read in place: binding the whole verdict copied its texts.)
      guard let group = s.verdict?.id, let status = s.verdict?.status, claimPage[group] == nil else { continue }
      try place(group, status: status)
    }
    let section = ReportData.ArticleSection(article)
    articles.append(section)
    index.append((section.id, section.heading, section.statements.count))
    for s in article.statements { tally.add(s) }
    if articles.count == articlesPerPage { try emitArticles() }
  }

  public mutating func claim(_ claim: ReportedClaim) throws {
    let group = claim.verdict.id
    let key = try claimPage[group] ?? place(group, status: claim.verdict.status)
    guard var page = claimPages.removeValue(forKey: key) else { return }
    page.statements += claim.statements.count - 1
    page.arrived[group] = claim
    try settle(page, at: key)
  }

  /// Writes a full page once every claim on it has arrived, else keeps it.
  private mutating func settle(_ page: consuming ClaimPage, at key: Int) throws {
    if page.full, page.arrived.count == page.placed.count {
      try emitClaims(page, status: HTMLReport.statuses[key % 8], last: false)
    } else {
      claimPages[key] = page
    }
  }

  /// Puts a claim on the page of its status now taking claims, or on a new one when that page
  /// is full (about ``statementsPerPage`` statements: a claim is never cut in two).
  /// Returns the page's key, `page × 8 + status`. (Each dictionary asked once or twice: the
  /// place of each of a million claims took 1,700 instructions.)
  @discardableResult
  private mutating func place(_ group: Int64, status: ClaimStatus) throws -> Int {
    let code = HTMLReport.place(status)
    var key = filling[code] * 8 + code
    if filling[code] == 0 || (claimPages[key]?.statements ?? 0) >= statementsPerPage {
      if filling[code] > 0, var page = claimPages.removeValue(forKey: key) {
        page.full = true
        try settle(page, at: key)
      }
      filling[code] += 1
      key = filling[code] * 8 + code
      claimPages[key] = ClaimPage(number: filling[code])
    }
    claimPage[group] = key
    claimPages[key]!.place(group)
    return key
  }

  public mutating func finish(sources: [SourceSummary], fingerprint: String) throws {
    // Every claim has arrived: the pages left are written, the last of each status without a next.
    let left = claimPages.sorted(by: { $0.key < $1.key })
    claimPages.removeAll()
    for (key, page) in left {
      try emitClaims(page, status: HTMLReport.statuses[key % 8], last: filling[key % 8] == page.number)
    }
    if !articles.isEmpty || index.isEmpty { try emitArticles() }
    let (mainPage, index, articlePage) = (mainPage, index, articlePage)
    try emit(
      Page(file: "articles.html") { html in
        HTMLReport.document("Articles", into: html) { html in
          Self.backLink(mainPage, into: html)
          html.element("h1", "\(index.count) articles")
          html.start("ol")
          for entry in index {
            html.start("li")
            html.element(
              "a", "href", Self.articlesFile(articlePage[entry.id] ?? 1) + "#" + Self.fragment("a-\(entry.id)"),
              entry.title)
            html.text(" · \(entry.statements) statements")
            html.end()
          }
          html.end()
        }
      })
    try emit(
      Page(file: "sources.html") { html in
        HTMLReport.document("Sources", into: html) { html in
          Self.backLink(mainPage, into: html)
          HTMLReport.sources(sources, into: html)
        }
      })

    let (folder, tally, generator) = (folder, tally, generator)
    let links = HTMLReport.Links(
      statement: { .given(folder + "/" + Self.statementLink($0, articlePage).string) },
      status: { folder + "/" + Self.claimsFile($0, 1) })
    main = HTMLReport.page("ClaimLedger report") { html in
      HTMLReport.header(
        "ClaimLedger report", "\(tally.total) statements in \(index.count) articles", generator: generator,
        fingerprint: fingerprint, into: html)
      html.start("p")
      html.text("Too large for one page: ")
      html.element("a", "href", folder + "/articles.html", "every article")
      html.text(" (its text, each statement marked in place), ")
      html.element("a", "href", folder + "/sources.html", "the sources")
      html.text(", and the claims of a status with their evidence from its count below.")
      html.end()
      HTMLReport.summary(tally, links: links, into: html)
    }
  }

  // MARK: Pages

  /// The way back to the main page, at the top of every page of the folder.
  private static func backLink(_ mainPage: String, into html: HTMLStream) {
    html.start("p")
    html.element("a", "href", "../" + mainPage, "← the report's main page")
    html.end()
  }

  /// The line under a page's heading: where it stands among its pages, and the ways to the next.
  private static func navigation(
    _ label: String, previous: String?, next: String?, into html: HTMLStream, also: (HTMLStream) -> Void = { _ in }
  ) {
    html.start("p", "class", "meta")
    html.text(label)
    also(html)
    if let previous {
      html.text(" · ")
      html.element("a", "href", previous, "← previous")
    }
    if let next {
      html.text(" · ")
      html.element("a", "href", next, "next →")
    }
    html.end()
  }

  /// The claims placed on `page`, as a page; `last` when no more of their status follow.
  private func emitClaims(_ page: consuming ClaimPage, status: ClaimStatus, last: Bool) throws {
    let (number, mainPage, articlePage) = (page.number, mainPage, articlePage)
    // The claims moved out of the page, which is the last to hold them (copied, each claim's
    // texts were retained here and released when the page was dropped).
    let listed = page.placed.compactMap { page.arrived.removeValue(forKey: $0) }
    try emit(
      Page(file: Self.claimsFile(status, number)) { html in
        let links = HTMLReport.Links(statement: { .own(Self.statementLink($0, articlePage)) }, status: nil)
        HTMLReport.document("\(status.rawValue) claims, page \(number)", into: html) { html in
          Self.backLink(mainPage, into: html)
          html.element("h1", status.rawValue.prefix(1).uppercased() + status.rawValue.dropFirst() + " claims")
          Self.navigation(
            "Page \(number)", previous: number > 1 ? Self.claimsFile(status, number - 1) : nil,
            next: last ? nil : Self.claimsFile(status, number + 1), into: html)
          for claim in listed { HTMLReport.claim(claim, links: links, into: html) }
        }
      })
  }

  /// The articles gathered since the last page of articles, as a page.
  private mutating func emitArticles() throws {
    let page = articles.first.flatMap { articlePage[$0.id] } ?? 1
    // Only the places of this page's claims go with it: the ledger's whole map, still filling,
    // would be copied at its next change.
    var places: [Int64: Int] = [:]
    for section in articles {
      for s in section.statements { if let group = s.group { places[group] = claimPage[group] } }
    }
    let (listed, mainPage, claimPage, pages) = (articles, mainPage, places, articlePages)
    articles.removeAll()
    try emit(
      Page(file: Self.articlesFile(page)) { html in
        HTMLReport.document("Articles, page \(page) of \(pages)", into: html) { html in
          Self.backLink(mainPage, into: html)
          Self.navigation(
            "Articles, page \(page) of \(pages) · ", previous: page > 1 ? Self.articlesFile(page - 1) : nil,
            next: page < pages ? Self.articlesFile(page + 1) : nil, into: html
          ) { html in html.element("a", "href", "articles.html", "all articles") }
          for section in listed {
            HTMLReport.articleText(section, claimLink: { Self.claimLink($0, claimPage) }, into: html)
          }
        }
      })
  }

  // MARK: Links

  /// `articles-3.html#st-42`.
  private static func statementLink(_ s: StoredStatement, _ articlePage: [String: Int]) -> ShortText {
    var link = articlesPage(articlePage[s.articleID] ?? 1)
    link.append("#st-")
    link.append(s.id)
    return link
  }

  /// `single-source-2.html#g-17`.
  private static func claimLink(_ group: Int64, _ claimPage: [Int64: Int]) -> ShortText {
    guard let place = claimPage[group] else { return ShortText("#") }
    var link = claimsPage(HTMLReport.statuses[place % 8], place / 8)
    link.append("#g-")
    link.append(group)
    return link
  }

  /// An id as a link's fragment: an article id may be a URL, with `#`, spaces or quotes in it.
  private static func fragment(_ id: String) -> String {
    // Most ids need nothing: asking Foundation for each (it built a character set each time)
    // took half a billion instructions of a 10,000-article report's 13.3 billion.
    if id.utf8.allSatisfy(isUnreserved) { return id }
    return id.addingPercentEncoding(withAllowedCharacters: unreservedCharacters) ?? id
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default: false
    }
  }
  private static let unreservedCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

}
