import ArticleReading

/// The platform a statement was posted on, as its outlet, named as the article names it: after
/// the cue and before the content, `on PLATFORM` or `in a PLATFORM post`. Runs after the cue
/// rules, for the statements they found with no outlet of their own.
///
/// Handles, for example:
/// - `Jane Roe wrote on Truth Social that the vote was rigged.` (outlet `Truth Social`)
/// - `The senator said in a post on X that the bill would pass.` (outlet `X`)
/// - `Roe posted on Facebook: "We will not back down."` (outlet `Facebook`)
/// - `Roe said in a Facebook post that the count was over.` (outlet `Facebook`; no statement
///   by Facebook)
enum PlatformOutletRule: AttributionRule {
  static let startsFrom: RuleStart = []
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { !scan.nothingFound(finder) }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    var platforms: [String] = []
    for index in scan.findingsBefore..<finder.findings.count where finder.findings[index].outlet == nil {
      finder.findings[index].outlet = finder.platform(between: finder.findings[index], in: scan.sentence)
      if let platform = finder.findings[index].outlet { platforms.append(platform.text) }
    }
    // The platform carried the statement; it did not make it (`in a Facebook post that ...` is
    // not also Facebook posting).
    guard !platforms.isEmpty else { return }
    let sentence = scan.findingsBefore..<finder.findings.count
    let carriers = sentence.filter { index in
      guard let speaker = finder.findings[index].speaker?.text else { return false }
      let words = speaker.split(separator: " ")
      let name =
        words.first.map { ["a", "an", "the"].contains($0.lowercased()) } == true ? words.dropFirst() : words[...]
      return platforms.contains(name.joined(separator: " "))
    }
    for index in carriers.reversed() { finder.findings.remove(at: index) }
  }
}

extension SentenceFinder {
  /// The platform named between a finding's cue and its content, if any.
  func platform(between finding: Finding, in sentence: Range<Int>) -> Span? {
    guard let cue = sentence.first(where: { tokens[$0].start == finding.cue.range.lowerBound }) else { return nil }
    let contentStart = finding.fragments.first?.lowerBound ?? Int.max
    var i = cue + 1
    while i < min(sentence.upperBound, cue + 10), tokens[i].start < contentStart {
      if tokens[i].capitalized, let length = platformLength(at: i, in: sentence) {
        let before = tokens[i - 1].lower == "on"
        let after = i + length < sentence.upperBound && Platforms.postWords.contains(tokens[i + length].lower.string)
        if before || after { return span(i..<(i + length)) }
      }
      i += 1
    }
    return nil
  }

  /// The number of words of the platform name starting at token `i`.
  private func platformLength(at i: Int, in sentence: Range<Int>) -> Int? {
    Platforms.names.first { words in
      i + words.count <= sentence.upperBound
        && words.indices.allSatisfy { tokens[i + $0].isWord && tokens[i + $0].lower.isEqual(to: words[$0]) }
    }?.count
  }
}
