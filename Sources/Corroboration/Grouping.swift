/// Links claims that assert the same thing, through an inverted index on their content words:
/// each claim is compared only with claims that share a word with it, and words shared by very
/// many claims are not used to find candidates, so the cost grows about linearly.
public struct ClaimIndex: Sendable {
  private var keys: [Int64: ClaimKey] = [:]
  private var postings: [String: [Int64]] = [:]
  private var parent: [Int64: Int64] = [:]

  /// Terms in more claims than this find no candidates (they still count in the comparison):
  /// the same limit as the ledger's term index.
  public static let commonTermLimit = 200

  public init() {}

  /// Adds a claim and links it to every indexed claim that asserts the same thing; returns the
  /// ids of the claims it was linked to.
  @discardableResult
  public mutating func add(id: Int64, key: ClaimKey) -> [Int64] {
    var candidates = Set<Int64>()
    for term in key.terms {
      guard let list = postings[term], list.count <= Self.commonTermLimit else { continue }
      candidates.formUnion(list)
    }
    keys[id] = key
    parent[id] = id
    var linked: [Int64] = []
    for candidate in candidates.sorted() where keys[candidate]!.overlaps(key) {
      union(id, candidate)
      linked.append(candidate)
    }
    for term in key.terms { postings[term, default: []].append(id) }
    return linked
  }

  /// The group a claim belongs to, named by its smallest id.
  public mutating func group(of id: Int64) -> Int64 {
    var root = id
    while let next = parent[root], next != root { root = next }
    var node = id
    while let next = parent[node], next != root {
      parent[node] = root
      node = next
    }
    return root
  }

  /// Every group, each as its sorted ids, ordered by first id.
  public mutating func groups() -> [[Int64]] {
    var members: [Int64: [Int64]] = [:]
    for id in keys.keys.sorted() { members[group(of: id), default: []].append(id) }
    return members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }

  private mutating func union(_ a: Int64, _ b: Int64) {
    let ra = group(of: a)
    let rb = group(of: b)
    guard ra != rb else { return }
    // The smaller id names the group, so group ids are stable whatever the order of linking.
    if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
  }
}
