/// One attributed statement: who said what, with which words, through which outlet.
///
/// Ranges are code-point offsets into ``ArticleReading/Article/text``, start inclusive, end
/// exclusive, as the JSON Lines contract (`extract --format jsonl`) defines them.
public struct Statement: Sendable, Equatable, Hashable {
  /// Canonical name of the source, resolved across the article (`she` → `Rebekah Koffler`);
  /// `nil` when the source is vague (`reportedly`, `according to multiple reports`).
  public var speaker: String?
  /// The words naming the speaker at this statement, as written.
  public var mention: String
  public var mentionRange: Range<Int>
  public var speakerKind: SpeakerKind
  /// The reporting words as written (`said`, `according to`, `as confirmed by`).
  public var cue: String
  public var cueRange: Range<Int>
  /// What was said: the quoted words (parts of a split quote joined by one space), or the
  /// reported clause without a leading `that`.
  public var content: String
  /// The parts of the content, in order; one for an unbroken span.
  public var fragments: [Range<Int>]
  /// A quotation in quotation marks, as opposed to reported speech.
  public var direct: Bool
  /// The medium through which the statement reached the article (`Fox News Digital`, `TASS`).
  public var outlet: String?
  /// The speaker's role where the article gives one (`CIA Director` for `CIA Director John
  /// Ratcliffe`, `the city's chief engineer`), kept when it is stripped from the name.
  public var role: String?

  public init(
    speaker: String?, mention: String, mentionRange: Range<Int>, speakerKind: SpeakerKind,
    cue: String, cueRange: Range<Int>, content: String, fragments: [Range<Int>], direct: Bool,
    outlet: String?, role: String? = nil
  ) {
    self.speaker = speaker
    self.mention = mention
    self.mentionRange = mentionRange
    self.speakerKind = speakerKind
    self.cue = cue
    self.cueRange = cueRange
    self.content = content
    self.fragments = fragments
    self.direct = direct
    self.outlet = outlet
    self.role = role
  }

  /// From the start of the first fragment to the end of the last.
  public var contentRange: Range<Int> { fragments.first!.lowerBound..<fragments.last!.upperBound }
}

/// What sort of source a speaker is; decides how much a statement can count as corroboration.
public enum SpeakerKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
  /// A named individual.
  case person
  /// A named organisation, news outlets included.
  case organization
  /// Several people described together (`current and former US officials`).
  case group
  /// A described but unnamed individual (`a senior official`).
  case anonymous
  /// No identifiable source (`reportedly`, `according to multiple reports`).
  case vague
}

extension Statement {
  /// Whom a spokesperson speaks for, read from their role as the text gave it (`White House
  /// spokesman` → `White House`, `Sanders' press secretary` → `Sanders`), or nil when the role
  /// makes no one a spokesperson or names no one they speak for (`campaign spokesman`): the
  /// rule the extractor reads an unnamed spokesperson's organisation by (`a State Department
  /// spokesperson`), so that corroboration takes a named spokesperson's word as their
  /// principal's by the same rule. Someone's staff speak for them the same way (`Clinton
  /// campaign manager` → `Clinton campaign`, `Clinton's top aide` → `Clinton`): the manager
  /// agreeing with the candidate is one camp's word. Former staff speak for themselves.
  public static func principal(ofRole role: String) -> String? {
    let scalars = Array(role.unicodeScalars)
    let words = PhraseWord.words(of: Span(range: 0..<scalars.count, text: role), in: scalars)
    guard let spokes = SpeakerResolver.spokesIndex(words) else {
      guard !words.contains(where: { $0.key.isOne(of: "former", "ex") }) else { return nil }
      return campaign(ofStaffRole: words) ?? employer(ofStaffRole: words)
    }
    let title = words[spokes].key == "press" && spokes + 1 < words.count ? spokes + 1 : spokes
    // (What follows the title is the rest of the role, not a name: `Pentagon spokesman Navy Capt.`)
    return SpeakerResolver.spokesOrganization(Array(words[...title])).flatMap { $0.startsUppercase ? $0 : nil }
  }

  /// `Clinton's top foreign policy aide`, `runs Clinton's get-out-the-vote effort`, `leads Mr.
  /// Obama's Council of Economic Advisers`: the one whose staff the role is on, named in the
  /// possessive before a staff word.
  private static func employer(ofStaffRole words: [PhraseWord]) -> String? {
    guard
      let owner = words.indices.first(where: { index in
        words[index].text.startsUppercase && words[index].isPossessive
          && words[(index + 1)...].prefix(5).contains { staffWords.contains($0.key) }
      })
    else { return nil }
    return name(endingAt: owner, in: words)
  }

  /// The capitalised name that ends at `end`, without its possessive: the run of capitalised
  /// words before it but for honorifics, titles and a sentence's capitalised `His` (`Mr. Obama's`
  /// → `Obama`, `Hillary Clinton's` → `Hillary Clinton`, `His` → nil).
  static func name(endingAt end: Int, in words: [PhraseWord]) -> String? {
    let name = words[...end].reversed().prefix {
      $0.text.startsUppercase && $0.lowerClasses.isDisjoint(with: [.determiner, .pronoun, .possessive])
        && !NameParts.isHonorific($0.key) && !$0.classes.contains(.title)
    }.reversed()
    return name.isEmpty ? nil : SpeakerResolver.joined(name).possessiveStripped
  }

  /// Words for a post on someone's staff, or the staff itself.
  private static let staffWords: Set<String> = [
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "manager", "chairman", "chairwoman", "director",
    "strategist", "staffer", "staff", "team", "effort", "council", "lawyer", "attorney", "counsel", "chief",
  ]

  /// `Sanders campaign manager`, `Hillary Clinton's campaign chairman`: the campaign named by
  /// its candidate.
  private static func campaign(ofStaffRole words: [PhraseWord]) -> String? {
    guard let campaign = words.firstIndex(where: { $0.key == "campaign" }), campaign > 0, campaign + 1 < words.count,
      let owner = name(endingAt: campaign - 1, in: words)
    else { return nil }
    return Self.campaign(of: owner)
  }

  /// A candidate's campaign as news names it, by the candidate's surname (`Hillary Clinton` →
  /// `Clinton campaign`): one name for one organisation, however the text reached it (`the
  /// Clinton campaign`, `Hillary Clinton's campaign`, `her campaign`, `Clinton's campaign
  /// manager`). With the full name kept, `Hillary Clinton campaign` and `Clinton campaign` were
  /// two origins, and the manager of one and the chairman of the other two sources.
  static func campaign(of candidate: String) -> String {
    (candidate.split(separator: " ").last.map(String.init) ?? candidate) + " campaign"
  }
}
