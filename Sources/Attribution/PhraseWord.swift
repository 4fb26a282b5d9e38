import ArticleReading
import TextPrimitives

/// A word of a speaker phrase with the forms the resolver's tests ask of it, made once: each
/// phrase is tried against a dozen shapes (pronoun, hedge, spokesperson, outlet, title, name),
/// and each shape had stripped, lower-cased and looked up the same words again.
struct PhraseWord {
  /// As written (`Koffler's`, `Sen.`).
  let text: String
  /// ``SpeakerResolver/bare(_:)`` of the text: no possessive or trailing punctuation.
  let bare: String
  /// The text lower-cased.
  let lower: String
  /// The bare form lower-cased: how the word lists hold it.
  let key: String
  /// The word lists `key` is on.
  let classes: WordClass
  /// The word lists `lower` is on (the lists asked of the word as written: determiners, pronouns).
  let lowerClasses: WordClass

  /// It ends in a possessive (`WKRN's`, `Gallup’s`, `Sanders'`).
  var isPossessive: Bool { text.possessiveStripped != text }

  private init(_ word: ArraySlice<Unicode.Scalar>) {
    text = ScalarClass.string(word)
    lower = ScalarClass.lowercased(word)
    let table = WordClass.table
    // `I'm old enough to remember`, `I'd add`: a pronoun and its verb are the pronoun, never a
    // person named `I'm`.
    if let pronoun = Self.pronounBeforeAContraction(lower), let entry = table[pronoun], entry.classes.contains(.pronoun)
    {
      bare = String(text.prefix(pronoun.count))
      key = pronoun
      classes = entry.classes
      lowerClasses = entry.classes
      return
    }
    bare = SpeakerResolver.bare(text)
    if bare == text {
      key = lower
      classes = table[lower]?.classes ?? []
      lowerClasses = classes
    } else {
      key = bare.lowercased()
      classes = table[key]?.classes ?? []
      lowerClasses = table[lower]?.classes ?? []
    }
  }

  /// The word before a contracted verb (`i'm` → `i`, `they’re` → `they`), if the word is one.
  private static func pronounBeforeAContraction(_ lower: String) -> String? {
    // (Answered for nearly every word from its last byte: a contracted verb ends in one of four
    // letters.)
    guard let last = lower.utf8.last,
      last == UInt8(ascii: "m") || last == UInt8(ascii: "d") || last == UInt8(ascii: "l") || last == UInt8(ascii: "e")
    else { return nil }
    let scalars = lower.unicodeScalars
    guard let apostrophe = scalars.lastIndex(where: { $0 == "'" || $0 == "’" }),
      ["m", "d", "ll", "ve", "re"].contains(String(scalars[scalars.index(after: apostrophe)...]))
    else { return nil }
    return String(scalars[..<apostrophe])
  }

  /// A phrase's words, split at spaces of any kind (`Times\u{A0}columnist` is two words) and line
  /// breaks (read from the article's code points, as the phrase's text was made).
  static func words(of phrase: Span, in scalars: [Unicode.Scalar]) -> [PhraseWord] {
    var words: [PhraseWord] = []
    // (Room for a usual phrase's words made at once.)
    words.reserveCapacity(4)
    var start = phrase.range.lowerBound
    for i in phrase.range where ScalarClass.isSpace(scalars[i]) {
      if i > start { words.append(PhraseWord(scalars[start..<i])) }
      start = i + 1
    }
    if phrase.range.upperBound > start { words.append(PhraseWord(scalars[start..<phrase.range.upperBound])) }
    return words
  }
}

extension String {
  /// Read from the code points: a Character's case properties cost a grapheme break each time,
  /// and every speaker phrase asks several of its words.
  var startsUppercase: Bool { unicodeScalars.first.map(ScalarClass.isUpper) ?? false }
  var startsLowercase: Bool { unicodeScalars.first.map(ScalarClass.isLower) ?? false }
  var startsWithDigit: Bool { unicodeScalars.first.map(ScalarClass.isDigit) ?? false }

  /// Whether the string is one of `words`, compared on UTF-8 (``StaticBytes``): an array
  /// literal of Strings (`["and", "but"].contains(word)`) is built and destroyed at each call.
  func isOne(of words: StaticString...) -> Bool {
    var string = self
    return string.withUTF8 { StaticBytes.isOne($0, of: words) }
  }

  /// `hasSuffix` compared on UTF-8 (``StaticBytes``): the standard one compares Characters, a
  /// grapheme break at each.
  func endsWith(_ suffix: StaticString) -> Bool {
    var string = self
    return string.withUTF8 { StaticBytes.endsWith($0, suffix) }
  }

  /// Without a possessive's `'s`, or a plural's lone apostrophe (`Sanders'`).
  var possessiveStripped: String {
    for suffix in ["'s", "’s"] where hasSuffix(suffix) { return String(dropLast(2)) }
    if hasSuffix("'") || hasSuffix("’") { return String(dropLast()) }
    return self
  }

}
