import ArgumentParser

@main
struct ClaimLedgerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimledger",
    abstract: "Who said what, through which outlet, and how well is it sourced.",
    discussion: """
      ClaimLedger reads news articles (plain text or HTML pages), extracts attributed \
      statements, and checks how well each is sourced.

      Offsets in every output are code points into the text that `claimledger text FILE` prints.

      EXIT CODES (the same for every subcommand):
        0   done; for diff, no differences
        1   diff only: differences found
        2   bad input or data: a file unreadable, not text, malformed or invalid
            (in a batch, when any file failed; the others were processed)
        3   the ledger was refused: not a ClaimLedger database, newer, unwritable,
            or (for commands that only read it) not there yet
        64  usage error: invalid arguments
      """,
    version: ClaimLedgerVersion.current,
    subcommands: [
      CheckCommand.self, TextCommand.self, ExtractCommand.self, EvalCommand.self, IngestCommand.self,
      ClaimsCommand.self,
      SourcesCommand.self, ReportCommand.self, DiffCommand.self, ExportCommand.self, ImportCommand.self,
      RelinkCommand.self, ReviewCommand.self, ServeCommand.self,
    ]
  )

  /// Runs the command, sending every failure through ``Failure`` so that each prints as one
  /// line with its exit code; argument-parser keeps help, version and usage errors.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as Failure {
      failure.report()
    } catch {
      if let failure = Failure(error) {
        failure.report()
      }
      exit(withError: error)
    }
  }
}

enum ClaimLedgerVersion {
  static let current = "0.2.0"
}
