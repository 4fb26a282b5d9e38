import ArgumentParser
import Foundation
import LedgerStore
import ReviewApp

struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the ledger to editors in the browser: browse, check, correct and sign off claims.",
    discussion: """
      Pages: / (statements per status, what to act on first, the latest articles), /claims \
      (filter by status, review state, speaker, outlet, article or words; 50 a page), \
      /claims/GROUP (the claim's statements in their articles' words, why each is linked, the \
      review history and the forms that correct it), /articles/ID (the text with its \
      statements highlighted, its versions, and /articles/ID/diff?from=N&to=M), /sources and \
      /sources/NAME. Every request reads the ledger as it is now, so another process's ingest \
      or `claimledger review` shows at once. Corrections made here are the same as \
      `claimledger review`'s, logged with the name the editor types in the form.

      Binds to 127.0.0.1 unless told otherwise: the app has no accounts, so keep it on a trusted \
      machine or network. Once the port is bound it prints one line, `listening on \
      http://HOST:PORT`, and nothing else on standard output; --port 0 takes a free port. A port \
      in use is one error line and exit 2. Stops cleanly on Ctrl-C or SIGTERM (exit 0).

      EXAMPLES:
        claimledger serve
        claimledger serve --ledger desk.sqlite --port 8800
      """)

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port).")
  var port = 8080

  func validate() throws {
    guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
  }

  func run() throws {
    // A missing ledger is a mistake here, not a new ledger to make: serving an empty one would
    // hide a wrong path.
    let store = try ledger.openExisting()
    try store.prepareForBrowsing()
    let server = ReviewServer(site: ReviewSite(ledger: store), host: host, port: port)
    let outcome = ServeOutcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        try await server.run { address in
          outcome.listening = true
          Output.write("listening on \(address)\n")
        }
      } catch {
        outcome.error = error
      }
      done.signal()
    }
    done.wait()
    guard let error = outcome.error else { return }
    let reason = "\(error)"
    if !outcome.listening {
      let why =
        reason.contains("Address already in use") ? "the port is already in use — choose another with --port" : reason
      throw Failure(message: "\(host):\(port): cannot listen (\(why))", exitCode: Failure.badInput)
    }
    throw Failure(message: "serve stopped: \(reason)", exitCode: Failure.badInput)
  }
}

/// What the server task reports to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private var _listening = false
  private var _error: (any Error)?

  var listening: Bool {
    get { lock.withLock { _listening } }
    set { lock.withLock { _listening = newValue } }
  }

  var error: (any Error)? {
    get { lock.withLock { _error } }
    set { lock.withLock { _error = newValue } }
  }
}
