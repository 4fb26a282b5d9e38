import Corroboration

/// The content words of the ledger's current claims, and each claim's group, held in memory by
/// the process that writes: where an ingest finds the stored claims that may assert the same
/// thing as its new ones.
///
/// Why in memory and not in SQLite: an index table took a row per word of every claim and two
/// B-tree indexes to keep, and its look-ups joined back to the claims; writing and probing it
/// was two thirds of an ingest. The ledger keeps each claim's terms in its `statement` row,
/// from which this index is rebuilt when a process first writes, or when another process has
/// written since (`PRAGMA data_version`); otherwise each ingest updates it in place.
struct TermIndex {
  /// A current claim: its terms (ids, ascending) and its group.
  struct Entry {
    var terms: [Int32]
    var group: Int64
  }

  private var termIDs: [String: Int32] = [:]
  private var termTexts: [String] = []
  /// Claims holding each term, by term id, in the order they came; retired claims are skipped
  /// when read and dropped when a list is next rewritten.
  private var postings: [[Int64]] = []
  /// Current claims holding each term.
  private var frequency: [Int32] = []
  private var entries: [Int64: Entry] = [:]
  private var members: [Int64: Set<Int64>] = [:]

  /// Terms held by more current claims than this find no candidates (they are `said`, `year`,
  /// a story's own name): the candidate search then costs about the same whatever the size of
  /// the ledger.
  static let commonTermLimit = ClaimIndex.commonTermLimit

  /// Postings read per claim beyond its two rarest terms.
  static let probePostingBudget = 100

  init() {}

  func group(of claim: Int64) -> Int64? { entries[claim]?.group }

  func members(of group: Int64) -> Set<Int64> { members[group] ?? [] }

  mutating func add(_ claim: Int64, terms: some Collection<String>, group: Int64) {
    var ids: [Int32] = []
    ids.reserveCapacity(terms.count)
    for term in terms {
      let id: Int32
      if let known = termIDs[term] {
        id = known
      } else {
        id = Int32(termTexts.count)
        termIDs[term] = id
        termTexts.append(term)
        postings.append([])
        frequency.append(0)
      }
      ids.append(id)
      postings[Int(id)].append(claim)
      frequency[Int(id)] += 1
    }
    entries[claim] = Entry(terms: ids.sorted(), group: group)
    members[group, default: []].insert(claim)
  }

  /// Takes a claim out (a newer version of its article replaced it).
  mutating func retire(_ claim: Int64) {
    guard let entry = entries.removeValue(forKey: claim) else { return }
    for term in entry.terms { frequency[Int(term)] -= 1 }
    members[entry.group]?.remove(claim)
    if members[entry.group]?.isEmpty == true { members[entry.group] = nil }
  }

  /// Moves a claim to another group.
  mutating func assign(_ claim: Int64, to group: Int64) {
    guard let old = entries[claim]?.group, old != group else { return }
    entries[claim]!.group = group
    members[old]?.remove(claim)
    if members[old]?.isEmpty == true { members[old] = nil }
    members[group, default: []].insert(claim)
  }

  /// Current claims that may assert what `terms` do: those sharing at least two of its probe
  /// terms (``probeTerms(_:)``), then kept when the whole term sets overlap by
  /// ``ClaimKey/overlaps(shared:_:_:)``. Never a comparison with every claim.
  mutating func matches(for terms: Set<String>) -> [Int64] {
    let known = terms.compactMap { termIDs[$0] }
    var shared: [Int64: Int] = [:]
    for term in probeTerms(known) {
      postings[Int(term)].removeAll { entries[$0] == nil }
      for claim in postings[Int(term)] { shared[claim, default: 0] += 1 }
    }
    let mine = Set(known)
    return shared.compactMap { claim, count -> Int64? in
      guard count >= 2, let entry = entries[claim] else { return nil }
      let overlap = entry.terms.reduce(0) { $0 + (mine.contains($1) ? 1 : 0) }
      return ClaimKey.overlaps(shared: overlap, terms.count, entry.terms.count) ? claim : nil
    }.sorted()
  }

  /// The terms a claim is looked up by: its rarest, at least two (a candidate must share two),
  /// more while their postings stay few. Claims that assert the same thing share most words,
  /// the rare ones above all, so this finds them while the postings read per claim stay a few
  /// hundred however large the ledger grows. Ties go by the term's text, so the choice does not
  /// depend on the order claims came in.
  private func probeTerms(_ terms: [Int32]) -> [Int32] {
    let rare = terms.filter { (1...Int32(Self.commonTermLimit)).contains(frequency[Int($0)]) }
    let sorted = rare.sorted {
      (frequency[Int($0)], termTexts[Int($0)]) < (frequency[Int($1)], termTexts[Int($1)])
    }
    var chosen: [Int32] = []
    var read = 0
    for term in sorted {
      let count = Int(frequency[Int(term)])
      guard chosen.count < 2 || (chosen.count < 4 && read + count <= Self.probePostingBudget) else { break }
      chosen.append(term)
      read += count
    }
    return chosen
  }
}

/// The process's copy of the term index and the `PRAGMA data_version` it matches. Only touched
/// inside `Ledger.write`, which GRDB runs on the ledger's one writer connection, one call at
/// a time: that serial access is the lock.
final class TermIndexCache: @unchecked Sendable {
  var index: TermIndex? = nil
  var dataVersion: Int = 0
}
