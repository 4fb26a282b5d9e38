import Attribution
import LedgerStore

/// How statements are written: the JSON Lines contract (`../shared/formats/attributions-jsonl.md`,
/// `Schemas/attributions.schema.json`) and a text form for people.
enum StatementOutput {
  /// One JSON object per statement; the contract's fields first, additions after.
  static func json(_ statement: Statement, article: String) -> JSONValue {
    .object([
      ("article", .string(article)),
      ("speaker", .string(statement.speaker)),
      ("mention", .string(statement.mention)),
      ("mention_start", .int(statement.mentionRange.lowerBound)),
      ("mention_end", .int(statement.mentionRange.upperBound)),
      ("speaker_kind", .string(statement.speakerKind.rawValue)),
      ("cue", .string(statement.cue)),
      ("content", .string(statement.content)),
      ("start", .int(statement.contentRange.lowerBound)),
      ("end", .int(statement.contentRange.upperBound)),
      ("fragments", .array(statement.fragments.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
      ("direct", .bool(statement.direct)),
      ("outlet", .string(statement.outlet)),
      ("cue_start", .int(statement.cueRange.lowerBound)),
      ("cue_end", .int(statement.cueRange.upperBound)),
      ("role", .string(statement.role)),
    ])
  }

  /// A block per statement: who (kind), the cue and outlet, then the content.
  static func text(_ statement: Statement) -> String {
    let who = statement.speaker ?? "(no identifiable source)"
    var head = "\(who) [\(statement.speakerKind.rawValue)] \(statement.cue)"
    if statement.mention != statement.speaker, statement.speakerKind != .vague {
      head += " (as \"\(statement.mention)\")"
    }
    if let outlet = statement.outlet { head += ", via \(outlet)" }
    let range = statement.contentRange
    let content = statement.direct ? "“\(statement.content.onOneLine)”" : statement.content.onOneLine
    return
      "\(head)\n  \(content)\n  \(statement.direct ? "quote" : "reported"), \(range.lowerBound)–\(range.upperBound)\n"
  }

  /// A stored statement: the contract with the stored article id, plus version, status, group,
  /// origins and outlets.
  static func json(_ stored: StoredStatement) -> JSONValue {
    guard case .object(var members) = json(stored.statement, article: stored.articleID) else { preconditionFailure() }
    members += [
      ("id", .int(Int(stored.id))),
      ("version", .int(stored.version)),
      ("status", .string(stored.verdict?.status.rawValue)),
      ("group", stored.group.map { .int(Int($0)) } ?? .null),
      ("origins", .array((stored.verdict?.origins ?? []).map { .string($0) })),
      ("outlets", .array((stored.verdict?.outlets ?? []).map { .string($0) })),
      ("linked_to", stored.linkedTo.map { .int(Int($0)) } ?? .null),
      ("link", .string(stored.linkEvidence)),
      ("review", ReviewOutput.json(stored.review)),
    ]
    return .object(members)
  }

  static func text(_ stored: StoredStatement) -> String {
    let status = stored.verdict.map { "[\($0.status.rawValue)] \($0.reason)" } ?? "[no status]"
    let link = stored.linkedTo.map { "  linked to statement \($0): \(stored.linkEvidence ?? "")\n" } ?? ""
    let reviewed = stored.review.map { "  review: \($0)\n" } ?? ""
    return "\(stored.articleID) v\(stored.version) #\(stored.id) \(status)\n" + text(stored.statement) + link
      + reviewed
  }
}

extension String {
  /// The text with each run of spaces and line breaks as one space: a content the article wrapped
  /// over lines (`found cracked last` / `month`), read in a listing that gives each its line.
  /// (The JSON keeps the content as the article has it, offsets and all.)
  var onOneLine: String {
    guard contains(where: \.isNewline) else { return self }
    return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
