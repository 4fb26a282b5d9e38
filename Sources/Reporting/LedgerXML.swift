import Attribution
import Corroboration
import Foundation
import LedgerStore
import SafeXML

/// The ledger as XML (`Schemas/ledger.xsd`): the interchange and review format.
public enum LedgerXML {
  public static let namespace = "urn:claimledger:ledger:1"

  /// The snapshot as an XML document, in canonical order with the ledger's own ids, so that the
  /// same ledger always gives the same bytes.
  public static func export(_ snapshot: LedgerSnapshot, generator: String) -> String {
    var bytes: [UInt8] = []
    // Writing into memory throws nothing.
    try! write(generator: generator, to: { bytes += $0 }) { try snapshot.forEachPart($0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The ledger's export written to `sink` as it is read, a part at a time: the same bytes as
  /// ``export(_:generator:)`` of its snapshot, in the memory of one article. What `sink` throws
  /// (a full disk) comes out as it is.
  public static func export(_ ledger: Ledger, generator: String, to sink: @escaping ([UInt8]) throws -> Void) throws {
    try write(generator: generator, to: sink) { try ledger.readSnapshot($0) }
  }

  /// The one writer behind both exports: `read` hands each part, in order, to the closure it is
  /// given; each section's element opens with its first part (or, empty, when a later one begins).
  private static func write(
    generator: String, to sink: @escaping ([UInt8]) throws -> Void,
    read: ((LedgerSnapshot.Part) throws -> Void) throws -> Void
  ) throws {
    let writer = MarkupStreamWriter(namespace: namespace, sink: sink)
    try writer.open("ledger", [MarkupAttribute("generator", generator)])
    let sections = ["sources", "groups", "articles", "reviews"]
    var section = -1
    func enter(_ next: Int) throws {
      while section < next {
        if section >= 0 { try writer.close() }
        section += 1
        try writer.open(sections[section])
      }
    }
    try read { part in
      switch part {
      case .source(let record):
        try enter(0)
        try writer.write(source(record))
      case .group(let record):
        try enter(1)
        try writer.write(group(record))
      case .article(let record):
        try enter(2)
        try writer.write(article(record))
      case .review(let entry):
        try enter(3)
        try writer.write(review(entry))
      }
    }
    // (`reviews` only when there is one: a ledger no editor touched exports as before.)
    try enter(2)
    try writer.finish()
  }

  private static func source(_ source: LedgerSnapshot.SourceRecord) -> MarkupElement {
    MarkupElement(
      "source",
      attributes: [
        "id": String(source.id), "name": source.name, "kind": source.kind.rawValue,
        "affiliation": source.affiliation,
      ], source.aliases.map { .element(MarkupElement("alias", [], [.text($0)])) })
  }

  private static func group(_ group: GroupVerdict) -> MarkupElement {
    MarkupElement(
      "group", attributes: ["id": String(group.id), "status": group.status.rawValue],
      [.element(MarkupElement("reason", [], [.text(group.reason)]))]
        + group.origins.map { .element(MarkupElement("origin", [], [.text($0)])) }
        + group.outlets.map { .element(MarkupElement("outlet", [], [.text($0)])) })
  }

  private static func article(_ article: LedgerSnapshot.ArticleRecord) -> MarkupElement {
    MarkupElement(
      "article",
      attributes: ["id": article.id, "url": article.url, "outlet": article.outlet, "title": article.title],
      article.versions.map { version in
        .element(
          MarkupElement(
            "version",
            attributes: [
              "number": String(version.number), "source": version.source, "format": version.format,
              "hash": version.textHash, "published": version.published, "ingested": version.ingestedAt,
            ],
            [.element(MarkupElement("text", [], [.text(version.text)]))] + version.statements.map(statement)))
      })
  }

  private static func review(_ entry: ReviewEntry) -> MarkupElement {
    func statement(_ name: String, _ article: String?, _ content: String?) -> [MarkupContent] {
      guard let article, let content else { return [] }
      return [.element(MarkupElement(name, [MarkupAttribute("article", article)], [.text(content)]))]
    }
    func text(_ name: String, _ value: String?) -> [MarkupContent] {
      value.map { [.element(MarkupElement(name, [], [.text($0)]))] } ?? []
    }
    return MarkupElement(
      "review",
      attributes: [
        "id": String(entry.id), "at": entry.at, "editor": entry.editor, "action": entry.action.rawValue,
        "value": entry.value, "other-value": entry.otherValue, "undoes": entry.undoes.map { String($0) },
        "undone-by": entry.undoneBy.map { String($0) },
      ],
      statement("statement", entry.article, entry.content) + statement("other", entry.otherArticle, entry.otherContent)
        + text("note", entry.note) + text("before", entry.before) + text("after", entry.after)
        + text("detail", entry.detail))
  }

  private static func statement(_ record: LedgerSnapshot.StatementRecord) -> MarkupContent {
    let s = record.statement
    func span(_ name: String, _ range: Range<Int>, _ text: String) -> MarkupContent {
      .element(
        MarkupElement(
          name, [MarkupAttribute("start", String(range.lowerBound)), MarkupAttribute("end", String(range.upperBound))],
          [.text(text)]))
    }
    return .element(
      MarkupElement(
        "statement",
        attributes: [
          "id": String(record.id), "ordinal": String(record.ordinal), "speaker": s.speaker,
          "kind": s.speakerKind.rawValue, "direct": s.direct ? "true" : "false", "outlet": s.outlet, "role": s.role,
          "source": record.sourceID.map { String($0) }, "group": record.group.map { String($0) },
          "current": record.isCurrent ? "true" : "false", "negative": record.negative ? "true" : nil,
          "linked-to": record.linkedTo.map { String($0) }, "link": record.linkEvidence,
        ],
        [
          span("mention", s.mentionRange, s.mention), span("cue", s.cueRange, s.cue),
          span("content", s.contentRange, s.content),
        ]
          + s.fragments.map {
            .element(
              MarkupElement(
                "fragment",
                [MarkupAttribute("start", String($0.lowerBound)), MarkupAttribute("end", String($0.upperBound))]))
          }))
  }

  /// Why an XML file cannot be imported.
  public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  /// Reads an export strictly: a malformed file, a DOCTYPE (so no entity of any kind), a file
  /// invalid against the schema, or offsets outside their text are refused with the first
  /// problem found; nothing is half read.
  public static func parse(_ bytes: [UInt8]) throws(ImportError) -> LedgerSnapshot {
    var snapshot = LedgerSnapshot(articles: [], sources: [], groups: [])
    do {
      let reader = try reader { schema throws(XMLParseError) in
        try MarkupStreamReader(bytes: bytes, recordDepth: 2, schema: schema)
      }
      try read(reader) { snapshot.append($0) }
    } catch let error as ImportError {
      throw error
    } catch {
      throw ImportError(reason: "\(error)")
    }
    return snapshot
  }

  /// Reads the export at `path` as a stream, handing each record to `body` as soon as it is read
  /// and checked, the rest of the file never held: for an import into a ledger in one
  /// transaction, which a later problem undoes. The document's problems throw ``ImportError``;
  /// what `body` throws comes out as it is.
  public static func read(path: String, _ body: (LedgerSnapshot.Part) throws -> Void) throws {
    let reader = try reader { schema throws(XMLParseError) in
      try MarkupStreamReader(path: path, recordDepth: 2, schema: schema)
    }
    try read(reader, body)
  }

  /// A stream reader validating against the ledger schema, made by `open`; its failure to
  /// start is an ``ImportError``.
  private static func reader(_ open: (XMLSchema) throws(XMLParseError) -> MarkupStreamReader) throws(ImportError)
    -> MarkupStreamReader
  {
    let schema = try! XMLSchema(Array(LedgerSchema.xsd.utf8))
    do {
      return try open(schema)
    } catch {
      throw ImportError(reason: error.description)
    }
  }

  private static func read(_ reader: MarkupStreamReader, _ body: (LedgerSnapshot.Part) throws -> Void) throws {
    func next() throws(ImportError) -> NodeTree? {
      do {
        return try reader.next()
      } catch  where error.isInvalid {
        let more = error.diagnostics.count > 1 ? " (and \(error.diagnostics.count - 1) more)" : ""
        throw ImportError(reason: "invalid against ledger.xsd: \(error.diagnostics[0])" + more)
      } catch {
        throw ImportError(reason: error.description)
      }
    }
    guard reader.rootName == "ledger" else {
      throw ImportError(reason: "the root element is not <ledger>: not a ClaimLedger export")
    }
    while let tree = try next() {
      guard let node = tree.rootElement else { continue }
      switch tree[node].name {
      case "source": try body(.source(source(tree, node)))
      case "group": try body(.group(group(tree, node)))
      case "article": try body(.article(try article(tree, node)))
      case "review": try body(.review(review(tree, node)))
      default: continue
      }
    }
  }

  private static func children(_ tree: NodeTree, _ node: Int, _ name: String) -> [Int] {
    tree[node].children.filter { tree[$0].kind == .element && tree[$0].name == name }
  }

  // XML 1.0 carries the C1 controls that HTML forbids: an export written by hand or by another
  // tool may hold them, and they are read as every other way text enters is.
  private static func attribute(_ tree: NodeTree, _ node: Int, _ name: String) -> String? {
    XMLCharacters.mapped(tree[node].attribute(name))
  }

  private static func int(_ tree: NodeTree, _ node: Int, _ name: String) -> Int {
    Int(attribute(tree, node, name) ?? "") ?? 0
  }

  private static func text(_ tree: NodeTree, _ node: Int) -> String { XMLCharacters.mapped(tree.textContent(node)) }

  // The schema has been checked by the time a record is decoded: required attributes and
  // elements are there, and enumerations hold one of their values.
  private static func source(_ tree: NodeTree, _ node: Int) -> LedgerSnapshot.SourceRecord {
    LedgerSnapshot.SourceRecord(
      id: Int64(int(tree, node, "id")), name: attribute(tree, node, "name")!,
      kind: SpeakerKind(rawValue: attribute(tree, node, "kind")!)!,
      affiliation: attribute(tree, node, "affiliation"),
      aliases: children(tree, node, "alias").map { text(tree, $0) })
  }

  private static func group(_ tree: NodeTree, _ node: Int) -> GroupVerdict {
    GroupVerdict(
      id: Int64(int(tree, node, "id")), status: ClaimStatus(rawValue: attribute(tree, node, "status")!)!,
      reason: text(tree, children(tree, node, "reason")[0]),
      origins: children(tree, node, "origin").map { text(tree, $0) },
      outlets: children(tree, node, "outlet").map { text(tree, $0) })
  }

  private static func review(_ tree: NodeTree, _ node: Int) -> ReviewEntry {
    func child(_ name: String) -> Int? { children(tree, node, name).first }
    func value(_ name: String) -> String? { child(name).map { text(tree, $0) } }
    let statement = child("statement")
    let other = child("other")
    return ReviewEntry(
      id: Int64(int(tree, node, "id")), at: attribute(tree, node, "at")!, editor: attribute(tree, node, "editor")!,
      action: ReviewAction(rawValue: attribute(tree, node, "action")!)!,
      article: statement.flatMap { attribute(tree, $0, "article") }, content: statement.map { text(tree, $0) },
      otherArticle: other.flatMap { attribute(tree, $0, "article") }, otherContent: other.map { text(tree, $0) },
      value: attribute(tree, node, "value"), otherValue: attribute(tree, node, "other-value"), note: value("note"),
      before: value("before") ?? "", after: value("after") ?? "", detail: value("detail"),
      undoes: attribute(tree, node, "undoes").flatMap { Int64($0) },
      undoneBy: attribute(tree, node, "undone-by").flatMap { Int64($0) })
  }

  private static func article(_ tree: NodeTree, _ node: Int) throws(ImportError) -> LedgerSnapshot.ArticleRecord {
    func attribute(_ node: Int, _ name: String) -> String? { Self.attribute(tree, node, name) }
    func int(_ node: Int, _ name: String) -> Int { Self.int(tree, node, name) }
    var versions: [LedgerSnapshot.VersionRecord] = []
    for v in children(tree, node, "version") {
      let body = text(tree, children(tree, v, "text")[0])
      let length = body.unicodeScalars.count
      var statements: [LedgerSnapshot.StatementRecord] = []
      for s in children(tree, v, "statement") {
        func span(_ name: String) throws(ImportError) -> (Range<Int>, String) {
          let element = children(tree, s, name)[0]
          let range = int(element, "start")..<max(int(element, "start"), int(element, "end"))
          guard range.upperBound <= length else {
            throw ImportError(reason: "statement \(attribute(s, "id")!): \(name) offsets beyond the version's text")
          }
          return (range, text(tree, element))
        }
        let (mentionRange, mention) = try span("mention")
        let (cueRange, cue) = try span("cue")
        let (_, content) = try span("content")
        let fragments = children(tree, s, "fragment").map { int($0, "start")..<max(int($0, "start"), int($0, "end")) }
        guard fragments.allSatisfy({ $0.upperBound <= length }) else {
          throw ImportError(reason: "statement \(attribute(s, "id")!): fragment beyond the version's text")
        }
        let statement = Statement(
          speaker: attribute(s, "speaker"), mention: mention, mentionRange: mentionRange,
          speakerKind: SpeakerKind(rawValue: attribute(s, "kind")!)!, cue: cue, cueRange: cueRange, content: content,
          fragments: fragments, direct: attribute(s, "direct") == "true", outlet: attribute(s, "outlet"),
          role: attribute(s, "role"))
        statements.append(
          LedgerSnapshot.StatementRecord(
            id: Int64(int(s, "id")), ordinal: int(s, "ordinal"),
            sourceID: attribute(s, "source").flatMap { Int64($0) },
            statement: statement, isCurrent: attribute(s, "current") == "true",
            group: attribute(s, "group").flatMap { Int64($0) }, negative: attribute(s, "negative") == "true",
            linkedTo: attribute(s, "linked-to").flatMap { Int64($0) }, linkEvidence: attribute(s, "link")))
      }
      versions.append(
        LedgerSnapshot.VersionRecord(
          number: int(v, "number"), source: attribute(v, "source")!, format: attribute(v, "format")!,
          textHash: attribute(v, "hash")!, text: body, published: attribute(v, "published"),
          ingestedAt: attribute(v, "ingested")!, statements: statements))
    }
    return LedgerSnapshot.ArticleRecord(
      id: attribute(node, "id")!, url: attribute(node, "url"), outlet: attribute(node, "outlet"),
      title: attribute(node, "title"), versions: versions)
  }
}
