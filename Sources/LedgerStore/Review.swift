import Attribution
import Corroboration
import Foundation
import GRDB
import SafeXML

/// What an editor did, as the review log names it.
public enum ReviewAction: String, Sendable, CaseIterable {
  case mark, unlink, link, speaker, merge, split, undo
}

/// An editor's judgement of a claim.
public enum ReviewMark: String, Sendable, CaseIterable {
  case checked, disputed
  case needsSource = "needs-source"
}

/// One entry of the review log: who did what, when, to which claim, statement or source, and
/// the state before and after, in words. Entries are never deleted: an undo is an entry of its
/// own, and the entry it undoes records which.
public struct ReviewEntry: Sendable, Equatable {
  public var id: Int64
  public var at: String
  public var editor: String
  public var action: ReviewAction
  /// The statement acted on (for a mark, the claim's first statement), by article and words.
  public var article: String?
  public var content: String?
  /// The second statement of a link.
  public var otherArticle: String?
  public var otherContent: String?
  /// A mark's status, a speaker's name, the source kept by a merge or split, an undone entry's id.
  public var value: String?
  /// The source merged away or the alias split off; the speaker a correction replaced.
  public var otherValue: String?
  public var note: String?
  public var before: String
  public var after: String
  /// Rows the correction moved (statement ids, for undoing a merge or split) or the group a
  /// statement left: what an undo needs.
  public var detail: String?
  public var undoes: Int64?
  public var undoneBy: Int64?

  public init(
    id: Int64, at: String, editor: String, action: ReviewAction, article: String? = nil, content: String? = nil,
    otherArticle: String? = nil, otherContent: String? = nil, value: String? = nil, otherValue: String? = nil,
    note: String? = nil, before: String, after: String, detail: String? = nil, undoes: Int64? = nil,
    undoneBy: Int64? = nil
  ) {
    self.id = id
    self.at = at
    self.editor = editor
    self.action = action
    self.article = article
    self.content = content
    self.otherArticle = otherArticle
    self.otherContent = otherContent
    self.value = value
    self.otherValue = otherValue
    self.note = note
    self.before = before
    self.after = after
    self.detail = detail
    self.undoes = undoes
    self.undoneBy = undoneBy
  }

  /// `2026-12-02T15:30:00Z anna mark: unreviewed → checked (note)`: one line for listings.
  public var summary: String {
    var line = "#\(id) \(at) \(editor) \(action.rawValue): \(before) → \(after)"
    if let note { line += " (\(note))" }
    if let undoneBy { line += " [undone by #\(undoneBy)]" }
    return line
  }
}

/// A claim's review state: the latest mark an editor set on it, not undone.
public struct ClaimReview: Sendable, Equatable, CustomStringConvertible {
  public var mark: ReviewMark
  public var editor: String
  public var at: String
  public var note: String?
  public var entry: Int64

  /// `checked by Ana Ortiz, 2026-12-02T15:30:00Z: note`, as listings and reports show it.
  public var description: String {
    "\(mark.rawValue) by \(editor), \(at)" + (note.map { ": \($0)" } ?? "")
  }
}

/// Editors' corrections: each is a library call that checks its target, logs the entry (who,
/// when, before and after) and applies it in one transaction, so the CLI and the review app
/// share every rule. A correction outranks automatic linking and resolution: verdicts are
/// recomputed with it, and later ingests obey it (``Corrections``).
extension Ledger {
  /// Sets a claim's review state (`checked`, `disputed`, `needs-source`).
  @discardableResult
  public func mark(
    claim group: Int64, as mark: ReviewMark, note: String? = nil, editor: String, at date: Date = Date()
  ) throws(LedgerError) -> ReviewEntry {
    let (editor, note) = try reviewer(editor, note)
    return try write { db, _ in
      let first = try anchor(ofClaim: group, in: db)
      let before = try Self.claimReviews(in: db)[group].map { "\($0.mark.rawValue) by \($0.editor)" } ?? "unreviewed"
      return try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .mark, article: first.article,
          content: first.content, value: mark.rawValue, note: note, before: before, after: mark.rawValue), in: db)
    }
  }

  /// Takes a statement out of its claim; automatic linking never puts it with another again.
  @discardableResult
  public func unlink(statement id: Int64, editor: String, note: String? = nil, at date: Date = Date())
    throws(LedgerError) -> ReviewEntry
  {
    let (editor, note) = try reviewer(editor, note)
    return try write { db, memory in
      let (anchor, group) = try current(statement: id, in: db)
      let size = memory.terms.members(of: group).count
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .unlink, article: anchor.article,
          content: anchor.content, note: note, before: "in claim \(group) with \(size - 1) other statements",
          after: "alone", detail: String(group)), in: db)
      memory.corrections = try Corrections.load(db)
      try Self.regroup([group], pooled: true, in: db, termIndex: &memory.terms, corrections: &memory.corrections)
      return entry
    }
  }

  /// Makes two statements one claim, whatever automatic linking decided.
  @discardableResult
  public func link(statement id: Int64, with other: Int64, editor: String, note: String? = nil, at date: Date = Date())
    throws(LedgerError) -> ReviewEntry
  {
    let (editor, note) = try reviewer(editor, note)
    return try write { db, memory in
      let (anchor, group) = try current(statement: id, in: db)
      let (otherAnchor, otherGroup) = try current(statement: other, in: db)
      if anchor == otherAnchor {
        throw LedgerError(path: path, problem: .reviewRefused("statements \(id) and \(other) are the same statement"))
      }
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .link, article: anchor.article,
          content: anchor.content, otherArticle: otherAnchor.article, otherContent: otherAnchor.content, note: note,
          before: group == otherGroup ? "one claim (\(group))" : "claims \(group) and \(otherGroup)",
          after: "one claim"), in: db)
      memory.corrections = try Corrections.load(db)
      try Self.regroup(
        [group, otherGroup], pooled: true, in: db, termIndex: &memory.terms, corrections: &memory.corrections)
      return entry
    }
  }

  /// Gives a statement its right speaker (a person unless the statement had a kind already).
  @discardableResult
  public func setSpeaker(
    of id: Int64, to name: String, editor: String, note: String? = nil, at date: Date = Date()
  ) throws(LedgerError) -> ReviewEntry {
    let (editor, note) = try reviewer(editor, note)
    let name = XMLCharacters.mapped(name).trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw LedgerError(path: path, problem: .reviewRefused("the speaker's name is empty")) }
    return try write { db, memory in
      let (anchor, _) = try current(statement: id, in: db)
      let old = try Row.fetchOne(db, sql: "SELECT speaker, speaker_kind FROM statement WHERE id = ?", arguments: [id])!
      let oldKind = SpeakerKind(rawValue: old[1]) ?? .vague
      // The kind of the source of that name when the ledger has one; else an organisation stays
      // one, and anything else is a person (the editor named who spoke).
      let known = try Self.sources(named: name, in: db).first
      let kind = known.flatMap { SpeakerKind(rawValue: $0.kind) } ?? (oldKind == .organization ? oldKind : .person)
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .speaker, article: anchor.article,
          content: anchor.content, value: name, otherValue: old[0], note: note, before: old[0] ?? "no speaker",
          after: name, detail: kind.rawValue + " " + oldKind.rawValue), in: db)
      try Self.resolveSpeakers(at: anchor, to: name, kind: kind, in: db, memory: &memory)
      return entry
    }
  }

  /// Makes `absorbed` part of `kept`: its statements and names move to `kept`, and later
  /// articles naming it join `kept` too.
  @discardableResult
  public func mergeSources(
    _ kept: String, _ absorbed: String, editor: String, note: String? = nil, at date: Date = Date()
  ) throws(LedgerError) -> ReviewEntry {
    let (editor, note) = try reviewer(editor, note)
    return try write { db, memory in
      let keep = try source(named: kept, in: db)
      let away = try source(named: absorbed, in: db)
      if keep.id == away.id {
        throw LedgerError(path: path, problem: .reviewRefused("\(kept) and \(absorbed) are already one source"))
      }
      let moved = try Int64.fetchAll(db, sql: "SELECT id FROM statement WHERE source_id = ?", arguments: [away.id])
      // What an undo needs to make the absorbed source again: its kind and statements, then its
      // affiliation and its aliases, a line each.
      let affiliation = try String.fetchOne(
        db, sql: "SELECT affiliation FROM source WHERE id = ?", arguments: [away.id])
      let aliases = try String.fetchAll(
        db, sql: "SELECT alias FROM source_alias WHERE source_id = ? ORDER BY alias", arguments: [away.id])
      let detail = ([away.kind + " " + moved.map(String.init).joined(separator: " "), affiliation ?? ""] + aliases)
        .joined(separator: "\n")
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .merge, value: keep.name, otherValue: away.name,
          note: note, before: "\(keep.name) and \(away.name) (\(away.kind)) apart",
          after: "\(away.name) is \(keep.name)",
          detail: detail), in: db)
      try Self.moveStatements(moved, to: keep.name, kind: keep.kind, in: db)
      try db.execute(
        sql: "INSERT OR IGNORE INTO source_alias (source_id, alias) VALUES (?, ?)", arguments: [keep.id, away.name])
      try Self.reload(touching: moved, in: db, memory: &memory)
      return entry
    }
  }

  /// Takes a name off a source: the statements the articles made under that name become a
  /// source of their own, and stay one in later articles.
  @discardableResult
  public func splitSource(
    _ name: String, alias: String, editor: String, note: String? = nil, at date: Date = Date()
  ) throws(LedgerError) -> ReviewEntry {
    let (editor, note) = try reviewer(editor, note)
    let alias = XMLCharacters.mapped(alias).trimmingCharacters(in: .whitespaces)
    return try write { db, memory in
      let from = try source(named: name, in: db)
      let aliasKey = SourceNames.key(alias)
      let aliases = try String.fetchAll(
        db, sql: "SELECT alias FROM source_alias WHERE source_id = ?", arguments: [from.id])
      let moved = try Self.statements(of: from.id, mentioning: alias, in: db)
      guard aliasKey != SourceNames.key(from.name),
        aliases.contains(where: { SourceNames.key($0) == aliasKey }) || !moved.isEmpty
      else {
        throw LedgerError(
          path: path,
          problem: .unknownTarget("alias \(alias) of source \(from.name)", hint: "see `claimledger sources`"))
      }
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .split, value: from.name, otherValue: alias,
          note: note, before: "\(alias) is \(from.name)", after: "\(alias) is a source of its own",
          detail: from.kind + " " + moved.map(String.init).joined(separator: " ")), in: db)
      try db.execute(
        sql: "DELETE FROM source_alias WHERE source_id = ? AND alias = ?",
        arguments: [from.id, aliases.first { SourceNames.key($0) == aliasKey } ?? alias])
      try Self.moveStatements(moved, to: alias, kind: from.kind, in: db)
      try Self.reload(touching: moved, in: db, memory: &memory)
      return entry
    }
  }

  /// Undoes a correction: the log keeps both entries, and the ledger is as automatic linking and
  /// resolution, with the other corrections in force, make it.
  @discardableResult
  public func undo(entry number: Int64, editor: String, note: String? = nil, at date: Date = Date())
    throws(LedgerError) -> ReviewEntry
  {
    let (editor, note) = try reviewer(editor, note)
    return try write { db, memory in
      guard let undone = try Self.entries(in: db, where: "id = ?", [number]).first else {
        throw LedgerError(
          path: path, problem: .unknownTarget("review entry \(number)", hint: "see `claimledger review log`"))
      }
      if let by = undone.undoneBy {
        throw LedgerError(path: path, problem: .reviewRefused("entry \(number) was undone already, by entry \(by)"))
      }
      if undone.action == .undo {
        throw LedgerError(
          path: path, problem: .reviewRefused("entry \(number) is an undo; make the correction again instead"))
      }
      let entry = try Self.log(
        ReviewEntry(
          id: 0, at: Self.timestamp(date), editor: editor, action: .undo, value: String(number), note: note,
          before: undone.after, after: undone.before, undoes: number), in: db)
      try db.execute(sql: "UPDATE review SET undone_by = ? WHERE id = ?", arguments: [entry.id, number])
      try Self.reverse(undone, in: db, memory: &memory)
      return entry
    }
  }

  /// The review log, oldest first.
  public func reviewLog() throws(LedgerError) -> [ReviewEntry] {
    try read { db in try Self.entries(in: db, where: "1", []) }
  }

  /// Each reviewed claim's state, by group.
  public func claimReviews() throws(LedgerError) -> [Int64: ClaimReview] {
    try read { db in try Self.claimReviews(in: db) }
  }

  // MARK: Internals

  private func reviewer(_ editor: String, _ note: String?) throws(LedgerError) -> (String, String?) {
    // (A name is one line: line breaks inside it become spaces, so the log stays a line an entry.)
    let editor = XMLCharacters.mapped(editor).components(separatedBy: .newlines).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
    guard !editor.isEmpty else {
      throw LedgerError(path: path, problem: .reviewRefused("say who you are: the editor's name is empty"))
    }
    let note = note.map(XMLCharacters.mapped).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    return (editor, note?.isEmpty == true ? nil : note)
  }

  private func anchor(ofClaim group: Int64, in db: Database) throws -> StatementAnchor {
    guard try Bool.fetchOne(db, sql: "SELECT 1 FROM claim_group WHERE id = ?", arguments: [group]) == true,
      let row = try Row.fetchOne(db, sql: "SELECT article_id, content FROM statement WHERE id = ?", arguments: [group])
    else {
      throw LedgerError(
        path: path,
        problem: .unknownTarget("claim \(group)", hint: "see `claimledger claims --format jsonl`, field group"))
    }
    return StatementAnchor(article: row[0], content: row[1])
  }

  /// A current statement's anchor and group; an unknown or superseded one is refused.
  private func current(statement id: Int64, in db: Database) throws -> (StatementAnchor, Int64) {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT article_id, content, is_current, claim_group FROM statement WHERE id = ?", arguments: [id])
    else {
      throw LedgerError(
        path: path,
        problem: .unknownTarget("statement \(id)", hint: "see `claimledger claims --format jsonl`, field id"))
    }
    guard row[2] as Bool, let group = row[3] as Int64? else {
      throw LedgerError(
        path: path,
        problem: .reviewRefused(
          "statement \(id) is from an earlier version of \(row[0] as String); review the current one"))
    }
    return (StatementAnchor(article: row[0], content: row[1]), group)
  }

  private func source(named name: String, in db: Database) throws -> (id: Int64, name: String, kind: String) {
    guard let source = try Self.sources(named: XMLCharacters.mapped(name), in: db).first else {
      throw LedgerError(path: path, problem: .unknownTarget("source \(name)", hint: "see `claimledger sources`"))
    }
    return source
  }

  /// The sources whose name folds as `name` does (``SourceNames/key(_:)``), a person first.
  private static func sources(named name: String, in db: Database) throws -> [(id: Int64, name: String, kind: String)] {
    let key = SourceNames.key(name)
    return try Row.fetchAll(db, sql: "SELECT id, name, kind FROM source ORDER BY kind != 'person', id")
      .filter { SourceNames.key($0[1]) == key }.map { ($0[0], $0[1], $0[2]) }
  }

  /// The statements of a source whose mention is `name`, perhaps after a title (`Union leader
  /// Tomas Berg` for `Tomas Berg`).
  private static func statements(of source: Int64, mentioning name: String, in db: Database) throws -> [Int64] {
    let key = SourceNames.key(name)
    return try Row.fetchAll(db, sql: "SELECT id, mention FROM statement WHERE source_id = ?", arguments: [source])
      .filter {
        let mention = SourceNames.key($0[1])
        return mention == key || mention.hasSuffix(" " + key)
      }.map { $0[0] as Int64 }
  }

  /// Appends an entry to the log, numbered next unless `keepingID` (an import restores ids).
  @discardableResult
  static func log(_ entry: ReviewEntry, keepingID: Bool = false, in db: Database) throws -> ReviewEntry {
    try db.execute(
      sql: """
        INSERT INTO review (id, at, editor, action, article_id, content, other_article_id, other_content, value,
          other_value, note, before, after, detail, undoes, undone_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        keepingID ? entry.id : nil, entry.at, entry.editor, entry.action.rawValue, entry.article, entry.content,
        entry.otherArticle,
        entry.otherContent, entry.value, entry.otherValue, entry.note, entry.before, entry.after, entry.detail,
        entry.undoes, entry.undoneBy,
      ])
    var stored = entry
    stored.id = db.lastInsertedRowID
    return stored
  }

  static func entries(in db: Database, where condition: String, _ arguments: StatementArguments) throws
    -> [ReviewEntry]
  {
    try Row.fetchAll(db, sql: "SELECT * FROM review WHERE \(condition) ORDER BY id", arguments: arguments).map { row in
      ReviewEntry(
        id: row["id"], at: row["at"], editor: row["editor"],
        action: ReviewAction(rawValue: row["action"]) ?? .mark, article: row["article_id"], content: row["content"],
        otherArticle: row["other_article_id"], otherContent: row["other_content"], value: row["value"],
        otherValue: row["other_value"], note: row["note"], before: row["before"], after: row["after"],
        detail: row["detail"], undoes: row["undoes"], undoneBy: row["undone_by"])
    }
  }

  /// The latest mark in force on any current statement of a group is the group's review state.
  static func claimReviews(in db: Database) throws -> [Int64: ClaimReview] {
    var reviews: [Int64: ClaimReview] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT s.claim_group, r.value, r.editor, r.at, r.note, r.id FROM review r
        JOIN statement s ON s.article_id = r.article_id AND s.content = r.content AND s.is_current = 1
        WHERE r.action = 'mark' AND r.undone_by IS NULL AND s.claim_group IS NOT NULL ORDER BY r.id
        """)
    {
      guard let mark = ReviewMark(rawValue: row[1]) else { continue }
      reviews[row[0]] = ClaimReview(mark: mark, editor: row[2], at: row[3], note: row[4], entry: row[5])
    }
    return reviews
  }

  /// Puts the statements at `anchor` under `name` (through the registry, with the other
  /// corrections), then forms their groups again.
  private static func resolveSpeakers(
    at anchor: StatementAnchor, to name: String, kind: SpeakerKind, in db: Database, memory: inout WriterMemory
  ) throws {
    // Every version's row of the statement: the old versions said it too.
    let ids = try Int64.fetchAll(
      db, sql: "SELECT id FROM statement WHERE article_id = ? AND content = ?",
      arguments: [anchor.article, anchor.content])
    let stored = try storedStatements(
      db, where: "s.id IN (\(ids.map(String.init).joined(separator: ",")))", arguments: [])
    memory.corrections = try Corrections.load(db)
    var statements = stored.map(\.statement)
    for index in statements.indices {
      statements[index].speaker = name
      statements[index].speakerKind = kind
    }
    let registry = try sources(for: statements, in: db, memory: &memory)
    for (index, row) in stored.enumerated() {
      try db.execute(
        sql: "UPDATE statement SET speaker = ?, speaker_kind = ?, source_id = ? WHERE id = ?",
        arguments: [registry.speakers[index], statements[index].speakerKind.rawValue, registry.ids[index], row.id])
    }
    try dropUnusedSources(in: db)
    try reload(touching: ids, in: db, memory: &memory)
  }

  /// Moves statements (of any version) to the source `name` of `kind`, created when missing.
  private static func moveStatements(_ ids: [Int64], to name: String, kind: String, in db: Database) throws {
    guard !ids.isEmpty else { return }
    try db.execute(
      sql: "INSERT INTO source (name, kind) VALUES (?, ?) ON CONFLICT(name, kind) DO NOTHING", arguments: [name, kind])
    let target = try Int64.fetchOne(
      db, sql: "SELECT id FROM source WHERE name = ? AND kind = ?", arguments: [name, kind])
    try db.execute(
      sql:
        "UPDATE statement SET source_id = ?, speaker = ? WHERE id IN (\(ids.map(String.init).joined(separator: ",")))",
      arguments: [target, name])
    try dropUnusedSources(in: db)
  }

  /// A source no statement names any more goes, with its aliases.
  private static func dropUnusedSources(in db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM source_alias WHERE source_id NOT IN (SELECT DISTINCT source_id FROM statement WHERE source_id IS NOT NULL);
        DELETE FROM source WHERE id NOT IN (SELECT DISTINCT source_id FROM statement WHERE source_id IS NOT NULL);
        """)
  }

  /// After sources changed under stored statements: the writer's memory is read again (the
  /// corrections with it), and the groups of the moved statements are formed again.
  private static func reload(touching ids: [Int64], in db: Database, memory: inout WriterMemory) throws {
    memory = try WriterMemory.load(db)
    let groups = Set(ids.compactMap { memory.terms.group(of: $0) })
    try regroup(groups, in: db, termIndex: &memory.terms, corrections: &memory.corrections)
  }

  /// Puts the ledger back as it would be without `entry` (already marked undone).
  private static func reverse(_ entry: ReviewEntry, in db: Database, memory: inout WriterMemory) throws {
    memory.corrections = try Corrections.load(db)
    func groups(of article: String?, _ content: String?) throws -> Set<Int64> {
      guard let article, let content else { return [] }
      let ids = try Corrections.currentIDs(of: StatementAnchor(article: article, content: content), in: db)
      return Set(ids.compactMap { memory.terms.group(of: $0) })
    }
    switch entry.action {
    case .mark, .undo:
      return
    case .unlink, .link:
      // The groups the statements are in now, and the one an unlinked statement left (its
      // members are formed with it again).
      var affected = try groups(of: entry.article, entry.content).union(
        groups(of: entry.otherArticle, entry.otherContent))
      if entry.action == .unlink, let left = entry.detail.flatMap(Int64.init), let group = memory.terms.group(of: left)
      {
        affected.insert(group)
      }
      try regroup(affected, pooled: true, in: db, termIndex: &memory.terms, corrections: &memory.corrections)
    case .speaker:
      guard let article = entry.article, let content = entry.content else { return }
      let anchor = StatementAnchor(article: article, content: content)
      let kinds = (entry.detail ?? "").split(separator: " ").compactMap { SpeakerKind(rawValue: String($0)) }
      if let old = entry.otherValue, kinds.count == 2 {
        try resolveSpeakers(at: anchor, to: old, kind: kinds[1], in: db, memory: &memory)
      }
    case .merge, .split:
      // detail: the kind, then the statements moved, which go back where they were; for a
      // merge, then the absorbed source's affiliation and aliases, a line each.
      let lines = (entry.detail ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let words = (lines.first ?? "").split(separator: " ")
      guard let kind = words.first.map(String.init), let back = entry.action == .merge ? entry.otherValue : entry.value
      else { return }
      var moved = words.dropFirst().compactMap { Int64($0) }
      // A merge also took in what later articles said under the absorbed name: that goes back too.
      if entry.action == .merge, let kept = entry.value,
        let keptID = try Int64.fetchOne(
          db, sql: "SELECT id FROM source WHERE name = ? ORDER BY kind != 'person'", arguments: [kept])
      {
        moved += try statements(of: keptID, mentioning: back, in: db).filter { !moved.contains($0) }
      }
      try moveStatements(moved, to: back, kind: kind, in: db)
      if entry.action == .merge {
        try db.execute(
          sql: "DELETE FROM source_alias WHERE alias = ? AND source_id IN (SELECT id FROM source WHERE name = ?)",
          arguments: [back, entry.value])
        if lines.count > 1, !lines[1].isEmpty {
          try db.execute(
            sql: "UPDATE source SET affiliation = ? WHERE name = ? AND kind = ?", arguments: [lines[1], back, kind])
        }
        for alias in lines.dropFirst(2) {
          try db.execute(
            sql:
              "INSERT OR IGNORE INTO source_alias (source_id, alias) SELECT id, ? FROM source WHERE name = ? AND kind = ?",
            arguments: [alias, back, kind])
        }
      } else if let alias = entry.otherValue {
        try db.execute(
          sql:
            "INSERT OR IGNORE INTO source_alias (source_id, alias) SELECT id, ? FROM source WHERE name = ? AND kind = ?",
          arguments: [alias, back, kind])
      }
      try reload(touching: moved, in: db, memory: &memory)
    }
  }
}
