import LedgerStore

/// Two whole ledgers: articles and versions on one side only, and for each article in both,
/// the statement changes between their latest versions.
public enum LedgerExportDiff {
  /// The changes from ledger `a` to ledger `b` (two exports, or two snapshots of one ledger).
  public static func compare(_ a: LedgerSnapshot, _ b: LedgerSnapshot, title: String) -> DiffResult {
    let old = Dictionary(uniqueKeysWithValues: a.articles.map { ($0.id, $0) })
    let new = Dictionary(uniqueKeysWithValues: b.articles.map { ($0.id, $0) })
    var result = DiffResult(title: title, articles: [])
    result.addedArticles = new.keys.filter { old[$0] == nil }.sorted()
    result.removedArticles = old.keys.filter { new[$0] == nil }.sorted()
    let statusesA = Dictionary(uniqueKeysWithValues: a.groups.map { ($0.id, $0.status) })
    let statusesB = Dictionary(uniqueKeysWithValues: b.groups.map { ($0.id, $0.status) })
    for id in old.keys.filter({ new[$0] != nil }).sorted() {
      let before = old[id]!
      let after = new[id]!
      let numbersA = Set(before.versions.map(\.number))
      let numbersB = Set(after.versions.map(\.number))
      result.addedVersions += numbersB.subtracting(numbersA).sorted().map { "\(id)@\($0)" }
      result.removedVersions += numbersA.subtracting(numbersB).sorted().map { "\(id)@\($0)" }
      guard let lastA = before.versions.last, let lastB = after.versions.last else { continue }
      let changes = StatementDiff.compare(
        old: lastA.statements.map {
          DiffStatement(statement: $0.statement, status: $0.group.flatMap { statusesA[$0] })
        },
        new: lastB.statements.map { DiffStatement(statement: $0.statement, status: $0.group.flatMap { statusesB[$0] }) }
      )
      result.articles.append((id, changes))
    }
    return result
  }
}

/// Two stored versions of articles in one ledger (`claimledger diff ID@1 ID@3`, the review app's
/// diff page): the statement changes between them.
public enum LedgerVersionDiff {
  /// The changes from `a`@`m` to `b`@`n`; an unknown article or version is a
  /// ``LedgerError/Problem/unknownArticle(_:)``.
  public static func compare(_ ledger: Ledger, _ a: String, _ m: Int, _ b: String, _ n: Int) throws(LedgerError)
    -> DiffResult
  {
    for (id, number) in [(a, m), (b, n)] where !(try ledger.versions(of: id).contains(number)) {
      throw LedgerError(path: ledger.path, problem: .unknownArticle("\(id)@\(number)"))
    }
    let old = try ledger.statements(article: a, version: m)
    let new = try ledger.statements(article: b, version: n)
    // Only current statements have a status in the ledger, so `status-changed` shows between
    // ledger exports, not between two stored versions of one article.
    let changes = StatementDiff.compare(old: old.map(side), new: new.map(side))
    return DiffResult(title: "\(a)@\(m) → \(b)@\(n)", articles: [("\(b)", changes)])
  }

  private static func side(_ stored: StoredStatement) -> DiffStatement {
    DiffStatement(statement: stored.statement, status: stored.verdict?.status)
  }
}
