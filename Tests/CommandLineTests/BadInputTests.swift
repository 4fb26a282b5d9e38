import Foundation
import TestFolders
import Testing

/// Whatever the web gives a newsroom: each bad input gets one clear line naming the file and
/// the problem, its exit code, no stack trace, and the ledger stays byte-identical; merely odd
/// input still gives its best result.
@Suite struct BadInputTests {
  let folder: URL
  let ledger: String

  init() throws {
    folder = TestFolders.make("claimledger-bad")
    ledger = folder.appendingPathComponent("ledger.sqlite").path
    let seeded = try CommandRunner.run(["ingest", "--ledger", ledger, "Examples/harbor-bridge-wire-v1.txt"])
    precondition(seeded.status == 0)
  }

  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func ledgerBytes() throws -> Data {
    // The WAL is checkpointed into the file when the last connection closes.
    try Data(contentsOf: URL(fileURLWithPath: ledger))
  }

  func expectRefused(_ path: String, _ message: String, status: Int32 = 2, sourceLine: Int = #line) throws {
    let before = try ledgerBytes()
    let result = try CommandRunner.run(["ingest", "--ledger", ledger, path])
    #expect(result.status == status, "line \(sourceLine)")
    #expect(result.stderr == "claimledger: \(path): \(message)\n", "line \(sourceLine)")
    #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
    #expect(try ledgerBytes() == before, "ledger changed, line \(sourceLine)")
  }

  @Test func unreadableOrUndecodableFilesAreRefusedOneLineEach() throws {
    try expectRefused(
      try file("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x10]), "not text (binary data: a NUL byte at offset 0)")
    try expectRefused(
      try file("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)),
      "not text (a PNG image)")
    try expectRefused(
      try file("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8)),
      "not UTF-8 text (invalid byte at offset 3)")
    var utf16: [UInt8] = []
    for unit in "The mayor said the bridge is safe.".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try expectRefused(try file("utf16.txt", utf16), "not text (UTF-16 without a byte-order mark; save it as UTF-8)")
    try expectRefused(try file("empty.txt", []), "empty file, no article text")
    let gone = folder.appendingPathComponent("gone.txt").path
    try FileManager.default.createSymbolicLink(
      atPath: gone, withDestinationPath: folder.appendingPathComponent("deleted.txt").path)
    try expectRefused(gone, "no such file")
  }

  @Test func oddButReadableInputGivesItsBestResult() throws {
    let long = String(repeating: String(repeating: "a", count: 999) + " ", count: 20_000)
    let oneLine = try file("one-line.txt", Array(long.utf8))
    let deep = try file(
      "deep.html",
      Array(
        ("<html><body>" + String(repeating: "<div>", count: 100_000)
          + "<p>\"The bridge is safe,\" the mayor said on Friday.</p>" + String(repeating: "</div>", count: 100_000))
          .utf8))
    let quotes = try file("quotes.txt", Array((String(repeating: "\"Unclosed, she said. ", count: 5_001) + "\"").utf8))
    for path in [oneLine, deep, quotes] {
      let result = try CommandRunner.run(["extract", "--format", "jsonl", path])
      #expect(result.status == 0, "\(path)")
      #expect(result.stderr.isEmpty)
    }
    let deepResult = try CommandRunner.run(["extract", deep])
    #expect(deepResult.stdout.contains("The bridge is safe,"))
  }

  @Test func importsWithEntitiesOrTheWrongRootImportNothing() throws {
    let laughs = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
    let cases: [(String, String)] = [
      (
        "<?xml version=\"1.0\"?><!DOCTYPE ledger [<!ENTITY l0 \"lol\">\(laughs)]><ledger>&l9;</ledger>", "malformed XML"
      ),
      ("<?xml version=\"1.0\"?><report xmlns=\"urn:claimledger:report:1\"/>", "the root element is not <ledger>"),
    ]
    for (index, (xml, reason)) in cases.enumerated() {
      let path = try file("import-\(index).xml", Array(xml.utf8))
      let target = folder.appendingPathComponent("import-\(index).sqlite").path
      let result = try CommandRunner.run(["import", "--ledger", target, path])
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("claimledger: \(path): import refused, nothing imported ("))
      #expect(result.stderr.contains(reason))
    }
  }

  @Test func aTruncatedLedgerIsRefusedWithExitCode3AndLeftAsItWas() throws {
    let truncated = folder.appendingPathComponent("truncated.sqlite").path
    let bytes = try ledgerBytes()
    try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
    let before = try Data(contentsOf: URL(fileURLWithPath: truncated))
    let result = try CommandRunner.run(["ingest", "--ledger", truncated, "Examples/harbor-bridge-wire-v2.txt"])
    #expect(result.status == 3)
    #expect(result.stderr.hasPrefix("claimledger: \(truncated): not a ClaimLedger ledger ("))
    #expect(try Data(contentsOf: URL(fileURLWithPath: truncated)) == before)
  }

  /// Permissions mean nothing to root: these run the tool as `nobody` through setpriv.
  static var canDropPrivileges: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
  }

  @Test(.enabled(if: canDropPrivileges, "not root or no setpriv: permission tests skipped"))
  func unreadableFolderAndReadOnlyLedgerAsAnUnprivilegedUser() throws {
    let shared = TestFolders.make("claimledger-perm")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shared.path)
    let locked = shared.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try "\"Safe,\" she said.".write(to: locked.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path)
    let readOnly = shared.appendingPathComponent("readonly.sqlite").path
    try FileManager.default.copyItem(atPath: ledger, toPath: readOnly)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly)
    let before = try Data(contentsOf: URL(fileURLWithPath: readOnly))
    func asNobody(_ arguments: [String]) throws -> CommandResult {
      try CommandRunner.run(
        ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.executable.path] + arguments,
        executable: URL(fileURLWithPath: "/usr/bin/setpriv"), directory: shared)
    }
    let folderResult = try asNobody(["extract", locked.path + "/a.txt"])
    #expect(folderResult.status == 2)
    #expect(folderResult.stderr.hasPrefix("claimledger: \(locked.path)/a.txt: "))
    let ledgerResult = try asNobody([
      "ingest", "--ledger", readOnly, CommandRunner.projectRoot.path + "/Examples/harbor-bridge-wire-v2.txt",
    ])
    #expect(ledgerResult.status == 3)
    #expect(ledgerResult.stderr == "claimledger: \(readOnly): ledger cannot be written (file is read-only)\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: readOnly)) == before)
  }
}
