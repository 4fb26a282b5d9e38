import Testing

@testable import Attribution

/// The lexicon is data an author edits by hand: these checks catch what a slip would make.
@Suite struct LexiconTests {
  @Test func everyVerbIsListedOnceAndEveryFormIsOneLowerCaseWord() {
    let lemmas = CueLexicon.lemmas
    #expect(
      Set(lemmas).count == lemmas.count,
      "a verb listed twice: \(lemmas.filter { l in lemmas.filter { $0 == l }.count > 1 })")
    for form in CueLexicon.forms.keys {
      #expect(!form.contains(" ") && form == form.lowercased(), "\(form)")
    }
  }

  /// A word list a single token is compared with holds single lower-case words; a phrase list
  /// holds each phrase as its lower-case words, no phrase twice.
  @Test func wordListsHoldSingleWordsAndPhraseListsTheirWords() {
    for (name, words) in [
      ("auxiliaries", CueLexicon.auxiliaries), ("hedges", CueLexicon.hedges),
      ("post words", Platforms.postWords),
    ] {
      for word in words { #expect(!word.contains(" ") && word == word.lowercased(), "\(name): \(word)") }
    }
    for (name, phrases) in [
      ("source phrases", CueLexicon.sourcePhrases), ("verb phrases", CueLexicon.verbPhrases),
      ("platforms", Platforms.names),
    ] {
      #expect(Set(phrases).count == phrases.count, "\(name): a phrase listed twice")
      for phrase in phrases {
        #expect(
          !phrase.isEmpty && phrase.allSatisfy { !$0.contains(" ") && $0 == $0.lowercased() }, "\(name): \(phrase)")
      }
    }
  }
}
