import Foundation

/// Scratch folders for tests, all removed when the test process exits, so that a test run
/// leaves nothing behind in the temporary directory (a failing test included).
public enum TestFolders {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var made: [URL] = []
  nonisolated(unsafe) private static var registered = false

  /// A new empty folder named `prefix-UUID` in the temporary directory.
  public static func make(_ prefix: String) -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    lock.lock()
    defer { lock.unlock() }
    made.append(folder)
    if !registered {
      registered = true
      atexit { TestFolders.removeAll() }
    }
    return folder
  }

  private static func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    for folder in made { try? FileManager.default.removeItem(at: folder) }
  }
}
