import ArticleReading

/// How the ledger names an article: `--article ID`, else the page's canonical URL, else the
/// file name without its extension and without a trailing version marker (`story-v2.txt`,
/// `story.v2.html` → `story`), so that versions of one story land under one id.
public enum ArticleIdentity {
  public static func id(explicit: String?, article: Article) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let url = article.metadata.url { return url }
    return fromFileName(article.source)
  }

  public static func fromFileName(_ path: String) -> String {
    var name = Substring(path.split(separator: "/").last ?? Substring(path))
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
    // A trailing `-v2`, `_v2`, `.v2` or ` v2` is a version marker.
    if let marker = name.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }) {
      let rest = name[name.index(after: marker)...]
      if rest.count >= 2, rest.first == "v" || rest.first == "V", rest.dropFirst().allSatisfy(\.isNumber) {
        name = name[..<marker]
      }
    }
    return String(name)
  }
}
