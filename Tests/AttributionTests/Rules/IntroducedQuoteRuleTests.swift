import Testing

/// `IntroducedQuoteRule`: A quotation a clause introduces with a colon, whatever its verb. Whole outputs, on sentences written for the project.
@Suite struct IntroducedQuoteRuleTests {
  @Test func wholeOutput() {
    let text = """
      Councilwoman Dana Reyes spoke first.

      She then addressed the crowd: "We will rebuild the pier."
      """
    #expect(
      rendered(text) == [
        "Dana Reyes | person | addressed the crowd | We will rebuild the pier. | -"
      ])
  }
}
