import Testing

/// `SplitQuoteRule`: The rest of a quotation split around its attribution. Whole outputs, on sentences written for the project.
@Suite struct SplitQuoteRuleTests {
  @Test func wholeOutput() {
    let text = """
      "We are ready," said Ana Ruiz, the harbor master. "The boats can sail."
      """
    #expect(
      rendered(text) == [
        "Ana Ruiz | person | said | We are ready, The boats can sail. | -"
      ])
  }
}
