import Foundation
import TestFolders

/// Runs the built `claimledger` as a user would, capturing exit code, stdout and stderr.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CommandRunner {
  static let projectRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The executable next to the test bundle (`swift test` builds it with the tests).
  static var executable: URL {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("claimledger")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory.deleteLastPathComponent()
    }
    return projectRoot.appendingPathComponent(".build/debug/claimledger")
  }

  static func run(
    _ arguments: [String], environment: [String: String] = [:], executable: URL? = nil, directory: URL? = nil
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable ?? Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? projectRoot
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    // Files, not pipes: a large output can never block the child while we wait.
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("claimledger-run-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: scratch.path + ".out", contents: nil)
    FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
    defer {
      try? FileManager.default.removeItem(atPath: scratch.path + ".out")
      try? FileManager.default.removeItem(atPath: scratch.path + ".err")
    }
    process.standardOutput = FileHandle(forWritingAtPath: scratch.path + ".out")
    process.standardError = FileHandle(forWritingAtPath: scratch.path + ".err")
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let out = FileManager.default.contents(atPath: scratch.path + ".out") ?? Data()
    let err = FileManager.default.contents(atPath: scratch.path + ".err") ?? Data()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Starts the tool in the background, its output discarded, for tests that race or kill it.
  static func launch(_ arguments: [String], errors: String? = nil) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    if let errors {
      FileManager.default.createFile(atPath: errors, contents: nil)
      process.standardError = FileHandle(forWritingAtPath: errors)
    } else {
      process.standardError = FileHandle.nullDevice
    }
    try process.run()
    return process
  }

  static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
    let directory = TestFolders.make("claimledger-cli")
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}
