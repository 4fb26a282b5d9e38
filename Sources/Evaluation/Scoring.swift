import Foundation

/// One predicted statement, as far as scoring needs it.
public struct Prediction: Sendable {
  public var speaker: String?
  public var mention: String?
  public var content: Range<Int>?
  public var mentionSpan: Range<Int>?

  public init(speaker: String?, mention: String?, content: Range<Int>?, mentionSpan: Range<Int>?) {
    self.speaker = speaker
    self.mention = mention
    self.content = content
    self.mentionSpan = mentionSpan
  }
}

/// Scores predictions against gold by the rules of `../shared/gold/README.md`, exactly as the
/// reference scorer `../shared/tools/score.py` does, so that both print the same figures.
public struct Scorecard: Sendable {
  public struct Category: Sendable {
    public var name: String
    public var gold = 0
    public var contentHits = 0
    public var attributionHits = 0
  }

  public var documents = 0
  public var predictions = 0
  public var unknownDocuments = 0
  public var contentCorrect = 0
  public var attributionCorrect = 0
  public var categories: [Category] = ["all", "direct", "indirect", "speech-verb"].map { Category(name: $0) }

  public var lenientSpeaker: Bool
  public var minimumOverlap: Double

  public init(lenientSpeaker: Bool = false, minimumOverlap: Double = 0.5) {
    self.lenientSpeaker = lenientSpeaker
    self.minimumOverlap = minimumOverlap
  }

  /// Adds one gold document and the predictions made for it.
  public mutating func add(gold: [GoldAttribution], predictions: [Prediction]) {
    documents += 1
    self.predictions += predictions.count
    for g in gold {
      let matching = predictions.filter { Self.overlap(g.content, $0.content) >= minimumOverlap }
      let hitContent = !matching.isEmpty
      let hitAttribution = matching.contains { speakerMatches(g, $0) }
      let memberships = [
        g.required, g.required && g.direct, g.required && !g.direct, g.required && Self.isSpeechCue(g.cue),
      ]
      for (i, member) in memberships.enumerated() where member {
        categories[i].gold += 1
        categories[i].contentHits += hitContent ? 1 : 0
        categories[i].attributionHits += hitAttribution ? 1 : 0
      }
    }
    for p in predictions {
      let matching = gold.filter { Self.overlap($0.content, p.content) >= minimumOverlap }
      contentCorrect += matching.isEmpty ? 0 : 1
      attributionCorrect += matching.contains { speakerMatches($0, p) } ? 1 : 0
    }
  }

  public var precisionContent: Double { predictions == 0 ? 0 : Double(contentCorrect) / Double(predictions) }
  public var precisionAttribution: Double { predictions == 0 ? 0 : Double(attributionCorrect) / Double(predictions) }

  static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

  /// The reference scorer's table, line for line.
  public func table() -> String {
    var lines = [
      "docs \(documents)  predictions \(predictions)  (predictions for docs not in gold: \(unknownDocuments))",
      "precision  content \(fixed(precisionContent))  attribution \(fixed(precisionAttribution))",
      pad("category", 12, left: true) + " " + pad("gold", 6) + " " + pad("R content", 10) + " " + pad("R attrib", 9)
        + " " + pad("F1 content", 11) + " " + pad("F1 attrib", 10),
    ]
    for c in categories {
      let rc = c.gold > 0 ? Double(c.contentHits) / Double(c.gold) : 0
      let ra = c.gold > 0 ? Double(c.attributionHits) / Double(c.gold) : 0
      lines.append(
        pad(c.name, 12, left: true) + " " + pad(String(c.gold), 6) + " " + pad(fixed(rc), 10) + " " + pad(fixed(ra), 9)
          + " " + pad(fixed(Self.f1(precisionContent, rc)), 11) + " "
          + pad(fixed(Self.f1(precisionAttribution, ra)), 10))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The reference scorer's `--json` summary line.
  public func json() -> String {
    func number(_ value: Double) -> String {
      let rounded = (value * 10000).rounded() / 10000
      return rounded == rounded.rounded() ? String(format: "%.1f", rounded) : "\(rounded)"
    }
    var parts = ["\"docs\": \(documents)", "\"predictions\": \(predictions)", "\"unknown_docs\": \(unknownDocuments)"]
    for c in categories {
      let rc = c.gold > 0 ? Double(c.contentHits) / Double(c.gold) : 0
      let ra = c.gold > 0 ? Double(c.attributionHits) / Double(c.gold) : 0
      parts.append(
        "\"\(c.name)\": {\"gold\": \(c.gold), \"recall_content\": \(number(rc)), \"recall_attribution\": \(number(ra))}"
      )
    }
    let all = categories[0]
    let rc = all.gold > 0 ? Double(all.contentHits) / Double(all.gold) : 0
    let ra = all.gold > 0 ? Double(all.attributionHits) / Double(all.gold) : 0
    parts.append("\"precision_content\": \(number(precisionContent))")
    parts.append("\"precision_attribution\": \(number(precisionAttribution))")
    parts.append("\"f1_content\": \(number(Self.f1(precisionContent, rc)))")
    parts.append("\"f1_attribution\": \(number(Self.f1(precisionAttribution, ra)))")
    return "{" + parts.joined(separator: ", ") + "}"
  }

  private func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

  private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
  }

  // MARK: Rules

  static func overlap(_ a: Range<Int>?, _ b: Range<Int>?) -> Double {
    guard let a, let b else { return 0 }
    let intersection = max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    let union = max(a.upperBound, b.upperBound) - min(a.lowerBound, b.lowerBound)
    return union > 0 ? Double(intersection) / Double(union) : 0
  }

  func speakerMatches(_ g: GoldAttribution, _ p: Prediction) -> Bool {
    if g.canonical, lenientSpeaker, g.speaker != nil {
      var goldWords = Self.nameWords(g.speaker).union(Self.nameWords(g.mention))
      for alias in g.aliases { goldWords.formUnion(Self.nameWords(alias)) }
      return !goldWords.isDisjoint(with: Self.nameWords(p.speaker).union(Self.nameWords(p.mention)))
    }
    if g.canonical {
      guard let speaker = g.speaker else { return p.speaker == nil }
      let names = Set(([speaker] + g.aliases).map { Self.pythonStrip($0).lowercased() })
      return names.contains(Self.pythonStrip(p.speaker ?? "").lowercased())
    }
    if let gs = g.speakerSpan, let ps = p.mentionSpan, Self.overlap(gs, ps) > 0 { return true }
    return !Self.nameWords(g.speaker).isDisjoint(with: Self.nameWords(p.speaker).union(Self.nameWords(p.mention)))
  }

  private static func pythonStrip(_ s: String) -> String {
    var scalars = Substring(s).unicodeScalars[...]
    while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
    while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  private static let stopWords: Set<String> = [
    "the", "a", "an", "of", "and", "to", "in", "for", "on", "at", "by", "with", "from", "mr", "mrs", "ms", "dr",
    "former", "current",
  ]

  /// `re.findall(r"[a-z][a-z'\-]+", s.lower())`, without stop words and words under three letters.
  static func nameWords(_ s: String?) -> Set<String> {
    guard let s else { return [] }
    var words = Set<String>()
    var current = String.UnicodeScalarView()
    func flush() {
      if current.count > 2 {
        let word = String(current)
        if !stopWords.contains(word) { words.insert(word) }
      }
      current = String.UnicodeScalarView()
    }
    for scalar in s.lowercased().unicodeScalars {
      let isLetter = scalar.value >= 97 && scalar.value <= 122
      if current.isEmpty {
        if isLetter { current.append(scalar) }
      } else if isLetter || scalar == "'" || scalar == "-" {
        current.append(scalar)
      } else {
        flush()
        if isLetter { current.append(scalar) }
      }
    }
    flush()
    return words
  }

  private static let speechCue = try! NSRegularExpression(
    pattern:
      "\\b(said|says|say|saying|told|tells|tell|telling|stated|states|added|adds|adding|argued|argues|warned|warns|noted|notes|noting|according to|explained|explains|asked|asks|wrote|writes|insisted|insists|claimed|claims|announced|announces|declared|declares|continued|acknowledged|acknowledges|admitted|admits|suggested|suggests|observed|concluded|cautioned|confirmed|confirms|replied|responded|recalled|predicted|emphasized|stressed|tweeted|reported|reports|described|urged|promised|vowed)\\b",
    options: [.caseInsensitive])

  static func isSpeechCue(_ cue: String) -> Bool {
    speechCue.firstMatch(in: cue, range: NSRange(cue.startIndex..., in: cue)) != nil
  }
}
