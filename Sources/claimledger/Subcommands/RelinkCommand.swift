import ArgumentParser
import Corroboration
import LedgerStore

struct RelinkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relink",
    abstract: "Form every claim group again from the stored statements, by today's linking rule.",
    discussion: """
      Ingest links each statement as it arrives; relink forms every group again from the \
      current statements, in the order they were stored, through the same engine, and judges \
      every group anew. A ledger whose articles have one version each gets back exactly the \
      groups its ingest built. Use it after importing an export from an older ClaimLedger, \
      whose groups were formed by another rule. One transaction: all of it, or nothing.

      EXAMPLES:
        claimledger import old-export.xml && claimledger relink
      """)

  @OptionGroup var ledger: LedgerOptions

  func run() throws {
    let store = try ledger.open()
    try store.relink()
    let claims = try store.claims()
    let counts = ClaimStatus.allCases.sorted().map { status in
      "\(claims.filter { $0.verdict?.status == status }.count) \(status.rawValue)"
    }
    Output.write("\(store.path): \(claims.count) statements relinked: \(counts.joined(separator: ", "))\n")
  }
}
