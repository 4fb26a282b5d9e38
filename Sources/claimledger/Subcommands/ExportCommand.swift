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
      and two exports of a changing ledger diff cleanly. `claimledger import` reads it back. \
      Written as the ledger is read, an article at a time; with -o the file appears only once \
      all of it is written.
      """)

  @OptionGroup var ledger: LedgerOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let source = try ledger.open(.readOnly)
    let generator = "claimledger \(ClaimLedgerVersion.current)"
    // Written as it is read, an article at a time: a ledger of any size exports in the memory
    // of one article.
    if let output {
      try OutputFile.stream(to: output) { sink in try LedgerXML.export(source, generator: generator, to: sink) }
    } else {
      try LedgerXML.export(source, generator: generator) { Output.write(bytes: $0) }
    }
  }
}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load a ledger export into an empty ledger.",
    discussion: """
      Strict: a malformed file, one with a DOCTYPE or entities, one invalid against \
      Schemas/ledger.xsd, or a non-empty target ledger imports nothing and says why (exit 2). \
      The file is read as a stream into one transaction, so a problem near its end undoes \
      everything before it, and a ledger file the import created is removed again.
      """)

  @OptionGroup var ledger: LedgerOptions

  @Argument(help: "A file written by `claimledger export`.")
  var file: String

  func run() throws {
    guard FileManager.default.isReadableFile(atPath: file) else {
      throw Failure(message: "\(file): no such file or not readable", exitCode: Failure.badInput)
    }
    // Read as a stream into one transaction: a problem anywhere in the file undoes it all, and a
    // ledger this import created is removed again, so a refused import leaves things as they were.
    let created = !FileManager.default.fileExists(atPath: ledger.path)
    var (articles, statements) = (0, 0)
    let path: String
    do {
      let target = try ledger.open()
      path = target.path
      try target.restore { restoration in
        do {
          try LedgerXML.read(path: file) { part in
            try restoration.add(part)
            if case .article(let article) = part {
              articles += 1
              statements += article.versions.reduce(0) { $0 + $1.statements.count }
            }
          }
        } catch let error as LedgerXML.ImportError {
          throw LedgerError(path: file, problem: .importRefused(error.reason))
        }
      }
    } catch {
      if created {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ledger.path + suffix) }
      }
      throw error
    }
    Output.write("\(file): imported \(articles) articles, \(statements) statements into \(path)\n")
  }
}
