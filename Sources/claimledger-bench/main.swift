import ArticleReading
import Attribution
import Foundation

// claimledger-bench: extraction speed (default), or with `ledger [SIZES...]` ingest and
// corroboration at scale (see LedgerBenchmark.swift), or with `roundtrip [ARTICLES]` export and
// import of a ledger of generated articles (RoundTripBenchmark.swift), or with `serve
// [ARTICLES] [--ledger PATH]` the review app under 16 clients (ServeBenchmark.swift), or with
// `report [ARTICLES] [--ledger PATH]` the HTML report beside an export (ReportBenchmark.swift). This file's part:
// extraction speed and memory on a large corpus of real article texts, next
// to `wc -w` on the same files in the same run, so that a reader can tell the machine's noise
// from a change. Also the worst cases: pathological inputs beside a normal article of the same
// size. Run it in release: `swift run -c release claimledger-bench [MEGABYTES]`.

/// Line-buffered output, so that progress shows through a pipe.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// The `claimledger` built beside this benchmark, or nil after saying, under `label`, that the
/// benchmark is skipped: the benchmarks that time the tool run it as an editor would.
func toolBeside(label: String) -> URL? {
  let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("claimledger")
  guard FileManager.default.isExecutableFile(atPath: tool.path) else {
    say("\(label): skipped, no claimledger beside this benchmark (swift build -c release builds both)")
    return nil
  }
  return tool
}
if CommandLine.arguments.dropFirst().first == "ledger" {
  try LedgerBenchmark.run(sizes: CommandLine.arguments.dropFirst(2).compactMap { Int($0) })
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "roundtrip-build", CommandLine.arguments.count == 4,
  let articles = Int(CommandLine.arguments[2])
{
  try RoundTripBenchmark.build(articles: articles, at: CommandLine.arguments[3])
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "serve" {
  try await ServeBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "report" {
  try ReportBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "roundtrip" {
  try RoundTripBenchmark.run(articles: CommandLine.arguments.dropFirst(2).compactMap { Int($0) }.first ?? 100_000)
  exit(0)
}

let targetMegabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 50

func peakMemoryMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Article texts as files: PolNeAR's real articles read in place from ../shared when present,
/// else generated ones.
func writeCorpus(to directory: URL) throws -> [URL] {
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  var texts: [String] = []
  let shared = URL(fileURLWithPath: "../shared/polnear/train-dev.jsonl")
  if let data = try? Data(contentsOf: shared) {
    for line in data.split(separator: UInt8(ascii: "\n")) {
      if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let text = object["text"] as? String
      {
        texts.append(text)
      }
    }
    say("corpus: \(texts.count) real articles from \(shared.path)")
  } else {
    texts = (0..<900).map(GeneratedArticle.text)
    say("corpus: \(texts.count) generated articles (../shared is absent)")
  }
  return try texts.enumerated().map { index, text in
    let url = directory.appendingPathComponent("article-\(index).txt")
    try Data(text.utf8).write(to: url)
    return url
  }
}

/// A plausible news article with quotes, reported speech and sources, different for each seed.
enum GeneratedArticle {
  static let names = ["Elena Ruiz", "David Okafor", "Ingrid Solberg", "Peter Vance", "Anna Berg", "Tom Hale"]
  static let cues = ["said", "told reporters", "warned", "added", "argued", "noted"]

  static func text(_ seed: Int) -> String {
    var paragraphs = ["Council weighs plan number \(seed), officials say"]
    for i in 0..<12 {
      let name = names[(seed + i) % names.count]
      let cue = cues[(seed * 7 + i) % cues.count]
      paragraphs.append(
        "\"We will look at item \(i) of plan \(seed) closely, and we expect a decision by spring,\" \(name) \(cue). \"Nothing is settled yet.\""
      )
      paragraphs.append(
        "\(name.split(separator: " ").last!) \(cue) that the budget for phase \(i) had grown by \(seed % 17 + i) percent, according to documents seen by the Courier."
      )
    }
    return paragraphs.joined(separator: "\n\n")
  }
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("claimledger-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }
let files = try writeCorpus(to: scratch)
let corpusBytes = try files.reduce(0) {
  $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as! Int)
}
let passes = max(1, Int((targetMegabytes * 1_048_576 / Double(corpusBytes)).rounded(.up)))
let totalMegabytes = Double(corpusBytes * passes) / 1_048_576
say(
  String(
    format: "input: %.1f MB (%d passes over %.1f MB in %d files), one core", totalMegabytes, passes,
    Double(corpusBytes) / 1_048_576, files.count))

// Each pass is timed on its own: on a shared machine the median pass is the steadier figure.
func medianPass(_ passTimes: [Double]) -> Double { passTimes.sorted()[passTimes.count / 2] }
let passMegabytes = Double(corpusBytes) / 1_048_576

// Baseline: wc -w over the same files, the same number of passes.
let wcPasses = try (0..<passes).map { _ in
  try seconds {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sh", "-c", "cat \"$0\"/*.txt | wc -w > /dev/null", scratch.path]
    try process.run()
    process.waitUntilExit()
  }
}

var statements = 0
let memoryBefore = peakMemoryMegabytes()
let extractPasses = try (0..<passes).map { _ in
  try seconds {
    for file in files {
      let article = try ArticleReader.read(path: file.path)
      statements += Extractor.statements(in: article).count
    }
  }
}
let wcTime = wcPasses.reduce(0, +)
let extractTime = extractPasses.reduce(0, +)
say(
  String(
    format: "wc -w:   %7.2f s  %8.1f MB/s  (median pass %.1f MB/s)", wcTime, totalMegabytes / wcTime,
    passMegabytes / medianPass(wcPasses)))
say(
  String(
    format: "extract: %7.2f s  %8.1f MB/s  (median pass %.1f MB/s)  %9.0f statements/s  (%.1f× the time of wc -w)",
    extractTime, totalMegabytes / extractTime, passMegabytes / medianPass(extractPasses),
    Double(statements) / extractTime, extractTime / wcTime))
say(String(format: "peak memory: %.0f MB (%.0f MB before extracting)", peakMemoryMegabytes(), memoryBefore))

// Worst cases, each beside a normal article text of the same size.
func timeExtraction(_ text: String) -> Double {
  let article = Article(source: "bench", format: .plainText, text: text, furniture: [])
  return seconds { _ = Extractor.statements(in: article) }
}
// Each worst case at 1 MB and 2 MB: linear cost doubles, quadratic quadruples.
let cases: [(String, (Int) -> String)] =
  CommandLine.arguments.contains("--no-worst")
  ? []
  : [
    ("quotation marks only", { String(repeating: "\" ", count: $0 / 2) }),
    ("no full stop", { String(repeating: "and the council said that ", count: $0 / 26) }),
    ("one line of split quotes", { String(repeating: "\"Yes,\" he said, ", count: $0 / 16) }),
  ]
let normalText = (0..<900).map(GeneratedArticle.text).joined(separator: "\n\n")
say("worst cases at 1 MB (time; a normal text of the same size; ratio) and 2 MB (time; growth):")
for (name, make) in cases {
  let odd = timeExtraction(make(1_048_576))
  let baseline = timeExtraction(String(normalText.prefix(1_048_576)))
  let doubled = timeExtraction(make(2_097_152))
  let label = name.padding(toLength: 26, withPad: " ", startingAt: 0)
  say(
    "  " + label
      + String(
        format: " %7.3f s  %7.3f s  %5.1f×   %7.3f s  %4.1f×", odd, baseline, odd / baseline, doubled, doubled / odd))
}
