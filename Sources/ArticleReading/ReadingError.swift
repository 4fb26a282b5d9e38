/// Why a file could not be read as an article. Each case says what is wrong in words a person
/// can act on; ``description`` names the file.
public struct ReadingError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Problem: Error, Sendable, Equatable {
    case missing
    case isDirectory
    case unreadable(String)
    case empty
    case binary(String)
    case notUTF8(offset: Int)
    case undecodable(encoding: String)
  }

  public var file: String
  public var problem: Problem

  public init(file: String, problem: Problem) {
    self.file = file
    self.problem = problem
  }

  public var description: String { "\(file): \(explanation)" }

  public var explanation: String {
    switch problem {
    case .missing: "no such file"
    case .isDirectory: "is a directory, not an article file"
    case .unreadable(let reason): "cannot be read (\(reason))"
    case .empty: "empty file, no article text"
    case .binary(let kind): "not text (\(kind))"
    case .notUTF8(let offset): "not UTF-8 text (invalid byte at offset \(offset))"
    case .undecodable(let encoding): "cannot be decoded as its declared charset \(encoding)"
    }
  }
}
