import Testing

/// `DashQuoteRule`: A quotation signed with a dash and a name. Whole outputs, on sentences written for the project.
@Suite struct DashQuoteRuleTests {
  @Test func wholeOutput() {
    let text = """
      "We are not afraid of the storm." ― Ana Ruiz
      """
    #expect(
      rendered(text) == [
        "Ana Ruiz | person | ― | We are not afraid of the storm. | -"
      ])
  }
}
