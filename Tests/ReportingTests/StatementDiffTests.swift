import ArticleReading
import Attribution
import Foundation
import SafeXML
import Testing

@testable import Reporting

@Suite struct StatementDiffTests {
  func diff(_ old: String, _ new: String) -> [StatementChange] {
    func side(_ text: String) -> [DiffStatement] {
      Extractor.statements(in: Article(source: "t", format: .plainText, text: text)).map {
        DiffStatement(statement: $0)
      }
    }
    return StatementDiff.compare(old: side(old), new: side(new))
  }

  static let original = """
    "The repairs are finished and the bridge is safe," Mayor Elena Ruiz said on Thursday.

    Marcus Hale, the chief engineer, said load tests had gone well on Tuesday.

    The state Department of Transportation said it had approved the reopening.

    Westline Steel denied that its supports were faulty.
    """

  /// Punctuation alone is cosmetic: a comma turned into a dash, a full stop into a semicolon.
  @Test func punctuationOnlyEditsDiffEmpty() {
    let old = """
      The council said that ferry fares would fall in March, the steepest drop in a decade.

      "We listened to riders. Fares will come down," Mayor Elena Ruiz said.
      """
    let new = """
      The council said that ferry fares would fall in March — the steepest drop in a decade.

      "We listened to riders; fares will come down," Mayor Elena Ruiz said.
      """
    #expect(!diff(old, old.replacingOccurrences(of: "fall", with: "rise")).isEmpty)
    #expect(diff(old, new) == [])
  }

  @Test func cosmeticEditsDiffEmpty() {
    let cosmetic = """
      “The repairs are finished and the bridge is safe,” Mayor Elena Ruiz said on   Thursday.

      Marcus Hale, the chief engineer, said load tests had gone well
      on Tuesday.

      The state Department of Transportation said it had approved the reopening.

      Westline Steel denied that its supports were faulty.
      """
    #expect(diff(Self.original, cosmetic) == [])
  }

  @Test func movedParagraphsAreNoChange() {
    let moved = """
      Westline Steel denied that its supports were faulty.

      The state Department of Transportation said it had approved the reopening.

      "The repairs are finished and the bridge is safe," Mayor Elena Ruiz said on Thursday.

      Marcus Hale, the chief engineer, said load tests had gone well on Tuesday.
      """
    #expect(diff(Self.original, moved) == [])
  }

  @Test func alteredQuoteWeakenedSourceAndRemovalAreEachReportedOnceMostSeriousFirst() {
    let edited = """
      "The repairs are finished and the bridge is completely safe," Mayor Elena Ruiz said on Thursday.

      Marcus Hale, the chief engineer, said load tests had gone well on Tuesday.

      A senior state official said the department had approved the reopening.
      """
    let changes = diff(Self.original, edited)
    #expect(changes.map(\.kind) == [.reworded, .reattributed, .removed])
    #expect(changes[0].quoteAltered)
    #expect(
      changes[0].words == [
        .init(op: "=", text: "The repairs are finished and the bridge is"), .init(op: "+", text: "completely"),
        .init(op: "=", text: "safe,"),
      ])
    #expect(changes[1].attribution == "weakened")
    #expect(changes[1].new?.statement.speaker == "A senior state official")
    #expect(changes[2].old?.statement.speaker == "Westline Steel")
  }

  @Test func xmlDiffIsValidAgainstItsSchema() throws {
    let changes = diff(Self.original, "Mayor Elena Ruiz said the bridge would open on Monday.")
    let result = DiffResult(title: "a → b", articles: [("story", changes)])
    let xml = DiffDocument.xml(result)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let schema = try XMLSchema(try [UInt8](Data(contentsOf: root.appendingPathComponent("Schemas/diff.xsd"))))
    #expect(schema.validate(try MarkupDocument.xml(Array(xml.utf8))) == [])
    let html = MarkupDocument.html(Array(DiffDocument.html(result).utf8)).tree
    #expect(html.elements(named: "h1").count == 1)
    #expect(html.elements(named: "script").isEmpty)
  }
}
