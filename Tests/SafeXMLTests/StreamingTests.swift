import Foundation
import Testing

@testable import SafeXML

@Suite struct StreamingTests {
  let hostile = "Tom & Jerry <b>bold</b> \"quoted\" 'single' é\r\nnext"

  func document(records: Int) -> MarkupElement {
    MarkupElement(
      "catalog", [MarkupAttribute("generator", "test")],
      [
        .element(MarkupElement("head", [], [.text(hostile)])),
        .element(
          MarkupElement(
            "records", [],
            (0..<records).map { index in
              .element(
                MarkupElement(
                  "record", [MarkupAttribute("id", String(index)), MarkupAttribute("note", hostile)],
                  [
                    .element(MarkupElement("text", [], [.text("Record \(index): \(hostile)")])),
                    .element(MarkupElement("empty", [MarkupAttribute("start", "1")])),
                  ]))
            })),
      ])
  }

  /// Written in parts, with a sink that takes small chunks, the bytes are those of the whole
  /// document written at once.
  @Test func aStreamedDocumentIsTheSameBytesAsOneWrittenWhole() throws {
    let whole = document(records: 40)
    var bytes: [UInt8] = []
    var chunks = 0
    let writer = MarkupStreamWriter(namespace: "urn:example", chunkSize: 256) {
      bytes += $0
      chunks += 1
    }
    try writer.open(whole.name, whole.attributes)
    guard case .element(let head) = whole.children[0], case .element(let records) = whole.children[1] else {
      Issue.record("the test document changed")
      return
    }
    try writer.write(head)
    try writer.open("records")
    for case .element(let record) in records.children { try writer.write(record) }
    try writer.finish()
    #expect(String(decoding: bytes, as: UTF8.self) == MarkupWriter.xml(whole, namespace: "urn:example"))
    #expect(chunks > 10)
  }

  @Test func aReaderHandsOverEachRecordWholeAndValidates() throws {
    let xml = MarkupWriter.xml(document(records: 3))
    let reader = try MarkupStreamReader(bytes: Array(xml.utf8), recordDepth: 2)
    #expect(reader.rootName == "catalog")
    var ids: [String?] = []
    while let record = try reader.next() {
      let root = record.rootElement!
      #expect(record[root].name == "record")
      #expect(record[root].attribute("note") == hostile)
      #expect(record.textContent(record.elements(named: "text")[0]).hasSuffix(hostile))
      ids.append(record[root].attribute("id"))
    }
    #expect(ids == ["0", "1", "2"])
  }

  @Test func aDoctypeIsRefusedBeforeAnyEntityIsRead() throws {
    let bomb = """
      <?xml version="1.0"?>
      <!DOCTYPE catalog [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <catalog><records><record>&b;</record></records></catalog>
      """
    #expect {
      try MarkupStreamReader(bytes: Array(bomb.utf8), recordDepth: 2)
    } throws: { error in
      (error as? XMLParseError)?.description.contains("DOCTYPE") == true
    }
  }

  @Test func aTruncatedDocumentIsMalformedAndAWellFormedWrongOneInvalid() throws {
    let schema = try XMLSchema(
      Array(
        """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="catalog"><xs:complexType><xs:sequence>
            <xs:element name="record" maxOccurs="unbounded" type="xs:string"/>
          </xs:sequence><xs:attribute name="generator" use="required"/></xs:complexType></xs:element>
        </xs:schema>
        """.utf8))
    func firstFailure(_ xml: String) -> XMLParseError? {
      do {
        let reader = try MarkupStreamReader(bytes: Array(xml.utf8), recordDepth: 1, schema: schema)
        while try reader.next() != nil {}
        return nil
      } catch {
        return error
      }
    }
    #expect(firstFailure("<catalog generator=\"x\"><record>a</record><record>b</record></catalog>") == nil)
    let truncated = firstFailure("<catalog><record>a</record><record>b")
    #expect(truncated != nil && truncated?.isInvalid == false)
    let invalid = firstFailure("<catalog generator=\"x\"><record>a</record><other/></catalog>")
    #expect(invalid?.isInvalid == true)
  }
}
