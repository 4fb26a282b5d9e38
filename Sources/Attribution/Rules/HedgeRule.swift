import ArticleReading
import TextPrimitives

/// A statement with no source: `reportedly`, `allegedly`, when nothing else in the sentence
/// attributes it. Marked vague, with no speaker.
///
/// Handles, for example: `Local businesses reportedly lost a third of their trade.`
enum HedgeRule: AttributionRule {
  static let startsFrom: RuleStart = [.hedge]
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) { finder.findHedge(in: scan.sentence) }
}

extension SentenceFinder {
  /// `reportedly`, `allegedly`: a statement with no source, when nothing else in the sentence
  /// attributes it.
  mutating func findHedge(in sentence: Range<Int>) {
    for i in sentence where tokens[i].classes.contains(.hedge) && paragraph.quoteOf[i] == nil {
      guard let content = contentRange(sentence), wordCount(content) >= 4 else { return }
      let cue = span(i..<(i + 1))
      var finding = Finding(
        speaker: cue, cue: cue, cueText: cue.text, fragments: [characterRange(content)], direct: false, outlet: nil)
      finding.vague = true
      findings.append(finding)
      return
    }
  }
}
