import Testing

/// `AnyVerbQuoteRule`: A quotation beside a name and a verb the lexicon does not list. Whole outputs, on sentences written for the project.
@Suite struct AnyVerbQuoteRuleTests {
  @Test func wholeOutput() {
    let text = """
      "Why should a family pay more?" Councilwoman Dana Reyes demanded.
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | demanded | Why should a family pay more? | -"
      ])
  }
}
