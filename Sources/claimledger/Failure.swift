import ArgumentParser
import ArticleReading
import Evaluation
import Foundation
import LedgerStore

/// The one place where errors become what a person reads and the exit code a script sees.
struct Failure: Error {
  var message: String
  var exitCode: Int32

  static let badInput: Int32 = 2
  static let ledgerRefused: Int32 = 3

  init(message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// Maps a library error to its message and exit code; `nil` for errors argument-parser
  /// handles itself (usage errors, help, `ExitCode`).
  init?(_ error: any Error) {
    switch error {
    case let error as ReadingError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as GoldError: self.init(message: error.description, exitCode: Self.badInput)
    case let error as LedgerError:
      self.init(message: error.description, exitCode: error.isRefusal ? Self.ledgerRefused : Self.badInput)
    default: return nil
    }
  }

  /// Why a file operation failed, in the system's words (`Not a directory`), not Foundation's
  /// (`NSCocoaErrorDomain error 512`).
  static func reason(_ error: any Error) -> String {
    if let failure = error as? Failure { return failure.message }
    let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError ?? (error as NSError)
    if posix.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(posix.code)))
    }
    return error.localizedDescription
  }

  /// `PATH: cannot be written (REASON)`, exit 2: every output that fails says so alike.
  static func cannotWrite(_ path: String, _ error: any Error) -> Failure {
    Failure(message: "\(path): cannot be written (\(reason(error)))", exitCode: badInput)
  }

  /// The error the last system call left in `errno`.
  static var systemError: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

  /// Prints `claimledger: MESSAGE` on standard error and exits with the code.
  func report() -> Never {
    Failure.printError(message)
    Foundation.exit(exitCode)
  }

  /// One line on standard error, for a failure inside a batch that goes on.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("claimledger: \(message)\n".utf8))
  }
}

/// Writes command output to standard output, in one place so that every subcommand pipes the
/// same way.
enum Output {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func write(bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
