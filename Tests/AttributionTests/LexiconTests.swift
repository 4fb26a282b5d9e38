import Testing

@testable import Attribution

/// The lexicon is data an author edits by hand: these checks catch what a slip would make.
@Suite struct LexiconTests {
  @Test func everyVerbIsListedOnceAndEveryFormIsOneLowerCaseWord() {
    let lemmas = CueLexicon.lemmas
    #expect(
      Set(lemmas).count == lemmas.count,
      "a verb listed twice: \(lemmas.filter { l in lemmas.filter { $0 == l }.count > 1 })")
    #expect(CueLexicon.framedLemmas.allSatisfy(lemmas.contains), "a frame for a verb not listed")
    for form in CueLexicon.forms.keys {
      #expect(!form.contains(" ") && form == form.lowercased(), "\(form)")
    }
  }

  /// A word list a single token is compared with holds single lower-case words; a phrase list
  /// holds each phrase as its lower-case words, no phrase twice.
  @Test func wordListsHoldSingleWordsAndPhraseListsTheirWords() {
    for (words, wordClass) in WordClass.lists + [(Platforms.postWords, WordClass())] {
      for word in words {
        #expect(!word.contains(" ") && word == word.lowercased(), "list of class \(wordClass.rawValue): \(word)")
      }
    }
    // Every class is one bit, given once, and they fit the 64.
    let classes = WordClass.lists.map(\.1.rawValue)
    #expect(Set(classes).count == classes.count && classes.allSatisfy { $0.nonzeroBitCount == 1 })
    #expect(WordClass.Kind.allCases.count <= 64)
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
