import Foundation

#if !FUZZING
  /// Replays inputs through a fuzz target without libFuzzer: `claimledger-fuzz TARGET FILE...`.
  @main
  struct Replay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let target = arguments.first else {
        FileHandle.standardError.write(Data("usage: claimledger-fuzz html|text|import|diff|roundtrip FILE...\n".utf8))
        exit(64)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        exercise(target, [UInt8](data))
      }
    }
  }
#endif
