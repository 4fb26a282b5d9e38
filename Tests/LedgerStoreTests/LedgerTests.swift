import ArticleReading
import Attribution
import Corroboration
import Foundation
import GRDB
import TestFolders
import Testing

@testable import LedgerStore

@Suite struct LedgerTests {
  func temporaryPath(_ name: String = "ledger.sqlite") -> String {
    TestFolders.make("claimledger-ledger").appendingPathComponent(name).path
  }

  func article(_ text: String, source: String = "story.txt") -> Article {
    Article(source: source, format: .plainText, text: text)
  }

  @discardableResult
  func ingest(_ ledger: Ledger, _ text: String, id: String) throws -> IngestResult {
    let a = article(text)
    return try ledger.ingest(
      a, statements: Extractor.statements(in: a), id: id, ingestedAt: Date(timeIntervalSince1970: 0))
  }

  /// Stored fragments read back as ranges: pairs in order, a trailing number or a range that
  /// ends before it starts (a hand-edited row) dropped rather than a crash; a number too large
  /// for any text drops them all (the statement is then shown by its content's range).
  @Test func fragmentsReadBackAsRanges() {
    #expect(Ledger.parseFragments("[[12,40]]") == [12..<40])
    #expect(Ledger.parseFragments("[[0,5],[9,120]]") == [0..<5, 9..<120])
    #expect(Ledger.parseFragments("[]").isEmpty)
    #expect(Ledger.parseFragments("[[30,7],[8,9]]") == [8..<9])
    #expect(Ledger.parseFragments("[[1,2],[3") == [1..<2])
    #expect(Ledger.parseFragments("[[99999999999999999999999,5]]").isEmpty)
    #expect(Ledger.parseFragments("[[1,2],[3,\(Int.max)0]]").isEmpty)
  }

  /// A hand-edited ledger whose spans end before they start, or whose fragments hold a number
  /// no text could reach, is read, reported on and linked against, never a crash.
  @Test func handEditedSpansAreReadNotTrappedOn() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "\"The ferry will run again in May,\" Captain Ana Lima said.", id: "ferry")
    try DatabaseQueue(path: ledger.path).write { db in
      try db.execute(
        sql: """
          UPDATE statement SET mention_start = 50, mention_end = 10, cue_start = 90, cue_end = 3,
            content_start = 40, content_end = 2, fragments = '[[99999999999999999999999,5]]'
          """)
    }
    let claims = try ledger.claims()
    #expect(claims.count == 1)
    #expect(claims[0].statement.mentionRange == 50..<50)
    #expect(claims[0].statement.fragments == [40..<40])
    try ingest(ledger, "Captain Ana Lima said the ferry will run again in May.", id: "wire")
    #expect(try ledger.claims().count == 2)
    // A new process's writer reads every stored span back, and a relink reads them again.
    let reopened = try Ledger.open(path: ledger.path)
    try ingest(reopened, "Captain Ana Lima said the night ferry will run again in June.", id: "night")
    try reopened.relink()
    #expect(try reopened.claims().count == 3)
  }

  @Test func sameTextTwiceIsUnchangedAndNewTextIsANewVersion() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    let first = try ingest(ledger, "\"The bridge is safe,\" Mayor Elena Ruiz said.", id: "bridge")
    #expect(first == IngestResult(articleID: "bridge", version: 1, statementsAdded: 1, unchanged: false))
    #expect(try ingest(ledger, "\"The bridge is safe,\" Mayor Elena Ruiz said.", id: "bridge").unchanged)
    let second = try ingest(ledger, "\"The bridge is completely safe,\" Mayor Elena Ruiz said.", id: "bridge")
    #expect(second.version == 2)
    #expect(try ledger.versions(of: "bridge") == [1, 2])
    // Only the latest version's statements are current.
    #expect(try ledger.claims().map(\.statement.content) == ["The bridge is completely safe,"])
    #expect(try ledger.statements(article: "bridge", version: 1).count == 1)
  }

  @Test func independentOriginsCorroborateAndOneOriginInManyOutletsDoesNot() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The bridge will reopen on Friday, Mayor Elena Ruiz said.", id: "a")
    try ingest(ledger, "The bridge will reopen on Friday, Elena Ruiz told the Courier.", id: "b")
    #expect(try ledger.claims().map { $0.verdict?.status } == [.singleSource, .singleSource])
    try ingest(ledger, "State inspector Joan Pike said the bridge is set to reopen Friday.", id: "c")
    let claims = try ledger.claims()
    #expect(claims.map { $0.verdict?.status } == [.corroborated, .corroborated, .corroborated])
    #expect(claims[0].verdict?.origins == ["Elena Ruiz", "Joan Pike"])
    #expect(Set(claims.map(\.group)).count == 1)
  }

  /// A statement and the report of it (`..., Mayor Elena Ruiz said, according to the Associated
  /// Press`) are one origin: the reporter carried the mayor's words, it did not confirm them.
  @Test func aReportOfAStatementIsNoSecondOrigin() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      #""The bridge will reopen on Friday once the inspectors sign off," Mayor Elena Ruiz said, according to the Associated Press."#,
      id: "wire")
    let claims = try ledger.claims()
    #expect(claims.count == 2)
    #expect(Set(claims.map(\.group)).count == 1)
    #expect(claims.allSatisfy { $0.verdict?.status == .singleSource && $0.verdict?.origins == ["Elena Ruiz"] })
    // Another article's report of its own, by someone else, does corroborate.
    try ingest(
      ledger, "Inspector Tom Alder said the bridge will reopen on Friday once the inspectors sign off.", id: "b")
    #expect(try ledger.claims().allSatisfy { $0.verdict?.status == .corroborated })
  }

  /// A report whose span holds the speaker's cue (`"...," Mayor Elena Ruiz said, according to the
  /// Harbor Gazette`, the quotation going on after it) carries the mayor's words: one origin.
  @Test func aReportHoldingTheSpeakersCueIsNoSecondOrigin() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      """
      "The ferry will keep running through the whole winter season without a single break in service," Mayor \
      Elena Ruiz said, according to the Harbor Gazette. "We are ready."
      """, id: "gazette")
    let claims = try ledger.claims()
    #expect(claims.map(\.statement.speaker) == ["Elena Ruiz", "Harbor Gazette"])
    #expect(Set(claims.map(\.group)).count == 1)
    #expect(claims.allSatisfy { $0.verdict?.status == .singleSource && $0.verdict?.origins == ["Elena Ruiz"] })
  }

  /// The same words twice in one article (a headline and its story's quotation) are one
  /// telling, whoever each was given to: they do not confirm each other. The same words in
  /// another article, from someone else, do.
  @Test func theSameWordsTwiceInOneArticleAreOneOrigin() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      """
      Harbor Chief Lena Ortiz: "The North Pier Will Reopen To Ferries On Friday"

      The harbor's chief engineer spoke to reporters on Tuesday.

      "The north pier will reopen to ferries on Friday," Ortiz's deputy, Omar Haddad, said after the inspection.
      """, id: "pier")
    let claims = try ledger.claims()
    #expect(claims.map(\.statement.speaker) == ["Lena Ortiz", "Omar Haddad"])
    #expect(Set(claims.map(\.group)).count == 1)
    #expect(claims.allSatisfy { $0.verdict?.status == .singleSource && $0.verdict?.origins == ["Lena Ortiz"] })
    try ingest(ledger, "Dock inspector Ruth Okafor said the north pier will reopen to ferries on Friday.", id: "b")
    #expect(try ledger.claims().allSatisfy { $0.verdict?.status == .corroborated })
  }

  /// A spokeswoman named with her role in one article and without it in another is one origin:
  /// the board's voice both times.
  @Test func aSpokespersonWithAndWithoutTheRoleIsOneOrigin() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger, "Harbor Board spokeswoman Lena Ortiz said the north pier will reopen to ferries on Friday.", id: "a")
    try ingest(ledger, "Lena Ortiz said the north pier will reopen to ferries on Friday.", id: "b")
    let claims = try ledger.claims()
    #expect(claims.count == 2)
    #expect(claims.allSatisfy { $0.verdict?.status == .singleSource && $0.verdict?.origins == ["Harbor Board"] })
  }

  /// A spokesperson speaks for their organisation: the board and its named spokeswoman, in two
  /// articles, are one origin, at ingest and when a later article is linked to the claim.
  @Test func aNamedSpokespersonAndTheirOrganisationDoNotCorroborate() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The Harbor Board said the north pier will reopen to ferries on Friday.", id: "a")
    try ingest(
      ledger, "Harbor Board spokeswoman Lena Ortiz said the north pier will reopen to ferries on Friday.", id: "b")
    let claims = try ledger.claims()
    #expect(claims.map(\.statement.speaker) == ["Harbor Board", "Lena Ortiz"])
    #expect(Set(claims.map(\.group)).count == 1)
    #expect(claims.map { $0.verdict?.status } == [.singleSource, .singleSource])
    try ingest(ledger, "Dock engineer Omar Haddad said the north pier will reopen to ferries on Friday.", id: "c")
    #expect(try ledger.claims().first?.verdict?.origins == ["Harbor Board", "Omar Haddad"])
  }

  /// A long quotation that arrives after an excerpt of it finds the excerpt even when its rarest
  /// words are in the part the excerpt left out (here each of those is in one other claim,
  /// while each of the excerpt's is in two): it looks the ledger up by half its terms, not its
  /// four rarest.
  @Test func aLongQuotationFindsAnExcerptWhoseWordsAreNotItsRarest() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "\"The old lighthouse budget was cut last year,\" said councillor Raj Patel.", id: "patel")
    try ingest(ledger, "\"The ferry from Marlow Island ran late all spring,\" said commuter Dan Oakes.", id: "oakes")
    try ingest(ledger, "\"Bus service will resume after the storm,\" said operator Lena Fox.", id: "fox")
    try ingest(
      ledger, "\"The ferry service to Marlow Island will resume in the spring,\" Mayor Tomas Berg said.", id: "excerpt")
    try ingest(
      ledger,
      """
      "We cut the budget for the old lighthouse and the museum roof, and the ferry service to Marlow \
      Island will resume in the spring," Mayor Tomas Berg said.
      """, id: "whole")
    let claims = Dictionary(uniqueKeysWithValues: try ledger.claims().map { ($0.articleID, $0) })
    #expect(claims["whole"]!.group == claims["excerpt"]!.group)
    #expect(claims["whole"]!.linkEvidence == "words inside the other")
    #expect(Set(["patel", "oakes", "fox"].map { claims[$0]!.group }).count == 3)
  }

  /// Groups never chain: a statement joins a group only by matching its first statement. When
  /// that statement leaves with its article's old version, the group is formed again from the
  /// members left, in the table and in the writer's memory.
  @Test func groupsDoNotChainAndAreFormedAgainWhenTheirFirstStatementLeaves() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The ferry will run all winter, Mayor Elena Ruiz said.", id: "a")
    try ingest(ledger, "The ferry will run all winter and fares will drop in March, Tom Hale said.", id: "b")
    try ingest(ledger, "Fares will drop in March, Joan Pike said.", id: "c")
    var claims = Dictionary(uniqueKeysWithValues: try ledger.claims().map { ($0.articleID, $0) })
    #expect(claims["a"]!.group == claims["b"]!.group)
    #expect(claims["b"]!.linkedTo == claims["a"]!.id)
    #expect(claims["b"]!.linkEvidence == "words inside the other")
    // Joan Pike's claim matches Tom Hale's, not the group's claim: it stays apart.
    #expect(claims["c"]!.group != claims["a"]!.group)
    try ingest(ledger, "The council met on Tuesday, Mayor Elena Ruiz said.", id: "a")
    claims = Dictionary(uniqueKeysWithValues: try ledger.claims().map { ($0.articleID, $0) })
    #expect(claims["b"]!.group == claims["b"]!.id)
    #expect(claims["b"]!.linkedTo == nil)
    #expect(claims["b"]!.verdict?.status == .singleSource)
    #expect(claims["a"]!.group != claims["c"]!.group)
    #expect(claims.values.map { $0.verdict?.status } == [.singleSource, .singleSource, .singleSource])
    try ingest(ledger, "Fares will drop in March, harbor master Omar Costa said.", id: "d")
    claims = Dictionary(uniqueKeysWithValues: try ledger.claims().map { ($0.articleID, $0) })
    #expect(claims["d"]!.group == claims["c"]!.group && claims["d"]!.group != claims["a"]!.group)
    #expect(claims["c"]!.verdict?.status == .corroborated)
    #expect(claims["a"]!.verdict?.status == .singleSource)
  }

  /// The term index lives in the writing process: a claim another connection (another process,
  /// to SQLite) stored in between must still be found, and a restored ledger's claims too.
  @Test func claimsWrittenByAnotherConnectionOrRestoredAreLinked() throws {
    let path = temporaryPath()
    let first = try Ledger.open(path: path)
    try ingest(first, "The ferry fares will rise in March, council clerk Anna Berg said.", id: "a")
    let second = try Ledger.open(path: path)
    try ingest(second, "The bridge will reopen on Friday, Mayor Elena Ruiz said.", id: "b")
    try ingest(first, "State inspector Joan Pike said the bridge is set to reopen Friday.", id: "c")
    let claims = try first.claims()
    #expect(claims.map(\.articleID) == ["a", "b", "c"])
    #expect(claims[1].group == claims[2].group && claims[0].group != claims[1].group)
    #expect(claims.map { $0.verdict?.status } == [.singleSource, .corroborated, .corroborated])

    let copy = try Ledger.open(path: temporaryPath())
    try copy.restore(try first.snapshot())
    try ingest(copy, "The bridge will reopen Friday, harbor master Omar Costa said.", id: "d")
    let restored = try copy.claims()
    #expect(restored.map(\.articleID) == ["a", "b", "c", "d"])
    #expect(Set(restored.dropFirst().map(\.group)).count == 1)
  }

  /// The four statuses on stories of our own, with a negation in another clause that must not
  /// contest: a verdict is only as good as the links under it.
  @Test func fourStatusesWithANegationInAnotherClause() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger, "The Ashford river bridge is safe for heavy trucks, state inspector Joan Pike said on Monday.", id: "a")
    try ingest(
      ledger,
      "Engineer Tom Hale said the Ashford river bridge is safe for heavy trucks, although the ferry is not running.",
      id: "b")
    try ingest(ledger, "The Millbrook dam is not safe for heavy trucks, county engineer Ruth Okafor said.", id: "c")
    try ingest(ledger, "The Millbrook dam is safe for heavy trucks, the contractor Westline Steel said.", id: "d")
    try ingest(ledger, "Ferry fares in Ashford will double in June, council clerk Anna Berg told the Courier.", id: "e")
    try ingest(ledger, "Ferry fares in Ashford will double in June, Anna Berg told the Gazette.", id: "f")
    try ingest(ledger, "Ferry crews in Ashford reportedly plan a strike for the first week of July.", id: "g")
    let status = Dictionary(uniqueKeysWithValues: try ledger.claims().map { ($0.articleID, $0.verdict?.status) })
    #expect(status["a"] == .corroborated && status["b"] == .corroborated)
    #expect(status["c"] == .contested && status["d"] == .contested)
    #expect(status["e"] == .singleSource && status["f"] == .singleSource)
    #expect(status["g"] == .unattributed)
  }

  /// One linking engine: forming every group again from the stored statements, in the order
  /// ingest stored them, gives exactly the groups, links and verdicts that ingest built.
  @Test func relinkingTheStoredStatementsGivesTheGroupsIngestBuilt() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    let stories = [
      """
      Marlow clinics face cuts

      The county will close two rural clinics in Marlow next year to save money, health director Ruth Okafor said on Monday.
      "We have no other way to balance the budget," Okafor said.
      """,
      """
      Clinic closures confirmed

      Two rural clinics in Marlow are set to close next year, county commissioner Ian Brooks said.
      Brooks said that nurses would be offered jobs at the county hospital.
      """,
      """
      Nurses protest

      Union leader Dana Whitfield said the county had not consulted nurses before deciding.
      "We have no other way to balance the budget," the health director told the Marlow Gazette.
      Whitfield said the county will close two rural clinics in Marlow next year.
      """,
    ]
    for (index, story) in stories.enumerated() { try ingest(ledger, story, id: "story-\(index)") }
    let built = try ledger.claims()
    #expect(built.contains { $0.linkedTo != nil && $0.articleID != "story-0" }, "the stories should link")
    let storedTerms = "SELECT terms, term_count FROM statement ORDER BY id"
    let builtTerms = try DatabaseQueue(path: ledger.path).read { try Row.fetchAll($0, sql: storedTerms) }
    // Undo every link by hand first, so that only relinking can bring them back; and blank the
    // terms, as a ledger whose terms an older rule read: relinking reads them again.
    try DatabaseQueue(path: ledger.path).write { db in
      try db.execute(
        sql: "UPDATE statement SET claim_group = id, linked_to = NULL, link_evidence = NULL, terms = '', term_count = 0"
      )
      try db.execute(sql: "DELETE FROM claim_group")
    }
    #expect(try ledger.claims().allSatisfy { $0.linkedTo == nil })
    try ledger.relink()
    let rebuilt = try ledger.claims()
    #expect(rebuilt.map(\.group) == built.map(\.group))
    #expect(rebuilt.map(\.linkedTo) == built.map(\.linkedTo))
    #expect(rebuilt.map(\.linkEvidence) == built.map(\.linkEvidence))
    #expect(rebuilt.map(\.verdict) == built.map(\.verdict))
    #expect(try DatabaseQueue(path: ledger.path).read { try Row.fetchAll($0, sql: storedTerms) } == builtTerms)
  }

  /// A ledger made before claims kept their terms in their rows (schema v1, with `term` and
  /// `vocabulary` tables) is upgraded in place and its claims are found by new ones.
  @Test func aVersionOneLedgerIsUpgradedAndItsClaimsStillLink() throws {
    let path = temporaryPath()
    let old = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(old, upTo: "v1")
    try old.write { db in
      try db.execute(sql: "INSERT INTO article (id) VALUES ('a')")
      try db.execute(
        sql: """
          INSERT INTO version (article_id, number, source, format, text_hash, text, ingested_at)
          VALUES ('a', 1, 'a.txt', 'text', 'x', 'The bridge will reopen on Friday, Mayor Elena Ruiz said.', 'then')
          """)
      try db.execute(
        sql: """
          INSERT INTO claim_group (id, status, reason, origins, outlets) VALUES (1, 'single-source', '', 'Elena Ruiz', '');
          INSERT INTO source (id, name, kind) VALUES (1, 'Elena Ruiz', 'person');
          INSERT INTO statement (id, article_id, version, ordinal, source_id, speaker, mention, mention_start,
            mention_end, speaker_kind, cue, cue_start, cue_end, content, content_start, content_end, fragments, direct,
            claim_group)
          VALUES (1, 'a', 1, 0, 1, 'Elena Ruiz', 'Mayor Elena Ruiz', 34, 50, 'person', 'said', 51, 55,
            'The bridge will reopen on Friday', 0, 32, '[[0,32]]', 0, 1);
          """)
    }
    try old.close()
    let ledger = try Ledger.open(path: path)
    try ingest(ledger, "State inspector Joan Pike said the bridge will reopen on Friday.", id: "b")
    let claims = try ledger.claims()
    #expect(claims.map(\.group) == [1, 1])
    #expect(claims.map { $0.verdict?.status } == [.corroborated, .corroborated])
    let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
    #expect(!tables.contains("term") && !tables.contains("vocabulary"))
  }

  /// A ledger written before every way in mapped the characters XML cannot carry (schema v2)
  /// may hold them; opening it maps them in every table, one for one, so its export reads back.
  @Test func aVersionTwoLedgerHoldingControlCharactersIsMappedOnOpening() throws {
    let path = temporaryPath()
    let old = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(old, upTo: "v2")
    try old.write { db in
      try db.execute(
        sql: "INSERT INTO article (id, outlet) VALUES (?, ?)", arguments: ["port\u{1B}vote", "Bay\u{85}Ledger"])
      try db.execute(
        sql: """
          INSERT INTO version (article_id, number, source, format, text_hash, text, ingested_at)
          VALUES (?, 1, 'a.txt', 'text', 'x', ?, 'then')
          """, arguments: ["port\u{1B}vote", "The\u{0C} port will close, Mayor Elena Ruiz said."])
      try db.execute(sql: "INSERT INTO source (id, name, kind) VALUES (1, 'Elena Ruiz', 'person')")
      try db.execute(
        sql: """
          INSERT INTO statement (id, article_id, version, ordinal, source_id, speaker, mention, mention_start,
            mention_end, speaker_kind, cue, cue_start, cue_end, content, content_start, content_end, fragments, direct)
          VALUES (1, ?, 1, 0, 1, 'Elena Ruiz', 'Mayor Elena Ruiz', 27, 43, 'person', 'said', 44, 48,
            ?, 0, 25, '[[0,25]]', 0)
          """, arguments: ["port\u{1B}vote", "The\u{0C} port will close"])
    }
    try old.close()
    let ledger = try Ledger.open(path: path)
    let snapshot = try ledger.snapshot()
    #expect(snapshot.articles.map(\.id) == ["port\u{FFFD}vote"])
    #expect(snapshot.articles[0].outlet == "Bay\u{FFFD}Ledger")
    #expect(snapshot.articles[0].versions[0].text == "The\u{FFFD} port will close, Mayor Elena Ruiz said.")
    #expect(snapshot.articles[0].versions[0].statements.map(\.statement.content) == ["The\u{FFFD} port will close"])
    #expect(try ledger.versions(of: "port\u{1B}vote") == [1])
  }

  @Test func aDenialByAnotherOriginContests() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The contractor's supports were faulty, inspector Joan Pike said.", id: "a")
    try ingest(ledger, "Westline Steel denied that the contractor's supports were faulty.", id: "b")
    #expect(try ledger.claims().map { $0.verdict?.status } == [.contested, .contested])
  }

  @Test func sourcesKeepNoPronounSurnameOrHonorificAsAnAlias() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      "Rebekah Koffler, a former officer, said the talks would fail. \"Every reset fails,\" Koffler said. She added that Moscow knows it. \"It is over,\" Ms. Koffler said.",
      id: "a")
    let sources = try ledger.sources()
    #expect(sources.count == 1)
    #expect(sources[0].name == "Rebekah Koffler")
    // An honorific says a gender, not who: `Ms. Koffler` is no alias.
    #expect(sources[0].aliases == [])
    #expect(sources[0].statements == 4)
  }

  /// One source per person: spellings fold together, and a surname alone joins its full name
  /// whichever comes first, so one person's two statements never corroborate each other.
  @Test func theRegistryKeepsOneSourcePerPersonWhateverTheOrder() throws {
    for order in [["surname", "full"], ["full", "surname"]] {
      let ledger = try Ledger.open(path: temporaryPath())
      let texts = [
        "surname": "Harbor tolls will double in June to pay for the new locks, Okonkwo said on Monday.",
        "full": "Port director Adaeze Okonkwo said harbor tolls will double in June to pay for the new locks.",
      ]
      for id in order { try ingest(ledger, texts[id]!, id: id) }
      try ingest(ledger, "Felipe Calderón said the border talks in Tijuana would resume in April.", id: "accented")
      try ingest(ledger, "Felipe Calderon said the border talks in Tijuana would resume in April.", id: "plain")
      let sources = try ledger.sources()
      #expect(sources.map(\.name).sorted() == ["Adaeze Okonkwo", "Felipe Calderón"], "\(order)")
      let claims = try ledger.claims()
      #expect(Set(claims.map(\.statement.speaker)) == ["Adaeze Okonkwo", "Felipe Calderón"], "\(order)")
      // One person twice is one origin: single-source, not corroborated.
      #expect(claims.allSatisfy { $0.verdict?.status == .singleSource }, "\(order)")
      #expect(Set(claims.map(\.group)).count == 2, "\(order)")
    }
  }

  /// A surname alone whose article tells a gender (`Mr. Marsh`, `he`) is the one person of
  /// that surname who may be of it, whatever the order the articles come in: never the woman of
  /// that surname because she came first, and still no one when nothing tells which.
  @Test func aSurnameWithAGenderJoinsTheOnePersonOfThatGender() throws {
    let texts = [
      "wife": "Lena Marsh said the county library will open on Sundays from March.",
      "husband": "Tobias Marsh said the new ferry terminal will cost 40 million dollars.",
      "mister":
        "The harbor levy will not rise this year, Mr. Marsh said on Tuesday. He said the terminal would open in June.",
    ]
    for order in [["wife", "husband", "mister"], ["mister", "wife", "husband"], ["wife", "mister", "husband"]] {
      let ledger = try Ledger.open(path: temporaryPath())
      for id in order { try ingest(ledger, texts[id]!, id: id) }
      #expect(try ledger.sources().map(\.name).sorted() == ["Lena Marsh", "Tobias Marsh"], "\(order)")
      let mister = try ledger.claims().filter { $0.articleID == "mister" }
      #expect(mister.count == 2, "\(order)")
      #expect(mister.allSatisfy { $0.statement.speaker == "Tobias Marsh" }, "\(order)")
      // Nothing tells which of the two `Marsh` alone is: a source of its own.
      try ingest(ledger, "Marsh said the old pier would reopen in May.", id: "plain")
      #expect(try ledger.claims().first { $0.articleID == "plain" }?.statement.speaker == "Marsh", "\(order)")
    }
  }

  /// A surname with a title (`Gov. Marsh`), among several people of that surname, is the one
  /// the ledger knows by that office: met after both, or before both and merged when they come.
  /// (A title only chooses; it never rules a person out, since the role the ledger keeps is the
  /// first of a person's several: a surname met when the ledger knows one person of it still
  /// joins that person, by the one-person rule.)
  @Test func aSurnameWithATitleJoinsThePersonWhoHoldsIt() throws {
    let texts = [
      "governor": "Governor Nora Marsh said the state will open two new ferry routes in June.",
      "lawyer": "Harbor lawyer Ezra Marsh said the port authority broke the lease in March.",
      "titled": "Gov. Marsh said on Friday that the ferry routes would cost 30 million dollars.",
    ]
    for order in [
      ["governor", "lawyer", "titled"], ["lawyer", "governor", "titled"], ["titled", "governor", "lawyer"],
    ] {
      let ledger = try Ledger.open(path: temporaryPath())
      for id in order { try ingest(ledger, texts[id]!, id: id) }
      #expect(try ledger.sources().map(\.name).sorted() == ["Ezra Marsh", "Nora Marsh"], "\(order)")
      #expect(
        try ledger.claims().first { $0.articleID == "titled" }?.statement.speaker == "Nora Marsh", "\(order)")
    }
  }

  /// One person with and without a middle initial or name (one outlet's style against
  /// another's) is one source and one origin: the same words from both are single-source, and
  /// the other way of writing the name is an alias. A generation's suffix is someone else.
  @Test func aMiddleInitialOrNameMakesNoSecondSource() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The ferry fares will rise by a third in May, Marta J. Okafor said on Monday.", id: "times")
    try ingest(ledger, "Marta Okafor said the ferry fares will rise by a third in May.", id: "wire")
    try ingest(ledger, "Marta Lindqvist Okafor said the ferry fares will rise by a third in May.", id: "post")
    try ingest(ledger, "Marta Okafor Jr. said the harbor bridge will close for repairs in July.", id: "daily")
    let sources = try ledger.sources()
    #expect(sources.map(\.name).sorted() == ["Marta J. Okafor", "Marta Okafor Jr"])
    let aliases = Set(sources.first { $0.name == "Marta J. Okafor" }?.aliases ?? [])
    #expect(aliases.isSuperset(of: ["Marta Okafor", "Marta Lindqvist Okafor"]))
    let fares = try ledger.claims().filter { $0.statement.content.contains("ferry") }
    #expect(fares.count == 3)
    #expect(fares.allSatisfy { $0.verdict?.status == .singleSource })
  }

  /// A surname alone and its full name first met in one article are one source, and what the
  /// surname alone was also called becomes the full name's alias (this once stopped the ingest).
  @Test func aSurnameAndItsFullNameInOneArticleAreOneSourceWithTheAlias() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    let text = "Harbourmaster Okonkwo said tolls would double. Adaeze Okonkwo said the locks would open in May."
    func said(_ speaker: String, _ mention: String, _ content: String) -> Attribution.Statement {
      Attribution.Statement(
        speaker: speaker, mention: mention, mentionRange: 0..<1, speakerKind: .person, cue: "said", cueRange: 1..<2,
        content: content, fragments: [2..<3], direct: false, outlet: nil, role: nil)
    }
    _ = try ledger.ingest(
      article(text),
      statements: [
        said("Okonkwo", "Harbourmaster Okonkwo", "tolls would double"),
        said("Adaeze Okonkwo", "Adaeze Okonkwo", "the locks would open in May"),
      ], id: "port", ingestedAt: Date(timeIntervalSince1970: 0))
    let sources = try ledger.sources()
    #expect(sources.map(\.name) == ["Adaeze Okonkwo"])
    #expect(sources.first?.aliases == ["Harbourmaster Okonkwo"])
    #expect(try ledger.claims().map(\.statement.speaker) == ["Adaeze Okonkwo", "Adaeze Okonkwo"])
  }

  /// A sentence's opening word before a surname is no given name: `Maybe Okafor` is not who
  /// `Okafor said` is; and a title before the full name is no part of it.
  @Test func aSentencesOpeningWordIsNoPartOfTheFullName() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      """
      Maybe Okafor will run again. Nobody at the harbour board knows yet.

      The new locks will open in September, Okafor said on Tuesday.
      """, id: "locks")
    #expect(try ledger.claims().map(\.statement.speaker) == ["Okafor"])
    // The full name as written passes the registry's rules: a title before it goes.
    try ingest(
      ledger,
      """
      In a statement released by Harbour Editor-in-Chief Marta Lindqvist, the board set the new tolls.

      “The tolls will stay as they are until spring,” said Lindqvist.
      """, id: "tolls")
    #expect(try ledger.claims(article: "tolls").map(\.statement.speaker) == ["Marta Lindqvist"])
  }

  /// A surname alone is the article's own person of that surname, even when the ledger knows
  /// another person of that surname (a live blog's timestamp glued to the name, too).
  @Test func aSurnameAloneIsTheArticlesOwnPersonOfThatName() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "Obi Okonkwo said the ferry union would strike in July over the new rota.", id: "other")
    try ingest(
      ledger,
      """
      Port director Adaeze Okonkwo said harbor tolls would double in June.

      12PMOkonkwo said the new locks at the western basin would open in September.
      """, id: "blog")
    let speakers = try ledger.claims(article: "blog").map(\.statement.speaker)
    #expect(speakers == ["Adaeze Okonkwo", "Adaeze Okonkwo"])
    #expect(try ledger.sources().map(\.name).sorted() == ["Adaeze Okonkwo", "Obi Okonkwo"])
  }

  /// Non-names never become people: a live blog's timestamp glued to a name, a country, a
  /// poll's percentage, an honorific taken for another person's alias.
  @Test func nonNamesAreNeverPeopleAndHonorificsAreNoAliases() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      """
      12:52PM Live updates

      12PMRubio said the rally in Dayton would go ahead on Saturday.

      China said the tariffs on soybeans would stay until the autumn.

      Ivanka Trump said the foundation would fund two shelters in Dayton. "We will open both in May," Mr. Trump said.
      """, id: "blog")
    let sources = try ledger.sources()
    #expect(sources.first { $0.name == "Rubio" }?.kind == .person)
    #expect(!sources.contains { $0.name.contains("PM") })
    #expect(sources.first { $0.name == "China" }?.kind == .organization)
    #expect(sources.first { $0.name == "Ivanka Trump" }?.aliases == [])
    // An `it` the text gives no organisation for is no source, and so no second origin.
    try ingest(ledger, "It said the Dayton ferry plant would close in June.", id: "it")
    try ingest(ledger, "Mayor Ann Cole said the Dayton ferry plant would close in June.", id: "mayor")
    #expect(try !ledger.sources().contains { $0.name.lowercased() == "it" })
    #expect(
      try ledger.claims().filter { $0.statement.content.contains("ferry") }.allSatisfy {
        $0.verdict?.status == .singleSource
      })
  }

  /// The writer remembers the sources it stored and writes one again only when it gains
  /// something: its first affiliation, or a new alias; never a second row.
  @Test func aKnownSourceGainsItsFirstAffiliationAndNewAliasesOnly() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The ferry will run all winter, Elena Ruiz said.", id: "a")
    #expect(try ledger.sources().map(\.affiliation) == [nil])
    try ingest(ledger, "The ferry will run all winter, Mayor Elena Ruiz said.", id: "b")
    try ingest(ledger, "The ferry will run all winter, Governor Elena Ruiz said.", id: "c")
    let sources = try ledger.sources()
    #expect(sources.count == 1)
    #expect(sources[0].affiliation == "Mayor")
    #expect(sources[0].aliases.sorted() == ["Governor Elena Ruiz", "Mayor Elena Ruiz"])
    #expect(sources[0].statements == 3)
  }

  @Test func aFileThatIsNotALedgerIsRefusedAndLeftUntouched() throws {
    let path = temporaryPath("notes.sqlite")
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "just some notes".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: LedgerError(path: path, problem: .notALedger("not an SQLite database"))) {
      try Ledger.open(path: path)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes")

    let other = temporaryPath("other.sqlite")
    try FileManager.default.createDirectory(
      atPath: (other as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
    let before = try Data(contentsOf: URL(fileURLWithPath: other))
    #expect(throws: LedgerError(path: other, problem: .notALedger("an SQLite database of another application"))) {
      try Ledger.open(path: other)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
  }

  @Test func aLedgerFromANewerClaimLedgerIsRefused() throws {
    let path = temporaryPath()
    _ = try Ledger.open(path: path)
    try DatabaseQueue(path: path).write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    #expect(throws: LedgerError(path: path, problem: .newer)) { try Ledger.open(path: path) }
  }

  @Test func readingAMissingLedgerSaysSo() {
    let path = temporaryPath()
    #expect(throws: LedgerError(path: path, problem: .missing)) { try Ledger.open(path: path, access: .readOnly) }
  }

  @Test func snapshotRestoresIntoAnEmptyLedgerOnly() throws {
    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(ledger, "The bridge will reopen on Friday, Mayor Elena Ruiz said.", id: "a")
    let snapshot = try ledger.snapshot()
    let copy = try Ledger.open(path: temporaryPath())
    try copy.restore(snapshot)
    #expect(try copy.snapshot() == snapshot)
    #expect(throws: LedgerError.self) { try copy.restore(snapshot) }
  }

  @Test func articleIdentityFromFileNamesDropsVersionMarkers() {
    #expect(ArticleIdentity.fromFileName("dir/story-v2.txt") == "story")
    #expect(ArticleIdentity.fromFileName("story.v2.html") == "story")
    #expect(ArticleIdentity.fromFileName("story_V10.txt") == "story")
    #expect(ArticleIdentity.fromFileName("harbor-bridge-courier.html") == "harbor-bridge-courier")
    #expect(ArticleIdentity.fromFileName("review-vote.txt") == "review-vote")
  }
}

extension LedgerTests {
  /// A surname alone is the one full name with that surname the article writes anywhere; a
  /// title before it is no given name, and two people of one surname leave it as it is.
  @Test func aSurnameAloneIsTheFullNameTheArticleWrites() throws {
    let article = Article(
      source: "a.txt", format: .plainText,
      text: "Sen. Adaeze Okonkwo spoke on Monday. Later, President Okonkwo's aide and Adaeze O. Okonkwo met.")
    #expect(PreparedArticle.fullNames(endingWith: "Okonkwo", in: article) == ["Adaeze Okonkwo"])
    let two = Article(source: "b.txt", format: .plainText, text: "Obi Okonkwo and Adaeze Okonkwo spoke.")
    #expect(PreparedArticle.fullNames(endingWith: "Okonkwo", in: two) == ["Obi Okonkwo", "Adaeze Okonkwo"])
    let stop = Article(
      source: "c.txt", format: .plainText, text: "They met in Lagos. Okonkwo said so; A.D. Okonkwo agreed.")
    #expect(PreparedArticle.fullNames(endingWith: "Okonkwo", in: stop) == ["A.D. Okonkwo"])
  }
}

extension LedgerTests {
  /// A given name alone is the one full name starting with it that the article writes (a
  /// middle name or a capitalised word after the name changing nothing); two such names, or
  /// none, and it stays as written.
  @Test func aGivenNameAloneIsTheFullNameTheArticleWrites() throws {
    let article = Article(
      source: "a.txt", format: .plainText,
      text: """
        A Marisol Ferreira Harbor Board would meet monthly. Marisol Ferreira spoke first; \
        Marisol Anne Ferreira, the port's counsel, and Marisol's aide followed.
        """)
    #expect(PreparedArticle.fullNames(startingWith: "Marisol", in: article) == ["Marisol Ferreira"])
    let two = Article(source: "b.txt", format: .plainText, text: "Marisol Ferreira and Marisol Okafor spoke.")
    #expect(PreparedArticle.fullNames(startingWith: "Marisol", in: two) == ["Marisol Ferreira", "Marisol Okafor"])
    // A sentence's full stop ends the name; an initial's does not.
    let stops = Article(
      source: "c.txt", format: .plainText, text: "They met Marisol Ferreira. Tom left. Later Marisol J.M. Okafor came.")
    #expect(
      PreparedArticle.fullNames(startingWith: "Marisol", in: stops) == ["Marisol Ferreira", "Marisol J.M. Okafor"])

    let ledger = try Ledger.open(path: temporaryPath())
    try ingest(
      ledger,
      """
      Harbor commissioner Tom Hale opened the hearing on the new tolls.

      “We will not raise the fares for ferry commuters this year,” Tom said.
      """, id: "one-tom")
    try ingest(
      ledger,
      """
      Tom Hale and Tom Reyes both spoke at the hearing on the tolls.

      “The western basin needs dredging before the winter storms,” Tom said.
      """, id: "two-toms")
    #expect(try ledger.claims(article: "one-tom").map(\.statement.speaker) == ["Tom Hale"])
    #expect(try ledger.claims(article: "two-toms").map(\.statement.speaker) == ["Tom"])

    // A surname that is a given name too (`Harris`, `Dean`) is read as a surname first: never
    // the start of `Harris Jr.`, but the full name whose surname it is (a suffix is none).
    try ingest(
      ledger,
      """
      Adm. Marcus B. Harris Jr., who commands the Pacific fleet, spoke in Manila on Monday.

      The patrols would go on through the winter, Admiral Harris said.
      """, id: "admiral")
    #expect(try ledger.claims(article: "admiral").map(\.statement.speaker) == ["Marcus B. Harris Jr"])
  }

  /// Every word of a person's name is looked for in lower case, not only one-word names': a
  /// phrase of three or more such words is no name.
  @Test func theWordsOfLongerNamesAreLookedForInLowerCase() {
    let article = Article(
      source: "a.txt", format: .plainText, text: "The harbor water rose overnight, and the alarms sounded at dawn.")
    let statement = Attribution.Statement(
      speaker: "Harbor Water Alarms Okafor", mention: "Harbor Water Alarms Okafor", mentionRange: 0..<1,
      speakerKind: .person, cue: "said", cueRange: 0..<1, content: "the gates held", fragments: [0..<1], direct: false,
      outlet: nil)
    #expect(PreparedArticle.lowerCaseWords(of: article, for: [statement]) == ["harbor", "water", "alarms"])
    #expect(PreparedArticle(article, statements: [statement]).statements[0].speakerKind == .anonymous)
  }
}
