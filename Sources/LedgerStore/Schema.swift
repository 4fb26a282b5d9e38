import Corroboration
import GRDB
import SafeXML

/// The ledger's tables, created and upgraded by versioned migrations. `Ledger/README.md`
/// documents them; change both together.
enum Schema {
  /// `PRAGMA application_id` of every ClaimLedger ledger ("CLML"): how a ledger is told apart
  /// from any other SQLite file.
  static let applicationID: Int32 = 0x434C_4D4C

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          PRAGMA application_id = \(applicationID);
          CREATE TABLE article (
            id TEXT PRIMARY KEY NOT NULL,
            url TEXT, outlet TEXT, title TEXT
          );
          CREATE TABLE version (
            article_id TEXT NOT NULL REFERENCES article(id),
            number INTEGER NOT NULL,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            ingested_at TEXT NOT NULL,
            PRIMARY KEY (article_id, number)
          );
          CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            affiliation TEXT,
            UNIQUE (name, kind)
          );
          CREATE TABLE source_alias (
            source_id INTEGER NOT NULL REFERENCES source(id),
            alias TEXT NOT NULL,
            PRIMARY KEY (source_id, alias)
          );
          CREATE TABLE claim_group (
            id INTEGER PRIMARY KEY,
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            origins TEXT NOT NULL,
            outlets TEXT NOT NULL
          );
          CREATE TABLE statement (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            source_id INTEGER REFERENCES source(id),
            speaker TEXT,
            mention TEXT NOT NULL, mention_start INTEGER NOT NULL, mention_end INTEGER NOT NULL,
            speaker_kind TEXT NOT NULL,
            cue TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
            content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            fragments TEXT NOT NULL,
            direct INTEGER NOT NULL,
            outlet TEXT,
            role TEXT,
            negative INTEGER NOT NULL DEFAULT 0,
            term_count INTEGER NOT NULL DEFAULT 0,
            is_current INTEGER NOT NULL DEFAULT 1,
            claim_group INTEGER,
            FOREIGN KEY (article_id, version) REFERENCES version(article_id, number)
          );
          CREATE INDEX statement_by_version ON statement(article_id, version);
          CREATE INDEX statement_by_group ON statement(claim_group);
          CREATE TABLE term (
            term TEXT NOT NULL,
            statement_id INTEGER NOT NULL REFERENCES statement(id)
          );
          CREATE INDEX term_by_term ON term(term);
          CREATE TABLE vocabulary (
            term TEXT PRIMARY KEY NOT NULL,
            frequency INTEGER NOT NULL
          ) WITHOUT ROWID;
          CREATE INDEX term_by_statement ON term(statement_id);
          """)
    }
    // v2: each claim's terms move into its statement row, and the term index into the writing
    // process's memory (`TermIndex`): the `term` and `vocabulary` tables cost two thirds of an
    // ingest to write and probe. The writer's memory also knows each group's members, so the
    // index of statements by group (one more B-tree write per statement) goes too.
    migrator.registerMigration("v2") { db in
      try db.execute(sql: "ALTER TABLE statement ADD COLUMN terms TEXT NOT NULL DEFAULT ''")
      let rows = try Row.fetchAll(db, sql: "SELECT id, content, cue FROM statement")
      for row in rows {
        let terms = ClaimKey(content: row[1], cue: row[2]).terms.joined(separator: " ")
        try db.execute(sql: "UPDATE statement SET terms = ? WHERE id = ?", arguments: [terms, row[0]])
      }
      try db.execute(sql: "DROP TABLE term; DROP TABLE vocabulary; DROP INDEX statement_by_group")
    }
    // v3: a ledger written before every way in mapped the characters XML cannot carry
    // (``XMLCharacters``) may hold them, and its export would not read back: each stored text
    // is mapped as new text now is, one code point for one, so offsets stay true. (Foreign keys
    // are checked at the end of a migration, so an article id changes in every table at once.)
    migrator.registerMigration("v3") { db in
      let mapped = DatabaseFunction("claimledger_mapped", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(XMLCharacters.mapped) ?? values[0]
      }
      db.add(function: mapped)
      defer { db.remove(function: mapped) }
      let columns = [
        "article": ["id", "url", "outlet", "title"], "version": ["article_id", "source", "text", "published"],
        "source": ["name", "affiliation"], "source_alias": ["alias"],
        "statement": ["article_id", "speaker", "mention", "cue", "content", "outlet", "role"],
        "claim_group": ["reason", "origins", "outlets"],
      ]
      for (table, names) in columns.sorted(by: { $0.key < $1.key }) {
        for column in names {
          try db.execute(
            sql:
              "UPDATE \(table) SET \(column) = claimledger_mapped(\(column)) WHERE \(column) IS NOT claimledger_mapped(\(column))"
          )
        }
      }
    }
    // v4: claims are linked by one engine (``ClaimMatcher``): each statement joins the group
    // whose first statement it matches, never a chain, and keeps the statement it matched and
    // why (`linked_to`, `link_evidence`); `negative` is its polarity against that statement.
    // Every group is formed again from the stored statements.
    migrator.registerMigration("v4") { db in
      try db.execute(sql: "ALTER TABLE statement ADD COLUMN linked_to INTEGER")
      try db.execute(sql: "ALTER TABLE statement ADD COLUMN link_evidence TEXT")
      var none = Corrections()
      _ = try Ledger.relinkAll(in: db, corrections: &none)
    }
    // v5: editors' corrections (``ReviewEntry``), a log that is also the record of what is in
    // force: an entry applies until an `undo` entry names it in `undone_by`. Statements are
    // named by article and words, not by row, so a correction follows them into new versions
    // (found through the index by article: an article has a few dozen statements a version).
    migrator.registerMigration("v5") { db in
      try db.execute(
        sql: """
          CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            editor TEXT NOT NULL,
            action TEXT NOT NULL,
            article_id TEXT, content TEXT,
            other_article_id TEXT, other_content TEXT,
            value TEXT, other_value TEXT,
            note TEXT,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            detail TEXT,
            undoes INTEGER REFERENCES review(id),
            undone_by INTEGER REFERENCES review(id)
          )
          """)
    }
    return migrator
  }
}
