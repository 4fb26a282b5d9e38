import ArgumentParser
import Corroboration
import LedgerStore

extension ClaimStatus: ExpressibleByArgument {}

struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List the ledger's current statements with their corroboration status.",
    discussion: """
      Statuses: corroborated (two or more independent named origins), single-source (one named \
      origin, however many outlets repeat it), contested (another origin says the opposite), \
      unattributed (only vague, anonymous or group sourcing).

      --format jsonl writes the extraction contract (article is the stored article id) plus \
      id, version, status, group, origins, outlets, and why the statement is in its group: \
      linked_to (the statement it matched, the group's first) and link (the evidence: "same \
      words", "words inside the other", or "shared content" with its weighted share and the \
      words both state; "linked by NAME" for an editor's link). A group's first statement has \
      null for both. review is the claim's review state (status, editor, at, note, entry) or \
      null when no editor has marked it (`claimledger review`).

      EXAMPLES:
        claimledger claims --status single-source
        claimledger claims --speaker "Elena Ruiz" --format jsonl
      """
  )

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "Only this status: corroborated, single-source, contested, unattributed.")
  var status: ClaimStatus?

  @Option(help: "Only statements by this speaker (canonical name or mention).")
  var speaker: String?

  @Option(help: "Only this article id.")
  var article: String?

  @Option(help: "text or jsonl.")
  var format: ExtractCommand.Format = .text

  func run() throws {
    let claims = try ledger.open(.readOnly).claims(status: status, speaker: speaker, article: article)
    for claim in claims {
      switch format {
      case .jsonl: Output.write(StatementOutput.json(claim).serialized() + "\n")
      case .text: Output.write(StatementOutput.text(claim) + "\n")
      }
    }
  }
}
