import Corroboration
import LedgerStore
import Reporting
import SafeXML

/// Small builders for the review pages: every piece of text goes in as a text node through
/// SafeXML, so nothing from an article, a name or a note can become markup.
enum HTML {
  static func element(_ name: String, _ attributes: [(String, String)] = [], _ children: [MarkupContent] = [])
    -> MarkupContent
  {
    .element(MarkupElement(name, attributes.map { MarkupAttribute($0.0, $0.1) }, children))
  }

  static func text(_ value: String) -> MarkupContent { .text(value) }

  static func tag(_ name: String, _ value: String, _ attributes: [(String, String)] = []) -> MarkupContent {
    element(name, attributes, [.text(value)])
  }

  static func link(_ href: String, _ value: String) -> MarkupContent { tag("a", value, [("href", href)]) }

  static func claimHref(_ group: Int64) -> String { claimTarget(group).string }
  /// ``claimHref(_:)`` as a report's article text writes it.
  static func claimTarget(_ group: Int64) -> ShortText {
    var target = ShortText("/claims/")
    target.append(group)
    return target
  }
  static func articleHref(_ id: String) -> String { "/articles/" + FormFields.escape(id) }
  static func sourceHref(_ name: String) -> String { "/sources/" + FormFields.escape(name) }

  /// `Speaker (cue): “content”`, shortened for lists.
  static func line(_ stored: StoredStatement) -> String {
    let s = stored.statement
    let content = s.content.count > 160 ? String(s.content.prefix(159)) + "…" : s.content
    return "\(s.speaker ?? "No identifiable source") (\(s.cue)): " + (s.direct ? "“\(content)”" : content)
  }

  /// One statement in a list: its status, its words linked to its claim, its article.
  static func statementItem(_ stored: StoredStatement) -> MarkupContent {
    var children: [MarkupContent] = [HTMLReport.badge(stored.verdict?.status), text(" ")]
    children.append(stored.group.map { link(claimHref($0), line(stored)) } ?? text(line(stored)))
    children += [text(" — "), link(articleHref(stored.articleID), stored.articleID)]
    if let review = stored.review {
      children.append(
        tag(
          "span", " · \(review.mark.rawValue) by \(review.editor)", [("class", "review review-\(review.mark.rawValue)")]
        ))
    }
    return element("li", [], children)
  }

  /// A page: the site's header and navigation, then `body`, then what `more` writes (an
  /// article's text, written straight into the page as the report writes it).
  static func page(_ title: String, _ body: [MarkupContent], then more: (HTMLStream) -> Void = { _ in }) -> String {
    let html = HTMLStream()
    html.start("html", "lang", "en")
    html.start("head")
    html.element("title", "\(title) — ClaimLedger review")
    html.start("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
    html.element("style", HTMLReport.style + style)
    html.end()
    html.start("body")
    html.start("main")
    html.write(
      element(
        "header", [],
        [
          element(
            "nav", [("aria-label", "Site")],
            [
              tag("strong", "ClaimLedger review"), text(" "), link("/", "Overview"), text(" "),
              link("/claims", "Claims"), text(" "), link("/sources", "Sources"),
            ])
        ]))
    html.element("h1", title)
    for content in body { html.write(content) }
    more(html)
    html.end()
    html.end()
    html.end()
    return html.string
  }

  /// A form that posts to this server, with the run's CSRF token and the editor's name.
  static func form(_ action: String, token: String, _ fields: [MarkupContent], button: String) -> MarkupContent {
    element(
      "form", [("method", "post"), ("action", action), ("class", "review-form")],
      [element("input", [("type", "hidden"), ("name", "csrf"), ("value", token)])] + fields + [
        labelled(
          "Your name", element("input", [("name", "editor"), ("required", "required"), ("autocomplete", "name")])),
        element("button", [("type", "submit")], [text(button)]),
      ])
  }

  static func labelled(_ label: String, _ control: MarkupContent) -> MarkupContent {
    element("label", [], [tag("span", label), control])
  }

  static func select(_ name: String, _ options: [(String, String)], selected: String? = nil) -> MarkupContent {
    element(
      "select", [("name", name)],
      options.map { value, label in
        element("option", [("value", value)] + (value == selected ? [("selected", "selected")] : []), [text(label)])
      })
  }

  private static let style = """
    nav { font-family: "Helvetica Neue", Arial, sans-serif; display: flex; gap: 1.1rem; align-items: baseline; flex-wrap: wrap; border-bottom: 1px solid #ccc; padding-bottom: 0.5rem; }
    nav a { font-weight: bold; }
    form.review-form, form.filters { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9rem; display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: flex-end; margin: 0.4rem 0 0.8rem; padding: 0.5rem 0.6rem; background: #f3f3ef; border-radius: 4px; }
    form label { display: flex; flex-direction: column; gap: 0.15rem; }
    form label span { color: #444; font-size: 0.8rem; }
    input, select, button { font: inherit; padding: 0.25rem 0.4rem; }
    button { border: 1px solid #1d4ed8; background: #1d4ed8; color: white; border-radius: 3px; cursor: pointer; }
    :focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
    .snippet { background: #fff; border-left: 3px solid #ccc; padding: 0.3rem 0.7rem; margin: 0.3rem 0; white-space: pre-line; }
    .statement { border-top: 1px solid #ddd; padding-top: 0.6rem; margin-top: 0.9rem; }
    .pages { font-family: "Helvetica Neue", Arial, sans-serif; display: flex; gap: 1rem; }
    .error { border-left: 4px solid #b91c1c; padding-left: 0.8rem; }
    ul.plain { list-style: none; padding-left: 0; }
    @media print { nav, form { display: none; } }
    """
}
