/// Why the ledger could not be used or changed. Each case names the file and says what to do.
public struct LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Problem: Sendable, Equatable {
    /// Not a ClaimLedger database (another SQLite file, or not SQLite at all).
    case notALedger(String)
    /// Written by a newer ClaimLedger: this one does not know its schema.
    case newer
    /// The file or its folder cannot be written.
    case unwritable(String)
    /// No ledger at this path yet.
    case missing
    /// An import was refused before anything was written.
    case importRefused(String)
    /// No such article (or version) in the ledger.
    case unknownArticle(String)
    /// No such claim, statement, source or review entry (what it was, and where to look).
    case unknownTarget(String, hint: String)
    /// A correction that cannot be made as asked, and why.
    case reviewRefused(String)
    /// SQLite failed in a way none of the above covers.
    case database(String)
  }

  public var path: String
  public var problem: Problem

  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// Refusals of the ledger itself (exit code 3) as opposed to bad input data (exit code 2).
  public var isRefusal: Bool {
    switch problem {
    case .notALedger, .newer, .unwritable, .missing, .database: true
    case .importRefused, .unknownArticle, .unknownTarget, .reviewRefused: false
    }
  }

  public var description: String {
    switch problem {
    case .notALedger(let detail):
      "\(path): not a ClaimLedger ledger (\(detail)); left untouched — point --ledger at a ledger or a new file"
    case .newer: "\(path): written by a newer ClaimLedger; left untouched — upgrade claimledger to use it"
    case .unwritable(let reason): "\(path): ledger cannot be written (\(reason))"
    case .missing: "\(path): no ledger here yet — run `claimledger ingest FILE...` first"
    case .importRefused(let reason): "\(path): import refused, nothing imported (\(reason))"
    case .unknownArticle(let id): "\(path): no article \(id) in the ledger"
    case .unknownTarget(let what, let hint): "\(path): no \(what) in the ledger (\(hint))"
    case .reviewRefused(let reason): "\(path): correction refused, nothing changed (\(reason))"
    case .database(let message): "\(path): ledger error (\(message))"
    }
  }
}
