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

  // (Stored largest first, so that a token takes 48 bytes, not the 56 of the order below's
  // padding: every word of an article is one.)
  var start: Int
  var end: Int
  /// Lower-cased text for words; the mark itself otherwise.
  var lower: LowerCase
  /// The first character, for cheap comparisons of punctuation.
  var mark: Unicode.Scalar
  /// The word lists this word is on, looked up once when it is read.
  var classes: WordClass
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
    kind == .word && !capitalized && cueIndex < 0 && lower.count > 3
      && (lower.endsWith("ed") || lower.endsWith("s"))
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
}

/// Splits text into paragraphs of tokens, finds quotations and sentences.
enum Tokenizer {
  /// Runs `body` on the text's paragraphs: one per non-empty line, lines inside furniture ranges
  /// skipped. Their tokens' lower cases live in a buffer made for this call and freed after it
  /// (``LowerCase``): no token may be kept past `body`.
  static func withParagraphs<Result>(
    _ scalars: [Unicode.Scalar], utf8Count: Int, furniture: [Range<Int>], _ body: ([Paragraph]) -> Result
  ) -> Result {
    var buffer = LowerCaseBuffer(forUTF8Count: utf8Count)
    defer { buffer.deallocate() }
    return body(paragraphs(scalars, furniture: furniture, buffer: &buffer))
  }

  private static func paragraphs(
    _ scalars: [Unicode.Scalar], furniture: [Range<Int>], buffer: inout LowerCaseBuffer
  ) -> [Paragraph] {
    var result: [Paragraph] = []
    // (Room for paragraphs of a usual length made at once.)
    result.reserveCapacity(scalars.count / 256 + 1)
    // The paragraphs' shared `quoteOf` for no quotation at all.
    var unquoted: [Int?] = []
    var lineStart = 0
    let count = scalars.count
    var furnitureIndex = 0
    let sortedFurniture = furniture.sorted { $0.lowerBound < $1.lowerBound }
    var sink = TokenSink()
    defer { sink.deallocate() }
    var i = 0
    while i <= count {
      i = ScalarClass.nextLineBreak(in: scalars, from: i)
      // A line broken inside a sentence (no closing punctuation, the next line going on in
      // lower case) is wrapped text: the paragraph goes on.
      if i < count, Self.isWrapped(scalars, at: i) {
        i += 1
        continue
      }
      // A line ends here (or the text does).
      if i > lineStart {
        while furnitureIndex < sortedFurniture.count, sortedFurniture[furnitureIndex].upperBound <= lineStart {
          furnitureIndex += 1
        }
        let inFurniture =
          furnitureIndex < sortedFurniture.count && sortedFurniture[furnitureIndex].lowerBound <= lineStart
          && sortedFurniture[furnitureIndex].upperBound >= i - 1
        if !inFurniture {
          let tokens = tokenize(scalars, lineStart..<i, buffer: &buffer, sink: &sink)
          if !tokens.isEmpty { result.append(structure(tokens, unquoted: &unquoted)) }
        }
      }
      lineStart = i + 1
      i += 1
    }
    return result
  }

  private static func isWrapped(_ s: [Unicode.Scalar], at newline: Int) -> Bool {
    var before = newline - 1
    while before >= 0, s[before] == " " || s[before] == "\r" || s[before] == "\t" { before -= 1 }
    guard before >= 0, newline + 1 < s.count else { return false }
    let last = s[before]
    // (A line ending in a stop, colon, quotation mark or bracket ends there: none of those is a
    // letter, digit or comma.)
    if !ScalarClass.isLetter(last) && !ScalarClass.isDigit(last) && last != "," { return false }
    let next = s[newline + 1]
    return ScalarClass.isLower(next)
  }

  // MARK: Tokens

  private static func tokenize(
    _ s: [Unicode.Scalar], _ range: Range<Int>, buffer: inout LowerCaseBuffer, sink: inout TokenSink
  ) -> [Token] {
    // Read through a buffer pointer (every code point is read here several times, and the
    // array's bounds checks were a fifth of the tokenizer's time; the debug builds the tests run
    // keep the pointer's own checks).
    s.withUnsafeBufferPointer { text in
      // (A token per five code points is usual; a third leaves room.)
      sink.start(capacity: range.count / 3 + 1)
      tokenize(text, range, buffer: &buffer, to: &sink)
      return sink.tokens()
    }
  }

  private static func tokenize(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, buffer: inout LowerCaseBuffer,
    to tokens: inout TokenSink
  ) {
    let table = WordClass.table
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = s[i]
      if ScalarClass.isSpace(c) {
        i += 1
        continue
      }
      if isWordScalar(c) {
        let start = i
        // (The word's lower case is written as its end is sought: each code point read once.)
        var word = WordReading(into: buffer.reserve(end - i))
        word.take(c)
        i += 1
        while i < end {
          let d = s[i]
          if d.value &- 97 < 26 {
            // A lower-case ASCII letter, as most of a word is: no other test needed.
            word.takeLowercaseLetter(UInt8(truncatingIfNeeded: d.value))
            i += 1
          } else if isWordScalar(d) {
            word.take(d)
            i += 1
          } else if (d == "'" || d == "’" || d == "-" || d == "‑" || d == "&") && i + 1 < end && isWordScalar(s[i + 1])
            && isWordScalar(s[i - 1])
          {
            word.take(d)
            word.take(s[i + 1])
            i += 2
          } else if (d == "." || d == ",") && i + 1 < end && ScalarClass.isDigit(s[i + 1])
            && ScalarClass.isDigit(s[i - 1])
          {
            // `45.4`, `1,274`: one number.
            word.take(d)
            word.take(s[i + 1])
            i += 2
          } else if d == "." && i + 1 < end && ScalarClass.isLetter(s[i + 1]) && i - start <= 2
            && i + 2 <= end && (i + 2 == end || s[i + 2] == "." || !isWordScalar(s[i + 2]))
          {
            // Initialisms: U.S., U.K., D.C. — the dots belong to the word.
            word.take(d)
            word.take(s[i + 1])
            i += 2
            if i < end && s[i] == "." {
              word.take(s[i])
              i += 1
            }
          } else {
            break
          }
        }
        // `veterans' families`: a plural possessive's apostrophe belongs to its word.
        if i < end, s[i] == "'" || s[i] == "’", s[i - 1] == "s", i + 1 == end || s[i + 1] == " ",
          i + 2 < end, ScalarClass.isLower(s[i + 2])
        {
          word.take(s[i])
          i += 1
        }
        appendWord(s, start..<i, word, table: table, buffer: &buffer, to: &tokens)
        continue
      }
      // Two apostrophes stand for a double quotation mark in some archives (`''Yes,'' he said`).
      if c == "'", i + 1 < end, s[i + 1] == "'" {
        let kind = quoteKind(s, i, range, width: 2)
        tokens.append(
          Token(
            kind: kind, start: i, end: i + 2, lower: buffer.append("\"", times: 1), capitalized: false,
            allCaps: false, mark: "\""))
        i += 2
        continue
      }
      if isQuoteMark(c) {
        tokens.append(
          Token(
            kind: quoteKind(s, i, range), start: i, end: i + 1, lower: buffer.append(c, times: 1),
            capitalized: false, allCaps: false, mark: c))
        i += 1
        continue
      }
      // Punctuation: runs of the same dash or dot are one token.
      let start = i
      i += 1
      if c == "." || c == "-" || c == "—" || c == "–" {
        while i < end && s[i] == c { i += 1 }
      }
      tokens.append(
        Token(
          kind: .punctuation, start: start, end: i, lower: buffer.append(c, times: i - start), capitalized: false,
          allCaps: false, mark: c))
    }
  }

  /// Appends a word token: its lower case, capitalisation and listed classes. An ASCII word
  /// (nearly all of news text) was lower-cased into the buffer as it was read, and is looked up
  /// from those bytes: a word of up to eight by its bytes as one number (``WordTable``).
  ///
  /// (Appended here, not returned: a returned token went through memory field by field and was
  /// read back sixteen bytes at a time, a stall the processor cannot forward past, and that copy
  /// was a third of the tokenizer's own time in a profile.)
  private static func appendWord(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ word: WordReading, table: WordTable,
    buffer: inout LowerCaseBuffer, to tokens: inout TokenSink
  ) {
    guard word.ascii else { return tokens.append(nonASCIIWord(s, range, table: table, buffer: &buffer)) }
    let first = s[range.lowerBound]
    let known =
      word.count <= 8
      ? table[short: word.packed] : table[UnsafeBufferPointer(start: word.scratch, count: word.count)]
    let lower = buffer.commit(word.count)
    tokens.append(
      Token(
        kind: .word, start: range.lowerBound, end: range.upperBound, lower: lower,
        capitalized: first.value >= 65 && first.value <= 90 || first.value >= 48 && first.value <= 57,
        allCaps: word.letters >= 2 && word.upper == word.letters, mark: first, classes: known?.classes ?? [],
        cueIndex: known?.cue ?? -1))
  }

  /// Where a line's tokens are written as it is read, then copied out as one array of the right
  /// size: an append to an array asked the runtime whether its buffer was shared, a call for every
  /// token of every article. One sink serves all of an article's lines, grown when one needs more.
  struct TokenSink {
    private var storage = UnsafeMutableBufferPointer<Token>(start: nil, count: 0)
    private var count = 0

    /// Empty, with room for `capacity` tokens before it grows.
    mutating func start(capacity: Int) {
      count = 0
      if storage.count < capacity { grow(to: capacity) }
    }

    @inline(__always)
    mutating func append(_ token: Token) {
      if count == storage.count { grow(to: 2 * storage.count) }
      (storage.baseAddress! + count).initialize(to: token)
      count += 1
    }

    func tokens() -> [Token] { Array(UnsafeBufferPointer(rebasing: storage[..<count])) }

    func deallocate() { storage.deallocate() }

    private mutating func grow(to capacity: Int) {
      let larger = UnsafeMutableBufferPointer<Token>.allocate(capacity: max(capacity, 16))
      if count > 0 { _ = larger.initialize(fromContentsOf: storage[..<count]) }
      storage.deallocate()
      storage = larger
    }
  }

  /// A word's lower case as the tokenizer reads it, written straight into the article's buffer
  /// (an ASCII code point takes one byte), with what the token needs told on the way: its
  /// letters, its capitals, its last eight bytes as one number (its key, if it has no more), and
  /// whether it stayed ASCII (if not, ``nonASCIIWord(_:_:table:buffer:)`` reads it again).
  private struct WordReading {
    let scratch: UnsafeMutablePointer<UInt8>
    var count = 0
    var packed: UInt64 = 0
    var letters = 0
    var upper = 0
    var ascii = true

    /// `scratch`: room for as many bytes as the word can have code points.
    init(into scratch: UnsafeMutablePointer<UInt8>) { self.scratch = scratch }

    @inline(__always)
    mutating func take(_ c: Unicode.Scalar) {
      guard c.value < 128 else {
        ascii = false
        return
      }
      var byte = UInt8(truncatingIfNeeded: c.value)
      if byte >= 65 && byte <= 90 {
        upper += 1
        letters += 1
        byte += 32
      } else if byte >= 97 && byte <= 122 {
        letters += 1
      }
      append(byte)
    }

    @inline(__always)
    mutating func takeLowercaseLetter(_ byte: UInt8) {
      letters += 1
      append(byte)
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
      scratch[count] = byte
      packed = packed &<< 8 | UInt64(byte)
      count += 1
    }
  }

  private static func nonASCIIWord(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, table: WordTable, buffer: inout LowerCaseBuffer
  ) -> Token {
    let first = s[range.lowerBound]
    var letters = 0
    var allCaps = true
    for c in s[range] where ScalarClass.isLetter(c) {
      letters += 1
      if !ScalarClass.isUpper(c) { allCaps = false }
    }
    allCaps = allCaps && letters >= 2
    let lower = ScalarClass.lowercased(ArraySlice(s[range]))
    let known = table[lower]
    return Token(
      kind: .word, start: range.lowerBound, end: range.upperBound, lower: buffer.append(lower),
      capitalized: ScalarClass.isUpper(first) || ScalarClass.isDigit(first), allCaps: allCaps, mark: first,
      classes: known?.classes ?? [], cueIndex: known?.cue ?? -1)
  }

  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    // ASCII by one bit of two masks (letters, digits, `_`, `$`, `%`): the tokenizer asks this of
    // every code point, and the chain of comparisons cost 1.8% of the extractor's instructions.
    let v = c.value
    if v < 128 { return ((v < 64 ? 0x03FF_0030_0000_0000 : 0x07FF_FFFE_87FF_FFFE as UInt64) >> (v & 63)) & 1 != 0 }
    return ScalarClass.isLetter(c) || ScalarClass.isDigit(c)
  }

  static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "“" || c == "”" || c == "«" || c == "»" || c == "„" || c == "‘" || c == "’" || c == "'"
  }

  /// Opening or closing, by the glyph where it says, else by what stands on each side.
  private static func quoteKind(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ range: Range<Int>, width: Int = 1
  ) -> Token.Kind {
    let c = s[i]
    let before: Unicode.Scalar? = i > range.lowerBound ? s[i - 1] : nil
    let after: Unicode.Scalar? = i + width < range.upperBound ? s[i + width] : nil
    if width == 1 {
      // `“It's unusual,“ said Noble`: a mark typed the wrong way round, told by its context.
      let spaceBefore = before.map { ScalarClass.isSpace($0) } ?? true
      let spaceAfter = after.map { ScalarClass.isSpace($0) } ?? true
      if c == "“", !spaceBefore, spaceAfter, let before, !opensAfter(before) {
        return .closeQuote
      }
      if c == "”", spaceBefore, !spaceAfter, let after, ScalarClass.isLetter(after) || ScalarClass.isUpper(after) {
        return .openQuote
      }
      if c == "“" || c == "«" || c == "„" || c == "‘" { return .openQuote }
      if c == "”" || c == "»" || c == "’" { return .closeQuote }
    }
    let openingContext = before.map { ScalarClass.isSpace($0) || opensAfter($0) || $0 == ":" } ?? true
    if openingContext, let after, !ScalarClass.isSpace(after) { return .openQuote }
    return .closeQuote
  }

  /// Marks after which a quotation mark opens (`(“`, `—“`, `/“`).
  private static func opensAfter(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "(", "[", "{", "—", "–", "-", "/": true
    default: false
    }
  }

  // MARK: Quotations and sentences

  /// `unquoted`: an array of nils that paragraphs without a quotation share, grown as needed.
  static func structure(_ tokens: [Token], unquoted: inout [Int?]) -> Paragraph {
    var quotes: [ClosedRange<Int>] = []
    var open: Int? = nil
    var endsInside = false
    // Single marks are apostrophes far more often than quotation marks: use them only where
    // the paragraph has no double marks. (The marks found in one pass over the tokens; room for
    // a usual paragraph's made at once.)
    var marks: [Int] = []
    var hasDouble = false
    for i in tokens.indices where tokens[i].isQuote {
      if marks.isEmpty { marks.reserveCapacity(8) }
      marks.append(i)
      if !isSingle(tokens[i].mark) { hasDouble = true }
    }
    if hasDouble { marks.removeAll { isSingle(tokens[$0].mark) } }
    var k = 0
    while k < marks.count {
      let i = marks[k]
      let token = tokens[i]
      let single = isSingle(token.mark)
      k += 1
      if token.kind == .openQuote {
        // `“I'd rather live in what he calls “hell” than ...”`: a curly quotation inside an open
        // one, when two curly closing marks follow, belongs to it. (Straight marks do not say
        // which way they turn, so they never nest.)
        if let outer = open, tokens[outer].mark == "“", token.mark == "“", k + 1 < marks.count,
          tokens[marks[k]].mark == "”", tokens[marks[k + 1]].mark == "”"
        {
          k += 1
          continue
        }
        if open == nil || (open.map { isSingle(tokens[$0].mark) } == single) { open = i }
      } else if let start = open, isSingle(tokens[start].mark) == single {
        if !single || i - start > 2 {
          quotes.append(start...i)
        }
        open = nil
      }
    }
    if let start = open, !isSingle(tokens[start].mark), tokens.count - start > 3 {
      quotes.append(start...(tokens.count - 1))
      endsInside = true
    }
    let quoteOf: [Int?]
    if quotes.isEmpty {
      if unquoted.count < tokens.count {
        unquoted = [Int?](repeating: nil, count: max(tokens.count, 2 * unquoted.count, 64))
      }
      quoteOf = unquoted
    } else {
      var marked = [Int?](repeating: nil, count: tokens.count)
      for (q, range) in quotes.enumerated() {
        for i in range { marked[i] = q }
      }
      quoteOf = marked
    }
    return Paragraph(
      tokens: tokens, quotes: quotes, sentences: sentences(tokens, quotes, quoteOf), quoteOf: quoteOf,
      endsInsideQuote: endsInside)
  }

  /// A quotation mark's token by its scalar (comparing Strings with curly marks costs a
  /// Unicode-aware compare each time).
  private static func isSingle(_ mark: Unicode.Scalar) -> Bool { mark == "'" || mark == "‘" || mark == "’" }

  /// Longer sentences are cut into windows of this many tokens.
  static let maximumSentenceLength = 200

  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "prof", "rev", "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "mt", "ft", "gov", "pres", "atty",
    "supt", "cmdr", "adm", "maj", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "al",
  ]

  /// Sentence breaks outside quotations after `.`, `!` or `?` when a capitalised word or an
  /// opening quote follows; a quotation ending in a full stop ends its sentence too.
  /// `"Is it safe?" Graham asked.`: a name or pronoun and a cue right after a quotation belong
  /// to the quotation's sentence.
  private static func attributionFollows(_ tokens: [Token], _ start: Int) -> Bool {
    var i = start
    while i < tokens.count, i - start < 6, tokens[i].isWord || tokens[i].isPunctuation(".") {
      if tokens[i].isFiniteCue, !tokens[i].capitalized || i == start {
        // `"B." Mr. Zahed said: "C."`, `"B." Reid said both ...`: a cue that opens a quotation
        // or a clause of its own starts the next sentence; one that closes (`Graham asked.`),
        // names its speaker (`asked Graham`) or takes an adjunct (`said on Friday`) does not.
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        // `"Did you know?" Todd asked the real estate mogul.`: a short addressee, then the end.
        if tokens[i].cue?.verb.takesAddressee == true,
          let stop = (i + 1..<min(tokens.count, i + 6)).first(where: { !tokens[$0].isWord }),
          tokens[stop].isSentenceEnd, (i + 1..<stop).allSatisfy({ tokens[$0].cue == nil && tokens[$0].lower != "that" })
        {
          return true
        }
        // `"... Pinchuk." Mrs. Clinton replied, "As you know, ..."`: a cue whose comma opens a
        // quotation introduces that one, after a quotation that ended its sentence. (`"B." He
        // added, "C."` goes on with the same speaker: it may speak for both.)
        if next.isPunctuation(","), i + 2 < tokens.count, tokens[i + 2].kind == .openQuote,
          tokens[i].cue?.verb.lemma != "add"
        {
          return false
        }
        return next.kind == .punctuation && !next.isPunctuation(":") || next.kind == .closeQuote
          || next.isWord && (next.capitalized || next.classes.contains(.adjunctOpener))
      }
      if i > start, tokens[i].mayBeUnlistedVerb, i + 1 == tokens.count || !tokens[i + 1].isWord {
        return true
      }
      i += 1
    }
    return false
  }

  /// `He said it was "reckless." Park said ...`: only a quotation that opens its sentence (or
  /// follows a comma or colon) can have its attribution after it.
  private static func quotationOpensSentence(_ tokens: [Token], _ open: Int, sentenceStart: Int) -> Bool {
    open == sentenceStart || (open > 0 && (tokens[open - 1].isPunctuation(",") || tokens[open - 1].isPunctuation(":")))
  }

  private static func sentences(_ tokens: [Token], _ quotes: [ClosedRange<Int>], _ quoteOf: [Int?]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    // (Room for a usual paragraph's sentences made at once, not grown from one.)
    result.reserveCapacity(4)
    var start = 0
    var i = 0
    // `Rep. Meeks (D-N.Y.) said`: a short parenthesis is never cut.
    var openParenthesis: Int? = nil
    while i < tokens.count {
      if tokens[i].isWord {
        // `in Fort Mill, S.C. "It seems ..."`: a word ends a sentence only as an initialism
        // before a quotation. (Most tokens are words: they are passed over at once, on the rarest
        // of these first, a quotation mark after them.)
        guard i + 1 < tokens.count, tokens[i + 1].kind == .openQuote, quoteOf[i] == nil,
          tokens[i].lower.bytes.last == UInt8(ascii: ".")
        else {
          i += 1
          continue
        }
      }
      let token = tokens[i]
      var breakAfter: Int? = nil
      if token.isWord {
        breakAfter = i
      } else {
        if token.isPunctuation("(") { openParenthesis = i }
        if token.isPunctuation(")") { openParenthesis = nil }
        if quoteOf[i] == nil, token.isSentenceEnd {
          breakAfter = i
        } else if token.kind == .closeQuote, let q = quoteOf[i], quotes[q].upperBound == i, i > 0,
          tokens[i - 1].isSentenceEnd
        {
          breakAfter = i
        } else if token.isPunctuation(")"), quoteOf[i] == nil, i > 0, tokens[i - 1].isSentenceEnd {
          // `(She says the photo would have made her cry.) The leaders ...`
          breakAfter = i
        }
      }
      if let open = openParenthesis, i - open < 12 {
        i += 1
        continue
      }
      if let b = breakAfter, b + 1 < tokens.count {
        let next = tokens[b + 1]
        let previous = b > 0 ? tokens[b - 1] : nil
        let isAbbreviation =
          token.isPunctuation(".")
          && previous.map { $0.isWord && ($0.classes.contains(.abbreviation) || ($0.length == 1 && $0.capitalized)) }
            == true
        // (`... on stage. (She says ...)`: a parenthesis can open the next sentence.)
        let opensNext =
          next.isWord && next.capitalized || next.kind == .openQuote
          || next.isPunctuation("(") && b + 2 < tokens.count && tokens[b + 2].isWord && tokens[b + 2].capitalized
        if !isAbbreviation, opensNext,
          !(token.kind == .closeQuote && attributionFollows(tokens, b + 1)
            && quotationOpensSentence(tokens, quotes[quoteOf[i]!].lowerBound, sentenceStart: start))
        {
          result.append(start..<(b + 1))
          start = b + 1
        }
      }
      i += 1
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    // A "sentence" of thousands of words is not prose: cut it into windows, so that no work done
    // per cue grows with it and odd input stays linear. (Prose has none: its sentences are kept
    // as found, without making an array for each.)
    guard result.contains(where: { $0.count > maximumSentenceLength }) else { return result }
    return result.flatMap { sentence in
      stride(from: sentence.lowerBound, to: sentence.upperBound, by: maximumSentenceLength).map {
        $0..<min($0 + maximumSentenceLength, sentence.upperBound)
      }
    }
  }
}

/// The word lists a word is on, as bits: the extractor asks these questions of every word many
/// times, and a bit test costs nothing where hashing the word into each list's set did.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let pronoun = WordClass(rawValue: 1 << 0)
  static let boundary = WordClass(rawValue: 1 << 1)
  static let determiner = WordClass(rawValue: 1 << 2)
  static let possessive = WordClass(rawValue: 1 << 3)
  static let auxiliary = WordClass(rawValue: 1 << 4)
  static let adjunctOpener = WordClass(rawValue: 1 << 5)
  static let relativeFollower = WordClass(rawValue: 1 << 6)
  static let abbreviation = WordClass(rawValue: 1 << 7)
  static let modal = WordClass(rawValue: 1 << 8)
  static let nounLike = WordClass(rawValue: 1 << 9)
  static let hedge = WordClass(rawValue: 1 << 10)
  static let sourcePhraseStart = WordClass(rawValue: 1 << 11)
  static let objectPronoun = WordClass(rawValue: 1 << 12)
  static let outletWord = WordClass(rawValue: 1 << 13)
  static let standaloneOutlet = WordClass(rawValue: 1 << 14)
  static let pastAct = WordClass(rawValue: 1 << 15)
  static let headlineCue = WordClass(rawValue: 1 << 16)
  static let sayOrTell = WordClass(rawValue: 1 << 17)
  static let interviewWord = WordClass(rawValue: 1 << 18)
  static let title = WordClass(rawValue: 1 << 19)
  static let organization = WordClass(rawValue: 1 << 20)
  static let timeHead = WordClass(rawValue: 1 << 21)
  static let timeModifier = WordClass(rawValue: 1 << 22)
  static let subjectPronoun = WordClass(rawValue: 1 << 23)
  static let preposition = WordClass(rawValue: 1 << 24)
  static let quantifier = WordClass(rawValue: 1 << 25)
  static let anonymousHead = WordClass(rawValue: 1 << 26)
  static let groupHead = WordClass(rawValue: 1 << 27)
  static let verbPhraseStart = WordClass(rawValue: 1 << 28)
  static let beForm = WordClass(rawValue: 1 << 29)
  static let andOrBut = WordClass(rawValue: 1 << 30)
  static let vagueHead = WordClass(rawValue: 1 << 31)

  /// Every listed word with its classes and its cue-lexicon entry, built once. Every word of
  /// every article is looked up here: the standard dictionary's seeded hash made that look-up
  /// cost about as much as reading the word.
  static let table: WordTable = {
    var table = TermMap<WordTable.Known>()
    let lists: [(Set<String>, WordClass)] = [
      (Words.pronouns, .pronoun), (Words.boundaries, .boundary), (Words.determiners, .determiner),
      (SentenceFinder.possessives, .possessive), (CueLexicon.auxiliaries, .auxiliary),
      (SentenceFinder.adjunctOpeners, .adjunctOpener), (SentenceFinder.relativeFollowers, .relativeFollower),
      (Tokenizer.abbreviations, .abbreviation), (SentenceFinder.modals, .modal), (SentenceFinder.nounLike, .nounLike),
      (CueLexicon.hedges, .hedge), (CueLexicon.sourcePhraseStarts, .sourcePhraseStart),
      (CueLexicon.verbPhraseStarts, .verbPhraseStart), (SentenceFinder.beForms, .beForm),
      (SentenceFinder.andOrBut, .andOrBut),
      (SentenceFinder.objectPronouns, .objectPronoun), (Words.outletWords, .outletWord),
      (Words.standaloneOutlets, .standaloneOutlet), (SentenceFinder.pastActs, .pastAct),
      (SentenceFinder.headlineCues, .headlineCue), (SentenceFinder.sayOrTell, .sayOrTell),
      (SentenceFinder.interviewWords, .interviewWord), (Words.titles, .title), (Words.organizationWords, .organization),
      (SentenceFinder.timeHeads, .timeHead), (SentenceFinder.timeModifiers, .timeModifier),
      (Words.subjectPronouns, .subjectPronoun), (SentenceFinder.prepositions, .preposition),
      (SentenceFinder.quantifiers, .quantifier), (Words.anonymousHeads, .anonymousHead), (Words.groupHeads, .groupHead),
      (Words.vagueHeads, .vagueHead),
    ]
    for (list, wordClass) in lists {
      for word in list { table.update(word, initial: ([], -1)) { $0.classes.insert(wordClass) } }
    }
    for (index, form) in CueLexicon.entryForms.enumerated() {
      table.update(form, initial: ([], -1)) { $0.cue = Int32(index) }
    }
    return WordTable(terms: table)
  }()
}
