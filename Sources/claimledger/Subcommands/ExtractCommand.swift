import ArgumentParser
import ArticleReading
import Attribution

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "List the attributed statements of articles: who said what, how, through which outlet.",
    discussion: """
      Finds direct quotes and reported speech, the reporting cue (said, warned, according to), \
      the speaker as written and resolved across the article (she → Rebekah Koffler), the \
      outlet that carried it (told Fox News Digital), and vague sourcing (reportedly). \
      Statements come in document order; the output is the same for the same input.

      --format jsonl writes one JSON object per statement, the contract in \
      Schemas/attributions.schema.json: article, speaker, mention, mention_start, mention_end, \
      speaker_kind, cue, content, start, end, fragments, direct, outlet (plus cue_start, \
      cue_end, role). Offsets count code points into the text `claimledger text FILE` prints.

      A folder stands for the article files in it (.txt, .html, .htm), in name order: for \
      thousands of articles, name the folder rather than every file (a long list of arguments \
      is slow to parse). A file that cannot be read is reported on standard error and skipped; \
      the others are still extracted, and the exit code is 2.

      EXAMPLES:
        claimledger extract Examples/harbor-bridge-bayledger.txt
        claimledger extract --format jsonl Examples/*.txt Examples/*.html > statements.jsonl
        claimledger extract --format jsonl Examples/ > statements.jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(help: "Output format: text (for people) or jsonl (one JSON object per statement).")
  var format: Format = .text

  @Argument(help: "Article files (.txt or HTML pages), or folders of them.")
  var files: [String]

  func run() throws {
    var failed = false
    let files = ArticleFiles.expand(files)
    for (index, file) in files.enumerated() {
      let article: Article
      do {
        article = try ArticleReader.read(path: file)
      } catch {
        Failure.printError(error.description)
        failed = true
        continue
      }
      let statements = Extractor.statements(in: article)
      switch format {
      case .jsonl:
        Output.write(statements.map { StatementOutput.json($0, article: file).serialized() + "\n" }.joined())
      case .text:
        if files.count > 1 {
          Output.write((index > 0 ? "\n" : "") + "== \(file): \(statements.count) statements\n\n")
        }
        Output.write(statements.map(StatementOutput.text).joined(separator: "\n"))
      }
    }
    if failed { throw ExitCode(Failure.badInput) }
  }
}
