import ArticleReading
import Corroboration
import Foundation
import LedgerStore
import SafeXML
import TextPrimitives

/// The corroboration report as one self-contained HTML page an editor reads in a browser: a
/// summary with the statements to act on first, each article's text with every statement
/// highlighted in place (colour and a text label), the sources, and the evidence of each
/// claim. Inline CSS, no scripts, no external requests; all text goes in as text nodes, so
/// nothing from an article can become markup.
public enum HTMLReport {
  public static func render(_ data: ReportData) -> String {
    let tally = data.tally
    return page("ClaimLedger report") { html in
      header(
        "ClaimLedger report", "\(tally.total) statements in \(data.articles.count) articles", generator: data.generator,
        fingerprint: data.ledgerFingerprint, into: html)
      summary(tally, links: .onePage, into: html)
      html.start("section", "id", "articles")
      html.element("h2", "Articles")
      for section in data.articles { articleText(section, claimLink: { Self.numbered("#g-", $0) }, into: html) }
      html.end()
      sources(data.sources, into: html)
      evidence(data.evidence, links: .onePage, into: html)
    }
  }

  /// Where a report's links point: within one page, or across the pages of a report folder.
  struct Links: Sendable {
    /// A statement's place in its article's text.
    var statement: @Sendable (StoredStatement) -> Href
    /// Every statement of a status.
    var status: (@Sendable (ClaimStatus) -> String)?

    static let onePage = Links(statement: { .own(numbered("#st-", $0.id)) }, status: nil)
  }

  /// A link's target: of the report's own making (a page and an anchor), or holding a name
  /// given from outside (the folder beside the main page, named after the file asked for).
  enum Href {
    case own(ShortText)
    case given(String)
  }

  /// Opens a link to `href`.
  static func startLink(_ href: Href, into html: HTMLStream) {
    switch href {
    case .own(let target): html.start("a", "href", target)
    case .given(let target): html.start("a", "href", target)
    }
  }

  /// `#g-17`, `st-42`, `Claim 17 `: the report's own words around a number.
  static func numbered(_ prefix: StaticString, _ number: Int64, _ suffix: StaticString = "") -> ShortText {
    var text = ShortText(prefix)
    text.append(number)
    text.append(suffix)
    return text
  }

  /// The page's header: its title and what it was made from.
  static func header(_ title: String, _ counted: String, generator: String, fingerprint: String, into html: HTMLStream)
  {
    html.start("header")
    html.element("h1", title)
    html.element("p", "class", "meta", "\(counted) · \(generator) · ledger \(fingerprint)")
    html.end()
  }

  /// A whole page as text: ``document(_:into:_:)`` in a stream of its own.
  static func page(_ title: String, _ body: (HTMLStream) -> Void) -> String {
    let html = HTMLStream()
    document(title, into: html, body)
    return html.string
  }

  /// A whole page written into `html`: the style sheet inline, no scripts, then what `body`
  /// writes in its `main`.
  static func document(_ title: String, into html: HTMLStream, _ body: (HTMLStream) -> Void) {
    html.start("html", "lang", "en")
    html.start("head")
    html.element("title", title)
    html.start("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
    html.element("style", style)
    html.end()
    html.start("body")
    html.start("main")
    body(html)
    html.end()
    html.end()
    html.end()
  }

  /// A claim status as a coloured label that says it in words.
  public static func badge(_ status: ClaimStatus?) -> MarkupContent {
    let status = status ?? .unattributed
    return .element(
      MarkupElement("span", [MarkupAttribute("class", badgeClass(status))], [.text(badgeWords(status))]))
  }

  /// ``badge(_:)`` written straight into a page: a report writes one for each of a million claims.
  static func badge(_ status: ClaimStatus?, into html: HTMLStream) {
    let status = status ?? .unattributed
    html.element("span", "class", badgeClass(status), badgeWords(status))
  }

  /// The statuses, most urgent first, and a status's place among them: the words a page shows
  /// for a status are found by it, not by hashing the status into a dictionary for each of a
  /// million badges, labels and marks (the report folder numbers its pages of claims so too).
  static let statuses = ClaimStatus.allCases.sorted()
  static func place(_ status: ClaimStatus) -> Int { statuses.firstIndex(of: status)! }
  private static let badgeClasses = statuses.map { "badge s-\($0.rawValue)" }
  private static let badgeWordList = statuses.map { $0.rawValue.uppercased() }
  private static func badgeClass(_ status: ClaimStatus) -> String { badgeClasses[place(status)] }
  private static func badgeWords(_ status: ClaimStatus) -> String { badgeWordList[place(status)] }
  /// `s-single-source`, a mark's class.
  private static let markClasses = statuses.map { "s-\($0.rawValue)" }
  private static func markClass(_ status: ClaimStatus) -> String { markClasses[place(status)] }

  /// At most 140 characters. Most contents have fewer bytes than that, which settles it without
  /// counting the characters of each of a million statements; of the rest most start with 141
  /// bytes of ASCII, where each byte is a character (but a carriage return before a line feed).
  private static func shortened(_ text: String) -> String {
    let asciiCut = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.count > 140, !bytes[..<141].contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      return String(decoding: bytes[..<139], as: UTF8.self) + "…"
    }
    if let cut = asciiCut ?? nil { return cut }
    guard text.utf8.count > 140, let cut = text.index(text.startIndex, offsetBy: 140, limitedBy: text.endIndex),
      cut < text.endIndex
    else { return text }
    return String(text[..<text.index(before: cut)]) + "…"
  }

  /// A statement's content as a line shows it: shortened, in quote marks when it is a quotation.
  static func quoted(_ s: StoredStatement, into html: HTMLStream) {
    if s.statement.direct { html.text("“") }
    html.text(shortened(s.statement.content))
    if s.statement.direct { html.text("”") }
  }

  /// Statements per status (each count linked to its claims when the report has pages for
  /// them), then the list to act on first, most urgent first.
  static func summary(_ tally: StatementTally, links: Links, into html: HTMLStream) {
    html.start("section", "id", "summary")
    html.element("h2", "Summary")
    html.start("table")
    html.start("tr")
    html.element("th", "scope", "col", "Status")
    html.element("th", "scope", "col", "Statements")
    html.end()
    for (status, count) in tally.counts {
      html.start("tr")
      html.start("td")
      badge(status, into: html)
      html.end()
      html.start("td", "class", "number")
      if let link = links.status, count > 0 {
        html.element("a", "href", link(status), String(count))
      } else {
        html.text(String(count))
      }
      html.end()
      html.end()
    }
    html.end()
    html.element("h3", "Act on these first")
    let listed = tally.listed
    if listed.isEmpty {
      html.element("p", "Every statement is corroborated.")
    } else {
      html.start("ol", "class", "urgent")
      for s in listed { statementItem(s, links: links, into: html) }
      html.end()
    }
    if tally.urgentTotal > listed.count {
      html.element(
        "p", "class", "meta",
        "… and \(tally.urgentTotal - listed.count) more: follow a status's count above for all of them.")
    }
    html.end()
  }

  /// One statement in a list: its status, who said it with the cue (`Westline Steel (denied):
  /// its supports were faulty` must not read as the company saying they were), its article.
  static func statementItem(_ s: StoredStatement, links: Links, into html: HTMLStream) {
    html.start("li")
    badge(s.verdict?.status, into: html)
    html.text(" ")
    startLink(links.statement(s), into: html)
    html.text("\(s.statement.speaker ?? "No identifiable source") (\(s.statement.cue)): ")
    quoted(s, into: html)
    html.end()
    html.text(" — \(s.articleID)")
    html.end()
  }

  /// The article's text, paragraph by paragraph, with each statement's content marked; each
  /// label links to its claim's evidence, where `claimLink` makes the link from the claim's
  /// group (the review app links to its claim pages).
  public static func articleText(
    _ section: ReportData.ArticleSection, claimLink: (Int64) -> ShortText, into html: HTMLStream
  ) {
    html.start("article", "id", "a-\(section.id)")
    html.element("h3", section.heading)
    html.element(
      "p", "class", "meta", "\(section.id), version \(section.version), \(section.statements.count) statements")
    var text = section.text
    text.withUTF8 { bytes in
      // The text is written as slices of its UTF-8, not as Strings of scalars: a report of
      // 100,000 articles writes 400 MB of them. Offsets count scalars; each mark's are turned
      // into byte offsets by one walk, as marks come in order.
      var (scalar, byte) = (0, 0)
      func byteOffset(_ target: Int) -> Int? {
        if target < scalar { (scalar, byte) = (0, 0) }
        // Eight bytes at a time, each counted a scalar but a continuation byte (`10xxxxxx`).
        if let base = bytes.baseAddress {
          let raw = UnsafeRawPointer(base)
          let highs: UInt64 = 0x8080_8080_8080_8080
          while scalar + 8 <= target, byte + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            scalar += 8 - (word & ~(word << 1) & highs).nonzeroBitCount
            byte += 8
          }
          // (A scalar cut by the word's end was counted at its first byte.)
          while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        }
        while scalar < target, byte < bytes.count {
          byte += 1
          while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
          scalar += 1
        }
        return scalar == target ? byte : nil
      }
      // Fragments to mark, without overlaps (a statement inside another's content is listed in
      // the evidence and summary, not marked twice), and inside the text.
      var marks: [(range: Range<Int>, statement: StoredStatement, last: Bool)] = []
      var covered = 0
      let fragments = section.statements.flatMap { s in
        s.statement.fragments.enumerated().map {
          (range: $1, statement: s, last: $0 == s.statement.fragments.count - 1)
        }
      }.sorted { $0.range.lowerBound < $1.range.lowerBound }
      for fragment in fragments where fragment.range.lowerBound >= covered {
        guard let from = byteOffset(fragment.range.lowerBound), let to = byteOffset(fragment.range.upperBound) else {
          continue
        }
        covered = fragment.range.upperBound
        marks.append((from..<to, fragment.statement, fragment.last))
      }
      // (The C library's search for the line break, and above the offsets counted a word at a
      // time: walked a byte at a time, the two took 117 M of a 2,000-article report's
      // instructions, now 37 M.)
      // (A line end that wraps a sentence stays inside its paragraph, shown as a space: the
      // paragraphs are the extractor's.)
      func paragraphEnd(from start: Int) -> Int {
        var at = start
        while true {
          let from = UnsafeRawPointer(bytes.baseAddress! + at)
          guard let found = memchr(from, Int32(UInt8(ascii: "\n")), bytes.count - at) else { return bytes.count }
          let end = at + (UnsafeRawPointer(found) - from)
          guard end > start, LineEnds.wrapsASentence(utf8: bytes, at: end) else { return end }
          at = end + 1
        }
      }
      func write(_ range: Range<Int>) { html.text(utf8: UnsafeBufferPointer(rebasing: bytes[range])) }
      var start = 0
      var markIndex = 0
      // (The few statements of one article, searched in arrays: hashing each id into a set
      // cost more.)
      var labelled: [Int64] = []
      var anchored: [Int64] = []
      while start < bytes.count {
        let end = paragraphEnd(from: start)
        if end > start {
          html.start("p")
          var cursor = start
          while markIndex < marks.count, marks[markIndex].range.lowerBound < end {
            let mark = marks[markIndex]
            let from = max(mark.range.lowerBound, cursor)
            let to = min(mark.range.upperBound, end)
            if from > cursor { write(cursor..<from) }
            let s = mark.statement
            let status = markClass(s.verdict?.status ?? .unattributed)
            if to > from {
              if !anchored.contains(s.id) {
                anchored.append(s.id)
                html.start("mark", "class", status, "id", numbered("st-", s.id))
              } else {
                html.start("mark", "class", status)
              }
              write(from..<to)
              html.end()
            }
            if mark.range.upperBound <= end {
              markIndex += 1
              if mark.last, !labelled.contains(s.id) {
                labelled.append(s.id)
                label(s, claimLink, into: html)
              }
            }
            cursor = to
            if mark.range.upperBound > end { break }
          }
          if cursor < end { write(cursor..<end) }
          html.end()
        }
        start = end + 1
      }
    }
    html.end()
  }

  private static func label(_ s: StoredStatement, _ claimLink: (Int64) -> ShortText, into html: HTMLStream) {
    html.start("span", "class", "label")
    html.text(labelStatus(s.verdict?.status ?? .unattributed))
    html.text(s.statement.speaker ?? "no identifiable source")
    if let outlet = s.statement.outlet {
      html.text(", via ")
      html.text(outlet)
    }
    if let review = s.review { html.text(" · \(review.mark.rawValue) by \(review.editor)") }
    if let group = s.group {
      html.text(" · ")
      html.element("a", "href", claimLink(group), "evidence")
    }
    html.end()
  }

  /// `[single-source] `, a label's first words.
  private static let labelStatuses = statuses.map { "[\($0.rawValue)] " }
  private static func labelStatus(_ status: ClaimStatus) -> String { labelStatuses[place(status)] }

  static func sources(_ sources: [SourceSummary], into html: HTMLStream) {
    html.start("section", "id", "sources")
    html.element("h2", "Sources")
    html.start("table")
    html.start("tr")
    for heading in ["Source", "Kind", "Also named", "Affiliation", "Statements", "Articles"] {
      html.element("th", "scope", "col", heading)
    }
    html.end()
    for source in sources {
      html.start("tr")
      for cell in [
        source.name, source.kind.rawValue, source.aliases.joined(separator: "; "), source.affiliation ?? "",
        String(source.statements), String(source.articles),
      ] {
        html.element("td", cell)
      }
      html.end()
    }
    html.end()
    html.end()
  }

  /// `Reviewed: checked by Ana Ortiz, 2026-12-02T15:30:00Z: note`, under a claim's verdict.
  public static func reviewNote(_ review: ClaimReview) -> MarkupElement {
    MarkupElement(
      "p", [MarkupAttribute("class", "review review-\(review.mark.rawValue)")],
      [.element(MarkupElement("strong", [], [.text("Reviewed: ")])), .text(review.description)])
  }

  /// Each claim's statements, origins and outlets, and why each statement is in it.
  static func evidence(_ evidence: [Int64: [StoredStatement]], links: Links, into html: HTMLStream) {
    html.start("section", "id", "evidence")
    html.element("h2", "Evidence")
    for (_, members) in evidence.sorted(by: { $0.key < $1.key }) {
      if let verdict = members.first?.verdict {
        claim(ReportedClaim(verdict: verdict, statements: members), links: links, into: html)
      }
    }
    html.end()
  }

  /// One claim's evidence: its verdict and why, its review, and each statement with the one it
  /// matched and the words that made the match, so that an editor checks a link in seconds.
  static func claim(_ claim: ReportedClaim, links: Links, into html: HTMLStream) {
    let (verdict, members) = (claim.verdict, claim.statements)
    // Why it has its status and the outlets that carried it, written as they are: joined into
    // one String first, the reason was copied into a new allocation for each of a million
    // claims (0.8 % of a 2,000-article report's instructions).
    func reason() {
      html.text(verdict.reason)
      guard verdict.hasOutlets else { return }
      html.text("; outlets: ")
      html.text(verdict.outlets.joined(separator: ", "))
    }
    // Piece by piece into the page, not through a line built first: a report of 100,000
    // articles writes a million of these.
    func said(_ s: StoredStatement) {
      startLink(links.statement(s), into: html)
      html.text(s.statement.speaker ?? "no identifiable source")
      html.text(" (")
      html.text(s.statement.speakerKind.rawValue)
      html.text(") ")
      html.text(s.statement.cue)
      html.text(", in ")
      html.text(s.articleID)
      if let outlet = s.statement.outlet {
        html.text(", via ")
        html.text(outlet)
      }
      html.end()
      html.text(": ")
      quoted(s, into: html)
    }
    // A claim of one statement no editor has marked, in one paragraph: most claims of a large
    // ledger are these, and a box each made the report's pages long to read and to write.
    if members.count == 1, let only = members.first, only.review == nil {
      html.start("p", "id", numbered("g-", verdict.id), "class", "group")
      html.start("strong")
      html.text(numbered("Claim ", verdict.id, " "))
      html.end()
      badge(verdict.status, into: html)
      html.text(" ")
      said(only)
      html.text(" — ")
      reason()
      html.end()
      return
    }
    html.start("div", "id", numbered("g-", verdict.id), "class", "group")
    html.start("h3")
    html.text(numbered("Claim ", verdict.id, " "))
    badge(verdict.status, into: html)
    html.end()
    html.start("p")
    reason()
    html.end()
    if let review = members.first?.review { html.write(reviewNote(review)) }
    html.start("ul")
    for s in members {
      html.start("li")
      said(s)
      if let matched = s.linkedTo, let why = s.linkEvidence {
        // `linked to Ana Ortiz in story-12: shared content 0.86: ...`, piece by piece (as one
        // interpolated String, 1.8 % of a 2,000-article report's instructions).
        html.start("div", "class", "why")
        html.text("linked to ")
        if let first = members.first(where: { $0.id == matched }) {
          html.text(first.statement.speaker ?? "no identifiable source")
          html.text(" in ")
          html.text(first.articleID)
        } else {
          html.text(numbered("statement ", matched))
        }
        html.text(": ")
        html.text(why)
        html.end()
      }
      html.end()
    }
    html.end()
    html.end()
  }

  /// The report's style sheet, shared by the review app's pages.
  public static let style = """
    .review { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9rem; margin: 0.25rem 0; }
    .review-checked { color: #1b5e20; } .review-disputed { color: #8b1a1a; } .review-needs-source { color: #7a4b00; }
    body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fdfdfb; margin: 0; }
    main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
    h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
    h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
    h2 { font-size: 1.35rem; border-bottom: 2px solid #ccc; padding-bottom: 0.2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.1rem; margin-top: 1.75rem; }
    .meta { color: #555; font-size: 0.9rem; margin-top: 0; }
    table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
    th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
    td.number { text-align: right; }
    .badge { font: bold 0.72rem/1 "Helvetica Neue", Arial, sans-serif; letter-spacing: 0.04em; padding: 0.2rem 0.4rem; border-radius: 3px; border: 1px solid; white-space: nowrap; }
    mark { padding: 0.05rem 0.1rem; border-bottom: 2px solid; color: inherit; }
    .label { font: 0.78rem/1.3 "Helvetica Neue", Arial, sans-serif; background: #eee; border-radius: 3px; padding: 0.1rem 0.35rem; margin-left: 0.3rem; color: #222; }
    .s-contested { background: #fbd5d5; border-color: #b91c1c; }
    .s-unattributed { background: #fde7c7; border-color: #c2410c; }
    .s-single-source { background: #fdf3b8; border-color: #a16207; }
    .s-corroborated { background: #d4efd9; border-color: #15803d; }
    ol.urgent li { margin-bottom: 0.4rem; }
    .group { border-left: 4px solid #ddd; padding-left: 0.9rem; }
    .why { color: #555; font-size: 0.9em; margin: 0.15rem 0 0.4rem; }
    a { color: #1d4ed8; }
    @media print { body { background: white; font-size: 11pt; } a { color: inherit; } .label { border: 1px solid #999; } }
    """
}

/// What a report's summary needs of its statements, tallied as they arrive in any order: how
/// many have each status, and the ones to act on first, most urgent first (contested,
/// unattributed, single-source, then by id) — all of them, or only the first `limit`, so that a
/// report of a million statements holds only the few it lists.
struct StatementTally {
  let limit: Int?
  private var perStatus: [ClaimStatus: Int] = [:]
  private var kept: [StoredStatement] = []
  private var last: (ClaimStatus, Int64)? = nil
  /// How many statements are not corroborated: the list's length before any limit.
  private(set) var urgentTotal = 0

  init(limit: Int? = nil) { self.limit = limit }

  mutating func add(_ s: StoredStatement) {
    let status = s.verdict?.status ?? .unattributed
    perStatus[status, default: 0] += 1
    guard status != .corroborated else { return }
    urgentTotal += 1
    // Once `limit` are kept, only one more urgent than the last of them can be listed.
    if let last, Self.key(s) >= last { return }
    kept.append(s)
    // Cut now and then, not at every statement: sorting twice the list costs little.
    if let limit, kept.count >= 2 * limit {
      kept = listed
      last = kept.last.map(Self.key)
    }
  }

  /// Statements per status, most urgent status first.
  var counts: [(ClaimStatus, Int)] { ClaimStatus.allCases.sorted().map { ($0, perStatus[$0] ?? 0) } }

  var total: Int { perStatus.values.reduce(0, +) }

  /// The statements to act on first, at most `limit`, most urgent first.
  var listed: [StoredStatement] {
    let sorted = kept.sorted { Self.key($0) < Self.key($1) }
    return limit.map { Array(sorted.prefix($0)) } ?? sorted
  }

  private static func key(_ s: StoredStatement) -> (ClaimStatus, Int64) { (s.verdict?.status ?? .unattributed, s.id) }
}
