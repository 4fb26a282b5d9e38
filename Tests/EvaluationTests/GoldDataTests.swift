import Attribution
import Foundation
import Testing

@testable import Evaluation

/// The extractor against the hand-made gold beside the project; skipped in a plain clone.
@Suite struct GoldDataTests {
  static let shared = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")
  static var present: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold").path) }

  func score(_ gold: String, corpus: String = "corpus", compartment: String? = nil) throws -> Scorecard {
    let documents = try GoldSet.load(
      path: Self.shared.appendingPathComponent(gold).path, corpus: Self.shared.appendingPathComponent(corpus).path,
      compartment: compartment)
    var card = Scorecard()
    for document in documents {
      card.add(
        gold: document.attributions,
        predictions: Extractor.statements(in: document.article).map {
          Prediction(speaker: $0.speaker, mention: $0.mention, content: $0.contentRange, mentionSpan: $0.mentionRange)
        })
    }
    return card
  }

  func recall(_ card: Scorecard, _ category: String, attribution: Bool) -> Double {
    let c = card.categories.first { $0.name == category }!
    return Double(attribution ? c.attributionHits : c.contentHits) / Double(c.gold)
  }

  @Test(.enabled(if: present, "../shared/gold is absent: skipped"))
  func seedsContentAndSpeakerF1IsAtLeast090() throws {
    let card = try score("gold/seeds.jsonl")
    let f1 = Scorecard.f1(card.precisionAttribution, recall(card, "all", attribution: true))
    print("seeds: attribution F1 \(String(format: "%.3f", f1))")
    #expect(f1 >= 0.90)
  }

  /// A floor under today's PolNeAR dev figures, so that a change that loses ground fails here
  /// (the issue's bars are direct recall 0.90, speech-verb attribution recall 0.80, precision 0.85).
  @Test(.enabled(if: present, "../shared/polnear is absent: skipped"))
  func polnearDevFiguresDoNotRegress() throws {
    let card = try score("polnear/train-dev.jsonl", compartment: "dev")
    print(card.table())
    #expect(card.precisionContent >= 0.885)
    #expect(recall(card, "direct", attribution: false) >= 0.92)
    #expect(recall(card, "speech-verb", attribution: true) >= 0.82)
  }
}
