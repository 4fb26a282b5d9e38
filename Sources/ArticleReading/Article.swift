import SafeXML
import TextPrimitives

/// An article as the extractor reads it: the text every offset points into, plus what is known
/// about it.
public struct Article: Sendable, Equatable {
  public enum Format: String, Sendable, Equatable {
    case plainText = "text"
    case html
  }

  /// Where the article came from, as the user named it (a path).
  public var source: String
  public var format: Format
  /// For plain text, the file's text unchanged but for a leading byte-order mark; for HTML, the
  /// article body as paragraphs separated by blank lines. Either way each character XML cannot
  /// carry or HTML forbids is read as U+FFFD, one for one (``XMLCharacters/mapped(_:)``), so
  /// offsets stay those of the file and every export of it reads back. Offsets everywhere are
  /// code points (Unicode scalars) into this string.
  public let text: String
  /// `text` as code points, decoded once when the article is made: every offset counts them,
  /// and furniture marking and the extractor both read them (each decoding them for itself was
  /// a tenth of reading an article).
  public let scalars: [Unicode.Scalar]
  public var metadata: ArticleMetadata
  /// Code-point ranges of `text` that are page furniture (comment prompts, related-article
  /// headings, keyword lines, tables of contents): kept in the text so offsets stay true, but
  /// never a source of statements.
  public var furniture: [Range<Int>]

  public init(
    source: String, format: Format, text: String, metadata: ArticleMetadata = ArticleMetadata(),
    furniture: [Range<Int>] = []
  ) {
    self.source = source
    self.format = format
    // Here, where every way of reading (a file, a page, a gold corpus, a caller's own text)
    // makes its article: one door, so no text escapes the mapping.
    self.text = XMLCharacters.mapped(text)
    self.scalars = ScalarClass.scalars(of: self.text)
    self.metadata = metadata.mapped()
    self.furniture = furniture
  }
}

/// What a page says about itself. Every field is optional: pages vary.
public struct ArticleMetadata: Sendable, Equatable, Codable {
  public var title: String?
  /// The publication's name (`og:site_name`, JSON-LD publisher).
  public var outlet: String?
  public var authors: [String]
  /// ISO 8601 date or date-time.
  public var published: String?
  public var modified: String?
  /// Canonical URL; the article's identity in the ledger when no id is given.
  public var url: String?
  /// BCP 47 language tag as the page declares it (`en`, `en-US`).
  public var language: String?

  /// Every field through ``XMLCharacters/mapped(_:)``: a page's metadata is text that enters
  /// the ledger too.
  func mapped() -> ArticleMetadata {
    ArticleMetadata(
      title: XMLCharacters.mapped(title), outlet: XMLCharacters.mapped(outlet),
      authors: authors.map(XMLCharacters.mapped), published: XMLCharacters.mapped(published),
      modified: XMLCharacters.mapped(modified), url: XMLCharacters.mapped(url),
      language: XMLCharacters.mapped(language))
  }

  public init(
    title: String? = nil, outlet: String? = nil, authors: [String] = [], published: String? = nil,
    modified: String? = nil, url: String? = nil, language: String? = nil
  ) {
    self.title = title
    self.outlet = outlet
    self.authors = authors
    self.published = published
    self.modified = modified
    self.url = url
    self.language = language
  }
}
