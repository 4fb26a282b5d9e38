import Foundation
import Testing

@testable import SafeXML

@Suite struct ParsingTests {
  @Test func htmlParsingRecoversFromBrokenMarkup() {
    let page = "<html><body><p>One <b>bold<p>Two &amp; three</body>"
    let tree = MarkupDocument.html(Array(page.utf8)).tree
    let paragraphs = tree.elements(named: "p").map { tree.textContent($0) }
    #expect(paragraphs == ["One bold", "Two & three"])
  }

  @Test func htmlParsingKeepsHTML5ElementsAndNonASCIIText() {
    let page = "<main><article><p>Café “quoted” — ok</p></article></main>"
    let tree = MarkupDocument.html(Array(page.utf8)).tree
    #expect(tree.elements(named: "article").count == 1)
    #expect(tree.textContent(tree.elements(named: "p")[0]) == "Café “quoted” — ok")
  }

  @Test func xmlParsingRejectsMalformedDocumentsWithALine() throws {
    let error = #expect(throws: XMLParseError.self) {
      try MarkupDocument.xml(Array("<a>\n<b></a>".utf8))
    }
    #expect(error?.diagnostics.first?.line == 2)
    #expect(error?.description.hasPrefix("malformed XML (line 2:") == true)
  }

  @Test func emptyXMLIsAnError() {
    #expect(throws: XMLParseError.self) { try MarkupDocument.xml([]) }
  }

  @Test func externalEntityPointingAtALocalFileIsNeverLoaded() throws {
    let secret = FileManager.default.temporaryDirectory
      .appendingPathComponent("claimledger-secret-\(getpid()).txt")
    try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: secret) }
    let hostile = """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY x SYSTEM "file://\(secret.path)">]>
      <r>&x;</r>
      """
    #expect(throws: XMLParseError.self) { try MarkupDocument.xml(Array(hostile.utf8)) }
    // Even where a DOCTYPE is allowed, the entity stays unexpanded and the file unread.
    let document = try MarkupDocument.xml(Array(hostile.utf8), allowDoctype: true)
    let tree = document.tree
    #expect(!tree.nodes.contains { $0.text.contains("TOP-SECRET") })
  }

  @Test func billionLaughsIsRefusedOrLeftUnexpanded() throws {
    var declarations = "<!ENTITY lol0 \"lol\">"
    for level in 1...9 {
      let ten = String(repeating: "&lol\(level - 1);", count: 10)
      declarations += "<!ENTITY lol\(level) \"\(ten)\">"
    }
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(declarations)]><lolz>&lol9;</lolz>"
    #expect(throws: XMLParseError.self) { try MarkupDocument.xml(Array(bomb.utf8)) }
    if let document = try? MarkupDocument.xml(Array(bomb.utf8), allowDoctype: true) {
      let text = document.tree.nodes.map(\.text).joined()
      #expect(text.utf8.count < 1000)
    }
  }

  @Test func deeplyNestedHTMLParsesWalksAndFreesWithoutRecursion() {
    let depth = 100_000
    let page = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
    let tree = MarkupDocument.html(Array(page.utf8)).tree
    #expect(tree.nodes.contains { $0.kind == .text && $0.text == "deep" })
    #expect(tree.textContent(tree.rootElement!) == "deep")
  }

  @Test func deeplyNestedXMLIsRefusedOrParsedWithoutCrashing() {
    let depth = 100_000
    let document = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
    // libxml2 caps nesting at 256 levels without XML_PARSE_HUGE: a clean error either way.
    #expect(throws: XMLParseError.self) { try MarkupDocument.xml(Array(document.utf8)) }
  }
}
