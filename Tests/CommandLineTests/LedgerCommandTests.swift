import Foundation
import TestFolders
import Testing

@Suite struct LedgerCommandTests {
  func scratch() throws -> URL {
    TestFolders.make("claimledger-e2e")
  }

  @Test func examplesLedgerExportIsTheCommittedOneAndSurvivesImport() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("l.sqlite").path
    let ingest = try CommandRunner.run(
      ["ingest", "--ledger", ledger, "Examples/"], environment: ["SOURCE_DATE_EPOCH": "0"])
    #expect(ingest.status == 0)
    #expect(ingest.stdout.contains("Examples/harbor-bridge-wire-v2.txt: harbor-bridge-wire v2, "))
    let export = try CommandRunner.run(["export", "--ledger", ledger])
    #expect(export.status == 0)
    let committed = try String(
      contentsOf: CommandRunner.projectRoot.appendingPathComponent("Ledger/examples.xml"), encoding: .utf8)
    #expect(export.stdout == committed, "Ledger/examples.xml is stale: regenerate it (see Ledger/README.md)")

    let file = folder.appendingPathComponent("export.xml").path
    try export.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    let copy = folder.appendingPathComponent("copy.sqlite").path
    let imported = try CommandRunner.run(["import", "--ledger", copy, file])
    #expect(imported.status == 0)
    #expect(try CommandRunner.run(["export", "--ledger", copy]).stdout == export.stdout)
    // Again into a ledger that is no longer empty: refused, exit 2.
    let again = try CommandRunner.run(["import", "--ledger", copy, file])
    #expect(again.status == 2)
    #expect(again.stderr.contains("the ledger is not empty"))
  }

  /// Past 300 statements `report -o` writes a main page and a folder of pages beside it; a new
  /// report replaces the folder whole, and one that cannot be written says so in one line.
  @Test func aLargeReportIsAMainPageAndAFolderThatANewReportReplaces() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("l.sqlite").path
    let text = (1...320).map { "\"Route \($0) will open to buses in May,\" transit director Ana Lund said." }
      .joined(separator: "\n\n")
    let article = folder.appendingPathComponent("routes.txt")
    try text.write(to: article, atomically: true, encoding: .utf8)
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, article.path]).status == 0)
    let output = folder.appendingPathComponent("report.html").path
    for _ in 1...2 {
      let report = try CommandRunner.run(["report", "--ledger", ledger, "-o", output])
      #expect(report.status == 0 && report.stdout.isEmpty && report.stderr.isEmpty, "\(report.stderr)")
    }
    let main = try String(contentsOfFile: output, encoding: .utf8)
    #expect(main.contains("Too large for one page") && main.contains("320 statements in 1 articles"))
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("report-pages").path)
    #expect(Set(pages) == ["articles-1.html", "articles.html", "sources.html", "single-source-1.html"])
    // Nothing left half-made beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") } == [])

    let blocked = folder.appendingPathComponent("routes.txt/report.html").path
    let refused = try CommandRunner.run(["report", "--ledger", ledger, "-o", blocked])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "claimledger: \(folder.appendingPathComponent("routes.txt/report-pages").path): cannot be written (Not a directory)\n"
    )
    #expect(refused.stderr.split(separator: "\n").count == 1)
  }

  @Test func reingestingIsUnchangedAndEnvironmentChoosesTheLedger() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("env.sqlite").path
    let first = try CommandRunner.run(
      ["ingest", "Examples/harbor-bridge-wire-v1.txt"], environment: ["CLAIMLEDGER_LEDGER": ledger])
    #expect(first.stdout == "Examples/harbor-bridge-wire-v1.txt: harbor-bridge-wire v1, 6 statements added\n")
    let second = try CommandRunner.run(
      ["ingest", "Examples/harbor-bridge-wire-v1.txt"], environment: ["CLAIMLEDGER_LEDGER": ledger])
    #expect(second.stdout == "Examples/harbor-bridge-wire-v1.txt: harbor-bridge-wire v1 unchanged\n")
    let claims = try CommandRunner.run(["claims", "--format", "jsonl"], environment: ["CLAIMLEDGER_LEDGER": ledger])
    let first_line =
      try JSONSerialization.jsonObject(with: Data(claims.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
    #expect(first_line["article"] as? String == "harbor-bridge-wire")
    #expect(first_line["version"] as? Int == 1)
    #expect(first_line["status"] != nil && first_line["origins"] != nil && first_line["outlets"] != nil)
  }

  @Test func badFilesAreSkippedWithExitCode2AndRefusedLedgersExitWith3Untouched() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("l.sqlite").path
    let result = try CommandRunner.run([
      "ingest", "--ledger", ledger, "missing.txt", "Examples/harbor-bridge-wire-v1.txt",
    ])
    #expect(result.status == 2)
    #expect(result.stderr == "claimledger: missing.txt: no such file\n")
    #expect(result.stdout.contains("harbor-bridge-wire v1, 6 statements added"))

    let notes = folder.appendingPathComponent("notes.txt").path
    try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
    let refused = try CommandRunner.run(["check", "--ledger", notes, "Examples/"])
    #expect(refused.status == 3)
    #expect(refused.stderr.hasPrefix("claimledger: \(notes): not a ClaimLedger ledger (not an SQLite database)"))
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")
  }

  @Test func hostileImportsImportNothing() throws {
    let folder = try scratch()
    let secret = folder.appendingPathComponent("secret.txt")
    try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
    let cases: [(String, String)] = [
      (
        "<?xml version=\"1.0\"?><!DOCTYPE ledger [<!ENTITY x SYSTEM \"file://\(secret.path)\">]><ledger>&x;</ledger>",
        "DOCTYPE"
      ),
      ("<ledger xmlns=\"urn:claimledger:ledger:1\"><sources>", "malformed XML"),
      ("<report/>", "the root element is not <ledger>"),
      (
        "<ledger xmlns=\"urn:claimledger:ledger:1\" generator=\"x\"><sources/><articles/></ledger>",
        "invalid against ledger.xsd"
      ),
    ]
    for (index, (xml, reason)) in cases.enumerated() {
      let file = folder.appendingPathComponent("hostile-\(index).xml").path
      try xml.write(toFile: file, atomically: true, encoding: .utf8)
      let ledger = folder.appendingPathComponent("l-\(index).sqlite").path
      let result = try CommandRunner.run(["import", "--ledger", ledger, file])
      #expect(result.status == 2, "\(reason)")
      #expect(result.stderr.contains(reason), "\(result.stderr)")
      #expect(!result.stderr.contains("TOP-SECRET"))
      #expect(!FileManager.default.fileExists(atPath: ledger))
    }
  }

  /// An import reads its file as a stream into one transaction: a problem in the last article
  /// undoes the rest, and a ledger the import created is gone again.
  @Test func anImportBrokenInItsLastArticleImportsNothingAndLeavesNoLedger() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("l.sqlite").path
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, "Examples/"]).status == 0)
    let export = try CommandRunner.run(["export", "--ledger", ledger]).stdout
    let last = export.range(of: "<content start=\"", options: .backwards)!
    let broken = export.replacingCharacters(in: last, with: "<content start=\"99999999")
    let file = folder.appendingPathComponent("broken.xml").path
    try broken.write(toFile: file, atomically: true, encoding: .utf8)
    let target = folder.appendingPathComponent("new.sqlite").path
    let result = try CommandRunner.run(["import", "--ledger", target, file])
    #expect(result.status == 2)
    #expect(result.stderr.contains("import refused, nothing imported (statement "), "\(result.stderr)")
    #expect(result.stderr.contains("offsets beyond the version's text"))
    for suffix in ["", "-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: target + suffix)) }
    // An export to a file is whole or absent: the file appears only when all of it is written.
    let written = folder.appendingPathComponent("out.xml").path
    #expect(try CommandRunner.run(["export", "--ledger", ledger, "-o", written]).status == 0)
    #expect(try String(contentsOfFile: written, encoding: .utf8) == export)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") }.isEmpty)
  }

  /// An export from before links were kept (no `negative`, `linked-to` or `link`) imports, and
  /// `relink` forms its groups by today's rule: for a ledger of one version per article, the
  /// very groups, links and verdicts its ingest built.
  @Test func relinkFormsAnOlderExportsGroupsByTodaysRule() throws {
    let folder = try scratch()
    let stories = [
      "marlow":
        "The county will close two rural clinics in Marlow next year to save money, health director Ruth Okafor said.",
      "gazette": "Two rural clinics in Marlow are set to close next year, county commissioner Ian Brooks said.",
      "courier": "Union leader Dana Whitfield said the county had not consulted nurses before deciding.",
    ]
    var files: [String] = []
    for (name, text) in stories.sorted(by: { $0.key < $1.key }) {
      let path = folder.appendingPathComponent("\(name).txt").path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      files.append(path)
    }
    let ledger = folder.appendingPathComponent("l.sqlite").path
    #expect(
      try CommandRunner.run(["ingest", "--ledger", ledger] + files, environment: ["SOURCE_DATE_EPOCH": "0"]).status == 0
    )
    let export = try CommandRunner.run(["export", "--ledger", ledger]).stdout
    #expect(export.contains("linked-to="))
    let older = export.replacingOccurrences(
      of: #" (negative|linked-to|link)="[^"]*""#, with: "", options: .regularExpression)
    let file = folder.appendingPathComponent("older.xml").path
    try older.write(toFile: file, atomically: true, encoding: .utf8)
    let copy = folder.appendingPathComponent("copy.sqlite").path
    #expect(try CommandRunner.run(["import", "--ledger", copy, file]).status == 0)
    let relinked = try CommandRunner.run(["relink", "--ledger", copy])
    #expect(relinked.status == 0)
    #expect(
      relinked.stdout.hasSuffix(
        "3 statements relinked: 0 contested, 0 unattributed, 1 single-source, 2 corroborated\n"), "\(relinked.stdout)")
    #expect(try CommandRunner.run(["export", "--ledger", copy]).stdout == export)
  }

  /// Article files of our own making, many of them, for the concurrency and kill tests.
  func writeArticles(_ count: Int, prefix: String, in folder: URL) throws -> [String] {
    try (0..<count).map { i in
      let text = """
        Council \(prefix) weighs plan \(i)

        "We will decide on plan \(i) of \(prefix) by spring," Mayor Elena Ruiz said. "Nothing is settled yet."

        Councilman David Okafor said the budget for plan \(i) had grown by \(i % 17) percent.

        According to documents seen by the Courier, the \(prefix) plan \(i) would cost $\(i + 3) million.
        """
      let path = folder.appendingPathComponent("\(prefix)-\(i).txt").path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
  }

  @Test func fourProcessesIngestingAtOnceLoseNothing() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("shared.sqlite").path
    let batches = try (0..<4).map { try writeArticles(15, prefix: "p\($0)", in: folder) }
    let processes = try batches.enumerated().map { index, files in
      try CommandRunner.launch(
        ["ingest", "--ledger", ledger] + files, errors: folder.appendingPathComponent("errors-\(index)").path)
    }
    for (index, process) in processes.enumerated() {
      process.waitUntilExit()
      let errors = (try? String(contentsOf: folder.appendingPathComponent("errors-\(index)"), encoding: .utf8)) ?? ""
      #expect(process.terminationStatus == 0, "\(errors)")
    }
    let claims = try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"])
    let articles = Set(
      claims.stdout.split(separator: "\n").map { line in
        (try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["article"] as! String
      })
    #expect(articles.count == 60)
    #expect(claims.stdout.split(separator: "\n").count == 60 * 3)
  }

  @Test func aKilledIngestLeavesOnlyWholeArticles() throws {
    let folder = try scratch()
    let ledger = folder.appendingPathComponent("killed.sqlite").path
    let files = try writeArticles(400, prefix: "k", in: folder)
    let process = try CommandRunner.launch(["ingest", "--ledger", ledger] + files)
    // Let it get going, then kill it without warning.
    var waited = 0
    while waited < 100, !FileManager.default.fileExists(atPath: ledger + "-wal") {
      usleep(20_000)
      waited += 1
    }
    usleep(150_000)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    // Every article in the ledger is whole: three statements each, and the ledger still works.
    let claims = try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"])
    #expect(claims.status == 0)
    var perArticle: [String: Int] = [:]
    for line in claims.stdout.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      perArticle[object["article"] as! String, default: 0] += 1
    }
    #expect(perArticle.values.allSatisfy { $0 == 3 })
    // And ingesting again carries on where it stopped.
    let resumed = try CommandRunner.run(["ingest", "--ledger", ledger] + files.prefix(perArticle.count + 5))
    #expect(resumed.status == 0)
    #expect(try CommandRunner.run(["claims", "--ledger", ledger]).status == 0)
  }
}
