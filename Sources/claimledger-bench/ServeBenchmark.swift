import Foundation
import LedgerStore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The review app under load: `claimledger serve` (the tool built beside this benchmark, in a
/// process of its own) on a ledger of generated articles, or on `--ledger PATH`, and 16 clients
/// requesting every kind of page over loopback at once. Prints each kind's median, 95th
/// percentile and worst latency, the baseline of a page that reads nothing from the ledger (an
/// unknown path's 404) measured in the same run, and the server's resident memory before and
/// after. Lines start with `serve:`.
enum ServeBenchmark {
  static func run(_ arguments: [String]) async throws {
    guard let tool = toolBeside(label: "serve") else { return }
    var ledgerPath = arguments.firstIndex(of: "--ledger").map { arguments[$0 + 1] }
    let clients = arguments.firstIndex(of: "--clients").flatMap { Int(arguments[$0 + 1]) } ?? 16
    let rounds = arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 20
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimledger-serve-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    if ledgerPath == nil {
      let articles = arguments.compactMap { Int($0) }.first ?? 100_000
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let path = folder.appendingPathComponent("ledger.sqlite").path
      say("serve: building a ledger of \(articles) generated articles")
      let start = Date()
      let ledger = try Ledger.open(path: path)
      try ingestGenerated(articles, into: ledger) { _, _ in }
      say(String(format: "serve: built in %.1f s", Date().timeIntervalSince(start)))
      ledgerPath = path
    }
    let paths = try samplePaths(ledgerPath!)

    // The server, on a free port; its first line says where.
    let output = Pipe()
    let server = Process()
    server.executableURL = tool
    server.arguments = ["serve", "--ledger", ledgerPath!, "--port", "0"]
    server.standardOutput = output
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    var line = Data()
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line += chunk
    }
    let base = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      .replacingOccurrences(of: "listening on ", with: "")
    say("serve: \(base), \(clients) clients, \(rounds) rounds of every page kind each")

    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpMaximumConnectionsPerHost = clients
    let session = URLSession(configuration: configuration)
    // A first pass warms SQLite's cache, as an editor's first minutes would.
    for (_, path) in paths { _ = try? await session.data(from: URL(string: base + path)!) }
    let memoryBefore = residentMegabytes(of: server.processIdentifier)
    var latencies: [String: [Double]] = [:]
    try await withThrowingTaskGroup(of: [(String, Double)].self) { group in
      for client in 0..<clients {
        group.addTask {
          var measured: [(String, Double)] = []
          for round in 0..<rounds {
            // Each client starts at another page, so they do not all ask the same thing at once.
            for step in 0..<paths.count {
              let (kind, path) = paths[(step + client + round) % paths.count]
              let start = DispatchTime.now().uptimeNanoseconds
              let (_, response) = try await session.data(from: URL(string: base + path)!)
              let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
              let status = (response as? HTTPURLResponse)?.statusCode ?? 0
              measured.append((status == (kind == "baseline 404" ? 404 : 200) ? kind : "FAILED \(kind)", elapsed))
            }
          }
          return measured
        }
      }
      for try await measured in group {
        for (kind, milliseconds) in measured { latencies[kind, default: []].append(milliseconds) }
      }
    }
    let memoryAfter = residentMegabytes(of: server.processIdentifier)
    let baseline = percentile(latencies["baseline 404"] ?? [0], 0.95)
    for kind in latencies.keys.sorted() {
      let values = latencies[kind]!
      say(
        String(
          format: "serve: %-14@ %5d requests: median %.1f ms, p95 %.1f ms (%.1f× the baseline's p95), worst %.1f ms",
          kind as NSString, values.count, percentile(values, 0.5), percentile(values, 0.95),
          percentile(values, 0.95) / max(baseline, 0.001), values.max() ?? 0))
    }
    let all = latencies.filter { $0.key != "baseline 404" }.values.flatMap { $0 }
    say(String(format: "serve: every page: p95 %.1f ms over %d requests", percentile(all, 0.95), all.count))
    say(String(format: "serve: server memory %.0f MB before the load, %.0f MB after", memoryBefore, memoryAfter))
  }

  /// A path of every kind of page, taken from the ledger itself.
  private static func samplePaths(_ path: String) throws -> [(String, String)] {
    let ledger = try Ledger.open(path: path, access: .readOnly)
    let pages = try ledger.pages(matching: StatementFilter(), pageSize: 50)
    let total = pages.total
    let statements = try ledger.statements(matching: StatementFilter(), page: 1, of: pages, pageSize: 50)
    let middle = try ledger.statements(
      matching: StatementFilter(), page: pages.starts.count / 2, of: pages, pageSize: 50)
    let grouped = (statements + middle).compactMap(\.group)
    let article = try ledger.latestArticles(limit: 1).first?.id ?? ""
    let versions = try ledger.article(article)?.versions ?? [1]
    let source = try ledger.sources().first?.name ?? ""
    func escape(_ text: String) -> String {
      text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
    var paths: [(String, String)] = [
      ("baseline 404", "/no-such-page"), ("overview", "/"), ("claims", "/claims"),
      ("claims page", "/claims?page=\(max(1, total / 100))"), ("claims status", "/claims?status=single-source"),
      ("sources", "/sources"), ("source", "/sources/" + escape(source)), ("article", "/articles/" + escape(article)),
    ]
    if let first = grouped.first, let last = grouped.last {
      paths += [("claim", "/claims/\(first)"), ("claim", "/claims/\(last)")]
    }
    if versions.count > 1 {
      paths.append(("diff", "/articles/\(escape(article))/diff?from=\(versions[0])&to=\(versions[1])"))
    }
    return paths
  }

  private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
  }

  /// The process's resident memory now, from `/proc`.
  private static func residentMegabytes(of pid: Int32) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return 0 }
    return Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
  }
}
