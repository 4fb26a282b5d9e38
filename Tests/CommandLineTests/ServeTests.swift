import Foundation
import TestFolders
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `claimledger serve` as an editor's browser meets it: the built tool started on a free port,
/// real HTTP requests to every page and form.
@Suite(.serialized) struct ServeTests {
  /// A running server: its address, and the process to stop. (Sendable by hand: its stored
  /// properties never change after start, and requests share nothing else.)
  final class Server: @unchecked Sendable {
    let process: Process
    let base: String

    init(ledger: String) throws {
      let folder = TestFolders.make("claimledger-serve")
      let output = folder.appendingPathComponent("stdout").path
      FileManager.default.createFile(atPath: output, contents: nil)
      process = Process()
      process.executableURL = CommandRunner.executable
      process.arguments = ["serve", "--ledger", ledger, "--port", "0"]
      process.standardOutput = FileHandle(forWritingAtPath: output)
      process.standardError = FileHandle.nullDevice
      try process.run()
      var line = ""
      for _ in 0..<200 where !line.hasSuffix("\n") {
        usleep(50_000)
        line = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
      }
      guard line.hasPrefix("listening on http://127.0.0.1:"), line.hasSuffix("\n") else {
        process.terminate()
        throw ServeFailure(message: "no listening line: \(line)")
      }
      base = String(line.dropFirst("listening on ".count).dropLast())
    }

    /// SIGTERM, and the exit status.
    func stop() -> Int32 {
      process.terminate()
      process.waitUntilExit()
      return process.terminationStatus
    }

    func get(_ path: String, method: String = "GET") async throws -> (status: Int, body: String) {
      var request = URLRequest(url: URL(string: base + path)!)
      request.httpMethod = method
      return try await send(request)
    }

    func post(_ path: String, _ fields: [String: String]) async throws -> (status: Int, body: String) {
      var request = URLRequest(url: URL(string: base + path)!)
      request.httpMethod = "POST"
      request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
      var allowed = CharacterSet.alphanumerics
      allowed.insert(charactersIn: "-._~")
      request.httpBody = Data(
        fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&").utf8)
      return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> (status: Int, body: String) {
      let (data, response) = try await URLSession.shared.data(for: request)
      return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    /// The CSRF token in a page's forms.
    func token(on path: String) async throws -> String {
      let page = try await get(path).body
      let start = try #require(page.range(of: "name=\"csrf\" value=\""))
      return String(page[start.upperBound...].prefix { $0 != "\"" })
    }
  }

  struct ServeFailure: Error {
    var message: String
  }

  func examplesLedger(_ extra: [String: String] = [:]) throws -> String {
    let folder = TestFolders.make("claimledger-serve")
    for (name, text) in extra {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let ledger = folder.appendingPathComponent("l.sqlite").path
    #expect(
      try CommandRunner.run(
        ["ingest", "--ledger", ledger, "Examples/"] + extra.keys.sorted().map { folder.appendingPathComponent($0).path }
      ).status == 0)
    return ledger
  }

  func firstLinked(_ ledger: String) throws -> (id: Int, group: Int) {
    let lines = try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"]).stdout.split(separator: "\n")
    for line in lines {
      let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      if row["linked_to"] is Int { return (row["id"] as! Int, row["group"] as! Int) }
    }
    throw ServeFailure(message: "no linked statement")
  }

  @Test func everyPageAnswersAndBadRequestsSaySo() async throws {
    let ledger = try examplesLedger()
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let (_, group) = try firstLinked(ledger)
    for (path, expected, words) in [
      ("/", 200, "Act on these first"), ("/claims", 200, "Page 1 of 1"),
      ("/claims?status=contested&q=report", 200, "statements."),
      ("/claims/\(group)", 200, "Statements ("), ("/articles/harbor-bridge-wire", 200, "changes from version 2"),
      ("/articles/https%3A%2F%2Fcourier.example%2Fnews%2Fharbor-bridge-reopens", 200, "version 1"),
      ("/articles/harbor-bridge-wire/diff?from=1&to=2", 200, "quote altered"), ("/sources", 200, "Elena Ruiz"),
      ("/sources", 200, "is a description, not one entity"),
      ("/sources/Elena%20Ruiz", 200, "Statements ("), ("/claims?page=abc", 400, "not a page"),
      ("/claims?status=maybe", 400, "not a status"), ("/claims/999999", 404, "No claim 999999"),
      ("/articles/nothing-here", 404, "No article nothing-here"), ("/sources/Nobody%20Atall", 404, "No source"),
      ("/elsewhere", 404, "Not found"),
    ] {
      let (status, body) = try await server.get(path)
      #expect(status == expected, "\(path)")
      #expect(body.contains(words), "\(path): \(words)")
    }
    // A HEAD is answered as its GET, without the body.
    let head = try await server.get("/claims/\(group)", method: "HEAD")
    #expect(head.status == 200 && head.body.isEmpty)
    #expect(try await server.get("/claims/999999", method: "HEAD").status == 404)
  }

  /// A claim's snippets break lines where the article's paragraphs end, once each (a headline
  /// ran into the first sentence), and read a hard-wrapped line's end as a space.
  @Test func snippetsKeepParagraphsNotHardWraps() async throws {
    let ledger = try examplesLedger()
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let (_, group) = try firstLinked(ledger)
    let body = try await server.get("/claims/\(group)").body
    let snippets = body.components(separatedBy: "<blockquote class=\"snippet\">").dropFirst().map {
      $0.components(separatedBy: "</blockquote>")[0]
    }
    #expect(snippets.count >= 2)
    #expect(snippets.contains { $0.contains("\n") })
    for snippet in snippets {
      #expect(!snippet.contains("\n\n"), "\(snippet)")
      // (A line that goes on in lower case was a hard wrap inside a sentence.)
      #expect(!zip(snippet, snippet.dropFirst()).contains { $0 == "\n" && $1.isLowercase }, "\(snippet)")
    }
  }

  @Test func formsNeedTheTokenAndCorrectTheLedger() async throws {
    let ledger = try examplesLedger()
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let (id, group) = try firstLinked(ledger)
    // Without the token, or with a wrong one: 403, nothing logged.
    #expect(try await server.post("/statements/\(id)/unlink", ["editor": "Ana"]).status == 403)
    #expect(try await server.post("/statements/\(id)/unlink", ["editor": "Ana", "csrf": "0000"]).status == 403)
    #expect(try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout.isEmpty)

    let token = try await server.token(on: "/claims/\(group)")
    let unlinked = try await server.post("/statements/\(id)/unlink", ["editor": "Ana Ortiz", "csrf": token])
    #expect(unlinked.status == 200 && unlinked.body.contains("Claim \(id)"))
    let marked = try await server.post(
      "/claims/\(group)/mark",
      ["editor": "Bo", "csrf": token, "status": "disputed", "note": "two sources, one press release"])
    #expect(marked.body.contains("disputed by Bo") && marked.body.contains("two sources, one press release"))
    // A missing field is a bad request; an unknown statement, not found.
    #expect(try await server.post("/statements/\(id)/speaker", ["editor": "Bo", "csrf": token]).status == 400)
    #expect(try await server.post("/statements/999999/unlink", ["editor": "Bo", "csrf": token]).status == 404)
    // The same log as the command line's, and undo from the page.
    let log = try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout
    #expect(log.contains("#1 ") && log.contains("Ana Ortiz unlink") && log.contains("#2 ") && log.contains("Bo mark"))
    #expect(try await server.post("/review/1/undo", ["editor": "Ana Ortiz", "csrf": token]).status == 200)
    #expect(try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout.contains("[undone by #3]"))
  }

  @Test func hostileTextAndNotesComeBackAsText() async throws {
    let hostile = """
      "<script>alert('quote')</script> is safe \u{202E}txet desrever," said Mayor <img src=x onerror=alert(1)> Vance.

      Council member Dora Quill said the <b onmouseover="alert(2)">budget</b> was balanced.
      """
    let ledger = try examplesLedger(["hostile.txt": hostile])
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let article = try await server.get("/articles/hostile")
    #expect(article.status == 200)
    #expect(!article.body.contains("<script>") && article.body.contains("&lt;script&gt;"))
    #expect(!article.body.contains("<img") && !article.body.contains("<b onmouseover"))
    let claims = try await server.get("/claims?article=hostile")
    #expect(!claims.body.contains("<script>") && claims.body.contains("&lt;script&gt;"))
    let group = try #require(claims.body.range(of: "href=\"/claims/")).upperBound
    let number = String(claims.body[group...].prefix { $0.isNumber })
    let token = try await server.token(on: "/claims/\(number)")
    let marked = try await server.post(
      "/claims/\(number)/mark",
      ["editor": "<i>Eve</i>", "csrf": token, "status": "checked", "note": "<script>steal()</script>\u{202E}"])
    #expect(marked.status == 200)
    #expect(!marked.body.contains("<script>steal") && marked.body.contains("&lt;script&gt;steal()"))
    #expect(!marked.body.contains("<i>Eve</i>") && marked.body.contains("&lt;i&gt;Eve&lt;/i&gt;"))
  }

  @Test func aCorrectionSurvivesARestartAndAReingest() async throws {
    let ledger = try examplesLedger()
    let (id, group) = try firstLinked(ledger)
    var server = try Server(ledger: ledger)
    let token = try await server.token(on: "/claims/\(group)")
    #expect(
      try await server.post("/claims/\(group)/mark", ["editor": "Ana", "csrf": token, "status": "checked"]).status
        == 200)
    #expect(try await server.post("/statements/\(id)/unlink", ["editor": "Ana", "csrf": token]).status == 200)
    #expect(server.stop() == 0)
    // A new server run: the old token is refused, the corrections are there.
    server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    #expect(try await server.post("/review/1/undo", ["editor": "Ana", "csrf": token]).status == 403)
    #expect(try await server.get("/claims/\(group)").body.contains("checked by Ana"))
    #expect(try await server.get("/claims/\(id)").body.contains("Statements (1)"))
    // Another process ingests while the server runs: the pages show it at once, and the
    // unlinked statement stays alone.
    let copy = TestFolders.make("claimledger-serve").appendingPathComponent("copy")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: CommandRunner.projectRoot.path + "/Examples") {
      let text = try String(contentsOfFile: CommandRunner.projectRoot.path + "/Examples/" + name, encoding: .utf8)
      try (text + "\n\nThis story was updated.").write(
        to: copy.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, copy.path]).status == 0)
    #expect(try await server.get("/articles/harbor-bridge-bayledger").body.contains("version 2"))
    let lines = try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"]).stdout.split(separator: "\n")
    let rows = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    let reviewed = rows.filter { ($0["review"] as? [String: Any])?["status"] as? String == "checked" }
    #expect(!reviewed.isEmpty)
    let alone = rows.filter { $0["link"] is NSNull && ($0["group"] as? Int) == ($0["id"] as? Int) }
    #expect(!alone.isEmpty)
  }

  /// The overview's counts and lists are kept between requests only while the ledger is
  /// unchanged: another process's ingest shows on the next request.
  @Test func anotherProcesssIngestShowsAtOnce() async throws {
    let ledger = try examplesLedger()
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let before = try await server.get("/").body
    #expect(!before.contains("ferry-story"))
    let beforeClaims = try await server.get("/claims").body
    let file = TestFolders.make("claimledger-serve").appendingPathComponent("ferry-story.txt")
    try "The ferry will run all winter, harbour master Ola Berg said on Monday.".write(
      to: file, atomically: true, encoding: .utf8)
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, file.path]).status == 0)
    #expect(try await server.get("/").body.contains("ferry-story"))
    let after = try await server.get("/claims").body
    #expect(after != beforeClaims && after.contains("Ola Berg"))
  }

  /// Two servers and an ingest on one ledger at once: every correction from either server is
  /// kept, and so is every article.
  @Test func twoServersAndAnIngestLoseNothing() async throws {
    let ledger = try examplesLedger()
    let first = try Server(ledger: ledger)
    let second = try Server(ledger: ledger)
    defer {
      #expect(first.stop() == 0)
      #expect(second.stop() == 0)
    }
    let (_, group) = try firstLinked(ledger)
    let tokens = (try await first.token(on: "/claims/\(group)"), try await second.token(on: "/claims/\(group)"))
    let folder = TestFolders.make("claimledger-serve").appendingPathComponent("more")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for n in 0..<20 {
      try "Harbour master Ola Berg said ferry \(n) would run all winter.".write(
        to: folder.appendingPathComponent("ferry-\(n).txt"), atomically: true, encoding: .utf8)
    }
    let ingest = try CommandRunner.launch(["ingest", "--ledger", ledger, folder.path])
    try await withThrowingTaskGroup(of: Int.self) { tasks in
      for n in 0..<10 {
        tasks.addTask {
          let (server, token) = n % 2 == 0 ? (first, tokens.0) : (second, tokens.1)
          return try await server.post(
            "/claims/\(group)/mark", ["editor": "Editor \(n)", "csrf": token, "status": "checked"]
          ).status
        }
      }
      for try await status in tasks { #expect(status == 200) }
    }
    ingest.waitUntilExit()
    #expect(ingest.terminationStatus == 0)
    let log = try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout
    #expect(log.split(separator: "\n").count == 10)
    for n in 0..<10 { #expect(log.contains("Editor \(n) mark")) }
    let articles = try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"]).stdout
    #expect((0..<20).allSatisfy { articles.contains("\"article\":\"ferry-\($0)\"") })
  }

  @Test func aPortInUseIsOneLineAndExit2() throws {
    let ledger = try examplesLedger()
    let server = try Server(ledger: ledger)
    defer { #expect(server.stop() == 0) }
    let port = String(server.base.split(separator: ":").last!)
    let second = try CommandRunner.run(["serve", "--ledger", ledger, "--port", port])
    #expect(second.status == 2)
    #expect(second.stdout.isEmpty)
    #expect(second.stderr.hasPrefix("claimledger: 127.0.0.1:\(port): cannot listen"))
    #expect(second.stderr.split(separator: "\n").count == 1)
    // A ledger that is not there: exit 3, as for every command that reads one.
    #expect(try CommandRunner.run(["serve", "--ledger", "/nonexistent/l.sqlite", "--port", "0"]).status == 3)
  }
}
