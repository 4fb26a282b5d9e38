import ArticleReading
import Attribution
import Foundation
import LedgerStore
import ReadAhead

/// Ingests generated articles into a fresh ledger at several sizes, through the same library
/// calls as `claimledger ingest` (read, extract, ingest with corroboration), and prints seconds,
/// statements per second, peak memory, and how the time grew from the previous size. The
/// baseline, measured in the same run, is extracting articles without a ledger on one core: on
/// a shared machine the ratio to it says more than the seconds.
enum LedgerBenchmark {
  static func run(sizes: [Int]) throws {
    let sizes = sizes.isEmpty ? [1_000, 10_000] : sizes
    var previous: (articles: Int, seconds: Double)? = nil
    say("ledger: generated articles of about 3 KB with 8 claims each, a fifth of the claims shared across outlets")
    let sample = 2_000
    let perArticle =
      seconds {
        for index in 0..<sample {
          let article = Article(source: "story.txt", format: .plainText, text: SyntheticStory.text(index))
          _ = Extractor.statements(in: article)
        }
      } / Double(sample)
    say(String(format: "baseline: %.2f ms to make and extract one article, one core, no ledger", perArticle * 1000))
    for size in sizes {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "claimledger-ledger-bench-\(getpid())-\(size)")
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let ledger = try Ledger.open(path: folder.appendingPathComponent("bench.sqlite").path)
      var statements = 0
      var bytes = 0
      // Time inside the write transactions: against the total, it tells whether the writer or
      // the extraction bounds the run.
      var writing = 0.0
      // As `claimledger ingest` does: the next articles extracted on the other core while the
      // current one is stored.
      let time = try seconds {
        try ingestGenerated(size, into: ledger) { article, seconds in
          bytes += article.article.text.utf8.count
          statements += article.statements.count
          writing += seconds
        }
      }
      let memory = peakMemoryMegabytes()
      // A new process's first ingest reads every current claim's terms into its index.
      let extra = Article(source: "extra.txt", format: .plainText, text: SyntheticStory.text(size))
      let extraStatements = Extractor.statements(in: extra)
      let reopened = try Ledger.open(path: folder.appendingPathComponent("bench.sqlite").path)
      let firstWrite = try seconds { _ = try reopened.ingest(extra, statements: extraStatements, id: "extra") }
      let corroborated = try ledger.claims(status: .corroborated).count
      let contested = try ledger.claims(status: .contested).count
      var growth = ""
      if let previous {
        growth = String(
          format: "  (%.1f× the articles: %.2f× the time)", Double(size) / Double(previous.articles),
          time / previous.seconds)
      }
      say(
        String(
          format: "%7d articles (%.0f MB): %7.1f s (%.1f× the baseline's %.1f s)  %8.0f statements/s  "
            + "peak memory %4.0f MB%@",
          size, Double(bytes) / 1_048_576, time, time / (perArticle * Double(size)), perArticle * Double(size),
          Double(statements) / time, memory, growth))
      say(
        String(
          format:
            "          %d statements, %d corroborated, %d contested; writing %.1f s of it; a new process's first ingest %.2f s",
          statements, corroborated, contested, writing, firstWrite))
      previous = (size, time)
    }
  }
}

/// Ingests `count` generated articles (`story-0` …) into `ledger` as `claimledger ingest` does,
/// the next ones read and extracted on the other core while the current one is stored; `each`
/// gets every article with the seconds its write took.
func ingestGenerated(_ count: Int, into ledger: Ledger, each: (PreparedArticle, Double) -> Void) throws {
  let prepared = ReadAhead(count: count) { index in
    let article = Article(source: "story-\(index).txt", format: .plainText, text: SyntheticStory.text(index))
    return PreparedArticle(article, statements: Extractor.statements(in: article))
  }
  for (index, article) in prepared.enumerated() {
    let time = try seconds {
      _ = try ledger.ingest(article, id: "story-\(index)", ingestedAt: Date(timeIntervalSince1970: 0))
    }
    each(article, time)
  }
}

/// Varied synthetic news: many speakers and outlets; each claim drawn from pools of real words,
/// so that two unrelated claims share few words (as real ones do); a fifth of the claims come
/// from a shared pool that several articles repeat, some of them denied by another speaker.
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
  static let subjects = [
    "bridge", "budget", "ferry", "school", "hospital", "port", "tax", "housing", "water", "transit", "library",
    "airport", "clinic", "stadium", "highway", "tunnel", "reservoir", "prison", "museum", "railway", "pension",
    "harbor", "council", "police", "university", "pipeline", "grid", "landfill", "market", "courthouse",
  ]
  /// 2,000 place names (`Ashford`, `Millbrook`): a claim's place is what sets it apart, as a
  /// name or number does in real claims.
  static let places: [String] = {
    let heads = [
      "Ash", "Birch", "Cedar", "Dun", "Elm", "Fair", "Glen", "Hollow", "Iron", "Juniper", "King", "Lake", "Mill",
      "North", "Oak", "Pine", "Quarry", "River", "Stone", "Thorn", "Upper", "Vale", "West", "York", "Bright", "Clay",
      "Deer", "East", "Fox", "Gold", "Hazel", "Ivy", "Kestrel", "Lark", "Marsh", "Nettle", "Otter", "Pebble", "Red",
      "Salt", "Tall", "Willow", "Amber", "Bramble", "Copper", "Drift", "Ember", "Fern", "Granite", "Heron",
    ]
    let tails = [
      "ford", "brook", "field", "haven", "ton", "wood", "ridge", "dale", "port", "mouth", "bury", "ham", "well",
      "stead", "mere", "cliff", "gate", "marsh", "worth", "holm", "by", "wick", "combe", "shaw", "hurst", "moor",
      "bridge", "cote", "ley", "thorpe", "minster", "side", "crest", "hollow", "point", "burn", "water", "vale",
      "fold", "land",
    ]
    return heads.flatMap { head in tails.map { head + $0 } }
  }()
  static let actions = [
    "close", "reopen", "expand", "privatise", "rebuild", "relocate", "audit", "merge", "sell", "renovate",
    "double", "halve", "suspend", "replace", "insure", "automate", "electrify", "extend", "shrink", "modernise",
  ]
  static let objects = [
    "its north wing", "the night service", "two terminals", "the old depot", "its pension fund", "the west pier",
    "three branches", "the ticket office", "its bond debt", "the cargo yard", "the main entrance", "its board",
    "the summer schedule", "four clinics", "the parking garage", "its archive", "the freight line", "two wards",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  ]
  static let reasons = [
    "after the spring floods", "because ridership fell", "to meet the new safety code", "under a federal grant",
    "despite protests from residents", "as the union demanded", "after an audit found waste", "to cut energy bills",
    "because the lease expires", "after two years of delays", "to attract young families",
    "under pressure from lenders",
    "as tourism recovers", "after the fire last winter", "because inspectors found cracks", "to settle a lawsuit",
  ]
  static let verbs = ["said", "told reporters", "warned", "argued", "noted", "added"]

  /// Speaker `n` (the articles take 5,000; the pool names 24,000 apart), each a name a reader
  /// takes for a person's: a first name and a surname (the 12 surnames, then the 2,000 place
  /// names as surnames: `Priya Millbrook`). A
  /// number after the name (`Priya Adeyemi 29`, as this pool once made the 5,000 speakers
  /// unique) is no name: the registry made every such speaker the anonymous `29`, and the
  /// generated ledgers' claims nearly all `unattributed`.
  static func person(_ n: Int) -> String {
    let surnames = last.count + places.count
    let surname = (n / first.count) % surnames
    return "\(first[n % first.count]) \(surname < last.count ? last[surname] : places[surname - last.count])"
  }

  /// A claim from the pools: `n` picks every part, so different claims rarely share more than
  /// one or two words.
  static func claim(_ n: Int, denied: Bool = false) -> String {
    // Each part hashed on its own (SplitMix64), so that parts do not repeat together.
    func pick<T>(_ pool: [T], _ salt: Int) -> T {
      var z = UInt64(truncatingIfNeeded: n &* 31 &+ salt) &+ 0x9E37_79B9_7F4A_7C15
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      return pool[Int(z % UInt64(pool.count))]
    }
    let subject = pick(subjects, 1)
    let place = pick(places, 2)
    let action = pick(actions, 3)
    let object = pick(objects, 4)
    let month = pick(months, 5)
    let cost = 10 + Int(pick(Array(0..<990), 6))
    let reason = pick(reasons, 7)
    return
      "the \(subject) in \(place) will \(denied ? "not " : "")\(action) \(object) by \(month) at a cost of \(cost) million dollars \(reason)"
  }

  static func text(_ index: Int) -> String {
    var paragraphs = [
      "\(subjects[index % subjects.count].capitalized) plan \(index) divides the council, officials say"
    ]
    for i in 0..<8 {
      let speaker = person((index * 7 + i * 13) % 5_000)
      let verb = verbs[(index + i) % verbs.count]
      let shared = (index + i) % 5 == 0
      let content =
        shared
        ? claim((index / 10 + i) % 2_000, denied: (index + i) % 35 == 0)
        : claim(100_000 + index * 8 + i)
      if i % 2 == 0 {
        paragraphs.append("\"\(content.prefix(1).uppercased() + content.dropFirst()),\" \(speaker) \(verb).")
      } else {
        paragraphs.append(
          "\(speaker) \(verb) that \(content), according to a report in the \(outlets[(index + i) % outlets.count]).")
      }
      paragraphs.append(
        "The council met on \(months[(index + i) % months.count]) \(i + 3) to discuss the details, which have been debated for months in committee and in public meetings across \(places[(index * 3 + i) % places.count])."
      )
    }
    return paragraphs.joined(separator: "\n\n")
  }
}
