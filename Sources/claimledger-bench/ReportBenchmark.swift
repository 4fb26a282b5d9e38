import Foundation

/// The HTML report at scale: `claimledger report -o` on a ledger of generated articles (or the
/// one given), in a child process so that its time and peak memory are its own, beside the
/// export of the same ledger in the same run (the other command that writes the whole ledger
/// through libxml2) as the baseline. Its lines start with `report:`.
enum ReportBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let tool = toolBeside(label: "report") else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimledger-report-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var ledger = arguments.firstIndex(of: "--ledger").map { arguments[$0 + 1] }
    if ledger == nil {
      let articles = arguments.compactMap { Int($0) }.first ?? 100_000
      let path = folder.appendingPathComponent("ledger.sqlite").path
      say("report: building a ledger of \(articles) generated articles")
      let built = try RoundTripBenchmark.measure(
        URL(fileURLWithPath: CommandLine.arguments[0]).path, ["roundtrip-build", String(articles), path])
      guard built.status == 0 else { return say("report: building the ledger FAILED with exit status \(built.status)") }
      say(String(format: "report: built in %.1f s", built.seconds))
      ledger = path
    }
    let output = folder.appendingPathComponent("report.html").path
    let export = try RoundTripBenchmark.measure(
      tool.path, ["export", "--ledger", ledger!, "-o", folder.appendingPathComponent("export.xml").path])
    let report = try RoundTripBenchmark.measure(tool.path, ["report", "--ledger", ledger!, "-o", output])
    guard export.status == 0, report.status == 0 else {
      return say("report: FAILED (export exit \(export.status), report exit \(report.status))")
    }
    let pagesFolder = folder.appendingPathComponent("report-pages")
    let pages = (try? FileManager.default.contentsOfDirectory(atPath: pagesFolder.path)) ?? []
    let bytes = pages.reduce(0) { total, page in
      total
        + ((try? FileManager.default.attributesOfItem(atPath: pagesFolder.appendingPathComponent(page).path)[.size]
          as? Int) ?? 0)
    }
    let main = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    say(
      String(
        format: "report: %.1f s, peak memory %.0f MB; main page %.0f KB, %d pages beside it (%.0f MB)", report.seconds,
        report.peak, Double(main) / 1024, pages.count, Double(bytes) / 1_048_576))
    // The work behind the time: a neighbour's load on a shared machine moves the wall clock by a
    // third from one run to the next; the processor seconds, over the cores, are its floor.
    let cores = ProcessInfo.processInfo.activeProcessorCount
    say(
      String(
        format: "report: %.1f processor-seconds, %.1f s over this machine's %d cores", report.processorSeconds,
        report.processorSeconds / Double(cores), cores))
    say(
      String(
        format: "report: %.2f× the time of the export of the same ledger (%.1f s, peak memory %.0f MB)",
        report.seconds / export.seconds, export.seconds, export.peak))
  }
}
