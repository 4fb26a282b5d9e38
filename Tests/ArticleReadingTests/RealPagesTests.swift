import Foundation
import Testing

@testable import ArticleReading

/// The 43 real news pages in `../shared/pages`, scored as `../shared/tools/text_score.py` does:
/// bag-of-words F1 of our text against the expected text, averaged over pages.
@Suite struct RealPagesTests {
  static let pages = Fixtures.shared.appendingPathComponent("pages")

  @Test(.enabled(if: Fixtures.sharedIsPresent, "../shared/pages is absent: skipped"))
  func meanWordF1OnRealPagesIsAtLeast093() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.pages.path)
      .filter { $0.hasSuffix(".html") }.sorted()
    #expect(names.count == 43)
    var total = 0.0
    for name in names {
      let expectedPath = Self.pages.appendingPathComponent(name.replacingOccurrences(of: ".html", with: ".txt"))
      let expected = try String(contentsOf: expectedPath, encoding: .utf8)
      let article = try ArticleReader.read(path: Self.pages.appendingPathComponent(name).path)
      total += WordScore.f1(expected: expected, extracted: article.text)
    }
    let mean = total / Double(names.count)
    print("real pages: mean word F1 \(String(format: "%.3f", mean)) over \(names.count) pages")
    #expect(mean >= 0.93)
  }

  @Test func wordScoreCountsRepeatedWordsLikeTheReferenceScorer() {
    #expect(WordScore.f1(expected: "a a b", extracted: "a b b") == 2.0 / 3.0)
    #expect(WordScore.f1(expected: "Don't stop", extracted: "don t STOP") == 1)
  }
}

/// Python's `re.findall(r"\w+", s.lower())` as a multiset, and F1 of the overlap.
enum WordScore {
  static func words(_ text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    var word = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
      } else if !word.isEmpty {
        counts[word, default: 0] += 1
        word = ""
      }
    }
    if !word.isEmpty { counts[word, default: 0] += 1 }
    return counts
  }

  static func f1(expected: String, extracted: String) -> Double {
    let e = words(expected)
    let o = words(extracted)
    let common = e.reduce(0) { $0 + min($1.value, o[$1.key] ?? 0) }
    let p = o.isEmpty ? 0 : Double(common) / Double(o.values.reduce(0, +))
    let r = e.isEmpty ? 0 : Double(common) / Double(e.values.reduce(0, +))
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
}
