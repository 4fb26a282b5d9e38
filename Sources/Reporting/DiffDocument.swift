import Attribution
import SafeXML

/// A diff between two sides (versions, files or whole ledger exports), ready to write.
public struct DiffResult: Sendable {
  /// What was compared, in words (`story@1 → story@2`).
  public var title: String
  /// Per article compared: its label and its changes.
  public var articles: [(label: String, changes: [StatementChange])]
  /// Ledger mode: articles and versions present on one side only.
  public var addedArticles: [String] = []
  public var removedArticles: [String] = []
  public var addedVersions: [String] = []
  public var removedVersions: [String] = []

  /// The title and labels come from file names and command-line ids, so they pass the same
  /// mapping as all text that enters (``XMLCharacters/mapped(_:)``).
  public init(title: String, articles: [(label: String, changes: [StatementChange])]) {
    self.title = XMLCharacters.mapped(title)
    self.articles = articles.map { (XMLCharacters.mapped($0.label), $0.changes) }
  }

  public var isEmpty: Bool {
    articles.allSatisfy { $0.changes.isEmpty } && addedArticles.isEmpty && removedArticles.isEmpty
      && addedVersions.isEmpty && removedVersions.isEmpty
  }

  public var changes: [StatementChange] { articles.flatMap(\.changes) }

  /// `3 changes: 1 quote altered, 1 removed, 1 added` or `no changes`.
  public var summary: String {
    var parts: [String] = []
    let all = changes
    let altered = all.filter { $0.kind == .reworded && $0.quoteAltered }.count
    if altered > 0 { parts.append("\(altered) quote\(altered == 1 ? "" : "s") altered") }
    let weakened = all.filter { $0.kind == .reattributed && $0.attribution == "weakened" }.count
    if weakened > 0 { parts.append("\(weakened) attribution\(weakened == 1 ? "" : "s") weakened") }
    for kind in StatementChange.Kind.allCases {
      var count = all.filter { $0.kind == kind }.count
      if kind == .reworded { count -= altered }
      if kind == .reattributed { count -= weakened }
      if count > 0 { parts.append("\(count) \(kind == .reworded ? "reworded" : kind.rawValue)") }
    }
    if !addedArticles.isEmpty { parts.append("\(addedArticles.count) articles added") }
    if !removedArticles.isEmpty { parts.append("\(removedArticles.count) articles removed") }
    if !addedVersions.isEmpty { parts.append("\(addedVersions.count) versions added") }
    if !removedVersions.isEmpty { parts.append("\(removedVersions.count) versions removed") }
    return parts.isEmpty ? "no changes" : "\(all.count) statement changes: " + parts.joined(separator: ", ")
  }
}

/// A diff as XML (`Schemas/diff.xsd`) or HTML, built through SafeXML.
public enum DiffDocument {
  public static let namespace = "urn:claimledger:diff:1"

  public static func xml(_ diff: DiffResult) -> String {
    var children: [MarkupContent] = [.element(MarkupElement("summary", [], [.text(diff.summary)]))]
    for (name, items) in [
      ("added-article", diff.addedArticles), ("removed-article", diff.removedArticles),
      ("added-version", diff.addedVersions), ("removed-version", diff.removedVersions),
    ] {
      children += items.map { .element(MarkupElement(name, [MarkupAttribute("id", $0)])) }
    }
    for (label, changes) in diff.articles {
      children.append(
        .element(MarkupElement("article", [MarkupAttribute("id", label)], changes.map { .element(change($0)) })))
    }
    return MarkupWriter.xml(
      MarkupElement("diff", [MarkupAttribute("title", diff.title)], children), namespace: namespace)
  }

  private static func change(_ change: StatementChange) -> MarkupElement {
    var children: [MarkupContent] = []
    for (name, side) in [("old", change.old), ("new", change.new)] {
      guard let side else { continue }
      let s = side.statement
      children.append(
        .element(
          MarkupElement(
            name,
            attributes: [
              "speaker": s.speaker, "kind": s.speakerKind.rawValue, "cue": s.cue, "outlet": s.outlet,
              "direct": s.direct ? "true" : "false", "status": side.status?.rawValue,
              "start": String(s.contentRange.lowerBound), "end": String(s.contentRange.upperBound),
            ], [.text(s.content)])))
    }
    children += change.words.map { edit in
      .element(MarkupElement("word", [MarkupAttribute("op", edit.op)], [.text(edit.text)]))
    }
    return MarkupElement(
      "change",
      attributes: [
        "kind": change.kind.rawValue,
        "quote-altered": change.kind == .reworded ? (change.quoteAltered ? "true" : "false") : nil,
        "attribution": change.attribution,
      ], children)
  }

  public static func html(_ diff: DiffResult) -> String {
    let body: [MarkupContent] =
      [.element(MarkupElement("h1", [], [.text("ClaimLedger diff: \(diff.title)")]))] + htmlBody(diff)
    let root = MarkupElement(
      "html", [MarkupAttribute("lang", "en")],
      [
        .element(
          MarkupElement(
            "head", [],
            [
              .element(MarkupElement("title", [], [.text("ClaimLedger diff")])),
              .element(
                MarkupElement(
                  "style", [],
                  [
                    .text(
                      "body { font: 17px/1.5 Georgia, serif; max-width: 50rem; margin: 0 auto; padding: 1.5rem; color: #1a1a1a; }\n"
                        + htmlStyle)
                  ])),
            ])), .element(MarkupElement("body", [], body)),
      ])
    return MarkupWriter.html(root)
  }

  /// The rules the diff's HTML needs, for a page that shows a diff among other things.
  public static let htmlStyle = """
    h1, h2 { font-family: Arial, sans-serif; } .kind { font: bold 0.75rem Arial, sans-serif; text-transform: uppercase; }
    del { background: #fbd5d5; } ins { background: #d4efd9; text-decoration: none; border-bottom: 2px solid #15803d; }
    li { margin-bottom: 0.8rem; } .who { color: #444; }
    """

  /// The diff as HTML content: the summary, what was added or removed, and each article's
  /// changes, most serious first.
  public static func htmlBody(_ diff: DiffResult) -> [MarkupContent] {
    var body: [MarkupContent] = [
      .element(MarkupElement("p", [MarkupAttribute("class", "summary")], [.text(diff.summary)]))
    ]
    for (label, items) in [
      ("Articles added", diff.addedArticles), ("Articles removed", diff.removedArticles),
      ("Versions added", diff.addedVersions), ("Versions removed", diff.removedVersions),
    ] where !items.isEmpty {
      body.append(.element(MarkupElement("h2", [], [.text(label)])))
      body.append(.element(MarkupElement("ul", [], items.map { .element(MarkupElement("li", [], [.text($0)])) })))
    }
    for (label, changes) in diff.articles where !changes.isEmpty {
      body.append(.element(MarkupElement("h2", [], [.text(label)])))
      body.append(.element(MarkupElement("ol", [], changes.map { .element(item($0)) })))
    }
    return body
  }

  private static func item(_ change: StatementChange) -> MarkupElement {
    var label = change.kind.rawValue
    if change.quoteAltered { label = "quote altered" }
    if let attribution = change.attribution { label += " (\(attribution))" }
    var children: [MarkupContent] = [
      .element(MarkupElement("span", [MarkupAttribute("class", "kind")], [.text(label)])), .text(" "),
    ]
    let side = (change.new ?? change.old)!.statement
    var who = side.speaker ?? "no identifiable source"
    if change.kind == .reattributed, let old = change.old?.statement {
      who = "\(old.speaker ?? "no identifiable source") → \(who)"
    }
    if change.kind == .outletChanged {
      who += ", via \(change.old?.statement.outlet ?? "no outlet") → \(change.new?.statement.outlet ?? "no outlet")"
    }
    children.append(.element(MarkupElement("span", [MarkupAttribute("class", "who")], [.text(who + ": ")])))
    if change.words.isEmpty {
      children.append(.text(side.content))
    } else {
      for edit in change.words {
        switch edit.op {
        case "-": children.append(.element(MarkupElement("del", [], [.text(edit.text)])))
        case "+": children.append(.element(MarkupElement("ins", [], [.text(edit.text)])))
        default: children.append(.text(edit.text))
        }
        children.append(.text(" "))
      }
    }
    return MarkupElement("li", [], children)
  }
}
