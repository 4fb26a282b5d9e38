import TextPrimitives

/// Marks the furniture lines of plain text pasted from a web page, as code-point ranges.
///
/// The text itself is never changed: offsets must keep pointing into it. A line is furniture
/// when it is a known boilerplate line (`LEAVE A REPLY`), a keyword line (many short
/// comma-separated terms and no sentence), a table-of-contents entry, or anything after an
/// end-of-article heading (`RELATED ARTICLES`) in the last part of the text.
///
/// Every line of an article passes through here, so it works on code points and makes a string
/// only of what a test needs: a lower-cased head of at most 80 code points (all that the
/// boilerplate lists compare), or a whole line with enough commas to be a keyword line.
enum TextFurniture {
  static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    let lines = Self.lines(of: scalars)
    let total = scalars.count
    var ranges: [Range<Int>] = []
    // Inside a table of contents: how many entries it has had so far; nil outside one.
    var contentsEntries: Int? = nil
    for line in lines {
      if line.count > maximumFurnitureLength {
        // Prose: ends a table of contents, never furniture itself.
        contentsEntries = nil
        continue
      }
      let trimmed = Self.trimmingSpaces(scalars[line])
      if trimmed.isEmpty {
        // A blank line after the entries ends the table; one before them does not.
        if let entries = contentsEntries, entries > 0 { contentsEntries = nil }
        continue
      }
      let key = Boilerplate.key(of: trimmed)
      if let key, Boilerplate.endOfArticle.contains(key), line.lowerBound * 10 >= total * 6 {
        ranges.append(line.lowerBound..<lines.last!.upperBound)
        break
      }
      if key == "table of contents" || key == "contents" {
        contentsEntries = 0
        ranges.append(line)
        continue
      }
      if let entries = contentsEntries {
        if isListEntry(trimmed) {
          contentsEntries = entries + 1
          ranges.append(line)
          continue
        }
        contentsEntries = nil
      }
      if Boilerplate.isFurniture(trimmed, key: key) || isKeywordLine(trimmed) {
        ranges.append(line)
      }
    }
    return ranges
  }

  /// A short numbered or bulleted entry without a sentence's full stop.
  private static func isListEntry(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard line.count < 120, line.last != "." else { return false }
    let first = line.first!
    return ScalarClass.isDigit(first) || ["•", "-", "*", "–", "·"].contains(first)
  }

  /// Many short comma-separated terms and no sentence end: a tag or keyword line. Read in one
  /// pass over the code points: most prose paragraphs have five commas, so this runs on nearly
  /// every line and must not make strings.
  private static func isKeywordLine(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    // (Counted eight code points at a time: nearly every short line of an article asks.)
    let commas = scalars.withUnsafeBufferPointer { buffer in
      let raw = UnsafeRawBufferPointer(buffer)
      let comma = SIMD8<UInt32>(repeating: 0x2C)
      var found = SIMD8<UInt32>(repeating: 0)
      var i = 0
      while i + 8 <= buffer.count {
        found &+= SIMD8<UInt32>(repeating: 0).replacing(
          with: 1, where: raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self) .== comma)
        i += 8
      }
      var count = Int(found.wrappedSum())
      while i < buffer.count {
        if buffer[i] == "," { count += 1 }
        i += 1
      }
      return count
    }
    guard commas >= 5, !endsLikeASentence(scalars) else { return false }
    var terms = 0
    var termLength = 0
    var wordsInTerm = 0
    var previous: Unicode.Scalar = ","
    for scalar in scalars {
      defer { previous = scalar }
      if scalar == "," {
        if termLength > 0 { terms += 1 }
        termLength = 0
        wordsInTerm = 0
        continue
      }
      termLength += 1
      if scalar == " " {
        if previous == "." { return false }
      } else if previous == " " || previous == "," {
        wordsInTerm += 1
        if wordsInTerm > 5 { return false }
      }
    }
    if termLength > 0 { terms += 1 }
    return terms >= 6
  }

  /// `.`, `!` or `?` last, or before closing quotation marks and brackets: `He added, "We are,
  /// in effect, in a war, and in a war, loose lips sink ships."` is prose however short its
  /// comma-separated parts.
  private static func endsLikeASentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var end = line.endIndex
    while end > line.startIndex, ["\"", "”", "’", "'", ")", "]"].contains(line[end - 1]) { end -= 1 }
    return end > line.startIndex && [".", "!", "?"].contains(line[end - 1])
  }

  /// Lines as code-point ranges, without the line break (and a carriage return before it).
  static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    // (Room for lines of a usual length made at once, not grown from one.)
    result.reserveCapacity(scalars.count / 128 + 1)
    var start = 0
    func close(at end: Int) {
      let last = end > start && scalars[end - 1] == "\r" ? end - 1 : end
      result.append(start..<last)
    }
    var offset = ScalarClass.nextLineBreak(in: scalars, from: 0)
    while offset < scalars.count {
      close(at: offset)
      start = offset + 1
      offset = ScalarClass.nextLineBreak(in: scalars, from: start)
    }
    close(at: scalars.count)
    return result
  }

  private static func trimmingSpaces(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var start = line.startIndex
    var end = line.endIndex
    while start < end, ScalarClass.isSpace(line[start]) { start += 1 }
    while end > start, ScalarClass.isSpace(line[end - 1]) { end -= 1 }
    return line[start..<end]
  }

  /// Longer lines are prose, never furniture.
  static let maximumFurnitureLength = 400
}
