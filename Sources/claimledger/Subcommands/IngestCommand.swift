import ArgumentParser
import ArticleReading
import Attribution
import LedgerStore
import ReadAhead

struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Store articles and their statements in the ledger, and update corroboration.",
    discussion: """
      Each file becomes a version of an article: --article ID, else the page's canonical URL, \
      else the file name without extension and version marker (story-v2.txt → story). Several \
      files with one --article become consecutive versions in argument order. Ingesting the \
      same text again changes nothing ("unchanged"). Each article is one transaction: an \
      interrupted ingest leaves the ledger as it was before that article.

      A file that cannot be read is reported and skipped; the others are ingested; the exit code \
      is then 2. A ledger that is not a ClaimLedger ledger, or is newer, is refused (exit 3).

      EXAMPLES:
        claimledger ingest Examples/
        claimledger ingest --article harbor-wire Examples/harbor-bridge-wire-v1.txt Examples/harbor-bridge-wire-v2.txt
      """
  )

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "Article id for all the files (they become its versions, in order).")
  var article: String?

  @Option(help: "The outlet that published the article(s), when the page does not say.")
  var outlet: String?

  @Option(help: "The article's URL, when the page does not say.")
  var url: String?

  @Argument(help: "Article files or folders of them.")
  var files: [String]

  func run() throws {
    let failed = try Ingestion.run(
      files: ArticleFiles.expand(files), ledger: LazyLedger(options: ledger), article: article, outlet: outlet, url: url
    )
    if failed { throw ExitCode(Failure.badInput) }
  }
}

/// Ingests files in order, printing a line per file; shared by `ingest` and `check`. The next
/// files are read and extracted on another core while the current one is stored.
enum Ingestion {
  /// Returns whether any file failed.
  static func run(files: [String], ledger: LazyLedger, article: String?, outlet: String?, url: String?) throws -> Bool {
    var failed = false
    let progress = Progress(total: files.count, label: "files")
    let prepared = ReadAhead(count: files.count) { index -> Result<PreparedArticle, ReadingError> in
      Result { () throws(ReadingError) in
        let read = try ArticleReader.read(path: files[index])
        return PreparedArticle(read, statements: Extractor.statements(in: read))
      }
    }
    for (index, (file, next)) in zip(files, prepared).enumerated() {
      defer { progress.update(index + 1) }
      let ready: PreparedArticle
      switch next {
      case .success(let article): ready = article
      case .failure(let error):
        progress.finish()
        Failure.printError(error.description)
        failed = true
        continue
      }
      let id = ArticleIdentity.id(explicit: article, article: ready.article)
      let result = try ledger.open().ingest(ready, id: id, outlet: outlet, url: url, ingestedAt: IngestClock.now)
      progress.finish()
      if result.unchanged {
        Output.write("\(file): \(result.articleID) v\(result.version) unchanged\n")
      } else {
        Output.write("\(file): \(result.articleID) v\(result.version), \(result.statementsAdded) statements added\n")
      }
    }
    progress.finish()
    return failed
  }
}

/// The ledger, opened on first use: a batch whose files all fail never touches it.
final class LazyLedger {
  private let options: LedgerOptions
  private var ledger: Ledger?

  init(options: LedgerOptions) { self.options = options }

  func open() throws -> Ledger {
    if let ledger { return ledger }
    let opened = try options.open()
    ledger = opened
    return opened
  }
}
