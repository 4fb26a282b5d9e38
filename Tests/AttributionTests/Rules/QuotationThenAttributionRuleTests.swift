import Testing

/// `QuotationThenAttributionRule`: An attribution cut off as a sentence of its own speaks the quotation before it. Whole outputs, on sentences written for the project.
@Suite struct QuotationThenAttributionRuleTests {
  @Test func wholeOutput() {
    let text = """
      "Is the pier open yet?" Berg, a ferry captain for thirty years, said quietly into the radio.
      """
    #expect(
      rendered(text) == [
        "Berg | person | said | Is the pier open yet? | -"
      ])
  }
}
