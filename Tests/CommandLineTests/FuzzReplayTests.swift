import Foundation
import Testing

/// Inputs that fuzzing found (or that were written to start it) are replayed through the same
/// targets on every test run: `Tests/FuzzCorpus/TARGET/`. A crash fails the run.
@Suite struct FuzzReplayTests {
  @Test(arguments: ["html", "text", "import", "diff", "roundtrip"])
  func corpusReplaysCleanly(target: String) throws {
    let folder = CommandRunner.projectRoot.appendingPathComponent("Tests/FuzzCorpus/\(target)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
      folder.appendingPathComponent($0).path
    }
    #expect(!files.isEmpty)
    let replay = CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("claimledger-fuzz")
    let result = try CommandRunner.run([target] + files, executable: replay)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
