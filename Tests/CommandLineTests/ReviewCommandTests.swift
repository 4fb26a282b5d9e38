import Foundation
import SafeXML
import TestFolders
import Testing

/// `claimledger review` as an editor runs it on the examples' ledger: each correction prints its
/// log line, shows in `claims`, and an unknown target is one line and exit 2, changing nothing.
@Suite struct ReviewCommandTests {
  func claims(_ ledger: String) throws -> [[String: Any]] {
    try CommandRunner.run(["claims", "--ledger", ledger, "--format", "jsonl"]).stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  @Test func correctionsFromTheCommandLineAreLoggedShownAndUndone() throws {
    let ledger = TestFolders.make("claimledger-review-cli").appendingPathComponent("l.sqlite").path
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, "Examples/"]).status == 0)
    let linked = try #require(try claims(ledger).first { $0["linked_to"] is Int })
    let id = linked["id"] as! Int
    let group = linked["group"] as! Int

    let unlink = try CommandRunner.run(["review", "unlink", String(id), "--as", "Ana Ortiz", "--ledger", ledger])
    #expect(unlink.status == 0)
    #expect(unlink.stdout.hasPrefix("#1 ") && unlink.stdout.contains("Ana Ortiz unlink: in claim \(group)"))
    var after = try #require(try claims(ledger).first { $0["id"] as? Int == id })
    #expect(after["group"] as? Int == id && after["linked_to"] is NSNull)

    let mark = try CommandRunner.run([
      "review", "mark", String(id), "--status", "needs-source", "--note", "one caller only", "--as", "Bo", "--ledger",
      ledger,
    ])
    #expect(mark.status == 0)
    after = try #require(try claims(ledger).first { $0["id"] as? Int == id })
    let review = try #require(after["review"] as? [String: Any])
    #expect(review["status"] as? String == "needs-source" && review["editor"] as? String == "Bo")
    #expect(review["note"] as? String == "one caller only")

    // The review state in the reports (the XML valid against its schema) and in check.
    let xml = try CommandRunner.run(["report", "--format", "xml", "--ledger", ledger])
    #expect(xml.stdout.contains("review=\"needs-source\" reviewed-by=\"Bo\""))
    let schema = try XMLSchema(
      try [UInt8](Data(contentsOf: CommandRunner.projectRoot.appendingPathComponent("Schemas/report.xsd"))))
    #expect(schema.validate(try MarkupDocument.xml(Array(xml.stdout.utf8))) == [])
    #expect(
      try CommandRunner.run(["report", "--ledger", ledger]).stdout.contains("Reviewed: </strong>needs-source by Bo"))
    let check = try CommandRunner.run(["check", "--ledger", ledger, "Examples/"])
    #expect(check.stdout.contains("    review: needs-source by Bo, "))

    let log = try CommandRunner.run(["review", "log", "--ledger", ledger, "--format", "jsonl"])
    #expect(log.stdout.split(separator: "\n").count == 2)
    let undo = try CommandRunner.run(["review", "undo", "1", "--as", "Ana Ortiz", "--ledger", ledger])
    #expect(undo.status == 0)
    after = try #require(try claims(ledger).first { $0["id"] as? Int == id })
    #expect(after["group"] as? Int == group)
    #expect(try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout.contains("[undone by #3]"))
  }

  @Test func unknownTargetsAreOneLineAndExit2() throws {
    let ledger = TestFolders.make("claimledger-review-cli").appendingPathComponent("l.sqlite").path
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, "Examples/harbor-bridge-wire-v1.txt"]).status == 0)
    for arguments in [
      ["review", "unlink", "999"], ["review", "link", "1", "999"], ["review", "mark", "999", "--status", "checked"],
      ["review", "speaker", "999", "Ana Ortiz"], ["review", "merge", "Nobody", "Somebody"],
      ["review", "split", "Nobody", "Else"], ["review", "undo", "7"],
    ] {
      let result = try CommandRunner.run(arguments + ["--as", "Ana", "--ledger", ledger])
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix("claimledger: \(ledger): no ") && result.stderr.split(separator: "\n").count == 1)
    }
    #expect(try CommandRunner.run(["review", "log", "--ledger", ledger]).stdout.isEmpty)
    // On a ledger that is not there: exit 3, and no ledger made.
    let missing = ledger + ".absent"
    let absent = try CommandRunner.run(["review", "unlink", "1", "--as", "Ana", "--ledger", missing])
    #expect(absent.status == 3 && absent.stderr.contains("no ledger here yet"))
    #expect(!FileManager.default.fileExists(atPath: missing))
    // Without --as: a usage error.
    #expect(try CommandRunner.run(["review", "unlink", "1", "--ledger", ledger]).status == 64)
  }
}
