import Foundation
import Testing

@testable import ArticleReading

/// The three pasted web articles in `../shared/corpus` end with comment prompts and link rails,
/// and one opens with a keyword line: all of it must be marked.
@Suite struct CorpusFurnitureTests {
  static let corpus = Fixtures.shared.appendingPathComponent("corpus")

  func markedLines(_ name: String) throws -> [String] {
    let article = try ArticleReader.read(path: Self.corpus.appendingPathComponent(name).path)
    let scalars = Array(article.text.unicodeScalars)
    return article.furniture.map { String(String.UnicodeScalarView(scalars[$0])) }
  }

  @Test(.enabled(if: Fixtures.sharedIsPresent, "../shared/corpus is absent: skipped"))
  func corpusFurnitureIsMarked() throws {
    let first = try markedLines("000_06325e0dba95337e.txt")
    #expect(first.first == "Table of Contents")
    #expect(first.last?.hasPrefix("Post a Comment") == true)
    #expect(first.last?.contains("Previous Post Next Post") == true)
    let second = try markedLines("002_4ebde24fb1277448.txt")
    #expect(second.first?.hasPrefix("CIA, SVR, John Ratcliffe, Sergey Naryshkin") == true)
    #expect(second.last?.hasPrefix("RELATED ARTICLES") == true)
    #expect(second.last?.hasSuffix("Most Popular") == true)
  }
}
