import Foundation
import Testing

@Suite struct TextCommandTests {
  @Test func printsPlainTextExactlyAsReadWithoutAddingANewline() throws {
    let path = try CommandRunner.temporaryFile("s.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("One\r\nTwo".utf8))
    let result = try CommandRunner.run(["text", path])
    #expect(result.status == 0)
    #expect(result.stdout == "One\r\nTwo")
    #expect(result.stderr.isEmpty)
  }

  @Test func printsTheArticleOfAnHTMLPageWithoutFurniture() throws {
    let result = try CommandRunner.run(["text", "Examples/harbor-bridge-courier.html"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Harbor Bridge to reopen Friday, city says\n\nThe Harbor Bridge will reopen"))
    #expect(!result.stdout.contains("Most popular"))
    #expect(!result.stdout.contains("Accept all"))
    #expect(result.stderr.isEmpty)
  }

  @Test func metadataIsOneJSONObjectWithEveryKey() throws {
    let result = try CommandRunner.run(["text", "--metadata", "Examples/harbor-bridge-courier.html"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == #"{"title":"Harbor Bridge to reopen Friday, city says","outlet":"The Harbor Courier","authors":["Dana Whitfield"],"published":"2026-03-12T08:30:00+00:00","modified":"2026-03-12T11:05:00+00:00","url":"https://courier.example/news/harbor-bridge-reopens","language":"en"}"#
        + "\n")
    let plain = try CommandRunner.run(["text", "--metadata", "Examples/harbor-bridge-wire-v1.txt"])
    #expect(
      plain.stdout
        == #"{"title":null,"outlet":null,"authors":[],"published":null,"modified":null,"url":null,"language":null}"#
        + "\n")
  }

  @Test func badInputGivesOneErrorLineAndExitCode2() throws {
    let invalid = try CommandRunner.temporaryFile("bad.txt", bytes: Array("Caf".utf8) + [0xE9, 0x20])
    let png = try CommandRunner.temporaryFile("photo.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
    let empty = try CommandRunner.temporaryFile("empty.txt", bytes: [])
    let directory = URL(fileURLWithPath: empty).deletingLastPathComponent().path
    let cases: [(String, String)] = [
      (invalid, "claimledger: \(invalid): not UTF-8 text (invalid byte at offset 3)\n"),
      (png, "claimledger: \(png): not text (a PNG image)\n"),
      (empty, "claimledger: \(empty): empty file, no article text\n"),
      (directory, "claimledger: \(directory): is a directory, not an article file\n"),
      ("no/such/file.txt", "claimledger: no/such/file.txt: no such file\n"),
    ]
    for (path, message) in cases {
      let result = try CommandRunner.run(["text", path])
      #expect(result.status == 2, "\(path)")
      #expect(result.stderr == message)
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func usageErrorsExitWith64AndHelpListsExitCodes() throws {
    let usage = try CommandRunner.run(["text"])
    #expect(usage.status == 64)
    let help = try CommandRunner.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("EXIT CODES"))
    #expect(help.stdout.contains("64  usage error"))
  }
}
