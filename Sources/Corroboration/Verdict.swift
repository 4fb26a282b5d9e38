/// How well a claim is sourced, judged over the group of statements that assert it.
public enum ClaimStatus: String, Sendable, Equatable, CaseIterable, Codable, Comparable {
  /// Another origin asserts the opposite: an editor must look, whatever else supports it.
  case contested
  /// Two or more independent named origins.
  case corroborated
  /// One named origin, however many outlets or articles repeat it.
  case singleSource = "single-source"
  /// Only vague, anonymous or group sourcing.
  case unattributed

  /// Most urgent for an editor first.
  public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool {
    a.urgency < b.urgency
  }

  private var urgency: Int {
    switch self {
    case .contested: 0
    case .unattributed: 1
    case .singleSource: 2
    case .corroborated: 3
    }
  }
}

/// A status with the evidence that decided it, so that every figure traces back to statements.
public struct Verdict: Sendable, Equatable {
  public var status: ClaimStatus
  /// Named origins that assert the claim, sorted.
  public var origins: [String]
  /// Named origins that assert the opposite, sorted.
  public var opposingOrigins: [String]
  /// Unnamed support (groups, anonymous and vague sources), as written, sorted.
  public var unnamedSupport: [String]
  /// Outlets that carried any statement of the group, sorted.
  public var outlets: [String]
  /// The statements of the group, by id.
  public var statements: [Int64]
  /// One sentence saying why, for reports.
  public var reason: String
}

/// Decides statuses. Pure: the same claims give the same verdict.
public enum Corroboration {
  /// The verdict for one group of claims that assert the same thing (in either polarity).
  public static func verdict(for claims: [Claim]) -> Verdict {
    let sorted = claims.sorted { $0.id < $1.id }
    // The polarity of the group's first named claim is what the group asserts.
    let reference = (sorted.first { $0.isIdentifiable } ?? sorted.first)?.negative ?? false
    var origins = Set<String>()
    var opposing = Set<String>()
    var unnamed = Set<String>()
    var outlets = Set<String>()
    // One person is one origin with or without the role that makes them someone's voice: a
    // spokesman named once as `Cruz spokesman Rick Tyler` and once as `Rick Tyler` speaks for
    // Cruz both times.
    var voiceOf: [String: String] = [:]
    for claim in sorted {
      if let speaker = claim.originSpeaker, let origin = claim.origin, origin != speaker { voiceOf[speaker] = origin }
    }
    for claim in sorted {
      if let outlet = claim.outlet { outlets.insert(outlet) }
      let agrees = claim.negative == reference
      if claim.isIdentifiable, let origin = claim.originSpeaker.flatMap({ voiceOf[$0] }) ?? claim.origin {
        if agrees { origins.insert(origin) } else { opposing.insert(origin) }
      } else {
        unnamed.insert(claim.unnamedSupport)
      }
    }
    // An origin on both sides is not contesting itself, nor one that names the same entity.
    let contesting = opposing.filter { opposed in !origins.contains { SourceNames.shareAnEntity(opposed, $0) } }
    let named = origins.union(contesting)
    let status: ClaimStatus
    let reason: String
    if !contesting.isEmpty, !origins.isEmpty || !unnamed.isEmpty {
      status = .contested
      reason =
        "\(list(contesting)) \(contesting.count == 1 ? "says" : "say") the opposite of \(list(origins.isEmpty ? unnamed : origins))"
    } else if SourceNames.entityCount(named) >= 2 {
      status = .corroborated
      reason = "asserted independently by \(list(named))"
    } else if !named.isEmpty {
      status = .singleSource
      let repeats = outlets.count > 1 ? ", carried by \(outlets.count) outlets" : ""
      // Names that share an entity (`Clinton and the State Department`, `State Department`)
      // are one origin, said so, so that the editor sees why two names did not corroborate.
      reason =
        named.count == 1
        ? "only \(list(named)) asserts it\(repeats)"
        : "only one source asserts it, named \(list(Set(named.map { "“\($0)”" })))\(repeats)"
    } else {
      status = .unattributed
      reason = unnamed.isEmpty ? "no identifiable source" : "only unnamed sourcing: \(list(unnamed))"
    }
    return Verdict(
      status: status, origins: origins.sorted(), opposingOrigins: contesting.sorted(), unnamedSupport: unnamed.sorted(),
      outlets: outlets.sorted(), statements: sorted.map(\.id), reason: reason)
  }

  private static func list(_ names: Set<String>) -> String {
    let sorted = names.sorted()
    switch sorted.count {
    case 0: return "nobody"
    case 1: return sorted[0]
    default: return sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
    }
  }
}
