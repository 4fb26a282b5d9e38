import Testing

@testable import SafeXML

@Suite struct ValidationTests {
  let xsd = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:element name="list">
        <xs:complexType><xs:sequence>
          <xs:element name="item" type="xs:positiveInteger" maxOccurs="unbounded"/>
        </xs:sequence></xs:complexType>
      </xs:element>
    </xs:schema>
    """

  @Test func validDocumentHasNoFindings() throws {
    let schema = try XMLSchema(Array(xsd.utf8))
    let document = try MarkupDocument.xml(Array("<list><item>1</item><item>2</item></list>".utf8))
    #expect(schema.validate(document).isEmpty)
  }

  @Test func everyFindingIsReturnedWithItsLine() throws {
    let schema = try XMLSchema(Array(xsd.utf8))
    let document = try MarkupDocument.xml(
      Array("<list>\n<item>x</item>\n<item>2</item>\n<other/>\n</list>".utf8))
    let findings = schema.validate(document)
    #expect(findings.map(\.line) == [2, 4])
    #expect(findings[0].message.contains("'x' is not a valid value"))
    #expect(findings[1].message.contains("other"))
  }

  @Test func brokenSchemaIsAnError() {
    #expect(throws: XMLSchemaError.self) { try XMLSchema(Array("<xs:schema".utf8)) }
  }

  @Test func xpathReturnsSwiftValues() throws {
    let document = try MarkupDocument.xml(
      Array("<list><item id=\"a\">1</item><item id=\"b\">2</item></list>".utf8))
    #expect(try document.evaluate("sum(//item)") == .number(3))
    #expect(try document.evaluate("string(//item[2]/@id)") == .string("b"))
    #expect(try document.evaluate("count(//item) = 2") == .boolean(true))
    guard case .nodes(let nodes) = try document.evaluate("//item/@id") else {
      Issue.record("expected nodes")
      return
    }
    #expect(nodes.map(\.value) == ["a", "b"])
  }

  @Test func invalidXPathIsAnErrorWithAMessage() throws {
    let document = try MarkupDocument.xml(Array("<a/>".utf8))
    let error = #expect(throws: XPathError.self) { try document.evaluate("//a[") }
    #expect(error?.message.isEmpty == false)
  }
}
