import ArgumentParser
import Corroboration
import Foundation
import LedgerStore
import ReadAhead
import Reporting
import SafeXML
import Synchronization

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
      summary and the first 300 statements to act on, and the folder FILE-pages/ beside it the \
      articles' texts (200 a page), each status's claims with their evidence (about 5,000 \
      statements a page), the article index and the sources. \
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
    let store = try ledger.open(.readOnly)
    let generator = "claimledger \(ClaimLedgerVersion.current)"
    if let output, format == .html,
      try store.reportedStatementCount(article: article, status: status, upTo: HTMLReportFolder.onePageLimit + 1)
        > HTMLReportFolder.onePageLimit
    {
      // A folder of pages, read from the ledger a part at a time: never the whole report in memory.
      try HTMLReportFiles.writeFolder(beside: output, generator: generator) { report in
        try store.scanReport(article: article, status: status, into: &report)
      }
      return
    }
    let data = try ReportData.gather(from: store, article: article, status: status, generator: generator)
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
    try writeFolder(beside: path, generator: data.generator) { try data.replay(into: &$0) }
  }

  /// Writes the report `feed` hands to the folder's reader: its pages, made on every core, into
  /// the folder beside `path`, then the main page at `path`.
  static func writeFolder(
    beside path: String, generator: String,
    _ feed: (inout ReaderBehind<ArticleProgress<HTMLReportFolder>>) throws -> Void
  ) throws {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent + "-pages"
    let folder = url.deletingLastPathComponent().appendingPathComponent(name)
    let partial = url.deletingLastPathComponent().appendingPathComponent(".\(name).partial-\(getpid())")
    let files = FileManager.default
    do {
      try? files.removeItem(at: partial)
      // The system's call, for the system's reason when it fails (`Not a directory`).
      guard mkdir(partial.path, 0o755) == 0 else { throw Failure.systemError }
      let writer = PageWriter(folder: partial.path)
      var report = ReaderBehind(
        ArticleProgress(
          HTMLReportFolder(mainPage: url.lastPathComponent, folder: name, generator: generator) {
            try writer.submit($0)
          }), betweenArticles: writer.releaseWritten)
      defer {
        report.cancel()
        writer.wait()
      }
      try feed(&report)
      writer.wait()
      report.reader.progress?.finish()
      try writer.failure.map { throw $0 }
      try? files.removeItem(at: folder)
      try files.moveItem(at: partial, to: folder)
      try OutputFile.write(report.reader.reader.main ?? "", to: path)
    } catch {
      try? files.removeItem(at: partial)
      if error is Failure || error is LedgerError { throw error }
      throw Failure.cannotWrite(folder.path, error)
    }
  }
}

/// A report's reader with a progress line on a terminal: its articles as they pass (a report of
/// 100,000 articles takes most of a minute).
struct ArticleProgress<Reader: ReportReader>: ReportReader {
  var reader: Reader
  private(set) var progress: Progress? = nil
  private var done = 0

  init(_ reader: Reader) { self.reader = reader }

  mutating func plan(articles: [String]) throws {
    progress = Progress(total: articles.count, label: "articles in the report")
    try reader.plan(articles: articles)
  }

  mutating func claim(_ claim: ReportedClaim) throws { try reader.claim(claim) }

  mutating func article(_ article: ReportedArticle) throws {
    try reader.article(article)
    done += 1
    progress?.update(done)
  }

  mutating func finish(sources: [SourceSummary], fingerprint: String) throws {
    try reader.finish(sources: sources, fingerprint: fingerprint)
  }
}

/// A report's reader that reads on a thread of its own (``WorkBehind``), behind the scan that
/// hands it the parts: the scan of a 100,000-article ledger is one thread's work, and placing
/// each article and claim on its page took an eighth of that thread's instructions.
struct ReaderBehind<Reader: ReportReader & SendableMetatype>: ReportReader {
  private enum Part: Sendable {
    case plan([String])
    case article(ReportedArticle)
    case claim(ReportedClaim)
    case finish([SourceSummary], String)
  }

  /// The reader, touched only by the working thread until `finish` has returned.
  private final class Held: @unchecked Sendable {
    var reader: Reader
    init(_ reader: Reader) { self.reader = reader }
  }

  private let held: Held
  private let work: WorkBehind<Part>
  private let betweenArticles: () -> Void

  /// `betweenArticles` runs on the submitting thread after each article is handed over.
  init(_ reader: Reader, betweenArticles: @escaping () -> Void = {}) {
    self.betweenArticles = betweenArticles
    let held = Held(reader)
    self.held = held
    work = WorkBehind { parts in
      for part in parts {
        switch part {
        case .plan(let ids): try held.reader.plan(articles: ids)
        case .article(let article): try held.reader.article(article)
        case .claim(let claim): try held.reader.claim(claim)
        case .finish(let sources, let fingerprint): try held.reader.finish(sources: sources, fingerprint: fingerprint)
        }
      }
    }
  }

  /// The reader, once ``finish(sources:fingerprint:)`` has returned.
  var reader: Reader { held.reader }

  /// Stops the reading when the scan failed (nothing once it has finished).
  func cancel() { work.cancel() }

  mutating func plan(articles: [String]) throws { try work.submit(.plan(articles)) }
  mutating func article(_ article: ReportedArticle) throws {
    try work.submit(.article(article))
    betweenArticles()
  }
  mutating func claim(_ claim: ReportedClaim) throws { try work.submit(.claim(claim)) }
  mutating func finish(sources: [SourceSummary], fingerprint: String) throws {
    try work.submit(.finish(sources, fingerprint))
    try work.finish()
  }
}

/// Makes and writes a report's pages on every core, a few at a time, so that those waiting hold
/// little memory; the first failure is kept and stops the rest.
final class PageWriter: Sendable {
  private let folder: String
  private let queue = DispatchQueue(label: "claimledger.report-pages", attributes: .concurrent)
  private let group = DispatchGroup()
  private let slots: DispatchSemaphore
  private let firstFailure = Mutex<Failure?>(nil)
  /// Pages written, kept for ``releaseWritten()``.
  private let written = Mutex<[HTMLReportFolder.Page]>([])

  init(folder: String) {
    self.folder = folder
    slots = DispatchSemaphore(value: ProcessInfo.processInfo.activeProcessorCount + 1)
  }

  /// The first page that could not be written, if any.
  var failure: Failure? { firstFailure.withLock { $0 } }

  func submit(_ page: HTMLReportFolder.Page) throws {
    if let failure { throw failure }
    slots.wait()
    queue.async(group: group) { [self] in
      defer { slots.signal() }
      guard failure == nil else { return }
      let path = folder + "/" + page.file
      let html = HTMLStream()
      page.render(html)
      if let error = html.withBytes({ Self.write($0, to: path) }) {
        firstFailure.withLock { $0 = $0 ?? Failure.cannotWrite(path, error) }
      }
      written.withLock { $0.append(page) }
    }
  }

  /// Lets go of the pages written so far, on the calling thread: the scan's, which made their
  /// statements. Freed on the writers' threads, a million statements went back to the scan
  /// thread's malloc arena under its lock, which the scan then waited on for each allocation
  /// (glibc: 19 % of the scan thread's time in malloc, 8 % more waking the writers queued on
  /// the arena's lock).
  func releaseWritten() {
    let pages = written.withLock { pages in
      var taken: [HTMLReportFolder.Page] = []
      swap(&taken, &pages)
      return taken
    }
    _ = consume pages
  }

  func wait() { group.wait() }

  /// Writes the file whole with plain system calls (no flush to disk for each of thousands of
  /// pages); returns the system's error when it cannot.
  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> POSIXError? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return Failure.systemError }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return Failure.systemError
      }
      offset += written
    }
    return nil
  }
}

/// Writes a document to a file atomically (a reader never sees half of it), or fails with one
/// line naming the file.
enum OutputFile {
  static func write(_ document: String, to path: String) throws {
    do {
      try Data(document.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw Failure.cannotWrite(path, error)
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
      if rename(partial, path) != 0 { throw Failure.systemError }
      written = true
    } catch let error as LedgerError {
      throw error
    } catch {
      throw Failure.cannotWrite(path, error)
    }
  }
}
