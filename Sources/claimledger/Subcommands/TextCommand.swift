import ArgumentParser
import ArticleReading

struct TextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Print an article's text exactly as the extractor reads it.",
    discussion: """
      For plain text, the file's text unchanged (without a leading byte-order mark); for an \
      HTML page, the article body as paragraphs separated by blank lines, without navigation, \
      share widgets, related links, comments and other page furniture. Either way each \
      character XML cannot carry or HTML forbids (C0 controls but tab and line breaks, DEL, \
      U+0080-U+009F, U+FFFE, U+FFFF) is printed as U+FFFD, one for one. Every offset that \
      `extract` prints counts code points into this text.

      With --metadata, prints the page's metadata as one JSON object instead: title, outlet, \
      authors, published, modified (ISO 8601), url, language; null where unknown.

      EXAMPLES:
        claimledger text Examples/harbor-bridge-courier.html
        claimledger text --metadata Examples/harbor-bridge-courier.html
      """
  )

  @Flag(help: "Print the metadata as JSON instead of the text.")
  var metadata = false

  @Argument(help: "An article file: .txt (UTF-8 or UTF-16 with a BOM) or an HTML page.")
  var file: String

  func run() throws {
    let article = try ArticleReader.read(path: file)
    if metadata {
      Output.write(JSONValue.metadata(article.metadata).serialized() + "\n")
    } else {
      let text = article.text
      Output.write(text)
      if Output.isTerminal, !text.hasSuffix("\n") { Output.write("\n") }
    }
  }
}
