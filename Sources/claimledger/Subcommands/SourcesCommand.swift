import ArgumentParser
import LedgerStore

struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the ledger's sources: kind, aliases, affiliation, how much each said.")

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "text or jsonl.")
  var format: ExtractCommand.Format = .text

  func run() throws {
    for source in try ledger.open(.readOnly).sources() {
      switch format {
      case .jsonl:
        Output.write(
          JSONValue.object([
            ("name", .string(source.name)), ("kind", .string(source.kind.rawValue)),
            ("aliases", .array(source.aliases.map { .string($0) })), ("affiliation", .string(source.affiliation)),
            ("statements", .int(source.statements)), ("articles", .int(source.articles)),
          ]).serialized() + "\n")
      case .text:
        var line = "\(source.name) [\(source.kind.rawValue)]"
        if let affiliation = source.affiliation { line += ", \(affiliation)" }
        line += ": \(source.statements) statements in \(source.articles) articles"
        if !source.aliases.isEmpty { line += "; also \(source.aliases.map { "\"\($0)\"" }.joined(separator: ", "))" }
        Output.write(line + "\n")
      }
    }
  }
}
