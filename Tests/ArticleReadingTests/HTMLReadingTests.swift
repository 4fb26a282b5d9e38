import Foundation
import Testing

@testable import ArticleReading

@Suite struct HTMLReadingTests {
  /// A page in the shape of today's news sites: more furniture than article.
  static let heavyPage = """
    <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <title>Ferry strike called off after late-night talks - The Northern Post</title>
    <meta property="og:site_name" content="The Northern Post">
    <meta name="author" content="Sam Okafor and Lena Berg">
    <meta name="date" content="2025-06-02 21:15:00">
    <link rel="canonical" href="https://post.example/ferry-strike">
    <script>var ads = ["Buy now"];</script></head>
    <body>
    <div class="top-bar"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
    <div class="menu-wrapper"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></div>
    <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
    <div id="main-content"><div class="article-body">
    <h1>Ferry strike called off after late-night talks</h1>
    <div class="social-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
    <p>A strike that would have halted ferry services across the islands this weekend was called off early on Tuesday, after talks between the operator and the crew union ran past midnight.</p>
    <p>The union said its members had accepted a pay rise of 6 per cent, backdated to April, and a cap on consecutive shifts.</p>
    <div class="ad-slot advert">Advertisement</div>
    <p>“Nobody wanted the islands cut off in June,” said Moira Tait, the union’s regional secretary. “We got there in the end.”</p>
    <p>The operator’s chief executive, Jon Ellery, thanked passengers for their patience &amp; said timetables would run as normal.</p>
    <div class="related-articles"><h4>Related</h4><a href="/1">Ferry fares frozen for a year</a><a href="/2">Islanders protest over cancelled sailings</a></div>
    </div></div>
    <aside><h3>Trending</h3><a href="/t1">Heatwave warning</a></aside>
    <div class="comments-section"><h3>Join the conversation</h3><p>Comments are moderated. Be kind to each other and stay on topic, please.</p></div>
    <div class="newsletter"><p>Get the morning briefing, every weekday, straight to your inbox, for free.</p></div>
    <div id="cookie-consent"><p>This site uses cookies, including for analytics, personalisation and advertising.</p></div>
    <footer><p>© The Northern Post 2025</p></footer>
    </body></html>
    """

  @Test func heavyFurniturePageYieldsTheArticleAndNothingElse() {
    let article = ArticleReader.htmlArticle(Self.heavyPage, source: "ferry.html")
    #expect(
      article.text == """
        Ferry strike called off after late-night talks

        A strike that would have halted ferry services across the islands this weekend was called off early on Tuesday, after talks between the operator and the crew union ran past midnight.

        The union said its members had accepted a pay rise of 6 per cent, backdated to April, and a cap on consecutive shifts.

        “Nobody wanted the islands cut off in June,” said Moira Tait, the union’s regional secretary. “We got there in the end.”

        The operator’s chief executive, Jon Ellery, thanked passengers for their patience & said timetables would run as normal.
        """)
  }

  @Test func metadataComesFromMetaTagsAndTitle() {
    let metadata = ArticleReader.htmlArticle(Self.heavyPage, source: "ferry.html").metadata
    #expect(
      metadata
        == ArticleMetadata(
          title: "Ferry strike called off after late-night talks", outlet: "The Northern Post",
          authors: ["Sam Okafor", "Lena Berg"], published: "2025-06-02T21:15:00", modified: nil,
          url: "https://post.example/ferry-strike", language: "en-GB"))
  }

  @Test func exampleMetadataComesFromOpenGraphAndJSONLD() throws {
    let article = try ArticleReader.read(path: Fixtures.example("harbor-bridge-courier.html"))
    #expect(
      article.metadata
        == ArticleMetadata(
          title: "Harbor Bridge to reopen Friday, city says", outlet: "The Harbor Courier",
          authors: ["Dana Whitfield"], published: "2026-03-12T08:30:00+00:00",
          modified: "2026-03-12T11:05:00+00:00",
          url: "https://courier.example/news/harbor-bridge-reopens", language: "en"))
    for furniture in ["Share on", "Most popular", "cookies", "newsletter", "Related", "©", "Tags:", "Sport"] {
      #expect(!article.text.contains(furniture), "furniture kept: \(furniture)")
    }
  }

  @Test func captionsAreKeptButMarkedAsFurniture() throws {
    let article = try ArticleReader.read(path: Fixtures.example("harbor-bridge-courier.html"))
    let scalars = Array(article.text.unicodeScalars)
    let marked = article.furniture.map { String(String.UnicodeScalarView(scalars[$0])) }
    #expect(marked == ["The Harbor Bridge at dusk. (Courier photo)"])
  }

  @Test func windows1252DeclaredInMetaIsDecoded() throws {
    let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
    let body: [UInt8] =
      Array("The minister said it was ".utf8) + [0x93] + Array("na".utf8) + [0xEF, 0x76, 0x65, 0x94]
      + Array(" and would cost ".utf8) + [0x80] + Array("5m, a figure the opposition disputed at length.".utf8)
    let path = try Fixtures.temporaryFile("legacy.html", bytes: head + body + Array("</p></body></html>".utf8))
    let article = try ArticleReader.read(path: path)
    #expect(
      article.text == "The minister said it was “naïve” and would cost €5m, a figure the opposition disputed at length."
    )
  }

  @Test func pageNested100000DeepIsReadWithoutOverflowingTheStack() {
    let depth = 100_000
    let page =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>The deepest paragraph still counts as the article, the editor said, and it is kept.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let article = ArticleReader.htmlArticle(page, source: "deep.html")
    #expect(article.text == "The deepest paragraph still counts as the article, the editor said, and it is kept.")
  }
}
