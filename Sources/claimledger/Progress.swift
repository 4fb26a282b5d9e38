import Foundation

/// A progress line on standard error, shown only when standard error is a terminal, so that
/// pipes and logs stay clean.
struct Progress {
  let total: Int
  let label: String
  private let enabled = isatty(STDERR_FILENO) == 1

  init(total: Int, label: String) {
    self.total = total
    self.label = label
  }

  func update(_ done: Int) {
    guard enabled, total >= 20, done % max(1, total / 100) == 0 || done == total else { return }
    FileHandle.standardError.write(Data("\r\(done)/\(total) \(label)".utf8))
  }

  func finish() {
    guard enabled, total >= 20 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
