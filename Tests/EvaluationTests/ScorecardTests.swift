import Foundation
import Testing

@testable import Evaluation

@Suite struct ScorecardTests {
  func gold(
    _ range: Range<Int>, speaker: String?, aliases: [String] = [], cue: String = "said", direct: Bool = false,
    required: Bool = true
  )
    -> GoldAttribution
  {
    GoldAttribution(
      speaker: speaker, aliases: aliases, mention: speaker, cue: cue, content: range, direct: direct,
      required: required, canonical: true, speakerSpan: nil)
  }

  @Test func contentMatchNeedsHalfTheUnion() {
    #expect(Scorecard.overlap(0..<10, 5..<10) == 0.5)
    #expect(Scorecard.overlap(0..<10, 10..<20) == 0)
    #expect(Scorecard.overlap(0..<10, nil) == 0)
  }

  @Test func figuresFollowTheReferenceRules() {
    var card = Scorecard()
    card.add(
      gold: [
        gold(0..<100, speaker: "US State Department", aliases: ["State Department"], direct: true),
        gold(200..<300, speaker: nil, cue: "according to"),
        gold(400..<450, speaker: "Koffler", cue: "expressed skepticism about", required: false),
      ],
      predictions: [
        Prediction(speaker: "state department", mention: "a spokesperson", content: 10..<100, mentionSpan: nil),
        Prediction(speaker: "Reuters", mention: "Reuters", content: 200..<260, mentionSpan: nil),
        Prediction(speaker: "Koffler", mention: "Koffler", content: 400..<450, mentionSpan: nil),
        Prediction(speaker: "Nobody", mention: "x", content: 900..<950, mentionSpan: nil),
      ])
    // Two required gold found by content, one with the right speaker; the borderline one
    // counts for precision only.
    #expect(
      card.table() == """
        docs 1  predictions 4  (predictions for docs not in gold: 0)
        precision  content 0.750  attribution 0.500
        category       gold  R content  R attrib  F1 content  F1 attrib
        all               2      1.000     0.500       0.857      0.500
        direct            1      1.000     1.000       0.857      0.667
        indirect          1      1.000     0.000       0.857      0.000
        speech-verb       2      1.000     0.500       0.857      0.500

        """)
  }

  @Test func spanGoldMatchesSpeakerByOverlapOrNameWord() {
    let g = GoldAttribution(
      speaker: "Patrick McGinley, a law professor", aliases: [], mention: nil, cue: "said", content: 0..<50,
      direct: true, required: true, canonical: false, speakerSpan: 60..<90)
    let card = Scorecard()
    #expect(card.speakerMatches(g, Prediction(speaker: "he", mention: "he", content: 0..<50, mentionSpan: 70..<72)))
    #expect(
      card.speakerMatches(
        g, Prediction(speaker: "Patrick McGinley", mention: "McGinley", content: 0..<50, mentionSpan: 5..<9)))
    #expect(
      !card.speakerMatches(g, Prediction(speaker: "Mr. Clarke", mention: "Clarke", content: 0..<50, mentionSpan: 5..<9))
    )
  }

  @Test func nameWordsAreTheReferenceTokens() {
    #expect(Scorecard.nameWords("Mr. O'Neill, the former U.S. official") == ["o'neill", "official"])
  }

  @Test func speechCuesMatchWholeWordsOnly() {
    #expect(Scorecard.isSpeechCue("said in a statement"))
    #expect(Scorecard.isSpeechCue("According to"))
    #expect(!Scorecard.isSpeechCue("saidx"))
    #expect(!Scorecard.isSpeechCue("expressed skepticism about"))
  }
}
