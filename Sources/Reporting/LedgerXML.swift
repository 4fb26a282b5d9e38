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
    let sources = snapshot.sources.map { source in
      MarkupContent.element(
        MarkupElement(
          "source",
          attributes: [
            "id": String(source.id), "name": source.name, "kind": source.kind.rawValue,
            "affiliation": source.affiliation,
          ], source.aliases.map { .element(MarkupElement("alias", [], [.text($0)])) }))
    }
    let groups = snapshot.groups.map { group in
      MarkupContent.element(
        MarkupElement(
          "group", attributes: ["id": String(group.id), "status": group.status.rawValue],
          [.element(MarkupElement("reason", [], [.text(group.reason)]))]
            + group.origins.map { .element(MarkupElement("origin", [], [.text($0)])) }
            + group.outlets.map { .element(MarkupElement("outlet", [], [.text($0)])) }))
    }
    let articles = snapshot.articles.map { article in
      MarkupContent.element(
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
          }))
    }
    let root = MarkupElement(
      "ledger", [MarkupAttribute("generator", generator)],
      [
        .element(MarkupElement("sources", [], sources)), .element(MarkupElement("groups", [], groups)),
        .element(MarkupElement("articles", [], articles)),
      ])
    return MarkupWriter.xml(root, namespace: namespace)
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
          "source": record.sourceID.map(String.init), "group": record.group.map(String.init),
          "current": record.isCurrent ? "true" : "false",
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
    let document: MarkupDocument
    do {
      document = try MarkupDocument.xml(bytes)
    } catch {
      throw ImportError(reason: error.description)
    }
    let tree = document.tree
    guard let root = tree.rootElement, tree[root].name == "ledger" else {
      throw ImportError(reason: "the root element is not <ledger>: not a ClaimLedger export")
    }
    let schema = try! XMLSchema(Array(LedgerSchema.xsd.utf8))
    let findings = schema.validate(document)
    if let first = findings.first {
      throw ImportError(
        reason: "invalid against ledger.xsd: \(first)" + (findings.count > 1 ? " (and \(findings.count - 1) more)" : "")
      )
    }
    return try snapshot(tree, root)
  }

  private static func children(_ tree: NodeTree, _ node: Int, _ name: String) -> [Int] {
    tree[node].children.filter { tree[$0].kind == .element && tree[$0].name == name }
  }

  private static func snapshot(_ tree: NodeTree, _ root: Int) throws(ImportError) -> LedgerSnapshot {
    // XML 1.0 carries the C1 controls that HTML forbids: an export written by hand or by
    // another tool may hold them, and they are read as every other way text enters is.
    func attribute(_ node: Int, _ name: String) -> String? { XMLCharacters.mapped(tree[node].attribute(name)) }
    func int(_ node: Int, _ name: String) -> Int { Int(attribute(node, name) ?? "") ?? 0 }
    func text(_ node: Int) -> String { XMLCharacters.mapped(tree.textContent(node)) }
    let sourcesNode = children(tree, root, "sources")[0]
    let groupsNode = children(tree, root, "groups")[0]
    let articlesNode = children(tree, root, "articles")[0]
    let sources = children(tree, sourcesNode, "source").map { node in
      LedgerSnapshot.SourceRecord(
        id: Int64(int(node, "id")), name: attribute(node, "name")!,
        kind: SpeakerKind(rawValue: attribute(node, "kind")!)!,
        affiliation: attribute(node, "affiliation"), aliases: children(tree, node, "alias").map(text))
    }
    let groups = children(tree, groupsNode, "group").map { node in
      GroupVerdict(
        id: Int64(int(node, "id")), status: ClaimStatus(rawValue: attribute(node, "status")!)!,
        reason: text(children(tree, node, "reason")[0]), origins: children(tree, node, "origin").map(text),
        outlets: children(tree, node, "outlet").map(text))
    }
    var articles: [LedgerSnapshot.ArticleRecord] = []
    for node in children(tree, articlesNode, "article") {
      var versions: [LedgerSnapshot.VersionRecord] = []
      for v in children(tree, node, "version") {
        let body = text(children(tree, v, "text")[0])
        let length = body.unicodeScalars.count
        var statements: [LedgerSnapshot.StatementRecord] = []
        for s in children(tree, v, "statement") {
          func span(_ name: String) throws(ImportError) -> (Range<Int>, String) {
            let element = children(tree, s, name)[0]
            let range = int(element, "start")..<max(int(element, "start"), int(element, "end"))
            guard range.upperBound <= length else {
              throw ImportError(reason: "statement \(attribute(s, "id")!): \(name) offsets beyond the version's text")
            }
            return (range, text(element))
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
              group: attribute(s, "group").flatMap { Int64($0) }))
        }
        versions.append(
          LedgerSnapshot.VersionRecord(
            number: int(v, "number"), source: attribute(v, "source")!, format: attribute(v, "format")!,
            textHash: attribute(v, "hash")!, text: body, published: attribute(v, "published"),
            ingestedAt: attribute(v, "ingested")!, statements: statements))
      }
      articles.append(
        LedgerSnapshot.ArticleRecord(
          id: attribute(node, "id")!, url: attribute(node, "url"), outlet: attribute(node, "outlet"),
          title: attribute(node, "title"), versions: versions))
    }
    return LedgerSnapshot(articles: articles, sources: sources, groups: groups)
  }
}
