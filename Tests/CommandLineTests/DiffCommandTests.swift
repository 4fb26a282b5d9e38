import Foundation
import TestFolders
import Testing

@Suite struct DiffCommandTests {
  @Test func filesDiffLikeDiffOneWithKindsInEveryFormat() throws {
    let v1 = "Examples/harbor-bridge-wire-v1.txt"
    let v2 = "Examples/harbor-bridge-wire-v2.txt"
    let text = try CommandRunner.run(["diff", v1, v2])
    #expect(text.status == 1)
    #expect(
      text.stdout.hasPrefix(
        "\(v1) → \(v2): 4 statement changes: 1 quote altered, 1 attribution weakened, 1 added, 1 removed\n"))
    #expect(
      text.stdout.contains("QUOTE ALTERED Elena Ruiz: The repairs are finished and the bridge is [+completely] safe,"))
    let jsonl = try CommandRunner.run(["diff", "--format", "jsonl", v1, v2])
    let kinds = try jsonl.stdout.split(separator: "\n").map {
      (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["change"] as! String
    }
    #expect(kinds == ["reworded", "reattributed", "removed", "added"])
    let first =
      try JSONSerialization.jsonObject(with: Data(jsonl.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
    #expect(first["quote_altered"] as? Bool == true)
    #expect((first["words"] as? [[String: String]])?.contains { $0["op"] == "+" && $0["text"] == "completely" } == true)
    for format in ["xml", "html"] {
      let result = try CommandRunner.run(["diff", "--format", format, v1, v2])
      #expect(result.status == 1)
      #expect(result.stdout.contains("completely"))
    }
    let cosmetic = try CommandRunner.run(["diff", v2, "Examples/harbor-bridge-wire-v3.txt"])
    #expect(cosmetic.status == 0)
    #expect(cosmetic.stdout.hasSuffix("no changes\n"))
  }

  /// A ledger that ingests `first`, is exported, ingests `then`, and is exported again.
  func ledgerExported(after first: [String], andAfter then: [String]) throws -> (
    ledger: String, before: String, after: String
  ) {
    let folder = TestFolders.make("claimledger-diff")
    let ledger = folder.appendingPathComponent("l.sqlite").path
    let before = folder.appendingPathComponent("before.xml").path
    let after = folder.appendingPathComponent("after.xml").path
    _ = try CommandRunner.run(["ingest", "--ledger", ledger] + first)
    _ = try CommandRunner.run(["export", "--ledger", ledger, "-o", before])
    _ = try CommandRunner.run(["ingest", "--ledger", ledger] + then)
    _ = try CommandRunner.run(["export", "--ledger", ledger, "-o", after])
    return (ledger, before, after)
  }

  @Test func storedVersionsAndWholeLedgersDiff() throws {
    let (ledger, before, after) = try ledgerExported(
      after: ["Examples/harbor-bridge-wire-v1.txt"],
      andAfter: ["Examples/harbor-bridge-wire-v2.txt", "Examples/harbor-bridge-bayledger.txt"])

    let latest = try CommandRunner.run(["diff", "--ledger", ledger, "harbor-bridge-wire"])
    #expect(latest.status == 1)
    #expect(latest.stdout.hasPrefix("harbor-bridge-wire@1 → harbor-bridge-wire@2: 4 statement changes"))
    let explicit = try CommandRunner.run(["diff", "--ledger", ledger, "harbor-bridge-wire@2", "harbor-bridge-wire@2"])
    #expect(explicit.status == 0)
    let whole = try CommandRunner.run(["diff", before, after])
    #expect(whole.status == 1)
    #expect(whole.stdout.contains("article added: harbor-bridge-bayledger"))
    #expect(whole.stdout.contains("version added: harbor-bridge-wire@2"))
    #expect(whole.stdout.contains("QUOTE ALTERED Elena Ruiz"))
    let missing = try CommandRunner.run(["diff", "--ledger", ledger, "no-such-story"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "claimledger: no-such-story: no such article in the ledger\n")
  }

  @Test func aStatusThatMovedBetweenTwoExportsIsStatusChanged() throws {
    // The port authority's claim stands alone in the morning; in the evening an independent
    // engineer states it too.
    let folder = TestFolders.make("claimledger-diff-status")
    let morningStory = folder.appendingPathComponent("tidewater-courier.txt").path
    try """
    Tidewater dredging to finish early

    The dredging of the Tidewater channel will be finished by the end of May, the port authority said on Monday.
    """.write(toFile: morningStory, atomically: true, encoding: .utf8)
    let eveningStory = folder.appendingPathComponent("tidewater-gazette.txt").path
    try """
    Channel work ahead of schedule

    Harbor engineer Lena Ostrova said the dredging of the Tidewater channel would be finished by the end of May.
    """.write(toFile: eveningStory, atomically: true, encoding: .utf8)
    let (_, morning, evening) = try ledgerExported(after: [morningStory], andAfter: [eveningStory])
    let result = try CommandRunner.run(["diff", "--format", "jsonl", morning, evening])
    #expect(result.status == 1)
    let changes = try result.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    let moved = changes.filter { $0["change"] as? String == "status-changed" }
    #expect(moved.count == 1)
    #expect(moved.first?["old_status"] as? String == "single-source")
    #expect(moved.first?["new_status"] as? String == "corroborated")
  }
}
