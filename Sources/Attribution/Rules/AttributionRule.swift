import ArticleReading

/// What a rule starts from in a sentence: the prefilter passes a sentence only when it holds one
/// of the starts some rule declares, so a rule that starts from something new must say so here.
struct RuleStart: OptionSet, Sendable {
  let rawValue: UInt8
  /// A quotation mark of any kind (straight, curly, `''`).
  static let quotationMark = RuleStart(rawValue: 1 << 0)
  /// A cue the lexicon lists (`said`, `warned`, `told`).
  static let cue = RuleStart(rawValue: 1 << 1)
  /// The first word of a source phrase (`according to`, `as confirmed by`).
  static let sourcePhrase = RuleStart(rawValue: 1 << 2)
  /// The first word of a verb phrase that works as a cue (`went on to say`).
  static let verbPhrase = RuleStart(rawValue: 1 << 3)
  /// A hedge (`reportedly`, `allegedly`).
  static let hedge = RuleStart(rawValue: 1 << 4)
}

/// What a rule sees of the sentence it runs in, beside the finder.
struct SentenceScan {
  /// The sentence's tokens.
  var sentence: Range<Int>
  /// How many findings the paragraph had before this sentence: those after are the sentence's.
  var findingsBefore: Int
  /// `...: "QUOTE."`: the colon and the quotation's words, looked for once for the rules that read it.
  var colonQuoted: (colon: Int, words: Range<Int>)?
  /// The sentence before, in the paragraph.
  var previous: Range<Int>?

  /// Whether the rules that ran before found nothing in this sentence.
  func nothingFound(_ finder: SentenceFinder) -> Bool { finder.findings.count == findingsBefore }
}

/// One attribution shape: where it starts, when it runs, and what it finds. Each rule is a type
/// in its own file under `Rules/`, with the sentences it handles in its doc comment; its work is
/// an extension of ``SentenceFinder`` beside it.
///
/// A rule reads tokens only through the finder, inside the paragraph's pass (tokens never leave
/// `Tokenizer.withParagraphs`), and keeps the prefilter true: it finds nothing in a sentence
/// without one of its ``startsFrom``. It reads a token's fields in place (`tokens[i].lower`), as
/// every rule does: the scanning layer keeps what that costs out of the rules.
protocol AttributionRule: Sendable {
  /// What the rule starts from; the prefilter is the union of every rule's.
  static var startsFrom: RuleStart { get }
  /// Whether the rule runs in this sentence, given what the rules before it found (by default,
  /// only when they found nothing).
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool
  /// Adds the rule's findings to the finder's.
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder)
}

extension AttributionRule {
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { scan.nothingFound(finder) }
}

/// The rules in the order they run: the order matters, because most run only when those before
/// them found nothing in the sentence.
enum AttributionRules {
  static let all: [any AttributionRule.Type] = [
    ColonQuoteRule.self, DashQuoteRule.self, CueRule.self, InterviewOutletRule.self, PlatformOutletRule.self,
    AnyVerbQuoteRule.self,
    IntroducedQuoteRule.self, QuotationThenAttributionRule.self, SplitQuoteRule.self, HedgeRule.self,
  ]

  /// The prefilter, derived from the rules' starts.
  struct Prefilter {
    var quotationMark: Bool
    var cue: Bool
    /// The word classes that mark a phrase start or a hedge.
    var classes: WordClass
  }

  static let prefilter: Prefilter = {
    let starts = all.reduce(RuleStart()) { $0.union($1.startsFrom) }
    var classes: WordClass = []
    if starts.contains(.sourcePhrase) { classes.insert(.sourcePhraseStart) }
    if starts.contains(.verbPhrase) { classes.insert(.verbPhraseStart) }
    if starts.contains(.hedge) { classes.insert(.hedge) }
    return Prefilter(quotationMark: starts.contains(.quotationMark), cue: starts.contains(.cue), classes: classes)
  }()
}

/// The outlet a sentence names for the statements found in it, when they have none of their own:
/// `..., she said in an interview with CNN` (the statement is marked as given in an interview).
/// Starts from nothing of its own: it runs after the cue rules, when they found something.
enum InterviewOutletRule: AttributionRule {
  static let startsFrom: RuleStart = []
  static func runs(_ scan: SentenceScan, _ finder: SentenceFinder) -> Bool { !scan.nothingFound(finder) }
  static func apply(_ scan: SentenceScan, _ finder: inout SentenceFinder) {
    guard let channel = finder.sentenceOutlet(scan.sentence) else { return }
    for index in scan.findingsBefore..<finder.findings.count where finder.findings[index].outlet == nil {
      finder.findings[index].outlet = channel
      finder.findings[index].interview = true
    }
  }
}
