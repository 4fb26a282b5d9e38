import ArticleReading
import Foundation

/// Why a gold file could not be used.
public struct GoldError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var problem: String
  public init(file: String, problem: String) {
    self.file = file
    self.problem = problem
  }
  public var description: String { "\(file): \(problem)" }
}

/// One hand-made attribution to score against.
public struct GoldAttribution: Sendable, Equatable {
  public var speaker: String?
  public var aliases: [String]
  public var mention: String?
  public var cue: String
  public var content: Range<Int>
  public var direct: Bool
  public var required: Bool
  /// Canonical gold (seeds): the speaker must match by name. Span gold (PolNeAR): the speaker is
  /// a span as written, matched by overlap or a shared name word.
  public var canonical: Bool
  public var speakerSpan: Range<Int>?
}

/// A gold document and where its text comes from.
public struct GoldDocument: Sendable {
  /// The document's key: its file name or the last part of its id, without extension.
  public var key: String
  /// The article as the extractor reads it (for seeds, the corpus file; for PolNeAR, the inline
  /// text read as if it were the file `KEY.txt`).
  public var article: Article
  public var attributions: [GoldAttribution]
}

/// Gold data in either format in `../shared/`: seeds (`{"doc": FILE, ...}`, texts in a corpus
/// folder) or PolNeAR (`{"id": ID, "text": ..., ...}`).
public enum GoldSet {
  public static func load(path: String, corpus: String, compartment: String?) throws(GoldError) -> [GoldDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GoldError(
        file: path, problem: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
    }
    var documents: [GoldDocument] = []
    for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
      guard !line.allSatisfy({ $0 == 32 || $0 == 13 }) else { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
        throw GoldError(file: path, problem: "line \(number + 1) is not a JSON object")
      }
      if let compartment, object["compartment"] as? String != compartment { continue }
      let attributions = object["attributions"] as? [[String: Any]] ?? []
      if let doc = object["doc"] as? String {
        let file = (corpus as NSString).appendingPathComponent(doc)
        let article: Article
        do {
          article = try ArticleReader.read(path: file)
        } catch {
          throw GoldError(file: path, problem: "line \(number + 1): \(error.description)")
        }
        documents.append(
          GoldDocument(key: baseName(doc), article: article, attributions: attributions.compactMap(seedAttribution)))
      } else if let id = object["id"] as? String, let text = object["text"] as? String {
        let key = baseName(id)
        let article: Article
        do {
          article = try ArticleReader.article(from: Array(text.utf8), source: key + ".txt")
        } catch {
          throw GoldError(file: path, problem: "line \(number + 1): \(error.explanation)")
        }
        documents.append(
          GoldDocument(key: key, article: article, attributions: attributions.compactMap(spanAttribution)))
      } else {
        throw GoldError(file: path, problem: "line \(number + 1) has neither \"doc\" nor \"id\" and \"text\"")
      }
    }
    return documents
  }

  /// `dir/story.txt` → `story`, as the reference scorer names documents.
  public static func baseName(_ name: String) -> String {
    let last = name.split(separator: "/").last.map(String.init) ?? name
    for suffix in [".txt", ".html", ".htm", ".json"] where last.hasSuffix(suffix) {
      return String(last.dropLast(suffix.count))
    }
    return last
  }

  private static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

  private static func seedAttribution(_ a: [String: Any]) -> GoldAttribution? {
    guard let start = int(a["content_start"]), let end = int(a["content_end"]) else { return nil }
    return GoldAttribution(
      speaker: a["speaker"] as? String, aliases: a["aliases"] as? [String] ?? [], mention: a["mention"] as? String,
      cue: a["cue"] as? String ?? "", content: start..<max(start, end), direct: a["direct"] as? Bool ?? false,
      required: a["required"] as? Bool ?? true, canonical: true, speakerSpan: nil)
  }

  private static func spanAttribution(_ a: [String: Any]) -> GoldAttribution? {
    guard let start = int(a["content_start"]), let end = int(a["content_end"]) else { return nil }
    var speakerSpan: Range<Int>? = nil
    if let s = int(a["speaker_start"]), let e = int(a["speaker_end"]) { speakerSpan = s..<max(s, e) }
    return GoldAttribution(
      speaker: a["speaker"] as? String, aliases: [], mention: a["speaker"] as? String, cue: a["cue"] as? String ?? "",
      content: start..<max(start, end), direct: a["direct"] as? Bool ?? false, required: true, canonical: false,
      speakerSpan: speakerSpan)
  }
}
