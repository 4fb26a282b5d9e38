import Foundation
import SafeXML
import TestFolders
import Testing

/// Text holding characters XML cannot carry or HTML forbids (the contract in
/// `attributions-jsonl.md`): read as U+FFFD one for one, accepted, and every output well-formed,
/// valid and restorable.
@Suite struct ForbiddenCharacterTests {
  /// One of each class: C0 controls (ESC, form feed, vertical tab, BEL), DEL, C1 controls
  /// (U+0083, U+0085, U+009F) and the noncharacters U+FFFE and U+FFFF, inside sentences that
  /// attribute, so they travel through statements too.
  static let forbidden: [Unicode.Scalar] = [
    "\u{1B}", "\u{0C}", "\u{0B}", "\u{07}", "\u{7F}", "\u{83}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}",
  ]

  static func story(version: Int) -> String {
    """
    Tidewater port\u{1B} budget vote slips to June

    "The\u{0C} dredging contract is\u{83} signed and paid for," harbor master Lena Ostrova said on Tuesday.\u{FFFE}

    Councilwoman Maya Brandt said that the\u{0B} vote had been \(version == 1 ? "delayed" : "postponed") by two\u{7F} weeks.

    According to the port authority, the\u{85} channel will be\u{9F} closed to tankers\u{FFFF} until\u{07} the work ends.
    """
  }

  func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func expectAllowed(_ output: String, _ what: String) {
    #expect(XMLCharacters.isAllowed(output), "\(what) holds a character XML cannot carry")
  }

  func expectValid(_ xml: String, against schema: String, _ what: String) throws {
    let document = try MarkupDocument.xml(Array(xml.utf8))
    let xsd = try XMLSchema(
      try [UInt8](Data(contentsOf: CommandRunner.projectRoot.appendingPathComponent("Schemas/\(schema)"))))
    #expect(xsd.validate(document).isEmpty, "\(what) is invalid against \(schema)")
  }

  @Test func theTextCommandPrintsEachForbiddenCharacterAsOneReplacementCharacter() throws {
    let folder = TestFolders.make("claimledger-forbidden")
    let original = Self.story(version: 1)
    let file = try write(original, "tidewater.txt", in: folder)
    let result = try CommandRunner.run(["text", file])
    #expect(result.status == 0)
    let expected = String(
      String.UnicodeScalarView(original.unicodeScalars.map { Self.forbidden.contains($0) ? "\u{FFFD}" : $0 }))
    #expect(result.stdout == expected)
    #expect(result.stdout.unicodeScalars.count == original.unicodeScalars.count)
    #expect(result.stdout.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == Self.forbidden.count)
  }

  @Test func statementOffsetsIndexTheFilesCharacters() throws {
    let folder = TestFolders.make("claimledger-forbidden")
    let original = Self.story(version: 1)
    let file = try write(original, "tidewater.txt", in: folder)
    let result = try CommandRunner.run(["extract", "--format", "jsonl", file])
    #expect(result.status == 0)
    expectAllowed(result.stdout, "extract's output")
    let scalars = Array(original.unicodeScalars)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let (start, end) = (object["start"] as! Int, object["end"] as! Int)
      let inFile = String(String.UnicodeScalarView(scalars[start..<end]))
      let mapped = String(
        String.UnicodeScalarView(inFile.unicodeScalars.map { Self.forbidden.contains($0) ? "\u{FFFD}" : $0 }))
      #expect(object["content"] as? String == mapped)
    }
  }

  @Test func everyLedgerOutputIsValidAndTheExportRestoresByteForByte() throws {
    let folder = TestFolders.make("claimledger-forbidden")
    let first = try write(Self.story(version: 1), "tidewater-v1.txt", in: folder)
    let second = try write(Self.story(version: 2), "tidewater-v2.txt", in: folder)
    let ledger = folder.appendingPathComponent("l.sqlite").path
    // Values from the command line enter through the same mapping as the text.
    let ingest = try CommandRunner.run(
      ["ingest", "--ledger", ledger, "--article", "tide\u{1B}water", "--outlet", "Bay\u{85}Ledger", first, second])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stdout.contains("tide\u{FFFD}water v2"))

    let export = try CommandRunner.run(["export", "--ledger", ledger])
    #expect(export.status == 0)
    expectAllowed(export.stdout, "the export")
    #expect(export.stdout.contains("Bay\u{FFFD}Ledger"))
    try expectValid(export.stdout, against: "ledger.xsd", "the export")

    let file = try write(export.stdout, "export.xml", in: folder)
    let copy = folder.appendingPathComponent("copy.sqlite").path
    #expect(try CommandRunner.run(["import", "--ledger", copy, file]).status == 0)
    let again = try CommandRunner.run(["export", "--ledger", copy])
    #expect(again.stdout == export.stdout)

    let xmlReport = try CommandRunner.run(["report", "--ledger", ledger, "--format", "xml"])
    #expect(xmlReport.status == 0)
    try expectValid(xmlReport.stdout, against: "report.xsd", "the XML report")
    let htmlReport = try CommandRunner.run(["report", "--ledger", ledger, "--format", "html"])
    #expect(htmlReport.status == 0)
    expectAllowed(htmlReport.stdout, "the HTML report")
    #expect(htmlReport.stdout.contains("dredging"))

    let diff = try CommandRunner.run(["diff", "--ledger", ledger, "--format", "xml", "tide\u{1B}water"])
    #expect(diff.status == 1, "\(diff.stderr)")
    try expectValid(diff.stdout, against: "diff.xsd", "the version diff")
    #expect(diff.stdout.contains("postponed"))
    let fileDiff = try CommandRunner.run(["diff", "--format", "xml", first, second])
    #expect(fileDiff.status == 1)
    try expectValid(fileDiff.stdout, against: "diff.xsd", "the file diff")
  }

  @Test func anImportHoldingC1ControlsIsReadWithThemMapped() throws {
    let folder = TestFolders.make("claimledger-forbidden")
    let ledger = folder.appendingPathComponent("l.sqlite").path
    #expect(try CommandRunner.run(["ingest", "--ledger", ledger, "Examples/harbor-bridge-wire-v1.txt"]).status == 0)
    let export = try CommandRunner.run(["export", "--ledger", ledger]).stdout
    // XML 1.0 carries U+0085, HTML does not: an export from another tool may hold it.
    let hostile = export.replacingOccurrences(of: "Harbor", with: "Harb\u{85}r")
    #expect(hostile != export)
    let file = try write(hostile, "hostile.xml", in: folder)
    let copy = folder.appendingPathComponent("copy.sqlite").path
    let imported = try CommandRunner.run(["import", "--ledger", copy, file])
    #expect(imported.status == 0, "\(imported.stderr)")
    let again = try CommandRunner.run(["export", "--ledger", copy]).stdout
    expectAllowed(again, "the export of an import")
    #expect(again == export.replacingOccurrences(of: "Harbor", with: "Harb\u{FFFD}r"))
  }
}
