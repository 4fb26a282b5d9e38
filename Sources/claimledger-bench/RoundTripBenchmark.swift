import Foundation
import LedgerStore

/// Export and import at scale: a ledger of generated articles (``SyntheticStory``) is built
/// through the library, then exported, imported into an empty ledger and exported again by the
/// `claimledger` tool built beside this one, each in a process of its own, so that its time and
/// peak memory are its own. The two exports must be the same bytes. Its lines start with
/// `round trip:`, apart from the ledger benchmark's `N articles (… MB): …` lines.
enum RoundTripBenchmark {
  static func run(articles: Int) throws {
    guard let tool = toolBeside(label: "round trip") else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimledger-roundtrip-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (ledgerPath, copyPath) = (
      folder.appendingPathComponent("ledger.sqlite").path, folder.appendingPathComponent("copy.sqlite").path
    )
    let (firstExport, secondExport) = (
      folder.appendingPathComponent("first.xml").path, folder.appendingPathComponent("second.xml").path
    )

    // Every step runs in a child process, the building too: a child's peak memory counts what
    // its parent held when it was spawned, so the parent stays small.
    say("round trip: building a ledger of \(articles) generated articles (about 3 KB, 8 claims each)")
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).path
    let built = try measure(bench, ["roundtrip-build", String(articles), ledgerPath])
    guard built.status == 0 else {
      say("round trip: building the ledger FAILED with exit status \(built.status)")
      return
    }
    say(String(format: "round trip: ledger built in %.1f s, peak memory %.0f MB", built.seconds, built.peak))

    let steps: [(String, [String])] = [
      ("export", ["export", "--ledger", ledgerPath, "-o", firstExport]),
      ("import", ["import", "--ledger", copyPath, firstExport]),
      ("export of the import", ["export", "--ledger", copyPath, "-o", secondExport]),
    ]
    for (label, arguments) in steps {
      let step = try measure(tool.path, arguments)
      guard step.status == 0 else {
        say("round trip: \(label) FAILED with exit status \(step.status)")
        return
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: firstExport)[.size] as? Int) ?? 0
      say(
        String(
          format: "round trip: %@ %.1f s, peak memory %.0f MB (the export is %.0f MB)", label, step.seconds, step.peak,
          Double(size) / 1_048_576))
    }
    let identical = FileManager.default.contentsEqual(atPath: firstExport, andPath: secondExport)
    say("round trip: the two exports are \(identical ? "byte-identical" : "DIFFERENT")")
  }

  /// The child's part: builds the ledger of `articles` generated articles at `path`.
  static func build(articles: Int, at path: String) throws {
    let ledger = try Ledger.open(path: path)
    try ingestGenerated(articles, into: ledger) { _, _ in }
  }

  /// What one child process took, from the kernel's account of that one child.
  struct ChildRun {
    var status: Int32
    /// Wall-clock seconds.
    var seconds: Double
    /// Seconds on the processors, its threads' and the kernel's for it: on a shared machine the
    /// wall clock moves with the neighbours' load, and this says how much work there was.
    var processorSeconds: Double
    /// Peak memory in MB.
    var peak: Double
  }

  /// Runs the tool with standard output to `/dev/null` and says what it took.
  static func measure(_ tool: String, _ arguments: [String]) throws -> ChildRun {
    var pid = pid_t()
    let argv = ([tool] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, tool, &actions, nil, argv, environ) == 0 else {
      throw CocoaError(.executableLoad)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func seconds(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
    return ChildRun(
      status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F), seconds: time,
      processorSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peak: Double(usage.ru_maxrss) / 1024)
  }
}
