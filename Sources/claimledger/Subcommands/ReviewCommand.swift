import ArgumentParser
import Foundation
import LedgerStore

extension ReviewMark: ExpressibleByArgument {}

/// `claimledger review ...`: editors' corrections from the command line, through the same
/// library calls as the review app (`claimledger serve`).
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Check, correct and sign off claims; every correction is logged and can be undone.",
    discussion: """
      A correction outranks automatic linking and speaker resolution: verdicts are recomputed \
      with it at once, and ingesting the same or a new version of an article keeps it (a \
      statement is named by its article and its words, so it follows them into new versions). \
      Every correction is logged with who made it, when, and the state before and after; \
      `review undo` reverses one and logs that too.

      GROUP is a claim's `group`, STATEMENT a statement's `id`, as `claimledger claims --format \
      jsonl` prints them; SOURCE a name as `claimledger sources` prints it.

      EXAMPLES:
        claimledger review mark 12 --status checked --note "confirmed with the ministry" --as "Ana Ortiz"
        claimledger review unlink 57 --as "Ana Ortiz"
        claimledger review link 57 91 --as "Ana Ortiz"
        claimledger review speaker 57 "Rebekah Koffler" --as "Ana Ortiz"
        claimledger review merge "Vladimir Putin" "V. Putin" --as "Ana Ortiz"
        claimledger review split "Vladimir Putin" "Putin" --as "Ana Ortiz"
        claimledger review log
        claimledger review undo 3 --as "Ana Ortiz"
      """,
    subcommands: [
      Mark.self, Unlink.self, Link.self, Speaker.self, Merge.self, Split.self, Log.self, Undo.self,
    ])

  /// `--as NAME` and `--note TEXT`, which every correction takes.
  struct Editor: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Who makes the correction (logged).", valueName: "name"))
    var name: String

    @Option(help: "Why, in a few words (logged and shown with the claim).")
    var note: String?
  }

  /// Prints the logged entry: what changed, before and after.
  static func report(_ entry: ReviewEntry) {
    Output.write(entry.summary + "\n")
  }

  struct Mark: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set a claim's review state: checked, disputed or needs-source.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim (its group number).") var group: Int64
    @Option(help: "checked, disputed or needs-source.") var status: ReviewMark
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().mark(
          claim: group, as: status, note: editor.note, editor: editor.name, at: IngestClock.now))
    }
  }

  struct Unlink: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take a statement out of its claim; automatic linking never puts it back.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The statement's id.") var statement: Int64
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().unlink(
          statement: statement, editor: editor.name, note: editor.note, at: IngestClock.now))
    }
  }

  struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Make two statements one claim.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The first statement's id.") var statement: Int64
    @Argument(help: "The second statement's id.") var other: Int64
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().link(
          statement: statement, with: other, editor: editor.name, note: editor.note, at: IngestClock.now))
    }
  }

  struct Speaker: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Give a statement its right speaker.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The statement's id.") var statement: Int64
    @Argument(help: "The speaker's name.") var name: String
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().setSpeaker(
          of: statement, to: name, editor: editor.name, note: editor.note, at: IngestClock.now))
    }
  }

  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make two sources one: the second's statements and names join the first.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The source to keep.") var kept: String
    @Argument(help: "The source that is the same entity.") var absorbed: String
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().mergeSources(
          kept, absorbed, editor: editor.name, note: editor.note, at: IngestClock.now))
    }
  }

  struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take a name off a source: what was said under it becomes a source of its own.")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The source.") var source: String
    @Argument(help: "The alias (or mention) that is someone else.") var alias: String
    @OptionGroup var editor: Editor

    func run() throws {
      report(
        try ledger.openExisting().splitSource(
          source, alias: alias, editor: editor.name, note: editor.note, at: IngestClock.now)
      )
    }
  }

  struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Undo a correction (the log keeps both entries).")
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The review entry's number, as `review log` prints it.") var entry: Int64
    @OptionGroup var editor: Editor

    func run() throws {
      report(try ledger.openExisting().undo(entry: entry, editor: editor.name, note: editor.note, at: IngestClock.now))
    }
  }

  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the review log, oldest first.",
      discussion: """
        --format jsonl writes one object per entry: id, at, editor, action, article and content \
        (the statement acted on), other_article and other_content (a link's second statement), \
        value, other_value, note, before, after, undoes, undone_by.
        """)
    @OptionGroup var ledger: LedgerOptions
    @Option(help: "text or jsonl.") var format: ExtractCommand.Format = .text

    func run() throws {
      for entry in try ledger.open(.readOnly).reviewLog() {
        switch format {
        case .text: Output.write(entry.summary + "\n")
        case .jsonl: Output.write(ReviewOutput.json(entry).serialized() + "\n")
        }
      }
    }
  }
}

/// How review entries and states are written for scripts.
enum ReviewOutput {
  static func json(_ entry: ReviewEntry) -> JSONValue {
    .object([
      ("id", .int(Int(entry.id))), ("at", .string(entry.at)), ("editor", .string(entry.editor)),
      ("action", .string(entry.action.rawValue)), ("article", .string(entry.article)),
      ("content", .string(entry.content)), ("other_article", .string(entry.otherArticle)),
      ("other_content", .string(entry.otherContent)), ("value", .string(entry.value)),
      ("other_value", .string(entry.otherValue)), ("note", .string(entry.note)), ("before", .string(entry.before)),
      ("after", .string(entry.after)), ("undoes", entry.undoes.map { .int(Int($0)) } ?? .null),
      ("undone_by", entry.undoneBy.map { .int(Int($0)) } ?? .null),
    ])
  }

  static func json(_ review: ClaimReview?) -> JSONValue {
    guard let review else { return .null }
    return .object([
      ("status", .string(review.mark.rawValue)), ("editor", .string(review.editor)), ("at", .string(review.at)),
      ("note", .string(review.note)), ("entry", .int(Int(review.entry))),
    ])
  }

}
