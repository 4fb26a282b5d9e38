import Testing

/// `CueRule`: Cue verbs and source phrases, with the speaker on either side. Whole outputs, on sentences written for the project.
@Suite struct CueRuleTests {
  @Test func wholeOutput() {
    let text = """
      The council voted on Monday night to close the pier.

      Mayor Elena Ruiz said the pier would reopen in May.

      "The repairs are finished," Ruiz told reporters.

      The pier is safe, according to the state's chief inspector.

      The cranes passed every test, as confirmed by the port authority.
      """
    #expect(
      rendered(text) == [
        "Elena Ruiz | person | said | the pier would reopen in May | -",
        "Elena Ruiz | person | told | The repairs are finished, | -",
        "the state's chief inspector | anonymous | according to | The pier is safe | -",
        "port authority | organization | as confirmed by | The cranes passed every test | -",
      ])
  }
}
