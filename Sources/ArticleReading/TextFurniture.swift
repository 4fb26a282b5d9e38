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
    let terms = line.split(separator: ",")
    guard terms.count >= 6, !line.contains(". "), !line.hasSuffix(".") else { return false }
    return terms.allSatisfy { $0.split(separator: " ").count <= 5 }
  }

  /// Lines with their code-point ranges; the range excludes the line break.
  static func lines(of text: String) -> [(text: String, range: Range<Int>)] {
    var result: [(String, Range<Int>)] = []
    var start = 0
    var offset = 0
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        var line = String(current)
        var end = offset
        if line.hasSuffix("\r") {
          line.removeLast()
          end -= 1
        }
        result.append((line, start..<end))
        current = String.UnicodeScalarView()
        start = offset + 1
      } else {
        current.append(scalar)
      }
      offset += 1
    }
    result.append((String(current), start..<offset))
    return result
  }
}

extension String {
  fileprivate func trimmingCharacters(_ character: Character) -> String {
    var copy = self
    while copy.last == character { copy.removeLast() }
    return copy
  }
}
