import Attribution
import Testing

@testable import Corroboration

@Suite struct CorroborationTests {
  func claim(
    _ id: Int64, _ speaker: String?, _ kind: SpeakerKind, _ content: String, outlet: String? = nil, cue: String = "said"
  )
    -> Claim
  {
    Claim(id: id, speaker: speaker, kind: kind, outlet: outlet, cue: cue, content: content)
  }

  @Test func sameQuoteWithOtherMarksCasePunctuationOrEllipsisLinks() {
    let a = ClaimKey(content: "The repairs are finished and the bridge is safe,", cue: "said")
    let b = ClaimKey(content: "“the repairs are finished … and the bridge is SAFE.”", cue: "said")
    #expect(a.overlaps(b))
    #expect(a.negative == b.negative)
  }

  @Test func paraphrasesOfOneFactLink() {
    let a = ClaimKey(content: "the bridge will reopen on Friday", cue: "said")
    let b = ClaimKey(content: "the bridge is set to reopen Friday", cue: "announced")
    #expect(a.overlaps(b))
    #expect(!ClaimKey(content: "ferry fares will rise in June", cue: "said").overlaps(a))
  }

  @Test func negationsDenialsAndAntonymsFlipPolarity() {
    #expect(!ClaimKey(content: "the bridge is safe", cue: "said").negative)
    #expect(ClaimKey(content: "the bridge isn't safe", cue: "said").negative)
    #expect(ClaimKey(content: "the bridge is unsafe", cue: "said").negative)
    #expect(ClaimKey(content: "its supports were faulty", cue: "denied").negative == false)
    #expect(ClaimKey(content: "its supports were sound", cue: "denied").negative)
  }

  @Test func tenOutletsCarryingOneMinistryAreOneSource() {
    let claims = (1...10).map {
      claim(Int64($0), "Transport Ministry", .organization, "the bridge is safe", outlet: "Outlet \($0)")
    }
    let verdict = Corroboration.verdict(for: claims)
    #expect(verdict.status == .singleSource)
    #expect(verdict.origins == ["Transport Ministry"])
    #expect(verdict.outlets.count == 10)
    #expect(verdict.reason == "only Transport Ministry asserts it, carried by 10 outlets")
  }

  /// A compound speaker holds its members: `Mayor Elena Ruiz and the Harbor Board` and `Elena
  /// Ruiz` (or `the Harbor Board`) are one source named two ways, never two that corroborate,
  /// and the reason says so. Two different full names still corroborate.
  @Test func aCompoundSpeakerAndItsMemberAreOneOrigin() {
    let content = "the north pier will reopen to ferries on Friday"
    for member in ["Elena Ruiz", "Harbor Board", "Ruiz"] {
      let verdict = Corroboration.verdict(for: [
        claim(1, "Elena Ruiz and the Harbor Board", .organization, content),
        claim(2, member, member == "Harbor Board" ? .organization : .person, content),
      ])
      #expect(verdict.status == .singleSource, "\(member)")
      let names = ["“\(member)”", "“Elena Ruiz and the Harbor Board”"].sorted().joined(separator: " and ")
      #expect(verdict.reason == "only one source asserts it, named \(names)")
    }
    let two = Corroboration.verdict(for: [
      claim(1, "Elena Ruiz", .person, content), claim(2, "Marta Ruiz", .person, content),
    ])
    #expect(two.status == .corroborated)
  }

  /// A person's own campaign, foundation or administration is no independent confirmation of
  /// them, nor of their family (a father speaking for the foundation named after his son); a
  /// body named after someone else is, and so are two relatives on their own.
  @Test func aPersonAndTheBodyNamedAfterThemAreOneOrigin() {
    let content = "the north pier will reopen to ferries on Friday"
    for body in ["Ruiz campaign", "Ruiz's campaign", "Elena Ruiz Foundation", "Ruiz administration"] {
      let verdict = Corroboration.verdict(for: [
        claim(1, "Elena Ruiz", .person, content), claim(2, body, .organization, content),
      ])
      #expect(verdict.status == .singleSource, "\(body)")
    }
    let father = Corroboration.verdict(for: [
      claim(1, "Tomas Ruiz", .person, content), claim(2, "Elena Ruiz Foundation", .organization, content),
    ])
    #expect(father.status == .singleSource)
    let other = Corroboration.verdict(for: [
      claim(1, "Elena Ruiz", .person, content), claim(2, "Okafor campaign", .organization, content),
    ])
    #expect(other.status == .corroborated)
  }

  /// A spokesperson's word is the word of whom they speak for: the board and its spokeswoman
  /// are one origin, never two that corroborate.
  @Test func aSpokespersonAndTheirPrincipalAreOneOrigin() {
    var spokeswoman = claim(2, "Lena Ortiz", .person, "the pier will reopen in May")
    spokeswoman.role = "Harbor Board spokeswoman"
    let verdict = Corroboration.verdict(for: [
      claim(1, "Harbor Board", .organization, "the pier will reopen in May"), spokeswoman,
    ])
    #expect(verdict.status == .singleSource)
    #expect(verdict.origins == ["Harbor Board"])
    #expect(Statement.principal(ofRole: "the Mayor's press secretary") == "Mayor")
    #expect(Statement.principal(ofRole: "campaign spokesman") == nil)
    #expect(Statement.principal(ofRole: "chief economist") == nil)
    // What follows the title is the rest of the role; a plural's apostrophe is no part of a name.
    #expect(Statement.principal(ofRole: "Harbor Board spokesman Navy Capt.") == "Harbor Board")
    #expect(Statement.principal(ofRole: "Reyes' spokeswoman") == "Reyes")
  }

  /// A campaign's staff, or someone's, speak for the candidate's camp: the manager and the
  /// candidate agreeing is one origin. Former staff speak for themselves.
  @Test func aCampaignsStaffAndItsCandidateAreOneOrigin() {
    let content = "the north pier will reopen to ferries on Friday"
    for role in ["Ruiz campaign manager", "Elena Ruiz's campaign chairman"] {
      var manager = claim(2, "Ines Moreau", .person, content)
      manager.role = role
      let verdict = Corroboration.verdict(for: [claim(1, "Elena Ruiz", .person, content), manager])
      #expect(verdict.status == .singleSource, "\(role)")
    }
    var former = claim(2, "Ines Moreau", .person, content)
    former.role = "former Ruiz campaign manager"
    #expect(Corroboration.verdict(for: [claim(1, "Elena Ruiz", .person, content), former]).status == .corroborated)
    #expect(Statement.principal(ofRole: "Okafor campaign manager") == "Okafor campaign")
    // One campaign by one name, however the role names its candidate: the manager of the `Ruiz
    // campaign` and the chairman of `Elena Ruiz's campaign` are one camp, not two origins.
    #expect(Statement.principal(ofRole: "Elena Ruiz's campaign chairman") == "Ruiz campaign")
    var chairman = claim(1, "Tomas Lind", .person, content)
    chairman.role = "Elena Ruiz's campaign chairman"
    var manager = claim(2, "Ines Moreau", .person, content)
    manager.role = "Ruiz campaign manager"
    #expect(Corroboration.verdict(for: [chairman, manager]).status == .singleSource)
    #expect(Statement.principal(ofRole: "campaign manager") == nil)
    #expect(Statement.principal(ofRole: "His campaign chairman") == nil)
    // On someone's staff, named in the possessive before a staff word: their camp's word too.
    #expect(Statement.principal(ofRole: "Ruiz's top foreign policy aide") == "Ruiz")
    #expect(Statement.principal(ofRole: "runs Elena Ruiz's get-out-the-vote effort") == "Elena Ruiz")
    #expect(Statement.principal(ofRole: "leads Mr. Okafor's Council of Economic Advisers") == "Okafor")
    #expect(Statement.principal(ofRole: "former Ruiz aide") == nil)
    #expect(Statement.principal(ofRole: "the Harbor Board's president") == nil)
  }

  @Test func twoNamedOriginsCorroborateButAnonymousOnesDoNot() {
    let named = Corroboration.verdict(for: [
      claim(1, "Elena Ruiz", .person, "the bridge is safe"),
      claim(2, "State Transport Department", .organization, "the bridge is safe"),
    ])
    #expect(named.status == .corroborated)
    let unnamed = Corroboration.verdict(for: [
      claim(1, "Elena Ruiz", .person, "the bridge is safe"),
      claim(2, "a senior official", .anonymous, "the bridge is safe"),
      claim(3, "engineers", .group, "the bridge is safe"),
      claim(4, nil, .vague, "the bridge is safe", cue: "reportedly"),
    ])
    #expect(unnamed.status == .singleSource)
    #expect(unnamed.unnamedSupport == ["a senior official", "engineers", "reportedly"])
    let vague = Corroboration.verdict(for: [claim(1, nil, .vague, "the bridge is safe", cue: "reportedly")])
    #expect(vague.status == .unattributed)
  }

  @Test func anotherOriginSayingTheOppositeContests() {
    let verdict = Corroboration.verdict(for: [
      claim(1, "Elena Ruiz", .person, "the bridge is safe"),
      claim(2, "Priya Natarajan", .person, "the bridge is not safe"),
      claim(3, "State Transport Department", .organization, "the bridge is safe"),
    ])
    #expect(verdict.status == .contested)
    #expect(verdict.opposingOrigins == ["Priya Natarajan"])
    #expect(verdict.reason == "Priya Natarajan says the opposite of Elena Ruiz and State Transport Department")
  }

  /// A denial of others' claims contests the claim denied.
  @Test func rejectingClaimsContests() {
    let verdict = Corroboration.verdict(for: [
      claim(1, "Karl Berg", .person, "the new pier is unsafe for crowds"),
      claim(2, "Lena Ortiz", .person, "the new pier is unsafe for crowds", cue: "rejected claims"),
    ])
    #expect(verdict.status == .contested)
    #expect(verdict.opposingOrigins == ["Lena Ortiz"])
  }

  /// Keeping a right or a rule and breaking it are opposites: two origins saying each of one
  /// action contest it, not corroborate it.
  @Test func keepingARuleAndBreakingItContest() {
    let verdict = Corroboration.verdict(for: [
      claim(1, "Mayor Elena Ruiz", .person, "the new parking rules are consistent with the city charter"),
      claim(2, "Priya Natarajan", .person, "the new parking rules violate the city charter"),
    ])
    #expect(verdict.status == .contested)
    #expect(ClaimKey(content: "the curfew undermines the city charter", cue: "said").negative)
  }
}

@Suite struct PolarityTests {
  @Test func polarityIsTheFirstSentencesOrFirstQuotePartsOnly() {
    #expect(!ClaimKey(content: "The bridge is safe, We would not open it otherwise.", cue: "said").negative)
    #expect(!ClaimKey(content: "It is safe. Not a doubt.", cue: "said").negative)
    #expect(ClaimKey(content: "It is not safe, and nobody should cross it.", cue: "said").negative)
    #expect(ClaimKey(content: "safe, and not sound", cue: "said").negative)
    #expect(ClaimKey(content: "the supports were cracked", cue: "denied").negative)
    // An apostrophe after `n` is `not` only before `t`: a possessive is no denial.
    #expect(!ClaimKey(content: "Brennan's plan for the bridge will work", cue: "said").negative)
  }
}
