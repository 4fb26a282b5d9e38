import Testing

@testable import SafeXML

@Suite struct WritingTests {
  let hostile = "Tom & Jerry <script>alert(1)</script> \"quoted\" é"

  @Test func xmlEscapesTextAndAttributesAndRoundTrips() throws {
    let root = MarkupElement(
      "report", [MarkupAttribute("note", hostile)], [.text(hostile), .comment("a -- b")])
    let xml = MarkupWriter.xml(root)
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report"))
    #expect(!xml.contains("<script>"))
    #expect(xml.contains("Tom &amp; Jerry &lt;script&gt;"))
    #expect(xml.contains("é"))
    let tree = try MarkupDocument.xml(Array(xml.utf8)).tree
    let report = tree.rootElement!
    #expect(tree[report].attribute("note") == hostile)
    #expect(tree.textContent(report) == hostile)
    #expect(tree.elements(named: "script").isEmpty)
  }

  @Test func xmlCarriesADefaultNamespaceOnEveryElement() throws {
    let root = MarkupElement("a", [], [.element(MarkupElement("b"))])
    let xml = MarkupWriter.xml(root, namespace: "urn:example")
    #expect(xml.contains("<a xmlns=\"urn:example\">"))
    let document = try MarkupDocument.xml(Array(xml.utf8))
    #expect(try document.evaluate("count(//e:b)", namespaces: ["e": "urn:example"]) == .number(1))
  }

  @Test func html5OutputHasDoctypeRawUTF8AndEscaping() throws {
    let root = MarkupElement(
      "html", [],
      [
        .element(MarkupElement("head", [], [.element(MarkupElement("title", [], [.text("Café")]))])),
        .element(
          MarkupElement(
            "body", [],
            [
              .element(MarkupElement("p", [MarkupAttribute("title", hostile)], [.text(hostile)])),
              .element(MarkupElement("br")),
            ])),
      ])
    let html = MarkupWriter.html(root)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html>"))
    #expect(html.contains("<title>Café</title>"))
    #expect(html.contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; \"quoted\" é"))
    #expect(html.contains("title=\"Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; é\""))
    #expect(html.contains("<head>\n<meta charset=\"utf-8\">\n<title>"))
    #expect(!html.contains("</br>"))
    let tree = MarkupDocument.html(Array(html.utf8)).tree
    #expect(tree.elements(named: "script").isEmpty)
    let paragraph = tree.elements(named: "p")[0]
    #expect(tree.textContent(paragraph) == hostile)
    #expect(tree[paragraph].attribute("title") == hostile)
  }

  /// A link of the page's own making, written from literals and numbers, is the same bytes as
  /// the String it stands for; hostile text beside it is still escaped.
  @Test func aShortTextIsWrittenAsTheStringItStandsFor() throws {
    var link = ShortText("articles-")
    link.append(0)
    link.append(".html#st-")
    link.append(Int64.max)
    link.append(word: "single-source")
    link.append(-42)
    #expect(link.string == "articles-0.html#st-\(Int64.max)single-source-42")

    func page(_ body: (HTMLStream) -> Void) -> String {
      let html = HTMLStream()
      html.start("p")
      body(html)
      html.end()
      return html.string
    }
    let own = page { html in
      html.start("mark", "class", hostile, "id", link)
      html.text(ShortText("Claim 7"))
      html.end()
      html.element("a", "href", link, hostile)
    }
    let given = page { html in
      html.start("mark", "class", hostile, "id", link.string)
      html.text("Claim 7")
      html.end()
      html.element("a", "href", link.string, hostile)
    }
    #expect(own == given)
    let tree = MarkupDocument.html(Array(own.utf8)).tree
    #expect(tree.elements(named: "script").isEmpty)
    #expect(tree[tree.elements(named: "a")[0]].attribute("href") == link.string)
  }
}
