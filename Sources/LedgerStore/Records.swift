import ArticleReading
import Attribution
import Corroboration
import GRDB
import SafeXML
import TextPrimitives

/// What an ingest did to the ledger.
public struct IngestResult: Sendable, Equatable {
  public var articleID: String
  public var version: Int
  public var statementsAdded: Int
  /// The same text was already the latest version: nothing changed.
  public var unchanged: Bool
}

/// A statement as stored, with the corroboration status of its group.
///
/// A value, copied on write: its fields live in one shared box, so that a copy is one
/// reference count, not one for each of its dozen strings. A report of 100,000 articles passes
/// each of its 1.3 million statements from the ledger's scan to its article, its claim and the
/// pages' writers, and counting references of field-by-field copies was a tenth of its time.
public struct StoredStatement: Sendable, Equatable {
  private struct Fields: Equatable {
    var id: Int64
    var articleID: String
    var version: Int
    var ordinal: Int
    var statement: Attribution.Statement
    var group: Int64?
    var verdict: GroupVerdict?
    var linkedTo: Int64?
    var linkEvidence: String?
    var review: ClaimReview?
  }

  /// Never changed: a write makes a new box (``fields``). The fields sit in the box's own
  /// memory at a fixed address that the accessors hand out (`unsafeAddress`), so reading
  /// `s.statement.speaker` loads one string. Through a `_read` coroutine each read allocated
  /// the coroutine's frame and copied the whole statement out, its strings retained and
  /// released: 1.4 million such reads were 7 % of a 2,000-article report's instructions. (A
  /// `ManagedBuffer`'s header: one allocation a statement, not the object and its fields apart.)
  private final class Box: ManagedBuffer<Fields, UInt8> {
    static func make(_ fields: Fields) -> Box {
      unsafeDowncast(Box.create(minimumCapacity: 0) { _ in fields }, to: Box.self)
    }

    /// The fields, written once when made, only read after. (The header lies inside the
    /// object, so its address holds while the box lives; an accessor's caller holds the
    /// statement, and so the box, while it reads.)
    var fields: UnsafePointer<Fields> { withUnsafeMutablePointerToHeader { UnsafePointer($0) } }
  }

  // (Immutable once made, as the box says: safe to share across threads.)
  nonisolated(unsafe) private var box: Box

  init(
    id: Int64,
    articleID: String,
    version: Int,
    ordinal: Int,
    statement: Attribution.Statement,
    group: Int64?,
    verdict: GroupVerdict?,
    linkedTo: Int64?,
    linkEvidence: String?,
    review: ClaimReview?
  ) {
    box = Box.make(
      Fields(
        id: id, articleID: articleID, version: version, ordinal: ordinal, statement: statement, group: group,
        verdict: verdict, linkedTo: linkedTo, linkEvidence: linkEvidence, review: review))
  }

  /// The fields, for writing: into a new box (writes are rare; reads are millions).
  private var fields: Fields {
    get { box.fields.pointee }
    _modify {
      var fields = box.fields.pointee
      yield &fields
      box = Box.make(fields)
    }
  }

  public var id: Int64 {
    unsafeAddress { box.fields.pointer(to: \.id)! }
    _modify { yield &fields.id }
  }
  public var articleID: String {
    unsafeAddress { box.fields.pointer(to: \.articleID)! }
    _modify { yield &fields.articleID }
  }
  public var version: Int {
    unsafeAddress { box.fields.pointer(to: \.version)! }
    _modify { yield &fields.version }
  }
  public var ordinal: Int {
    unsafeAddress { box.fields.pointer(to: \.ordinal)! }
    _modify { yield &fields.ordinal }
  }
  public var statement: Attribution.Statement {
    unsafeAddress { box.fields.pointer(to: \.statement)! }
    _modify { yield &fields.statement }
  }
  public var group: Int64? {
    unsafeAddress { box.fields.pointer(to: \.group)! }
    _modify { yield &fields.group }
  }
  public var verdict: GroupVerdict? {
    unsafeAddress { box.fields.pointer(to: \.verdict)! }
    _modify { yield &fields.verdict }
  }
  /// Why it is in its group: the statement it matched (the group's first) and the evidence, in
  /// words (``Corroboration/ClaimMatch/evidence``); nil for a group's first statement.
  public var linkedTo: Int64? {
    unsafeAddress { box.fields.pointer(to: \.linkedTo)! }
    _modify { yield &fields.linkedTo }
  }
  public var linkEvidence: String? {
    unsafeAddress { box.fields.pointer(to: \.linkEvidence)! }
    _modify { yield &fields.linkEvidence }
  }
  /// Its claim's review state, when an editor has marked the claim (``Ledger/mark(claim:as:note:editor:at:)``).
  public var review: ClaimReview? {
    unsafeAddress { box.fields.pointer(to: \.review)! }
    _modify { yield &fields.review }
  }

  public static func == (left: StoredStatement, right: StoredStatement) -> Bool {
    left.box === right.box || left.box.fields.pointee == right.box.fields.pointee
  }
}

/// A group's status and evidence as stored.
public struct GroupVerdict: Sendable, Equatable {
  public var id: Int64
  public var status: ClaimStatus
  public var reason: String
  /// The origins and outlets as the ledger stores them, one a line: a report reads a verdict for
  /// each of a million statements and writes the origins of none, so they are split only when
  /// asked for (made into arrays for every statement, they were an allocation each on the
  /// report's critical path).
  private var originLines: String
  private var outletLines: String

  public var origins: [String] {
    get { Ledger.lines(originLines) }
    set { originLines = newValue.joined(separator: "\n") }
  }
  public var outlets: [String] {
    get { Ledger.lines(outletLines) }
    set { outletLines = newValue.joined(separator: "\n") }
  }
  /// Whether any outlet carried the claim, without splitting them.
  public var hasOutlets: Bool { !outletLines.isEmpty }

  public init(id: Int64, status: ClaimStatus, reason: String, origins: [String], outlets: [String]) {
    self.init(
      id: id, status: status, reason: reason, originLines: origins.joined(separator: "\n"),
      outletLines: outlets.joined(separator: "\n"))
  }

  /// The verdict from its stored columns (`origins` and `outlets` one a line).
  init(id: Int64, status: ClaimStatus, reason: String, originLines: String, outletLines: String) {
    self.id = id
    self.status = status
    self.reason = reason
    self.originLines = originLines
    self.outletLines = outletLines
  }
}

public struct SourceSummary: Sendable, Equatable {
  public var name: String
  public var kind: SpeakerKind
  public var aliases: [String]
  public var affiliation: String?
  public var statements: Int
  public var articles: Int
}

/// The whole ledger as values, in canonical order: what export writes and import restores.
public struct LedgerSnapshot: Sendable, Equatable {
  public struct ArticleRecord: Sendable, Equatable {
    public var id: String
    public var url: String?
    public var outlet: String?
    public var title: String?
    public var versions: [VersionRecord]
    public init(id: String, url: String?, outlet: String?, title: String?, versions: [VersionRecord]) {
      self.id = id
      self.url = url
      self.outlet = outlet
      self.title = title
      self.versions = versions
    }
  }

  public struct VersionRecord: Sendable, Equatable {
    public var number: Int
    public var source: String
    public var format: String
    public var textHash: String
    public var text: String
    public var published: String?
    public var ingestedAt: String
    public var statements: [StatementRecord]
    public init(
      number: Int, source: String, format: String, textHash: String, text: String, published: String?,
      ingestedAt: String, statements: [StatementRecord]
    ) {
      self.number = number
      self.source = source
      self.format = format
      self.textHash = textHash
      self.text = text
      self.published = published
      self.ingestedAt = ingestedAt
      self.statements = statements
    }
  }

  public struct StatementRecord: Sendable, Equatable {
    public var id: Int64
    public var ordinal: Int
    public var sourceID: Int64?
    public var statement: Attribution.Statement
    public var isCurrent: Bool
    public var group: Int64?
    /// Whether it denies what its group's first statement asserts.
    public var negative: Bool
    public var linkedTo: Int64?
    public var linkEvidence: String?
    public init(
      id: Int64, ordinal: Int, sourceID: Int64?, statement: Attribution.Statement, isCurrent: Bool, group: Int64?,
      negative: Bool, linkedTo: Int64?, linkEvidence: String?
    ) {
      self.id = id
      self.ordinal = ordinal
      self.sourceID = sourceID
      self.statement = statement
      self.isCurrent = isCurrent
      self.group = group
      self.negative = negative
      self.linkedTo = linkedTo
      self.linkEvidence = linkEvidence
    }
  }

  public struct SourceRecord: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var kind: SpeakerKind
    public var affiliation: String?
    public var aliases: [String]
    public init(id: Int64, name: String, kind: SpeakerKind, affiliation: String?, aliases: [String]) {
      self.id = id
      self.name = name
      self.kind = kind
      self.affiliation = affiliation
      self.aliases = aliases
    }
  }

  /// One part of a snapshot as it is read or written a part at a time: all sources, then all
  /// groups, then all articles, then the review log, each in canonical order.
  public enum Part: Sendable {
    case source(SourceRecord)
    case group(GroupVerdict)
    case article(ArticleRecord)
    case review(ReviewEntry)
  }

  public var articles: [ArticleRecord]
  public var sources: [SourceRecord]
  public var groups: [GroupVerdict]
  public var reviews: [ReviewEntry]

  /// Adds a part where it belongs.
  public mutating func append(_ part: Part) {
    switch part {
    case .source(let source): sources.append(source)
    case .group(let group): groups.append(group)
    case .article(let article): articles.append(article)
    case .review(let entry): reviews.append(entry)
    }
  }

  /// The parts in order (``Part``).
  public func forEachPart(_ body: (Part) throws -> Void) rethrows {
    for source in sources { try body(.source(source)) }
    for group in groups { try body(.group(group)) }
    for article in articles { try body(.article(article)) }
    for entry in reviews { try body(.review(entry)) }
  }

  public init(
    articles: [ArticleRecord], sources: [SourceRecord], groups: [GroupVerdict], reviews: [ReviewEntry] = []
  ) {
    self.articles = articles
    self.sources = sources
    self.groups = groups
    self.reviews = reviews
  }
}

/// A 64-bit FNV-1a hash of a text's UTF-8, as 16 hex digits: a fingerprint for reports and
/// exports (equality of versions is decided on the text itself).
public func textFingerprint(_ text: String) -> String {
  let hex = String(FNV1a.hash(text), radix: 16)
  return String(repeating: "0", count: 16 - hex.count) + hex
}

/// An article made ready to store: its statements, what corroboration compares of them, and
/// their rows as the `statement` table stores them. All of it is pure work, done before the
/// ledger's write lock is taken, and in a batch on another core while the previous article is
/// stored (see `ReadAhead`).
public struct PreparedArticle: Sendable {
  public var article: Article
  public var statements: [Attribution.Statement]
  /// Each claim's terms, sorted, and whether it denies its content.
  var terms: [[String]]
  var negative: [Bool]
  /// What the linking engine compares of each.
  var signatures: [ClaimSignature]
  /// Each statement's columns from `mention` to `terms` (``Ledger/storedColumns``), as
  /// arguments ready for the write.
  var stored: [StatementArguments]

  public init(_ article: Article, statements: [Attribution.Statement]) {
    self.article = article
    // The extractor's statements hold only the article's (mapped) text; a caller's own may not.
    // Speakers as the registry counts sources (``SourceNames``).
    let lowerCaseWords = Self.lowerCaseWords(of: article, for: statements)
    var statements = statements.map { statement in
      var statement = statement.mappedForXML()
      (statement.speaker, statement.speakerKind) = SourceNames.normalized(
        statement.speaker, kind: statement.speakerKind, lowerCaseWords: lowerCaseWords, mention: statement.mention)
      return statement
    }
    // A surname alone is the one full name with that surname the article writes (`Bernie
    // Sanders` in its text, `Sanders said` at the statement), as a reader would take it; the
    // ledger's registry then does the same across articles. A given name alone (`Hillary
    // said`) is likewise the one full name the article writes starting with it (`Hillary
    // Clinton`), in this article only: across a ledger a given name says too little; only when
    // none starts with it is it taken for a surname (`Mr. Lou`). Two names, and it stays as
    // written.
    // Each full name as written passes the registry's rules before they are counted: `Maybe
    // Trump` is no full name beside `Donald Trump`, `Chief Martin Baron` is Martin Baron, and
    // `Morning Consult` an organisation.
    var written: [String: [String: SpeakerKind]] = [:]
    for index in statements.indices where statements[index].speakerKind == .person {
      guard let name = statements[index].speaker, !name.utf8.contains(UInt8(ascii: " ")) else { continue }
      let key = SourceNames.key(name)
      if written[key] == nil {
        func normalized(_ candidates: Set<String>) -> [String: SpeakerKind] {
          var names: [String: SpeakerKind] = [:]
          for candidate in candidates {
            let (full, kind) = SourceNames.normalized(candidate, kind: .person, lowerCaseWords: lowerCaseWords)
            if let full, full.utf8.contains(UInt8(ascii: " ")) { names[full] = kind }
          }
          return names
        }
        // A surname first, as most one-word speakers are, even one that is also a given name
        // (`Admiral Harris` of `Harry B. Harris Jr.`, not `Harris Jr.`); a given name no full
        // name ends in is the start of one (`Hillary`), and only a person's: `Hillary Clinton
        // Foundation` is no name of Hillary's.
        var names = normalized(Self.fullNames(endingWith: name, in: article))
        if names.isEmpty, GivenNames.isGivenName(name.lowercased()) {
          names = normalized(Self.fullNames(startingWith: name, in: article)).filter {
            $0.value == .person && $0.key.hasPrefix(name + " ")
          }
        }
        written[key] = names
      }
      if let only = written[key], only.count == 1, let (full, kind) = only.first {
        (statements[index].speaker, statements[index].speakerKind) = (full, kind)
      }
    }
    self.statements = statements
    signatures = statements.map {
      ClaimSignature(content: $0.content, cue: $0.cue, speaker: $0.speaker, kind: $0.speakerKind, direct: $0.direct)
    }
    terms = signatures.map(\.key.terms)
    negative = signatures.map(\.key.negative)
    stored = statements.indices.map { [terms] in Ledger.storedValues(statements[$0], terms: terms[$0]) }
  }
}

extension PreparedArticle {
  /// Which words of person names the article also writes in lower case: a one-word name that
  /// is such a word is a common word (`Development`, `Black`), and a name of three words or more
  /// with two of them a phrase (``SourceNames/normalized(_:kind:lowerCaseWords:mention:)``).
  static func lowerCaseWords(of article: Article, for statements: [Attribution.Statement]) -> Set<String> {
    let candidates = Set(
      statements.flatMap { statement -> [String] in
        guard statement.speakerKind == .person, let name = statement.speaker else { return [] }
        return name.lowercased().split(separator: " ").map(String.init)
      })
    guard !candidates.isEmpty else { return [] }
    // Only words of a candidate's length are made into Strings to look up.
    let lengths = Set(candidates.map(\.unicodeScalars.count))
    var found = Set<String>()
    var start = 0
    let scalars = article.scalars
    // (The article's code points, decoded once, and the project's own letter test: Unicode's
    // properties were a tenth of an ingest.)
    for index in 0...scalars.count
    where index == scalars.count || !(ScalarClass.isLetter(scalars[index]) || scalars[index] == "-") {
      if index > start, lengths.contains(index - start), ScalarClass.isLower(scalars[start]) {
        let word = ScalarClass.string(scalars[start..<index])
        if candidates.contains(word) { found.insert(word) }
      }
      start = index + 1
    }
    return found
  }
}

extension PreparedArticle {
  /// The distinct full names the article writes that end in `surname`: one or two capitalised
  /// words before it, titles and honorifics not counted (`President Obama` is no full name), one
  /// per given name (`Donald J. Trump` and `Donald Trump` are one; the first written is kept).
  static func fullNames(endingWith surname: String, in article: Article) -> Set<String> {
    let scalars = article.scalars
    var names: [String: String] = [:]
    for index in occurrences(of: surname, in: scalars) {
      // Walk back over up to two capitalised words, each followed by one space.
      var words: [String] = []
      var cursor = index
      while words.count < 2, cursor >= 2, scalars[cursor - 1] == " " {
        var start = cursor - 1
        while start > 0, ScalarClass.isLetter(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        guard start < cursor - 1, ScalarClass.isUpper(scalars[start]) else { break }
        let word = ScalarClass.string(scalars[start..<cursor - 1])
        if titleWords.contains(word.lowercased().replacingOccurrences(of: ".", with: "")) { break }
        // The sentence before the name (`the base in Benghazi. Bob said`).
        if endsSentence(word) { break }
        words.insert(word, at: 0)
        cursor = start
      }
      if let given = words.first, names[given] == nil { names[given] = (words + [surname]).joined(separator: " ") }
    }
    return Set(names.values)
  }

  /// The distinct full names the article writes that start with `given`: one or two
  /// capitalised words after it, one per last word (`Hillary Rodham Clinton` and `Hillary
  /// Clinton` are one; the first written is kept), none that is another with a word more.
  static func fullNames(startingWith given: String, in article: Article) -> Set<String> {
    let scalars = article.scalars
    func isNameScalar(_ index: Int) -> Bool {
      ScalarClass.isLetter(scalars[index]) || scalars[index] == "-" || scalars[index] == "."
        // An apostrophe inside a name (`O'Neill`), not a possessive's.
        || ((scalars[index] == "'" || scalars[index] == "’") && index + 1 < scalars.count
          && ScalarClass.isUpper(scalars[index + 1]))
    }
    var names: [String: String] = [:]
    let length = given.unicodeScalars.count
    for index in occurrences(of: given, in: scalars) {
      // Walk forward over up to two capitalised words, each after one space.
      var words: [String] = []
      var cursor = index + length
      while words.count < 2, cursor + 1 < scalars.count, scalars[cursor] == " ",
        ScalarClass.isUpper(scalars[cursor + 1])
      {
        var end = cursor + 1
        while end < scalars.count, isNameScalar(end) { end += 1 }
        var word = ScalarClass.string(scalars[(cursor + 1)..<end])
        // A sentence's full stop ends the name (`... said Hillary Clinton. He ...`); an
        // initial's stays (`Hillary R. Clinton`).
        let last = endsSentence(word)
        if last { word.removeLast() }
        if titleWords.contains(word.lowercased()) { break }
        words.append(word)
        cursor = end
        if last || (end < scalars.count && scalars[end] != " ") { break }
      }
      if let last = words.last, names[last] == nil { names[last] = ([given] + words).joined(separator: " ") }
    }
    // A name the article writes with a capitalised word after it is that name (`a Hillary
    // Clinton White House`).
    let found = Set(names.values)
    return found.filter { name in !found.contains { name.hasPrefix($0 + " ") } }
  }

  /// Where `word` stands whole in the text (no letter touching either end).
  static func occurrences(of word: String, in scalars: [Unicode.Scalar]) -> [Int] {
    let target = Array(word.unicodeScalars)
    guard !target.isEmpty, target.count < scalars.count else { return [] }
    var found: [Int] = []
    for index in 0...(scalars.count - target.count)
    where scalars[index] == target[0] && scalars[index..<index + target.count].elementsEqual(target) {
      let end = index + target.count
      if index > 0, ScalarClass.isLetter(scalars[index - 1]) { continue }
      if end < scalars.count, ScalarClass.isLetter(scalars[end]) { continue }
      found.append(index)
    }
    return found
  }

  /// A word with a sentence's full stop, not an initial's (`Benghazi.`, not `J.` or `J.M.`).
  static func endsSentence(_ word: String) -> Bool {
    word.hasSuffix(".") && word.unicodeScalars.contains(where: ScalarClass.isLower)
  }

  /// Words before a surname that are no part of a name.
  static let titleWords: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "president", "sen", "senator", "rep", "gov", "governor", "secretary", "mayor",
    "judge", "justice", "general", "gen", "candidate", "nominee", "former", "vice", "first", "lady", "speaker",
    "leader", "chairman", "director", "professor", "prof", "rev", "pope", "king", "queen", "prince", "the", "a",
    "and", "but", "said", "says", "told", "with", "by", "of", "in", "on", "for", "to", "from", "that", "when",
    "republican", "democrat", "democratic", "gop",
  ]
}

extension Attribution.Statement {
  /// Every text field through ``XMLCharacters/mapped(_:)``, so the ledger never holds a
  /// character its export could not carry.
  func mappedForXML() -> Attribution.Statement {
    var mapped = self
    mapped.speaker = XMLCharacters.mapped(speaker)
    mapped.mention = XMLCharacters.mapped(mention)
    mapped.cue = XMLCharacters.mapped(cue)
    mapped.content = XMLCharacters.mapped(content)
    mapped.outlet = XMLCharacters.mapped(outlet)
    mapped.role = XMLCharacters.mapped(role)
    return mapped
  }
}
