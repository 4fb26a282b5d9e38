import ArticleReading
import TextPrimitives

/// A word, punctuation mark or quotation mark, with its code-point offsets.
struct Token {
  enum Kind: Sendable, Equatable {
    case word
    case punctuation
    case openQuote
    case closeQuote
  }

  // (Stored largest first, so that no padding comes between the fields: 51 bytes, 56 with the
  // tail that aligns the next token. Every word of an article is one.)
  var start: Int
  var end: Int
  /// Lower-cased text for words; the mark itself otherwise.
  var lower: LowerCase
  /// The word lists this word is on, looked up once when it is read.
  var classes: WordClass
  /// The first character, for cheap comparisons of punctuation.
  var mark: Unicode.Scalar
  /// Index of this form in ``CueLexicon/entries``, or -1.
  var cueIndex: Int32
  var kind: Kind
  /// The word starts with an upper-case letter (or a digit, for sentence starts).
  var capitalized: Bool
  /// Every letter is upper case (`CIA`, `SVR`).
  var allCaps: Bool

  init(
    kind: Kind, start: Int, end: Int, lower: LowerCase, capitalized: Bool, allCaps: Bool, mark: Unicode.Scalar,
    classes: WordClass = [], cueIndex: Int32 = -1
  ) {
    self.start = start
    self.end = end
    self.lower = lower
    self.mark = mark
    self.classes = classes
    self.cueIndex = cueIndex
    self.kind = kind
    self.capitalized = capitalized
    self.allCaps = allCaps
  }

  /// The cue lexicon's entry for this word form, if it has one.
  var cue: CueLexicon.Entry? { cueIndex < 0 ? nil : CueLexicon.entries[Int(cueIndex)] }
  /// A cue in a finite form (`said`, `says`), the form that reports with a subject of its own.
  var isFiniteCue: Bool { cue.map { $0.form == .past || $0.form == .present } ?? false }

  func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
    kind == .punctuation && self.mark == mark && end - start == 1
  }
  var isWord: Bool { kind == .word }
  /// A dash of any length (`-`, `--`, `–`, `—`, `―`): where signatures and asides begin.
  var isDash: Bool { kind == .punctuation && lower.isOne(of: "-", "--", "—", "–", "―") }
  /// Length in code points.
  var length: Int { end - start }
  /// A lower-case past or present form the cue lexicon does not list (`demanded`, `yells`):
  /// speech only where the shape of the sentence says so (`"Why?" Vitter demanded.`).
  var mayBeUnlistedVerb: Bool {
    kind == .word && !capitalized && cueIndex < 0
      && (lower.count > 3 && (lower.endsWith("ed") || lower.endsWith("s")) || classes.contains(.irregularPast))
  }
  var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
  /// `.`, `!`, `?` or `...`: by the mark and the length, not by comparing strings, since every
  /// token is asked.
  var isSentenceEnd: Bool {
    kind == .punctuation && (mark == "." ? length == 1 || length == 3 : (mark == "!" || mark == "?") && length == 1)
  }
}

/// A paragraph's tokens and what has been found in them.
struct Paragraph {
  var tokens: [Token]
  /// Quotations as token-index ranges from the opening mark to the closing mark, inclusive; an
  /// unclosed quotation runs to the end of the paragraph.
  var quotes: [ClosedRange<Int>]
  /// Sentences as half-open token-index ranges.
  var sentences: [Range<Int>]
  /// Index of the quotation each token belongs to, if any. At least as long as `tokens`: the
  /// paragraphs without a quotation share one array of nils, made once per article, instead of
  /// each making its own.
  var quoteOf: [Int?]
  /// The paragraph opens a quotation it does not close (a quote that goes on in the next one).
  var endsInsideQuote: Bool

  /// The words inside quotation `q`'s marks, and whether it closes within the paragraph (an
  /// unclosed one runs to the paragraph's end).
  func inside(quote q: Int) -> (range: Range<Int>, closed: Bool) {
    let quote = quotes[q]
    let open = tokens[quote.lowerBound]
    let close = tokens[quote.upperBound]
    let closed = close.kind == .closeQuote
    let end = closed ? close.start : close.end
    return (open.end..<max(end, open.end), closed)
  }

  /// Where a sentence starting at token `start` goes on after its dateline, if it opens with one
  /// (`WASHINGTON — `, `DES MOINES, Iowa (AP) — `, `MIDWAY ATOLL - `): a word in capitals, then
  /// only capitalised words up to a dash within eight tokens and before `limit`. A dateline
  /// names a place: no subject, and no person a pronoun could stand for.
  func datelineEnd(from start: Int, before limit: Int) -> Int? {
    guard start < limit, tokens[start].isWord, tokens[start].allCaps,
      let dash = (start..<min(limit, start + 8)).first(where: { tokens[$0].isDash }),
      (start..<dash).allSatisfy({ !tokens[$0].isWord || tokens[$0].allCaps || tokens[$0].capitalized })
    else { return nil }
    return dash + 1
  }
}
