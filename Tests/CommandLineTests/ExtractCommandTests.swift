import Foundation
import TestFolders
import Testing

@Suite struct ExtractCommandTests {
  @Test func jsonlFollowsTheContractSchemaAndOffsetsIndexTheText() throws {
    let files = [
      "Examples/harbor-bridge-courier.html", "Examples/harbor-bridge-bayledger.txt",
      "Examples/harbor-bridge-wire-v1.txt",
    ]
    let result = try CommandRunner.run(["extract", "--format", "jsonl"] + files)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let schemaData = try Data(
      contentsOf: CommandRunner.projectRoot.appendingPathComponent("Schemas/attributions.schema.json"))
    let schema = try JSONSerialization.jsonObject(with: schemaData) as! [String: Any]
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count >= 15)
    var texts: [String: [Unicode.Scalar]] = [:]
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      #expect(JSONSchemaSubset.violations(of: object, against: schema) == [])
      let file = object["article"] as! String
      if texts[file] == nil {
        texts[file] = Array(try CommandRunner.run(["text", file]).stdout.unicodeScalars)
      }
      let text = texts[file]!
      let parts = (object["fragments"] as! [[Int]]).map { String(String.UnicodeScalarView(text[$0[0]..<$0[1]])) }
      #expect(parts.joined(separator: " ") == object["content"] as! String)
      let mention = String(
        String.UnicodeScalarView(text[(object["mention_start"] as! Int)..<(object["mention_end"] as! Int)]))
      #expect(mention == object["mention"] as! String)
    }
  }

  /// Content with every character JSON must escape comes back, parsed, exactly as the text has it
  /// (a control character but tab and line breaks is read as U+FFFD first: the contract).
  @Test func jsonlEscapesWhatJSONMustAndNothingElse() throws {
    let content = "A back\\slash, a \"word\", a tab\there, a separator\u{2028}here, a bell\u{7} and é\u{301} too,"
    let file = TestFolders.make("claimledger-json").appendingPathComponent("escapes.txt")
    try Data("“\(content)” Mayor Elena Ruiz said.\n".utf8).write(to: file)
    let result = try CommandRunner.run(["extract", "--format", "jsonl", file.path])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines[0].contains("\\u2028") && lines[0].contains("\\t") && !lines[0].contains("\u{7}"))
    let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    let read = content.replacingOccurrences(of: "\u{7}", with: "\u{FFFD}")
    #expect((object["content"] as? String)?.contains(read) == true)
    #expect(object["speaker"] as? String == "Elena Ruiz")
  }

  @Test func schemaSubsetValidatorCatchesViolations() throws {
    let schemaData = try Data(
      contentsOf: CommandRunner.projectRoot.appendingPathComponent("Schemas/attributions.schema.json"))
    let schema = try JSONSerialization.jsonObject(with: schemaData) as! [String: Any]
    let bad: [String: Any] = ["article": "a", "speaker": 3, "speaker_kind": "robot", "fragments": [[1]]]
    let found = JSONSchemaSubset.violations(of: bad, against: schema)
    #expect(found.contains("$.speaker: expected string or null"))
    #expect(found.contains { $0.hasPrefix("$.speaker_kind: not one of") })
    #expect(found.contains("$: missing mention"))
    #expect(found.contains("$.fragments[0]: fewer than 2 items"))
  }

  @Test func textFormatAndBatchErrors() throws {
    let result = try CommandRunner.run(["extract", "Examples/harbor-bridge-wire-v2.txt", "missing.txt"])
    #expect(result.status == 2)
    #expect(result.stderr == "claimledger: missing.txt: no such file\n")
    #expect(result.stdout.contains("Elena Ruiz [person] told (as \"Mayor Elena Ruiz\")"))
    #expect(result.stdout.contains("“The repairs are finished and the bridge is completely safe,”"))
  }

  /// A content the article wrapped over lines reads on one line in the text listing (the third
  /// wire version wraps `found cracked last` / `month`); the JSON keeps it as written.
  @Test func textListingsGiveAWrappedContentOneLine() throws {
    let file = "Examples/harbor-bridge-wire-v3.txt"
    let text = try CommandRunner.run(["extract", file])
    #expect(text.status == 0)
    #expect(text.stdout.contains("supports found cracked last month\n"))
    let jsonl = try CommandRunner.run(["extract", "--format", "jsonl", file])
    #expect(jsonl.stdout.contains("supports found cracked last\\nmonth"))
  }

  /// A folder is its article files in name order: the same output as naming each of them.
  @Test func aFolderStandsForItsArticleFiles() throws {
    let folder = TestFolders.make("claimledger-extract-folder")
    try Data("“The ferry runs again,” Captain Ana Lima said.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
    try Data("Port officials said the pier would reopen.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.md"))
    let byFolder = try CommandRunner.run(["extract", "--format", "jsonl", folder.path])
    let byFiles = try CommandRunner.run(
      ["extract", "--format", "jsonl"] + ["a.txt", "b.txt"].map { folder.appendingPathComponent($0).path })
    #expect(byFolder.status == 0)
    #expect(byFolder.stdout == byFiles.stdout)
    let articles = byFolder.stdout.split(separator: "\n").map {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["article"] as? String
    }
    #expect(articles.map { $0.map { URL(fileURLWithPath: $0).lastPathComponent } } == ["a.txt", "b.txt"])
  }

  @Test func evalPrintsTheReferenceTable() throws {
    guard
      FileManager.default.fileExists(atPath: CommandRunner.projectRoot.appendingPathComponent("../shared/gold").path)
    else {
      print("../shared/gold is absent: skipped")
      return
    }
    let result = try CommandRunner.run(["eval", "../shared/gold/seeds.jsonl", "--corpus", "../shared/corpus", "--json"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("docs 3  predictions "))
    #expect(result.stdout.split(separator: "\n").last?.hasPrefix("{\"docs\": 3,") == true)
  }
}
