/// Marks the furniture lines of plain text pasted from a web page, as code-point ranges.
///
/// The text itself is never changed: offsets must keep pointing into it. A line is furniture
/// when it is a known boilerplate line (`LEAVE A REPLY`), a keyword line (many short
/// comma-separated terms and no sentence), a table-of-contents entry, or anything after an
/// end-of-article heading (`RELATED ARTICLES`) in the last part of the text.
enum TextFurniture {
  static func ranges(in text: String) -> [Range<Int>] {
    let lines = Self.lines(of: text)
    let total = lines.last.map { $0.range.upperBound } ?? 0
    var ranges: [Range<Int>] = []
    // Inside a table of contents: how many entries it has had so far; nil outside one.
    var contentsEntries: Int? = nil
    for (index, line) in lines.enumerated() {
      if line.text.isEmpty, line.range.count > maximumFurnitureLength {
        // Prose: ends a table of contents, never furniture itself.
        contentsEntries = nil
        continue
      }
      let trimmed = line.text.trimmingSpaces()
      if trimmed.isEmpty {
        // A blank line after the entries ends the table; one before them does not.
        if let entries = contentsEntries, entries > 0 { contentsEntries = nil }
        continue
      }
      let key = trimmed.lowercased().trimmingCharacters(":")
      if Boilerplate.endOfArticle.contains(key), line.range.lowerBound * 10 >= total * 6 {
        let end = lines[index...].last!.range.upperBound
        ranges.append(line.range.lowerBound..<end)
        break
      }
      if key == "table of contents" || key == "contents" {
        contentsEntries = 0
        ranges.append(line.range)
        continue
      }
      if let entries = contentsEntries {
        if isListEntry(trimmed) {
          contentsEntries = entries + 1
          ranges.append(line.range)
          continue
        }
        contentsEntries = nil
      }
      if Boilerplate.isFurniture(trimmed) || isKeywordLine(trimmed) {
        ranges.append(line.range)
      }
    }
    return ranges
  }

  /// A short numbered or bulleted entry without a sentence's full stop.
  private static func isListEntry(_ line: String) -> Bool {
    guard line.count < 120, !line.hasSuffix(".") else { return false }
    let first = line.unicodeScalars.first!
    return first.properties.numericType != nil || ["•", "-", "*", "–", "·"].contains(Character(first))
  }

  /// Many short comma-separated terms and no full stop: a tag or keyword line.
  private static func isKeywordLine(_ line: String) -> Bool {
    guard line.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count >= 5 else { return false }
    let terms = line.split(separator: ",")
    guard terms.count >= 6, !line.contains(". "), !line.hasSuffix(".") else { return false }
    return terms.allSatisfy { $0.split(separator: " ").count <= 5 }
  }

  /// Lines with their code-point ranges (without the line break). Only lines short enough to
  /// be furniture get their text; a paragraph of prose keeps an empty one, which costs nothing.
  static func lines(of text: String) -> [(text: String, range: Range<Int>)] {
    var result: [(String, Range<Int>)] = []
    let view = text.unicodeScalars
    var lineStart = view.startIndex
    var start = 0
    var offset = 0
    var previous: Unicode.Scalar? = nil
    func close(at index: String.UnicodeScalarView.Index) {
      let endsWithReturn = previous == "\r"
      let length = offset - start
      var line = length <= maximumFurnitureLength ? String(Substring(view[lineStart..<index])) : ""
      if endsWithReturn, !line.isEmpty { line.unicodeScalars.removeLast() }
      result.append((line, start..<(endsWithReturn ? offset - 1 : offset)))
    }
    var index = view.startIndex
    while index < view.endIndex {
      let scalar = view[index]
      if scalar == "\n" {
        close(at: index)
        lineStart = view.index(after: index)
        start = offset + 1
        previous = nil
      } else {
        previous = scalar
      }
      offset += 1
      index = view.index(after: index)
    }
    close(at: view.endIndex)
    return result
  }

  /// Longer lines are prose, never furniture.
  static let maximumFurnitureLength = 400
}

extension String {
  fileprivate func trimmingCharacters(_ character: Character) -> String {
    var copy = self
    while copy.last == character { copy.removeLast() }
    return copy
  }
}
