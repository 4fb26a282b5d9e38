import ArticleReading
import TextPrimitives

extension Tokenizer {
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
  static func isSingle(_ mark: Unicode.Scalar) -> Bool { mark == "'" || mark == "‘" || mark == "’" }

  /// Longer sentences are cut into windows of this many tokens.
  static let maximumSentenceLength = 200

  /// Sentence breaks outside quotations after `.`, `!` or `?` when a capitalised word or an
  /// opening quote follows; a quotation ending in a full stop ends its sentence too.
  /// `"Is it safe?" Graham asked.`: a name or pronoun and a cue right after a quotation belong
  /// to the quotation's sentence.
  static func attributionFollows(_ tokens: [Token], _ start: Int) -> Bool {
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
          tokens[i].cue?.verb.frames.contains(.continuesSpeaker) != true
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
  static func quotationOpensSentence(_ tokens: [Token], _ open: Int, sentenceStart: Int) -> Bool {
    open == sentenceStart || (open > 0 && (tokens[open - 1].isPunctuation(",") || tokens[open - 1].isPunctuation(":")))
  }

  static func sentences(_ tokens: [Token], _ quotes: [ClosedRange<Int>], _ quoteOf: [Int?]) -> [Range<Int>] {
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
