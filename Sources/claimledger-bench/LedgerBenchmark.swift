import ArticleReading
import Attribution
import Foundation
import LedgerStore

/// Ingests generated articles into a fresh ledger at several sizes, through the same library
/// calls as `claimledger ingest` (read, extract, ingest with corroboration), and prints seconds,
/// statements per second, peak memory, and how the time grew from the previous size.
enum LedgerBenchmark {
  static func run(sizes: [Int]) throws {
    let sizes = sizes.isEmpty ? [1_000, 10_000] : sizes
    var previous: (articles: Int, seconds: Double)? = nil
    say("ledger: articles of about 3 KB and 8 statements, a fifth of the claims shared across outlets")
    for size in sizes {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "claimledger-ledger-bench-\(getpid())-\(size)")
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let ledger = try Ledger.open(path: folder.appendingPathComponent("bench.sqlite").path)
      var statements = 0
      var bytes = 0
      let time = try seconds {
        for index in 0..<size {
          let text = SyntheticStory.text(index)
          bytes += text.utf8.count
          let article = Article(source: "story-\(index).txt", format: .plainText, text: text)
          let found = Extractor.statements(in: article)
          statements += found.count
          _ = try ledger.ingest(article, statements: found, id: "story-\(index)")
        }
      }
      let counts = try ledger.claims()
      var growth = ""
      if let previous {
        growth = String(
          format: "  (%.1f× the articles: %.2f× the time)", Double(size) / Double(previous.articles),
          time / previous.seconds)
      }
      say(
        String(
          format: "%7d articles (%.0f MB): %7.1f s  %8.0f statements/s  peak memory %4.0f MB  %d current statements%@",
          size,
          Double(bytes) / 1_048_576, time, Double(statements) / time, peakMemoryMegabytes(), counts.count, growth))
      previous = (size, time)
    }
  }
}

/// Varied synthetic news: many speakers and outlets; a fifth of the claims come from a shared
/// pool that several articles repeat, some of them denied by another speaker.
enum SyntheticStory {
  static let first = [
    "Anna", "Tom", "Elena", "David", "Ingrid", "Peter", "Maria", "James", "Priya", "Marcus", "Joan", "Omar",
  ]
  static let last = [
    "Berg", "Hale", "Ruiz", "Okafor", "Solberg", "Vance", "Pike", "Natarajan", "Lund", "Adeyemi", "Costa", "Ito",
  ]
  static let outlets = [
    "Harbor Courier", "Bay Ledger", "Coastal Wire", "Northern Post", "Valley Times", "Metro Herald",
  ]
  static let topics = ["bridge", "budget", "ferry", "school", "hospital", "port", "tax", "housing", "water", "transit"]
  static let verbs = ["said", "told reporters", "warned", "argued", "noted", "added"]

  static func person(_ n: Int) -> String {
    "\(first[n % first.count]) \(last[(n / first.count) % last.count])\(n / 144 == 0 ? "" : " \(n / 144)")"
  }

  static func claim(_ n: Int) -> String {
    let topic = topics[n % topics.count]
    return "the \(topic) plan number \(n) would cost \(n % 90 + 10) million over \(n % 9 + 2) years"
  }

  static func text(_ index: Int) -> String {
    var paragraphs = ["\(topics[index % topics.count].capitalized) plan \(index) divides the council, officials say"]
    for i in 0..<8 {
      let speaker = person((index * 7 + i * 13) % 5_000)
      let verb = verbs[(index + i) % verbs.count]
      let shared = (index + i) % 5 == 0
      var content = shared ? claim((index / 10 + i) % 2_000) : claim(100_000 + index * 8 + i)
      if shared, (index + i) % 35 == 0 {
        content = content.replacingOccurrences(of: "would cost", with: "would not cost")
      }
      if i % 2 == 0 {
        paragraphs.append("\"I am sure that \(content), and we have checked it twice,\" \(speaker) \(verb).")
      } else {
        paragraphs.append(
          "\(speaker) \(verb) that \(content), according to a report in the \(outlets[(index + i) % outlets.count]).")
      }
      paragraphs.append(
        "The council met on Tuesday evening to discuss the details of the plan, which has been debated for months in committee and in public meetings across the district."
      )
    }
    return paragraphs.joined(separator: "\n\n")
  }
}
