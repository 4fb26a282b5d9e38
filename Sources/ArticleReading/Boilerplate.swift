/// Lines that are page furniture wherever they appear: comment prompts, share and follow calls,
/// section headings of recommendation rails. One list serves HTML pages and pasted plain text.
enum Boilerplate {
  /// Whole lines, compared case-insensitively after trimming and dropping a trailing colon.
  static let lines: Set<String> = [
    "post a comment", "leave a reply", "leave a comment", "related articles", "related posts",
    "related stories", "related", "related content", "more from", "most popular", "most read",
    "previous post next post", "previous post", "next post", "share this", "share this article",
    "share this story", "share", "share on facebook", "share on twitter", "tweet", "email",
    "print", "please enter your comment!", "please enter your name here",
    "you have entered an incorrect email address!", "advertisement", "sponsored",
    "sponsored content", "subscribe", "sign up", "read more", "continue reading", "follow us",
    "comments", "recommended", "recommended for you", "you may also like", "trending",
    "trending now", "see also", "watch", "log in", "login", "skip to content", "skip to main content",
    "newsletter", "cookie policy", "privacy policy", "terms of use", "all rights reserved",
    "table of contents", "contents", "what to read next", "more stories", "latest news",
  ]

  /// Line openings that mark furniture whatever follows them (`Tags: a, b, c`).
  static let openings = [
    "tags:", "keywords:", "filed under:", "topics:", "categories:", "sign up for ",
    "subscribe to ", "follow us on ", "share this ", "click here to ", "copyright ©", "© ",
    "read more:", "related:", "see also:", "more:",
  ]

  static func isFurniture(_ line: String) -> Bool {
    // Known lines are short and openings need only the start: 80 characters tell.
    let head = String(line.prefix(80)).trimmingSpaces().lowercased()
    if line.count <= 80 {
      let key = head.hasSuffix(":") ? String(head.dropLast()) : head
      if lines.contains(key) { return true }
    }
    return openings.contains { head.hasPrefix($0) }
  }

  /// Headings after which the rest of a pasted page is comment forms and link rails.
  static let endOfArticle: Set<String> = [
    "post a comment", "leave a reply", "leave a comment", "related articles", "related posts",
    "related stories", "most popular", "previous post next post", "you may also like",
    "recommended for you", "more stories",
  ]
}
