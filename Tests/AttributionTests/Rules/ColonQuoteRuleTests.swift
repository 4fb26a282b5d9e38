import Testing

/// `ColonQuoteRule`: A name, a colon and a quotation: a caption's or a digest's credit. Whole outputs, on sentences written for the project.
@Suite struct ColonQuoteRuleTests {
  @Test func wholeOutput() {
    let text = """
      Harbor master Ola Berg: "The ferry runs at dawn."
      """
    #expect(
      rendered(text) == [
        "Ola Berg | person | : | The ferry runs at dawn. | -"
      ])
  }
}
