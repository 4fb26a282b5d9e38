import Attribution
import Corroboration
import GRDB

/// The sources stored in the ledger, as the writing process keeps them: each by its registry key
/// (``Corroboration/SourceNames/key(_:)``: one source whatever the case, diacritics, spacing or
/// initials' full stops; for a person ``Corroboration/SourceNames/personKey(_:)``, whatever the
/// middle names and initials too), with its display name, whether it has its affiliation yet, its
/// aliases, and the people of two or more names by surname, so that a surname alone finds its
/// person.
struct SourceDirectory {
  struct Key: Hashable {
    var name: String
    var kind: String

    init(name: String, kind: String) {
      self.name = kind == SpeakerKind.person.rawValue ? SourceNames.personKey(name) : SourceNames.key(name)
      self.kind = kind
    }
  }

  struct Entry {
    var id: Int64
    var name: String
    var kind: String
    /// The first role seen for the source.
    var affiliation: String?
    var affiliated: Bool { affiliation != nil }
  }

  private var known: [Key: Entry] = [:]
  private var byID: [Int64: Key] = [:]
  /// People named by two words or more, by folded surname.
  private var fullNames: [String: Set<Int64>] = [:]
  private var aliases = Set<Alias>()

  private struct Alias: Hashable {
    var source: Int64
    var alias: String
  }

  subscript(key: Key) -> Entry? { known[key] }

  mutating func record(name: String, kind: String, id: Int64, affiliation: String?) {
    let key = Key(name: name, kind: kind)
    // (A ledger written before a person's key folded middle names may hold two sources of one
    // key: the first keeps it, and takes the statements from then on.)
    if let known = known[key], known.id != id { return }
    let entry = Entry(id: id, name: known[key]?.name ?? name, kind: kind, affiliation: affiliation)
    known[key] = entry
    byID[id] = key
    if kind == SpeakerKind.person.rawValue, let surname = SourceNames.surname(name) {
      fullNames[surname, default: []].insert(id)
    }
  }

  mutating func remove(_ id: Int64) {
    guard let key = byID.removeValue(forKey: id) else { return }
    known[key] = nil
  }

  /// The one person of two names or more with this folded surname, if there is exactly one;
  /// with the gender the surname's mentions tell, the one of them who may be of it
  /// (``Corroboration/SourceNames/mayBe(_:ofGender:)``); and if that leaves several, with the
  /// titles they give it, the one whose affiliation bears one of them
  /// (``Corroboration/SourceNames/mayHold(_:affiliation:)``: `President Obama` is the Obama
  /// the ledger knows as `President`).
  /// (`told`, the gender and titles, is read only where the ledger has a full name of the
  /// surname: most one-word speakers have none, and reading their mentions is no small cost.)
  func onlyPerson(withSurname surname: String, told: () -> (gender: Gender?, titles: Set<String>)) -> Entry? {
    guard let ids = fullNames[surname] else { return nil }
    let (gender, titles) = told()
    let people = ids.compactMap { byID[$0].flatMap { known[$0] } }
    let possible = gender.map { gender in people.filter { SourceNames.mayBe($0.name, ofGender: gender) } } ?? people
    if possible.count == 1 { return possible[0] }
    let titled = possible.filter { person in
      titles.contains { SourceNames.mayHold($0, affiliation: person.affiliation) }
    }
    return titled.count == 1 ? titled[0] : nil
  }

  /// Whether the alias is new.
  @discardableResult
  mutating func recordAlias(_ alias: String, of source: Int64) -> Bool {
    aliases.insert(Alias(source: source, alias: alias)).inserted
  }
}

/// What the registry decided for an article's statements.
struct SourceResolution {
  /// Each statement's source row (nil for vague ones) and the name it is stored under.
  var ids: [Int64?]
  var speakers: [String?]
  /// Groups whose members' origin changed (a surname source merged into its full name).
  var regrouped: Set<Int64>
}

extension Ledger {
  /// The source row of each statement's speaker (nil for vague ones), created on first sight,
  /// and the name the registry keeps for it. A person named by a surname alone joins the
  /// ledger's one person of that surname, when there is exactly one; and when a person's full
  /// name arrives, a source under that surname alone is merged into it, so that whatever the
  /// order of the articles, one person is one source. Aliases grow with each new way an article
  /// names a source (`Rebekah Koffler`; never `she`, `Koffler`, or an honorific, which says a
  /// gender, not who). A source's affiliation is the first role seen for it. Only what the
  /// `directory` does not know yet is written.
  static func sources(
    for statements: [Attribution.Statement], in db: Database, memory: inout WriterMemory
  ) throws -> SourceResolution {
    typealias Key = SourceDirectory.Key
    let person = SpeakerKind.person.rawValue
    var affiliation: [Key: String?] = [:]
    var display: [Key: String] = [:]
    var order: [Key] = []
    var aliases: [(Key, String)] = []
    var keys: [Key?] = []
    // What the article's mentions of each person named by a surname alone tell of their gender.
    var mentions: [String: [String]] = [:]
    for statement in statements where statement.speakerKind == .person {
      if let name = statement.speaker, !name.utf8.contains(UInt8(ascii: " ")) {
        mentions[name, default: []].append(statement.mention)
      }
    }
    for statement in statements {
      guard let spoken = statement.speaker, statement.speakerKind != .vague else {
        keys.append(nil)
        continue
      }
      let kind = statement.speakerKind.rawValue
      var name = memory.corrections.isEmpty ? spoken : memory.corrections.sourceName(spoken, mention: statement.mention)
      if kind == person, !name.utf8.contains(UInt8(ascii: " ")),
        let full = memory.sources.onlyPerson(
          withSurname: SourceNames.key(name), told: { Self.told(mentions[spoken] ?? [], of: spoken) }),
        !memory.corrections.isSplit(name, from: full.name)
      {
        name = full.name
      }
      let key = Key(name: name, kind: kind)
      keys.append(key)
      if affiliation[key] == nil {
        order.append(key)
        affiliation[key] = .some(statement.role)
        display[key] = memory.sources[key]?.name ?? name
      } else if affiliation[key]! == nil, let role = statement.role {
        affiliation[key] = role
      }
      // (`Donald J. Trump` where the source is `Donald Trump`: another way the name is written.)
      if kind == person, let shown = display[key], shown != name, name.utf8.contains(UInt8(ascii: " ")) {
        aliases.append((key, name))
      }
      let mention = statement.mention
      if mention != name, mention.utf8.contains(UInt8(ascii: " ")), mention.first?.isUppercase == true,
        SourceNames.honorific(of: mention) == nil, Key(name: mention, kind: kind) != key
      {
        aliases.append((key, mention))
      }
    }
    // New sources, and known ones that gain their first affiliation.
    let changed = order.filter { key in
      guard let known = memory.sources[key] else { return true }
      return !known.affiliated && affiliation[key]! != nil
    }
    var regrouped = Set<Int64>()
    if !changed.isEmpty {
      try insertMany(
        into: "source (name, kind, affiliation)", columns: 3,
        rows: changed.map { [display[$0]!, $0.kind, affiliation[$0]!] },
        conflict: "ON CONFLICT(name, kind) DO UPDATE SET affiliation = COALESCE(affiliation, excluded.affiliation)",
        in: db)
      let created = changed.filter { memory.sources[$0] == nil }
      for row in try rows(
        matching: Array(Set(changed.map { display[$0]! })).sorted(), in: db,
        { "SELECT id, name, kind, affiliation FROM source WHERE name IN (\($0))" })
      {
        memory.sources.record(name: row[1], kind: row[2], id: row[0], affiliation: row[3])
      }
      // A full name that is now the only one of its surname (of the gender and, among
      // several, the title the surname's mentions tell, stored and in this article) takes in
      // the source under that surname alone, and the statements already stored under it.
      for key in created where key.kind == person {
        guard let surname = SourceNames.surname(display[key]!),
          let single = memory.sources[Key(name: surname, kind: person)]
        else { continue }
        let mentions =
          try String.fetchAll(
            db, sql: "SELECT mention FROM statement WHERE source_id = ? AND is_current = 1", arguments: [single.id])
          + keys.indices.filter { keys[$0] == Key(name: surname, kind: person) }.map { statements[$0].mention }
        guard
          let full = memory.sources.onlyPerson(withSurname: surname, told: { Self.told(mentions, of: single.name) }),
          full.id == memory.sources[key]?.id, !memory.corrections.isSplit(single.name, from: full.name)
        else { continue }
        regrouped.formUnion(try merge(single, into: full, in: db, memory: &memory))
        memory.sources.remove(single.id)
        for index in keys.indices where keys[index] == Key(name: surname, kind: person) { keys[index] = key }
        for index in aliases.indices where aliases[index].0 == Key(name: surname, kind: person) {
          aliases[index].0 = key
        }
      }
    }
    let newAliases = aliases.compactMap { key, alias in
      memory.sources[key].flatMap { memory.sources.recordAlias(alias, of: $0.id) ? ($0.id, alias) : nil }
    }
    if !newAliases.isEmpty {
      try insertMany(
        into: "source_alias (source_id, alias)", columns: 2,
        rows: newAliases.map { [$0.0, $0.1] },
        conflict: "ON CONFLICT DO NOTHING", in: db)
    }
    let entries = keys.map { $0.flatMap { memory.sources[$0] } }
    return SourceResolution(ids: entries.map { $0?.id }, speakers: entries.map { $0?.name }, regrouped: regrouped)
  }

  /// What the mentions of a person named by `name`, a surname alone, tell of who it is: the
  /// gender, and the titles given (`President Obama`).
  static func told(_ mentions: [String], of name: String) -> (gender: Gender?, titles: Set<String>) {
    (
      SourceNames.gender(ofMentions: mentions),
      Set(mentions.compactMap { SourceNames.title(ofMention: $0, name: name) })
    )
  }

  /// Moves the statements of `single` (a surname alone) to `full` and deletes it; returns the
  /// groups whose current members changed origin.
  static func merge(
    _ single: SourceDirectory.Entry, into full: SourceDirectory.Entry, in db: Database, memory: inout WriterMemory
  ) throws -> Set<Int64> {
    let moved = try Row.fetchAll(
      db, sql: "SELECT id, claim_group FROM statement WHERE source_id = ? AND is_current = 1", arguments: [single.id])
    try db.execute(
      sql: "UPDATE statement SET source_id = ?, speaker = ? WHERE source_id = ?",
      arguments: [full.id, full.name, single.id])
    try db.execute(sql: "DELETE FROM source_alias WHERE source_id = ?", arguments: [single.id])
    try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [single.id])
    for row in moved {
      memory.terms.setSpeaker(row[0], full.name)
      memory.firsts[row[0]] = nil
    }
    return Set(moved.compactMap { $0[1] as Int64? })
  }
}
