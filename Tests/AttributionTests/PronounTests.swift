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

  @Test func namesOfPlacesAreToldByTheirLastWord() {
    #expect(SpeakerResolver.Names.namesAPlace("Harmon Regional Airport"))
    #expect(SpeakerResolver.Names.namesAPlace("North Korea"))
    #expect(!SpeakerResolver.Names.namesAPlace("Rosa Delgado"))
    #expect(!SpeakerResolver.Names.namesAPlace("Airport"))
  }
}
