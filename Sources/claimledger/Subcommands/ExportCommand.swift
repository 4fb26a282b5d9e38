import ArgumentParser
import Foundation
import LedgerStore
import Reporting

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole ledger as XML (Schemas/ledger.xsd).",
    discussion: """
      Canonical order and the ledger's own ids: the same ledger always exports the same bytes, \
      and two exports of a changing ledger diff cleanly. `claimledger import` reads it back.
      """)

  @OptionGroup var ledger: LedgerOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let xml = LedgerXML.export(
      try ledger.open(.readOnly).snapshot(), generator: "claimledger \(ClaimLedgerVersion.current)")
    if let output {
      try OutputFile.write(xml, to: output)
    } else {
      Output.write(xml)
    }
  }
}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load a ledger export into an empty ledger.",
    discussion: """
      Strict: a malformed file, one with a DOCTYPE or entities, one invalid against \
      Schemas/ledger.xsd, or a non-empty target ledger imports nothing and says why (exit 2).
      """)

  @OptionGroup var ledger: LedgerOptions

  @Argument(help: "A file written by `claimledger export`.")
  var file: String

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw Failure(message: "\(file): no such file or not readable", exitCode: Failure.badInput)
    }
    let snapshot: LedgerSnapshot
    do {
      snapshot = try LedgerXML.parse([UInt8](data))
    } catch {
      throw Failure(message: "\(file): import refused, nothing imported (\(error.reason))", exitCode: Failure.badInput)
    }
    let target = try ledger.open()
    try target.restore(snapshot)
    let statements = snapshot.articles.reduce(0) { $0 + $1.versions.reduce(0) { $0 + $1.statements.count } }
    Output.write(
      "\(file): imported \(snapshot.articles.count) articles, \(statements) statements into \(target.path)\n")
  }
}
