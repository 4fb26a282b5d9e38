import ArgumentParser
import Attribution
import Evaluation
import Foundation

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the extractor against hand-made gold attributions.",
    discussion: """
      Reads gold in either format of the shared test data: seeds (one line per corpus file, \
      texts in --corpus) or PolNeAR (texts inline, filtered with --compartment). Extracts \
      every article exactly as `claimledger extract` would from the file, and prints the table \
      of the reference scorer (../shared/tools/score.py) with the same figures: precision of \
      content and attribution, then recall and F1 for all, direct, indirect and speech-verb \
      attributions.

      EXAMPLES:
        claimledger eval ../shared/gold/seeds.jsonl --corpus ../shared/corpus
        claimledger eval ../shared/polnear/train-dev.jsonl --compartment dev
      """
  )

  @Argument(help: "Gold attributions, JSON Lines.")
  var gold: String

  @Option(help: "Folder of the seeds' article files.")
  var corpus: String = "../shared/corpus"

  @Option(help: "Only documents of this compartment (train, dev, test).")
  var compartment: String?

  @Flag(help: "Seeds: a speaker counts when it shares a name word with the gold speaker.")
  var lenientSpeaker = false

  @Flag(help: "Print the JSON summary as the last line.")
  var json = false

  func run() throws {
    let documents = try GoldSet.load(path: gold, corpus: corpus, compartment: compartment)
    var scorecard = Scorecard(lenientSpeaker: lenientSpeaker)
    let progress = Progress(total: documents.count, label: "articles")
    for (index, document) in documents.enumerated() {
      let predictions = Extractor.statements(in: document.article).map {
        Prediction(
          speaker: $0.speaker, mention: $0.mention, content: $0.contentRange, mentionSpan: $0.mentionRange)
      }
      scorecard.add(gold: document.attributions, predictions: predictions)
      progress.update(index + 1)
    }
    progress.finish()
    Output.write(scorecard.table())
    if json { Output.write(scorecard.json() + "\n") }
  }
}
