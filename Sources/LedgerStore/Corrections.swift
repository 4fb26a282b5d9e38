import Attribution
import Corroboration
import GRDB

/// Where a correction points: a statement by its article and its content, not by its row. A
/// new version of the article stores its statements again, in new rows; the same words in the
/// same article are the same statement to an editor, so a correction follows them there. (A
/// statement whose words changed is a new statement, which the editor judges afresh.)
struct StatementAnchor: Hashable {
  var article: String
  var content: String
}

/// The editors' corrections in force (entries of the `review` log not undone), as the linking
/// engine and the source registry obey them. Loaded with the writer's memory, and again after
/// each review entry, in its transaction.
struct Corrections {
  /// Statements an editor took out of their claim: automatic linking puts them with no other.
  var isolated = Set<StatementAnchor>()
  /// The current rows of ``isolated`` statements: groups they start take no one automatically.
  var isolatedIDs = Set<Int64>()
  /// Statements an editor made one claim, both ways, with the editor's name.
  var links: [StatementAnchor: [(partner: StatementAnchor, editor: String)]] = [:]
  /// The speaker an editor gave a statement, and its kind.
  var speakers: [StatementAnchor: (name: String, kind: SpeakerKind)] = [:]
  /// Source names (folded) an editor merged into another source, and that source's name.
  var mergedInto: [String: String] = [:]
  /// Names (folded) an editor split off a source, with the source's folded name: the registry
  /// never puts them back together.
  var splitFrom: [String: String] = [:]

  var isEmpty: Bool {
    isolated.isEmpty && links.isEmpty && speakers.isEmpty && mergedInto.isEmpty && splitFrom.isEmpty
  }

  /// Whether linking needs to ask about statements at all.
  var touchesLinking: Bool { !isolated.isEmpty || !links.isEmpty }

  static func load(_ db: Database) throws -> Corrections {
    var corrections = Corrections()
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT action, editor, article_id, content, other_article_id, other_content, value, other_value, detail
        FROM review WHERE undone_by IS NULL AND action IN ('unlink', 'link', 'speaker', 'merge', 'split')
        ORDER BY id
        """)
    {
      let action = ReviewAction(rawValue: row[0])
      let anchor = (row[2] as String?).map { StatementAnchor(article: $0, content: row[3]) }
      let other = (row[4] as String?).map { StatementAnchor(article: $0, content: row[5]) }
      switch action {
      case .unlink?:
        if let anchor { corrections.isolated.insert(anchor) }
      case .link?:
        if let anchor, let other {
          corrections.links[anchor, default: []].append((other, row[1]))
          corrections.links[other, default: []].append((anchor, row[1]))
        }
      case .speaker?:
        // detail: the kind given, then the kind before.
        let kind = (row[8] as String?)?.split(separator: " ").first.flatMap { SpeakerKind(rawValue: String($0)) }
        if let anchor, let name = row[6] as String? { corrections.speakers[anchor] = (name, kind ?? .person) }
      case .merge?:
        // value: the source kept; other_value: the source merged into it.
        if let kept = row[6] as String?, let absorbed = row[7] as String? {
          corrections.mergedInto[SourceNames.key(absorbed)] = kept
          corrections.splitFrom[SourceNames.key(absorbed)] = nil
        }
      case .split?:
        if let source = row[6] as String?, let alias = row[7] as String? {
          corrections.splitFrom[SourceNames.key(alias)] = SourceNames.key(source)
          corrections.mergedInto[SourceNames.key(alias)] = nil
        }
      default: break
      }
    }
    if !corrections.isolated.isEmpty {
      for anchor in corrections.isolated {
        corrections.isolatedIDs.formUnion(try currentIDs(of: anchor, in: db))
      }
    }
    return corrections
  }

  /// The current rows holding an anchored statement.
  static func currentIDs(of anchor: StatementAnchor, in db: Database) throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT id FROM statement WHERE article_id = ? AND content = ? AND is_current = 1"),
      arguments: [anchor.article, anchor.content])
  }

  /// The name the registry keeps for a speaker, after the editors' merges and splits: `mention`
  /// is how the article named it.
  func sourceName(_ name: String, mention: String) -> String {
    if let kept = mergedInto[SourceNames.key(name)] { return kept }
    let mentionKey = SourceNames.key(mention)
    if let source = splitFrom[mentionKey], source == SourceNames.key(name) { return mention }
    return name
  }

  /// Whether the editors split `name` off the source called `source`.
  func isSplit(_ name: String, from source: String) -> Bool {
    splitFrom[SourceNames.key(name)] == SourceNames.key(source)
  }
}
