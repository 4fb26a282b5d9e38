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
    isFurniture(Head(ArraySlice(line.trimmingSpaces().unicodeScalars)))
  }

  static func isFurniture(_ head: Head) -> Bool {
    if head.isWhole, lines.contains(head.key) { return true }
    // On contiguous UTF-8: every line of an article asks, `hasPrefix` compared Characters, and
    // the UTF-8 view's generic `first` for each opening cost more than the rest of the test.
    var text = head.text
    return text.withUTF8 { utf8 in
      openingBytes.contains { opening in
        opening.count <= utf8.count && opening.first == utf8.first && opening.elementsEqual(utf8.prefix(opening.count))
      }
    }
  }

  private static let openingBytes = openings.map { Array($0.utf8) }

  /// What the lists compare of a trimmed line, lower-cased: the whole line when it is short
  /// enough to be a known line (80 code points), else only the start an opening needs; and the
  /// short line as a key without a trailing colon.
  struct Head {
    var text: String
    /// The head is the whole line.
    var isWhole: Bool
    var key: String

    init(_ trimmed: ArraySlice<Unicode.Scalar>) {
      isWhole = trimmed.count <= 80
      text = ScalarClass.lowercased(trimmed.prefix(isWhole ? 80 : Self.longestOpening))
      // (Only a whole line has a key: most lines are prose, longer than any known line.)
      guard isWhole else {
        key = ""
        return
      }
      var key = Substring(text)
      while key.last == ":" { key.removeLast() }
      self.key = String(key)
    }

    static let longestOpening = openings.map(\.unicodeScalars.count).max()!
  }

  /// Headings after which the rest of a pasted page is comment forms and link rails.
  static let endOfArticle: Set<String> = [
    "post a comment", "leave a reply", "leave a comment", "related articles", "related posts",
    "related stories", "most popular", "previous post next post", "you may also like",
    "recommended for you", "more stories",
  ]
}
