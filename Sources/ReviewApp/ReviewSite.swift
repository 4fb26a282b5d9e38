import Corroboration
import Foundation
import LedgerStore
import Reporting
import SafeXML
import TextPrimitives

/// The review app without the HTTP server: each request is answered from the ledger as it is
/// now (every read sees what other processes committed), and each form is one library call
/// (``Ledger``'s review methods, as `claimledger review` makes them).
public struct ReviewSite: Sendable {
  public let ledger: Ledger
  /// This server run's token: every form carries it, and a POST without it is refused before
  /// anything else is looked at.
  public let token: String
  /// Statements a list page shows.
  public static let pageSize = 50
  private let answers = LedgerAnswers()

  public init(ledger: Ledger, token: String = ReviewSite.newToken()) {
    self.ledger = ledger
    self.token = token
  }

  /// 32 random bytes, hex.
  public static func newToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(format: "%02x", generator.next() as UInt8) }.joined()
  }

  /// What the site answers a request with.
  public func respond(to request: WebRequest) -> WebResponse {
    do {
      if request.method == .post {
        guard let sent = request.form["csrf"], sent.utf8.count == token.utf8.count, sent == token else {
          return failure(
            403, "Refused",
            "This form is not from this server run (its token is missing or old). Reload the page and try again.")
        }
        return try post(request)
      }
      return try get(request)
    } catch let error as BadRequest {
      return failure(400, "Bad request", error.message)
    } catch let error as LedgerError {
      switch error.problem {
      case .unknownTarget, .unknownArticle: return failure(404, "Not found", error.description)
      case .reviewRefused: return failure(400, "Correction refused", error.description)
      default: return failure(500, "Ledger error", error.description)
      }
    } catch {
      return failure(500, "Error", "\(error)")
    }
  }

  struct BadRequest: Error {
    var message: String
  }

  private func failure(_ status: Int, _ title: String, _ message: String) -> WebResponse {
    .page(
      HTML.page(title, [HTML.tag("p", message, [("class", "error")]), HTML.link("/", "Back to the overview")]),
      status: status)
  }

  private func notFound(_ what: String) -> WebResponse { failure(404, "Not found", "No \(what) in this ledger.") }

  // MARK: Pages

  private func get(_ request: WebRequest) throws -> WebResponse {
    let path = request.segments
    switch (path.first, path.count) {
    case (nil, 0): return .page(try overview())
    case ("claims", 1): return .page(try claims(request.query))
    case ("claims", 2):
      guard let group = Int64(path[1]) else { return notFound("claim \(path[1])") }
      return try claim(group)
    case ("articles", 2): return try article(path[1], version: try number(request.query["version"], "version"))
    case ("articles", 3) where path[2] == "diff":
      return try diff(
        path[1], from: try number(request.query["from"], "from"), to: try number(request.query["to"], "to"))
    case ("sources", 1): return .page(try sources(page: try number(request.query["page"], "page") ?? 1))
    case ("sources", 2): return try source(path[1], page: try number(request.query["page"], "page") ?? 1)
    default: return notFound("page \("/" + path.joined(separator: "/"))")
    }
  }

  /// A positive whole number from a query value, nil when absent; anything else is a bad request.
  private func number(_ value: String?, _ name: String) throws -> Int? {
    guard let value, !value.isEmpty else { return nil }
    guard let number = Int(value), number > 0 else {
      throw BadRequest(message: "\(name)=\(value) is not a page or version number (1, 2, ...).")
    }
    return number
  }

  private func overview() throws -> String {
    let stamp = ledger.changeStamp()
    let counts = try answers.answer("counts", stamp: stamp) { try ledger.statusCounts() }
    let rows = ClaimStatus.allCases.sorted().map { status in
      HTML.element(
        "tr", [],
        [
          HTML.element("td", [], [HTMLReport.badge(status)]),
          HTML.element(
            "td", [("class", "number")], [HTML.link("/claims?status=\(status.rawValue)", String(counts[status] ?? 0))]),
        ])
    }
    let urgent = try answers.answer("urgent", stamp: stamp) { try ledger.statementsToActOn(limit: 50) }
    let articles = try answers.answer("latest", stamp: stamp) { try ledger.latestArticles(limit: 20) }
    return HTML.page(
      "Overview",
      [
        HTML.tag("h2", "Statements by status"),
        HTML.element(
          "table", [], [HTML.element("tr", [], [HTML.tag("th", "Status"), HTML.tag("th", "Statements")])] + rows),
        searchForm(StatementFilter()),
        HTML.tag("h2", "Act on these first"),
        HTML.tag(
          "p", "Contested, unattributed and single-source claims no editor has marked yet.", [("class", "meta")]),
        urgent.isEmpty
          ? HTML.tag("p", "Nothing waits: every claim is corroborated or reviewed.")
          : HTML.element("ol", [("class", "urgent")], urgent.map(HTML.statementItem)),
        HTML.tag("h2", "Latest articles"),
        HTML.element(
          "ul", [],
          articles.map { article in
            HTML.element(
              "li", [],
              [
                HTML.link(HTML.articleHref(article.id), article.title ?? article.id),
                HTML.text(
                  " — \(article.outlet ?? "no outlet"), \(article.versions.count) version(s), \(article.ingestedAt)"),
              ])
          }),
      ])
  }

  private func filter(_ query: [String: String]) throws -> StatementFilter {
    func value(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
    var filter = StatementFilter(
      speaker: value("speaker"), outlet: value("outlet"), article: value("article"), text: value("q"))
    if let status = value("status") {
      guard let parsed = ClaimStatus(rawValue: status) else {
        throw BadRequest(message: "status=\(status) is not a status.")
      }
      filter.status = parsed
    }
    if let review = value("review") {
      guard let parsed = StatementFilter.Review(rawValue: review) else {
        throw BadRequest(message: "review=\(review) is not a review state.")
      }
      filter.review = parsed
    }
    return filter
  }

  private func searchForm(_ filter: StatementFilter) -> MarkupContent {
    func input(_ label: String, _ name: String, _ value: String?) -> MarkupContent {
      HTML.labelled(label, HTML.element("input", [("name", name), ("value", value ?? "")]))
    }
    return HTML.element(
      "form", [("method", "get"), ("action", "/claims"), ("class", "filters")],
      [
        HTML.labelled(
          "Status",
          HTML.select(
            "status", [("", "any")] + ClaimStatus.allCases.sorted().map { ($0.rawValue, $0.rawValue) },
            selected: filter.status?.rawValue)),
        HTML.labelled(
          "Review",
          HTML.select(
            "review", [("", "any")] + StatementFilter.Review.allCases.map { ($0.rawValue, $0.rawValue) },
            selected: filter.review?.rawValue)),
        input("Speaker", "speaker", filter.speaker), input("Outlet", "outlet", filter.outlet),
        input("Article id", "article", filter.article), input("Words", "q", filter.text),
        HTML.element("button", [("type", "submit")], [HTML.text("Show")]),
      ])
  }

  private func claims(_ query: [String: String]) throws -> String {
    let filter = try filter(query)
    let page = try number(query["page"], "page") ?? 1
    let (statements, total) = try statementsPage(filter, page)
    let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
    func pageLink(_ n: Int) -> String {
      "/claims"
        + FormFields.query([
          ("status", filter.status?.rawValue), ("review", filter.review?.rawValue), ("speaker", filter.speaker),
          ("outlet", filter.outlet), ("article", filter.article), ("q", filter.text), ("page", String(n)),
        ])
    }
    var navigation: [MarkupContent] = [HTML.text("Page \(page) of \(pages)")]
    if page > 1 { navigation.append(HTML.link(pageLink(page - 1), "← previous")) }
    if page < pages { navigation.append(HTML.link(pageLink(page + 1), "next →")) }
    return HTML.page(
      "Claims",
      [
        searchForm(filter),
        HTML.tag("p", "\(total) statements.", [("class", "meta")]),
        HTML.element("ol", [("start", String((page - 1) * Self.pageSize + 1))], statements.map(HTML.statementItem)),
        HTML.element("p", [("class", "pages")], navigation),
      ])
  }

  /// One page of the statements `filter` passes, and how many pass in all.
  private func statementsPage(_ filter: StatementFilter, _ page: Int) throws -> ([StoredStatement], Int) {
    let pages = try answers.answer("pages \(filter)", stamp: ledger.changeStamp()) {
      try ledger.pages(matching: filter, pageSize: Self.pageSize)
    }
    return (try ledger.statements(matching: filter, page: page, of: pages, pageSize: Self.pageSize), pages.total)
  }

  /// Every source, most cited first.
  private func allSources() throws -> [SourceSummary] {
    try answers.answer("sources", stamp: ledger.changeStamp()) { try ledger.sources() }
  }

  private func claim(_ group: Int64) throws -> WebResponse {
    let members = try ledger.claim(group)
    guard let first = members.first, let verdict = first.verdict else { return notFound("claim \(group)") }
    let history = try ledger.reviewEntries(forClaim: group)
    var body: [MarkupContent] = [
      HTML.element("p", [], [HTMLReport.badge(verdict.status), HTML.text(" " + verdict.reason)]),
      HTML.tag(
        "p",
        "Origins: " + (verdict.origins.isEmpty ? "none named" : verdict.origins.joined(separator: ", "))
          + (verdict.outlets.isEmpty ? "" : " · Outlets: " + verdict.outlets.joined(separator: ", ")),
        [("class", "meta")]),
    ]
    if let review = first.review { body.append(.element(HTMLReport.reviewNote(review))) }
    body.append(
      HTML.form(
        "/claims/\(group)/mark", token: token,
        [
          HTML.labelled(
            "Review state",
            HTML.select(
              "status", ReviewMark.allCases.map { ($0.rawValue, $0.rawValue) }, selected: first.review?.mark.rawValue)),
          HTML.labelled("Note", HTML.element("input", [("name", "note"), ("size", "40")])),
        ], button: "Mark the claim"))
    body.append(HTML.tag("h2", "Statements (\(members.count))"))
    // Each version's text read once, however many of the claim's statements it holds.
    var texts: [String: [Unicode.Scalar]] = [:]
    for member in members {
      let key = "\(member.version) \(member.articleID)"
      if texts[key] == nil {
        texts[key] = Array(try ledger.text(article: member.articleID, version: member.version).unicodeScalars)
      }
      body.append(statementBlock(member, text: texts[key]!, in: members))
    }
    body.append(HTML.tag("h2", "Review history"))
    body.append(
      history.isEmpty
        ? HTML.tag("p", "No editor has touched this claim yet.", [("class", "meta")])
        : HTML.element("ul", [("class", "plain")], history.map(historyItem)))
    return .page(HTML.page("Claim \(group)", body))
  }

  /// A statement in its article's words (a snippet of `text`, its version's, with the content
  /// marked), why it is in the claim, and the forms that correct it.
  private func statementBlock(_ stored: StoredStatement, text: [Unicode.Scalar], in members: [StoredStatement])
    -> MarkupContent
  {
    let s = stored.statement
    let range = s.contentRange.clamped(to: 0..<text.count)
    // A paragraph's end is one line end, which the snippet's style keeps (run into one, a
    // headline read as the text's first sentence: `city says The Harbor Bridge`); a line end that
    // wraps a sentence is a space, as the extractor and the article's page read it.
    func words(_ range: Range<Int>) -> String {
      var kept = String.UnicodeScalarView()
      var lineEnd: (count: Int, wraps: Bool)? = nil
      // (A carriage return before a line end is no more than it.)
      for index in range where text[index] != "\r" {
        let scalar = text[index]
        if scalar == "\n" {
          lineEnd = (count: (lineEnd?.count ?? 0) + 1, wraps: LineEnds.wrapsASentence(text, at: index))
          continue
        }
        if let end = lineEnd {
          if scalar == " " || scalar == "\t" { continue }
          kept.append(end.count == 1 && end.wraps ? " " : "\n")
          lineEnd = nil
        }
        kept.append(scalar)
      }
      if lineEnd != nil { kept.append("\n") }
      return String(kept)
    }
    let before = max(0, range.lowerBound - 220)
    let after = min(text.count, range.upperBound + 220)
    // The content's own words marked (a quotation split around its attribution is two
    // fragments: the attribution between them stays plain).
    var snippet: [MarkupContent] = [HTML.text(before > 0 ? "…" : "")]
    var cursor = before
    for fragment in s.fragments.map({ $0.clamped(to: range) }) where fragment.lowerBound >= cursor && !fragment.isEmpty
    {
      snippet.append(HTML.text(words(cursor..<fragment.lowerBound)))
      snippet.append(
        HTML.tag("mark", words(fragment), [("class", "s-\((stored.verdict?.status ?? .unattributed).rawValue)")]))
      cursor = fragment.upperBound
    }
    snippet.append(HTML.text(words(cursor..<after) + (after < text.count ? "…" : "")))
    var children: [MarkupContent] = [
      HTML.element(
        "p", [],
        [
          HTML.tag("strong", s.speaker ?? "No identifiable source"), HTML.text(" (\(s.speakerKind.rawValue)) \(s.cue)"),
          HTML.text(s.outlet.map { ", via \($0)" } ?? ""), HTML.text(" — "),
          HTML.link(
            HTML.articleHref(stored.articleID) + "?version=\(stored.version)",
            "\(stored.articleID), version \(stored.version)"),
          HTML.text(" · statement \(stored.id)"),
        ]),
      HTML.element("blockquote", [("class", "snippet")], snippet),
    ]
    if let matched = stored.linkedTo, let why = stored.linkEvidence {
      let whom =
        members.first { $0.id == matched }.map {
          "\($0.statement.speaker ?? "no identifiable source") in \($0.articleID)"
        } ?? "statement \(matched)"
      children.append(HTML.tag("p", "Linked to \(whom) (statement \(matched)): \(why)", [("class", "why")]))
    } else {
      children.append(HTML.tag("p", "The claim's first statement.", [("class", "why")]))
    }
    children.append(
      HTML.element(
        "details", [],
        [
          HTML.tag("summary", "Correct this statement"),
          HTML.form("/statements/\(stored.id)/unlink", token: token, [], button: "Not this claim: take it out"),
          HTML.form(
            "/statements/\(stored.id)/speaker", token: token,
            [
              HTML.labelled(
                "Right speaker",
                HTML.element("input", [("name", "name"), ("required", "required"), ("value", s.speaker ?? "")]))
            ],
            button: "Set the speaker"),
          HTML.form(
            "/statements/\(stored.id)/link", token: token,
            [
              HTML.labelled(
                "Same claim as statement",
                HTML.element(
                  "input", [("name", "other"), ("required", "required"), ("inputmode", "numeric"), ("size", "8")]))
            ],
            button: "Link them"),
        ]))
    return HTML.element("section", [("class", "statement"), ("id", "st-\(stored.id)")], children)
  }

  private func historyItem(_ entry: ReviewEntry) -> MarkupContent {
    var children: [MarkupContent] = [HTML.text(entry.summary)]
    if entry.undoneBy == nil, entry.action != .undo {
      children.append(HTML.form("/review/\(entry.id)/undo", token: token, [], button: "Undo"))
    }
    return HTML.element("li", [], children)
  }

  private func article(_ id: String, version requested: Int?) throws -> WebResponse {
    guard let article = try ledger.article(id), let latest = article.versions.last else {
      return notFound("article \(id)")
    }
    let version = requested ?? latest
    guard article.versions.contains(version) else { return notFound("version \(version) of article \(id)") }
    let statements = try ledger.statements(article: article.id, version: version)
    let section = ReportData.ArticleSection(
      id: article.id, version: version, title: article.title, outlet: article.outlet,
      text: try ledger.text(article: article.id, version: version), statements: statements)
    var versions: [MarkupContent] = []
    for (index, number) in article.versions.enumerated() {
      var item: [MarkupContent] = [
        number == version
          ? HTML.tag("strong", "version \(number)")
          : HTML.link(HTML.articleHref(article.id) + "?version=\(number)", "version \(number)")
      ]
      if index > 0 {
        let previous = article.versions[index - 1]
        item += [
          HTML.text(" · "),
          HTML.link(
            HTML.articleHref(article.id) + "/diff?from=\(previous)&to=\(number)", "changes from version \(previous)"),
        ]
      }
      versions.append(HTML.element("li", [], item))
    }
    var meta = "\(article.outlet ?? "no outlet") · \(statements.count) statements"
    if version != latest { meta += " · an earlier version: its statements have no status" }
    var body: [MarkupContent] = [HTML.tag("p", meta, [("class", "meta")])]
    if let url = article.url { body.append(HTML.tag("p", url, [("class", "meta")])) }
    body.append(HTML.element("ul", [], versions))
    return .page(
      HTML.page("Article \(article.id)", body) {
        HTMLReport.articleText(section, claimLink: HTML.claimTarget, into: $0)
      })
  }

  private func diff(_ id: String, from: Int?, to: Int?) throws -> WebResponse {
    guard let article = try ledger.article(id) else { return notFound("article \(id)") }
    guard let from, let to else { throw BadRequest(message: "Say which versions: /articles/ID/diff?from=1&to=2.") }
    let diff = try LedgerVersionDiff.compare(ledger, article.id, from, article.id, to)
    return .page(
      HTML.page(
        "Changes in \(article.title ?? article.id), version \(from) → \(to)",
        [
          HTML.element("p", [], [HTML.link(HTML.articleHref(article.id), "Back to the article")]),
          HTML.tag("style", DiffDocument.htmlStyle),
        ] + DiffDocument.htmlBody(diff)))
  }

  private func sources(page: Int) throws -> String {
    let all = try allSources()
    let pages = max(1, (all.count + Self.pageSize - 1) / Self.pageSize)
    let shown = all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
    let rows = shown.map { source in
      HTML.element(
        "tr", [],
        [
          HTML.element("td", [], [HTML.link(HTML.sourceHref(source.name), source.name)]),
          HTML.tag("td", source.kind.rawValue),
          HTML.tag("td", source.aliases.joined(separator: "; ")), HTML.tag("td", source.affiliation ?? ""),
          HTML.tag("td", String(source.statements), [("class", "number")]),
        ])
    }
    var navigation: [MarkupContent] = [HTML.text("Page \(page) of \(pages)")]
    if page > 1 { navigation.append(HTML.link("/sources?page=\(page - 1)", "← previous")) }
    if page < pages { navigation.append(HTML.link("/sources?page=\(page + 1)", "next →")) }
    return HTML.page(
      "Sources",
      [
        // (`officials` in one article and in another are not one body: said here, so that an
        // editor does not read a group's row as one entity.)
        HTML.tag(
          "p",
          "\(all.count) sources, most cited first. A group (officials, Republicans) or an unnamed speaker "
            + "is a description, not one entity: no claim counts it as an origin.", [("class", "meta")]),
        HTML.element(
          "table", [],
          [
            HTML.element(
              "tr", [], ["Source", "Kind", "Also named", "Affiliation", "Statements"].map { HTML.tag("th", $0) })
          ] + rows),
        HTML.element("p", [("class", "pages")], navigation),
        HTML.tag("h2", "Two sources that are one"),
        HTML.form(
          "/sources/merge", token: token,
          [
            HTML.labelled("Keep", HTML.element("input", [("name", "kept"), ("required", "required")])),
            HTML.labelled("Merge into it", HTML.element("input", [("name", "absorbed"), ("required", "required")])),
          ], button: "Merge"),
      ])
  }

  private func source(_ name: String, page: Int) throws -> WebResponse {
    let key = SourceNames.key(name)
    guard let source = try allSources().first(where: { SourceNames.key($0.name) == key }) else {
      return notFound("source \(name)")
    }
    let (statements, total) = try statementsPage(StatementFilter(source: source.name), page)
    var body: [MarkupContent] = [
      HTML.tag(
        "p",
        "\(source.kind.rawValue)" + (source.affiliation.map { ", \($0)" } ?? "")
          + " · \(source.statements) statements in \(source.articles) articles", [("class", "meta")]),
      HTML.tag("h2", "Also named"),
    ]
    body.append(
      source.aliases.isEmpty
        ? HTML.tag("p", "No other names.", [("class", "meta")])
        : HTML.element(
          "ul", [],
          source.aliases.map { alias in
            HTML.element(
              "li", [],
              [
                HTML.text(alias),
                HTML.form(
                  "/sources/split", token: token,
                  [
                    HTML.element("input", [("type", "hidden"), ("name", "source"), ("value", source.name)]),
                    HTML.element("input", [("type", "hidden"), ("name", "alias"), ("value", alias)]),
                  ], button: "Someone else: split it off"),
              ])
          }))
    body.append(
      HTML.form(
        "/sources/merge", token: token,
        [
          HTML.element("input", [("type", "hidden"), ("name", "kept"), ("value", source.name)]),
          HTML.labelled("The same entity as", HTML.element("input", [("name", "absorbed"), ("required", "required")])),
        ], button: "Merge into \(source.name)"))
    body.append(HTML.tag("h2", "Statements (\(total))"))
    body.append(
      HTML.element("ol", [("start", String((page - 1) * Self.pageSize + 1))], statements.map(HTML.statementItem)))
    let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
    if pages > 1 {
      var navigation: [MarkupContent] = [HTML.text("Page \(page) of \(pages)")]
      if page > 1 { navigation.append(HTML.link(HTML.sourceHref(source.name) + "?page=\(page - 1)", "← previous")) }
      if page < pages { navigation.append(HTML.link(HTML.sourceHref(source.name) + "?page=\(page + 1)", "next →")) }
      body.append(HTML.element("p", [("class", "pages")], navigation))
    }
    return .page(HTML.page(source.name, body))
  }

  // MARK: Forms

  private func post(_ request: WebRequest) throws -> WebResponse {
    let path = request.segments
    func field(_ name: String) throws -> String {
      guard let value = request.form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
        throw BadRequest(message: "The form lacks \(name): fill it in and send it again.")
      }
      return value
    }
    func id(_ text: String, _ what: String) throws -> Int64 {
      guard let id = Int64(text.trimmingCharacters(in: .whitespaces)) else {
        throw BadRequest(message: "\(what) \(text) is not a number.")
      }
      return id
    }
    let editor = try field("editor")
    let note = request.form["note"]
    switch (path.first, path.count, path.last) {
    case ("claims", 3, "mark"):
      let group = try id(path[1], "Claim")
      guard let mark = ReviewMark(rawValue: try field("status")) else {
        throw BadRequest(message: "Not a review state.")
      }
      try ledger.mark(claim: group, as: mark, note: note, editor: editor)
      return .redirect(HTML.claimHref(group))
    case ("statements", 3, "unlink"):
      let statement = try id(path[1], "Statement")
      try ledger.unlink(statement: statement, editor: editor, note: note)
      return .redirect(try claimOf(statement))
    case ("statements", 3, "link"):
      let statement = try id(path[1], "Statement")
      try ledger.link(statement: statement, with: try id(try field("other"), "Statement"), editor: editor, note: note)
      return .redirect(try claimOf(statement))
    case ("statements", 3, "speaker"):
      let statement = try id(path[1], "Statement")
      try ledger.setSpeaker(of: statement, to: try field("name"), editor: editor, note: note)
      return .redirect(try claimOf(statement))
    case ("sources", 2, "merge"):
      let kept = try field("kept")
      try ledger.mergeSources(kept, try field("absorbed"), editor: editor, note: note)
      return .redirect(HTML.sourceHref(kept))
    case ("sources", 2, "split"):
      let alias = try field("alias")
      try ledger.splitSource(try field("source"), alias: alias, editor: editor, note: note)
      return .redirect(HTML.sourceHref(alias))
    case ("review", 3, "undo"):
      try ledger.undo(entry: try id(path[1], "Entry"), editor: editor, note: note)
      return .redirect("/")
    default:
      return notFound("form \("/" + path.joined(separator: "/"))")
    }
  }

  /// The claim page a statement is on now.
  private func claimOf(_ statement: Int64) throws -> String {
    guard let group = try ledger.statement(statement)?.group else { return "/" }
    return HTML.claimHref(group) + "#st-\(statement)"
  }
}
