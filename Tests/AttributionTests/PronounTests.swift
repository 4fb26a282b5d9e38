import Testing

@testable import Attribution

/// A pronoun stands for a person a reader would take it for: never a place or a building that a
/// run of capitals named just before.
@Suite struct PronounTests {
  @Test func aPronounNeverResolvesToAPlace() {
    let text = """
      Flights out of Harmon Regional Airport were late on Sunday after a storm closed two runways. "We waited three hours at the gate," she said.

      Rosa Delgado, a commuter, said the airline had offered no vouchers. "We slept on the floor," she said.
      """
    #expect(
      rendered(text) == [
        "she | person | said | We waited three hours at the gate, | -",
        "Rosa Delgado | person | said | the airline had offered no vouchers | -",
        "Rosa Delgado | person | said | We slept on the floor, | -",
      ])
  }

  /// The speaker of a quotation is not the person it is about, and a possessive before a title
  /// is not the speaker.
  @Test func theSpeakerIsNeitherThePersonSpokenOfNorTheOwnerOfATitle() {
    let text = """
      Karen Liu, a former director of the airline, spoke after the board met on Monday. "What he told the board was false," she said.

      Governor Ann Lee's chief of staff, Mark Tan, said the state would review the delays.
      """
    #expect(
      rendered(text) == [
        "Karen Liu | person | said | What he told the board was false, | -",
        "Mark Tan | person | said | the state would review the delays | -",
      ])
  }

  @Test func namesOfPlacesAreToldByTheirLastWord() {
    #expect(SpeakerResolver.Names.namesAPlace("Harmon Regional Airport"))
    #expect(SpeakerResolver.Names.namesAPlace("North Korea"))
    #expect(!SpeakerResolver.Names.namesAPlace("Rosa Delgado"))
    #expect(!SpeakerResolver.Names.namesAPlace("Airport"))
  }
}
