import ArticleReading
import Attribution
import Corroboration
import Foundation
import TestFolders
import Testing

@testable import LedgerStore

/// Editors' corrections: each outranks automatic linking or resolution, is logged, survives a
/// new version of the article and a relink, and undoes cleanly. Articles written for the
/// project: a port story told by three outlets.
@Suite struct ReviewTests {
  let port = """
    "The new cranes will double our capacity by spring," said Marta Lindqvist, the port's director.

    Lindqvist said the budget for the project had not grown since last year.

    Lindqvist said the cranes were certified safe at the spring inspection.
    """
  let times = """
    The harbor expansion is on schedule, the Coastal Times reported.

    Union leader Tomas Berg said the new cranes would double the harbor's capacity by spring.
    """
  let herald = """
    Dock workers said on Tuesday that the new cranes would double the harbor's capacity by spring.

    Inspector Hanna Sol said the cranes had passed every safety test in May.
    """

  func ledger() throws -> Ledger {
    try Ledger.open(path: TestFolders.make("claimledger-review").appendingPathComponent("l.sqlite").path)
  }

  func ingest(_ ledger: Ledger, _ text: String, id: String) throws {
    let article = Article(source: "\(id).txt", format: .plainText, text: text)
    try ledger.ingest(
      article, statements: Extractor.statements(in: article), id: id, ingestedAt: Date(timeIntervalSince1970: 0))
  }

  func statement(_ ledger: Ledger, _ speaker: String, containing words: String) throws -> StoredStatement {
    try #require(try ledger.claims().first { $0.statement.speaker == speaker && $0.statement.content.contains(words) })
  }

  let day = Date(timeIntervalSince1970: 86_400)

  @Test func anUnlinkedStatementStaysAloneThroughNewVersionsAndRelinking() throws {
    let ledger = try ledger()
    try ingest(ledger, port, id: "port")
    try ingest(ledger, times, id: "times")
    let berg = try statement(ledger, "Tomas Berg", containing: "cranes")
    #expect(berg.verdict?.status == .corroborated)
    let entry = try ledger.unlink(statement: berg.id, editor: "Ana Ortiz", note: "a forecast, not a finding", at: day)
    #expect(entry.action == .unlink && entry.editor == "Ana Ortiz" && entry.after == "alone")
    #expect(try statement(ledger, "Tomas Berg", containing: "cranes").verdict?.status == .singleSource)
    #expect(try statement(ledger, "Marta Lindqvist", containing: "cranes").verdict?.status == .singleSource)

    // A new version of the article, the same words: still alone. So after relinking.
    try ingest(ledger, times.replacingOccurrences(of: "on schedule", with: "running late"), id: "times")
    let again = try statement(ledger, "Tomas Berg", containing: "cranes")
    #expect(again.id != berg.id && again.group == again.id && again.linkedTo == nil)
    try ledger.relink()
    #expect(try statement(ledger, "Tomas Berg", containing: "cranes").group == again.id)
    // Nor does a later article's statement join the group it stands in.
    try ingest(ledger, herald, id: "herald")
    let workers = try #require(
      try ledger.claims().first { $0.articleID == "herald" && $0.statement.content.contains("cranes would") })
    #expect(workers.group != again.id)

    // Undone: it links as automatic linking says.
    try ledger.undo(entry: entry.id, editor: "Ana Ortiz", at: day)
    #expect(try statement(ledger, "Tomas Berg", containing: "cranes").verdict?.status == .corroborated)
    let log = try ledger.reviewLog()
    #expect(log.map(\.action) == [.unlink, .undo])
    #expect(log[0].undoneBy == log[1].id && log[1].undoes == log[0].id)
  }

  @Test func aHandLinkMakesOneClaimAndOutlastsANewVersion() throws {
    let ledger = try ledger()
    try ingest(ledger, port, id: "port")
    try ingest(ledger, herald, id: "herald")
    let budget = try statement(ledger, "Marta Lindqvist", containing: "certified")
    let sol = try statement(ledger, "Hanna Sol", containing: "safety")
    #expect(budget.group != sol.group)
    try ledger.link(statement: sol.id, with: budget.id, editor: "Bo Lind", at: day)
    var linked = try statement(ledger, "Hanna Sol", containing: "safety")
    #expect(linked.group == budget.group && linked.linkEvidence == "linked by Bo Lind")
    #expect(linked.verdict?.status == .corroborated)
    try ingest(ledger, herald.replacingOccurrences(of: "Tuesday", with: "Wednesday"), id: "herald")
    linked = try statement(ledger, "Hanna Sol", containing: "safety")
    #expect(linked.group == budget.group && linked.linkedTo == budget.id)
  }

  @Test func anEditorsSpeakerIsKeptInLaterVersionsAndUndoes() throws {
    let ledger = try ledger()
    try ingest(ledger, herald, id: "herald")
    let workers = try statement(ledger, "Dock workers", containing: "cranes")
    try ledger.setSpeaker(of: workers.id, to: "Ivo Marsh", editor: "Ana Ortiz", at: day)
    #expect(try ledger.claims().contains { $0.statement.speaker == "Ivo Marsh" && $0.statement.speakerKind == .person })
    try ingest(ledger, herald + "\n\nThe port declined to comment.", id: "herald")
    let corrected = try statement(ledger, "Ivo Marsh", containing: "cranes")
    #expect(corrected.version == 2 && corrected.statement.speakerKind == .person)
    #expect(try ledger.sources().contains { $0.name == "Ivo Marsh" && $0.statements == 1 })
    let entry = try #require(try ledger.reviewLog().last)
    try ledger.undo(entry: entry.id, editor: "Ana Ortiz", at: day)
    #expect(try statement(ledger, "Dock workers", containing: "cranes").version == 2)
    #expect(!(try ledger.sources().contains { $0.name == "Ivo Marsh" }))
  }

  @Test func mergedSourcesStayOneAndASplitNameStaysApart() throws {
    let ledger = try ledger()
    try ingest(ledger, port, id: "port")
    try ingest(ledger, times, id: "times")
    try ledger.mergeSources("Marta Lindqvist", "Tomas Berg", editor: "Ana Ortiz", at: day)
    #expect(!(try ledger.sources().contains { $0.name == "Tomas Berg" }))
    // One origin now: the claim both made is no longer corroborated.
    #expect(try statement(ledger, "Marta Lindqvist", containing: "cranes").verdict?.status == .singleSource)
    // A later article naming the merged source joins the one kept.
    try ingest(ledger, "Tomas Berg said the strike would end on Monday.", id: "wire")
    #expect(try ledger.claims(article: "wire").first?.statement.speaker == "Marta Lindqvist")

    // Undone, the merge gives Tomas Berg back his statements, his affiliation and his names; done
    // again, it holds as before.
    let merge = try #require(try ledger.reviewLog().last)
    try ledger.undo(entry: merge.id, editor: "Ana Ortiz", at: day)
    let berg = try #require(try ledger.sources().first { $0.name == "Tomas Berg" })
    #expect(berg.affiliation == "Union leader" && berg.aliases == ["Union leader Tomas Berg"] && berg.statements == 2)
    try ledger.mergeSources("Marta Lindqvist", "Tomas Berg", editor: "Ana Ortiz", at: day)

    let split = try ledger.splitSource("Marta Lindqvist", alias: "Tomas Berg", editor: "Ana Ortiz", at: day)
    #expect(split.action == .split)
    #expect(try ledger.claims(article: "wire").first?.statement.speaker == "Tomas Berg")
    try ingest(ledger, "Tomas Berg said the strike would end on Tuesday.", id: "wire")
    #expect(try ledger.claims(article: "wire").first?.statement.speaker == "Tomas Berg")
    #expect(try statement(ledger, "Tomas Berg", containing: "cranes").verdict?.status == .corroborated)
  }

  @Test func aMarkIsTheClaimsReviewStateAndFollowsItsStatement() throws {
    let ledger = try ledger()
    try ingest(ledger, port, id: "port")
    try ingest(ledger, times, id: "times")
    let lindqvist = try statement(ledger, "Marta Lindqvist", containing: "cranes")
    let group = try #require(lindqvist.group)
    try ledger.mark(claim: group, as: .checked, note: "called the port", editor: "Ana Ortiz", at: day)
    var review = try #require(try ledger.claimReviews()[group])
    #expect(review.mark == .checked && review.editor == "Ana Ortiz" && review.note == "called the port")
    try ledger.mark(claim: group, as: .disputed, editor: "Bo Lind", at: day)
    #expect(try ledger.claimReviews()[group]?.mark == .disputed)
    // A new version of the first statement's article: the claim keeps its state.
    try ingest(ledger, port + "\n\nThe port declined to comment further.", id: "port")
    let moved = try #require(try statement(ledger, "Marta Lindqvist", containing: "cranes").group)
    review = try #require(try ledger.claimReviews()[moved])
    #expect(review.mark == .disputed && review.editor == "Bo Lind")
  }

  @Test func unknownTargetsAndEmptyEditorsAreRefusedAndChangeNothing() throws {
    let ledger = try ledger()
    try ingest(ledger, port, id: "port")
    let before = try ledger.claims()
    #expect(throws: LedgerError.self) { try ledger.unlink(statement: 999, editor: "Ana") }
    #expect(throws: LedgerError.self) { try ledger.mark(claim: 999, as: .checked, editor: "Ana") }
    #expect(throws: LedgerError.self) { try ledger.mergeSources("Marta Lindqvist", "Nobody", editor: "Ana") }
    #expect(throws: LedgerError.self) { try ledger.undo(entry: 5, editor: "Ana") }
    #expect(throws: LedgerError.self) { try ledger.unlink(statement: before[0].id, editor: "  ") }
    #expect(try ledger.claims() == before)
    #expect(try ledger.reviewLog().isEmpty)
  }
}
