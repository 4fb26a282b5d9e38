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

  /// The file's bytes, read with the system calls themselves (open, fstat, read, close): the
  /// bench reads a thousand articles a pass, and FileManager and FileHandle took 18,000
  /// instructions and 1.6 system calls more a file (`strace -c` over the 84 PolNeAR dev texts).
  private static func readBytes(_ path: String) throws(ReadingError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let problem: ReadingError.Problem =
        switch errno {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .unreadable("permission denied")
        default: .unreadable("open failed")
        }
      throw ReadingError(file: path, problem: problem)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw ReadingError(file: path, problem: .unreadable(String(cString: strerror(errno))))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw ReadingError(file: path, problem: .isDirectory) }
    // Read to the end, whatever the size said: a file may grow or shrink while it is read.
    // (Into memory not zeroed first: every byte kept is one read.)
    var bytes: [UInt8] = []
    var failure: Int32? = nil
    var atEnd = false
    while !atEnd && failure == nil {
      let room = max(Int(info.st_size) - bytes.count, 0) + 4096
      let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
        count = 0
        while count < buffer.count {
          let got = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
          if got > 0 {
            count += got
          } else if got == 0 {
            atEnd = true
            return
          } else if errno != EINTR {
            failure = errno
            return
          }
        }
      }
      // (The first chunk, nearly always the whole file, kept as it is, not copied.)
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
    }
    if let failure { throw ReadingError(file: path, problem: .unreadable(String(cString: strerror(failure)))) }
    if bytes.isEmpty { throw ReadingError(file: path, problem: .empty) }
    return bytes
  }
}

/// `read(2)`, where ``ArticleReader/read(path:)`` does not hide its name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
