import ArticleReading
import Attribution
import Foundation
import LedgerStore
import SafeXML
import TestFolders
import Testing

@testable import Reporting

@Suite struct LedgerXMLTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func embeddedSchemaIsTheCommittedOne() throws {
    let committed = try String(contentsOf: Self.root.appendingPathComponent("Schemas/ledger.xsd"), encoding: .utf8)
    #expect(LedgerSchema.xsd == committed)
  }

  @Test func committedExampleExportIsValidAndParses() throws {
    let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Ledger/examples.xml")))
    let snapshot = try LedgerXML.parse(bytes)
    #expect(snapshot.articles.map(\.id).count == 3)
    #expect(LedgerXML.export(snapshot, generator: "claimledger 0.2.0") == String(decoding: bytes, as: UTF8.self))
  }

  @Test func offsetsOutsideTheTextAreRefused() throws {
    let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Ledger/examples.xml")))
    let broken = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
      of: "<mention start=\"", with: "<mention start=\"99999", options: [], range: nil)
    #expect(throws: LedgerXML.ImportError.self) { try LedgerXML.parse(Array(broken.utf8)) }
  }

  /// Editors' corrections travel with the ledger: an export holds the log (undone entries and
  /// undos too), valid against the schema, and an import restores it so that the corrections
  /// are in force there and a second export is the same bytes.
  @Test func reviewLogRoundTripsAndStaysInForce() throws {
    let folder = TestFolders.make("claimledger-review-xml")
    let ledger = try Ledger.open(path: folder.appendingPathComponent("a.sqlite").path)
    for (id, text) in [
      ("gazette", "The mill will close in June, owner Rita Vance said."),
      ("wire", "Union steward Paul Ode said the mill would close in June."),
    ] {
      let article = Article(source: "\(id).txt", format: .plainText, text: text)
      try ledger.ingest(article, statements: Extractor.statements(in: article), id: id)
    }
    let ode = try #require(try ledger.claims(article: "wire").first)
    #expect(ode.verdict?.status == .corroborated)
    let day = Date(timeIntervalSince1970: 0)
    let unlink = try ledger.unlink(statement: ode.id, editor: "Ana <Ortiz>", note: "a rumour & no more", at: day)
    try ledger.mark(claim: ode.id, as: .needsSource, editor: "Bo", at: day)
    try ledger.undo(entry: unlink.id, editor: "Bo", at: day)
    try ledger.unlink(statement: ode.id, editor: "Bo", at: day)

    let exported = LedgerXML.export(try ledger.snapshot(), generator: "test")
    #expect(try XMLSchema(Array(LedgerSchema.xsd.utf8)).validate(try MarkupDocument.xml(Array(exported.utf8))) == [])
    let restored = try Ledger.open(path: folder.appendingPathComponent("b.sqlite").path)
    try restored.restore(try LedgerXML.parse(Array(exported.utf8)))
    #expect(try restored.reviewLog() == (try ledger.reviewLog()))
    #expect(LedgerXML.export(try restored.snapshot(), generator: "test") == exported)
    // In force after the import: a new version of the article keeps the statement alone.
    let article = Article(
      source: "wire.txt", format: .plainText,
      text: "Union steward Paul Ode said the mill would close in June.\n\nMore later.")
    try restored.ingest(article, statements: Extractor.statements(in: article), id: "wire")
    #expect(try restored.claims(article: "wire").first?.verdict?.status == .singleSource)
  }
}
