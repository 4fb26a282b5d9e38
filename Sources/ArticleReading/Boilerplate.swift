import TextPrimitives

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
    let trimmed = ArraySlice(line.trimmingSpaces().unicodeScalars)
    return isFurniture(trimmed, key: key(of: trimmed))
  }

  /// `key`: the line's ``key(of:)``.
  static func isFurniture(_ trimmed: ArraySlice<Unicode.Scalar>, key: String?) -> Bool {
    if let key, lines.contains(key) { return true }
    return opensFurniture(trimmed)
  }

  /// What the whole-line lists compare of a trimmed line: lower-cased, without a trailing colon;
  /// nil for a line too long to be any of them (most lines: they are prose, and no String is
  /// made for them). A lower case is never shorter than its text, so a line longer than the
  /// longest listed one, colons aside, is none of them.
  static func key(of trimmed: ArraySlice<Unicode.Scalar>) -> String? {
    var end = trimmed.endIndex
    while end > trimmed.startIndex, trimmed[end - 1] == ":" { end -= 1 }
    guard end - trimmed.startIndex <= longestLine else { return nil }
    var key = Substring(ScalarClass.lowercased(trimmed))
    while key.last == ":" { key.removeLast() }
    return String(key)
  }

  private static let longestLine = lines.union(endOfArticle).map(\.unicodeScalars.count).max()!

  /// The trimmed line begins with an opening, compared lower-cased: by its first code point's
  /// byte against the openings' first bytes, then code point by code point while they are ASCII
  /// (every line of an article asks, and nearly all begin so), else on the UTF-8 of the head's
  /// lower case.
  static func opensFurniture(_ trimmed: ArraySlice<Unicode.Scalar>) -> Bool {
    let head = trimmed.prefix(longestOpening)
    func lower(_ index: Int) -> UInt8 { ScalarClass.lowercaseASCII(UInt8(truncatingIfNeeded: head[index].value)) }
    guard let start = head.indices.first else { return false }
    if head[start].value < 128 {
      let first = lower(start)
      guard (first < 64 ? openingFirstBytes.0 >> first : openingFirstBytes.1 >> (first - 64)) & 1 != 0 else {
        return false
      }
    }
    guard head.allSatisfy({ $0.value < 128 }) else {
      var text = ScalarClass.lowercased(head)
      return text.withUTF8 { utf8 in
        openingBytes.contains { opening in
          opening.count <= utf8.count && opening.elementsEqual(utf8.prefix(opening.count))
        }
      }
    }
    return openingBytes.contains { opening in
      opening.count <= head.count && opening.indices.allSatisfy { opening[$0] == lower(start + $0) }
    }
  }

  /// The ASCII bytes an opening begins with, as bits (below 64, and from 64).
  private static let openingFirstBytes: (UInt64, UInt64) = openingBytes.reduce((0, 0)) { bits, opening in
    let first = opening[0]
    if first >= 128 { return bits }
    return first < 64 ? (bits.0 | 1 << first, bits.1) : (bits.0, bits.1 | 1 << (first - 64))
  }
  private static let openingBytes = openings.map { Array($0.utf8) }
  private static let longestOpening = openings.map(\.unicodeScalars.count).max()!

  /// Headings after which the rest of a pasted page is comment forms and link rails.
  static let endOfArticle: Set<String> = [
    "post a comment", "leave a reply", "leave a comment", "related articles", "related posts",
    "related stories", "most popular", "previous post next post", "you may also like",
    "recommended for you", "more stories",
  ]
}
