import ArgumentParser
import Corroboration
import Foundation
import LedgerStore
import Reporting

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Ingest articles, then summarise how well their claims are sourced.",
    discussion: """
      The main job: ingests every file (as `ingest` does) into the ledger, prints the \
      statements by status, the ones an editor must act on first (contested, unattributed, \
      single-source, then corroborated), and writes the HTML report beside the ledger \
      (Ledger/report.html by default).

      EXAMPLE:
        claimledger check Examples/
      """
  )

  @OptionGroup var ledger: LedgerOptions

  @Argument(help: "Article files or folders of them.")
  var files: [String]

  func run() throws {
    let lazy = LazyLedger(options: ledger)
    let failed = try Ingestion.run(files: ArticleFiles.expand(files), ledger: lazy, article: nil, outlet: nil, url: nil)
    let store = try lazy.open()
    // One read of the ledger serves the summary and the report.
    let data = try ReportData.gather(from: store, generator: "claimledger \(ClaimLedgerVersion.current)")
    Output.write(CheckSummary.render(data.statements))
    let folder = (store.path as NSString).deletingLastPathComponent
    let reportPath = (folder as NSString).appendingPathComponent("report.html")
    try HTMLReportFiles.write(data, to: reportPath)
    Output.write("\nReport: \(reportPath)\n")
    if failed { throw ExitCode(Failure.badInput) }
  }
}

/// The at-a-glance summary of `check`: counts per status, then the statements an editor must
/// act on, most urgent first.
enum CheckSummary {
  static func render(_ claims: [StoredStatement]) -> String {
    var counts: [ClaimStatus: Int] = [:]
    for claim in claims { counts[claim.verdict?.status ?? .unattributed, default: 0] += 1 }
    var out = "\n\(claims.count) statements: "
    out += ClaimStatus.allCases.sorted().map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + "\n"
    for status in ClaimStatus.allCases.sorted() where status != .corroborated {
      let listed = claims.filter { ($0.verdict?.status ?? .unattributed) == status }
      guard !listed.isEmpty else { continue }
      out += "\n\(status.rawValue.uppercased()) (\(listed.count))\n"
      for claim in listed {
        let s = claim.statement
        let who = s.speaker ?? "no identifiable source"
        let content = s.content.onOneLine
        let words = content.count > 100 ? String(content.prefix(99)) + "…" : content
        out += "  \(who) (\(s.cue)) in \(claim.articleID): \(s.direct ? "“\(words)”" : words)\n"
        if let reason = claim.verdict?.reason { out += "    \(reason)\n" }
        if let review = claim.review { out += "    review: \(review)\n" }
      }
    }
    return out
  }
}
