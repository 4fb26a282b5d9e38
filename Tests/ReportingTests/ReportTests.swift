import ArticleReading
import Attribution
import Foundation
import LedgerStore
import SafeXML
import TestFolders
import Testing

@testable import Reporting

@Suite struct ReportTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func ledger(_ texts: [(String, String)]) throws -> Ledger {
    let path = TestFolders.make("claimledger-report").appendingPathComponent("l.sqlite").path
    let ledger = try Ledger.open(path: path)
    for (id, text) in texts {
      let article = Article(source: "\(id).txt", format: .plainText, text: text)
      _ = try ledger.ingest(
        article, statements: Extractor.statements(in: article), id: id, ingestedAt: Date(timeIntervalSince1970: 0))
    }
    return ledger
  }

  static let stories = [
    (
      "courier",
      "The bridge will reopen on Friday, Mayor Elena Ruiz said.\n\nThe repairs cost $4 million, according to people familiar with the work."
    ),
    (
      "ledger",
      "State inspector Joan Pike said the bridge is set to reopen Friday.\n\n\"Nobody has shown us the report,\" Priya Natarajan said."
    ),
  ]

  @Test func xmlReportIsValidAgainstTheSchemaAndDeterministic() throws {
    let ledger = try ledger(Self.stories)
    let data = try ReportData.gather(from: ledger, generator: "claimledger test")
    let xml = XMLReport.render(data)
    let schema = try XMLSchema(try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Schemas/report.xsd"))))
    #expect(schema.validate(try MarkupDocument.xml(Array(xml.utf8))) == [])
    #expect(XMLReport.render(try ReportData.gather(from: ledger, generator: "claimledger test")) == xml)
    #expect(xml.contains("<count status=\"corroborated\" statements=\"2\"/>"))
    #expect(xml.contains("<count status=\"unattributed\" statements=\"1\"/>"))
  }

  /// A linked statement shows the statement it matched and the words, in both reports.
  @Test func reportsShowWhyEachStatementIsInItsClaim() throws {
    let data = try ReportData.gather(from: try ledger(Self.stories), generator: "claimledger test")
    let linked = try #require(data.statements.first { $0.linkedTo != nil })
    #expect(linked.articleID == "ledger")
    #expect(linked.linkEvidence?.hasPrefix("shared content ") == true)
    #expect(linked.linkEvidence?.contains("bridge") == true)
    let xml = XMLReport.render(data)
    #expect(xml.contains("linked-to=\"\(linked.linkedTo!)\" link=\"\(linked.linkEvidence!)\""))
    let html = HTMLReport.render(data)
    #expect(html.contains("linked to Elena Ruiz in courier: \(linked.linkEvidence!)"))
    // The list to act on names the cue, so a denial never reads as an assertion.
    #expect(html.contains("Priya Natarajan (said): “Nobody has shown us the report,”"))
  }

  @Test func htmlReportListsWhatToActOnFirstAndMarksStatementsInPlace() throws {
    let html = HTMLReport.render(try ReportData.gather(from: try ledger(Self.stories), generator: "claimledger test"))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    let tree = MarkupDocument.html(Array(html.utf8)).tree
    #expect(tree.elements(named: "script").isEmpty)
    #expect(tree.elements(named: "h1").count == 1)
    let urgent = tree.elements(named: "ol").flatMap { tree[$0].children }.filter { tree[$0].name == "li" }
      .map { tree.textContent($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    #expect(urgent.first?.hasPrefix("UNATTRIBUTED") == true)
    #expect(urgent.count == 2)
    let marks = tree.elements(named: "mark").map { tree.textContent($0) }
    #expect(marks.contains("The bridge will reopen on Friday"))
    let labels = tree.nodes.indices.filter { tree[$0].kind == .element && tree[$0].attribute("class") == "label" }
      .map { tree.textContent($0) }
    #expect(labels.contains("[corroborated] Elena Ruiz · evidence"))
    let ids = tree.nodes.compactMap { $0.attribute("id") }
    #expect(Set(ids).count == ids.count)
  }

  /// Offsets count scalars and the page is written from the text's bytes: after accents, dashes,
  /// curly quotes and an emoji (one to four bytes each) each mark still holds exactly its words.
  @Test func marksAfterManyByteCharactersHoldTheirWords() throws {
    let text = """
      The façade in Zürich was repainted — 🚋 at last. “The tram to Örebro will run until midnight,” Mayor Élodie Brunner said.
      Café owners in Malmö said the square would stay open all summer.
      """
    let html = HTMLReport.render(
      try ReportData.gather(from: try ledger([("trams", text)]), generator: "claimledger test"))
    let tree = MarkupDocument.html(Array(html.utf8)).tree
    let marks = tree.elements(named: "mark").map { tree.textContent($0) }
    #expect(marks == ["The tram to Örebro will run until midnight,", "the square would stay open all summer"])
  }

  /// A line end that wraps a sentence (wire copy's) stays inside its paragraph, and the
  /// statement marked across it is one mark; every other line end ends a paragraph.
  @Test func aWrappedLineStaysInItsParagraph() throws {
    let text = """
      Ferries to run again
      The ferry will run again on Monday after repairs to the
      hull, the port authority said.
      Ana Ruiz said the crossing would be free for a week.
      """
    let html = HTMLReport.render(
      try ReportData.gather(from: try ledger([("ferry", text)]), generator: "claimledger test"))
    let tree = MarkupDocument.html(Array(html.utf8)).tree
    let paragraphs = tree.elements(named: "p").map { tree.textContent($0) }
    #expect(paragraphs.contains { $0.hasPrefix("The ferry will run again") && $0.contains("the port authority said.") })
    #expect(!paragraphs.contains { $0.hasPrefix("hull") })
    #expect(paragraphs.contains("Ferries to run again"))
    #expect(paragraphs.contains { $0.hasPrefix("Ana Ruiz said") })
    let marks = tree.elements(named: "mark").map { tree.textContent($0) }
    #expect(marks.contains("The ferry will run again on Monday after repairs to the\nhull"))
  }

  @Test func hostileArticleTextStaysText() throws {
    let hostile =
      "\"<script>alert(1)</script> and \\\"><img src=x onerror=alert(2)> & \u{202E}gnp.exe,\" Mayor Elena Ruiz said."
    let ledger = try ledger([("<b>hostile</b>", hostile)])
    let data = try ReportData.gather(from: ledger, generator: "claimledger test")
    let html = HTMLReport.render(data)
    let tree = MarkupDocument.html(Array(html.utf8)).tree
    #expect(tree.elements(named: "script").isEmpty)
    #expect(tree.elements(named: "img").isEmpty)
    #expect(tree.elements(named: "b").isEmpty)
    #expect(!tree.nodes.contains { $0.attributes.contains { $0.name == "onerror" } })
    #expect(tree.nodes.contains { $0.kind == .text && $0.text.contains("<script>alert(1)</script>") })
    let xml = XMLReport.render(data)
    let document = try MarkupDocument.xml(Array(xml.utf8))
    #expect(try document.evaluate("count(//*[local-name()='script' or local-name()='img'])") == .number(0))
  }

  /// A report in a folder, read from the ledger a part at a time as `report` writes it: every
  /// link of every page, the main page's included, points at a page the report wrote and an
  /// anchor that page holds; every statement is marked once in its article's text and every
  /// claim shown once with its evidence, on pages of bounded size.
  @Test func aReportFolderLinksOnlyToPagesAndAnchorsItHas() throws {
    // 120 articles, more than two pages of them; an id a link must encode; one claim in many.
    let texts =
      [("desk notes #4 \"draft\"", Self.stories[0].1)]
      + (1...119).map { n in
        (
          "story-\(n)",
          "The ferry to Holm Island will stop running in March, harbour master Ines Vale said.\n\n"
            + "Ticket sales fell by \(n) percent this year, according to officials.\n\n"
            + "\"We counted \(n + 3) boats at the quay on Sunday,\" warden Olu Brandt\(n) said."
        )
      }
    let ledger = try ledger(texts)
    var pages: [String: String] = [:]
    // Small pages, so that each kind spans several.
    var report = HTMLReportFolder(
      mainPage: "report.html", folder: "report-pages", generator: "claimledger test", articlesPerPage: 50,
      statementsPerPage: 40
    ) { pages[$0.file] = $0.text }
    try ledger.scanReport(into: &report)
    let main = try #require(report.main)
    #expect(
      Set(pages.keys).isSuperset(of: [
        "articles-1.html", "articles-3.html", "articles.html", "sources.html", "single-source-1.html",
        "unattributed-1.html", "unattributed-2.html", "unattributed-3.html",
      ]))
    #expect(pages["articles-4.html"] == nil)
    pages["../report.html"] = main
    let trees = pages.mapValues { MarkupDocument.html(Array($0.utf8)).tree }
    let ids = trees.mapValues { tree in Set(tree.nodes.compactMap { $0.attribute("id") }) }
    for (name, tree) in trees {
      let base = name == "../report.html" ? "report-pages/" : ""
      for href in tree.nodes.compactMap({ $0.attribute("href") }) {
        let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
        var target = href.hasPrefix("#") ? name : parts[0]
        if !base.isEmpty {
          #expect(target.hasPrefix(base) || href.hasPrefix("#"), "\(name): \(href)")
          target = String(target.dropFirst(base.count))
        }
        let anchors = try #require(ids[target], "\(name) links to \(href), which the report did not write")
        if parts.count == 2 || href.hasPrefix("#") {
          let fragment = href.hasPrefix("#") ? String(href.dropFirst()) : parts[1]
          #expect(
            anchors.contains(try #require(fragment.removingPercentEncoding)), "\(name): \(href) has no anchor there")
        }
      }
    }
    #expect(main.contains("Act on these first") && !main.contains("<article"))
    #expect(main.contains("… and ") && main.contains("more: follow a status's count above"))

    let statements = try ledger.claims()
    func count(_ pattern: String, in prefix: String) -> Int {
      pages.filter { $0.key.hasPrefix(prefix) }.values.reduce(0) { $0 + $1.components(separatedBy: pattern).count - 1 }
    }
    for s in statements.prefix(40) {
      #expect(count("id=\"st-\(s.id)\"", in: "articles-") == 1, "statement \(s.id)")
      #expect(count("id=\"g-\(s.group!)\"", in: s.verdict!.status.rawValue) == 1, "claim \(s.group!)")
    }
    // A claim of one statement is one paragraph: who, the words, and why its status.
    let single = try #require(statements.first { $0.statement.content.contains("Ticket sales fell by 7 ") })
    let page = try #require(
      trees.first { $0.key.hasPrefix("unattributed-") && ids[$0.key]!.contains("g-\(single.group!)") })
    let paragraph = try #require(
      page.value.nodes.indices.first { page.value[$0].attribute("id") == "g-\(single.group!)" })
    #expect(page.value[paragraph].name == "p")
    #expect(
      page.value.textContent(paragraph).contains(
        "officials (group) according to, in story-7: Ticket sales fell by 7 percent"))
    let ferry = try #require(statements.first { $0.statement.content.contains("ferry") })
    #expect(statements.filter { $0.group == ferry.group }.count == 119)
    #expect(ferry.verdict?.status == .singleSource)
  }

  /// What the scan hands over, in order, as a reader sees it.
  struct Recorder: ReportReader {
    var events: [String] = []
    var claims: [Int64: [Int64]] = [:]
    mutating func plan(articles: [String]) {}
    mutating func article(_ article: ReportedArticle) {
      events += article.statements.map { "statement \($0.id)" }
    }
    mutating func claim(_ claim: ReportedClaim) {
      events.append("claim \(claim.verdict.id)")
      claims[claim.verdict.id] = claim.statements.map(\.id)
    }
    var sources: [SourceSummary] = []
    var fingerprint = ""
    mutating func finish(sources: [SourceSummary], fingerprint: String) {
      (self.sources, self.fingerprint) = (sources, fingerprint)
    }
  }

  /// A report of the whole ledger counts the sources and sums the fingerprint as its one pass
  /// goes, superseded statements included: it agrees with the ledger's own, and a new
  /// version, which supersedes statements without changing the current ones' sources, changes
  /// the fingerprint.
  @Test func theScanCountsSourcesAndFingerprintsAsTheLedgerDoes() throws {
    let ledger = try ledger(Self.stories + [("wire", "Mayor Elena Ruiz said the bridge will reopen Friday.")])
    var first = Recorder()
    try ledger.scanReport(into: &first)
    #expect(first.fingerprint == (try ledger.fingerprint()))
    #expect(first.sources == (try ledger.sources()))
    #expect(first.sources.first { $0.name == "Elena Ruiz" }.map { [$0.statements, $0.articles] } == [2, 2])

    let article = Article(
      source: "wire.txt", format: .plainText,
      text: "Mayor Elena Ruiz said the bridge will reopen Friday. Ruiz said the ferry will run until then.")
    _ = try ledger.ingest(article, statements: Extractor.statements(in: article), id: "wire")
    var second = Recorder()
    try ledger.scanReport(into: &second)
    #expect(second.fingerprint == (try ledger.fingerprint()))
    #expect(second.fingerprint != first.fingerprint)
    #expect(second.sources == (try ledger.sources()))
    #expect(second.sources.first { $0.name == "Elena Ruiz" }.map { [$0.statements, $0.articles] } == [3, 2])

    var filtered = Recorder()
    try ledger.scanReport(article: "wire", into: &filtered)
    #expect(filtered.fingerprint == second.fingerprint && filtered.sources == second.sources)
  }

  /// The statements are read once, in article order, and each claim handed over whole once its
  /// last statement has passed: a claim whose statements are in the first and the last article
  /// comes after the last, and an article's report still gets its claims whole.
  @Test func theScanHandsEachClaimWholeAfterItsLastStatement() throws {
    let quote = "\"The night ferry to Holm Island will stop running in March,\""
    let ledger = try ledger(
      [("a-harbour", "\(quote) harbour master Ines Vale said.")]
        + (1...5).map { ("m-\($0)", "Ticket sales fell by \($0) percent this year, warden Olu Brandt said.") }
        + [("z-council", "\(quote) councillor Tomas Reyes told the Island Courier.")])
    let statements = try ledger.claims()
    let ferry = statements.filter { $0.statement.content.contains("night ferry") }
    #expect(ferry.count == 2 && ferry[0].group == ferry[1].group)
    let group = try #require(ferry.first?.group)

    var all = Recorder()
    try ledger.scanReport(into: &all)
    #expect(all.claims[group] == ferry.map(\.id))
    #expect(Set(all.claims.keys) == Set(statements.compactMap(\.group)))
    for s in statements {
      let claimAt = try #require(all.events.firstIndex(of: "claim \(s.group!)"))
      #expect(all.events.firstIndex(of: "statement \(s.id)")! < claimAt, "claim \(s.group!) before statement \(s.id)")
    }

    var one = Recorder()
    try ledger.scanReport(article: "a-harbour", into: &one)
    #expect(one.claims == [group: ferry.map(\.id)])
  }
}
