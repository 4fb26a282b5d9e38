import Testing

/// `InterviewOutletRule`: The outlet of an interview the sentence names. Whole outputs, on sentences written for the project.
@Suite struct InterviewOutletRuleTests {
  @Test func wholeOutput() {
    let text = """
      Mayor Elena Ruiz said in an interview with the Coastal Times that the budget was fixed.
      """
    #expect(
      rendered(text) == [
        "Elena Ruiz | person | said | the budget was fixed | Coastal Times"
      ])
  }
}
