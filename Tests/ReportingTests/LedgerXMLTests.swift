import Foundation
import LedgerStore
import SafeXML
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
}
