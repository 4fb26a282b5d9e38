import Corroboration
import LedgerStore
import SafeXML

/// The HTML report of a ledger too large for one page: a main page an editor opens at once (the
/// summary and the first few hundred statements to act on) and, in a folder beside it, a page
/// per article (its text with the statements highlighted, and the evidence of their claims), a
/// page per status (a thousand statements each), an index of the articles and the sources. Every
/// page is self-contained, as the one-page report is, and they link to one another.
public enum HTMLReportFolder {
  /// Up to this many statements the report stays one page (``HTMLReport/render(_:)``).
  public static let onePageLimit = 300
  /// Statements the main page lists to act on.
  public static let actOnFirst = 300
  /// Statements a status page lists.
  public static let perStatusPage = 1000

  /// Renders the report: each page of the folder is handed to `emit` with its file name;
  /// returns the main page. `mainPage` and `folder` are the file names of the main page and the
  /// folder beside it (`report.html`, `report-pages`), which the pages link by.
  public static func render(
    _ data: ReportData, mainPage: String, folder: String, emit: (String, String) throws -> Void
  ) throws -> String {
    let files = Dictionary(uniqueKeysWithValues: data.articles.enumerated().map { ($1.id, "a-\($0 + 1).html") })
    @Sendable func statementPage(_ s: StoredStatement) -> String {
      (files[s.articleID] ?? "articles.html") + "#st-\(s.id)"
    }
    let byStatus = Dictionary(grouping: data.statements) { $0.verdict?.status ?? .unattributed }
    let inFolder = HTMLReport.Links(
      statement: statementPage, claim: { "#g-\($0)" }, status: { "\($0.rawValue)-1.html" })
    let back = MarkupContent.element(
      MarkupElement("p", [], [link("../" + mainPage, "← the report's main page")]))

    // A page per article: its text, then the evidence of the claims its statements are in.
    for (index, section) in data.articles.enumerated() {
      let groups = Set(section.statements.compactMap(\.group))
      let links = HTMLReport.Links(
        statement: { $0.articleID == section.id ? "#st-\($0.id)" : statementPage($0) }, claim: { "#g-\($0)" },
        status: nil)
      try emit(
        "a-\(index + 1).html",
        HTMLReport.document(
          section.title ?? section.id,
          [
            back, HTMLReport.article(section),
            .element(
              HTMLReport.evidence(
                Dictionary(
                  uniqueKeysWithValues: groups.compactMap { group in data.evidence[group].map { (group, $0) } }),
                links: links)),
          ]))
    }
    // Pages per status, in document order.
    for status in ClaimStatus.allCases.sorted() {
      let listed = byStatus[status] ?? []
      let pages = max(1, (listed.count + perStatusPage - 1) / perStatusPage)
      for page in 1...pages {
        let part = listed.dropFirst((page - 1) * perStatusPage).prefix(perStatusPage)
        var navigation: [MarkupContent] = [.text("Page \(page) of \(pages)")]
        if page > 1 { navigation += [.text(" · "), link("\(status.rawValue)-\(page - 1).html", "← previous")] }
        if page < pages { navigation += [.text(" · "), link("\(status.rawValue)-\(page + 1).html", "next →")] }
        try emit(
          "\(status.rawValue)-\(page).html",
          HTMLReport.document(
            "\(status.rawValue): \(listed.count) statements",
            [
              back, .element(HTMLReport.h(1, "\(listed.count) \(status.rawValue) statements")),
              .element(MarkupElement("p", [MarkupAttribute("class", "meta")], navigation)),
              .element(
                MarkupElement(
                  "ol", [MarkupAttribute("start", String((page - 1) * perStatusPage + 1))],
                  part.map { HTMLReport.statementItem($0, links: inFolder) })),
            ]))
      }
    }
    try emit(
      "articles.html",
      HTMLReport.document(
        "Articles",
        [
          back, .element(HTMLReport.h(1, "\(data.articles.count) articles")),
          .element(
            MarkupElement(
              "ol", [],
              data.articles.map { section in
                var title = section.title ?? section.id
                if let outlet = section.outlet { title += " — \(outlet)" }
                return .element(
                  MarkupElement(
                    "li", [],
                    [link(files[section.id]!, title), .text(" · \(section.statements.count) statements")]))
              })),
        ]))
    try emit("sources.html", HTMLReport.document("Sources", [back, .element(HTMLReport.sources(data.sources))]))

    let main = HTMLReport.Links(
      statement: { folder + "/" + statementPage($0) }, claim: { "#g-\($0)" },
      status: { folder + "/\($0.rawValue)-1.html" })
    return HTMLReport.document(
      "ClaimLedger report",
      [
        .element(
          HTMLReport.header(
            "ClaimLedger report", "\(data.statements.count) statements in \(data.articles.count) articles", data)),
        .element(
          MarkupElement(
            "p", [],
            [
              .text("Too large for one page: "), link(folder + "/articles.html", "every article"),
              .text(" (its text and its claims' evidence), "),
              link(folder + "/sources.html", "the sources"),
              .text(", and every statement of a status from its count below."),
            ])),
        .element(HTMLReport.summary(data, links: main, limit: actOnFirst)),
      ])
  }

  private static func link(_ href: String, _ text: String) -> MarkupContent {
    .element(MarkupElement("a", [MarkupAttribute("href", href)], [.text(text)]))
  }
}
