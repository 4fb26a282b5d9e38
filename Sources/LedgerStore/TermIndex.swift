import ArticleReading
import Corroboration
import Foundation
import TextPrimitives

/// The content words of the ledger's current claims, each claim's group and what a verdict reads
/// of it, held in memory by the process that writes: where an ingest finds the stored claims that
/// may assert the same thing as its new ones, and the members of each group it must judge again.
/// Part of ``WriterMemory``.
///
/// Why in memory and not in SQLite: an index table took a row per word of every claim and two
/// B-tree indexes to keep, and its look-ups joined back to the claims; writing and probing it
/// was two thirds of an ingest. The ledger keeps each claim's terms in its `statement` row,
/// from which this index is rebuilt.
struct TermIndex {
  /// A current claim: its terms (ids, ascending), its group, and its origin, outlet and
  /// polarity for verdicts (without its content).
  struct Entry {
    var terms: [Int32]
    var group: Int64
    var claim: Claim
  }

  private var table = TermTable()
  /// Claims holding each term, by term id, in the order they came; retired claims stay (only a
  /// new version of an article retires claims) and are skipped when read.
  private var postings: [[Int64]] = []
  /// Current claims holding each term.
  private var frequency: [Int32] = []
  /// By claim id (ids are dense: the ledger numbers claims 1, 2, 3, ...); nil for claims that
  /// are not current.
  private var entries: [Entry?] = []
  /// Current members by group id (a group is named by a claim id).
  private var members: [[Int64]] = []

  /// Terms held by more current claims than this find no candidates (they are `said`, `year`,
  /// a story's own name): the candidate search then costs about the same whatever the size of
  /// the ledger.
  static let commonTermLimit = 200

  /// How many claims are current: the count a term's rarity is measured against.
  private(set) var currentCount = 0

  /// Postings read per claim beyond its two rarest terms.
  static let probePostingBudget = 150

  func group(of claim: Int64) -> Int64? { claim < entries.count ? entries[Int(claim)]?.group : nil }

  func members(of group: Int64) -> [Int64] { group < members.count ? members[Int(group)] : [] }

  /// A claim's terms as ids, ascending; terms never seen get new ids (held by no claim yet).
  mutating func intern(_ terms: [String]) -> [Int32] {
    var ids: [Int32] = []
    ids.reserveCapacity(terms.count)
    for var term in terms { ids.append(term.withUTF8 { intern($0) }) }
    return ids.sorted()
  }

  /// ``intern(_:)`` for terms as a ledger row stores them: UTF-8, separated by single spaces.
  mutating func intern(stored terms: String) -> [Int32] {
    var terms = terms
    var ids: [Int32] = []
    ids.reserveCapacity(16)
    terms.withUTF8 { bytes in
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
        if end > start { ids.append(intern(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
        start = end + 1
      }
    }
    return ids.sorted()
  }

  private mutating func intern(_ term: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (id, isNew) = table.intern(term)
    if isNew {
      postings.append([])
      frequency.append(0)
    }
    return id
  }

  /// Adds a claim with its interned terms (``intern(_:)``).
  mutating func add(_ claim: Claim, terms: [Int32], group: Int64) {
    let id = claim.id
    for term in terms {
      postings[Int(term)].append(id)
      frequency[Int(term)] += 1
    }
    Self.grow(&entries, to: id, with: nil)
    var stored = claim
    stored.content = ""
    entries[Int(id)] = Entry(terms: terms, group: group, claim: stored)
    Self.grow(&members, to: group, with: [])
    members[Int(group)].append(id)
    currentCount += 1
  }

  /// A claim as verdicts read it, while it is current.
  func claim(_ id: Int64) -> Claim? { id < entries.count ? entries[Int(id)]?.claim : nil }

  /// Sets a claim's speaker (its source was merged into another).
  mutating func setSpeaker(_ id: Int64, _ speaker: String) { entries[Int(id)]?.claim.speaker = speaker }

  /// Sets whether a claim denies what its group's first statement asserts.
  mutating func setNegative(_ id: Int64, _ negative: Bool) { entries[Int(id)]!.claim.negative = negative }

  /// A content term's weight for ``ClaimMatcher``: the rarer among current claims, the heavier
  /// (inverse document frequency, smoothed so a term no claim holds yet weighs the most).
  func weight(of term: String) -> Double {
    let held = table.id(of: term).map { Double(frequency[Int($0)]) } ?? 0
    return log((Double(currentCount) + 1) / (held + 1)) + 1
  }

  /// The current members of a group, as verdicts read them (without content).
  func claims(in group: Int64) -> [Claim] { members(of: group).map { entries[Int($0)]!.claim } }

  /// Takes a claim out (a newer version of its article replaced it).
  mutating func retire(_ claim: Int64) {
    guard claim < entries.count, let entry = entries[Int(claim)] else { return }
    entries[Int(claim)] = nil
    currentCount -= 1
    for term in entry.terms { frequency[Int(term)] -= 1 }
    members[Int(entry.group)].removeAll { $0 == claim }
  }

  /// Moves a claim to another group.
  mutating func assign(_ claim: Int64, to group: Int64) {
    guard let old = self.group(of: claim), old != group else { return }
    entries[Int(claim)]!.group = group
    members[Int(old)].removeAll { $0 == claim }
    Self.grow(&members, to: group, with: [])
    members[Int(group)].append(claim)
  }

  /// Moves every member of a group into another (two groups found to assert the same thing).
  mutating func merge(_ group: Int64, into other: Int64) {
    let moving = members(of: group)
    guard group != other, !moving.isEmpty else { return }
    for claim in moving { entries[Int(claim)]!.group = other }
    members[Int(group)] = []
    Self.grow(&members, to: other, with: [])
    members[Int(other)] += moving
  }

  /// Groups whose first statement may assert what a claim with these interned terms does: the
  /// groups of current claims sharing at least two of its probe terms (``probeTerms(_:)``), kept
  /// when the first statement's terms overlap enough for ``ClaimMatcher`` to be worth asking
  /// (two shared, and three in five of the fewer). Ascending; never a comparison with every claim.
  func candidateGroups(for terms: [Int32]) -> [Int64] {
    // Claims in two or more of the probe terms' postings: each list is a few hundred ids at
    // most, so one sort of them all and a count of repeats beats a dictionary of counts.
    var seen: [Int64] = []
    for term in probeTerms(terms) { seen += postings[Int(term)] }
    seen.sort()
    var groups = Set<Int64>()
    var i = 0
    while i < seen.count {
      var j = i + 1
      while j < seen.count, seen[j] == seen[i] { j += 1 }
      if j - i >= 2, let group = group(of: seen[i]), let first = entries[Int(group)],
        Self.worthComparing(terms, first.terms)
      {
        groups.insert(group)
      }
      i = j
    }
    return groups.sorted()
  }

  /// Whether two claims' terms overlap enough for ``ClaimMatcher`` to be worth asking: two
  /// shared, and three in five of the fewer (it needs most of the shorter's weighted terms).
  static func worthComparing(_ a: [Int32], _ b: [Int32]) -> Bool {
    let shared = ClaimKey.sharedCount(a, b)
    return shared >= 2 && shared * 5 >= min(a.count, b.count) * 3
  }

  private static func grow<T>(_ array: inout [T], to index: Int64, with filler: T) {
    if index >= array.count { array.append(contentsOf: repeatElement(filler, count: Int(index) + 1 - array.count)) }
  }

  /// The terms a claim is looked up by: its rarest, at least two (a candidate must share two),
  /// more while their postings stay few, up to half its terms. Claims that assert the same thing
  /// share most words, the rare ones above all, so this finds them while the postings read per
  /// claim stay a few hundred however large the ledger grows. Half, not a fixed few: a long
  /// quotation that arrives after a shorter excerpt of it had its few rarest terms in the part
  /// the excerpt left out, and never found it (on the PolNeAR pairs, four probe terms missed
  /// two such links; half finds them, at an ingest cost within this machine's noise). Ties go by
  /// the term's hash (of its text), so the choice does not depend on the order claims came in.
  private func probeTerms(_ terms: [Int32]) -> [Int32] {
    // Each term's sort key read once (a comparison that read both arrays was a tenth of linking).
    var rare: [(frequency: Int32, hash: UInt64, term: Int32)] = []
    for term in terms {
      let count = frequency[Int(term)]
      if count >= 1, count <= Int32(Self.commonTermLimit) { rare.append((count, table.hash(of: term), term)) }
    }
    rare.sort { ($0.frequency, $0.hash) < ($1.frequency, $1.hash) }
    var chosen: [Int32] = []
    var read = 0
    let wanted = max(4, terms.count / 2)
    for (frequency, _, term) in rare {
      let count = Int(frequency)
      guard chosen.count < 2 || (chosen.count < wanted && read + count <= Self.probePostingBudget) else { break }
      chosen.append(term)
      read += count
    }
    return chosen
  }
}
