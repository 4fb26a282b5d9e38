import Foundation
import SafeXML

/// Reads article files: plain text or HTML pages, decoded and made ready for extraction.
public enum ArticleReader {
  /// Reads the file at `path`. The format follows the extension (`.html`, `.htm`, `.xhtml`) or,
  /// for any other name, the content (a page starting with `<!DOCTYPE html` or `<html`).
  public static func read(path: String) throws(ReadingError) -> Article {
    let bytes = try readBytes(path)
    return try article(from: bytes, source: path)
  }

  /// Reads an article from bytes already in memory; `source` names it in errors and output.
  public static func article(from bytes: [UInt8], source: String) throws(ReadingError) -> Article {
    do throws(ReadingError.Problem) {
      if isHTML(bytes, name: source) {
        let page = try TextDecoding.html(bytes)
        return htmlArticle(page, source: source)
      }
      let text = try TextDecoding.plainText(bytes)
      guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
        throw ReadingError.Problem.empty
      }
      var article = Article(source: source, format: .plainText, text: text)
      article.furniture = TextFurniture.ranges(in: article.scalars)
      return article
    } catch {
      throw ReadingError(file: source, problem: error)
    }
  }

  /// An HTML page already decoded to a string.
  public static func htmlArticle(_ page: String, source: String) -> Article {
    let tree = MarkupDocument.html(Array(page.utf8)).tree
    let metadata = PageMetadata.read(tree)
    var paragraphs = PageContent(tree: tree).paragraphs()
    // The headline leads the text even when the page keeps it outside the body: headlines
    // attribute too ("Mayor says ...").
    if let title = metadata.title, !paragraphs.contains(where: { $0.text == title }) {
      paragraphs.insert(.init(text: title, isCaption: false), at: 0)
    }
    var text = ""
    var captions: [Range<Int>] = []
    var offset = 0
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 {
        text += "\n\n"
        offset += 2
      }
      let length = paragraph.text.unicodeScalars.count
      if paragraph.isCaption { captions.append(offset..<offset + length) }
      text += paragraph.text
      offset += length
    }
    return Article(
      source: source, format: .html, text: text, metadata: metadata, furniture: captions)
  }

  private static func isHTML(_ bytes: [UInt8], name: String) -> Bool {
    let lower = name.lowercased()
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
    if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return false }
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
      .drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
  }

  private static func readBytes(_ path: String) throws(ReadingError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReadingError(file: path, problem: .missing)
    }
    if isDirectory.boolValue { throw ReadingError(file: path, problem: .isDirectory) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let reason = access(path, R_OK) == 0 ? "open failed" : "permission denied"
      throw ReadingError(file: path, problem: .unreadable(reason))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.readToEnd() ?? Data()
      if data.isEmpty { throw ReadingError(file: path, problem: .empty) }
      return [UInt8](data)
    } catch let error as ReadingError {
      throw error
    } catch {
      throw ReadingError(file: path, problem: .unreadable(error.localizedDescription))
    }
  }
}
