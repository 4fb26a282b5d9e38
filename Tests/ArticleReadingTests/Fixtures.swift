import Foundation
import TestFolders

/// Paths the tests read: the project's own examples, and the shared data beside the project,
/// which a user's clone does not have.
enum Fixtures {
  static let projectRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func example(_ name: String) -> String {
    projectRoot.appendingPathComponent("Examples/\(name)").path
  }

  static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static var sharedIsPresent: Bool { FileManager.default.fileExists(atPath: shared.path) }

  static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
    let directory = TestFolders.make("claimledger-tests")
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}
