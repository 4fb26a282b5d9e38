import ArticleReading
import TextPrimitives

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

  static func paragraphs(
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
      if i < count, LineEnds.wrapsASentence(scalars, at: i) {
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

  // MARK: Tokens

  static func tokenize(
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

  static func tokenize(
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
  static func appendWord(
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
  struct WordReading {
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

  static func nonASCIIWord(
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
  static func quoteKind(
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
  static func opensAfter(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "(", "[", "{", "—", "–", "-", "/": true
    default: false
    }
  }
}
