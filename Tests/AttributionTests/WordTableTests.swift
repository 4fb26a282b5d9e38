import ArticleReading
import Testing
import TextPrimitives

@testable import Attribution

/// The word table answers a word of up to eight ASCII bytes by the bytes packed into one number,
/// and a longer one by its bytes: these pin that both paths give what the lists say, at the
/// lengths where one path hands over to the other.
@Suite struct WordTableTests {
  /// What the table gave each word (read inside the tokenizer's scope: no token outlives it).
  private func tokens(_ text: String) -> [(lower: String, classes: WordClass, lemma: String?)] {
    let scalars = ScalarClass.scalars(of: text)
    return Tokenizer.withParagraphs(scalars, utf8Count: text.utf8.count, furniture: []) { paragraphs in
      paragraphs.flatMap(\.tokens).map { ($0.lower.string, $0.classes, $0.cue?.verb.lemma) }
    }
  }

  @Test func shortAndLongWordsGetTheirListedClasses() {
    // `analysts` has eight letters, `officials` nine, `spokeswoman` eleven; `said` four.
    let words = tokens("Analysts said officials told the spokeswoman")
    #expect(words.map { $0.classes.contains(.groupHead) } == [true, false, true, false, false, false])
    #expect(words[4].classes.contains(.determiner))
    #expect(words[5].classes.contains(.anonymousHead))
    #expect(words[1].lemma == "say")
    #expect(words[3].lemma == "tell")
  }

  @Test func unlistedWordsSharingAListedWordsEndingAreNotListed() {
    // Nine bytes ending in the eight of `analysts`, and words that differ from listed ones by a
    // byte at either end: a key made of a word's last eight bytes must not find them.
    for word in tokens("Xanalysts aid saidx hey zofficials") {
      #expect(word.classes == [] && word.lemma == nil, "\(word.lower)")
    }
  }

  @Test func wordsLookedUpAsStringsTakeTheSamePaths() {
    #expect(WordClass.table["analysts"]?.classes.contains(.groupHead) == true)
    #expect(WordClass.table["officials"]?.classes.contains(.groupHead) == true)
    #expect(WordClass.table["said"]?.cue ?? -1 >= 0)
    for unlisted in ["", "xanalysts", "saidx", "hey"] { #expect(WordClass.table[unlisted] == nil, "\(unlisted)") }
  }

  @Test func everyListedWordIsFoundByItsBytes() {
    for (list, wordClass) in [(Words.boundaries, WordClass.boundary), (Words.groupHeads, .groupHead)] {
      for word in list {
        let found = tokens(word)
        #expect(found.count == 1 && found[0].classes.contains(wordClass), "\(word)")
      }
    }
  }

  /// A line denser in tokens than the tokenizer's first guess (a third of its code points) grows
  /// its sink mid-line, and every token before the growth is kept, in order.
  @Test func denseLinesKeepEveryToken() {
    let letters = (0..<300).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) }
    let words = tokens(letters.joined(separator: " ") + "\n" + "Short line.")
    #expect(words.map(\.lower) == letters + ["short", "line", "."])
  }
}
