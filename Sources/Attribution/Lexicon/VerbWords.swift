/// Words that are a finite verb or its helper wherever they stand: forms of `be`, `have` and
/// `do`, the modals, the irregular pasts no suffix gives away, and the verbs of saying. The
/// corroborator reads them to tell a clause from a noun phrase alone (`a ban on Muslims entering
/// the United States`, the object of `proposed`), which a longer statement holding its words only
/// mentions.
public enum VerbWords {
  /// Whether a lower-case word is one of them.
  public static func contains(_ lower: String) -> Bool {
    SentenceWords.beForms.contains(lower) || (lower != "to" && SentenceWords.modals.contains(lower))
      || SentenceWords.irregularPasts.contains(lower) || SentenceWords.sayOrTell.contains(lower)
      || helpers.contains(lower)
  }

  private static let helpers: Set<String> = ["am", "has", "have", "had", "do", "does", "did", "not"]
}
