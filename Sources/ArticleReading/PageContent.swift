import SafeXML
import TextPrimitives

/// Finds the article body in a page and renders it as paragraphs of plain text.
///
/// The method follows Readability's: drop what is certainly furniture (navigation, forms,
/// scripts, hidden parts, elements whose class or id says "share", "related", "comments" ...),
/// score paragraph-bearing elements by their text and commas, credit their ancestors, pick the
/// best-scored container (discounted by how much of its text is links), add siblings that look
/// like more of the same article, and render that as blank-line-separated paragraphs. Every pass
/// is a loop over the flat node array: parents come before children, so top-down facts flow
/// forwards and bottom-up sums flow backwards, with no recursion.
struct PageContent {
  let tree: NodeTree
  /// The node or one of its ancestors is furniture.
  private(set) var excluded: [Bool]
  /// Characters of visible text in the node's subtree.
  private(set) var textLength: [Int]
  /// Characters of that text inside links.
  private(set) var linkLength: [Int]
  private(set) var commas: [Int]

  init(tree: NodeTree) {
    self.tree = tree
    let count = tree.nodes.count
    excluded = Array(repeating: false, count: count)
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    commas = Array(repeating: 0, count: count)
    for i in 0..<count {
      let node = tree.nodes[i]
      if let parent = node.parent, excluded[parent] {
        excluded[i] = true
      } else if node.kind == .comment {
        excluded[i] = true
      } else if node.kind == .element {
        excluded[i] = Self.isFurniture(node)
      }
    }
    for i in stride(from: count - 1, through: 0, by: -1) where !excluded[i] {
      let node = tree.nodes[i]
      if node.kind == .text {
        textLength[i] = Self.visibleLength(node.text)
        commas[i] = node.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
      }
      if node.kind == .element, node.name == "a" { linkLength[i] = textLength[i] }
      if let parent = node.parent {
        textLength[parent] += textLength[i]
        linkLength[parent] += linkLength[i]
        commas[parent] += commas[i]
      }
    }
  }

  func linkDensity(_ i: Int) -> Double {
    textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
  }

  /// One paragraph of the rendered body.
  struct Paragraph: Equatable {
    var text: String
    /// From a `<figcaption>`: shown, but never a source of statements.
    var isCaption: Bool
  }

  /// The article body as paragraphs, or an empty array when the page has no readable text.
  func paragraphs() -> [Paragraph] {
    guard let body = tree.elements(named: "body").first ?? tree.rootElement else { return [] }
    let scores = candidateScores()
    guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
    else { return render([body]) }
    return render(contentNodes(around: best.key, scores: scores))
  }

  // MARK: Scoring

  private static let scoredTags: Set<String> = ["p", "pre", "td", "blockquote"]

  /// Readability's content score for every element that holds paragraphs.
  private func candidateScores() -> [Int: Double] {
    var scores: [Int: Double] = [:]
    func initialize(_ i: Int) {
      guard scores[i] == nil else { return }
      scores[i] = Self.tagWeight(tree.nodes[i].name) + Self.classWeight(tree.nodes[i])
    }
    for i in tree.nodes.indices where !excluded[i] && tree.nodes[i].kind == .element {
      let node = tree.nodes[i]
      let holdsText: Bool
      if Self.scoredTags.contains(node.name) {
        holdsText = true
      } else if node.name == "div" || node.name == "section" || node.name == "article" {
        // A div that holds text directly, not inside paragraphs, is a paragraph too.
        let direct = node.children.reduce(0) { $0 + (tree.nodes[$1].kind == .text ? textLength[$1] : 0) }
        holdsText = direct >= 25
      } else {
        holdsText = false
      }
      guard holdsText, textLength[i] >= 25 else { continue }
      let own = 1 + Double(commas[i]) + min(Double(textLength[i]) / 100, 3)
      var ancestor = node.parent
      var level = 0
      while let a = ancestor, level < 5 {
        if tree.nodes[a].name == "html" { break }
        initialize(a)
        let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        scores[a, default: 0] += own / divider
        ancestor = tree.nodes[a].parent
        level += 1
      }
    }
    for (i, score) in scores { scores[i] = score * (1 - linkDensity(i)) }
    return scores
  }

  private static func tagWeight(_ name: String) -> Double {
    switch name {
    case "div", "article", "main": 5
    case "pre", "td", "blockquote": 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
    default: 0
    }
  }

  private static let positiveHints = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
  ]
  private static let negativeHints = [
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
  ]

  private static func classWeight(_ node: NodeTree.Node) -> Double {
    var weight = 0.0
    for value in [node.attribute("class"), node.attribute("id")].compactMap({ $0?.lowercased() }) {
      if negativeHints.contains(where: value.contains) { weight -= 25 }
      if positiveHints.contains(where: value.contains) { weight += 25 }
    }
    return weight
  }

  // MARK: Choosing the content

  /// The best candidate and those of its siblings that continue the article.
  private func contentNodes(around best: Int, scores: [Int: Double]) -> [Int] {
    let bestScore = scores[best] ?? 0
    guard let parent = tree.nodes[best].parent else { return [best] }
    let threshold = max(10, bestScore * 0.2)
    let bestClass = tree.nodes[best].attribute("class")
    return tree.nodes[parent].children.filter { sibling in
      if sibling == best { return true }
      guard !excluded[sibling], tree.nodes[sibling].kind == .element else { return false }
      var bonus = 0.0
      if let bestClass, !bestClass.isEmpty, tree.nodes[sibling].attribute("class") == bestClass {
        bonus = bestScore * 0.2
      }
      if (scores[sibling] ?? 0) + bonus >= threshold { return true }
      guard tree.nodes[sibling].name == "p" else { return false }
      let length = textLength[sibling]
      let density = linkDensity(sibling)
      if length > 80 { return density < 0.25 }
      return length > 0 && density == 0 && tree.textContent(sibling).contains(". ")
    }
  }

  // MARK: Rendering

  private static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt",
    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption",
    "header", "address", "hr", "br", "center", "tbody", "thead",
  ]

  /// Renders the nodes as paragraphs: block elements break paragraphs, inline text flows, white
  /// space collapses; paragraphs that are mostly links or known furniture phrases are dropped.
  private func render(_ roots: [Int]) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var current = ""
    var linkChars = 0
    var captionDepth = 0
    func flush() {
      let text = current.trimmingSpaces()
      let length = text.count
      if !text.isEmpty, !(length < 200 && Double(linkChars) / Double(length) > 0.5),
        !Boilerplate.isFurniture(text)
      {
        paragraphs.append(Paragraph(text: text, isCaption: captionDepth > 0))
      }
      current = ""
      linkChars = 0
    }
    // (node, leaving): a block element is visited twice, entering and leaving.
    var stack: [(Int, Bool)] = roots.reversed().map { ($0, false) }
    var linkDepth: [Int] = []
    while let (i, leaving) = stack.popLast() {
      let node = tree.nodes[i]
      if leaving {
        if node.name == "a" { linkDepth.removeLast() }
        if Self.blockTags.contains(node.name) { flush() }
        if node.name == "figcaption" { captionDepth -= 1 }
        continue
      }
      if excluded[i] { continue }
      switch node.kind {
      case .text:
        let collapsed = node.text.collapsingWhitespace()
        if collapsed.isEmpty { continue }
        if collapsed == " " {
          if !current.isEmpty, current.last != " " { current.append(" ") }
          continue
        }
        if current.last == " " || current.isEmpty, collapsed.first == " " {
          current += collapsed.dropFirst()
        } else {
          current += collapsed
        }
        if !linkDepth.isEmpty { linkChars += collapsed.count }
      case .entityReference:
        current += "&\(node.name);"
      case .element:
        if Self.blockTags.contains(node.name) { flush() }
        if node.name == "a" { linkDepth.append(i) }
        if node.name == "figcaption" { captionDepth += 1 }
        stack.append((i, true))
        stack.append(contentsOf: node.children.reversed().map { ($0, false) })
      case .comment:
        continue
      }
    }
    flush()
    return paragraphs
  }

  // MARK: Furniture

  private static let furnitureTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "menu", "dialog",
    "head", "link", "meta", "title", "label", "map",
  ]

  private static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "search", "menu", "menubar",
    "alert", "alertdialog",
  ]

  /// Class and id fragments that mark page furniture (Readability's unlikely candidates, plus
  /// the share widgets, newsletter boxes and recommendation rails of today's news sites).
  private static let unlikelyHints = [
    "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment",
    "community", "consent", "cookie", "disqus", "extra", "footer", "gdpr", "header", "legends",
    "menu", "masthead", "modal", "most-popular", "mostpopular", "newsletter", "outbrain", "pager",
    "pagination", "popup", "promo", "recirc", "related", "remark", "replies", "rss", "share",
    "sharing", "shoutbox", "sidebar", "signup", "skyscraper", "social", "sponsor", "subscribe",
    "supplemental", "taboola", "toolbar", "trending", "widget", "nav",
  ]
  private static let maybeHints = ["and", "article", "body", "column", "content", "main", "shadow", "story"]

  private static func isFurniture(_ node: NodeTree.Node) -> Bool {
    if furnitureTags.contains(node.name) { return true }
    if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
    if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    if let role = node.attribute("role"), furnitureRoles.contains(role.lowercased()) { return true }
    if ["html", "body", "article", "main", "p", "a"].contains(node.name) { return false }
    let hints = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }
      .joined(separator: " ")
    guard !hints.isEmpty else { return false }
    return unlikelyHints.contains(where: hints.contains) && !maybeHints.contains(where: hints.contains)
  }

  private static func visibleLength(_ text: String) -> Int {
    var length = 0
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let space = ScalarClass.isSpace(scalar)
      if !space || !lastWasSpace { length += 1 }
      lastWasSpace = space
    }
    return length
  }
}

extension String {
  /// Runs of white space (including no-break spaces) become one space.
  func collapsingWhitespace() -> String {
    var result = ""
    var lastWasSpace = false
    for scalar in unicodeScalars {
      if ScalarClass.isSpace(scalar) {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    return result
  }

  func trimmingSpaces() -> String {
    let view = unicodeScalars
    var start = view.startIndex
    var end = view.endIndex
    while start < end, ScalarClass.isSpace(view[start]) { start = view.index(after: start) }
    while end > start {
      let before = view.index(before: end)
      guard ScalarClass.isSpace(view[before]) else { break }
      end = before
    }
    if start == view.startIndex, end == view.endIndex { return self }
    return String(Substring(view[start..<end]))
  }

}
