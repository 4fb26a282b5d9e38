import ArgumentParser
import ArticleReading
import Attribution
import Corroboration
import Foundation
import LedgerStore
import Reporting

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed in who-said-what between two versions of an article.",
    discussion: """
      Compares statements, not characters: each change is reported once, with its kind — \
      added, removed, reworded (with the words that changed; a changed quote is flagged \
      quote_altered), reattributed (weakened when a named source became anonymous or vague, \
      strengthened the other way), outlet-changed, status-changed (ledger only). Cosmetic edits \
      (white space, line wrapping, quote marks, dashes, typos outside statements) change nothing.

      ARGUMENTS: two files (articles, or two ledger exports to compare whole ledgers); one \
      article id (its last two stored versions); or ID@N ID@M (any two stored versions).

      EXIT STATUS like diff(1): 0 no differences, 1 differences, 2 trouble.

      EXAMPLES:
        claimledger diff Examples/harbor-bridge-wire-v1.txt Examples/harbor-bridge-wire-v2.txt
        claimledger diff harbor-bridge-wire
        claimledger diff --format jsonl harbor-bridge-wire@1 harbor-bridge-wire@2
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, html, xml }

  @OptionGroup var ledger: LedgerOptions

  @Option(help: "text, jsonl, html or xml.")
  var format: Format = .text

  @Argument(help: "OLD NEW (files or ID@N), or one article id.")
  var sides: [String]

  func run() throws {
    let diff: DiffResult
    switch sides.count {
    case 1:
      let store = try ledger.open(.readOnly)
      let versions = try store.versions(of: sides[0])
      guard versions.count >= 2 else {
        throw Failure(
          message: "\(sides[0]): \(versions.isEmpty ? "no such article in the ledger" : "only one version stored")",
          exitCode: Failure.badInput)
      }
      diff = try LedgerVersionDiff.compare(store, sides[0], versions[versions.count - 2], sides[0], versions.last!)
    case 2:
      let (old, new) = (sides[0], sides[1])
      if FileManager.default.fileExists(atPath: old), FileManager.default.fileExists(atPath: new) {
        diff = try fileDiff(old, new)
      } else {
        let store = try ledger.open(.readOnly)
        let (a, m) = try parse(old)
        let (b, n) = try parse(new)
        diff = try LedgerVersionDiff.compare(store, a, m, b, n)
      }
    default:
      throw ValidationError("give two files, two ID@N, or one article id")
    }
    switch format {
    case .text: Output.write(DiffText.render(diff))
    case .jsonl:
      for change in diff.changes { Output.write(DiffText.json(change).serialized() + "\n") }
    case .html: Output.write(DiffDocument.html(diff))
    case .xml: Output.write(DiffDocument.xml(diff))
    }
    if !diff.isEmpty { throw ExitCode(1) }
  }

  private func parse(_ side: String) throws -> (String, Int) {
    guard let at = side.lastIndex(of: "@"), let number = Int(side[side.index(after: at)...]) else {
      throw Failure(message: "\(side): no such file, and not ID@VERSION", exitCode: Failure.badInput)
    }
    return (String(side[..<at]), number)
  }

  private func fileDiff(_ old: String, _ new: String) throws -> DiffResult {
    if let a = try LedgerExportFile.read(old), let b = try LedgerExportFile.read(new) {
      return LedgerExportDiff.compare(a, b, title: "\(old) → \(new)")
    }
    let a = try ArticleReader.read(path: old)
    let b = try ArticleReader.read(path: new)
    let changes = StatementDiff.compare(
      old: Extractor.statements(in: a).map { DiffStatement(statement: $0) },
      new: Extractor.statements(in: b).map { DiffStatement(statement: $0) })
    return DiffResult(title: "\(old) → \(new)", articles: [(new, changes)])
  }
}

/// A file is a ledger export when its root element says so.
enum LedgerExportFile {
  static func read(_ path: String) throws -> LedgerSnapshot? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let head = String(decoding: data.prefix(512), as: UTF8.self)
    guard head.contains("<ledger") else { return nil }
    do {
      return try LedgerXML.parse([UInt8](data))
    } catch {
      throw Failure(message: "\(path): not a usable ledger export (\(error.reason))", exitCode: Failure.badInput)
    }
  }
}

/// Diff output for people and for pipes.
enum DiffText {
  static func render(_ diff: DiffResult) -> String {
    var out = "\(diff.title): \(diff.summary)\n"
    for (label, items) in [
      ("article added", diff.addedArticles), ("article removed", diff.removedArticles),
      ("version added", diff.addedVersions), ("version removed", diff.removedVersions),
    ] {
      for item in items { out += "  \(label): \(item)\n" }
    }
    for (label, changes) in diff.articles where !changes.isEmpty {
      if diff.articles.count > 1 { out += "\n\(label)\n" }
      for change in changes {
        out += "\n" + describe(change)
      }
    }
    return out
  }

  private static func describe(_ change: StatementChange) -> String {
    let side = (change.new ?? change.old)!.statement
    let who = side.speaker ?? "no identifiable source"
    switch change.kind {
    case .reworded:
      let words = change.words.map { $0.op == "=" ? $0.text : "[\($0.op)\($0.text)]" }.joined(separator: " ")
      return "\(change.quoteAltered ? "QUOTE ALTERED" : "REWORDED") \(who): \(words)\n"
    case .reattributed:
      let old = change.old!.statement
      let direction = change.attribution.map { " (\($0))" } ?? ""
      return
        "REATTRIBUTED\(direction) \(old.speaker ?? "no identifiable source") [\(old.speakerKind.rawValue)] → \(who) [\(side.speakerKind.rawValue)]: \(side.content)\n"
    case .removed: return "REMOVED \(who) (\(side.cue)): \(side.content)\n"
    case .added: return "ADDED \(who) (\(side.cue)): \(side.content)\n"
    case .outletChanged:
      return
        "OUTLET CHANGED \(who): \(change.old?.statement.outlet ?? "no outlet") → \(change.new?.statement.outlet ?? "no outlet"): \(side.content)\n"
    case .statusChanged:
      return
        "STATUS CHANGED \(who): \(change.old?.status?.rawValue ?? "none") → \(change.new?.status?.rawValue ?? "none"): \(side.content)\n"
    }
  }

  /// `{"change": KIND, "old": STATEMENT|null, "new": STATEMENT|null, ...details}`.
  static func json(_ change: StatementChange) -> JSONValue {
    func side(_ s: DiffStatement?) -> JSONValue {
      guard let s else { return .null }
      guard case .object(var members) = StatementOutput.json(s.statement, article: "") else { return .null }
      members.removeAll { $0.0 == "article" }
      if let status = s.status { members.append(("status", .string(status.rawValue))) }
      return .object(members)
    }
    var members: [(String, JSONValue)] = [
      ("change", .string(change.kind.rawValue)), ("old", side(change.old)), ("new", side(change.new)),
    ]
    if change.kind == .reworded {
      members.append(("quote_altered", .bool(change.quoteAltered)))
      members.append(
        ("words", .array(change.words.map { .object([("op", .string($0.op)), ("text", .string($0.text))]) })))
    }
    if let attribution = change.attribution { members.append(("attribution", .string(attribution))) }
    if change.kind == .outletChanged {
      members.append(("old_outlet", .string(change.old?.statement.outlet)))
      members.append(("new_outlet", .string(change.new?.statement.outlet)))
    }
    if change.kind == .statusChanged {
      members.append(("old_status", .string(change.old?.status?.rawValue)))
      members.append(("new_status", .string(change.new?.status?.rawValue)))
    }
    return .object(members)
  }
}
