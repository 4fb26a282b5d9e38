import Foundation
import SafeXML

/// Reads what a page says about itself: Open Graph and article `<meta>` tags, `<link
/// rel="canonical">`, JSON-LD `NewsArticle` objects, `<time>` and byline elements, `<html lang>`.
/// Where sources disagree, the explicit machine-readable ones win over guesses from visible text.
enum PageMetadata {
  static func read(_ tree: NodeTree) -> ArticleMetadata {
    var meta: [String: String] = [:]
    for i in tree.elements(named: "meta") {
      let node = tree[i]
      guard
        let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
        let content = node.attribute("content")?.trimmingSpaces(), !content.isEmpty, meta[key] == nil
      else { continue }
      meta[key] = content
    }
    let linked = JSONLinkedData(tree)
    var metadata = ArticleMetadata()

    let pageTitle = tree.elements(named: "title").first.map {
      tree.textContent($0).collapsingWhitespace().trimmingSpaces()
    }
    let titleParts: (headline: String?, site: String?) = pageTitle.map(splitTitle) ?? (nil, nil)
    metadata.title = first(meta["og:title"], linked.string("headline"), meta["twitter:title"], titleParts.headline)
    metadata.outlet = first(meta["og:site_name"], linked.publisher, meta["application-name"], titleParts.site)

    var authors = linked.authors
    if authors.isEmpty {
      authors = [meta["author"], meta["article:author"], meta["byl"], meta["sailthru.author"], meta["dc.creator"]]
        .compactMap { $0 }.filter { !$0.hasPrefix("http") }
        .map { $0.replacingOccurrences(of: "By ", with: "", options: .anchored) }
    }
    if authors.isEmpty {
      authors = tree.nodes.indices.filter {
        tree[$0].kind == .element
          && (tree[$0].attribute("rel") == "author" || tree[$0].attribute("itemprop") == "author")
      }
      .map { tree.textContent($0).collapsingWhitespace().trimmingSpaces() }
      .filter { !$0.isEmpty && $0.count < 80 }
    }
    metadata.authors = unique(authors.flatMap(splitAuthors))

    let timeElement = tree.elements(named: "time").compactMap { tree[$0].attribute("datetime") }.first
    metadata.published = first(
      meta["article:published_time"], linked.string("datePublished"), meta["datepublished"],
      meta["pubdate"], meta["publishdate"], meta["date"], meta["dc.date"], meta["sailthru.date"],
      timeElement
    ).flatMap(ISODate.normalise)
    metadata.modified = first(
      meta["article:modified_time"], linked.string("dateModified"), meta["og:updated_time"],
      meta["datemodified"], meta["last-modified"]
    ).flatMap(ISODate.normalise)

    let canonical = tree.elements(named: "link").first { tree[$0].attribute("rel")?.lowercased() == "canonical" }
      .flatMap { tree[$0].attribute("href") }
    metadata.url = first(canonical, meta["og:url"], linked.string("url")).flatMap { $0.hasPrefix("http") ? $0 : nil }

    let htmlLang = tree.elements(named: "html").first.flatMap {
      tree[$0].attribute("lang") ?? tree[$0].attribute("xml:lang")
    }
    metadata.language = first(
      htmlLang, meta["content-language"], meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") },
      linked.string("inLanguage"))
    return metadata
  }

  private static func first(_ candidates: String?...) -> String? {
    candidates.lazy.compactMap { $0?.trimmingSpaces() }.first { !$0.isEmpty }
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0.lowercased()).inserted }
  }

  /// `A, B and C` → three names; a single name stays whole.
  private static func splitAuthors(_ value: String) -> [String] {
    value.replacingOccurrences(of: " and ", with: ", ").split(separator: ",")
      .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// `Headline | Site` or `Headline - Site`: the longer part is the headline.
  private static func splitTitle(_ title: String) -> (headline: String?, site: String?) {
    for separator in [" | ", " – ", " — ", " - ", " :: "] where title.contains(separator) {
      let parts = title.components(separatedBy: separator).map { $0.trimmingSpaces() }
      let site = parts.last!
      let headline = parts.dropLast().joined(separator: separator)
      return headline.count >= site.count ? (headline, site) : (site, headline)
    }
    return (title, nil)
  }
}

/// The article object of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, ...),
/// searched inside arrays and `@graph`.
struct JSONLinkedData {
  private var article: [String: Any] = [:]

  init(_ tree: NodeTree) {
    let scripts = tree.elements(named: "script").filter {
      tree[$0].attribute("type")?.lowercased() == "application/ld+json"
    }
    for script in scripts {
      let source = tree.textContent(script)
      guard let data = source.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data)
      else { continue }
      var queue: [Any] = [json]
      while !queue.isEmpty {
        let item = queue.removeFirst()
        if let list = item as? [Any] {
          queue.append(contentsOf: list)
        } else if let object = item as? [String: Any] {
          if let graph = object["@graph"] { queue.append(graph) }
          let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String] ?? [])
          if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
            article = object
            return
          }
        }
      }
    }
  }

  func string(_ key: String) -> String? { article[key] as? String }

  var publisher: String? {
    (article["publisher"] as? [String: Any])?["name"] as? String
      ?? ((article["publisher"] as? [[String: Any]])?.first?["name"] as? String)
  }

  var authors: [String] {
    let value = article["author"]
    let list: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
    return list.compactMap { ($0 as? [String: Any])?["name"] as? String ?? ($0 as? String) }
  }
}

/// Dates as ISO 8601: a date-time with its offset where the page gives one, else a date.
enum ISODate {
  static func normalise(_ raw: String) -> String? {
    let value = raw.trimmingSpaces()
    let scalars = Array(value.unicodeScalars)
    func digits(_ range: Range<Int>) -> Bool {
      range.upperBound <= scalars.count
        && range.allSatisfy { scalars[$0].properties.numericType != nil && scalars[$0].isASCII }
    }
    if digits(0..<4), scalars.count >= 10, scalars[4] == "-", digits(5..<7), scalars[7] == "-", digits(8..<10) {
      var iso = String(value.prefix(10))
      let rest = value.dropFirst(10)
      if let first = rest.first, first == "T" || first == " ", digits(11..<13), scalars.count >= 16 {
        var time = String(rest.dropFirst())
        // `+0000` → `+00:00`
        if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }),
          time[sign...].count == 5, !time[sign...].contains(":")
        {
          let zone = time[sign...]
          time = time[..<sign] + zone.prefix(3) + ":" + zone.suffix(2)
        }
        iso += "T" + time.replacingOccurrences(of: " ", with: "")
      }
      return iso
    }
    for format in [
      "EEE, dd MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "MMMM d, yyyy h:mm a", "MMMM d, yyyy",
      "MMM d, yyyy", "yyyyMMdd",
    ] {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = format
      guard let date = formatter.date(from: value) else { continue }
      formatter.dateFormat = format.contains("H") || format.contains("h") ? "yyyy-MM-dd'T'HH:mm:ssXXXXX" : "yyyy-MM-dd"
      return formatter.string(from: date)
    }
    return nil
  }
}
