import Testing

/// `PlatformOutletRule`: a statement posted on a platform has the platform as its outlet, named
/// as the article names it. Whole outputs, on sentences written for the project.
@Suite struct PlatformOutletRuleTests {
  @Test func aPlatformBetweenTheCueAndTheContentIsTheOutlet() {
    let text = """
      The county count ended on Thursday night.

      Jane Roe wrote on Truth Social that the vote was rigged.

      Senator Tom Ash said in a post on X that the bill would pass next week.

      Roe posted on Facebook: "We will not back down."

      Ash said in a Facebook post that the recount would cost the county $2 million.
      """
    #expect(
      rendered(text) == [
        "Jane Roe | person | wrote | the vote was rigged | Truth Social",
        "Tom Ash | person | said | the bill would pass next week | X",
        "Jane Roe | person | posted | We will not back down. | Facebook",
        "Tom Ash | person | said | the recount would cost the county $2 million | Facebook",
      ])
  }

  /// A platform the statement talks about is no outlet, nor is a word that only looks like one.
  @Test func aPlatformInsideTheContentOrAfterItIsNoOutlet() {
    let text = """
      Jane Roe said the campaign would leave X by the end of the month.

      Tom Ash said Facebook had removed the ads on Tuesday.

      "We counted every ballot twice," the clerk said on Monday.
      """
    #expect(
      rendered(text) == [
        "Jane Roe | person | said | the campaign would leave X by the end of the month | -",
        "Tom Ash | person | said | Facebook had removed the ads on Tuesday | -",
        "the clerk | anonymous | said | We counted every ballot twice, | -",
      ])
  }
}
