import ArticleReading
import Attribution
import Foundation
import LedgerStore
import Reporting

// Fuzz targets for libFuzzer, one binary, the target chosen by FUZZ_TARGET:
//   html   — HTML article reading and extraction      text — plain-text reading and extraction
//   import — ledger-export parsing (strict XML, XSD)  diff   — the statement diff of two halves
//   roundtrip — any bytes as an article (text or HTML, told by its content), extracted, ingested
//            into a scratch ledger, exported, imported into another, exported again: the two
//            exports must be byte-identical, and the first must import at all
// Built by Scripts/fuzz.sh with -sanitize=fuzzer,address and -D FUZZING. Built normally, the
// same binary replays inputs: `claimledger-fuzz TARGET FILE...` (regression inputs in
// Tests/FuzzCorpus), so a crash found once stays tested.

func exercise(_ target: String, _ bytes: [UInt8]) {
  switch target {
  case "html":
    let article = ArticleReader.htmlArticle(String(decoding: bytes, as: UTF8.self), source: "fuzz.html")
    _ = Extractor.statements(in: article)
  case "text":
    if let article = try? ArticleReader.article(from: bytes, source: "fuzz.txt") {
      _ = Extractor.statements(in: article)
    }
  case "import":
    _ = try? LedgerXML.parse(bytes)
  case "roundtrip":
    RoundTrip.check(bytes)
  case "diff":
    let text = String(decoding: bytes, as: UTF8.self)
    let half = text.index(text.startIndex, offsetBy: text.count / 2)
    let sides = [String(text[..<half]), String(text[half...])].map { side in
      Extractor.statements(in: Article(source: "fuzz", format: .plainText, text: side)).map {
        DiffStatement(statement: $0)
      }
    }
    _ = StatementDiff.compare(old: sides[0], new: sides[1])
  default:
    break
  }
}

#if FUZZING
  let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "text"

  /// libFuzzer's entry for a program that keeps its own `main` (SwiftPM names an executable's
  /// entry point after its module, so libFuzzer's `main` cannot be used directly).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  @_cdecl("claimledger_fuzz_main")
  public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments) { data, size in fuzzOne(data, size) }
  }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(fuzzTarget, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
#endif

/// The `roundtrip` target: an export that cannot be restored is data loss found on the worst day.
enum RoundTrip {
  static func check(_ bytes: [UInt8]) {
    // No extension: the content decides between plain text and HTML.
    guard let article = try? ArticleReader.article(from: bytes, source: "fuzz") else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimledger-fuzz-\(getpid())-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      let ledger = try Ledger.open(path: folder.appendingPathComponent("first.sqlite").path)
      _ = try ledger.ingest(
        article, statements: Extractor.statements(in: article), id: "fuzz", outlet: "Fuzz Wire",
        ingestedAt: Date(timeIntervalSince1970: 0))
      let first = LedgerXML.export(try ledger.snapshot(), generator: "claimledger-fuzz")
      let snapshot: LedgerSnapshot
      do {
        snapshot = try LedgerXML.parse(Array(first.utf8))
      } catch {
        fatalError("the export of an ingested article does not import: \(error.reason)")
      }
      let copy = try Ledger.open(path: folder.appendingPathComponent("second.sqlite").path)
      try copy.restore(snapshot)
      let second = LedgerXML.export(try copy.snapshot(), generator: "claimledger-fuzz")
      precondition(first == second, "export, import, export is not byte-identical")
    } catch {
      fatalError("the scratch ledger failed: \(error)")
    }
  }
}
