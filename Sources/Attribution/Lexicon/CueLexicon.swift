/// The reporting words ClaimLedger recognises: data in one place, not spread through the code.
///
/// Each verb is listed once by its lemma, with its irregular forms where it has them; the
/// regular inflections (`warns`, `warned`, `warning`) are derived. To teach the extractor a new
/// cue, add a line here.
enum CueLexicon {
  enum Strength: Sendable {
    /// Speech proper: `said`, `told`, `warned` — a statement whatever follows.
    case speech
    /// Belief or intention: `believes`, `expects` — a statement only with a `that` clause or a
    /// quotation. Also verbs whose bare object is seldom speech (`denied the charges`,
    /// `maintains a lead`).
    case opinion
  }

  struct Verb: Sendable {
    var lemma: String
    var strength: Strength
    /// Takes an addressee before its content (`told reporters that ...`).
    var takesAddressee: Bool
    /// The shapes this verb has beyond its strength (``frames``).
    var frames: Frame = []
  }

  /// What a few verbs do that others do not, as bits: the rules ask a verb's frames, never its
  /// lemma.
  struct Frame: OptionSet, Sendable {
    let rawValue: UInt8

    /// A characterisation in quotation marks after an object (`called it "absolute chaos"`); a
    /// name right after the verb (`a group called "..."`) or a particle (`called for`) is none.
    static let characterisationAfterObject = Frame(rawValue: 1 << 0)

    /// A noun as often as a verb (`swing states`, `the TV show`): a cue before `that` only when
    /// the clause has its own subject, and only in the shapes `isNounUse` lists.
    static let nounBeforeClause = Frame(rawValue: 1 << 1)

    /// A noun before `of` or after a modifier (`chants of "..."`, `the caustic chant "..."`).
    static let nounBeforeOf = Frame(rawValue: 1 << 2)

    /// Its past participle names rather than reports (`known as`).
    static let namesWithAs = Frame(rawValue: 1 << 3)

    /// After a quotation that ended its sentence, goes on with the same speaker (`He added, "..."`).
    static let continuesSpeaker = Frame(rawValue: 1 << 4)
  }

  /// Each framed verb's frames, by lemma.
  private static let framesByLemma: [String: Frame] = [
    "call": [.characterisationAfterObject], "state": [.nounBeforeClause], "show": [.nounBeforeClause],
    "chant": [.nounBeforeOf], "know": [.namesWithAs], "add": [.continuesSpeaker],
  ]

  enum Form: Sendable { case base, present, past, participle }

  struct Entry: Sendable {
    var verb: Verb
    var form: Form
  }

  /// lemma, strength, takes an addressee, irregular forms (present, past, -ing) where needed.
  private static let verbs: [(String, Strength, Bool, [String])] = [
    ("say", .speech, false, ["says", "said", "saying"]),
    ("tell", .speech, true, ["tells", "told", "telling"]),
    ("write", .speech, false, ["writes", "wrote", "writing", "written"]),
    ("state", .speech, false, []), ("add", .speech, false, []), ("argue", .speech, false, []),
    ("warn", .speech, true, []), ("caution", .speech, true, []), ("note", .speech, false, []),
    ("observe", .speech, false, []), ("conclude", .speech, false, []),
    ("acknowledge", .speech, false, []), ("suggest", .speech, false, []),
    ("emphasize", .speech, false, []), ("emphasise", .speech, false, []),
    ("confirm", .speech, false, []), ("deny", .opinion, false, ["denies", "denied", "denying"]),
    ("insist", .speech, false, []), ("claim", .speech, false, []), ("tweet", .speech, false, []),
    ("describe", .speech, false, []), ("explain", .speech, false, []),
    ("announce", .speech, false, []), ("declare", .speech, false, []), ("assert", .speech, false, []),
    ("contend", .speech, false, []), ("maintain", .opinion, false, []), ("predict", .speech, false, []),
    ("recall", .speech, false, []), ("reply", .speech, false, ["replies", "replied", "replying"]),
    ("respond", .speech, false, []), ("stress", .speech, false, ["stresses", "stressed", "stressing"]),
    ("urge", .speech, true, []), ("promise", .speech, false, []), ("vow", .speech, false, []),
    ("admit", .speech, false, ["admits", "admitted", "admitting"]), ("allege", .speech, false, []),
    ("report", .speech, false, []), ("testify", .speech, false, ["testifies", "testified", "testifying"]),
    ("complain", .speech, false, []), ("concede", .speech, false, []), ("counter", .speech, false, []),
    ("remark", .speech, false, []), ("comment", .speech, false, []), ("ask", .speech, true, []),
    ("continue", .opinion, false, []), ("reiterate", .speech, false, []), ("reveal", .speech, false, []),
    ("disclose", .speech, false, []), ("indicate", .speech, false, []), ("estimate", .speech, false, []),
    ("post", .opinion, false, []), ("joke", .speech, false, []), ("boast", .speech, false, []),
    ("inform", .speech, true, []), ("assure", .speech, true, []), ("remind", .speech, true, []),
    ("propose", .speech, false, []),
    ("retort", .speech, false, []), ("lament", .speech, false, []),
    ("quip", .speech, false, ["quips", "quipped", "quipping"]),
    ("shout", .speech, false, []), ("exclaim", .speech, false, []), ("muse", .speech, false, []),
    ("chant", .speech, false, []), ("answer", .opinion, false, []),
    ("agree", .opinion, false, ["agrees", "agreed", "agreeing"]), ("believe", .opinion, false, []),
    ("think", .opinion, false, ["thinks", "thought", "thinking"]), ("hope", .opinion, false, []),
    ("fear", .opinion, false, []), ("worry", .opinion, false, ["worries", "worried", "worrying"]),
    ("expect", .opinion, false, []), ("feel", .opinion, false, ["feels", "felt", "feeling"]),
    ("know", .opinion, false, ["knows", "knew", "knowing", "known"]), ("hint", .opinion, false, []),
    ("speculate", .opinion, false, []), ("show", .opinion, false, ["shows", "showed", "showing", "shown"]),
    ("find", .opinion, false, ["finds", "found", "finding"]), ("demonstrate", .opinion, false, []),
    // `called it "absolute chaos"`: a characterisation in quotation marks, after an object.
    ("call", .opinion, true, []),
    // `the editorial read, "..."`: what a text says, only with a quotation or `that`.
    ("read", .opinion, false, ["reads", "read", "reading"]),
  ]

  /// The lemmas given frames (for the lexicon's own checks: each must be a listed verb).
  static var framedLemmas: [String] { Array(framesByLemma.keys) }

  /// Every verb's lemma, in the list's order (for the lexicon's own checks).
  static var lemmas: [String] { verbs.map(\.0) }

  /// Every inflected form, lower-cased, with its verb.
  static let forms: [String: Entry] = {
    var table: [String: Entry] = [:]
    for (lemma, strength, addressee, irregular) in verbs {
      let verb = Verb(
        lemma: lemma, strength: strength, takesAddressee: addressee, frames: framesByLemma[lemma] ?? [])
      let derived = irregular.isEmpty ? regularForms(lemma) : irregular
      table[lemma] = table[lemma] ?? Entry(verb: verb, form: .base)
      for (i, form) in derived.enumerated() {
        let kind: Form = i == 0 ? .present : (form.hasSuffix("ing") ? .participle : .past)
        // `"...," read one.`: a past spelt as its lemma is read as the past, the form news uses.
        if form == lemma, kind == .past, table[form]?.verb.lemma == lemma {
          table[form] = Entry(verb: verb, form: .past)
          continue
        }
        table[form] = table[form] ?? Entry(verb: verb, form: kind)
      }
    }
    return table
  }()

  /// The entries of ``forms`` in a fixed order, so that a token can name its entry by index.
  static let entryForms: [String] = forms.keys.sorted()
  static let entries: [Entry] = entryForms.map { forms[$0]! }

  /// `warn` → warns, warned, warning; `argue` → argues, argued, arguing.
  private static func regularForms(_ lemma: String) -> [String] {
    if lemma.hasSuffix("e") {
      let stem = String(lemma.dropLast())
      return [lemma + "s", lemma + "d", stem + "ing"]
    }
    if lemma.hasSuffix("y") {
      let stem = String(lemma.dropLast())
      return [stem + "ies", stem + "ied", lemma + "ing"]
    }
    return [lemma + "s", lemma + "ed", lemma + "ing"]
  }

  /// Phrases whose source follows them (`according to X`), longest first.
  static let sourcePhrases: [[String]] = [
    ["as", "confirmed", "by"], ["as", "reported", "by"], ["as", "stated", "by"],
    ["as", "noted", "by"], ["as", "suggested", "by"], ["as", "cited", "by"],
    ["according", "to"], ["quoted", "by"],
  ]

  /// Verb phrases that report speech as a single verb does (`has made it clear that`).
  static let verbPhrases: [[String]] = [
    ["made", "it", "clear"], ["made", "clear"], ["make", "it", "clear"], ["makes", "it", "clear"],
    ["pointed", "out"], ["points", "out"], ["went", "on", "to", "say"], ["spoke", "out"],
    ["put", "it"], ["puts", "it"], ["shot", "back"], ["fired", "back"], ["hit", "back"], ["wrote", "back"],
  ]

  /// ``sourcePhrases`` and ``verbPhrases`` by their first word, in their order: a word that
  /// starts a phrase is compared only with the phrases it starts.
  static let sourcePhrasesByStart = byFirstWord(sourcePhrases)
  static let verbPhrasesByStart = byFirstWord(verbPhrases)

  /// Phrases by their first word, in their order, looked up from a token's lower-case bytes
  /// without making a String of them.
  private static func byFirstWord(_ phrases: [[String]]) -> TermMap<[[String]]> {
    var map = TermMap<[[String]]>(terms: 64)
    for phrase in phrases { map.update(phrase[0], initial: []) { $0.append(phrase) } }
    return map
  }

  /// First words of ``sourcePhrases`` and of ``verbPhrases``: a word class each, so that one bit
  /// rules most words out of each list.
  static let sourcePhraseStarts: Set<String> = Set(sourcePhrases.map { $0[0] })
  static let verbPhraseStarts: Set<String> = Set(verbPhrases.map { $0[0] })

  /// Phrases that make a statement vague without naming any source.
  static let hedges: Set<String> = ["reportedly", "allegedly", "purportedly", "supposedly"]

  /// Words between a subject and its cue that do not change who speaks (`also`, `has`).
  static let auxiliaries: Set<String> = [
    "also", "has", "have", "had", "previously", "later", "then", "recently", "publicly",
    "privately", "further", "once", "again", "repeatedly", "would", "will", "did", "does", "do",
    "could", "can", "may", "might", "should", "must", "already", "often", "never", "separately",
    "earlier", "first", "initially", "frequently", "subsequently", "even", "ultimately", "now",
    "still", "reportedly", "just", "quickly", "openly", "flatly",
    "explicitly", "emphatically", "bluntly", "simply", "strongly", "sharply", "angrily",
    "confidently", "insistently", "candidly", "cautiously", "calmly", "similarly", "likewise", "soon", "however",
    "meanwhile", "too", "long", "always", "consistently", "sometimes", "usually", "since",
  ]
}

/// How a statement denies what others claim: the denying verbs (`denied that`, `rejected claims
/// that`) and the nouns for others' claims they take. One list for the extractor, which reads
/// `rejected claims that` as one cue and `called claims that ... "ridiculous"` as none, and for
/// corroboration, which reads a denying cue's content as its opposite.
public enum Denials {
  /// The denying verbs, in every form a cue takes.
  static let verbs: Set<String> = [
    "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses",
    "dismissed", "dismissing", "dispute", "disputes", "disputed", "disputing", "refute", "refutes", "refuted",
    "refuting",
  ]

  /// Nouns for what others claim (`allegations`, `reports`).
  static let othersClaims: Set<String> = [
    "claims", "reports", "allegations", "accusations", "suggestions", "assertions", "charges", "rumors",
  ]

  /// Whether a cue opens with a denying verb (`denied`, `rejected claims`).
  public static func isDenying(cue: String) -> Bool {
    verbs.contains(String(cue.lowercased().prefix { !$0.isWhitespace }))
  }
}
