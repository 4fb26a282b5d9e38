import Foundation
import Testing
import TextPrimitives

@testable import ArticleReading

@Suite struct PlainTextReadingTests {
  @Test func utf8WithBOMKeepsEverythingButTheBOM() throws {
    let path = try Fixtures.temporaryFile("a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Line one\r\nLine two\n".utf8))
    let article = try ArticleReader.read(path: path)
    #expect(article.text == "Line one\r\nLine two\n")
    #expect(article.format == .plainText)
  }

  @Test func utf16WithBOMIsDecoded() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "Café “said”".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let article = try ArticleReader.read(path: try Fixtures.temporaryFile("u.txt", bytes: bytes))
    #expect(article.text == "Café “said”")
  }

  @Test func invalidUTF8NamesTheByteOffset() throws {
    let path = try Fixtures.temporaryFile("bad.txt", bytes: Array("Hello wörld".utf8) + [0xC3, 0x28])
    let error = #expect(throws: ReadingError.self) { try ArticleReader.read(path: path) }
    #expect(error?.description == "\(path): not UTF-8 text (invalid byte at offset 12)")
  }

  @Test func binaryEmptyDirectoryAndMissingFilesAreClearErrors() throws {
    let png = try Fixtures.temporaryFile("image.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
    #expect(throws: ReadingError(file: png, problem: .binary("a PNG image"))) { try ArticleReader.read(path: png) }
    let nul = try Fixtures.temporaryFile("nul.txt", bytes: Array("abc".utf8) + [0] + Array("def".utf8))
    #expect(throws: ReadingError(file: nul, problem: .binary("binary data: a NUL byte at offset 3"))) {
      try ArticleReader.read(path: nul)
    }
    let empty = try Fixtures.temporaryFile("empty.txt", bytes: [])
    #expect(throws: ReadingError(file: empty, problem: .empty)) { try ArticleReader.read(path: empty) }
    let blank = try Fixtures.temporaryFile("blank.txt", bytes: Array(" \n\n ".utf8))
    #expect(throws: ReadingError(file: blank, problem: .empty)) { try ArticleReader.read(path: blank) }
    let directory = URL(fileURLWithPath: empty).deletingLastPathComponent().path
    #expect(throws: ReadingError(file: directory, problem: .isDirectory)) { try ArticleReader.read(path: directory) }
    #expect(throws: ReadingError(file: "/nonexistent/story.txt", problem: .missing)) {
      try ArticleReader.read(path: "/nonexistent/story.txt")
    }
  }

  @Test func pastedPageFurnitureIsMarkedNotRemoved() throws {
    let path = Fixtures.example("harbor-bridge-bayledger.txt")
    let article = try ArticleReader.read(path: path)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    #expect(article.text == original)
    let scalars = Array(article.text.unicodeScalars)
    let marked = article.furniture.map { String(String.UnicodeScalarView(scalars[$0])) }
    #expect(
      marked == [
        "Tags: bridge, traffic, Elena Ruiz, Westline Steel, commuters, repairs, city hall",
        "RELATED ARTICLES\n\nLEAVE A REPLY\nPlease enter your comment!\n",
      ])
  }

  @Test func keywordLinesAndTablesOfContentsAreFurniture() {
    let text = """
      Budget, taxes, schools, roads, mayor, council, vote, election
      Council passes budget

      Table of Contents

        1. Introduction
        2. What the council decided
          • Schools

      1. Introduction

      The council voted 7-2 on Tuesday, the clerk said.

      But, she added, "We are, in effect, in a crisis, and in a crisis, budgets bend."
      """
    let ranges = TextFurniture.ranges(in: ScalarClass.scalars(of: text))
    let scalars = Array(text.unicodeScalars)
    let marked = ranges.map { String(String.UnicodeScalarView(scalars[$0])).trimmingCharacters(in: .whitespaces) }
    #expect(
      marked == [
        "Budget, taxes, schools, roads, mayor, council, vote, election", "Table of Contents",
        "1. Introduction", "2. What the council decided", "• Schools",
      ])
  }

  /// Openings and known lines, whatever their case, ASCII or not: the openings are compared
  /// code point by code point on ASCII lines, on a lower-cased String otherwise.
  @Test func furnitureOpeningsAndLinesMatchInAnyCase() {
    let text = """
      TAGS: bridge, Élysée
      © 2025 The Courier
      Read more: Élodie Ruiz's plan
      Ｔags: not an opening, a full-width letter
      Tagsy: a word that begins like an opening
      The mayor said the bridge would reopen.
      Share This Article::
      Shares fell on Tuesday.
      """
    let ranges = TextFurniture.ranges(in: ScalarClass.scalars(of: text))
    let scalars = Array(text.unicodeScalars)
    #expect(
      ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == [
        "TAGS: bridge, Élysée", "© 2025 The Courier", "Read more: Élodie Ruiz's plan", "Share This Article::",
      ])
  }
}
