import ArgumentParser
import Corroboration
import Foundation
import LedgerStore
import Reporting

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the corroboration report of the ledger as HTML (for people) or XML.",
    discussion: """
      HTML: self-contained pages — a summary with the statements to act on first, each \
      article's text with every statement highlighted and labelled with its status, speaker and \
      outlet, the sources, and the evidence behind each status, with the statement each one was \
      linked to and why (same words, words inside, or shared content and its words). Up to 300 \
      statements it is one page; for more, written with -o FILE.html, FILE.html holds the \
      summary and the first 300 statements to act on, and the folder FILE-pages/ beside it a \
      page per article, per status (1,000 statements each), the article index and the sources. \
      XML: valid against Schemas/report.xsd, the same ledger giving the same bytes.

      EXAMPLES:
        claimledger report -o report.html
        claimledger report --format xml --status single-source
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case html, xml }

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "html or xml.")
  var format: Format = .html

  @Option(help: "Only this article id.")
  var article: String?

  @Option(help: "Only statements with this status.")
  var status: ClaimStatus?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let data = try ReportData.gather(
      from: try ledger.open(.readOnly), article: article, status: status,
      generator: "claimledger \(ClaimLedgerVersion.current)")
    if let output, format == .html {
      try HTMLReportFiles.write(data, to: output)
      return
    }
    let document = format == .html ? HTMLReport.render(data) : XMLReport.render(data)
    if let output {
      try OutputFile.write(document, to: output)
    } else {
      Output.write(document)
    }
  }
}

/// The HTML report written to a file: one page, or for more than a few hundred statements a
/// main page and a folder of pages beside it (`report.html`, `report-pages/`), which replaces
/// the folder an earlier report left only once every page of the new one is written.
enum HTMLReportFiles {
  static func write(_ data: ReportData, to path: String) throws {
    guard data.statements.count > HTMLReportFolder.onePageLimit else {
      try OutputFile.write(HTMLReport.render(data), to: path)
      return
    }
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent + "-pages"
    let folder = url.deletingLastPathComponent().appendingPathComponent(name)
    let partial = url.deletingLastPathComponent().appendingPathComponent(".\(name).partial-\(getpid())")
    let files = FileManager.default
    do {
      try? files.removeItem(at: partial)
      try files.createDirectory(at: partial, withIntermediateDirectories: true)
      let main = try HTMLReportFolder.render(data, mainPage: url.lastPathComponent, folder: name) { file, page in
        try Data(page.utf8).write(to: partial.appendingPathComponent(file))
      }
      try? files.removeItem(at: folder)
      try files.moveItem(at: partial, to: folder)
      try OutputFile.write(main, to: path)
    } catch let failure as Failure {
      try? files.removeItem(at: partial)
      throw failure
    } catch {
      try? files.removeItem(at: partial)
      throw Failure(
        message: "\(folder.path): cannot be written (\(error.localizedDescription))", exitCode: Failure.badInput)
    }
  }
}

/// Writes a document to a file atomically (a reader never sees half of it), or fails with one
/// line naming the file.
enum OutputFile {
  static func write(_ document: String, to path: String) throws {
    do {
      try Data(document.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw failure(path, error)
    }
  }

  /// Writes a document made in parts: `produce` hands each to the sink it is given. The parts go
  /// to a file beside `path` that takes its name only when all of it is written, so a reader
  /// never sees half a document and a failure leaves what was there.
  static func stream(to path: String, _ produce: (@escaping ([UInt8]) throws -> Void) throws -> Void) throws {
    let partial = path + ".partial-\(getpid())"
    guard FileManager.default.createFile(atPath: partial, contents: nil),
      let handle = FileHandle(forWritingAtPath: partial)
    else {
      throw Failure(message: "\(path): cannot be written (cannot create a file there)", exitCode: Failure.badInput)
    }
    var written = false
    defer {
      if !written {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partial)
      }
    }
    do {
      try produce { try handle.write(contentsOf: $0) }
      try handle.close()
      if rename(partial, path) != 0 { throw Failure(message: String(cString: strerror(errno)), exitCode: 2) }
      written = true
    } catch let error as LedgerError {
      throw error
    } catch {
      throw failure(path, error)
    }
  }

  private static func failure(_ path: String, _ error: any Error) -> Failure {
    let reason = (error as? Failure)?.message ?? error.localizedDescription
    return Failure(message: "\(path): cannot be written (\(reason))", exitCode: Failure.badInput)
  }
}
