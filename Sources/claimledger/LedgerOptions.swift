import ArgumentParser
import Foundation
import LedgerStore

/// `--ledger PATH`, which beats `CLAIMLEDGER_LEDGER`, which beats `Ledger/ledger.sqlite` under
/// the current directory: shared by every subcommand that keeps a ledger.
struct LedgerOptions: ParsableArguments {
  @Option(
    name: .customLong("ledger"),
    help: ArgumentHelp(
      "The ledger file (default: $CLAIMLEDGER_LEDGER, else Ledger/ledger.sqlite).", valueName: "path"))
  var explicitPath: String?

  var path: String {
    explicitPath ?? ProcessInfo.processInfo.environment["CLAIMLEDGER_LEDGER"] ?? "Ledger/ledger.sqlite"
  }

  func open(_ access: Ledger.Access = .readWrite) throws -> Ledger {
    try Ledger.open(path: path, access: access)
  }

  /// The ledger to change, which must exist already: a correction or a server on a mistyped path
  /// must not leave a new empty ledger behind (exit 3, as for commands that only read).
  func openExisting() throws -> Ledger {
    guard FileManager.default.fileExists(atPath: path) else { throw LedgerError(path: path, problem: .missing) }
    return try open()
  }
}

/// When statements were ingested: now, or `SOURCE_DATE_EPOCH` (seconds) when set, the
/// reproducible-builds convention, so that a ledger built twice exports the same bytes.
enum IngestClock {
  static var now: Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
      return Date(timeIntervalSince1970: epoch)
    }
    return Date()
  }
}

/// Files named on the command line, with folders expanded to the article files inside them
/// (`.txt`, `.html`, `.htm`), sorted, so that a batch runs in a predictable order.
enum ArticleFiles {
  static func expand(_ arguments: [String]) -> [String] {
    var files: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue,
        let names = try? FileManager.default.contentsOfDirectory(atPath: argument)
      else {
        files.append(argument)
        continue
      }
      let articles = names.filter { name in
        let lower = name.lowercased()
        return !name.hasPrefix(".") && (lower.hasSuffix(".txt") || lower.hasSuffix(".html") || lower.hasSuffix(".htm"))
      }
      files += articles.sorted().map { (argument as NSString).appendingPathComponent($0) }
    }
    return files
  }
}
