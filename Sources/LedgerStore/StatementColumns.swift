import Attribution
import Corroboration
import GRDB

/// Where each column of a statement row sits, found once per query. A column looked up by name
/// is searched for, case folded, on every access: for the million statements of a large
/// report that search cost more than reading the rows.
struct StatementColumns {
  private let id, articleID, version, ordinal, speaker, mention, mentionStart, mentionEnd, speakerKind: Int
  private let cue, cueStart, cueEnd, content, contentStart, contentEnd, fragments, direct, outlet, role: Int
  private let group, linkedTo, linkEvidence, source, current, negative: Int
  /// The columns ``LedgerDigest/statements`` reads, in its order.
  let fingerprinted: [Int]
  /// The group's verdict, when the query joins `claim_group`.
  private let status, reason, origins, outlets: Int?

  /// The statement's columns a stored statement is read from: all but its claim terms (long
  /// texts the linker alone reads), which SQLite would otherwise read out of every row.
  static let selected = [
    "id", "article_id", "version", "ordinal", "source_id", "speaker", "mention", "mention_start", "mention_end",
    "speaker_kind", "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "fragments", "direct",
    "outlet", "role", "negative", "is_current", "claim_group", "linked_to", "link_evidence",
  ].map { "s." + $0 }.joined(separator: ", ")

  init(_ names: [String]) {
    func at(_ name: String) -> Int? { names.firstIndex(of: name) }
    func required(_ name: String) -> Int {
      guard let index = at(name) else { preconditionFailure("a statement query without its column \(name)") }
      return index
    }
    (id, articleID, version, ordinal) = (
      required("id"), required("article_id"), required("version"), required("ordinal")
    )
    (speaker, mention, mentionStart, mentionEnd) = (
      required("speaker"), required("mention"), required("mention_start"), required("mention_end")
    )
    (speakerKind, cue, cueStart, cueEnd) = (
      required("speaker_kind"), required("cue"), required("cue_start"), required("cue_end")
    )
    (content, contentStart, contentEnd, fragments) = (
      required("content"), required("content_start"), required("content_end"), required("fragments")
    )
    (direct, outlet, role) = (required("direct"), required("outlet"), required("role"))
    (group, linkedTo, linkEvidence) = (required("claim_group"), required("linked_to"), required("link_evidence"))
    (source, current, negative) = (required("source_id"), required("is_current"), required("negative"))
    fingerprinted = LedgerDigest.statements.columns.map(required)
    (status, reason, origins, outlets) = (at("status"), at("reason"), at("origins"), at("outlets"))
  }

  /// The row's claim group, read alone.
  func group(_ row: Row) -> Int64? { row[group] }

  /// Whether the row is of its article's latest version.
  func isCurrent(_ row: Row) -> Bool { row[current] }

  /// The row's source and its negation flag, which the fingerprint hashes beside the statement.
  func sourceAndNegative(_ row: Row) -> (source: Int64?, negative: Int64) { (row[source], row[negative]) }

  /// The fingerprint's hash of a current row (``LedgerDigest/statements``), from the statement
  /// decoded from it and the two numbers it does not hold, rather than from the row's texts read
  /// again: the same values in the table's order (the report tests compare the scan's
  /// fingerprint with the ledger's own).
  static func fingerprintHash(_ statement: StoredStatement, source: Int64?, negative: Int64) -> LedgerDigest.RowHash {
    var hash = LedgerDigest.RowHash(LedgerDigest.statements)
    hash.add(statement.id)
    hash.add(statement.articleID)
    hash.add(Int64(statement.version))
    hash.add(statement.group)
    hash.add(source)
    hash.add(statement.statement.speaker)
    hash.add(negative)
    hash.add(statement.linkedTo)
    hash.add(1 as Int64)  // is_current
    return hash
  }

  /// The statement as the extractor made it (with the registry's speaker).
  func statement(_ row: Row) -> Attribution.Statement {
    let parsed = Ledger.parseFragments(row[fragments])
    let start: Int = row[contentStart]
    return Attribution.Statement(
      speaker: row[speaker], mention: row[mention], mentionRange: Ledger.span(row[mentionStart], row[mentionEnd]),
      speakerKind: Self.decoded(row[speakerKind], among: Self.speakerKinds) ?? .vague, cue: row[cue],
      cueRange: Ledger.span(row[cueStart], row[cueEnd]), content: row[content],
      fragments: parsed.isEmpty ? [Ledger.span(start, row[contentEnd])] : parsed, direct: row[direct],
      outlet: row[outlet],
      role: row[role])
  }

  private static let speakerKinds = SpeakerKind.allCases
  private static let statuses = ClaimStatus.allCases

  /// A stored enum's case from its text, compared with each case's (a handful of short strings,
  /// each compared as two words) rather than through `init(rawValue:)`, whose string switch took
  /// 550 instructions a row: 3 % of a report's scan.
  private static func decoded<Value: RawRepresentable<String>>(_ text: String, among cases: [Value]) -> Value? {
    cases.first { $0.rawValue == text }
  }

  /// The stored statement with its group's verdict and its claim's review, when the query
  /// joins the group. `known`, the verdict of the statement read before, is taken as it is
  /// when this one is of the same group, not read again: statements read by group share it.
  func stored(_ row: Row, reviews: [Int64: ClaimReview], known: GroupVerdict? = nil) -> StoredStatement {
    let group: Int64? = row[self.group]
    var verdict: GroupVerdict? = nil
    if let known, known.id == group {
      verdict = known
    } else if let group, let status,
      let state = (row[status] as String?).flatMap({ Self.decoded($0, among: Self.statuses) })
    {
      verdict = GroupVerdict(
        id: group, status: state, reason: reason.map { row[$0] } ?? "", originLines: origins.flatMap { row[$0] } ?? "",
        outletLines: outlets.flatMap { row[$0] } ?? "")
    }
    return StoredStatement(
      id: row[id], articleID: row[articleID], version: row[version], ordinal: row[ordinal], statement: statement(row),
      group: group, verdict: verdict, linkedTo: row[linkedTo], linkEvidence: row[linkEvidence],
      review: group.flatMap { reviews[$0] })
  }
}
