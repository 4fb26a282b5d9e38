import Testing

/// `HedgeRule`: A hedge makes a statement with no source at all. Whole outputs, on sentences written for the project.
@Suite struct HedgeRuleTests {
  @Test func wholeOutput() {
    let text = """
      The pier closed for three weeks.

      Local shops reportedly lost half their trade during the closure.
      """
    #expect(
      rendered(text) == [
        "- | vague | reportedly | Local shops reportedly lost half their trade during the closure | -"
      ])
  }
}
