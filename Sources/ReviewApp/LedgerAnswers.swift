import Foundation
import LedgerStore

/// Answers that read the whole ledger (counts per status, what to act on first, the latest
/// articles, the sources, how many statements a filter passes), kept while the ledger is
/// unchanged: each is computed again by the first request after any process commits
/// (``Ledger/changeStamp()``), so a page never shows less than the last commit. Pages of
/// statements and claims are read afresh for every request; only these aggregates, which cost
/// a scan of every statement, are shared between requests.
final class LedgerAnswers: @unchecked Sendable {
  private let lock = NSLock()
  private var stamp: [Int] = []
  private var answers: [String: any Sendable] = [:]

  func answer<T: Sendable>(_ key: String, stamp now: [Int], compute: () throws -> T) rethrows -> T {
    let known: T? = lock.withLock {
      if stamp != now {
        stamp = now
        answers = [:]
      }
      return answers[key] as? T
    }
    if let known { return known }
    let value = try compute()
    lock.withLock { if stamp == now { answers[key] = value } }
    return value
  }
}
